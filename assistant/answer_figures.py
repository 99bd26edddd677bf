"""Answering with figures: each thing asked gets the figure the fitted scorer likes best."""
from __future__ import annotations

import re
from functools import lru_cache
from os.path import commonprefix

from corpus.models import Report
from index.figures import DURATION, UNITS, Figure, report_figures, same_unit_class
from index.tokenize import cut, tagged, word_tag

from assistant.citations import Builder, Value
from assistant.figure_score import FROM_VALUE, LINKED, Scorer, figure_features
from assistant.periods import period_before
from assistant.query import OUTPUT_WORDS, Query, quoted_names, synonyms
from assistant.retrieve import Hit


def _figures_in(hits: list[Hit], figures: list[Figure], text: str) -> list[tuple[Figure, int]]:
    out = []
    restated = _restated(figures, text)
    for hit in hits:
        # a paragraph's first passage also holds the figures of the title split off its first sentence
        # (index.figures._read_from), which stand just before it
        para = hit.report.paragraph(hit.chunk.paragraph)
        first = para is not None and para.start == hit.chunk.start
        for fig in figures:
            inside = hit.chunk.start <= fig.start < hit.chunk.end or (
                first and fig.paragraph == para.number and fig.start < hit.chunk.start)
            if inside and all(f is not fig for f, _ in out) and id(fig) not in restated:
                out.append((fig, hit.rank))
    return out


# 个 is the classifier any count may be asked with (「多少个学位」 of 「学位3.93万座」, 「多少个学校」 of
# 「学校22所」); these are the classifiers of things a report counts (not people, times, money, measures)
_THINGS = frozenset("个项条份篇本台套箱张所座场类部支辆款批轮家件宗例单起")


_COUNTED = re.compile(r"(?:多少|几)个([\u4e00-\u9fff]{2,})")


def _unit_fits(asked: str, fig: Figure, text: str, terms: tuple[str, ...]) -> bool:
    """The figure counts in the unit asked, or the question asks 多少个 of the very thing the figure
    counts in its own classifier (its clause names the thing: 学位 in 「新增…学位3.93万座」, not in
    「新改扩建学校17所」)."""
    if same_unit_class(asked, fig.base_unit) or same_unit_class(asked, fig.unit):
        return True
    whole, per = (fig.base_unit.split("/", 1) + [""])[:2]
    if per and same_unit_class(asked, whole) and per in text:  # 「每月多少钱」: 2130元/月
        return True
    counted = _COUNTED.search(text) if asked == "个" and fig.base_unit in _THINGS else None
    if not counted:
        return False
    head = max((t for t in terms if len(t) > 1 and counted.group(1).endswith(t)), key=len, default="")
    return bool(head) and head in fig.metric.lower()


_BOUND = ("突破", "超过", "超", "逾")  # a threshold passed, not the value
_CEILING = ("以内", "以下")  # a limit a plan sets (控制在…以内), not a value
_AGE = "岁"
_COPULA = ("是", "为")  # before 一个: 「是一个」, 「成为一个」 say what a thing is
# a count written in words (「两个体系」, 「一次会议」, 「二期」): reports write in words the counts they
# name things by, in numerals the ones they report
_IN_WORDS = re.compile(r"(?:近|约|超过|超|逾|达到|达|不足|累计|突破)?[零〇一二两三四五六七八九十百千]")
_AGE_ASKED = re.compile(r"岁|年龄|年纪")
_YEARS_ASKED = re.compile(r"(?:多少|几)年(?![度代级])")  # 「阻滞了多少年」: a span of years (not 「哪一年」, a date)
# the level a quantity came to (「关税总水平降到了多少」, 「由9.8%降至7.5%」): a rate's level, asked so, is
# answered by the rate it came to, though the question names no rate
_CAME_TO = re.compile(r"(?:降|下降|降低|减少|提高|提升|升|上升|增加|增长)(?:到|至)了?")


# how a question asks the value of what it has just named (「居民健康素养水平达到了多少」)
_VALUE_ASKED = re.compile(r"(?:达到|达|是|为|有)?了?(?:多少|几)")
_BEFORE_VALUE = re.compile(r"(?:达到|达|是|为|：|:)$")
NAMED_LEAST = 4  # characters the question and a figure share right before its value: the thing it is of


