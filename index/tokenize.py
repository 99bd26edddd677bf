"""jieba tokenization for BM25, with the reports' own quoted terms kept whole.

jieba never joins across 「、」, so a term such as 「双随机、一公开」 is matched before jieba runs:
a protected term becomes one token plus the words jieba finds inside it (so 「双随机」 still
matches). The jieba dictionary is loaded on first use, never at import.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_QUOTED = re.compile(r"[“「『]([^“”「」『』\n]{2,12})[”」』]")
_TERM_OK = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9、+·]+$")
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")

STOPWORDS = frozenset(
    """
    多少 哪些 哪个 哪里 哪 如何 怎么 怎样 怎么样 什么 为什么 是否 有没有 有无 几 几个 几项 几次 吗 呢 吧 啊
    请问 请 告诉 一下 方面 情况 分别 各 各自 共 一共 总共 合计 采取 措施 做法 是 的 了 和 与 及 以及 或 在 对
    于 把 被 将 为 由 从 向 等 中 其中 也 都 还 又 就 并 这 那 这些 那些 其 之 所 有 个 我 我们 您 你 他 她 它
    百分 百分之 百分之几 几件 几起 几家 几名 几人 几条 几份 多少钱 哪位 哪家 哪几 打算 怎么做 做了 干了 搞了 给 上
    具体 做 要做 事 哪些事 认为
    """.split()
)
DOMAIN_WORDS_FILE = Path(__file__).parent / "data" / "domain_words.txt"


def domain_words() -> list[str]:
    """The field's words added to jieba's dictionary (a data file with its note)."""
    lines = DOMAIN_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def domain_terms(texts: Iterable[str]) -> set[str]:
    """Quoted terms a report uses as names: 「一网通办」, 「双随机、一公开」, 「放管服」."""
    terms = set()
    for text in texts:
        for match in _QUOTED.finditer(text):
            term = match.group(1)
            if _TERM_OK.match(term) and _WORDLIKE.search(term):
                terms.add(term)
    return terms


class Tokenizer:
    """jieba's search-mode cut with protected domain terms and a stopword list."""

    name = "jieba-search-4"  # change when tokens change: an index with another name re-tokenizes

    def __init__(self, terms: Iterable[str] = ()):
        self.terms = frozenset(terms)
        ordered = sorted(self.terms, key=len, reverse=True)
        self._protected = re.compile("|".join(map(re.escape, ordered))) if ordered else None

    def _cut(self, text: str) -> list[str]:
        return [t for t in _jieba().cut_for_search(text) if _keep(t)]

    def tokenize(self, text: str) -> list[str]:
        text = text.lower()
        if self._protected is None:
            return self._cut(text)
        tokens: list[str] = []
        pos = 0
        for match in self._protected.finditer(text):
            tokens += self._cut(text[pos : match.start()])
            tokens.append(match.group(0))
            tokens += [t for t in self._cut(match.group(0)) if t != match.group(0)]
            pos = match.end()
        tokens += self._cut(text[pos:])
        return tokens


@lru_cache(maxsize=1)
def _jieba():
    """jieba's dictionary, loaded once per process on first use (about a second)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in domain_words():
        tokenizer.add_word(word, freq=20000)
    return tokenizer


def _keep(token: str) -> bool:
    token = token.strip()
    return bool(token) and bool(_WORDLIKE.search(token)) and token not in STOPWORDS


def cut(text: str) -> list[str]:
    """jieba's plain cut (not search mode), punctuation kept: for reading words, not for indexing."""
    return [t for t in _jieba().cut(text) if t.strip()]
