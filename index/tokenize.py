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


class TermFinder:
    """Every occurrence of a set of terms in a text, overlapping ones included (Aho–Corasick: one
    pass over the text whatever the number of terms). Terms are matched in lower case."""

    def __init__(self, terms: Iterable[str]):
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        for term in {t.lower() for t in terms}:
            self._automaton.add_word(term, term)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def occurrences(self, text: str) -> list[tuple[int, str]]:
        """(start, term) for each occurrence in ``text`` (already lower-cased), by end position."""
        if self._empty:
            return []
        return [(end - len(term) + 1, term) for end, term in self._automaton.iter(text)]


class Tokenizer:
    """jieba's search-mode cut with protected domain terms and a stopword list.

    A protected term is one token per occurrence (overlapping ones included), found by
    ``TermFinder``; jieba's tokens of the whole text are kept, except those that are themselves
    protected terms. So a term's count in a text never depends on the other terms or on jieba:
    a term learnt from a new report sets that term's postings in the chunks that hold it, and
    nothing is tokenized again (``ReportIndex.learn_terms``)."""

    name = "jieba-search-5"  # change when tokens change: an index with another name re-tokenizes

    def __init__(self, terms: Iterable[str] = ()):
        self.terms = frozenset(terms)
        self._lower = frozenset(t.lower() for t in self.terms)
        self._finder = TermFinder(self.terms)

    def _cut(self, text: str) -> list[tuple[int, str]]:
        return [(start, word) for word, start, _ in _jieba().tokenize(text, mode="search")
                if _keep(word) and word not in self._lower]

    def tokenize(self, text: str) -> list[str]:
        """The text's tokens in reading order (a term before the words jieba finds inside it)."""
        text = text.lower()
        found = self._finder.occurrences(text)
        if not found:
            return [word for _, word in self._cut(text)]
        tagged = [(start, 0, term) for start, term in found] + [(start, 1, word) for start, word in self._cut(text)]
        return [token for _, _, token in sorted(tagged)]


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


@lru_cache(maxsize=1)
def _tagger():
    """jieba's part-of-speech tagger over the index's own dictionary: the default one would load a
    second dictionary (about 0.4 s) on a process's first tagged question."""
    from jieba import posseg  # reads jieba's dictionary's tags (imported with the answerers, at start)

    tagger = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    tagger.tokenizer = _jieba()
    # shared, not copied: the index's words carry no tags of their own, so nothing is added to it
    tagger.word_tag_tab = posseg.dt.word_tag_tab
    return tagger


def tagged(text: str) -> list[tuple[str, str]]:
    """jieba's words of ``text`` with their part-of-speech tags (n, v, …)."""
    return [(pair.word, pair.flag) for pair in _tagger().cut(text)]


def word_tag(word: str) -> str:
    """The part of speech jieba's dictionary gives ``word`` ('' for a word it does not hold)."""
    return _tagger().word_tag_tab.get(word, "")


def word_frequency(word: str) -> int:
    """How often jieba's dictionary has seen ``word`` (0 for a word it does not hold)."""
    return _jieba().FREQ.get(word) or 0


@lru_cache(maxsize=256)
def word_ends(text: str) -> frozenset[int]:
    """Where the words of jieba's dictionary-only cut of ``text`` end (no guessed words: 「套棚」
    is none): a span ending elsewhere cuts a word in two (「多少支」 of 「多少支出」). Kept per text: a
    question's unit is read for its terms, its unit and whether it asks a change."""
    ends, at = set(), 0
    for word in _jieba().cut(text, HMM=False):
        at += len(word)
        ends.add(at)
    return frozenset(ends)


def cut(text: str) -> list[str]:
    """jieba's plain cut (not search mode), punctuation kept: for reading words, not for indexing."""
    return [t for t in _jieba().cut(text) if t.strip()]
