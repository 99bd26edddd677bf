"""Does an answer say what the gold set expects? Figures by quantity, phrases by text.

This module reads numbers on its own (Arabic digits, and Chinese numerals through the maintained
library ``cn2an``); it shares no code with the answerer it judges, so a blind spot of the
answerer's parser cannot hide itself here.

A gold figure such as 「64.3万元」, 「190万余元」, 「12.5万标箱」 or 「三项」 is read as a value (万/亿
applied), a unit (whatever follows: 元, 标箱, 微克/立方米, 个百分点 — no fixed list) and a qualifier
class (余/多/超过/逾/突破: more; 近/不足: less; 约/左右: about; 以上: at least; 以下/以内: at most). The answer matches when it *states* the
same value followed by the same unit (or one of a few interchangeable counting words: 件/起/宗,
人/名) with the same qualifier class. What the answer quotes 「…」 from the reports is not stated by
it and is never searched, and a gold string that is not a figure is looked for as a phrase in the
stated text only.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cn2an

_QUOTATION = re.compile(r"「[^」]*」")
_MARKER = re.compile(r"\[\d+\]")
_CN_DIGITS = "零〇一二两三四五六七八九十百千"
_NUMBER = re.compile(rf"(?P<pre>超过|突破|将近|不足|不到|逾|超|近|约|达)?"
                     rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?)"
                     rf"(?P<post1>余|多)?"
                     rf"(?P<mult>万亿|千亿|百亿|亿|千万|百万|万|千)?"
                     rf"(?P<post>余|多)?")
_MULTIPLIERS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3}
_QUALIFIER_CLASS = {"余": "more", "多": "more", "超过": "more", "超": "more", "突破": "more", "逾": "more",
                    "近": "less", "将近": "less", "不足": "less", "不到": "less", "约": "about", "左右": "about"}
# Counting words that name the same thing: 78起 of cases = 78件.
_SAME_UNIT = [{"件", "起", "宗"}, {"人", "名"}]
_UNIT_END = re.compile(r"[，。、；：？！,;:?!（）()「」“”\s\[]|和|及|与|其中|以上|以下|以内|左右")
# Words after the unit that qualify the value: 「4500万人次以上」 is at least, 「22微克/立方米以下」 at most.
_QUALIFIER_AFTER = {"左右": "about", "以上": "atleast", "以下": "atmost", "以内": "atmost"}


@dataclass(frozen=True)
class Quantity:
    value: float  # multipliers applied: 64.3万元 → 643000
    unit: str  # what follows the number: 元, %, 标箱, 微克/立方米
    qualifier: str  # more | less | about | ""
    text: str


def _number(text: str) -> float | None:
    if text[0].isdigit():
        return float(text.replace(",", ""))
    if not any(c not in "零〇" for c in text):
        return None
    try:
        return float(cn2an.cn2an(text.replace("两", "二"), "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def _read(text: str, match: re.Match[str]) -> Quantity | None:
    value = _number(match.group("num"))
    if value is None:
        return None
    value *= _MULTIPLIERS.get(match.group("mult") or "", 1.0)
    rest = text[match.end():]
    end = _UNIT_END.search(rest)
    unit = rest[: end.start() if end else len(rest)][:8]
    post = match.group("post") or match.group("post1") or ""
    pre = match.group("pre") or ""
    if _ends_a_word(text, match.start(), pre):
        pre = ""
    qualifier = _QUALIFIER_CLASS.get(post) or _QUALIFIER_CLASS.get(pre, "")
    after = rest[len(unit):len(unit) + 2]
    if after in _QUALIFIER_AFTER:
        qualifier = _QUALIFIER_AFTER[after]
        unit_text = unit + after
    else:
        unit_text = unit
    return Quantity(value, unit, qualifier, match.group(0) + unit_text)


def _ends_a_word(text: str, start: int, pre: str) -> bool:
    """「签约36.2万人」: 签约 is a word (one jieba's dictionary has seen at least ten times), so its 约
    is not 'about'; 「降费约1.3万亿元」 is (费约, seen twice, is an odd entry); 「大约」, 「将近」,
    「接近」 say about or less themselves."""
    word = text[max(0, start - 1):start] + pre
    return (len(pre) == 1 and len(word) == 2 and word not in ("大约", "将近", "接近")
            and (_dictionary().get(word) or 0) >= 10)


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.dt.FREQ


def parse_quantity(text: str) -> Quantity | None:
    """The figure a gold answer string is (「64.3万元」), or None if it is not one figure."""
    text = _squash(text)
    match = _NUMBER.fullmatch(text[: len(text)]) or _NUMBER.match(text)
    if not match or match.start() != 0:
        return None
    q = _read(text, match)
    if q is None or match.end() + len(q.text) - len(match.group(0)) != len(text):
        return None
    return q


def stated(answer_text: str) -> str:
    """The answer without its quotations of the reports and its citation markers."""
    return _MARKER.sub(" ", _QUOTATION.sub(" ", answer_text))


def _squash(text: str) -> str:
    """Whitespace out, full-width forms folded (％ → %, ５ → 5): the same text as written."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _unit_agrees(want: str, got: str) -> bool:
    if got.startswith(want) and want:
        return True
    if not want:
        return not got or not re.match(r"[\u4e00-\u9fff%％a-zA-Z]", got)
    return any(want in group and any(got.startswith(u) for u in group) for group in _SAME_UNIT)


def states(answer_text: str, want: Quantity) -> bool:
    """Whether the answer states this quantity (outside its quotations)."""
    text = _squash(stated(answer_text))
    for match in _NUMBER.finditer(text):
        got = _read(text, match)
        if (got is not None and abs(got.value - want.value) <= 1e-9 * max(1.0, abs(want.value))
                and _unit_agrees(want.unit, got.unit) and got.qualifier == want.qualifier):
            return True
    return False


def figure_found(expected: str, answer_text: str) -> bool:
    want = parse_quantity(expected)
    return states(answer_text, want) if want is not None else phrase_found(expected, answer_text)


def phrase_found(phrase: str, answer_text: str) -> bool:
    return _squash(phrase) in _squash(stated(answer_text))


def check_answers(kind: str, expected: list[str], answer_text: str) -> list[tuple[str, bool]]:
    """(expected string, found?) for each expected answer of a question of this type."""
    check = figure_found if kind == "figure" else phrase_found
    return [(e, check(e, answer_text)) for e in expected]
