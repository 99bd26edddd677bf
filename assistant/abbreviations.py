"""Short forms: a sentence's of words the question spells out (「国高企业」 for 国家高新技术企业), and the
asker's of words a sentence spells out (「人防」 for 人民防空).

Chinese shortens a phrase by keeping the first character of each of its words, the last word often
whole (国家|高新技术|企业 → 国高企业, 人民|防空 → 人防). Read with the other form written as the question
says it, the sentence holds the question's words. A sentence's short form is read at three characters or
more (two are too often another word: 国企), and only where the sentence does not say the phrase itself;
the asker's short word at two characters too, being a word: of jieba's dictionary, or one the indexed
reports use (「抗疫」, newer than the dictionary, for 「抗击疫情」).
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.tokenize import cut, word_frequency

_CJK = re.compile(r"[\u4e00-\u9fff]+")
SHORT_LEAST = 3  # characters of a short form read as one


def _words_of(run: str, terms: set[str]) -> list[str] | None:
    """A run of the question's characters cut into its words (the longest at each place); None where
    a character is in no word of the question."""
    words, at = [], 0
    while at < len(run):
        word = next((run[at:end] for end in range(len(run), at, -1) if run[at:end] in terms), None)
        if word is None:
            return None
        words.append(word)
        at += len(word)
    return words


@lru_cache(maxsize=256)
def _phrases(question: str, terms: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The question's stretches of two words or more (every stretch of them), each with its short forms,
    the longest first (read once per question: every sentence searched asks)."""
    known = {t for t in terms if _CJK.fullmatch(t)}
    found: list[tuple[str, ...]] = []
    for run in _CJK.findall(question):
        for start in range(len(run)):
            for end in range(len(run), start + 1, -1):
                words = _words_of(run[start:end], known)
                if words and len(words) >= 2:
                    found.append(tuple(words))
    found.sort(key=lambda w: -len("".join(w)))
    return tuple(("".join(w), tuple(f for f in short_forms(w) if f != "".join(w))) for w in found)


def short_forms(words: tuple[str, ...], least: int = SHORT_LEAST) -> tuple[str, ...]:
    """A phrase's short forms of ``least`` characters or more, the longer first: each word's first
    character, the last word whole, else by its first too."""
    heads = "".join(w[0] for w in words[:-1])
    return tuple(dict.fromkeys(f for f in (heads + words[-1], heads + words[-1][0]) if len(f) >= least))


def spelled_out(question: str, terms: tuple[str, ...], sentence: str) -> str:
    """The sentence with each short form of a phrase of the question (said whole nowhere in it)
    replaced by the phrase, longest phrases first."""
    for phrase, forms in _phrases(question, terms):
        if phrase in sentence:
            continue
        form = next((f for f in forms if f in sentence), None)
        if form is not None:  # (the longer form only: 「国高企」 is inside 「国高企业」)
            sentence = sentence.replace(form, phrase)
    return sentence


def with_short_words(terms: tuple[str, ...], sentence: str, used: frozenset[str] = frozenset()) -> str:
    """The sentence with each word of the question it says only in full (人民防空 for the asker's 人防)
    added after that phrase: a question word jieba's dictionary holds (or ``used``: words the indexed
    reports use), said by the first characters of consecutive words of the sentence."""
    unheld = [t for t in terms if _CJK.fullmatch(t) and 2 <= len(t) <= 4 and t not in sentence
              and 0 <= sentence.find(t[0]) < sentence.rfind(t[-1]) and (t in used or word_frequency(t))]
    if not unheld:
        return sentence
    words = cut(sentence)
    for n in range(len(words)):
        for size in range(2, 5):
            run = tuple(words[n:n + size])
            if len(run) < size or not all(_CJK.fullmatch(w) for w in run):
                break
            forms = short_forms(run, least=2)
            said = [t for t in unheld if t in forms]
            if said:
                phrase = "".join(run)
                sentence = sentence.replace(phrase, phrase + said[0], 1)
                unheld.remove(said[0])
    return sentence