def _named_right_before(question: str, fig: Figure) -> bool:
    """Whether the words right before the value asked are those right before the figure (「居民健康素养水平」 of
    「…，居民健康素养水平41.6%」): the figure is that thing's own level, a percentage though it be."""
    asked = _VALUE_ASKED.search(question)
    if not asked:
        return False
    before, metric = question[:asked.start()], _BEFORE_VALUE.sub("", fig.metric.strip())
    return len(commonprefix([before[::-1], metric[::-1]])) >= NAMED_LEAST


@lru_cache(maxsize=1024)
def _noun_before_value(question: str) -> str | None:
    """The noun (of two characters or more) jieba ends the question's words with right before the value it
    asks (「…装机规模是多少」: 规模): read once per question, not once per report answering it."""
    asked = _VALUE_ASKED.search(question)
    words = tagged(question[:asked.start()]) if asked else []
    if not words or len(words[-1][0]) < 2 or not words[-1][1].startswith(("n", "vn")):
        return None
    return words[-1][0]


def _named_beside(question: str, chosen: Figure, others: list[Figure]) -> Figure:
    """The figure of the chosen one's sentence that the question names right before the value it asks
    (「…光伏的装机规模是多少」: 「新增屋顶分布式光伏项目211个、装机规模91兆瓦」 → 91兆瓦; 「…企业总数达到多少
    家」: 「新增…企业130家，总数达到360家」 → 360家), when the chosen one's words end otherwise: the sentence
    is the one asked, its figure is the one named — the noun jieba ends the question's words with
    (规模, 总数), where a figure's words end. Not a from-value (「由每月70元提高到88元」), nor for a part
    the chosen one is (「其中高速铁路8951公里」: the question names the part)."""
    named = _noun_before_value(question)
    if named is None or LINKED.match(chosen.metric):
        return chosen
    ends = lambda fig: _BEFORE_VALUE.sub("", fig.metric.strip()).endswith(named)  # noqa: E731
    if ends(chosen):
        return chosen
    return next((fig for fig in others if fig is not chosen and fig.sentence_start == chosen.sentence_start
                 and fig.report_id == chosen.report_id and ends(fig) and not FROM_VALUE.search(fig.metric)), chosen)



def _restated(figures: list[Figure], text: str) -> set[int]:
    """Bounds said again at once as the value reached (「突破4000亿元，达4601.5亿元」, 「超过百亿元，达到
    128亿元」): one quantity, whose exact value alone answers."""
    out = set()
    for bound, value in zip(figures, figures[1:]):
        if (bound.qualifier.startswith(_BOUND) and value.sentence_start == bound.sentence_start
                and value.base_unit == bound.base_unit and value.normalized >= bound.normalized
                and text[bound.end:value.start] in ("，", ",") and value.qualifier.startswith("达")):
            out.add(id(bound))
    return out


# a figure per so many people or households (每万名, 每千人, 每百户) or per head (人均): a ratio, which
# answers only a question asking one, as a total answers only a question asking no ratio
# (「千人床位数」, 「万人发明专利拥有量」 say 每 without writing it; 「8万人」, 「多万人次」, 「“万名干部…”」 are counts)
_PER_HEAD = re.compile(r"每\s*[\d一二三四五六七八九十百千万]|人均"
                       r"|(?<![\d.零〇一二两三四五六七八九十百千万亿多超近余破逾约“\"])[千万]人口?(?=[\u4e00-\u9fff]{1,8}(?:数|率|量))")
# a count said to be a total (「GDP总量」) after a ratio asked (「人均GDP和GDP总量」)
_TOTAL_SAID = re.compile(r"总[量数额值]")
# asked in everyday words (「每人平均有多少」); 「每人每月620元」 in a report is an amount each is paid, not a ratio
_PER_HEAD_ASKED = re.compile(_PER_HEAD.pattern + "|每人平均|平均每人")
# 「提高到每人多少元」 asks what each gets, which a report says either way (「人均320元」, 「每人每年450元」)
_EACH_PERSON = re.compile(r"每人")


# a run of years asked (「2016—2021年」, 「从2012年到2015年」)
_YEAR_RUN_ASKED = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})")


