"""Lead sentences, and the runs of paragraphs they open.

Reports often list what was done without numbers or headings: a paragraph says what a stretch is
about (「五年来，我们努力在城市管理治理上下功夫，…城区功能品质持续提升。」) and the paragraphs
after it each open with a short lead sentence (「基础设施加快完善。…」, 「市容环境持续优化。…」).
Those leads are the stretch's items, as 一是… would be. Read by shape only: sentence length and
punctuation, no word lists.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator

from corpus.chunk import first_sentence, pieces
from corpus.models import Paragraph, Report

LEAD_MOST = 18  # characters of a lead sentence with no clause in it (「增强投资、消费、外贸协同拉动作用。」)
RUN_LEAD_MOST = 20  # a run's leads may be two short clauses (「干支同步治理，实现水质达标。」)


def is_lead(sentence: str) -> bool:
    """A short sentence with no clause inside it heads what follows it (a list of nouns joined by 、
    may stand in it)."""
    body = sentence.strip().rstrip("。；")
    return 4 <= len(body) <= LEAD_MOST and not re.search(r"[，：,！!]", body)  # 「各位代表！」: an address, no lead


def opens_with_lead(report: Report, para: Paragraph) -> bool:
    """The paragraph's first sentence is short, at most two clauses, ends in 。 (not an address:
    「各位代表！」), or opens with a dash (「——五年来，我们始终筑牢生态第一优势，…。」: a list's entry
    however long), and more follows it."""
    a, b = first_sentence(report.text, para.start, para.end)
    return b < para.end - 1 and (_run_lead(report.text[a:b]) or report.text.startswith(_DASH, a))


_DASH = "——"  # a paragraph opening with a dash is an entry of a list, its first sentence the entry's lead


def _run_lead(sentence: str) -> bool:
    """A sentence shaped as a run's lead: short, at most two clauses, ending in 。."""
    sentence = sentence.strip()
    body = sentence.rstrip("。")
    return (sentence.endswith("。") and 4 <= len(body) <= RUN_LEAD_MOST
            and len(re.findall(r"[，,]", body)) <= 1 and not re.search(r"[：:]", body))


# a short sentence giving a figure is a detail, no lead; digits joined to a letter name a thing (「5G」, 「4K」)
_FIGURE = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ])[0-9０-９]+(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ])")


def inner_leads(report: Report, para: Paragraph) -> list[tuple[int, int]]:
    """Lead sentences set inside a paragraph that opens with no lead of its own (「五年来，我们坚守…，
    生态环境质量快速向大美宝安迈进。完成了全市最重的治水任务。…攻克了全市最难的治气工作。…」):
    what the paragraph's opening sentence introduces, as spans. None with fewer than two, or when the
    paragraph opens with a lead (its short sentences are then its details). A clause after 「；」 is no
    lead, nor a short sentence giving a figure (「新建公园40座。」): a detail. Without such leads, the
    clauses after the opening that open sentences in one frame (``parallel_openers``), whatever the
    opening; empty when the paragraph holds items."""
    if para.items:
        return []
    opening = first_sentence(report.text, para.start, para.end)[1]
    leads = [] if opens_with_lead(report, para) else [
        (a, b) for a, b in pieces(report.text, opening, para.end, 10_000)
        if _run_lead(report.text[a:b]) and report.text[a - 1] not in "；;" and not _FIGURE.search(report.text, a, b)]
    return leads if len(leads) >= 2 else parallel_openers(report.text, opening, para.end)


def named_leads(report: Report, para: Paragraph) -> list[tuple[int, int]]:
    """Lead sentences inside a paragraph whose opening lead a lead follows at once (「推进健康南山建设。织牢公共
    卫生防护网。健全…。推动公立医院高质量发展。开工…。」): the opening names them, each opens what it heads.
    Spans of the leads after the opening (a run's lead, or a sentence of one clause, ``SENTENCE_MOST``
    characters at most; a clause after 「；」 or a sentence ending in a figure is none);
    empty with fewer than two, or when the paragraph holds items."""
    if para.items or not opens_with_lead(report, para):
        return []
    text = report.text
    sentences = pieces(text, para.start, para.end, 10_000)
    leads = [(a, b) for a, b in sentences[1:]
             if (_run_lead(text[a:b]) or (m := _WHOLE.match(text, a, b)) and m.end() == b - 1 and text[b - 1] == "。")
             and text[a - 1] not in "；;" and not _ENDS_IN_FIGURE.search(text[a:b])]
    return leads if len(leads) >= 2 and sentences[1:2] == leads[:1] else []


# a sentence ending in a figure and its unit (「新建公园40座。」, 「增长10%以上。」) tells a detail; a figure inside a
# name does not (「建设“总部研发+高端制造”10公里产业带。」)
UNIT_MOST = 4  # characters of a unit and its bound after the digits (「万平方米」, 「亿元以上」)
_ENDS_IN_FIGURE = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ])[0-9０-９][0-9０-９.．]*[^0-9０-９A-Za-zＡ-Ｚａ-ｚ，。；]{0,%d}[。；]?$" % UNIT_MOST)


