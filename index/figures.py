"""Figures in report text: value + unit spans with qualifiers, multipliers and the metric phrase.

「立案处罚262件，其中警告46件，罚款216件」 gives three figures whose metric phrases are
「对卫生违法行为立案处罚」, 「其中警告」 and 「罚款」: the words just before each number in its clause.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from corpus.headings import cn_to_int
from corpus.models import Paragraph, Report
from index.tokenize import cut, word_frequency

UNITS = (
    "个百分点 万人次 人次 户次 家次 批次 台套 万元 亿元 千元 元 万人 万户 万条 万件 万吨 吨 公里 平方米 ㎡ 亩 "
    # a span of time counted with 个 is that span (「3个工作日」, 「6个月」), not so many things
    "个工作日 工作日 个月 个小时 小时 个季度 个星期 "
    "件 起 宗 户 人 名 家 个 项 条 份 次 期 篇 本 台 套 箱 张 分 所 座 场 类 部 支 辆 例 单 款 批 轮 天 %"
).split()
# Units that count the same kind of thing: a question asking 多少起 accepts 件.
UNIT_CLASSES = (
    {"件", "起", "宗", "例", "单"},
    {"人次", "万人次"},
    {"户次", "家次", "户", "家"},
    {"人", "名", "万人"},
    {"元", "千元", "万元", "亿元"},
    {"%", "个百分点"},
    {"平方米", "㎡"},
)
_MULTIPLIER = {"万": 1e4, "亿": 1e8, "千": 1e3}
_UNIT_RE = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
_CN_NUM = "零〇一二两三四五六七八九十百千"
_ALT_UNIT = r"（[\u4e00-\u9fff]）|\([\u4e00-\u9fff]\)"
_PRE = r"(?P<pre>近|约|超过|超|逾|达到|达|不足|累计|突破)?"
FIGURE = re.compile(
    rf"{_PRE}(?P<num>\d+(?:\.\d+)?|[{_CN_NUM}]{{1,5}}(?=[家项个名次部条份期起件宗场所类支批]))"
    rf"(?P<post>余|多)?(?P<mult>[万亿](?!元|人次|人|户|条|件|吨))?"
    rf"(?P<unit>{_UNIT_RE})(?![性门])(?P<per>/(?:(?!左右|以上|以下|以内)[\u4e00-\u9fff]){{1,4}})?"
    # a unit counted as another as well, in brackets after it: 「10万套（间）」 (flats or rooms), 「2925间（套）」
    rf"(?P<alt>{_ALT_UNIT})?(?P<approx>左右|以上|以下|以内)?"
)
# A number followed by a word no unit table lists (标箱, 微克/立方米, 列次, 公顷): the unit is the
# first word jieba cuts there, with a 「/…」 after it.
_GENERIC = re.compile(rf"{_PRE}(?P<num>\d+(?:\.\d+)?)(?P<post>余|多)?(?P<mult>[万亿])?(?=[\u4e00-\u9fff])")
# A number of 万 or 亿 with no word after it (「总投资152亿的…工程」, 「注册志愿者超过90万。」): an amount whose
# unit the sentence leaves to its noun — a figure with no unit, which only a question asking none takes.
_BARE = re.compile(rf"{_PRE}(?P<num>\d+(?:\.\d+)?)(?P<post>余|多)?(?P<mult>[万亿])(?=[的和与及或等、，。；：！？,;:!?）)\s]|$)")
# A span of years (「阻滞21年的帝堂路」, 「结束了66年的营业税征收历史」): a number of at most three digits before
# 年 (four are a year, 「2021年」) and no word making it a date or a plan's name after it (年代, 年度, 年底)
_DURATION = re.compile(r"(?<![\d.])(?P<num>\d{1,3})(?P<post>余|多)?年(?![代度级底初末中内])")
DURATION = "年"  # the unit of a span of years: a figure only a question asking how many years takes
_NOT_A_UNIT = re.compile(r"^(年|月|日|号|时|点|分|秒|是|步|方面|级|届|次会议|后|前|以来|多|余|和|与|及|的|至|到|或|等|个百分点)")
_APPROX_AFTER = re.compile(r"左右|以上|以下|以内")
_ALT_UNIT_AFTER = re.compile(_ALT_UNIT)
_CLAUSE = re.compile(r"[，。；：、！？,;（）()\n]")
_SENTENCE = re.compile(r"[。！？；\n]")


@dataclass(frozen=True)
class Spot:
    """A number with its unit as written in a text: 「47.1余万元」, 「3003.6万标箱」, 「1000吨/日」."""

    start: int
    end: int
    text: str
    num: str
    unit: str  # as written after the multiplier: 元, 标箱, 吨/日
    mult: str = ""
    pre: str = ""
    post: str = ""
    approx: str = ""

    @property
    def qualifier(self) -> str:
        return self.pre + self.post + self.approx


@dataclass(frozen=True)
class Facts:
    """What a figure says of itself (index/figure_facts.py)."""

    spoken: tuple[int, ...]  # the years it is of
    average: bool  # a mean over years (年均)
    change: bool  # a relative change (增长4.5%)
    plan: bool  # a target or plan


@dataclass(frozen=True)
class Figure:
    report_id: str
    start: int  # span of the figure in report.text
    end: int
    text: str  # as written: 64.3万元
    value: float  # as written: 64.3
    unit: str  # as written: 万元
    qualifier: str  # 余 / 多 / 近 / 约 / 超过 … or ""
    normalized: float  # in the base unit: 643000.0 (元)
    base_unit: str
    metric: str  # words before the number in its clause
    metric_after: str  # words after the unit in its clause: 「1件驳回」 → 驳回
    sentence_start: int
    sentence_end: int
    paragraph: int
    section_path: tuple[str, ...]
    facts: Facts | None = field(default=None, compare=False)  # when read at ingest


def _cn_value(numeral: str) -> float | None:
    if numeral == "两":
        return 2.0
    value = cn_to_int(numeral.replace("两", "二"))
    return float(value) if value is not None else None


def normalize(value: float, mult: str, unit: str) -> tuple[float, str]:
    """64.3 万元 → (643000, 元); 2000 条 → (2000, 条); 96.1 % → (96.1, %)."""
    factor = _MULTIPLIER.get(mult, 1.0)
    for prefix, f in _MULTIPLIER.items():
        if unit.startswith(prefix) and len(unit) > 1:
            factor *= f
            unit = unit[len(prefix):]
            break
    return value * factor, unit


def same_unit_class(a: str, b: str) -> bool:
    if a == b:
        return True
    return any(a in cls and b in cls for cls in UNIT_CLASSES)


def _bounds(text: str, pos: int, pattern: re.Pattern[str]) -> tuple[int, int]:
    """The clause or sentence (``pattern`` matches one delimiter character) around ``pos``: from
    after the last delimiter before it to the end of the next one. The start is looked for in
    windows backwards, each searched in C, rather than a character at a time."""
    start, high = 0, pos
    while high > 0:
        low = max(0, high - 64)
        last = None
        for last in pattern.finditer(text, low, high):
            pass
        if last is not None:
            start = last.end()
            break
        high = low
    match = pattern.search(text, pos)
    return start, (match.end() if match else len(text))


_FULL_STOP = re.compile(r"[。！？\n]")


def full_sentence_start(text: str, pos: int) -> int:
    """Where the whole sentence holding ``pos`` opens: past the 「；」 that close clauses sharing its
    subject (「全区GDP同比增长8.5%…；总量跃升到5202.01亿元」), which a figure's own sentence stops at."""
    return _bounds(text, pos, _FULL_STOP)[0]


