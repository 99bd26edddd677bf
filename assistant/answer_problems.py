"""Answering what a report says is still lacking (「还存在哪些问题和不足」, 「还有哪些短板」, 「哪些地方做得
不够好」). A report states its shortcomings once, as a list its lead-in introduces as such (「…仍然存在一些
不可忽视的问题和不足：一是…」, 「…发展不平衡、不充分的问题还比较突出。综合来看：一是…」), in its own words
for them, which need not be the question's: the list is found by what its lead-in says it lists, not by
the question's word for it. A question asking what was done about a problem (「在破解历史遗留问题方面做了
哪些工作」, 「打算重点解决哪些问题」) asks for work, and is left to the other answerers."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.chunk import pieces as sentences
from corpus.leads import PARALLEL_LEAST, after_colon, parallel_openers
from corpus.models import Paragraph, Report

from assistant.answer_lists import listings
from assistant.answer_measures import _listed_after, _listing, _passage_part
from assistant.citations import Builder, Measure
from assistant.figure_score import weighted_share
from assistant.problems import ASKED, LEAD, STILL, asks_problems, introduces_problems
from assistant.query import Query

_KINDS = ("items", "semicolon")


@dataclass(frozen=True)
class LeadSentence:
    """A sentence inside a paragraph saying what is lacking, the clauses after it the problems."""
    para: Paragraph
    start: int
    end: int
    # where the entries after it open, if they open alike: the clauses opening sentences in one frame, or what
    # follows a clause said again before each (to its sentence's end)
    framed: tuple[tuple[int, int], ...] = ()


def answer_problems(query: Query, report: Report, builder: Builder, weights: dict[str, float]
                    ) -> tuple[str, list[Measure], float] | None:
    """The report's list of shortcomings; of several, the one whose lead-in holds most of the
    question's other words (「经济社会发展」), then one outside the plan part, then the first."""
    if not asks_problems(query.text):
        return None
    other = tuple(t for t in query.terms if t in weights and not ASKED.search(t))
    candidates = []
    before = ""  # the paragraph before's text: a lead-in may close it (「…问题和不足：」, then 「一是…」)
    for para in report.paragraphs:  # only those saying lacking near them are read for their lists
        text = report.text[para.start:para.end]
        near, before = before[-60:] + text, text
        if not LEAD.search(near):
            continue
        found = [listed for listed in listings(report, para) if listed.kind in _KINDS
                 and len(titles := listed.titles(report)) >= 2
                 and (introduces_problems(listed.context) or _say_lacking(titles))]
        if not found and not para.items and introduces_problems(text) \
                and len(_listed_after(report, para, Builder(citations=[]))) >= 2:
            found = [para]  # a lead-in paragraph of its own, the paragraphs after it listed
        if not found and not para.items:
            found = [lead for lead in [_lead_sentence(report, para) or _said_again(report, para)] if lead is not None]
        if found:
            outside_plan = _passage_part(report, para.number, para.section_path) != "plan"
            candidates += [(para.number, _naming(report, text, f), outside_plan, f) for f in found]
    if not candidates:
        return None
    share = lambda c: weighted_share(other, weights, c[1]) if other else 0.0  # noqa: E731
    best = max(candidates, key=lambda c: (share(c), c[2], -c[0]))
    found = best[3]
    measures = _entries(report, found, builder)
    title = best[1].strip()[-40:]
    if len(measures) < 2:
        return None
    return _listing(title, measures), measures, 1.0 + share(best)


def _naming(report: Report, text: str, found) -> str:
    """What names a list of problems: a lead-in paragraph's ``text``, a lead sentence, a listing's context."""
    if isinstance(found, Paragraph):
        return text
    return report.text[found.start:found.end] if isinstance(found, LeadSentence) else found.context


def _entries(report: Report, found, builder: Builder) -> list[Measure]:
    """The problems a lead-in paragraph, a lead sentence or a listing gives, cited."""
    if isinstance(found, Paragraph):
        return _listed_after(report, found, builder)
    return _clauses_after(report, found, builder) if isinstance(found, LeadSentence) else found.measures(report, builder)


def _say_lacking(titles: list[str], still: bool = False) -> bool:
    """Whether a list's entries themselves say what is lacking, at least half of them (「一是生态优势转化
    经济发展动能不足」, 「二是城市品质有待提升」 after 「…我们清醒认识到：」, a lead-in naming no problem). With
    ``still``, a clause saying what still goes on counts too (「全球疫情仍在持续」 after a sentence saying that
    problems and challenges follow)."""
    return 2 * sum(1 for t in titles if LEAD.search(t) or still and STILL.search(t)) >= len(titles)


