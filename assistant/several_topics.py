"""A measure question joining several topics (「在招商引资和服务企业方面有哪些举措」, 「孩子上学、看病和
养老」) is answered by the section whose entries take them up in turn, not by the entry that takes up
one: when the title of the listing found names fewer of the topics than the entries of the section it
stands in (or of the one above) name, that section answers instead.
"""
from __future__ import annotations

import re
from os.path import commonprefix

from corpus.models import Report
from index.tokenize import word_tag

from assistant.answer_measures import _listing, _part_heading, _section_measures, _topic, topic_terms
from assistant.citations import Builder, Measure
from assistant.figure_score import holds
from assistant.query import Query

_JOINED = re.compile(r"以及|[和、及与]")
WIDEST = 12  # entries a section may list to answer for several topics: more is a whole part's outline

Found = tuple[str, list[Measure], float]


def topics(query: Query, report: Report) -> list[tuple[str, ...]]:
    """The question's topic words, grouped by the joined phrases that hold them (「招商引资」 |
    「服务企业」); fewer than two groups: one topic."""
    words = [t for t in topic_terms(_topic(query, report)) if len(t) > 1]
    groups = []
    for piece in _JOINED.split(query.text):
        held = tuple(t for t in words if t in piece)
        # a thing (a noun, or a verb used as one: 建设, 管理), not a verb joined to another before
        # their object (「保障和改善民生」 is one topic)
        if held and held not in groups and any(word_tag(t).startswith("n") or word_tag(t) == "vn" for t in held):
            groups.append(held)
    return groups if len(groups) > 1 else []


def _named(groups: list[tuple[str, ...]], titles: list[str]) -> set[int]:
    said = [t.lower() for t in titles]
    return {i for i, group in enumerate(groups) if any(holds(s, t) for s in said for t in group)}


def _listed_section(found: Found, trial: Builder) -> tuple[str, ...]:
    """The section a listing lists: what its entries' paths share (one entry: the section it is in)."""
    paths = [tuple(trial.citations[m.citation - 1].section_path) for m in found[1]]
    if len(paths) == 1:
        return paths[0][:-1]
    return tuple(commonprefix(paths)) if paths else ()


def widened(query: Query, report: Report, found: Found | None, trial: Builder, builder: Builder) -> Found | None:
    """``found`` (answered with the ``trial`` builder) cited in ``builder``, or the section it stands
    in, or the one above, when that section's entries name more of the question's topics than the
    title of the listing found."""
    if found and (groups := topics(query, report)):
        listed = _listed_section(found, trial)
        now = _named(groups, [found[0].split("：\n", 1)[0]])
        for path in (listed, listed[:-1]) if len(now) < len(groups) else ():
            section = next((s for s in report.sections if s.path == path), None)
            if section is None or _part_heading(report, section):
                break
            entries = _section_measures(report, path, Builder(citations=[]))
            if len(entries) > WIDEST or len(entries) == len(found[1]):
                continue  # an outline, not a section; or the very listing found
            if len(_named(groups, [_first_clause(m.title) for m in entries])) > max(len(now), 1):
                measures = _section_measures(report, path, builder)
                return _listing(path[-1], measures), measures, found[2]
    return _cited_again(found, trial, builder) if found else None


def _first_clause(title: str) -> str:
    return re.split(r"[，；。：]", title, maxsplit=1)[0]


def _cited_again(found: Found, trial: Builder, builder: Builder) -> Found:
    """The answer with its trial citations made in ``builder``, markers renumbered."""
    marker = {c.marker: builder.cite_again(c) for c in trial.citations}
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{marker.get(int(m.group(1)), int(m.group(1)))}]", found[0])
    measures = [m.model_copy(update={"citation": marker[m.citation]}) for m in found[1]]
    return text, measures, found[2]