def _known(match: re.Match[str]) -> Spot:
    unit = match.group("unit") + (match.group("per") or "")
    return Spot(match.start(), match.end(), match.group(0), match.group("num"), unit, match.group("mult") or "",
                match.group("pre") or "", match.group("post") or "", match.group("approx") or "")


def _generic(text: str, match: re.Match[str], end: int) -> Spot | None:
    """The unit after a number that no table knows: jieba's first word there (and 「/word」 or
    「每word」)."""
    rest = text[match.end():min(end, match.end() + 12)]
    if _NOT_A_UNIT.match(rest):
        return None
    words = cut(rest)
    if not words or not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", words[0]):
        return None
    unit = words[0]
    if len(words) > 2 and words[1] in ("/", "每") and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", words[2]):
        unit += words[1] + words[2]  # 「微克/立方米」, written out 「微克每立方米」
    stop = match.end() + len(unit)
    alt = _ALT_UNIT_AFTER.match(text, stop)
    stop = alt.end() if alt else stop
    approx = _APPROX_AFTER.match(text, stop)
    stop = approx.end() if approx else stop
    return Spot(match.start(), stop, text[match.start():stop], match.group("num"), unit, match.group("mult") or "",
                match.group("pre") or "", match.group("post") or "", approx.group(0) if approx else "")


