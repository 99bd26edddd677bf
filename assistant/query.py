"""What a question asks: intent, regions and years (from the corpus's own metadata), unit hints,
the content words to match, and sub-questions when it asks two things."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from corpus.models import Report
from index.tokenize import Tokenizer

from assistant.figures import UNITS
from assistant.grounding import places_in, reports_for_places

FIGURE_WORDS = re.compile(r"多少|几[件起个项家名人次户条份]|几|比例|完成率|覆盖率|金额|总数|数量|罚了多少钱|是多少")
MEASURE_WORDS = re.compile(r"哪些措施|什么措施|措施|怎么|怎样|如何|采取了什么|做了什么|做了哪些|做法|举措|有哪些不足|不足|问题|下一步|打算|安排|计划")
FACT_WORDS = re.compile(r"谁|哪位|哪些|哪家|哪个|什么试点|什么")
COMPARE_WORDS = re.compile(r"分别|各地|两地|各区|哪些区|各自|对比|比较")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_RELATIVE_YEAR = {"去年": -1, "前年": -2, "今年": 0, "本年度": 0, "明年": 1, "来年": 1}
_UNIT_HINT = re.compile(rf"多少\s*({'|'.join(sorted(UNITS, key=len, reverse=True))})|几\s*([件起个项家名条份次])")
_MONEY = re.compile(r"罚了多少钱|多少钱|金额|罚没款|罚款额|万元")
_RATE = re.compile(r"率|比例|百分")
_SPLIT = re.compile(r"[？?；;，,]")  # pieces that each ask for a figure are sub-questions

# Everyday words for the reports' terms: matched as if the report's word had been used.
SYNONYMS = {
    "无照": "无证", "非法行医": "无证行医", "卫健委": "卫生健康委", "罚了多少钱": "罚款", "钱": "罚款",
    "整治": "打击", "投诉": "信访", "来信来访": "信访", "官司": "诉讼", "复议": "行政复议", "许可证": "许可",
    "黑诊所": "无证非法行医场所", "案子": "案件", "国家抽查": "国抽",
}
GENERIC = frozenset("区 市 县 年 月 全年 工作 开展 共 一共 多少 件 起 次 户 人 元 万元 卫生健康委 卫生 健康 委".split())


@dataclass(frozen=True)
class Query:
    text: str
    intent: str  # figure | measure | fact
    compare: bool
    report_ids: tuple[str, ...]  # reports named by region (empty: all)
    unknown_regions: tuple[str, ...]  # named regions that no report covers
    years: tuple[int, ...]
    unit: str | None  # unit hint: 件, 人次, 元, %
    terms: tuple[str, ...]  # content tokens to match
    parts: tuple["Query", ...] = ()  # sub-questions when it asks two things


def apply_synonyms(text: str) -> str:
    for word, canonical in SYNONYMS.items():
        if word in text and canonical not in text:
            text = text.replace(word, canonical)
    return text


def resolve_relative_years(text: str, year: int | None) -> str:
    """「明年打算怎么做」 in a 2020 report → 「2021年打算怎么做」, so the search can find the year."""
    if year is None:
        return text
    for word, delta in _RELATIVE_YEAR.items():
        text = text.replace(word, f"{year + delta}年")
    return text


def with_terms(query: Query, extra: tuple[str, ...]) -> Query:
    """The query (and its parts) asked to match more words."""
    parts = tuple(with_terms(p, extra) for p in query.parts)
    return replace(query, terms=tuple(dict.fromkeys(query.terms + extra)), parts=parts)


def _unit(text: str) -> str | None:
    if match := _UNIT_HINT.search(text):
        return match.group(1) or match.group(2)
    if _MONEY.search(text):
        return "元"
    if _RATE.search(text):
        return "%"
    return None


def analyze(question: str, reports: Iterable[Report], tokenizer: Tokenizer) -> Query:
    reports = list(reports)
    text = question.strip()
    places = places_in(text, reports)
    report_ids, unknown = reports_for_places(places, reports)
    years = {int(y) for y in _YEAR.findall(text)}
    for word, delta in _RELATIVE_YEAR.items():
        if word in text:
            years |= {r.meta.year + delta for r in reports if r.meta.year and (not report_ids or r.id in report_ids)}
    intent = "figure" if FIGURE_WORDS.search(text) else "measure" if MEASURE_WORDS.search(text) else (
        "fact" if FACT_WORDS.search(text) else "measure")
    strip = list(text)
    for place in places:
        strip[place.start:place.end] = " " * (place.end - place.start)
    strip = _YEAR.sub(" ", apply_synonyms("".join(strip)))
    terms = tuple(dict.fromkeys(t for t in tokenizer.tokenize(strip) if t not in GENERIC and not t.isdigit()))
    query = Query(text=text, intent=intent, compare=bool(COMPARE_WORDS.search(text)),
                  report_ids=tuple(sorted(report_ids)), unknown_regions=tuple(unknown),
                  years=tuple(sorted(years)), unit=_unit(text), terms=terms)
    pieces = [p for p in _SPLIT.split(text) if p and FIGURE_WORDS.search(p)]
    if intent == "figure" and len(pieces) > 1:
        parts = tuple(analyze(p, reports, tokenizer) for p in pieces)
        query = replace(query, parts=parts)
    return query