def _lead_sentence(report: Report, para: Paragraph) -> LeadSentence | None:
    """The first sentence inside a paragraph saying what still is lacking (「…发展不平衡不充分的一些突出
    问题尚未解决。」), with sentences after it in the paragraph — when those say what is lacking too."""
    spans = list(sentences(report.text, para.start, para.end, 10_000))
    for n, (a, b) in enumerate(spans[:-1]):
        if introduces_problems(report.text[a:b]):
            # the sentences opening in one frame may begin after its colon (「…仍面临诸多挑战：体现在创新生态上，
            # …。体现在产业能级上，…」): the lead ends there
            colon, _ = after_colon(report.text, a, b)
            framed = tuple(parallel_openers(report.text, colon, para.end)) if colon > a else ()
            if framed and framed[0][0] == colon:
                return LeadSentence(para, a, colon, framed)
            # what follows says what is lacking, most of its first clauses (「还不够足」, 「还不够强」), not
            # what was done about it (「针对…问题，我们持续深化…改革」 then 「…削减44%」)
            first = re.split(r"[，；。]", report.text[b:spans[n + 1][1]])[:3]
            # (or the sentences after it open in one frame, each naming a field: 「在改革方面，…。在产业方面，…」)
            framed = tuple(parallel_openers(report.text, b, para.end))
            return LeadSentence(para, a, b, framed) if _say_lacking(first, still=True) or framed else None
    return None


def _said_again(report: Report, para: Paragraph) -> LeadSentence | None:
    """The same clause opening three or more sentences of a paragraph (or following a sentence's first
    clause: 「在总结成绩的同时，我们清醒认识到，…。我们清醒认识到，…。」), what each says after it lacking (most
    of them): each an entry, the clause its lead."""
    text = report.text
    spans = sentences(text, para.start, para.end, 10_000)
    opened: dict[str, list[int]] = {}  # a clause → where what follows it starts, once per sentence
    for a, b in spans:
        clauses = list(re.finditer(r"[^，,。；;！？!?]+[，,]", text[a:b]))[:2]
        for clause in clauses:
            opened.setdefault(clause.group(0)[:-1], []).append(a + clause.end())
    said, starts = max(opened.items(), key=lambda kv: len(kv[1]), default=("", []))
    if len(starts) < PARALLEL_LEAST or len(said) < SAID_LEAST:
        return None
    bodies = tuple((x, _sentence_end(spans, x)) for x in starts)
    if not _say_lacking([text[x:y] for x, y in bodies]):
        return None
    first = starts[0] - len(said) - 1
    return LeadSentence(para, first, starts[0], bodies)


def _sentence_end(spans: list[tuple[int, int]], at: int) -> int:
    """The end of the sentence (of ``spans``) holding ``at``."""
    return next(b for a, b in spans if a <= at < b)


SAID_LEAST = 4  # characters of a clause said again before each entry (「我们清醒认识到」), not a word (「同时」)


def _clauses_after(report: Report, lead: LeadSentence, builder: Builder) -> list[Measure]:
    """The clauses of the sentences after a lead sentence in its paragraph, each an entry (「经济增长内生
    动力还不够足，创新能力还不够强，…」); or its sentences opening in one frame, each whole."""
    para = lead.para
    opened = {a for a, _ in lead.framed}
    if opened:  # sentences opening in one frame (「在改革方面，…。在产业方面，…」): each framed sentence an entry,
        # from where it opens in its sentence (after a clause said again before each: 「我们清醒认识到，」)
        spans = sentences(report.text, para.start, para.end, 10_000)
        ends = [_sentence_end(spans, x) for x in sorted(opened)]
        return [Measure(title=report.text[a:b].rstrip("。；"), citation=builder.cite(report, para.section_path, para.number,
                                                                                  a, b))
                for a, b in zip(sorted(opened), ends)]
    measures = []
    for a, b in sentences(report.text, lead.end, para.end, 10_000):
        at = a
        for clause in re.split(r"(?<=[，；])", report.text[a:b]):
            body = clause.rstrip("，；。")
            if len(body) >= 4:
                measures.append(Measure(title=body, citation=builder.cite(report, para.section_path, para.number,
                                                                          at, at + len(body))))
            at += len(clause)
    return measures
