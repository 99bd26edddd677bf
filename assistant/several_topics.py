"""A measure question joining several topics (「在招商引资和服务企业方面有哪些举措」, 「孩子上学、看病和
养老」) is answered by the section whose entries take them up in turn, not by the entry that takes up
one: when the title of the listing found names fewer of the topics than the entries of the section it
stands in (or of the one above) name, that section answers instead.
"""
from __future__ import annotations

import re
from functools import lru_cache
from os.path import commonprefix

from corpus.chunk import pieces as sentences
from corpus.leads import is_lead, item_body
from corpus.models import Paragraph, Report
from corpus.parts import section_part
from corpus.structure import in_notes
from index.tokenize import tagged, word_tag

from assistant.answer_measures import (_asked_part, _item_measure, _listing, _lists_problems, _part_heading,
                                       _passage_part, _section_measures, _topic, topic_terms)
from assistant.citations import Builder, Measure
from assistant.figure_score import holds
from assistant.problems import asks_problems
from assistant.query import CONJUNCTION, Query, synonyms

_SUMMED_UP = re.compile(r"(?:这些|这几个|这几|等(?=[\u4e00-\u9fff]{0,4}(?:方面|领域|事业|工作)))[^、，？?]*")
WIDEST = 12  # entries a section may list to answer for several topics: more is a whole part's outline

Found = tuple[str, list[Measure], float]


def topics(query: Query, report: Report) -> list[tuple[str, ...]]:
    """The question's topic words, grouped by the joined phrases that hold them (「招商引资」 |
    「服务企业」); fewer than two groups: one topic."""
    words = [t for t in topic_terms(_topic(query, report)) if len(t) > 1]
    groups = []
    # what follows 这些/等 sums the topics up (「上学、看病、住房这些民生事」): it is none of them
    for piece in _joined_pieces(_SUMMED_UP.sub("", query.text)):
        held = tuple(t for t in words if t in piece)
        # a thing (a noun, or a verb used as one: 建设, 管理), not a verb joined to another before
        # their object (「保障和改善民生」 is one topic)
        if held and held not in groups and any(_thing(t) for t in held):
            groups.append(held)
    return groups if len(groups) > 1 else []


@lru_cache(maxsize=256)
def _joined_pieces(text: str) -> tuple[str, ...]:
    """The question's pieces joined by 和, 与, 、, but for a piece ending in a verb when the next opens
    with one: two verbs before one object (「给企业腾出和保障厂房」, 「保障和改善民生」) are one topic. Tagged
    once per question, not once per report it is asked of."""
    split = CONJUNCTION.split(text)
    tags = [tagged(piece) if piece else [] for piece in split]
    pieces, carried = [], ""
    for n, piece in enumerate(split):
        if n + 1 < len(split) and tags[n] and tags[n + 1] and tags[n][-1][1] == "v" and tags[n + 1][0][1] == "v":
            carried += piece
            continue
        pieces.append(carried + piece)
        carried = ""
    return tuple(pieces)


def _thing(term: str) -> bool:
    """A noun, an abbreviation (社保), a verb used as one (建设, 管理), or an everyday word the synonym
    data gives a report's word for (看病 → 医疗: a field, though jieba tags 看病 a verb)."""
    return word_tag(term).startswith(("n", "j")) or word_tag(term) == "vn" or term in _everyday()


@lru_cache(maxsize=1)
def _everyday() -> frozenset[str]:
    return frozenset(word.lower() for word, _ in synonyms())


HEAD_SHARE = 0.5  # of the weight of a topic's rarest word the report uses, what a word must weigh to name the
# topic by itself: 「建设」 (common in every report) names no 「文化建设」, 「文体」 names 「文体活动」