def figure_candidates(query: Query, report: Report, hits: list[Hit], weights: dict[str, float],
                      figures: list[Figure] | None = None, *, plans_only: bool = False
                      ) -> list[list[tuple[Figure, dict[str, float]]]]:
    """For each part of the question, the figures of the passages with their features.
    ``figures``: the figures of (at least) the hits' paragraphs when the caller has them already
    (``Retriever.figures_near``). ``plans_only``: the report plans the year asked and reviews none, so
    a question saying neither done nor planned is not told from a plan by its figures' tense."""
    candidates = _figures_in(hits, report_figures(report) if figures is None else figures, report.text)
    told = re.sub(r"\s", "", query.text)
    candidates = [(fig, rank) for fig, rank in candidates if not (fig.text[:1].isdigit() and _stated(fig, told))]
    names = [re.sub(r"\s", "", n) for n in quoted_names(query.text)]
    if names:  # 「“幸福社区”工程…共有多少个建设项目」: a figure of a paragraph not saying the name is of another thing
        saying = {n for n in {fig.paragraph for fig, _ in candidates} if _says_names(report, n, names)}
        candidates = [(fig, rank) for fig, rank in candidates if fig.paragraph in saying]
    out = []
    parts = query.parts or (query,)
    # a run of years asked (「过去五年（2016—2021年）」) holds every year in it: a figure of the year its part
    # reviews (2020) is of the run
    run = _YEAR_RUN_ASKED.search(query.text)
    asked_years = tuple(range(int(run.group(1)), int(run.group(2)) + 1)) if run else query.years
    # a ratio opening the first of joined things may be asked of each (「每千人病床数和医生数」, 「每百户
    # 拥有汽车多少辆？比2007年增加了多少辆？」): the others take a ratio or not, unless one says total
    ratio_first = bool(_PER_HEAD_ASKED.search(parts[0].text))
    for part in parts:
        rows = []
        per_head = bool(_PER_HEAD_ASKED.search(part.text)) or (
            None if (ratio_first and not _TOTAL_SAID.search(part.text)) or _EACH_PERSON.search(part.text) else False)
        level = part.unit is None and not part.asks_change
        counted = counted_noun(part.text)
        named = [c for c in candidates if counted and counted in c[0].metric]
        ages = bool(_AGE_ASKED.search(part.text))
        # a span of years asked takes a span stated, or any figure where the passages state none
        spans = bool(_YEARS_ASKED.search(part.text))
        durations = spans and any(f.unit == DURATION for f, _ in candidates)
        counts_in_words = "几" in part.text
        whole = (asked := _SHARE_OF.search(part.text)) and asked.group(1)  # what a share asked is of
        for fig, rank in candidates:
            if part.unit and not _unit_fits(part.unit, fig, part.text, part.terms):
                continue
            if fig.text[:1] == "一" and len(fig.text) == 2 and report.text[fig.start - 1:fig.start] in _COPULA:
                continue  # 「是一个衡量…的指标」: the article, not a count
            if not counts_in_words and _IN_WORDS.match(fig.text):
                continue  # 「五届人大一次会议」, 「二期」, 「两个体系」: a count in words answers 几, not 多少
            if (fig.unit == _AGE) != ages:
                continue  # 「为70岁以上户籍老人…」 says who, not how many: an age answers only an age asked
            if (fig.unit == DURATION) != durations and not (spans and not durations):
                continue  # 「用3年时间」 tells how long, answering only how many years (which passages stating
                # none may answer otherwise: 「连续多少年」 by a count of times)
            if plans_only and not (query.asks_plan or part.asks_plan) and fig.qualifier.endswith(_CEILING):
                continue  # 「失业率控制在3.5%以内」: a limit set for a year, not what the year came to
            if whole and (said := _SHARE_OF.search(fig.metric)) and not _same_whole(whole, said.group(1)):
                continue  # 「企业研发投入占全社会研发投入比重」 is no share of GDP asked
            if per_head is not None and bool(_PER_HEAD.search(fig.metric)) != per_head:
                continue  # 「每万名常住人口全科医生数5.7名」 is no count of people, GDP no 人均GDP
            features = figure_features(fig, text=part.text, terms=part.terms, weights=weights,
                                       asks_change=part.asks_change,
                                       asks_plan=query.asks_plan or part.asks_plan or (None if plans_only else False),
                                       years=asked_years, report=report, rank=rank)
            if (level and fig.base_unit == "%" and features["change"] > 0
                    and not (_CAME_TO.search(part.text) and _CAME_TO.search(fig.metric[-4:]))
                    and not _named_right_before(part.text, fig)):
                continue  # a share (「GDP总量不到全市的15%」: no change, as none is asked) answers no question
                # asking neither rate nor change
            rows.append((fig, features))
        out.append(_named_first(rows, named) if part.terms else [])
    return out


