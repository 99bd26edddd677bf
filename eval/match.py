"""Does an answer say what the gold set expects? Figures by number and unit, phrases by text.

A figure string matches a figure the answer states with the same quantity in the same kind of
unit — 「64.3万元」 = 「643000元」, 「十二项」 = 「12项」, 「78起」 = 「78件」 — and the same qualifier
class: 「2000余条」 needs 余 (or 多, 超过), 「近3000人」 needs 近; 「96.1%」 ≠ 「96%」. Numbers inside the
answer's quotations 「…」 are not statements of the answer, so they do not count. A key phrase
(measure, fact) matches whitespace-insensitively anywhere in the answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.figures import find_figures, quantity, same_unit_class

_QUALIFIER_CLASS = {"余": "more", "多": "more", "超": "more", "超过": "more", "逾": "more",
                    "近": "less", "不足": "less", "约": "about", "左右": "about"}
_QUOTATION = re.compile(r"「[^」]*」")


@dataclass(frozen=True)
class Quantity:
    value: float  # in the base unit
    unit: str  # base unit: 元, 件, %
    qualifier: str  # more | less | about | ""
    text: str


def _qualifier(match: re.Match[str]) -> str:
    for group in ("post", "approx", "pre"):
        cls = _QUALIFIER_CLASS.get(match.group(group) or "")
        if cls:
            return cls
    return ""


def quantities(text: str) -> list[Quantity]:
    out = []
    for match, *_ in find_figures(text):
        q = quantity(match)
        if q is not None:
            out.append(Quantity(q[0], q[1], _qualifier(match), match.group(0)))
    return out


def parse_quantity(text: str) -> Quantity | None:
    """The one figure a gold answer string holds (「64.3万元」), or None if it is not a figure."""
    found = quantities("".join(text.split()))
    return found[0] if len(found) == 1 else None


def stated(answer_text: str) -> str:
    """The answer without its quotations of the reports."""
    return _QUOTATION.sub("", answer_text)


def _squash(text: str) -> str:
    return "".join(text.split())


def same_quantity(a: Quantity, b: Quantity) -> bool:
    return (abs(a.value - b.value) <= 1e-9 * max(1.0, abs(a.value)) and same_unit_class(a.unit, b.unit)
            and a.qualifier == b.qualifier)


def figure_found(expected: str, answer_text: str) -> bool:
    want = parse_quantity(expected)
    if want is None:
        return phrase_found(expected, answer_text)
    return any(same_quantity(want, got) for got in quantities(_squash(stated(answer_text))))


def phrase_found(phrase: str, answer_text: str) -> bool:
    return _squash(phrase) in _squash(answer_text)


def check_answers(kind: str, expected: list[str], answer_text: str) -> list[tuple[str, bool]]:
    """(expected string, found?) for each expected answer of a question of this type."""
    check = figure_found if kind == "figure" else phrase_found
    return [(e, check(e, answer_text)) for e in expected]