def spots(text: str, start: int = 0, end: int | None = None) -> list[Spot]:
    """Every number with a unit in text[start:end], known units first, then any word after a number."""
    end = len(text) if end is None else end
    found = [_own_word(text, _known(m)) for m in FIGURE.finditer(text, start, end)]
    taken = [(s.start, s.end) for s in found]
    for match in _BARE.finditer(text, start, end):
        if not any(a <= match.start("num") < b for a, b in taken):
            found.append(_own_word(text, _bare(match)))
            taken.append((match.start(), match.end()))
    for match in _DURATION.finditer(text, start, end):
        if not any(a <= match.start("num") < b for a, b in taken):
            found.append(Spot(match.start(), match.end(), match.group(0), match.group("num"), DURATION, "", "",
                              match.group("post") or "", ""))
            taken.append((match.start(), match.end()))
    for match in _GENERIC.finditer(text, start, end):
        if any(a <= match.start("num") < b for a, b in taken):
            continue
        spot = _generic(text, match, end)
        if spot is not None:
            found.append(_own_word(text, spot))
    return sorted(found, key=lambda s: s.start)


def _bare(match: re.Match[str]) -> Spot:
    return Spot(match.start(), match.end(), match.group(0), match.group("num"), "", match.group("mult"),
                match.group("pre") or "", match.group("post") or "", "")


def _own_word(text: str, spot: Spot) -> Spot:
    """A one-character qualifier that ends a word with the character before it is that word's, not
    the number's: 「签约36.2万人」 counts 36.2万人, not about so many (「约36.2万人」, 「大约」 still are)."""
    word = text[max(0, spot.start - 1):spot.start] + spot.pre
    if len(spot.pre) != 1 or len(word) != 2 or word in _APPROXIMATELY or word_frequency(word) < COMMON_WORD:
        return spot
    return replace(spot, start=spot.start + 1, text=spot.text[1:], pre="")


_APPROXIMATELY = {"大约", "将近", "接近"}  # words that are themselves a qualifier
# how often jieba's dictionary must have seen a two-character word to take it as one (签约 440, 集约
# 43, 履约 35; its odd entries 费约 2, 共约 3 are 「降费 约…」, 「共 约…」)
COMMON_WORD = 10


def find_figures(text: str, start: int = 0, end: int | None = None):
    """(spot, metric phrase, words after, sentence bounds) for every figure in text[start:end]."""
    end = len(text) if end is None else end
    for spot in spots(text, start, end):
        before = text[max(0, spot.start - 1):spot.start]
        if before and (before == "第" or before.isdigit() or before in ".-～~—"
                       or (before.isascii() and before.isalpha() and not spot.pre)):  # PM2.5, G4: names, not
            continue  # figures (「GDP达到2641亿元」 is one: a word stands between the letters and the number)
        clause_start, _ = _bounds(text, spot.start, _CLAUSE)
        if clause_start == spot.start and spot.start and text[spot.start - 1] in "）)":
            # 「地区生产总值（GDP）2808.19亿元」: the parenthesis names the same thing; read past it
            opening = max(text.rfind("（", 0, spot.start), text.rfind("(", 0, spot.start))
            if opening > 0 and spot.start - opening <= 20:
                clause_start, _ = _bounds(text, opening, _CLAUSE)
        metric = text[clause_start:spot.start]
        _, clause_end = _bounds(text, spot.end, _CLAUSE)
        after = text[spot.end:clause_end].rstrip("，。；：、！？,;（）()\n")
        # A figure with no words before it in its clause counts what follows it (「一宗行政处罚案卷」);
        # with none after either, it continues the previous clause (「…，共计629户次」).
        if len(metric.strip()) < 2 and len(after) < 2 and clause_start > 0:
            prev_start, _ = _bounds(text, clause_start - 1, _CLAUSE)
            metric = text[prev_start:clause_start - 1] + metric
        yield spot, metric, after, _bounds(text, spot.start, _SENTENCE)


def _written_value(spot: Spot) -> float | None:
    return float(spot.num) if spot.num[0].isdigit() else _cn_value(spot.num)


def quantity(spot: Spot) -> tuple[float, str] | None:
    """A spot as (normalized value, base unit): 64.3万元 → (643000.0, 元); None if unreadable."""
    value = _written_value(spot)
    return None if value is None else normalize(value, spot.mult, spot.unit)


def report_figures(report: Report) -> list[Figure]:
    return [fig for para in report.paragraphs for fig in paragraph_figures(report, para)]


def paragraph_figures(report: Report, para: Paragraph) -> list[Figure]:
    """The figures of one paragraph (a figure never spans two), with those of the title split off its
    first sentence (``_read_from``), in the order of the text."""
    figures = []
    for spot, metric, after, (s_start, s_end) in find_figures(report.text, _read_from(report, para), para.end):
        value, measured = _written_value(spot), quantity(spot)
        if value is None or measured is None:
            continue
        normalized, base = measured
        figures.append(respective(Figure(
            report_id=report.id, start=spot.start, end=spot.end, text=spot.text,
            value=value, unit=spot.mult + spot.unit, qualifier=spot.qualifier,
            normalized=normalized, base_unit=base, metric=metric, metric_after=after, sentence_start=s_start,
            sentence_end=min(s_end, para.end), paragraph=para.number, section_path=figure_path(para, spot.start),
        ), report.text))
    return figures