def _named_first(rows: list[tuple[Figure, dict[str, float]]], named: list[tuple[Figure, int]]
                 ) -> list[tuple[Figure, dict[str, float]]]:
    """The figures of the thing 多少 counts (「多少税费」: 「减免降低各种税费100亿元」), when one of them is
    of the year and tense asked; else every figure (「全年减税降费114亿元」 says the thing in other words,
    the figure naming it is the next year's plan)."""
    counted = {id(fig) for fig, _ in named}
    own = [row for row in rows if id(row[0]) in counted]
    return own if any(f["plan"] >= 0 and f["year"] >= 0 for _, f in own) else rows


# a share of a whole (「占GDP的比重」, 「占全社会研发投入比重」): the whole it is of
_SHARE_OF = re.compile(r"占\s*([^，。；、？?\s]{2,14}?)\s*的?(?:比重|比例)")
_PLACE_WHOLE = re.compile(r"^(?:全[市区省国县]|本[市区])")
_OUTPUT = re.compile(OUTPUT_WORDS)


def _same_whole(asked: str, said: str) -> bool:
    """Whether the whole a figure is a share of is the one asked: the one says the other (with a place's
    whole, 「全市」, left out), both name output (GDP, 地区生产总值), or the synonym data joins them."""
    asked, said = _PLACE_WHOLE.sub("", asked.lower()), _PLACE_WHOLE.sub("", said.lower())
    if not asked or not said or asked in said or said in asked:
        return True
    if _OUTPUT.search(asked) and _OUTPUT.search(said):
        return True
    return any(word.lower() == asked and canonical.lower() in said for word, canonical in synonyms())


_NOUN_TAGS = ("n", "j", "l", "vn")  # jieba's nouns, abbreviations (中小学), set phrases (义务教育), verbal nouns (投资)


def _says_names(report: Report, number: int, names: list[str]) -> bool:
    """Whether a paragraph, or a heading above it, says each name (given without whitespace; the text read
    without it too: PDF damage)."""
    para = report.paragraph(number)
    if para is None:
        return False
    said = re.sub(r"\s", "", report.text[para.start:para.end] + "".join(para.section_path)).lower()
    return all(n in said for n in names)


def counted_noun(text: str) -> str | None:
    """What 「多少」 counts when no unit follows it (「发送了多少旅客」 → 旅客): the noun after it, the last
    of a run of nouns (「多少中小学幼儿园学位」 counts 学位, the head; the nouns before it say which);
    with nothing after 「各多少」, the noun before it."""
    at = text.find("多少")
    if at < 0:
        return None
    head = None
    for word in cut(text[at + 2:at + 16]):  # the index's jieba, loaded already
        if not _noun(word):
            break
        head = word
    if head is None and not re.search(r"[\u4e00-\u9fff]", text[at + 2:]) and (before := _EACH_ASKED.search(text[:at + 2])):
        # 「幼儿园学位各多少」: nothing after it, the noun just before counts (学位, not 幼儿园)
        words = cut(text[max(0, before.start() - 12):before.start()])
        head = words[-1] if words and _noun(words[-1]) else None
    return head


_EACH_ASKED = re.compile(r"(?:各|分别)(?:是|有|为)?多少$")


def _noun(word: str) -> bool:
    return bool(word_tag(word).startswith(_NOUN_TAGS) and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word)
                and word not in UNITS)


def _stated(fig: Figure, question: str) -> bool:
    """The question itself states the figure (「74个重点城市…降了多少」, 「税率从16%降到多少」): given,
    so not what it asks."""
    return re.search(r"(?<![\d.])" + re.escape(re.sub(r"\s", "", fig.text)), question) is not None


def _shares_sentence(fig: Figure, chosen: list[Figure]) -> bool:
    return any(c is not fig and c.sentence_start == fig.sentence_start and c.report_id == fig.report_id
               for c in chosen)


def with_same_sentence(features: dict[str, float], fig: Figure, chosen: list[Figure]) -> dict[str, float]:
    return {**features, "same_sentence": 1.0} if _shares_sentence(fig, chosen) else features


BEAM = 5  # the first part's best figures each tried as the start of a choice for all parts


