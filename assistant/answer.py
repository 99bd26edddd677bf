"""Question → Answer with citations: route the question to reports, ask each strategy (figures,
measures, facts) per report, keep the reports that answer, abstain without support.

Extractive: every value in an answer is a span of a cited passage. A question the reports do not
support is answered with 「所选报告中未找到……」 and the nearest passages as leads.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from corpus.models import Report
from index.store import ReportIndex
from index.tokenize import tagged, word_tag

from assistant.answer_facts import answer_fact, answer_note
from assistant.answer_figures import answer_figures, figure_candidates, with_same_sentence
from assistant.answer_lists import answer_lists
from assistant.answer_measures import answer_measures, outlines, topic_terms
from assistant.answer_problems import answer_problems
from assistant.citations import LEADS_SHOWN, Answer, Builder, Citation, Measure, Value, label, leads, term_weights
from assistant.figure_score import PART_OF_YEAR, Scorer, holds, load_scorer
from assistant.grounding import (DONE_WORDS, by_place_and_year, named_report_years, of_the_year, places_in,
                                 reports_for_places, reports_for_years, reports_on_a_span, years_by_place)
from assistant.periods import ONE_YEAR, YEARS_SPAN, five_year_plan_years
from assistant.query import (CHANGE_WORD, Query, analyze, apply_synonyms, resolve_relative_years, synonyms,
                             with_terms, without_terms)
from assistant.retrieve import Filters, Hit, Retriever
from assistant.nearest_entry import narrowed
from assistant.several_topics import cited_again, widened
from assistant.year_names import answer_year_name

HITS_PER_REPORT = 8
# A question that compares nothing, asked of more reports than this, is answered from the reports
# whose passages one search over all of them ranks first (see ``shortlist``).
# Tuning half: the same 273 of 310 at 2, 4, 8, 24 and every report; the same 379 answers at 2, 4
# and 8 (samples too). Each report kept costs a no-place question its figures' scoring.
SHORTLIST = 4
# That search leaves out the words held by more than this share of the chunks (「年」, 「工作」 …):
# at 1M chunks they cost most of its time and rank no report ahead of another.
SHORTLIST_COMMON = 0.05
# A measure question reads this many times a report's passages: its best ones may all stand in the
# part its time does not ask (a review's chapter on 依法行政 above the plan's, for 「打算做哪些」).
# Tuning half: 321 → 323 of 379 at 2 and at 3, the other answers unchanged; samples unchanged.
MEASURE_DEPTH = 2
# A question answered report by report (分别, several places or years) lists at most this many: a
# province named at thousands of district reports is not answered from each (47 s at 1M chunks).
LISTED_MOST = 24
__all__ = ["Answer", "Citation", "HITS_PER_REPORT", "Measure", "Route", "Value", "answer_question",
           "figure_candidates", "plans_only", "report_hits", "route", "with_same_sentence"]


@dataclass(frozen=True)
class Route:
    """Where a question is answered: its analysis, the reports to search, or why none."""

    query: Query
    targets: tuple[Report, ...]
    refusal: str | None = None  # the abstention text when no report can answer
    notes: tuple[str, ...] = ()
    weights: dict[str, float] = field(default_factory=dict)  # IDF of the question's words
    used: frozenset[str] = frozenset()  # the question's words some passage holds (the reports use them)


def route(question: str, index: ReportIndex, filters: Filters = Filters()) -> Route:
    reports = [r for r in index.reports.values() if filters.admits(r)] if filters else list(index.reports.values())
    query = analyze(question, reports, index.tokenizer)
    # a word no passage holds made only of words naming nothing — adverbs, particles, pronouns, prepositions,
    # localizers, measure words, a verb's particle (「GDP大概多少」, 「签了」, 「那场」, 「…呢」) — or a localizer of one
    # character (「这五年里」) says how the asker puts it, not what of: required, it would leave every passage
    # short of the question's words. Nouns stay, held or not: the reports may not speak of the thing.
    # So too a word no passage holds made of a shorter word of the question that passages hold
    # (「全国性」 of 全国, 「扛过去」 of 过去, 「中国曲艺家协会」 of 协会), or of a character passages hold and a
    # localizer (「县里」 of 县): the shorter word stands for it.
    unseen = index.idf("\x00")  # the weight of a word no passage holds
    held = {t for q in (query, *query.parts) for t in q.terms if index.idf(t) < unseen}
    query = without_terms(query, lambda word: index.idf(word) >= unseen and (
                              _names_nothing(word) or any(t in word for t in held)
                              or _placed_by_localizer(word) and index.idf(word[0]) < unseen)
                          or _DEGREE.fullmatch(word)
                          or (len(word) == 1 and word_tag(word) == "f"))
    missing = "、".join(query.unknown_regions)
    if missing and not query.report_ids:
        return Route(query, (), f"所选报告中未找到关于{missing}的报告。")
    notes = (f"所选报告中未找到关于{missing}的报告",) if missing else ()  # 「福田区和南山区…」
    wanted = set(query.report_ids)
    targets = [r for r in reports if r.id in wanted] if wanted else reports
    places = places_in(question, targets) if len(query.years) > 1 else []
    paired = years_by_place(places, question) if places else None
    if paired:  # 「罗湖区2017年和坪山区2018年…分别」: each place in its own year
        of_place = {name: reports_for_places([p for p in places if p.name == name], targets)[0] for name in paired}
        paired_targets = [r for name, year in paired.items()
                          for r in reports_for_years([t for t in targets if t.id in of_place[name]], [year],
                                                     question)[0]]
        # one report for two pairs (a city named inside a name, 「深圳大学」, beside its district's report)
        paired_targets = list({r.id: r for r in paired_targets}.values())
        paired = paired if paired_targets else None
        targets = paired_targets or targets
    if query.years and not paired:
        placed = targets
        targets, how = reports_for_years(targets, query.years, question, either_part=True)
        plan_years = five_year_plan_years(question)
        if how == "none" and plan_years and query.years == (plan_years[0],) and not query.asks_plan:
            # 「“十二五”期间…排第几」, in no tense, is asked of the report setting the plan out; with no
            # report of its first year, of the one looking back on it (what was planned is asked of
            # the plan's report alone)
            targets, how = reports_for_years(placed, [plan_years[1]], question, either_part=True)
            query = replace(query, years=(plan_years[1],)) if how != "none" else query
        span = YEARS_SPAN.search(question)
        if how == "covers" and not query.asks_plan and span and not ONE_YEAR.search(span.group(0)):
            # 「过去五年（2016—2021年）」: a report given in the span's last year (or the year after it)
            # with a part looking back over the span answers too, though it reviews another year
            last = plan_years[1] if plan_years else max(query.years)  # (「“十三五”期间」: 2020, not 2016)
            looking_back = reports_on_a_span([r for r in placed if r.meta.year in (last, last + 1)])
            targets = [*targets, *(r for r in looking_back if r not in targets)]
        within = PART_OF_YEAR.search(question)
        if how == "covers" and not query.asks_plan and within and len(query.years) == 1:
            # 「2021年上半年」: a report given later in that year tells its first months, though it reviews
            # the year before; it answers too when it says so
            said = re.compile(rf"(?:{query.years[0]}\s*年|今年)\s*{re.escape(within.group(0))}")
            telling = [r for r in placed if r.meta.year == query.years[0] and said.search(r.text)]
            targets = [*targets, *(r for r in telling if r not in targets)]
        if how == "mentions":
            # A year the reports speak of (「2025年主要安排」), not a period they cover: a word to match.
            query = with_terms(query, tuple(f"{y}年" for y in query.years))
        elif how == "none":
            years = "、".join(f"{y}年" for y in query.years)
            return Route(query, (), f"所选报告中未找到{years}的报告。")
    elif YEARS_SPAN.search(question):
        targets = reports_on_a_span(targets) or targets
    targets = by_place_and_year(targets, reports)
    weights = term_weights({t for q in (query, *query.parts) for t in q.terms}, index)
    used = frozenset(t for t, w in weights.items() if w < unseen)
    return Route(_borrow_terms(query, weights), tuple(targets), None, notes, weights, used)


def _placed_by_localizer(word: str) -> bool:
    """A character naming a thing and a localizer after it (「县里」, 「区里」; not a verb's 「定下」): the thing
    is what is said."""
    return len(word) == 2 and not word_tag(word[0]).startswith("v") and word_tag(word[1]) == "f"


def _names_nothing(word: str) -> bool:
    """jieba tags every piece of ``word`` an adverb, particle, pronoun, preposition, localizer, modal or
    measure word (那场: mq), or a verb with its particle or localizer (签了: v ul; 评上: v f) — none a
    noun, adjective, number or verb alone (无照: v, a word of the topic). Words asking (哪几个, 几连冠)
    are read elsewhere."""
    if "哪" in word or "几" in word:
        return False
    flags = [flag for _, flag in tagged(word)]
    function = [f[:1] in _NAMING_NOTHING or f in ("mq", "q") for f in flags]
    return all(function) or (len(flags) > 1 and all(f[:1] == "v" or fn for f, fn in zip(flags, function))
                             and any(function))


_NAMING_NOTHING = "durpfy"  # the first letters of those tags
# a verb with 得 and its complement (「做得好」, 「干得出色」): how well something went, no thing — it says how
# the asker praises the work (「因为防灾工作做得好拿到了什么称号」), not what the report says of it
_DEGREE = re.compile(r"[\u4e00-\u9fff]{1,2}得[\u4e00-\u9fff]{1,2}")

UNNAMED = "问题没有说明问的是哪一项数字（例如：某区2023年地区生产总值增长了多少？）。"


def _change_word(term: str) -> bool:
    """A word saying a change (增长, 比上年), or an everyday word for one (涨)."""
    return bool(CHANGE_WORD.fullmatch(term)) or any(CHANGE_WORD.fullmatch(adds) for word, adds in synonyms()
                                                    if word.lower() == term)


def _borrow_terms(query: Query, weights: dict[str, float]) -> Query:
    """A later part that says less than the part before it (「…本地生产总值达到多少？增长了多少？」)
    is about the same thing: it takes that part's words too."""
    parts = list(query.parts)
    # what a part names beyond asking for a change: 「比上年增长了多少」 names nothing
    mass = lambda q: sum(weights.get(t, 0.0) for t in q.terms if not CHANGE_WORD.fullmatch(t))  # noqa: E731
    for i in range(1, len(parts)):
        if mass(parts[i]) < mass(parts[i - 1]):
            parts[i] = with_terms(parts[i], parts[i - 1].terms)
    return replace(query, parts=tuple(parts)) if parts else query


def report_hits(retriever: Retriever, question: str, reports: Sequence[Report], *, mode: str, k: int,
                anchor: int | None = None) -> dict[str, list[Hit]]:
    """Each report's best passages for the question, 去年/明年 written out as years (read against
    ``anchor``, else the report's own year): one search for all reports that read it alike."""
    by_text: dict[str, list[str]] = {}
    for report in reports:
        text = resolve_relative_years(apply_synonyms(question), anchor or report.meta.year)
        by_text.setdefault(text, []).append(report.id)
    found: dict[str, list[Hit]] = {}
    for text, ids in by_text.items():
        found.update(retriever.search_each(text, ids, k=k, mode=mode))
    return {r.id: found[r.id] for r in reports}


def shortlist(retriever: Retriever, question: str, reports: Sequence[Report], *, mode: str, size: int,
              anchor: int | None = None) -> Sequence[Report]:
    """The ``size`` reports whose passages rank first in one search over all ``reports`` (in their
    given order), when there are more: a question naming no place, at thousands of reports, is
    not answered by every report in turn (each one's figures scored) to keep the best."""
    if len(reports) <= size:
        return reports
    text = resolve_relative_years(apply_synonyms(question), anchor) if anchor else apply_synonyms(question)
    everything = len(reports) == len(retriever.index.reports)
    within = Filters() if everything else Filters(report_ids=tuple(r.id for r in reports))
    first: dict[str, None] = {}
    # by BM25 over the words that tell passages apart first, then over all the words, unless asked
    # for dense: an unfiltered dense search probes an eighth of the IVF lists (about 30 ms at 1M
    # chunks); dense fills the list when too few reports hold the words
    ways = (("bm25", SHORTLIST_COMMON), ("bm25", None), ("dense", None)) if mode != "dense" else (("dense", None),)
    for by, common in ways:
        for hit in retriever.search(text, k=size * HITS_PER_REPORT, mode=by, filters=within, common=common):
            first.setdefault(hit.chunk.report_id, None)
        if len(first) >= size:
            break
    keep = list(first)[:size]
    if everything:
        return [retriever.index.reports[rid] for rid in retriever.in_index_order(keep)]
    kept = set(keep)
    return [r for r in reports if r.id in kept]


def plans_only(report: Report, query: Query) -> bool:
    """The report plans a year the question asks and reviews none, and the question says neither
    done nor planned: its figures' tense tells nothing (figure_candidates' ``plans_only``)."""
    return not query.asks_plan and not DONE_WORDS.search(query.text) and plans_not_reviews(report, query)


def plans_not_reviews(report: Report, query: Query) -> bool:
    """The report plans a year asked and reviews none: its review part tells of the year before,
    whatever the question's tense (「2021年入选了…」 is not answered by the 2021 report's review)."""
    asked = set(query.years)
    return bool(asked & set(report.meta.plans)) and not asked & set(report.meta.reviews)


def _reviews_first(reports: list[Report], planning: set[str], years: Sequence[int],
                   confidence: dict[str, float]) -> list[Report]:
    """Of the reports answering, those planning a year only where no report of the same place
    reviewing that year answers, or answers less surely: what was done, when a report says it, before
    what was planned (not the next year's review telling 「设立社区发展专项资金1亿元」 before the year's plan
    setting up 「5亿元防汛抢险专项资金」, the fund asked of that year)."""
    reviewed = {(r.meta.region.name, y) for r in reports if r.id not in planning for y in r.meta.reviews}
    first = {r.id for r in reports if r.id not in planning
             or not {(r.meta.region.name, y) for y in set(years) & set(r.meta.plans)} <= reviewed}
    surest: dict[str, float] = {}  # each place's surest answer of those
    for r in reports:
        if r.id in first:
            surest[r.meta.region.name] = max(surest.get(r.meta.region.name, 0.0), confidence[r.id])
    return [r for r in reports if r.id in first or confidence[r.id] > surest.get(r.meta.region.name, 0.0)]


def _best_per_place_and_year(reports: list[Report], years: Sequence[int], confidence: dict[str, float]
                             ) -> list[Report]:
    """One report for each place and year asked: of two reviewing one year (a new term's, given in
    October, and the next January's) the one answering more confidently."""
    def key(report: Report) -> tuple:
        meta = report.meta
        covered = set(years) & (set(meta.reviews) | set(meta.plans)) or {meta.year}
        return meta.region.name, tuple(sorted(covered))

    best: dict[tuple, Report] = {}
    for report in reports:
        at = key(report)
        if at not in best or confidence[report.id] > confidence[best[at].id]:
            best[at] = report
    kept = {id(r) for r in best.values()}
    return [r for r in reports if id(r) in kept]


def answer_question(question: str, index: ReportIndex, retriever: Retriever, *, mode: str = "hybrid",
                    filters: Filters = Filters(), hits_per_report: int = HITS_PER_REPORT,
                    scorer: Scorer | None = None, shortlist_size: int = SHORTLIST) -> Answer:
    """Answer from each admitted report's best ``hits_per_report`` passages; abstain without support.
    ``scorer`` picks figures (default: the fitted one in assistant/data)."""
    scorer = scorer or load_scorer()
    routed = route(question, index, filters)
    query = routed.query
    builder = Builder(citations=[])
    base = Answer(question=question, intent=query.intent, text="", notes=list(routed.notes))
    if routed.refusal:
        return base.model_copy(update={"abstained": True, "text": routed.refusal})
    if query.intent == "figure" and query.terms and all(_change_word(t) for t in query.terms):
        # 「增长了多少？」 names no quantity: any figure's change would do, so none answers
        return base.model_copy(update={"abstained": True, "text": UNNAMED})
    weights = routed.weights
    places = {r.meta.region.name for r in routed.targets} if query.report_ids else ()  # read only where it counts
    one_best = not (query.compare or len(query.years) > 1 or len(places) > 1 and query.report_ids or filters)
    size = shortlist_size if one_best else LISTED_MOST
    targets = shortlist(retriever, question, routed.targets, mode=mode, size=size, anchor=query.anchor)
    if not one_best and len(targets) < len(routed.targets):
        note = f"问题涉及{len(routed.targets)}份报告，只回答其中最相关的{len(targets)}份；可写明地区或年份"
        base = base.model_copy(update={"notes": [*base.notes, note]})
    depth = hits_per_report * (MEASURE_DEPTH if query.intent == "measure" else 1)
    hits_of = report_hits(retriever, question, targets, mode=mode, k=depth, anchor=query.anchor)
    all_hits = [h for hits in hits_of.values() for h in hits]

    # A report that plans a year asked and reviews none (「2024年财政赤字规模」 of the 2024 report) is
    # read for what it plans; it answers a question saying neither done nor planned only where no
    # report of its place reviewing that year answers.
    planning = {r.id for r in targets if plans_only(r, query)}
    # a year naming the report (「2015年政府工作报告回顾…时说」) says which report, not which part of it
    names_report = set(query.years) <= named_report_years(query.text)

    def answer_for(report: Report, builder: Builder):
        hits = hits_of[report.id]
        if query.intent == "figure":
            found = answer_figures(query, report, hits, builder, weights, scorer, retriever.figures_near(report, hits),
                                   plans_only=report.id in planning)
            return found and (f"{label(report)}：{found[0]}", found[1], [], found[2])
        # what a term means (「“新城建”是什么的简称」, 「“三名工程”指的是哪三项」): the notes' entry, if any
        found = answer_note(query, report, builder)
        if not found and query.intent == "fact":  # what a year was named (「把2017年定为什么年」): its sentence
            found = answer_year_name(query, report, builder, weights)
        if not found and query.intent == "fact":
            found = answer_fact(query, report, hits, builder, weights,
                                plans_only=plans_not_reviews(report, query) and not names_report, used=routed.used)
        if found or query.intent == "fact":
            return found and (f"{label(report)}：{found[0]}", [], [], found[1])
        found = answer_problems(query, report, builder, weights)
        if not found:  # answered in a trial builder, then cited (or the section above: several topics)
            trial = Builder(citations=[])
            found = (answer_lists(query, report, hits, trial, weights)
                     or answer_measures(query, report, hits, trial, weights, retriever.heading_similarity,
                                        lambda terms, r: retriever.section_likeness(terms, r, outlines),
                                        (retriever.opener_similarity, retriever.word_likeness)))
            nearer = found and narrowed(query, report, found, trial, retriever.likeness, retriever.word_likeness)
            found = cited_again(*nearer, builder) if nearer else widened(query, report, found, trial, builder, weights)
        return found and (f"{label(report)} {found[0]}", [], found[1], found[2])

    # A dry run with a builder per report gives each report's confidence. A question that compares
    # nothing (no 分别/两地, at most one place, at most one year) is answered by the report that
    # answers it best, not by every report of the place over the years.
    confidence = {r.id: found[3] for r in targets if (found := answer_for(r, Builder(citations=[])))}
    answering = [r for r in targets if r.id in confidence]
    if planning and query.intent != "measure":
        answering = _reviews_first(answering, planning, query.years, confidence)
    if query.intent == "measure" and (query.years or YEARS_SPAN.search(question)):
        answering = of_the_year(answering, question)  # (「未来五年…有哪些打算」: the report on those years)
    elif (query.intent == "figure" and len(query.years) == 1 and not YEARS_SPAN.search(question)
          and not PART_OF_YEAR.search(question)):
        # one year's figure is its own report's, not that of a new congress given the same year, whose five
        # years' figures (「专利授权总量由1.4万件增长至5.8万件」) match the words as well (not 「上半年」: that
        # report, given in the autumn, is the one telling the year's first months)
        answering = of_the_year(answering, question)
    if answering and one_best:
        top = max(confidence[r.id] for r in answering)
        tied = [r for r in answering if confidence[r.id] >= top]
        # on a tie, the report reviewing the year asked (planning it, for a plan question), then one given
        # after the year (it reviews all of it; a term's report given in the year's autumn, the months before
        # it), then the one the search ranked first
        told = lambda r: set(query.years) & set(r.meta.plans if query.asks_plan else r.meta.reviews)  # noqa: E731
        after = lambda r: not query.asks_plan and all(r.meta.year and r.meta.year > y for y in query.years)  # noqa: E731
        answering = [min(tied, key=lambda r: (not told(r), not after(r), tied.index(r)))]
    elif query.years:
        answering = _best_per_place_and_year(answering, query.years, confidence)
    lines, values, measures = [], [], []
    for report in answering:
        line, found_values, found_measures, _ = answer_for(report, builder)
        lines.append(line)
        values += found_values
        measures += found_measures
    if not lines:
        all_hits.sort(key=lambda h: -h.score)
        # the words the nearest passages (the leads shown) lack, when some are: what was not found
        shown = " ".join(h.chunk.index_text for h in all_hits[:LEADS_SHOWN]).lower()
        # (of a measure question, the words of its topic: not 进展 of 「取得了哪些进展」)
        asked = topic_terms(query.terms, query.text) if query.intent == "measure" else query.terms
        lacking = [t for t in asked if not holds(shown, t)]
        if lacking or not asked:
            text = f"所选报告中未找到关于「{'、'.join(lacking[:4]) or question}」的内容。以下段落最接近："
        else:  # the passages say every word asked, but not what is asked of them: no word was missing
            text = "所选报告中未找到确切的答案：以下最接近的段落提到了问题里的词语，但没有说出所问的内容。"
        return base.model_copy(update={"abstained": True, "text": text, "leads": leads(all_hits, builder)})
    seen: dict[tuple[str, int], list[int]] = {}
    for c in builder.citations:
        seen.setdefault((c.report_id, c.start), []).append(c.marker)
    quotes = "\n".join(
        f"{''.join(f'[{m}]' for m in markers)} 「{builder.citations[markers[0] - 1].quote}」"
        for markers in seen.values()) if query.intent == "figure" else ""
    text = "\n".join(lines) + (f"\n\n{quotes}" if quotes else "")
    return base.model_copy(update={"text": text, "values": values, "measures": measures,
                                   "citations": builder.citations})
