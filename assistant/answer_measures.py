"""Answering with measures: the whole item list of the part of a report the question names, in
whatever style the report enumerates, from the part (review or plan) the question's time asks."""
from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from corpus.chunk import first_sentence, pieces as sentences
from corpus.metadata import heading_part, years_part
from corpus.parts import section_part
from corpus.headings import ITEM_STYLES, heading_level, item_number, marker_number
from corpus.leads import after_colon, inner_leads, is_lead as _is_lead, item_body, led_run, opens_with_lead, run_of
from corpus.models import Item, Paragraph, Report, Section
from corpus.structure import NOTES_HEADING, in_notes

from assistant.citations import MIN_COVERAGE, Builder, Measure, coverage
from assistant.figure_score import char_bigrams, holds, weighted_share
from assistant.grounding import DONE_WORDS, PLAN_WORDS, names_span, places_in, spans_asked
from assistant.periods import YEAR_RUN, names_a_span
from assistant.problems import asks_problems, introduces_problems
from assistant.query import MEASURE_WORDS, Query
from assistant.retrieve import Hit


def _section_measures(report: Report, path: tuple[str, ...], builder: Builder) -> list[Measure]:
    """The sub-sections of a section; without any, its paragraphs' 一是… items; else its paragraphs."""
    measures = []
    children = [s for s in report.sections if len(s.path) == len(path) + 1 and s.path[:-1] == path]
    # numbered as the sub-sections are, a paragraph whose first sentence was too long for a heading
    # (「31.实施食品安全放心工程，食品抽检量由…」 among 「30.…」, 「32.…」, read as inside 30) is one of them
    levels = {s.level for s in children}
    numbered = [p for p in report.paragraphs if children and p.section_path[:len(path)] == path
                and len(p.section_path) <= len(path) + 1 and heading_level(report.text[p.start:p.end]) in levels]
    for _, s, para in sorted([(s.start, s, None) for s in children] + [(p.start, None, p) for p in numbered],
                             key=lambda entry: entry[0]):
        if para is not None:
            a, b = first_sentence(report.text, para.start, para.end)
            said = report.text[a:b].rstrip("。；;")
            title = said if len(said) <= ITEM_TITLE_MOST else re.split(r"[，,；;]", said, maxsplit=1)[0]
            measures.append(Measure(title=title, citation=builder.cite(report, path, para.number, para.start, para.end)))
            continue
        first = next((p for p in report.paragraphs if p.section_path[:len(s.path)] == s.path), None)
        marker = builder.cite(report, s.path, first.number if first else 0, s.start, first.end if first else s.end)
        measures.append(Measure(title=s.path[-1], citation=marker))
    if measures:
        return measures
    paragraphs = _own_paragraphs(report, path)
    opened = _opened_run(report, paragraphs)
    if opened:
        for p in opened:
            a, b = first_sentence(report.text, p.start, p.end)
            measures.append(Measure(title=report.text[a:b].rstrip("。；;"),
                                    citation=builder.cite(report, path, p.number, p.start, p.end)))
        return measures
    listing = [p for p in paragraphs if p.items]
    # the one numbered paragraph, closing a section of unnumbered ones, is no list of the section: it
    # is what is left to do (「在看到成绩的同时…：一是…」 after 「五年来，我们…」 paragraphs)
    if len(paragraphs) >= 3 and len(listing) == 1 and listing[0] is paragraphs[-1]:
        listing = []
    # nor is the one numbered paragraph among paragraphs opening with leads (「坚决打好蓝天保卫战。…一要…
    # 五要…」, 「强化水、土壤污染防治。…」, 「推进生态保护和建设。…」): its items are its own, the leads the section's
    if len(listing) == 1 and sum(1 for p in paragraphs if not p.items and opens_with_lead(report, p)) >= 2:
        listing = []
    # nor are the items of paragraphs that each open with a lead before them (「推动基础设施互联互通。①深化…
    # ②优化…」, 「推动产业发展互促互进。…①规划…」): the leads are the section's entries, the items theirs
    if len(listing) >= 2 and all(p.items[0].start > p.start and _is_lead(
            report.text[slice(*first_sentence(report.text, p.start, p.end))]) for p in listing):
        listing = []
    for p in listing:
        for it in p.items:
            measures.append(_item_measure(report, p, it, builder))
    if not measures:
        # lead sentences set inside paragraphs: 「城市宜居水平迈上新台阶。实施…。城市发展韧性得到新提升。…」
        # (a clause after 「；」 is no lead: 「…5个项目开工；加快绿梓大道南段项目工作。」)
        # (nor is what a sentence says after its colon: 「…实现“六个大幅增长”：人口大幅增长。商事主体大幅增长。…」)
        leads = [(p, a, b) for p in paragraphs for a, b in (after_colon(report.text, *span) for span in
                                                            sentences(report.text, p.start, p.end, 10_000))
                 if _is_lead(report.text[a:b]) and report.text[a - 1] not in "；;"]
        # a section of one or two paragraphs may open with its own lead-in before its leads (「坚持质量
        # 第一…。推动制造业提质增效。…」); in a longer one each paragraph's first sentence is its item
        inline = len(paragraphs) < 3 and len(leads) >= 4
        opening = [lead for lead in leads if lead[1] == lead[0].start]
        if not inline and len(opening) >= 2:  # leads open the paragraphs: a short sentence inside one is none
            # and a paragraph among them opening with a lead a little longer (「有序推动国资国企和社区股份合作
            # 公司改革。」 beside 「完善公共服务供给机制。」) opens with one too
            led = {p.number for p, _, _ in opening}
            leads = sorted(opening + [(p, *first_sentence(report.text, p.start, p.end)) for p in paragraphs
                                      if p.number not in led and opens_with_lead(report, p)],
                           key=lambda lead: lead[1])
        if not inline and (len(leads) < 3 or leads[0][1] != paragraphs[0].start):
            if len(paragraphs) == 1:  # one paragraph: its sentences, each opening with what it is about
                leads = [(paragraphs[0], a, b) for a, b in sentences(report.text, paragraphs[0].start,
                                                                     paragraphs[0].end, 10_000)]
            else:
                leads = [(p, *first_sentence(report.text, p.start, p.end)) for p in paragraphs]
        for p, s_start, s_end in leads:
            marker = builder.cite(report, p.section_path, p.number, s_start, s_end)
            measures.append(Measure(title=report.text[s_start:s_end], citation=marker))
    return measures


_OPENING_LABEL = [pattern for name, pattern in ITEM_STYLES if name in ("是", "要", "第")]  # matched where a paragraph opens


