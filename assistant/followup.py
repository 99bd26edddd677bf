"""Follow-up questions in a conversation: an elliptical question resolved against the one before.

「普陀区查处了多少起无证行医案件？」 then 「那张家港呢？」 means 「张家港查处了多少起无证行医案件？」.
Three forms of ellipsis are read, each from how it is written, never from a list of topics:

- contrast, 「那…呢」 (or 「…呢」 alone, 「那…」 alone): what it names replaces what the previous
  question named — a place (any division of the gazetteer or of the indexed reports), a year
  (「那2023年呢」, 「去年呢」: a year before the previous question's), or the thing asked about
  (「那罚款呢」: the previous question's places and years, the new words, the previous way of asking);
- reference, 「该区…」, 「当地…」, 「同期…」, 「同年…」, 「这一年…」: the words stand for the previous
  question's place or years; a question naming no place takes the previous one's;
- subset, 「其中…」: asked of what the previous question counted, so it is asked after it, as a
  second part (「普陀区查处了多少起案件，其中罚款多少？」).

A question with none of these marks, or one that names its own place, asks and says what it asks
about, is self-contained and left as it is.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.models import Report
from index.tokenize import Tokenizer

from assistant.grounding import asks_plan, places_in
from assistant.query import COMPARE_WORDS, FACT_WORDS, FIGURE_WORDS, MEASURE_WORDS, RANK_WORDS, analyze

_CONTRAST_HEAD = re.compile(r"^(?:那么|那)(?![些里个样])(?:在|关于|对于)?")
_CONTRAST_TAIL = re.compile(r"(?:的情况|情况|方面|的)?呢$")
_END = re.compile(r"[\s？?。！!，,；;…]+$")
_SUBSET_HEAD = re.compile(r"^(?:其中|这其中|这当中|当中)[，,]?")
# Words that stand for the previous question's place, and for its years. 「本地」 is no such word:
# 「本地生产总值」 is GDP.
_PLACE_REFERENCE = re.compile(r"该(?:地区|区|市|县|镇|省|地|委|局)|当地|那里|这里")
_YEAR_REFERENCE = re.compile(r"同年|当年|这一年|那一年|该年度?|同期|这期间|此期间")
# Years counted from the previous question's year: 「去年呢」 after 「2024年…」 is 2023.
_RELATIVE = {"上一年": -1, "前一年": -1, "去年": -1, "前年": -2, "下一年": 1, "后一年": 1, "次年": 1,
             "明年": 1, "今年": 0, "本年": 0}
_RELATIVE_RE = re.compile("|".join(sorted(_RELATIVE, key=len, reverse=True)))
_PLAIN_RELATIVE = {-2: "前年", -1: "去年", 0: "今年", 1: "明年"}
# Words that name a scope of their own: 「各区的…呢」 is not asked of the previous question's place.
_SCOPE = re.compile(r"各[地区市县省镇]|哪些[地区市县省镇]|哪个[地区市县省镇]|所有[地区市县省镇]|全国|全省|全市")
# A run of years as written (「2015年和2023年」, 「2024年度」) is one span to replace.
_YEARS = re.compile(r"(?:(?:19|20)\d{2}\s*年度?[\s和、与及至到-]*)*(?:19|20)\d{2}\s*年度?")
_JOINER = re.compile(r"^[\s和、与及]*$")
_FILLER = re.compile(r"^[\s的在是有，,、]+|[\s的在是，,、]+$")


@dataclass(frozen=True)
class _Spans:
    """Where a question names its places and its years: (start, end) runs in its text."""

    places: tuple[tuple[int, int], ...]
    years: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str, reports: Sequence[Report]) -> _Spans:
        places: list[list[int]] = []
        for place in places_in(text, reports):
            if places and _JOINER.match(text[places[-1][1]:place.start]):  # 「普陀区和张家港」: one run
                places[-1][1] = place.end
            else:
                places.append([place.start, place.end])
        years = [(m.start(), m.end()) for m in _YEARS.finditer(text)]
        years += [(m.start(), m.end()) for m in _RELATIVE_RE.finditer(text)]
        return cls(tuple((a, b) for a, b in places), tuple(sorted(years)))

    def place_text(self, text: str) -> str:
        return "和".join(dict.fromkeys(text[a:b] for a, b in self.places))

    def year_text(self, text: str) -> str:
        return "和".join(dict.fromkeys(text[a:b] for a, b in self.years))


def _replace(text: str, spans: Sequence[tuple[int, int]], new: str, *, insert_at: int) -> str:
    """``text`` with the first span replaced by ``new`` and the others removed; with no span,
    ``new`` inserted at ``insert_at``."""
    if not spans:
        return text[:insert_at] + new + text[insert_at:]
    out, pos = [], 0
    for i, (a, b) in enumerate(spans):
        out += [text[pos:a], new if i == 0 else ""]
        pos = b
    return "".join(out) + text[pos:]


def _asks(text: str) -> bool:
    return bool(FIGURE_WORDS.search(text) or MEASURE_WORDS.search(text) or FACT_WORDS.search(text)
                or RANK_WORDS.search(text))


def _way_of_asking(previous: str, intent: str) -> str:
    """How the previous question asked, for new words that do not say it (「那罚款呢」)."""
    if intent == "figure":
        return "是多少"
    if intent == "fact":
        return "是什么"
    if re.search(r"不足|问题|差距", previous):
        return "存在哪些问题和不足"
    if asks_plan(previous):
        return "下一步有哪些安排"
    return "采取了哪些措施"


def _shifted_years(word_spans: Sequence[tuple[int, int]], text: str, previous_years: Sequence[int]) -> str:
    """「去年」 in a follow-up, read against the previous question's one year; else kept as written."""
    words = [text[a:b] for a, b in word_spans]
    if len(previous_years) == 1 and all(w in _RELATIVE for w in words) and len(words) == 1:
        return f"{previous_years[0] + _RELATIVE[words[0]]}年"
    # kept as a word the question analysis reads against the reports' years
    return "和".join(_PLAIN_RELATIVE[_RELATIVE[w]] if w in _RELATIVE else w for w in words)


