"""Which reports a question is about: the places it names and the years it asks of.

Places are the gazetteer's divisions (full names anywhere; province and prefecture short names
such as 广东, 深圳) and the regions of the indexed reports with their short forms (龙岗 → 龙岗区,
大鹏 → 大鹏新区), and, beside a year, the short forms of the other districts of their cities
(「福田2022年」 → 福田区). Nothing else is a place: 超市, 社区, 湾区, 地区, 哪个区 name none. A question that
names a real division no report covers is refused for it; one naming a city admits the city's own
reports, or, with none, the reports of places inside it (广东 → every 广东 report).

Years map to reports by the period a report covers: a 政府工作报告 of 2023 reviews 2022 and plans
2023, so 「2022年GDP」 comes from it, and 「2023年的目标」 too.
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from corpus.gazetteer import load_gazetteer
from corpus.metadata import parts_of
from corpus.models import NATIONAL, Region, Report
from index.tokenize import TermFinder

from assistant.periods import YEAR_RUN, YEARS_SPAN
from assistant.problems import ASKED as PROBLEMS_ASKED

# 国家 names the country as who acts (「国家2021年提出…」), not in the name of a site or title it grants a
# place (「国家地质公园」, 「国家生态文明建设示范区」: a district's), nor 国家级 or 国家队
_NATIONAL = re.compile(r"国务院|我国|国家(?![级队]|[\u4e00-\u9fff]{0,8}?(?:公园|示范区|保护区|基地|园区|景区))"
                       r"|全国(?![首第百十唯领前最]|文明|先进|示范|重点|性|范围内)")
# The question's time: what a report plans (打算, 下一步, 要做, 将; 重点任务 and 主要任务, what a year's report
# sets out to do) rather than what was done.
PLAN_WORDS = re.compile(r"目标|预期|计划|打算|准备|下一步|将要|要求|安排|力争|部署|重点工作|(?:重点|主要)任务|重点抓(?![了过])|(?<![主重需只想纲摘概])要(?!求)|将|(?<![虚模])拟|(?<![没未])做好(?!了)"
                        # 「想让机场客流量达到多少」, 「想借…打造成什么」: 想 alone, what is wanted, ahead (not the
                        # asker's 「我想知道」, 「想了解」, nor a word holding it: 思想, 理想, 设想, 想法)
                        r"|(?<![我你思理设感构梦幻回联预猜着料畅])想(?!知道|问|了解|请教|看看|法|象|像)"
                        r"|(?:今后|未来)(?=\s*[一二三四五六七八九十两几\d]+\s*年)"
                        # 「2016年在城市管理方面有哪些举措」: the year's measures, as its report sets them out
                        r"|有哪些(?:主要|重要|具体|新的?)?(?:举措|措施)"
                        # 「赤字率定为多少」, 「目标定的是多少」, 「把2023年定为什么年」: what a plan set (not
                        # 认定, 评定, 确定 of what was done: 「新认定了多少家」)
                        r"|(?<![认确评选锚核制规决约鉴判])定(?:的是|的|为|在|了)(?=多少|几|什么)")
# 「比控制目标低多少」, 「是否完成了年度目标」, 「比计划提前了多少天」: a target or plan the question
# measures what was done against, not the plan it asks for
_AGAINST_TARGET = re.compile(r"(?:比|较|低于|高于|超过|超出|完成了?)[^，,。？?]{0,8}?(?:目标|计划)")


# 「实施“6+3”产业集群建设计划时」: a plan carried out, named by what it is called — no plan asked
_PLAN_CARRIED_OUT = re.compile(r"(?:实施|落实|执行|推进|启动)[^，,。？?要将]{1,16}?(?:计划|规划)")


def asks_plan(text: str) -> bool:
    """Whether a question asks for a plan or target (「2024年计划新建多少」), not what was done."""
    return bool(PLAN_WORDS.search(_PLAN_CARRIED_OUT.sub(" ", _AGAINST_TARGET.sub(" ", text))))


# what says a question asks about work done (「取得了哪些成绩」), not planned
# done: these words, or a verb's perfective 了 (「打造了」, 「出台了」; not 为了, 除了, 了解, nor the report's own
# saying: 「2020年…提出了哪几项重点」, 「指出了」 tell what that year's report says, its plan as much as its review)
DONE_WORDS = re.compile(r"采取|做了|做得|取得|开展|实现了|新?成效|新?成绩|新?进展|完成了|情况|回顾"
                        r"|(?<=[\u4e00-\u9fff])(?<![为除])(?<!提出|指出)了(?![解结却])"
                        # 「…是怎样抗击疫情的？」: 是…的 tells how something was done, in the past
                        r"|是(?:怎样|怎么|如何)(?=[^，,。？?]{1,30}的[？?]?\s*$)")
_SUFFIX = re.compile(r"(?:新区|自治县|自治州|地区|[省市区县旗盟州])$")
_NEW_AREA = "新区"


@dataclass(frozen=True)
class Place:
    name: str  # the division or area, as reports name it: 龙岗区, 深圳市, 全国
    start: int
    end: int  # where the question names it (by full or short name)


def short_form(name: str) -> str:
    """龙岗区 → 龙岗, 大鹏新区 → 大鹏; a name of two characters stays whole."""
    stem = _SUFFIX.sub("", name)
    return stem if len(stem) >= 2 else name


@lru_cache(maxsize=16)  # per list of places: an index's reports, or a filter's (thousands of reports at scale)
def _aliases_of(regions: tuple[Region, ...]) -> dict[str, str]:
    """Read-only (shared by every caller with the same places); the first place to claim a short
    form keeps it, as the reports are listed."""
    gazetteer = load_gazetteer()
    aliases: dict[str, str] = {}
    for region in regions:
        for name in region.names():
            if name == NATIONAL:
                continue  # named by the words of _NATIONAL, and only when no place is
            aliases.setdefault(name, name)
            division = gazetteer.by_code.get(region.code) if name == region.name and region.code else None
            for short in {short_form(name), division.short if division else ""}:
                if short and len(short) >= 2:
                    aliases.setdefault(short, name)
    return aliases


@lru_cache(maxsize=16)
def _alias_finder(regions: tuple[Region, ...]) -> tuple[TermFinder, dict[str, str]]:
    """The places' names and short forms found in one pass over a question, however many reports
    (a regex per name took most of a question's time at 9,000 reports), with the place each
    (lower-cased) name stands for."""
    aliases = _aliases_of(regions)
    names: dict[str, str] = {}
    for alias, name in aliases.items():
        names.setdefault(alias.lower(), name)
    return TermFinder(aliases), names


@lru_cache(maxsize=16)
def _sibling_shorts(regions: tuple[Region, ...]) -> dict[str, str]:
    """Short names of the other districts of the cities the reports are in (福田 → 福田区)."""
    gazetteer = load_gazetteer()
    cities = {d.city for r in regions if r.code and (d := gazetteer.by_code.get(r.code)) and d.city}
    return {d.short: d.name for d in gazetteer.divisions
            if d.level == "district" and d.city in cities and d.short and len(d.short) >= 2}


# Where a bare district short name is a place: right beside a year (「福田2022年」, 「2022年福田的」).
_BESIDE_YEAR = r"(?:(?<=\d年)|(?<=\d年度))({name})|({name})(?=\s*(?:19|20)\d\d\s*年)"


@dataclass(frozen=True)
class _Known:
    """The places of a list of reports, gathered once for every question asked of the same list."""
    reports: tuple[Report, ...]  # held, so that the object ids keying the cache stay theirs
    regions: tuple[Region, ...]  # each distinct region, in the reports' order
    own: dict[str, frozenset[str]]  # a place → the reports about it
    inside: dict[str, frozenset[str]]  # a place → the reports about it or a place inside it
    within: dict[str, frozenset[str]]  # a place → the places of those reports
    order: dict[int, tuple[str, int]]  # a report (its object id) → (its place, its year): how answers are listed
    ordered: tuple[Report, ...]  # the reports in that order
    years: dict[str, dict[int, tuple[int, ...]]]  # reviews | plans | year → a year → the reports' positions


_KNOWN: OrderedDict[tuple[int, ...], _Known] = OrderedDict()
_KNOWN_LOCK = threading.Lock()


def _places_of(reports: Sequence[Report]) -> _Known:
    """Kept for the last few lists of reports (an index's, a filter's): at 9,000 reports, reading
    every report's region took most of a question's routing."""
    key = tuple(map(id, reports))
    with _KNOWN_LOCK:
        found = _KNOWN.get(key)
        if found is not None:
            _KNOWN.move_to_end(key)
            return found
    own: dict[str, set[str]] = {}
    inside: dict[str, set[str]] = {}
    within: dict[str, set[str]] = {}
    for report in reports:
        region = report.meta.region
        own.setdefault(region.name, set()).add(report.id)
        for name in region.names():
            inside.setdefault(name, set()).add(report.id)
            within.setdefault(name, set()).add(region.name)
    freeze = lambda d: {k: frozenset(v) for k, v in d.items()}  # noqa: E731
    order = {id(r): (r.meta.region.name, r.meta.year or 0) for r in reports}
    years: dict[str, dict[int, list[int]]] = {"reviews": {}, "plans": {}, "year": {}}
    for n, report in enumerate(reports):
        meta = report.meta
        for attr, held in (("reviews", meta.reviews), ("plans", meta.plans), ("year", (meta.year,) if meta.year else ())):
            for year in held:
                years[attr].setdefault(year, []).append(n)
    found = _Known(tuple(reports), tuple(dict.fromkeys(r.meta.region for r in reports)),
                   freeze(own), freeze(inside), freeze(within), order,
                   tuple(sorted(reports, key=lambda r: order[id(r)])),
                   {attr: {y: tuple(at) for y, at in by.items()} for attr, by in years.items()})
    with _KNOWN_LOCK:
        _KNOWN[key] = found
        while len(_KNOWN) > 16:
            _KNOWN.popitem(last=False)
    return found


def by_place_and_year(targets: Sequence[Report], reports: Sequence[Report]) -> list[Report]:
    """``targets`` (some of ``reports``) sorted by place name, then year, ties as given."""
    known = _places_of(reports)
    if len(targets) == len(known.reports):  # all of them (a question naming no place): sorted once
        return list(known.ordered)
    return sorted(targets, key=lambda r: known.order.get(id(r)) or (r.meta.region.name, r.meta.year or 0))


def places_in(text: str, reports: Sequence[Report]) -> list[Place]:
    """The places a question names, longest names first, never overlapping."""
    gazetteer = load_gazetteer()
    found: list[Place] = []
    taken = [False] * len(text)

    def claim(start: int, end: int, name: str) -> None:
        if not any(taken[start:end]):
            found.append(Place(name, start, end))
            taken[start:end] = [True] * (end - start)

    regions = _places_of(reports).regions
    finder, names = _alias_finder(regions)
    lowered = text.lower()
    occurrences = finder.occurrences(lowered if len(lowered) == len(text) else text)
    for start, alias in sorted(occurrences, key=lambda o: (-len(o[1]), o[0])):  # longest names first
        end = start + len(alias)
        if not _SUFFIX.search(alias) and text.startswith(_NEW_AREA, end):
            end += len(_NEW_AREA)  # 「坪山新区」, the district's name before it was one: 新区 is no word asked
        claim(start, end, names[alias])
    # A district of an indexed city with no report, by its short name beside a year: 「福田2022年GDP」
    # asks about a place no report covers (elsewhere a bare 光明 or 福田 is as likely a word).
    for short, name in _sibling_shorts(regions).items():
        if short in text:
            for match in re.finditer(_BESIDE_YEAR.format(name=re.escape(short)), text):
                claim(match.start(match.lastindex), match.end(match.lastindex), name)
    for start, end, name in gazetteer.names_in(text):
        divisions = gazetteer.named(name) or gazetteer.aliased(name)
        claim(start, end, divisions[0].name if divisions and name not in gazetteer.by_name else name)
    # a place set aside (「在上海之外新设了哪几个自贸区」, 「除南山区以外」) is no place asked about
    found = [p for p in found if not (_SET_ASIDE_BEFORE.search(text, 0, p.start) and _SET_ASIDE_AFTER.match(text, p.end))]
    if not found:  # 「全国」 in 「南山区获评全国文明城区」 or 「全国首个…」 is no place asked about
        for match in _NATIONAL.finditer(text):
            claim(match.start(), match.end(), NATIONAL)
    return sorted(found, key=lambda p: p.start)


_SET_ASIDE_BEFORE = re.compile(r"(?:除了?|在)$")
_SET_ASIDE_AFTER = re.compile(r"(?:之外|以外|外)")
_JOINED = re.compile(r"^[^，,。？?]{0,3}(?:[和与及、或]|以及)[^，,。？?]{0,3}$")  # 「和」, 「全市和」: both asked


def _between(text: str, a: Place, b: Place) -> str:
    """The text between two places of a question, whichever comes first."""
    return text[a.end:b.start] if a.end <= b.start else text[b.end:a.start]


def reports_for_places(places: Sequence[Place], reports: Sequence[Report], text: str = ""
                       ) -> tuple[set[str], list[str]]:
    """(ids of the reports the places admit, places that no report covers).

    A place admits the reports that are about it; with none, those about a place inside it. A
    place that is the parent of another place named (深圳 in 「深圳南山区」, 「南山区占深圳的比重」) adds
    nothing, unless joined to it: 「深圳市和坪山区」 asks about both. ``text``: the question they are in."""
    names = list(dict.fromkeys(p.name for p in places))
    admitted: set[str] = set()
    unknown: list[str] = []
    known = _places_of(reports)
    for name in names:
        own, inside = known.own.get(name, frozenset()), known.inside.get(name, frozenset())
        # the places this one is joined to (「深圳市和坪山区」, 「坪山区与深圳全市」): both are asked about
        joined = {b.name for a in places if a.name == name for b in places if b is not a
                  and _JOINED.search(_between(text, a, b))}
        if any(other != name and other not in joined and other in known.within.get(name, ()) for other in names):
            continue  # a parent of a more specific place named, not joined to it
        if own or inside:
            admitted |= own or inside
        else:
            unknown.append(name)
    return admitted, unknown


_PLACE_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年")
_YEAR_PLACE = re.compile(r"((?:19|20)\d{2})\s*年度?的?\s*$")


def years_by_place(places: Sequence[Place], text: str) -> dict[str, int] | None:
    """Each place's own year when a question pairs them — 「罗湖区2017年和坪山区2018年的GDP」, 「2016年南山
    和2017年宝安」 — so that each place is asked about its year only; None unless every place named
    has a year written right beside it and the years are not all one."""
    paired: dict[str, int] = {}
    for place in places:
        after = _PLACE_YEAR.match(text[place.end:])
        before = _YEAR_PLACE.search(text[:place.start])
        year = int(after.group(1)) if after else int(before.group(1)) if before else None
        if year is None or paired.get(place.name, year) != year:
            return None
        paired[place.name] = year
    return paired if len(paired) >= 2 and len(set(paired.values())) >= 2 else None


# 「到2020年…控制在多少」: a year set as a deadline is no period a report covers but a target some
# earlier report set. Not 「截至2020年底」 (what was done by then) nor the end of a run of years
# (「2016年至2020年」, 「2016到2020年」).
_DEADLINE = r"(?<![截止年\d])[到至]\s*{year}\s*年"
# A year that names a report rather than a period: 「2020年政府工作报告」, 「2023年的报告里」.
_NAMED_REPORT = re.compile(r"((?:(?:19|20)\d{2}\s*年度?\s*[和、与及]?\s*)+)的?[^，,。？?\d]{0,12}?报告")


def named_report_years(question: str) -> set[int]:
    """The years that name a report in the question (「2015年政府工作报告回顾过去五年时说」: 2015)."""
    return {int(y) for run in _NAMED_REPORT.findall(question) for y in re.findall(r"(?:19|20)\d{2}", run)}


def _span_part(report: Report) -> int:
    """How wholly a part of the report is about a span of years: 2 for a part on the span alone
    (「未来五年工作」), 1 for one on the span and a year (「“十三五”发展的主要思路和2016年主要工作任务」),
    0 for none."""
    spans = [YEAR_RUN.sub(" ", heading) for heading in parts_of(report) if YEARS_SPAN.search(heading)]
    return max((1 + (not _ONE_YEAR.search(heading)) for heading in spans), default=0)


_ONE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")


def _on_a_term(report: Report) -> bool:
    """Whether the report speaks for a whole term of years, not one: a part on a span alone (「三、今后
    五年政府工作安排」) and no part naming a single year (「三、2021年主要工作」) — the report of a new
    congress, given in the same year as that year's own report."""
    if _span_part(report) < 2:
        return False
    return not any(_ONE_YEAR.search(YEAR_RUN.sub(" ", heading)) for heading in parts_of(report))


_NEW_TERM = re.compile(r"换届")  # the question names the report of a new congress (「换届报告」, 「换届时」)


def of_the_year(reports: list[Report], question: str) -> list[Report]:
    """Of the reports answering a question, those it is about when a place has two of a year. Asking
    of one year: a report on a term of years gives way to its place's report of that year
    (「龙华区2021年…定了哪些目标」 is the 2021 report's part, not the one on 2021–2025); asking of a span:
    the report whose part names the span as the question does. A figure may be told in either: this is
    for what a report says it did or will do."""
    term = {r.id: _on_a_term(r) for r in reports}
    if _NEW_TERM.search(question):  # 「这份换届政府工作报告里」: the report of the new congress, on its term
        termed = {r.meta.region.name for r in reports if term[r.id]}
        reports = [r for r in reports if term[r.id] or r.meta.region.name not in termed]
    if YEAR_RUN.search(question) or YEARS_SPAN.search(question):
        return _naming_the_span(reports, question)
    yearly = {r.meta.region.name for r in reports if not term[r.id]}
    return [r for r in reports if not (term[r.id] and r.meta.region.name in yearly)]


def spans_asked(question: str) -> set[str]:
    """The spans of years a question names, as a heading would (「“十四五”期间」 → 十四五, 「今后五年」; a
    government's term, 「新一届政府任期内」 → 新一届政府, as 「二、新一届政府工作的总体思路」 names it)."""
    return ({re.sub(r"[“”\s]|期间|时期|以来", "", m.group(0)) for m in YEARS_SPAN.finditer(question)}
            | set(_GOVERNMENT_TERM.findall(question))) - {""}


_GOVERNMENT_TERM = re.compile(r"(?:新一|本|上一?)届(?:区|市)?政府")  # a government's term of office, as headings name it


def names_span(heading: str, spans: set[str]) -> bool:
    """Whether a heading names one of the spans (「二、“十四五”发展的基本思路」 names 十四五)."""
    return any(span in re.sub(r"[“”\s]", "", heading) for span in spans)


def _naming_the_span(reports: list[Report], question: str) -> list[Report]:
    """For a question asking of a span (「“十三五”期间」, 「今后五年」): a place's report with a part whose
    heading names that span as the question does (「一、“十三五”和2020年工作回顾」, 「三、今后五年政府工作
    安排」) before its other reports, which speak of the span in other words or not at all."""
    # (今后 and 未来 say the same of a report's parts: 「二、未来五年发展目标」 is on 今后五年)
    spans = {span.replace("今后", "未来") for span in spans_asked(question)}
    naming = {r.id for r in reports if any(names_span(heading.replace("今后", "未来"), spans) for heading in parts_of(r))}
    places = {r.meta.region.name for r in reports if r.id in naming}
    return [r for r in reports if r.id in naming or r.meta.region.name not in places]


def reports_on_a_span(reports: Sequence[Report]) -> list[Report]:
    """For a span of years asked with no year (「今后五年打算…」, 「五年来」): the reports with a part on a
    span, those on the span alone first; none when no report has one."""
    kind = {r.id: _span_part(r) for r in reports}
    most = max(kind.values(), default=0)
    return [r for r in reports if most and kind[r.id] == most]


def reports_for_years(reports: Sequence[Report], years: Sequence[int], question: str, *, either_part: bool = False
                      ) -> tuple[list[Report], str]:
    """The reports covering the years asked, and how: ``covers`` (the period a report reviews or,
    for a question about targets and plans, the one it plans), ``own`` (its own year), ``mentions``
    (the year is only spoken of in the text, or set there as a deadline the question asks) or ``none``.
    With ``either_part``, a question saying neither done nor planned (「2017年实施的…行动包括哪些」)
    is asked of the reports reviewing the year and of those planning it alike."""
    known = _places_of(reports)  # each year's reports gathered once, not a pass over 9,000 a question
    reports = known.reports

    def held(attr: str, wanted) -> list[Report]:
        return [reports[n] for n in sorted({n for year in wanted for n in known.years[attr].get(year, ())})]

    named = named_report_years(question)
    if named & set(years):  # 「坪山区2020年政府工作报告认为…」: the report of that year, whatever it covers
        own = held("year", named)
        if own:
            return own, "own"
    deadlines = {int(y) for y in re.findall(_DEADLINE.format(year=r"((?:19|20)\d{2})"), YEAR_RUN.sub(" ", question))}
    if deadlines and set(years) <= deadlines:  # the reports that set the target
        setting_it = re.compile(_DEADLINE.format(year=f"(?:{'|'.join(map(str, years))})"))  # once, not per report
        setting = [r for r in reports if setting_it.search(r.text)] or [
            # no report writes 「到2025年」: those written before the year that name it (「2025年新区地区生产总值
            # 达到500亿元」 in a term's targets)
            r for r in reports if years and r.meta.year is not None and r.meta.year < min(years)
            and any(f"{y}年" in r.text for y in years)]
        if setting:
            return setting, "mentions"
    wants_plan = asks_plan(question)
    first, second = ("plans", "reviews") if wants_plan else ("reviews", "plans")
    # shortcomings are told looking back (「2024年还有哪些短板」: the report reviewing 2024 admits them;
    # the one planning it, those of 2023)
    tenseless = either_part and not wants_plan and not DONE_WORDS.search(question) and not PROBLEMS_ASKED.search(question)
    for attr in (first, second):
        covering = held(attr, years)
        if covering and attr == first:
            # a question saying neither done nor planned is asked of both parts; any question, of the
            # part the other kind of report holds for a place none of whose reports holds the first
            # (「2019年…税率降到多少」: no report reviews 2019 for the nation, its 2019 report plans it)
            answered = {r.meta.region.name for r in covering}
            covering += [r for r in held(second, years)
                         if r not in covering and (tenseless or r.meta.region.name not in answered)]
        if covering:
            if YEAR_RUN.search(question) or YEARS_SPAN.search(question):
                # 「过去五年（2016年到2021年）」: of the reports covering its last year, those with a part
                # on a span of years (「一、过去五年工作回顾」, 「二、今后五年的总体发展思路」), the part on the span alone
                # first — after those whose part names the span as the question does (「“十三五”时期…」 of
                # 「二、“十三五”发展的主要思路和2016年主要工作任务」, before 「未来五年工作」 of another that year)
                covering = _naming_the_span(covering, question)
                kind = {r.id: _span_part(r) for r in covering}  # each report's headings read once
                covering = [r for r in covering if kind[r.id] == max(kind.values())]
            return covering, "covers"
    own = held("year", years)
    if own:
        return own, "own"
    spoken = [r for r in reports if any(f"{y}年" in r.text for y in years)]
    if spoken:
        return spoken, "mentions"
    return [], "none"