def _named(groups: list[tuple[str, ...]], titles: list[str], weights: dict[str, float] | None = None,
           text: str = "") -> set[int]:
    """The topics the titles name: by any of a topic's words, or with ``weights`` by a word weighing
    at least half the rarest of them that ``text`` (the report's) holds — a word no report uses (「招大」
    of 「招大项目」, cut apart) weighs most and says nothing."""
    said = [t.lower() for t in titles]
    named = set()
    for i, group in enumerate(groups):
        least = HEAD_SHARE * max((weights.get(t, 0.0) for t in group if holds(text, t)), default=0.0) if weights else 0.0
        if any(holds(s, t) for s in said for t in group if not weights or weights.get(t, 0.0) >= least):
            named.add(i)
    return named


def _listed_section(found: Found, trial: Builder) -> tuple[str, ...]:
    """The section a listing lists: what its entries' paths share (one entry: the section it is in)."""
    paths = [tuple(trial.citations[m.citation - 1].section_path) for m in found[1]]
    if len(paths) == 1:
        return paths[0][:-1]
    return tuple(commonprefix(paths)) if paths else ()


def widened(query: Query, report: Report, found: Found | None, trial: Builder, builder: Builder,
            weights: dict[str, float]) -> Found | None:
    """``found`` (answered with the ``trial`` builder) cited in ``builder``, or the section it stands
    in, or the one above, when that section's entries name more of the question's topics than the
    title of the listing found."""
    if found and (groups := topics(query, report)):
        listed = _listed_section(found, trial)
        now = _named(groups, [found[0].split("：\n", 1)[0]])
        for path in (listed, listed[:-1]) if len(now) < len(groups) else ():
            section = next((s for s in report.sections if s.path == path), None)
            if section is None and path == listed:
                continue  # an item's sentences: its path ends in the item, the section is the one above
            if section is None or _part_heading(report, section):
                break
            entries = _section_measures(report, path, Builder(citations=[]))
            if len(entries) > WIDEST or len(entries) == len(found[1]):
                continue  # an outline, not a section; or the very listing found
            if len(_named(groups, [_first_clause(m.title) for m in entries])) > max(len(now), 1):
                measures = _section_measures(report, path, builder)
                return _listing(path[-1], measures), measures, found[2]
        if len(now) < len(groups):
            said = [found[0].split("：\n", 1)[0], *(_said(m.title) for m in found[1])]
            elsewhere = _naming_most(query, report, groups, len(_named(groups, said, weights, report.text.lower())), weights,
                                     builder)
            if elsewhere:
                return elsewhere[0], elsewhere[1], found[2]
    return cited_again(found, trial, builder) if found else None