def choose(rows: list[list[tuple[Figure, dict[str, float]]]], scorer: Scorer) -> tuple[list[Figure], float]:
    """One figure per part (a part without one above the threshold gets none), chosen together: each
    of the first part's best few starts a greedy choice for the rest, each pick scored beside the
    others chosen (a second value in the sentence of the first is likelier: 「投资4078.2亿元，增速达
    23.6%」); a part left without a pick is tried once more beside all the others; the choice whose
    picks sum to the most probability wins. A figure of another year than the one asked (named in
    its sentence, or the year its part covers) never answers."""
    rows = [[(fig, f) for fig, f in part if f["year"] >= 0] for part in rows]
    if not rows:
        return [], 0.0
    alone = [[scorer.probability(f) for _, f in part] for part in rows]  # each figure's, by itself
    beside: dict[tuple[int, int], float] = {}  # with another pick in its sentence (same_sentence = 1)

    def probability(i: int, j: int, chosen: list[Figure]) -> float:
        fig, features = rows[i][j]
        if not _shares_sentence(fig, chosen):
            return alone[i][j]
        if (i, j) not in beside:
            beside[i, j] = scorer.probability({**features, "same_sentence": 1.0})
        return beside[i, j]

    if len(rows) == 1:  # one thing asked: its best figure
        if not alone[0]:
            return [], 0.0
        j = max(range(len(alone[0])), key=alone[0].__getitem__)
        return ([rows[0][j][0]], alone[0][j]) if alone[0][j] >= scorer.threshold else ([], 0.0)
    starts = sorted(range(len(rows[0])), key=lambda j: -alone[0][j])[:BEAM] or [None]
    best: tuple[float, list[Figure], float] = (-1.0, [], 0.0)
    for start in starts:
        picks: dict[int, int] = {}  # part → the row of its pick
        if start is not None and alone[0][start] >= scorer.threshold:
            picks[0] = start
        for round_ in range(2):
            for i, part in enumerate(rows):
                if i in picks or (i == 0 and start is not None and round_ == 0):
                    continue
                chosen = [rows[a][b][0] for a, b in picks.items()]
                scored = [(probability(i, j, chosen), j) for j, (fig, _) in enumerate(part)
                          if all(fig is not c for c in chosen)]
                if scored and (top := max(scored, key=lambda s: s[0]))[0] >= scorer.threshold:
                    picks[i] = top[1]
        order = sorted(picks.items())
        chosen = [rows[a][b][0] for a, b in order]
        probabilities = [probability(a, b, chosen) for a, b in order]
        if sum(probabilities) > best[0]:
            best = (sum(probabilities), chosen, max(probabilities, default=0.0))
    return best[1], best[2]


_LINKING = re.compile(r"^其中|(?:共计|共)$")


def _label(metric: str) -> str:
    """What a value is said to be: the last words of its metric phrase, not starting inside a
    number (「023年本地生产总值」, 「年的917亿元跃升至」 start from 「2023年」, 「2018年」)."""
    # the words 其中 and 共 at its ends, not the characters (「其中中央财政赤字」 is about 中央)
    phrase = _LINKING.sub("", metric.strip("，。、；：")).strip("，。、；：")
    start = max(0, len(phrase) - 16)
    while start and (phrase[start - 1].isdigit() or phrase[start - 1] == "."):
        start -= 1
    return phrase[start:]


def answer_figures(query: Query, report: Report, hits: list[Hit], builder: Builder,
                    weights: dict[str, float], scorer: Scorer, figures: list[Figure] | None = None, *,
                    plans_only: bool = False) -> tuple[str, list[Value], float] | None:
    """For each thing asked, the figure the fitted scorer likes best, if it clears the threshold."""
    rows = figure_candidates(query, report, hits, weights, figures, plans_only=plans_only)
    chosen, confidence = choose(rows, scorer)
    if not chosen:
        return None
    if len(rows) == 1:  # one thing asked: the figure of its sentence the question names, if another
        chosen = [_named_beside(query.text, chosen[0], [fig for fig, f in rows[0] if f["year"] >= 0])]
    values, pieces, opens = [], [], []  # opens: the piece starts with its period
    for fig in chosen:
        marker = builder.cite(report, fig.section_path, fig.paragraph, fig.sentence_start, fig.sentence_end,
                              highlight=(fig.start, fig.end))
        label = _label(fig.metric)
        # the period its sentence names (「2024年1-10月」, 「截至10月31日」): the value holds for it only
        period = period_before(report.text, fig.sentence_start, fig.start, metric=fig.metric,
                               report_year=report.meta.year)
        shown = "" if period in "".join(pieces) else period  # said already, for a figure before it
        pieces.append(f"{shown + '，' if shown else ''}{label}{fig.text}[{marker}]")
        opens.append(bool(shown))
        values.append(Value(text=fig.text, metric=fig.metric, value=fig.value, unit=fig.unit,
                            qualifier=fig.qualifier, normalized=fig.normalized, base_unit=fig.base_unit,
                            report_id=report.id, citation=marker, period=period))
    # a period starting a later piece would run into the piece before it after a 「，」
    return ("；" if any(opens[1:]) else "，").join(pieces), values, confidence
