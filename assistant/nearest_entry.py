"""A measure question on one topic answered with a whole outline (「一、2023年工作回顾」 and its
entries 「…经济发展实现新提升」, 「…品质城区打造新样本」, 「…民生福祉厚植新优势」) is asked of the one
entry the encoder finds far nearer the question than the others (「城市建设和管理」 → 「品质城区打造新
样本」, in other words than the question's): what that entry says answers.

The words of the question matched no entry well enough (else the lexical descent of ``answer_measures``
would have taken it); the encoder's likeness of the question's topic to each entry's title is the evidence
here (with the likeness in the word vectors fitted on the reports added, as for headings), and it must
stand apart: ``APART`` above the next entry's and above the listing's own title.
Only a part's outline is narrowed: a chapter's entries share its topic, and the one the encoder puts
nearest says nothing the chapter does not.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from corpus.models import Report

from assistant.answer_measures import (WORD_LIKENESS, WordLikeness, _is_part, _topic, _topic_text, asks_whole_results,
                                       entry_said, shared_beginning)
from assistant.citations import Builder, Measure
from assistant.query import Query

Found = tuple[str, list[Measure], float]
Likeness = Callable[[str, Sequence[str]], list[float]]

# the cosine by which the nearest entry must stand apart from the next entry and from the outline's title;
# chosen on the tuning sets: 0.15 gains three answers and loses none, 0.12 and 0.1 gain four and five
# but each loses one on the unread half of fresh7, 0.05 loses three
APART = 0.15
FEWEST = 3  # entries a listing must have for one of them to stand apart


def narrowed(query: Query, report: Report, found: Found, trial: Builder, likeness: Likeness,
             words: WordLikeness | None = None) -> tuple[Found, Builder] | None:
    """The one entry of ``found`` (cited in ``trial``) far nearest the question's topic, answered in
    a new trial builder; None when no entry stands apart or the question asks the outline itself.
    With ``words`` (the word vectors fitted on the indexed reports), an entry's likeness to the
    question's topic words in them is added as for headings (``WORD_LIKENESS``)."""
    title, measures, score = found
    topic = _topic(query, report)
    if len(measures) < FEWEST or not topic or asks_whole_results(query.text):
        return None  # (the whole of what a year achieved is asked of every entry)
    heading = title.split("：\n", 1)[0]
    if not _is_part(report, (heading,)) or not any(s.path == (heading,) for s in report.sections):
        return None  # a chapter's entries share its topic: the likeness of one says nothing
    # the beginning the entries share (「抓好落实，要…」) frames them all: the listing's title, not one entry's
    frame = shared_beginning([m.title for m in measures])
    texts = [f"{heading} {frame}" if frame else heading, *(m.title for m in measures)]
    near = likeness(_phrase(_topic_text(query, report, topic), topic), texts)
    if words is not None:
        near = [v + WORD_LIKENESS * words(topic, text) for v, text in zip(near, texts)]
    own, entries = near[0], near[1:]
    ranked = sorted(range(len(entries)), key=lambda n: -entries[n])
    best, second = entries[ranked[0]], entries[ranked[1]]
    if best - second < APART or best - own < APART:
        return None
    builder = Builder(citations=[])
    said = entry_said(report, measures, trial, ranked[0], builder)
    if said is None:
        return None
    return (said[0], said[1], score), builder


def _phrase(text: str, topic: tuple[str, ...]) -> str:
    """The question's words from its first topic word to its last (「城市建设和管理」 of 「在城市建设和
    管理方面采取了哪些措施」): the encoder reads the topic, not how it is asked."""
    spans = [(m, m + len(t)) for t in topic if (m := text.find(t)) >= 0]
    if not spans:
        return text
    return text[min(a for a, _ in spans):max(b for _, b in spans)].strip() or text