def _opened_run(report: Report, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs opening with 一是…, 二是…, 三是… in turn, each holding a list of its own (「一是打造创新
    综合生态体系。（1）…（2）…」): the section's entries are those paragraphs, not their （1）… items,
    which the paragraphs' own lists keep. Empty when the section has no such run."""
    for pattern in _OPENING_LABEL:
        run = []
        for p in paragraphs:
            found = pattern.match(report.text, p.start)
            if found and marker_number(found.group(1)) == len(run) + 1:
                run.append(p)
        nested = [p for p in run if p.items and p.items[0].start > p.start]
        if len(run) >= 2 and len(nested) == len(run):
            return run
    return []


def _item_measure(report: Report, para: Paragraph, item: Item, builder: Builder) -> Measure:
    """An 一是… item as a measure: its label and its first sentence (「二是 深化改革开放，激发经济社会
    发展活力」, not only the clause its heading keeps), cited as a whole."""
    a, b = first_sentence(report.text, item.start, item.end)
    said = report.text[a:b].strip().rstrip("。；;")
    title = f"{item.label} {said[len(item.label):].lstrip('，、：:') if said.startswith(item.label) else said}"
    return Measure(title=title if len(title) <= ITEM_TITLE_MOST else item.path_segment,
                   citation=builder.cite(report, (*para.section_path, item.path_segment), para.number, item.start,
                                         item.end))


# characters an item's first sentence may run to as its title; longer, its first clause. A problem states its
# point at the end of its sentence (「三是人流、物流…高速流动，给…带来较大挑战，城市管理治理的精细化…有待进一步
# 提升」): at 60 its first clause alone said nothing of it (read sets: 120 gains two answers, 90 one, none lost)
ITEM_TITLE_MOST = 120


def _own_paragraphs(report: Report, path: tuple[str, ...]) -> list[Paragraph]:
    """A section's paragraphs, without those that close its parent: when every sibling before the last
    has at most n paragraphs, the last sibling's paragraphs after its n-th (「过去一年，我们…」, 「同时也要
    看到…一是…」 after 「（六）…」) speak for the whole part, not for it."""
    paragraphs = [p for p in report.paragraphs if p.section_path == path]
    if len(path) < 2:
        return paragraphs
    siblings = [s.path for s in report.sections if len(s.path) == len(path) and s.path[:-1] == path[:-1]]
    if len(siblings) < 3 or siblings[-1] != path:
        return paragraphs
    most = max(1, max(sum(1 for p in report.paragraphs if p.section_path == s) for s in siblings[:-1]))
    # a run of lead paragraphs goes on past the n-th (「加强社会保障和服务。…」, 「维护国家安全和社会稳定。…」): the
    # part's closing starts where the run stops (「各位代表！」)
    led = lambda p: opens_with_lead(report, p) and not p.items  # noqa: E731  (「一是…」 paragraphs are items)
    while most < len(paragraphs) and led(paragraphs[most]) and led(paragraphs[most - 1]):
        most += 1
    return paragraphs[:most]


def _standing(report: Report, paragraph: int, path: tuple[str, ...]) -> tuple[str, ...]:
    """Where a passage stands: a paragraph closing its part after the part's last chapter (「过去五年…
    一是…七是…」 after 「（七）强化政府自身建设」's entries) stands in the part, not in that chapter. ``path``
    is the passage's (an item's segment may end it)."""
    para = report.paragraph(paragraph)
    if para is None or len(para.section_path) < 2 or path[:len(para.section_path)] != para.section_path:
        return path
    if any(p.number == para.number for p in _own_paragraphs(report, para.section_path)):
        return path
    return para.section_path[:-1]


def _listed_after(report: Report, para: Paragraph, builder: Builder) -> list[Measure]:
    """What a lead-in ending in 「：」 (「重点抓好以下十大行动：」) introduces: the items of the same
    paragraph after it, or else the paragraphs that follow it in its section, by their first sentence
    or their items."""
    children = [sec for sec in report.sections if sec.start > para.start
                and sec.path[:-1] == para.section_path and len(sec.path) == len(para.section_path) + 1]
    # the lead-in opens sub-sections right after it: their headings are the list (not when paragraphs of
    # its own come first: 「坚持做到“四个聚焦”：」, then 「聚焦战略目标，…」 … and only later 「（一）…」)
    between = children and any(p.section_path == para.section_path and para.start < p.start < children[0].start
                               for p in report.paragraphs)
    if len(children) >= 2 and not between:
        return _section_measures(report, para.section_path, builder)
    measures: list[Measure] = []
    following = [p for p in report.paragraphs if p.number > para.number and p.section_path[:len(para.section_path)]
                 == para.section_path]
    for p in following:
        if p.section_path != para.section_path and len(p.section_path) > len(para.section_path) + 1:
            continue
        if p.items:
            for it in p.items:
                measures.append(_item_measure(report, p, it, builder))
        else:
            s_start, s_end = first_sentence(report.text, p.start, p.end)
            marker = builder.cite(report, p.section_path, p.number, s_start, s_end)
            measures.append(Measure(title=report.text[s_start:s_end], citation=marker))
        if len(measures) >= 20:
            break
    return measures


SUPPORTING = 5  # the best passages that may hold the question's words


def _in_asked_part(query: Query, report: Report, hits: list[Hit]) -> tuple[list[Hit], set[int]]:
    """Hits in the part of the report the question's time points to — its plan part for
    「打算/下一步/要做」, its review part for 「采取了/取得了」 — then those of no known part; all
    hits if none is left. With the ids of the hits known to stand in the asked part."""
    wants = _asked_part(query)
    if wants is None:
        return hits, set()
    part = {id(h): _passage_part(report, h.chunk.paragraph, h.chunk.section_path) for h in hits}
    inside = [h for h in hits if part[id(h)] == wants]
    unknown = [h for h in hits if part[id(h)] is None]  # passages of no known part come after
    spans = spans_asked(query.text)  # 「未来五年…要开展哪些行动」: of two plan parts, the one on those five years
    named = [h for h in inside if spans and h.chunk.section_path and names_span(h.chunk.section_path[0], spans)]
    if named:
        ids = {id(h) for h in named}  # by identity: a Hit's equality compares its whole chunk
        return named + [h for h in inside if id(h) not in ids] + unknown, ids
    return (inside + unknown or hits), {id(h) for h in inside}


_ONE_YEAR_OPENS = re.compile(r"\s*(?:19|20)\d{2}\s*年[，,]")  # 「2015年，在市委…」: what that year did


def _years_own_last(report: Report, hits: list[Hit]) -> list[Hit]:
    """For a question asking of a span of years, the passages told as one year's (their paragraph, or the
    paragraph opening their run of leads, opens 「2015年，…」) after the others: a review of
    「“十二五”期间」 holds its last year's too."""
    def years_own(hit: Hit) -> bool:
        para = report.paragraph(hit.chunk.paragraph)
        opener = run_of(report, para) if para is not None else None
        return any(p is not None and _ONE_YEAR_OPENS.match(report.text, p.start) for p in (para, opener))
    own = {id(h) for h in hits if years_own(h)}
    return [h for h in hits if id(h) not in own] + [h for h in hits if id(h) in own]


def _lead(report: Report, para: Paragraph) -> str:
    """What a paragraph says before its items (or its first sentence): where its time is set."""
    if para.items:  # its last sentence before them: 「…还存在差距。2021年，我委将…。一是…」
        spans = list(sentences(report.text, para.start, para.items[0].start, 10_000))
        return report.text[spans[-1][0]:spans[-1][1]] if spans else ""
    a, b = first_sentence(report.text, para.start, para.end)
    return report.text[a:b]


# a run of things named in passing, as examples (「城市建设、市场监管、环境保护、交通管理等领域」)
_NAMED = r"[^，。；：、！？,;:!?\s（）()《》{}]{{1,12}}"  # one thing of a run named with 、 (extra characters excluded)
_ENUMERATION = re.compile(rf"(?:{_NAMED.format('等')}、){{2,}}{_NAMED.format('等')}(?=等)")


# things named one after another (「投资、消费、出口」), each perhaps a topic of its own further on
_NAMED_RUN = re.compile(rf"(?:{_NAMED.format('')}、)+{_NAMED.format('')}")


def _in_passing(terms: tuple[str, ...], weights: dict[str, float], text: str) -> bool:
    """Whether a passage holds the question's words (weighted) only in runs of things named in passing,
    hardly at all (not half what answering asks) anywhere else: it is not about them."""
    return coverage(terms, weights, _ENUMERATION.sub("，", text)) < MIN_COVERAGE / 2


def topic_terms(terms: tuple[str, ...], text: str = "") -> tuple[str, ...]:
    """The words to find: not those that say when (取得了, 打算), which chose the part, nor those that
    ask for measures (举措, 措施), which a report's list of measures does not say (unless no other is left).
    With the question's ``text``, also the pieces of such a word split by the tokenizer (下一步: 下, 一步):
    words found in the question only inside one."""
    spans = [m.span() for words in (DONE_WORDS, PLAN_WORDS, MEASURE_WORDS) for m in words.finditer(text)]

    def inside(term: str) -> bool:
        found = [m.start() for m in re.finditer(re.escape(term), text)]
        return bool(found) and all(any(a <= at and at + len(term) <= b for a, b in spans) for at in found)
    return tuple(t for t in terms if not (DONE_WORDS.fullmatch(t) or PLAN_WORDS.fullmatch(t)
                                          or MEASURE_WORDS.fullmatch(t) or inside(t))) or terms


def _lists_problems(report: Report, paragraph: int) -> bool:
    """A paragraph introducing a list of what is still lacking (「…依然面临不少困难和挑战：一是…」): no
    answer to what was done or is planned, though it names the same fields."""
    para = report.paragraph(paragraph)
    if para is None:
        return False
    if para.items:
        return introduces_problems(_lead(report, para))
    text = report.text[para.start:para.end].rstrip()  # a lead-in paragraph, the list after it
    return text.endswith(("：", ":")) and introduces_problems(text)


def _passage_part(report: Report, paragraph: int, section_path: tuple[str, ...]) -> str | None:
    """A paragraph's own years decide its part (「2021年，我委将…一是…」 closing a review chapter);
    else its headings."""
    para = report.paragraph(paragraph)
    own = years_part(_lead(report, para), report.meta) if para else None
    return own or section_part(report, section_path)


def _asked_part(query: Query) -> str | None:
    # the question's own words decide (a year a report only plans does not make it a plan question)
    return "plan" if query.asks_plan else ("review" if DONE_WORDS.search(query.text) else None)


# how a question asks for a part's chapters, with the words that say only how much (主要, 重点做好)
_OVERVIEW = re.compile(r"(?:(?:主要|重点)?(?:做好|抓好|体现在|集中在)|主要|重点)?在?有?哪(?:[几些]|[一二三四五六七八九十\d]+)个?方面"
                       r"|(主要|重点)(工作|任务)[^？?]{0,4}(有|是)?哪些"
                       r"|(主要|重点)?(做|抓|干|安排)了(哪些|哪几)[个块项类件]?(?:方面的?)?(?:工作)?"
                       r"|有哪些(主要|重点)?(安排|任务|举措)"
                       r"|(?:主要)?(?:取得了?)?哪些(主要|突出|重要)?(?:发展)?(成就|成绩|成效)")


_ACHIEVED = re.compile(r"成就|成绩|成效|进展|亮点|进步")  # what was achieved, not what was done


def overview_asked(text: str) -> str:
    """How the question asks for a part's chapters (「取得了哪些主要成绩」), if it does: no topic."""
    found = _OVERVIEW.search(text)
    return found.group(0) if found else ""


def _part_overview(query: Query, report: Report, builder: Builder) -> tuple[str, list[Measure], float] | None:
    """「…主要做了哪几方面工作」, 「…重点安排了哪些方面的工作」: the chapters of the report's review
    or plan part, when the question names no narrower topic of its own."""
    if query.terms and (not _OVERVIEW.search(query.text) or _topic(query, report)):
        return None  # no words but place, time and 怎么做, or a topic (「在改善生活方面做了哪些工作」): the part
    wants, parts = _parts_asked(query, report)
    if not parts:  # no chapter for it: a paragraph that sets its year and lists (「2021年，我委将…一是…」)
        listed = [p for p in report.paragraphs if len(p.items) >= 2 and years_part(_lead(report, p), report.meta) == wants]
        if not listed:
            return None
        para = listed[-1] if wants == "plan" else listed[0]
        measures = [_item_measure(report, para, it, builder) for it in para.items]
        return _listing(_lead(report, para).rstrip("。：；，")[-40:], measures), measures, 1.0
    part = _part_chosen(query, parts)
    if _ACHIEVED.search(query.text):
        # 「取得了哪些突出成绩」: the run of leads the chapter opens with (「——经济发展增速保持全市前列。…」)
        # says what was achieved, ahead of the chapters on what was done
        found = _opening_run(report, part, builder)
        if found:
            return found
    return _chapters(report, part, builder)


def _chapters(report: Report, part: Section, builder: Builder) -> tuple[str, list[Measure], float] | None:
    """A part's chapters (its own entries), as a list; None with fewer than two."""
    measures = _section_measures(report, part.path, builder)
    return (_listing(part.path[-1], measures), measures, 1.0) if len(measures) >= 2 else None


def _parts_asked(query: Query, report: Report) -> tuple[str, list[Section]]:
    """The part asked (review or plan: by the question's words, else by the year asked) and the report's
    chapters on it: those naming a span the question names, else those whose heading is of that part."""
    planned = set(query.years) & set(report.meta.plans) and not set(query.years) & set(report.meta.reviews)
    wants = _asked_part(query) or ("plan" if planned else "review")
    chapters = [s for s in sorted(report.sections, key=lambda s: (s.level, s.start)) if s.level <= 1]
    spans = spans_asked(query.text)  # 「“十四五”期间…重点抓好哪几个方面」: the part on that span
    parts = ([s for s in chapters if names_span(s.path[-1], spans) and section_part(report, s.path) in (wants, None)]
             or [s for s in chapters if heading_part(s.path[-1], report.meta.reviews, report.meta.plans) == wants])
    return wants, parts


def _part_chosen(query: Query, parts: list[Section]) -> Section:
    """Of the chapters on the part asked, the one that names the year asked (「三、2015年工作安排」 before
    「二、未来五年…」), of those the one whose heading holds most of the question's words (「政府工作任务」:
    「三、2025年政府工作任务」, not 「二、2025年经济社会发展总体要求和政策取向」), else the first."""
    return min(parts, key=lambda s: (not any(f"{y}年" in s.path[-1] for y in query.years),
                                     -sum(holds(s.path[-1], t) for t in query.terms)))


def _opening_run(report: Report, part: Section, builder: Builder) -> tuple[str, list[Measure], float] | None:
    """The run of leads a chapter's own paragraphs open with (before its sections), as a list."""
    opener = next((p for p in _own_paragraphs(report, part.path) if led_run(report, p)), None)
    if opener is None:
        return None
    title, measures = _run_measures(report, opener, builder)
    return _listing(title, measures), measures, 1.0


# the whole of what a year achieved, asked (「经济社会发展总体上有哪些亮点」, 「总体成绩是怎么概括的」, 「总体表现
# 怎么样」): words saying all of it, and what was achieved
_WHOLE = re.compile(r"总体|整体|总的来看|总的来说|概括|总结")
_RESULTS = re.compile(_ACHIEVED.pattern + r"|表现|态势")


def asks_whole_results(text: str) -> bool:
    """Whether a question asks the whole of what was achieved (no one topic of it, 「经济」 of 经济社会发展)."""
    return bool(_WHOLE.search(text) and _RESULTS.search(text))


def _whole_results(query: Query, report: Report, builder: Builder) -> tuple[str, list[Measure], float] | None:
    """A question on the whole of what the part asked achieved: the run of leads its chapter opens with
    (「——经济运行稳中有进。…」, 「——新质生产力蓄势赋能。…」 before 「一年来，我们主要做了以下工作。」 and its
    sections), whatever words of no one topic it says (经济社会发展, 发展)."""
    if not asks_whole_results(query.text):
        return None
    wants, parts = _parts_asked(query, report)
    if not parts or wants != "review":
        return None
    part = _part_chosen(query, parts)
    found = _opening_run(report, part, builder)
    if found:
        return found
    if names_a_span(query.text):
        return None  # (a span's whole is said apart from the year's chapters: 「“十三五”期间整体上取得了哪些成绩」)
    return _chapters(report, part, builder)  # else its chapters, each what a field achieved


def answer_measures(query: Query, report: Report, hits: list[Hit], builder: Builder,
                    weights: dict[str, float], headings: Callable[[str, Report], dict] | None = None,
                    words: SectionLikeness | None = None,
                    openers: tuple[OpenerLikeness, WordLikeness] | None = None) -> tuple[str, list[Measure], float] | None:
    """The part of the report the question names, as its list of measures.

    Candidates around the best passage: each 一是 item of its paragraph (by title), the
    paragraph's lead-in before its items, and each section on its path (by heading) — the one
    whose words best match the question (weighted by rarity) wins; on a tie the narrower part, but
    the lead-in before an item (it names what all its items are about).
    """
    overview = overview_asked(query.text)
    if (query.report_ids and overview and names_a_span(query.text) and _asked_part(query) != "plan"
            and not _topic(query, report)):
        found = _span_run(report, builder)  # 「“十二五”期间取得了哪些主要成绩」: the span's own list
        if found:
            return found
    found = _whole_results(query, report, builder) if query.report_ids else None
    if found:
        return found
    if query.report_ids and overview and not _topic(query, report):
        # 「主要取得了哪些成绩」, 「工作回顾中，主要在哪些方面…」 (no word but when, how much and those of the
        # report's title and part headings): the part's chapters, whichever passage holds 成绩 best
        # (「经济社会发展取得了哪些主要成就」 names what: its words find it)
        found = _part_overview(query, report, builder)
        if found:
            return found
    hits, in_part = _in_asked_part(query, report, hits)
    if names_a_span(query.text):
        hits = _years_own_last(report, hits)
    query = replace(query, terms=topic_terms(query.terms, query.text))
    problems = asks_problems(query.text)
    supported = [h for h in hits[:SUPPORTING] if coverage(query.terms, weights, h.chunk.index_text) >= MIN_COVERAGE
                 and (problems or not _lists_problems(report, h.chunk.paragraph)) and not in_notes(h.chunk.section_path)
                 and not _in_passing(query.terms, weights, h.chunk.index_text)]
    if not supported and query.report_ids and names_a_span(query.text) and _asked_part(query) == "review":
        found = _span_paragraph_holding(query, report, weights, builder)
        if found:
            return found
    if not supported and query.terms and query.report_ids:
        found = _led_run_holding(query, report, hits, weights, builder)
        if found:
            return found
    if not supported and query.terms and query.report_ids:
        # the best passages all standing in one section and holding the question's words between them
        # (「看病、教育和困难群众保障」, each topic in a paragraph of its own) say more than a heading's
        # likeness to the question
        found = _agreed_section(query, report, hits, weights, builder, least=MIN_COVERAGE)
        if found:
            return found
    if not supported and query.terms and query.report_ids and headings is not None:
        topic = _topic(query, report)
        text = _topic_text(query, report, topic)
        near = _with_words(headings(text, report), query, report, words)  # (once for both: words=None below)
        found = _nearest_opener(query, report, near, openers, text, builder) if openers is not None and topic else None
        found = found or _nearest_heading(query, report, near, weights, builder, parts=not topic)
        if found:
            return found
    if not supported:  # 「…主要做了哪几方面工作」 names no topic of its own: the part's chapters
        overview = _part_overview(query, report, builder)
        if overview or not query.report_ids:  # a question naming no place: only passages with its words,
            return overview                   # else some report of the many would have a section like it
        return _agreed_section(query, report, hits, weights, builder) or _best_section(query, report, weights, builder)
    if len(supported) > 1 and query.report_ids and headings is not None:
        # of the passages holding the words, the one whose heading is nearest the question first (its
        # own: the part above, 「一、2022年工作回顾」, is every review passage's), its section's outline
        # counted in the reports' word vectors too
        near = _with_words(headings(query.text, report), query, report, words)
        # A passage right under a heading with sub-sections (a part's opening 「2024年，我们…」) stands
        # for no topic of its own: it comes after those under a topic's heading, unless it introduces
        # them (「突出抓好12大年度工程：」).
        parents = {sec.path[:-1] for sec in report.sections}
        stands = {id(h): _standing(report, h.chunk.paragraph, h.chunk.section_path) for h in hits}
        path = lambda h: stands[id(h)]  # noqa: E731  (where it stands: read once per passage)
        own = lambda h: next((path(h)[:d] for d in range(len(path(h)), 0, -1) if path(h)[:d] in near), ())  # noqa: E731
        opening = lambda h: own(h) in parents and not h.chunk.text.rstrip().endswith(("：", ":"))  # noqa: E731
        # (passages standing in a run of leads that opens the part are entries of its list, not an opening)
        in_run = lambda h: run_of(report, report.paragraph(h.chunk.paragraph)) is not None  # noqa: E731
        if all(opening(h) for h in supported) and not any(in_run(h) for h in supported):
            # only the part's opening holds the words near the top (「——以
            # “有品质”为追求提升城区…」): the passages further down under a topic's heading that hold them too
            supported += [h for h in hits[SUPPORTING:] if own(h) and not opening(h)
                          and coverage(query.terms, weights, h.chunk.index_text) >= MIN_COVERAGE]
        # those known to stand in the asked part before those of no known part (「2021年，我委将…」
        # closing a review chapter, before 「三是强化法治考核」 of a chapter that says no part)
        # and the share of the question's (weighted) words its heading says itself counts beside (「（一）争当法治
        # 政府排头兵…」 over the nearer 「（四）争当…小康社会排头兵…」, which lacks 法治)
        said = lambda h: weighted_share(query.terms, weights, own(h)[-1])  # noqa: E731  (it lowercases)
        supported.sort(key=lambda h: (id(h) not in in_part,
                                      2.0 if not own(h) or opening(h) else -near[own(h)] - HEADING_SAYS * said(h)))
    if (query.report_ids and headings is not None and _topic(query, report)
            and not _run_frames(query, report, supported, weights)):
        found = _heading_far_nearer(query, report, supported[0], weights, builder, headings, words)
        if found:
            return found
    top = supported[0].chunk
    para = report.paragraph(top.paragraph)
    score = _topic_score(query, report, weights)  # a heading on the words of the question's topic
    options: list[tuple[float, float, str, object]] = [(score(_item_heads(report, para, i)), 3.0, "item", i)
                                                       for i in para.items]
    if para.items and para.items[0].start > para.start:
        # a lead-in holding the question's words as well as an item does introduces every item on
        # them (「构建…城市管理体系…。一是细化城市管理的法规规章…二是…」): the items answer, not the one
        # repeating its words
        options.append((score(report.text[para.start:para.items[0].start]), 3.5, "lead", para))
    inner = inner_leads(report, para)
    first = report.text[slice(*first_sentence(report.text, para.start, para.end))]
    if inner:  # its opening sentence introduces the lead sentences inside it: they answer (named too by the
        # beginning they share: 「当好样板必须做强长板，…。当好样板必须补齐短板，…」)
        options.append((score(f"{first} {shared_beginning([report.text[a:b] for a, b in inner])}"), 3.4, "inner", para))
    standing = _standing(report, para.number, para.section_path)
    options += [(score(standing[d - 1]), 1.0 + d / 100, "section", standing[:d]) for d in range(1, len(standing) + 1)]
    opener = run_of(report, para)
    if opener is not None:  # 「五年来，我们…在城市管理治理上下功夫…」 and the lead paragraphs after it
        options.append((score(report.text[opener.start:opener.end]), 2.5, "run", opener))
    carrier = _carrier(report, para)
    if carrier is not None:  # 「大力推动自主创新。…」 carrying on 「四是坚持实施科教兴国战略…」 before it
        options.append((score(_item_heads(report, carrier, carrier.items[0])), 0.9, "carried", carrier))
    best_score, _, kind, part = max(options, key=lambda o: (o[0], o[1]), default=(0.0, 0.0, "", None))
    if kind == "carried":  # the item the passage carries on answers, with its leads
        para, kind, part = part, "item", part.items[0]
    if kind == "inner" and (shared := _opening_shared(report, para, score, score(first))):
        kind, part = "section", shared  # 「着力提升协同创新能力。」 beside 「着力提升原始创新能力。」: the section
    measures: list[Measure] = []
    support = coverage(query.terms, weights, top.index_text)
    lead_in = next((sentence for sentence in sentences(report.text, para.start, para.end, 10_000)
                    if sentence[1] == para.end and (report.text[sentence[1] - 1] == "："
                                                    or "以下" in report.text[sentence[0]:sentence[1]])), None)
    if lead_in and kind != "item":
        listed = _listed_after(report, para, builder)
        if len(listed) >= 2:
            title = report.text[lead_in[0]:lead_in[1]].rstrip("：")
            return _listing(title, listed), listed, support + max(best_score, score(title))
    if best_score == 0.0:
        path = _own_section(report, para)
        if path and _ASKS_WHAT.search(query.text) and len(_section_measures(report, path, Builder(citations=[]))) >= 2:
            # 「有哪些…」 with no heading or item naming its words: the entry of the passage's section
            # that holds them, else the section, listed
            narrower = _entry_answering(query, report, path, score, best_score, builder, several=True)
            if narrower:
                return narrower[0], narrower[1], support + narrower[2]
            own = _apart(query, report, para, path, weights, builder)
            if own:
                return own[0], own[1], support
            listed = _section_measures(report, path, builder)
            return _listing(path[-1], listed), listed, support
        marker = builder.cite(report, top.section_path, top.paragraph, top.start, top.end)
        return top.text, [Measure(title=top.text, citation=marker)], support
    siblings = _run_of(report, para, part) if kind == "item" and _ASKS_WHAT.search(query.text) else []
    if len([i for i in siblings if score(i.title) >= best_score / 2]) >= 2:
        # 「打造了哪几方面的国际一流环境」, 「生态环境保护打算怎么做」: the item matched best and its siblings
        # saying the same
        for p, it in ((q, i) for q in report.paragraphs if q.section_path == para.section_path
                      for i in q.items if any(i is x for x in siblings)):
            measures.append(_item_measure(report, p, it, builder))
        return _listing(para.section_path[-1] if para.section_path else "", measures), measures, support + best_score
    if kind == "item":
        title = part.path_segment
        own_spans = [((*para.section_path, part.path_segment), para.number, a, b)
                     for a, b in sentences(report.text, part.start, part.end, 10_000)]
        for path, number, s_start, s_end in _carried_on(report, para, own_spans):
            marker = builder.cite(report, path, number, s_start, s_end)
            measures.append(Measure(title=report.text[s_start:s_end], citation=marker))
    elif kind == "run":
        # one lead of the run holding the question's words as no other does (「打造享誉世界的“中国宝都”。」 for
        # 「怎么把…做成享誉世界的“中国宝都”」): what its paragraph says
        narrower = _entry_answering(query, report, part.section_path, score, best_score, builder)
        if narrower:
            return narrower[0], narrower[1], support + narrower[2]
        # a run opening a part whose chapters follow is its overview (「——这一年，…城区运行安全稳定。疫情防控
        # 工作扎实有效…」): the chapter most of the best passages stand in answers a topic, if any
        agreed = _agreed_section(query, report, hits, weights, builder) if _opens_chapters(report, part) else None
        if agreed:
            return agreed
        title, measures = _run_measures(report, part, builder)
    elif kind == "inner":
        # one lead inside the paragraph holding the question's words as no other does (「全面激发消费潜力。」 of
        # 「…充分发挥投资、消费、出口对经济增长的协同拉动作用。精准实施招商引资。…」 for 促进消费): what it says,
        # up to the next lead; the opening names each lead's topic in a run, in passing
        # (an opening saying them otherwise too, 「…数字经济对产业发展的贡献率…」 for 产业数字化, is about them:
        # all its leads answer)
        listed = Builder(citations=[])
        opening = score(_NAMED_RUN.sub("，", report.text[slice(*first_sentence(report.text, para.start, para.end))]))
        narrower = None if query.joined or opening >= MIN_COVERAGE / 2 else _one_entry(
            report, _inner_measures(report, para, inner, listed), listed, score, opening, builder,
            several=bool(_ASKS_WHAT.search(query.text)), asked=query.text)
        if narrower:
            return narrower[0], narrower[1], support + narrower[2]
        title, measures = _opening_title(report, para), _inner_measures(report, para, inner, builder)
    elif kind == "lead":
        title = report.text[para.start:para.items[0].start].rstrip("。：；，")[-40:]
        for it in para.items:
            measures.append(_item_measure(report, para, it, builder))
    else:
        # topics joined (「平安建设和社会治理」) are asked of the section holding them, not of one entry (but
        # one saying every word of them, as no other does)
        narrower = _entry_answering(query, report, part, score, best_score, builder)
        if narrower:
            return narrower[0], narrower[1], support + narrower[2]
        part = _list_holding(report, part)
        title = part[-1]
        measures = _section_measures(report, part, builder)
    return _listing(title, measures), measures, support + best_score


def _apart(query: Query, report: Report, para: Paragraph, path: tuple[str, ...], weights: dict[str, float],
           builder: Builder) -> tuple[str, list[Measure]] | None:
    """A paragraph opening with no lead, under a heading saying none of the question's words, that holds
    them where no other paragraph of its section holds half as many (「过去一年，我们牢固树立“四个意识”…」
    closing a chapter on public services, for 「在加强自身建设、提升政府效能上做了哪些工作」): a passage
    apart from its chapter — its sentences answer."""
    if opens_with_lead(report, para):
        return None
    own = coverage(query.terms, weights, report.text[para.start:para.end])
    others = [coverage(query.terms, weights, report.text[p.start:p.end]) for p in _own_paragraphs(report, path)
              if p.number != para.number]
    if own < MIN_COVERAGE or not others or any(o >= own / 2 for o in others):
        return None
    spans = sentences(report.text, para.start, para.end, 10_000)
    if len(spans) < 2:
        return None
    measures = [Measure(title=report.text[a:b], citation=builder.cite(report, para.section_path, para.number, a, b))
                for a, b in spans]
    return _listing(report.text[slice(*spans[0])].rstrip("。；")[:ITEM_TITLE_MOST], measures), measures


FRAME_LEAST = 2  # characters a list's entries share at their start when that beginning names the list
_DASHES = "—－-─ 　"  # a dash opening each entry (「——」) frames nothing


def shared_beginning(texts: Sequence[str]) -> str:
    """The beginning a list's entries share (「抓好落实，要」, 「当好样板必须」), a leading dash aside, when it is
    ``FRAME_LEAST`` characters at least: it names the list, not one entry; else ""."""
    frame = os.path.commonprefix(list(texts)).lstrip(_DASHES)
    return frame if len(frame) >= FRAME_LEAST else ""


def _own_section(report: Report, para: Paragraph) -> tuple[str, ...]:
    """The deepest section the paragraph stands in (its path may end in an item's title, no section)."""
    return next((para.section_path[:d] for d in range(len(para.section_path), 0, -1)
                 if any(s.path == para.section_path[:d] for s in report.sections)), ())


def _opening_shared(report: Report, para: Paragraph, score: Callable[[str], float], best: float
                    ) -> tuple[str, ...] | None:
    """The section of a paragraph whose opening, the best match for the question, is one entry of it
    among others matching as well (「着力提升协同创新能力。」 beside 「着力提升原始创新能力。」 for 提升科技创新能力):
    the question asks of what they share."""
    path = _own_section(report, para)
    if not path or best <= 0.0:
        return None
    listed = Builder(citations=[])
    entries = _section_measures(report, path, listed)
    alike = [m for m in entries if listed.citations[m.citation - 1].paragraph != para.number and score(m.title) >= best]
    return path if alike else None


def _list_holding(report: Report, path: tuple[str, ...]) -> tuple[str, ...]:
    """A section saying one thing (「14.完善城市规划」 and its one sentence) is no list of measures: it
    is one entry of its parent's list, which answers (「完善城市规划」, 「加快土地开发利用」, …)."""
    probe = Builder(citations=[])
    if len(path) < 2 or len(_section_measures(report, path, probe)) >= 2:
        return path
    parent = path[:-1]
    if not any(s.path == parent for s in report.sections) or len(_section_measures(report, parent, probe)) < 2:
        return path
    return parent


def _carrier(report: Report, para: Paragraph) -> Paragraph | None:
    """The paragraph holding one item at its start that ``para`` carries on (see ``item_body``)."""
    number = para.number - 1
    while (prev := report.paragraph(number)) is not None and prev.section_path == para.section_path:
        if prev.items:
            return prev if any(p.number == para.number for p in item_body(report, prev)) else None
        number -= 1
    return None


def _item_heads(report: Report, para: Paragraph, item: Item) -> str:
    """An item's title, and the leads of the paragraphs carrying it on when they open with leads: they
    name its topics (「四是坚持实施科教兴国战略」 then 「优先发展教育事业。」, 「深入实施人才强国战略。」)."""
    leads = [p for p in item_body(report, para) if opens_with_lead(report, p)] if item is para.items[0] else []
    if len(leads) < 2:
        return item.title
    return " ".join([item.title, *(report.text[slice(*first_sentence(report.text, p.start, p.end))] for p in leads)])


def _carried_on(report: Report, para: Paragraph, own: list[tuple]) -> list[tuple]:
    """An item standing alone at the head of its paragraph goes on in the paragraphs after it: their
    leads when most open with leads (「巩固和加强农业基础。…」), else its own sentences and theirs — all
    of them when some open with leads (「五是改进社会治理方式…」 then 「去年，我国发生…」, 「加强安全生产和
    市场监管。…」, 「推进依法行政，…」: leads among prose name no list), of the first two when none do.
    Spans as (section path, paragraph number, start, end); ``own`` when nothing carries it on."""
    body = item_body(report, para)
    leads = [p for p in body if opens_with_lead(report, p)]
    if len(leads) >= 2 and 2 * len(leads) > len(body):
        return [(p.section_path, p.number, *first_sentence(report.text, p.start, p.end)) for p in leads]
    carried = [(p.section_path, p.number, a, b)
               for p in (body if leads else body[:2]) for a, b in sentences(report.text, p.start, p.end, 10_000)]
    return own + carried[:max(0, CARRIED_MOST - len(own))]


CARRIED_MOST = 20  # sentences an item carried on over the paragraphs after it lists at most


def _run_measures(report: Report, opener: Paragraph, builder: Builder) -> tuple[str, list[Measure]]:
    """The leads of the paragraphs a paragraph introduces, titled by its first sentence (by its
    section's heading when it opens the section: the run is then the section's list)."""
    title = _opening_title(report, opener)
    measures = []
    for p in led_run(report, opener):
        s_start, s_end = first_sentence(report.text, p.start, p.end)
        marker = builder.cite(report, p.section_path, p.number, s_start, s_end)
        measures.append(Measure(title=report.text[s_start:s_end], citation=marker))
    return title, measures


def _opening_title(report: Report, para: Paragraph) -> str:
    """What a paragraph introducing a list is called: its section's heading when it opens the section,
    else its first sentence."""
    first = next(p for p in report.paragraphs if p.section_path == para.section_path)
    if first.number == para.number and para.section_path:
        return para.section_path[-1]
    return report.text[slice(*first_sentence(report.text, para.start, para.end))].rstrip("。：；，")


def _span_run(report: Report, builder: Builder) -> tuple[str, list[Measure], float] | None:
    """The first run of lead paragraphs that a paragraph speaking of a run of years opens in a chapter
    on one year (「一、2020年工作回顾及“十三五”发展成绩」: 「…“十三五”目标任务圆满完成…。」 then
    「——综合实力大幅提升。…」, 「——深化改革硕果累累。…」): what the report says of the years it closes,
    apart from the last year's sections. (A chapter on the span itself, 「过去五年工作回顾」, answers as
    a whole.)"""
    for para in report.paragraphs:
        if para.items or _passage_part(report, para.number, para.section_path) == "plan":
            continue
        chapter = para.section_path[0] if para.section_path else ""
        if (_YEAR_SAID.search(YEAR_RUN.sub(" ", chapter)) and names_a_span(report.text[para.start:para.end])
                and led_run(report, para)):
            title, measures = _run_measures(report, para, builder)
            return _listing(title, measures), measures, 1.0
    return None


def _span_paragraph_holding(query: Query, report: Report, weights: dict[str, float], builder: Builder
                            ) -> tuple[str, list[Measure], float] | None:
    """A question on what a run of years did (「“十三五”期间在生态环境保护方面做了哪些工作」) when no
    passage near the top holds its words: of the review paragraphs opening on the run of years
    (「五年来，我们坚守…」) and setting lead sentences inside (「完成了全市最重的治水任务。…攻克了…」),
    the one whose opening and leads hold the question's words best, if as more than words in passing
    (the search ranks such long paragraphs low, and their leads say the topic in words of their own)."""
    best: tuple[float, Paragraph, list[tuple[int, int]]] | None = None
    for para in report.paragraphs:
        opening = report.text[slice(*first_sentence(report.text, para.start, para.end))]
        if not names_a_span(opening) or _passage_part(report, para.number, para.section_path) != "review":
            continue
        inner = inner_leads(report, para)
        text = "。".join([opening, *(report.text[a:b] for a, b in inner)])  # what it says it is about
        if len(inner) < 2 or _in_passing(query.terms, weights, text):
            continue
        support = weighted_share(query.terms, weights, text)
        if best is None or support > best[0]:
            best = (support, para, inner)
    if best is None:
        return None
    support, para, inner = best
    measures = _inner_measures(report, para, inner, builder)
    return _listing(_opening_title(report, para), measures), measures, support


def _inner_measures(report: Report, para: Paragraph, inner: list[tuple[int, int]], builder: Builder) -> list[Measure]:
    """The lead sentences inside a paragraph (spans), each cited."""
    return [Measure(title=report.text[a:b], citation=builder.cite(report, para.section_path, para.number, a, b))
            for a, b in inner]


def _led_run_holding(query: Query, report: Report, hits: list[Hit], weights: dict[str, float], builder: Builder
                     ) -> tuple[str, list[Measure], float] | None:
    """When no passage near the top holds the question's words, a run of lead paragraphs that one of
    the best passages opens or stands in, if the run as a whole holds them (「与此同时，我们始终坚持以
    人民为中心…以民生的高质量供给…」 then 「努力促进幼有善育。…」, 「努力促进学有优教。…」 for a question
    on 保障和改善民生)."""
    for hit in hits[:AGREEING]:
        para = report.paragraph(hit.chunk.paragraph)
        opener = run_of(report, para) if para is not None else None
        if opener is None:
            continue
        run = led_run(report, opener)
        text = report.text[opener.start:run[-1].end]
        support = 0.0 if _in_passing(query.terms, weights, text) else weighted_share(query.terms, weights, text)
        if support >= MIN_COVERAGE:
            title, measures = _run_measures(report, opener, builder)
            return _listing(title, measures), measures, support
    return None


PHRASE_LEAST = 4  # characters of a heading the question repeats word for word that name its topic


def _phrase_shared(question: str, heading: str) -> str:
    """The longest run of Chinese characters the question and a heading share, if it is at least
    ``PHRASE_LEAST`` long (「城区环境」 of 「在改善城区环境方面」 and 「…城区环境呈现新形象」), else ''."""
    best = ""
    for i in range(len(question)):
        for j in range(i + len(best) + 1, len(question) + 1):
            piece = question[i:j]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", piece) or piece not in heading:
                break
            best = piece
    return best if len(best) >= PHRASE_LEAST else ""


MOST = 0.5  # the share of the question's (weighted) words an entry must hold to answer for its section
SPREAD = 0.25  # the share the section's other entries add to it, for the section to answer instead


def _narrower(report: Report, path: tuple[str, ...], score: Callable[[str], float], best: float,
              builder: Builder, several: bool = False, asked: str = "") -> tuple[str, list[Measure], float] | None:
    """One of the section's own entries — a sub-section, or a paragraph by its lead sentence —
    that holds the question's words better than the section's heading does (「要做强的三大优势产业
    是哪些」 under 「（一）实施产业能级提升行动…」 → 「做强三大优势产业。…」): what that entry says."""
    listed = Builder(citations=[])
    entries = _section_measures(report, path, listed)
    if len({c.paragraph for c in listed.citations}) < 2 and not all(_is_lead(m.title) for m in entries):
        return None  # the sentences of one paragraph: no entry stands apart from the others (its leads do)
    # an introduction opening the section (「城市更新事关罗湖未来。坚持…理念…」, 「升级擦亮黄金珠宝、旅游、医美
    # 特色产业」) says what its entries are about: it is no entry of its own, holding their words in passing
    opening = 0 if len(entries) >= 3 and _introduces(report, path, entries, listed) else None
    return _one_entry(report, entries, listed, score, best, builder, several, opening,
                      phrased=_phrase_shared(asked, path[-1]) if asked else "", asked=asked)


def _one_entry(report: Report, entries: list[Measure], listed: Builder, score: Callable[[str], float], best: float,
               builder: Builder, several: bool, opening: int | None = None, phrased: str = "", asked: str = ""
               ) -> tuple[str, list[Measure], float] | None:
    """The entry of a listing (cited in ``listed``; ``opening`` its introduction, if any) holding the
    question's words as no other does and better than ``best`` (what holds them all): what it says.
    An entry whose whole lead the question says (``asked``: 「在深化生态文明体制改革方面有哪些部署」 of
    「深化生态文明体制改革。」) is the one asked, whatever words the others share with it."""
    scored = [(score(m.title), n) for n, m in enumerate(entries)]
    if not scored:
        return None  # (a section listing nothing of its own: 「…“新三馆”包括哪几个馆」 met one)
    top, n = max(scored)
    if n == opening:
        return None
    if _names_entry(asked, entries[n].title):
        found = entry_said(report, entries, listed, n, builder)
        return found and (*found, top)
    others = [(sc, k) for sc, k in scored if k not in (n, opening)]
    if top <= max(best, MOST) or any(sc >= MOST for sc, _ in others):
        return None  # two entries holding the question's words: it asks of what they share, the section
    # the question asks of more than the entry holds, and other entries hold it (「文化和体育方面」
    # against 「丰富高品质文化供给」 and 「推动体育事业高质量发展」): the section, not one entry
    if several and sum(1 for sc, _ in others if sc >= top / 2) >= 2:
        return None  # 「哪些领域深化改革」, 「…打算怎么做」 ask of a topic, and two more entries say what the best does
    rest = " ".join(m.title for k, m in enumerate(entries) if k not in (n, opening))
    if score(entries[n].title + " " + rest) - top >= SPREAD:
        return None
    if phrased and phrased not in entries[n].title:
        return None  # the question repeats a phrase of the section's heading the entry does not say
    found = entry_said(report, entries, listed, n, builder)
    return found and (*found, top)


LEAD_SAID_LEAST = 6  # characters of an entry's lead a question must say whole to name the entry


def _names_entry(asked: str, title: str) -> bool:
    """Whether the question says the entry's whole lead (one clause, ``LEAD_SAID_LEAST`` characters at least)."""
    lead = re.sub(r"\s", "", title).rstrip("。；;")
    return len(lead) >= LEAD_SAID_LEAST and not re.search(r"[，,：:]", lead) and lead in re.sub(r"\s", "", asked)


def _entry_answering(query: Query, report: Report, path: tuple[str, ...], score: Callable[[str], float],
                     best: float, builder: Builder, several: bool | None = None
                     ) -> tuple[str, list[Measure], float] | None:
    """The one entry of the section that answers rather than the section: for topics joined, the entry
    saying all of them (``_holding_all``); else the entry holding the words as no other does (``_narrower``;
    ``several``: the question asks what a topic holds, by default when it says 哪些)."""
    if query.joined:
        return _holding_all(report, path, score, builder)
    several = bool(_ASKS_WHAT.search(query.text)) if several is None else several
    return _narrower(report, path, score, best, builder, several=several, asked=query.text)


def _holding_all(report: Report, path: tuple[str, ...], score: Callable[[str], float], builder: Builder
                 ) -> tuple[str, list[Measure], float] | None:
    """For topics joined (「治理大气、水和土壤污染」): the one entry of the section whose whole text (what
    it says, as ``entry_said`` lists it) holds every word asked, where no other holds half as much
    (「持续深入推进污染防治攻坚。坚决打好蓝天保卫战…碧水保卫战…净土保卫战…」). None when the section's
    heading says half of them or more: the section is about what is asked (on the read sets, every word
    and no heading test: +4 −12; every word: +4 −2; with the heading test: +4)."""
    listed = Builder(citations=[])
    entries = _section_measures(report, path, listed)
    if len(entries) < 2:
        return None
    said = []
    for n, entry in enumerate(entries):
        found = entry_said(report, entries, listed, n, Builder(citations=[]))
        said.append(score(" ".join(m.title for m in found[1]) if found else entry.title))
    best = max(range(len(said)), key=said.__getitem__)
    if said[best] < 1.0 or score(path[-1]) >= MOST or any(
            sc >= said[best] / 2 for k, sc in enumerate(said) if k != best):  # (a heading saying half: the section)
        return None
    found = entry_said(report, entries, listed, best, builder)
    return found and (*found, said[best])


def _introduces(report: Report, path: tuple[str, ...], entries: list[Measure], listed: Builder) -> bool:
    """Whether the section's first entry is its introduction, not one of its entries: its first
    paragraph, stating no figure, whose lead restates the section's heading (「（三）突出更新…」:
    「城市更新事关罗湖未来。」) where no other entry does (「坚持制度先行。」, 「加快滚动开发。」). An entry
    sharing the heading's words with the others (「做强两大支柱产业」, 「做精三大特色产业」 under 「…现代
    产业体系」) is one of them."""
    para = report.paragraph(listed.citations[entries[0].citation - 1].paragraph)
    if para is None or re.search(r"\d", report.text[para.start:para.end]):
        return False
    earlier = report.paragraph(para.number - 1)
    if earlier is not None and earlier.section_path == para.section_path:
        return False
    heading = char_bigrams(path[-1])
    return bool(heading & char_bigrams(entries[0].title)) and not any(heading & char_bigrams(m.title) for m in entries[1:])


def entry_said(report: Report, entries: list[Measure], listed: Builder, n: int, builder: Builder
               ) -> tuple[str, list[Measure]] | None:
    """What the ``n``-th entry of a listing (cited in ``listed``) says, listed: a sub-section's
    entries, or the sentences of the paragraph it opens, or from a lead set inside one to the next
    lead there. None for an item or a lead with nothing after it (a section's one-sentence opening)."""
    cited = listed.citations[entries[n].citation - 1]
    child = next((s for s in report.sections if s.path == tuple(cited.section_path)
                  and s.path[-1] == entries[n].title), None)
    if child is not None:
        measures = _section_measures(report, child.path, builder)
        return (_listing(child.path[-1], measures), measures) if len(measures) >= 2 else None
    para = report.paragraph(cited.paragraph)
    if para is None:
        return None
    after = [listed.citations[m.citation - 1].start for m in entries[n + 1:]]
    after = [a for a in after if para.start <= a < para.end and a > cited.start]
    end = after[0] if after and cited.start != para.start else para.end
    said = [(a, b) for a, b in sentences(report.text, para.start, para.end, 10_000) if cited.start <= a < end]
    if para.items or len(said) < 2:
        return None
    measures = [Measure(title=report.text[a:b], citation=builder.cite(report, para.section_path, para.number, a, b))
                for a, b in said]
    return _listing(entries[n].title.rstrip("。；"), measures), measures


def _outline(report: Report, section) -> str:
    """What a section says it is about: its heading, its own paragraphs' first sentences and their
    items (a chapter's sub-sections speak for themselves: a part would hold all its chapters' words)."""
    return _outline_of(report, section.path, [p for p in report.paragraphs if p.section_path == section.path])


def outlines(report: Report) -> dict[tuple[str, ...], str]:
    """Every section's outline (``_outline``), the report's paragraphs read once."""
    own: dict[tuple[str, ...], list[Paragraph]] = {}
    for p in report.paragraphs:
        own.setdefault(p.section_path, []).append(p)
    return {s.path: _outline_of(report, s.path, own.get(s.path, [])) for s in report.sections}


def _outline_of(report: Report, path: tuple[str, ...], paragraphs: list[Paragraph]) -> str:
    firsts = [report.text[a:b] for p in paragraphs for a, b in list(sentences(report.text, p.start, p.end, 10_000))[:1]]
    return " ".join([path[-1], *firsts, *(i.title for p in paragraphs for i in p.items)])


AGREEING = 3  # of the best passages, how many must stand in one section for it to answer without the words


def _opens_chapters(report: Report, para: Paragraph) -> bool:
    """Whether the paragraph stands right under a part's heading that has chapters of its own."""
    path = para.section_path
    return len(path) == 1 and any(s.path[:1] == path and len(s.path) > 1 for s in report.sections)


def _agreed_section(query: Query, report: Report, hits: list[Hit], weights: dict[str, float], builder: Builder,
                    least: float = 0.0) -> tuple[str, list[Measure], float] | None:
    """When most of the best passages (three of five) stand in one section, though none holds enough
    of the question's words (「生态环境保护方面要开展哪些行动」 against 「开展碧水蓝天守护行动。…」 under
    「（六）坚持绿水青山…」), that section answers, as sure as the words those passages hold together
    (if at least ``least``)."""
    if len(hits) < AGREEING:
        return None
    counts = Counter(h.chunk.section_path for h in hits[:SUPPORTING])
    path, most = counts.most_common(1)[0]
    if most < AGREEING:
        return None
    agreeing = [h for h in hits[:SUPPORTING] if h.chunk.section_path == path]
    if not path or NOTES_HEADING.match(path[0]):
        return None
    if len(path) == 1 and heading_part(path[0], report.meta.reviews, report.meta.plans) and _topic(query, report):
        return None  # a part's heading says when, not what: its chapters are no answer to a topic
    support = coverage(query.terms, weights, *(h.chunk.index_text for h in agreeing))
    if support < least:
        return None
    measures = _section_measures(report, path, builder)
    if len(measures) < 2:
        return None
    return _listing(path[-1], measures), measures, support


def _best_section(query: Query, report: Report, weights: dict[str, float], builder: Builder
                  ) -> tuple[str, list[Measure], float] | None:
    """When no passage near the top holds the question's words (「在治污、脱贫和防风险上取得了哪些进展」
    against 「污染防治深入推进。…脱贫攻坚成效显著。…」): of the sections of the asked part whose text
    holds enough of them, the one whose outline — heading, first sentences, items — holds most (then
    whose text holds most, then the narrowest)."""
    wants = _asked_part(query)
    scored = []
    for section in report.sections:
        if section.level < 1 or NOTES_HEADING.match(section.path[0]) or (
                wants and section_part(report, section.path) not in (wants, None)):
            continue
        whole = weighted_share(query.terms, weights, report.text[section.start:section.end])
        if whole >= MIN_COVERAGE:
            scored.append((weighted_share(query.terms, weights, _outline(report, section)), whole, section.level,
                           section))
    if not scored:
        return None
    outline, whole, _, best = max(scored, key=lambda s: s[:3])
    measures = _section_measures(report, best.path, builder)
    if len(measures) < 2:
        return None
    return _listing(best.path[-1], measures), measures, (outline + whole) / 2


def _topic_score(query: Query, report: Report, weights: dict[str, float]) -> Callable[[str], float]:
    """The IDF-weighted share of the question's words a text holds. A heading is scored on the words of
    the question's topic: 「工作」 of 「在民生上做了哪些工作」 is in 「2017年工作回顾」, which says only
    which part (unless the part is asked: 「主要做了哪些工作」)."""
    heads = _part_headings(report)
    asked = (tuple(t for t in query.terms if not holds(heads, t)) or query.terms) if _topic(query, report) else query.terms
    return lambda text: weighted_share(asked, weights, text)


def _nearest_heading(query: Query, report: Report, similarity: dict, weights: dict[str, float], builder: Builder,
                     parts: bool = True, words: SectionLikeness | None = None) -> tuple[str, list[Measure], float] | None:
    """When no passage near the top holds the question's words, the section of the asked part whose
    heading the encoder finds nearest the question (「在城区建设管理上有哪些安排」 → 「（四）坚持建管
    并重，全力提升城区环境品质」): headings say what their section is about in other words. A part's
    own heading (「2023年工作回顾」) only with ``parts``: it says when, not what. With ``words`` (the
    word vectors fitted on the indexed reports), a section's outline near the question's words in
    them counts too: the reports' own usage says 治水 is near 水污染 and 地铁 near 轨道交通, which the
    encoder, trained elsewhere, reads poorly in these texts."""
    wants = _asked_part(query)
    similarity = _with_words(similarity, query, report, words)
    ranked = sorted((similarity.get(s.path, -1.0), -n, s) for n, s in enumerate(report.sections)
                    if not NOTES_HEADING.match(s.path[0]) and (not wants or section_part(report, s.path) in (wants, None))
                    and (parts or not _part_heading(report, s)))
    spans = spans_asked(query.text)  # (「新一届政府任期内…打算」: of two plan parts, the one on that term)
    ranked = [r for r in ranked if names_span(r[2].path[0], spans)] or ranked
    for _, _, best in reversed(ranked[-1:]):
        # the nearest heading and another of the three nearest are entries of one section, the nearest
        # with no sections under it (「1.开展城市净化行动」 and 「3.开展城市亮化行动」 for 市容市貌整治;
        # 「19.加大污染整治力度」 and 「25.营造良好法治环境」 for 治理污染、让城区更干净): the question asks
        # of what they share (a part such as 「2023年工作回顾」 shares only a time)
        siblings = [s.path for _, _, s in ranked[-AGREEING:] if s.path[:-1] == best.path[:-1]]
        leaf = not any(s.path[:-1] == best.path for s in report.sections)
        parent = next((s for s in report.sections if s.path == best.path[:-1]), None)
        if len(siblings) >= 2 and leaf and parent is not None and not _part_heading(report, parent):
            best = parent
        # its heading near the question in meaning but saying none of its words, one entry of it holding them
        # as no other does (「做优四大现代服务业。」 under 「（一）实施产业能级提升行动…」 for 服务业发展): what
        # that entry says (a heading saying some of them, 「…转型发展，现代产业体系逐步形成」 for 产业转型升级,
        # names the section's topic: its entries answer)
        score = _topic_score(query, report, weights)
        narrower = None if query.joined or score(best.path[-1]) > 0 else _narrower(
            report, best.path, score, 0.0, builder, several=bool(_ASKS_WHAT.search(query.text)))
        if narrower:
            return narrower
        measures = _section_measures(report, best.path, builder)
        if len(measures) >= 2:
            whole = weighted_share(query.terms, weights, report.text[best.start:best.end])
            return _listing(best.path[-1], measures), measures, (whole + weighted_share(
                query.terms, weights, _outline(report, best))) / 2
    return None


# the weight of a section outline's likeness to the question in the reports' own word vectors, added to
# its heading's cosine in the encoder; chosen on the tuning-report sets for the nearest heading: 0.5 and
# 0.3 gain nine measure questions and lose two, 1.0 gains the same nine and loses six
WORD_LIKENESS = 0.5
# what a passage's own heading says of the question's words (their IDF-weighted share) adds this much to its
# heading's likeness when passages holding the words are ordered (read sets: 1.0 gave +2 −1, 0.5 +2)
HEADING_SAYS = 0.5
WordLikeness = Callable[[Sequence[str], str], float]  # (question's words, a text) → cosine in the word vectors
# (question's words, a report) → each section's outline's cosine in the word vectors ({}: none kept)
SectionLikeness = Callable[[Sequence[str], Report], dict]
# (question, a report) → the encoder's cosine of the question with each run's opening, by paragraph number
OpenerLikeness = Callable[[str, Report], dict]

def _with_words(similarity: dict, query: Query, report: Report, words: SectionLikeness | None) -> dict:
    """The encoder's cosine of each section heading with the question, plus ``WORD_LIKENESS`` times
    the likeness of the section's outline to the question's topic words in the word vectors fitted on
    the indexed reports (unchanged without them)."""
    near = words(_topic(query, report) or query.terms, report) if words is not None else {}
    if not near:
        return similarity
    return {s.path: similarity.get(s.path, -1.0) + WORD_LIKENESS * near.get(s.path, 0.0) for s in report.sections}


NEARER = 0.2  # how much nearer the question (cosine) the nearest heading must be than the best passage's


def _heading_far_nearer(query: Query, report: Report, best: Hit, weights: dict[str, float], builder: Builder,
                        headings: Callable[[str, Report], dict], words: SectionLikeness | None = None
                        ) -> tuple[str, list[Measure], float] | None:
    """The best passage holds the question's words, but by chance (「城市」 and 「建设」 in a passage on
    schools, under 「（六）持续加大民生投入力度」), while the heading nearest the question is far nearer
    than any heading over that passage (「（四）加强城区规划建设管理」 for 城市建设): when that heading's
    section holds the words as well as the passage does, it answers. It answers too when it is nearer
    at all and its text holds more of the words than any chapter over the passage does (nearer and
    fuller: no weight to choose). Not when the passage introduces a list (「突出抓好12大年度工程：」):
    the report points to its answer there; nor, on the second reading, when the passage stands right
    under a part (its opening). ``NEARER`` was chosen on the tuning sets: every value from 0.15 to 0.25
    gives the same answers; 0.1 loses one, 0.35 gains less. With ``words``, headings are near as
    ``_with_words`` says (the encoder's cosine and the outline's likeness in the word vectors)."""
    if best.chunk.text.rstrip().endswith(("：", ":")):
        return None
    similarity = _with_words(headings(_topic_text(query, report, _topic(query, report)), report), query, report, words)
    wants = _asked_part(query)
    ranked = [(v, path) for path, v in similarity.items() if not NOTES_HEADING.match(path[0])
              and (not wants or section_part(report, path) in (wants, None)) and not _is_part(report, path)]
    if not ranked:
        return None
    nearest, path = max(ranked)
    standing = _standing(report, best.chunk.paragraph, best.chunk.section_path)
    own = max((similarity[standing[:d]] for d in range(1, len(standing) + 1)
               if standing[:d] in similarity and not _is_part(report, standing[:d])), default=-1.0)
    section = next(s for s in report.sections if s.path == path)
    if standing[:len(path)] == path:
        return None
    share = weighted_share(query.terms, weights, _own_text(report, section.path))
    if nearest - own > NEARER and share >= coverage(query.terms, weights, best.chunk.index_text):
        return _nearest_heading(query, report, similarity, weights, builder, parts=False)
    over = [s for s in report.sections if s.path == standing[:len(s.path)] and not _is_part(report, s.path)]
    held = max((weighted_share(query.terms, weights, _own_text(report, s.path)) for s in over), default=0.0)
    if over and nearest > own and share > held:
        return _nearest_heading(query, report, similarity, weights, builder, parts=False)
    return None


# how much nearer than every chapter heading a run's opening must be to answer instead (read sets: 0.0
# gains six measure questions and loses three, 0.05 +4 −2, 0.1 and 0.15 +4 −0, 0.2 +1)
OPENER_MARGIN = 0.1


def _nearest_opener(query: Query, report: Report, headings: dict, openers: tuple[OpenerLikeness, WordLikeness],
                    text: str, builder: Builder) -> tuple[str, list[Measure], float] | None:
    """A paragraph opening a run of leads, or holding lead sentences inside it, in the asked part, nearer
    the question than any chapter heading (each as near as its opening in the encoder and its outline in
    the word vectors): its run or its inner leads answer (a government's own work after the last chapter's
    entries, 「为确保上述…我们将在政府系统实施“三转三提”工程…」, has no heading of its own; nor has
    「一年来，我们全力防范风险…。公共安全形势整体平稳。…基层治理能力明显提升。…」). Not a list of what is
    lacking, unless asked; not one paragraph's leads for topics joined."""
    similarity, likeness = openers
    wants = _asked_part(query)
    topic = _topic(query, report) or query.terms
    near = max((v for path, v in headings.items() if not NOTES_HEADING.match(path[0]) and not _is_part(report, path)
                and (not wants or section_part(report, path) in (wants, None))), default=-1.0)
    span = names_a_span(query.text)  # (a run opening 「2015年，…」 tells that year, not the span asked)
    problems = asks_problems(query.text)
    scored, listed = [], {}
    for n, v in similarity(text, report).items():
        p = report.paragraph(n)
        if (p is None or in_notes(p.section_path) or span and _ONE_YEAR_OPENS.match(report.text, p.start)
                or wants and _passage_part(report, n, p.section_path) not in (wants, None)
                or not problems and introduces_problems(report.text[slice(*first_sentence(report.text, p.start, p.end))])):
            continue
        run = led_run(report, p)
        if not run and query.joined:
            continue  # topics joined (「教育、卫生、出行」) are asked of a section, not of one paragraph's leads
        inner = [] if run else inner_leads(report, p)
        listed[n] = run, inner
        said = [first_sentence(report.text, q.start, q.end) for q in [p, *run]] if run else \
            [first_sentence(report.text, p.start, p.end), *inner]
        outline = " ".join(report.text[a:b] for a, b in said)
        scored.append((v + WORD_LIKENESS * likeness(topic, outline), n))
    if not scored:
        return None
    best, number = max(scored)
    if best < near + OPENER_MARGIN:
        return None
    para, (run, inner) = report.paragraph(number), listed[number]
    if run:
        title, measures = _run_measures(report, para, builder)
    else:  # the lead sentences inside it (「一年来，我们全力防范风险…。公共安全形势整体平稳。…」)
        title, measures = _opening_title(report, para), _inner_measures(report, para, inner, builder)
    return (_listing(title, measures), measures, best) if len(measures) >= 2 else None


def _run_frames(query: Query, report: Report, supported: list[Hit], weights: dict[str, float]) -> bool:
    """The best passage and others holding the question's words are entries of one run of leads whose
    shared beginning holds them (「——加快实现高质量发展，必须厚植…」, 「——加快实现高质量发展，必须破解…」):
    the run frames its entries in the words asked, by no chance — no heading far away answers
    instead (as one does when the entries share only 「——以“有」: 「…品质”为追求提升城区…」, 「…得住”为目标…城区…」)."""
    def opener(hit: Hit) -> int | None:
        para = report.paragraph(hit.chunk.paragraph)
        found = run_of(report, para) if para is not None else None
        return found.number if found is not None else None
    first = opener(supported[0])
    entries = {h.chunk.paragraph for h in supported if first is not None and opener(h) == first} - {first}
    if len(entries) < 2:
        return False
    frame = os.path.commonprefix([report.text[slice(*first_sentence(report.text, p.start, p.end))]
                                  for p in map(report.paragraph, sorted(entries))])
    return coverage(query.terms, weights, frame) >= MIN_COVERAGE


def _own_text(report: Report, path: tuple[str, ...]) -> str:
    """A section's heading and the paragraphs standing in it (not those closing its part after it)."""
    inside = [p for p in report.paragraphs if p.section_path[:len(path)] == path]
    return " ".join([path[-1], *(report.text[p.start:p.end] for p in inside
                                 if _standing(report, p.number, p.section_path)[:len(path)] == path)])


def _is_part(report: Report, path: tuple[str, ...]) -> bool:
    """A part's own heading (「2023年工作回顾」): it says when, not what."""
    return len(path) == 1 and heading_part(path[0], report.meta.reviews, report.meta.plans) is not None


def _part_heading(report: Report, section) -> bool:
    return _is_part(report, section.path)


def _topic(query: Query, report: Report) -> tuple[str, ...]:
    """The question's words for what it asks about: not those of its 「主要做了哪些」 nor those its
    report's title or part headings hold (「法治政府建设」 of its title, 「工作」 of 「2023年工作回顾」),
    which say only which report and which part."""
    asked = overview_asked(query.text)
    said = " ".join([report.meta.title, report.meta.genre, _part_headings(report)])
    return tuple(t for t in query.terms if t not in asked and not holds(said, t)
                 and not (DONE_WORDS.fullmatch(t) or PLAN_WORDS.fullmatch(t)))


def _part_headings(report: Report) -> str:
    """The headings of the report's parts (「一、2017年工作回顾」, 「二、2018年工作安排」), joined."""
    return " ".join(s.path[0] for s in report.sections if _part_heading(report, s))


_YEAR_SAID = re.compile(r"(?:19|20)\d{2}\s*年?")


def _topic_text(query: Query, report: Report, topic: tuple[str, ...]) -> str:
    """The question as the encoder should read it for a section's topic: its own wording (「改善城市
    环境面貌」, not the words apart) without its place, years, 「主要做了哪些」 and the words of no topic."""
    if not topic:
        return query.text
    text = query.text
    cut = [(p.start, p.end) for p in places_in(text, [report])]
    cut += [m.span() for pattern in (_YEAR_SAID, _OVERVIEW, DONE_WORDS, PLAN_WORDS) for m in pattern.finditer(text)]
    cut += [m.span() for t in query.terms if t not in topic for m in re.finditer(re.escape(t), text)]
    keep = [True] * len(text)
    for a, b in cut:
        keep[a:b] = [False] * (b - a)
    return "".join(c if k else " " for c, k in zip(text, keep)).strip() or query.text


_LIST = re.compile(r"哪些|哪几|哪[“「]?[一二两三四五六七八九十\d]+")
# what was or will be done, asked as a list (「准备做些什么」, 「有什么打算」) or as how (「打算怎么做」, 「如何推进」):
# staff asking how a topic is worked on want the entries of its section
_ASKS_WHAT = re.compile(_LIST.pattern + "|什么|怎么|怎样|如何")


def _run_of(report: Report, para: Paragraph, item: Item) -> list[Item]:
    """The numbered run an item belongs to, in its paragraph or across the paragraphs of its
    section (一是… in one paragraph, 二是… in the next)."""
    items = [i for p in report.paragraphs if p.section_path == para.section_path for i in p.items]
    runs: list[list[Item]] = []
    for it in items:
        if item_number(it.label) == 1 or not runs:
            runs.append([])
        runs[-1].append(it)
    return next((run for run in runs if any(i is item for i in run)), [])


def _listing(title: str, measures: list[Measure]) -> str:
    return f"{title.rstrip('。：:；，')}：\n" + "\n".join(f"- {m.title}[{m.citation}]" for m in measures)