def _question(text: str) -> str:
    return _END.sub("", text) + "？"


def resolve(previous: str | None, text: str, reports: Sequence[Report], tokenizer: Tokenizer) -> str:
    """The question ``text`` means after ``previous`` (see the module docstring); ``text`` itself
    when it is self-contained or there is nothing before it to read it against."""
    text = text.strip()
    previous = (previous or "").strip()
    if not previous or not text:
        return text
    reports = list(reports)
    before = analyze(previous, reports, tokenizer)
    was = _Spans.of(previous, reports)
    previous_years = before.years
    core = _END.sub("", text)
    if (subset := _SUBSET_HEAD.match(core)) and not places_in(core, reports):
        return f"{_END.sub('', previous)}，其中{core[subset.end():]}？"
    head, tail = _CONTRAST_HEAD.match(core), _CONTRAST_TAIL.search(core)
    if head or tail:
        named = core[head.end() if head else 0:tail.start() if tail else len(core)]
        return _contrast(previous, named, was, before.intent, previous_years, reports) or text
    if (_PLACE_REFERENCE.search(core) and not places_in(core, reports)) or (
            _YEAR_REFERENCE.search(core) and not _YEARS.search(core)):
        return inherit(previous, text, reports)
    return text


def _contrast(previous: str, named: str, was: _Spans, intent: str, previous_years: Sequence[int],
              reports: list[Report]) -> str | None:
    """「那张家港呢」, 「那2023年呢」, 「那罚款呢」: the previous question with what is named put in."""
    named = named.strip()
    if not named:
        return None
    now = _Spans.of(named, reports)
    words = list(named)
    for a, b in (*now.places, *now.years):
        words[a:b] = [" "] * (b - a)
    rest = _FILLER.sub("", "".join(words).replace(" ", "")).strip()
    asks = _asks(rest)
    if (now.places or _SCOPE.search(rest)) and rest and asks:
        return None  # 「那张家港查处了多少起案件」, 「各区的…是多少呢」: says all it asks
    relative = [s for s in now.years if named[s[0]:s[1]] in _RELATIVE]
    years = _shifted_years(relative, named, previous_years) if relative else now.year_text(named)
    places = now.place_text(named)
    if not rest:
        if not (places or years):
            return None
        out = previous
        if years:  # years first: their spans lie in the text as it was
            out = _replace(out, was.years, years, insert_at=was.places[-1][1] if was.places else 0)
        if places:
            spans = _Spans.of(out, reports).places
            out = _replace(out, spans, places, insert_at=0)
        return _question(out)
    places = places or was.place_text(previous)
    years = years or was.year_text(previous)
    return _question(f"{places}{years}{rest}{'' if asks else _way_of_asking(previous, intent)}")


def inherit(previous: str, text: str, reports: Sequence[Report]) -> str:
    """``text`` with the words standing for a place or years (「该区」, 「同期」) replaced by the
    previous question's, and the previous question's places (and years) put in front when it names
    none; ``text`` itself when the previous question names neither."""
    was = _Spans.of(previous, reports)
    places, years = was.place_text(previous), was.year_text(previous)
    core = _END.sub("", text.strip())
    if not places and not years:
        return text
    out = core
    # a question naming its own place keeps it; one comparing (「两地各自…」) asks of all the reports
    if places and not places_in(core, reports) and not (COMPARE_WORDS.search(core) and len(was.places) < 2):
        out = _PLACE_REFERENCE.sub(places, out, count=1) if _PLACE_REFERENCE.search(out) else places + out
    if not _YEARS.search(core):
        out = _YEAR_REFERENCE.sub(years, out)
    if years and not _YEARS.search(out) and not _RELATIVE_RE.search(out):
        at = _Spans.of(out, reports).places
        out = _replace(out, (), years, insert_at=at[-1][1] if at else 0)
    return text.strip() if out == core else _question(out)