def _read_from(report: Report, para: Paragraph) -> int:
    """Where a paragraph's figures start: at the heading line right before it when that heading is
    the paragraph's own first sentence split off as a title (「1.地区生产总值突破三千亿大关，达3003亿元，
    增长8.8%。规模以上工业总产值…」, whose heading ends in 。): its figures are said, not only titled."""
    line_start = report.text.rfind("\n", 0, max(para.start - 1, 0)) + 1
    if line_start >= para.start - 1 or report.text[para.start - 2:para.start] != "。\n":
        return para.start
    return line_start if any(s.start == line_start for s in report.sections) else para.start


def figure_path(para: Paragraph, start: int) -> tuple[str, ...]:
    """The section path of a figure at ``start``, with the item (一是…) it stands in."""
    for item in para.items:
        if item.start <= start < item.end:
            return (*para.section_path, item.path_segment)
    return para.section_path


def paragraphs_in(report: Report, start: int, end: int) -> list[Paragraph]:
    """The report's paragraphs overlapping text[start:end] (paragraphs are in text order)."""
    first = max(0, bisect.bisect_right(report.paragraphs, start, key=lambda p: p.start) - 1)
    out = []
    for para in report.paragraphs[first:]:
        if para.start >= end:
            break
        if para.end > start:
            out.append(para)
    return out


_RESPECTIVELY = "分别"
_SUBJECTS = re.compile(r"[、和及与]")
# the verb after 分别 up to the first value (「提高到每人每月620元和1808元」)
_VERB = re.compile(r"([\u4e00-\u9fff]{0,10}?)(?=[\d一二两三四五六七八九十]|$)")
_BETWEEN = re.compile(r"[、和及]")
# values run together with no 分别 (「全区公办园、普惠园增至62所、123所」): those before this one
_RUN_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?[^\d、，。；：,;:]{0,5}[、和])+$")
_RUN_AFTER = re.compile(r"[、和]\d")
# the verb closing a run's subjects (「普惠园增至」)
_RUN_VERB = re.compile(r"(?:分别)?(?:增加到|增至|达到|达|为|提高到|提高至|提升到|提升至|降至|降到|下降到|增长到|上升到|上升至)$")


def respective(fig: Figure, text: str) -> Figure:
    """A value of a run after 分别 (「电耗、水耗、建设用地分别下降4.5%、5.8%、8.1%」), or of values run
    together after as many subjects (「公办园、普惠园增至62所、123所」), measures the subject at its own
    place in the run before (5.8%: 「水耗下降」), not the words right before the run."""
    before = text[fig.sentence_start:fig.start]
    at = before.rfind(_RESPECTIVELY)
    if at < 0:
        return _in_run(fig, text, before)
    after = before[at + len(_RESPECTIVELY):]
    verb = _VERB.match(after)
    if verb is None or len(after) - verb.end() > 40 or re.search(r"[，；。,;：:]", after):
        return fig  # (a value in a later clause is not in the run)
    k = len(_BETWEEN.findall(after[verb.end():]))  # the values before this one
    return _subject(fig, before[:at], k, verb.group(1))


def _subject(fig: Figure, head: str, k: int, verb: str) -> Figure:
    start = max(head.rfind(c) for c in "，；：。,;:") + 1
    subjects = [s for s in _SUBJECTS.split(head[start:]) if s.strip()]
    if len(subjects) < 2 or k >= len(subjects):
        return fig
    first, second = subjects[0].strip(), subjects[1].strip()
    # what the first subject says before its own item applies to every item (「万元GDP电耗、水耗」)
    shared = first[:len(first) - len(second)] if k and len(first) > len(second) else ""
    shared = "" if second.startswith(shared) else shared  # 「最低生活保障标准和最低工资标准」: each whole
    return replace(fig, metric=shared + subjects[k].strip() + verb)


def _in_run(fig: Figure, text: str, before: str) -> Figure:
    """The subject of a value in a run with no 分别, when a verb closes as many subjects before it."""
    run = _RUN_BEFORE.search(before)
    if run is None and not _RUN_AFTER.match(text, fig.end):
        return fig
    k = len(_BETWEEN.findall(run.group(0))) if run else 0
    head = before[:run.start()] if run else before
    verb = _RUN_VERB.search(head)
    if verb is None:
        return fig
    values = k + 1 + len(re.findall(r"[、和]\d", text[fig.end:fig.sentence_end].split("，")[0]))
    subjects = [s for s in _SUBJECTS.split(head[max(head.rfind(c) for c in "，；：。,;:") + 1:verb.start()])
                if s.strip()]
    if len(subjects) != values:
        return fig
    return _subject(fig, head[:verb.start()], k, verb.group(0))