def _naming_most(query: Query, report: Report, groups: list[tuple[str, ...]], beaten: int, weights: dict[str, float],
                 builder: Builder) -> tuple[str, list[Measure]] | None:
    """Of the report's lists in the asked part — a section's entries, a paragraph's 一是… items or the
    lead sentences set inside it (「教育优质均衡齐头并进。…医疗卫生建设全面铺开。…」) — the one whose
    entries name most of the topics (more than ``beaten``, at least two), the shortest on
    a tie: 「上学、看病、文体活动」 against 「一是基础教育提质提速…二是健康事业…三是文体事业…」 wherever the
    search's best passages stood."""
    wants = _asked_part(query)
    text = report.text.lower()
    best: tuple[int, int, object] | None = None
    for section in report.sections:
        if (_part_heading(report, section) or in_notes(section.path)
                or (wants and section_part(report, section.path) not in (wants, None))):
            continue  # (the notes explain terms: 「四带六廊」 names 生态 and 绿色, but no work done)
        entries = _section_measures(report, section.path, Builder(citations=[]))
        if 2 <= len(entries) <= WIDEST:
            named = len(_named(groups, [_said(m.title) for m in entries], weights, text))
            if named > max(beaten, 1) and (best is None or (named, -len(entries)) > best[:2]):
                best = (named, -len(entries), section)
    problems = asks_problems(query.text)
    for para in report.paragraphs:
        if in_notes(para.section_path) or (wants and _passage_part(report, para.number, para.section_path)
                                            not in (wants, None)):
            continue
        if not problems and _lists_problems(report, para.number):
            continue  # 「…还存在不少困难和不足：一是…」 names the same fields, but as what is lacking
        if len(para.items) >= 2:
            spans = [(i.start, i.end) for i in para.items]
        else:
            spans = _leads_inside(report, para)
        for listed, entries in ((para, [report.text[a:b] for a, b in spans]),
                                (para.number, [report.text[a:b] for _, a, b in _body_spans(report, para)])):
            if 2 <= len(entries) <= WIDEST:
                named = len(_named(groups, [_said(e) for e in entries], weights, text))
                if named > max(beaten, 1) and (best is None or (named, -len(entries)) > best[:2]):
                    best = (named, -len(entries), listed)
    if best is None:
        return None
    found = best[2]
    if isinstance(found, int):  # an item's body: its sentences, under the item
        para = report.paragraph(found)
        item = para.items[0]
        measures = [Measure(title=report.text[a:b], citation=builder.cite(report, (*para.section_path, item.path_segment),
                                                                          number, a, b))
                    for number, a, b in _body_spans(report, para)]
        return _listing(item.path_segment, measures), measures
    if isinstance(found, Paragraph):
        if len(found.items) >= 2:
            measures = [_item_measure(report, found, item, builder) for item in found.items]
        else:
            measures = [Measure(title=report.text[a:b], citation=builder.cite(report, found.section_path, found.number, a, b))
                        for a, b in _leads_inside(report, found)]
        return _listing(found.section_path[-1] if found.section_path else "", measures), measures
    measures = _section_measures(report, found.path, builder)
    return _listing(found.path[-1], measures), measures


def _body_spans(report: Report, para: Paragraph) -> list[tuple[int, int, int]]:
    """What an item standing alone as a paragraph heads (「五是推动城乡区域协调发展，不断优化经济布局。」),
    each with its paragraph's number: the sentences of the one paragraph after it (「落实区域重大战略…。推进以
    县城为重要载体的城镇化建设。加强农业生产…」), or the first sentence of each of several."""
    body = item_body(report, para)
    if len(body) == 1:
        return [(body[0].number, a, b) for a, b in sentences(report.text, body[0].start, body[0].end, 10_000)]
    return [(p.number, *first) for p in body for first in list(sentences(report.text, p.start, p.end, 10_000))[:1]]


def _leads_inside(report: Report, para: Paragraph) -> list[tuple[int, int]]:
    """The lead sentences set inside a paragraph after its first (「多——民生事业投入多。…教育优质均衡
    齐头并进。…医疗卫生建设全面铺开。…」): each heads what follows it, and states no figure (「新建社康
    中心8家。」 is what follows one)."""
    spans = list(sentences(report.text, para.start, para.end, 10_000))[1:]
    return [(a, b) for a, b in spans if is_lead(report.text[a:b]) and not re.search(r"\d", report.text[a:b])]


def _first_clause(title: str) -> str:
    return re.split(r"[，；。：]", title, maxsplit=1)[0]


SHORT_TITLE = 20  # characters of a title said whole when its topics are read (「狠抓重点项目，加快产业聚集」)


def _said(title: str) -> str:
    """What an entry's title says it is about: its first sentence when short, else its first clause."""
    sentence = re.split(r"[；。：]", title, maxsplit=1)[0]
    return sentence if len(sentence) <= SHORT_TITLE else _first_clause(title)


def cited_again(found: Found, trial: Builder, builder: Builder) -> Found:
    """The answer with its trial citations made in ``builder``, markers renumbered."""
    marker = {c.marker: builder.cite_again(c) for c in trial.citations}
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{marker.get(int(m.group(1)), int(m.group(1)))}]", found[0])
    measures = [m.model_copy(update={"citation": marker[m.citation]}) for m in found[1]]
    return text, measures, found[2]