PARALLEL_LEAST = 3  # sentences opening in one frame that make a list (two may be a contrast)
OPENER_MOST = 16  # characters of an opening clause naming an item (「在有效防范上下功夫」)
_OPENER = re.compile(r"[^，,：:。；;！？!?\d０-９]{2,%d}(?=[，,])" % OPENER_MOST)
# characters of a sentence with no clause standing as an item in a frame (「产业业态从传统电子信息向新一代电子
# 信息产业集群转变。」)
SENTENCE_MOST = 30
_WHOLE = re.compile(r"[^，,：:。；;！？!?\d０-９]{4,%d}(?=[。；;])" % SENTENCE_MOST)


def parallel_openers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] opening with clauses in one frame — a beginning and an end they
    share, two characters between them at least, and what differs inside (「大气环境方面，…。水环境方面，…。
    净土方面，…」, 「在有效防范上下功夫，…。在及时化解上下功夫，…」, 「提升医疗服务能力，…。提升托育服务能力，…」):
    unnumbered items, each named by its clause (spans). With no such clauses, sentences of no clause in one
    frame (「工业层级从…向…转变。产业业态从…向…转变。…」) are the items. Empty with fewer than
    ``PARALLEL_LEAST``; the frame most clauses share, else the longest."""
    sentences = pieces(text, start, end, 10_000)
    for shape in (_OPENER, _WHOLE):
        found = _one_frame(text, [m.span() for a, b in sentences if (m := shape.match(text, a, b))])
        if found:
            return found
    return []


def _one_frame(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the clauses (spans), those in the frame most share, else the longest (empty with fewer than
    ``PARALLEL_LEAST``)."""
    said = [text[a:b] for a, b in clauses]
    best: tuple[int, int, list[tuple[int, int]]] = (0, 0, [])
    for i, x in enumerate(said):
        for y in said[i + 1:]:
            head = len(os.path.commonprefix([x, y]))
            tail = len(os.path.commonprefix([x[::-1], y[::-1]]))
            if head + tail < 2 or min(len(x), len(y)) <= head + tail:
                continue
            before, after = x[:head], x[len(x) - tail:] if tail else ""
            members = [span for span, z in zip(clauses, said)
                       if z.startswith(before) and z.endswith(after) and len(z) > head + tail]
            if (len(members), head + tail) > best[:2]:
                best = (len(members), head + tail, members)
    return best[2] if best[0] >= PARALLEL_LEAST else []


def after_colon(text: str, a: int, b: int) -> tuple[int, int]:
    """A sentence's part after its last colon (「…实现“六个大幅增长”：人口大幅增长。」): what it introduces
    is said there, and may be the first of the leads after it (assistant.answer_measures reads it so)."""
    colon = max(text.rfind("：", a, b), text.rfind(":", a, b))
    return (colon + 1, b) if colon >= 0 else (a, b)


def _one_sentence(report: Report, para: Paragraph) -> bool:
    return first_sentence(report.text, para.start, para.end)[1] >= para.end - 1


def led_run(report: Report, para: Paragraph) -> list[Paragraph]:
    """The paragraphs a paragraph introduces: those after it in its section that open with a lead,
    up to the next paragraph that introduces in turn (one sentence, no lead, once a lead was seen; or
    opening with this one's first ``SIBLING_OPENING`` characters, however long), a numbered list, or the
    section's end. Empty when the paragraph itself opens with a lead or
    holds items, or fewer than two leads follow it."""
    if para.items or opens_with_lead(report, para):
        return []
    run: list[Paragraph] = []
    opening = report.text[para.start:para.start + SIBLING_OPENING]
    for nxt in _following(report, para):
        if opens_with_lead(report, nxt):
            run.append(nxt)
        elif run and _one_sentence(report, nxt) or report.text.startswith(opening, nxt.start):
            break  # (a paragraph opening as this one does, 「过去五年，我们…」, opens a run of its own)
    return run if len(run) >= 2 else []


SIBLING_OPENING = 5  # characters a paragraph shares with a run's opening paragraph when it opens the next run


def run_opener(report: Report, para: Paragraph) -> Paragraph | None:
    """For a paragraph that opens with a lead, the paragraph whose run holds it (searched back to the
    nearest paragraph that opens no lead)."""
    if not opens_with_lead(report, para):
        return None
    number = para.number - 1
    while (prev := report.paragraph(number)) is not None and prev.section_path == para.section_path:
        if not opens_with_lead(report, prev):
            return prev if any(p.number == para.number for p in led_run(report, prev)) else None
        number -= 1
    return None


def run_of(report: Report, para: Paragraph) -> Paragraph | None:
    """The paragraph opening the run of lead paragraphs that ``para`` opens or stands in, if any."""
    if para.items:
        return None
    return para if led_run(report, para) else run_opener(report, para)


def item_body(report: Report, para: Paragraph) -> list[Paragraph]:
    """The paragraphs that carry on a paragraph holding one item at its start (「三是注重调整经济结构，
    提高发展质量和效益。」 then 「巩固和加强农业基础。…」, 「加快产业结构调整。…」): those after it in its
    section, up to the next paragraph holding items. Empty for any other paragraph."""
    if len(para.items) != 1 or report.text[para.start:para.items[0].start].strip():
        return []
    return list(_following(report, para))


def _following(report: Report, para: Paragraph) -> Iterator[Paragraph]:
    """The paragraphs after ``para`` in its section, up to the next one holding items."""
    number = para.number + 1
    while (nxt := report.paragraph(number)) is not None and nxt.section_path == para.section_path \
            and not nxt.items:
        yield nxt
        number += 1
