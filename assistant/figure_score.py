"""How well a figure in a report answers one (part of a) question: features and a fitted scorer.

Every feature is general — corpus statistics and the shape of the text, no word lists of topics:

- ``clause`` / ``sentence`` / ``path``: the question's content words found in the figure's own
  clause, elsewhere in its sentence, or only in its section path, each weighted by the word's
  inverse document frequency over the index (「三项制度」 tells passages apart, 「工作」 hardly does);
- ``bigrams``: the share of the question's character bigrams in the clause (区抽 vs 国抽);
- ``precision``: how much of the clause the question's words cover (「政协提案」 17件 over
  「政协提案共」 28件);
- ``change``: +1 when the question asks for a relative change (增长多少, not 增加多少个) and the figure
  is one (增长4.5%, not 新增学位9950个), or both ask for and give a level; −1 when they differ;
- ``plan``: the same for targets and plans (目标, 力争, a plan section) against what was done;
- ``year``: +1 when the figure's sentence (else the first sentence of its paragraph) names a year
  the question asks, −1 when it names only other years (「到2020年…」 for a question about 2015); a
  year written right before the number (「2020年的801亿元」) is the figure's own, whatever else its
  sentence names; a mean over years (「年均增速9.1%」) is no year's value, unless the question asks
  for a mean;
- ``start``: a from-value (「由10分提升至20分」, 「由2016年的532亿元跃升至…」) for a question not about
  where it started;
- ``rank``: 1 / the retrieval rank of the passage holding it;
- ``same_sentence``: for a question asking two values, whether a value stands in the sentence of
  the other value chosen (「…达到8566亿元，增长5.1%」);
- ``part``: the figure is a part of what the question asks as a whole, or a ratio of it: a share of
  it (「占地区生产总值比重35.1%」 for a question asking the 地区生产总值, not a share), its rate
  (「工业增加值率23.2%」 for the 工业增加值), or a part after 其中 that the question does not name
  (「其中中央财政赤字8500亿元」 for the 财政赤字).

The weights and the answer threshold are data (``assistant/data/figure_scorer.json``), fitted by
logistic regression on the dev gold set's tuning half (``python -m eval.fit``).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from os.path import commonprefix
from pathlib import Path

from corpus.models import Report
from index.figure_facts import WHEN_SAID, figure_facts, own_year
from index.figures import Figure, full_sentence_start
from index.tokenize import tagged, word_tag

from assistant.query import OUTPUT_WORDS, synonyms

FEATURES = ("clause", "sentence", "path", "bigrams", "precision", "change", "plan", "year", "start", "rank",
            "same_sentence", "part")
SCORER_FILE = Path(__file__).parent / "data" / "figure_scorer.json"

_TITLES = re.compile(r"《[^》]*》|“[^”]{9,}”")
# 「由10分」, 「从每月70元」, 「由2016年的532亿元」: where a change started
FROM_VALUE = re.compile(r"[由从](?:(?:19|20)\d{2}\s*年(?:底|末)?的?)?[^，。；、]{0,4}$")

# words linking a figure to the one before it (「其中高速铁路8951公里」): no part of what it measures
LINKED = re.compile(r"^\s*其中")
_ASKS_AVERAGE = re.compile(r"年均|平均每年|每年平均")
# A span of years said in the figure's sentence before it (「力争五年内…突破2500件」, 「过去五年…6600万人」,
# 「“十三五”时期」): a total or target over the span, no one year's value; asked by a question naming
# a span itself. So is a time the figure is counted from (「新区成立以来，累计…1203家」), but not one
# inside the year (「今年以来」, 「3月份以来」).
_NUMERAL = "两三四五六七八九十"
_SPAN = re.compile(rf"[{_NUMERAL}]年(?:内|来|间|里|中|累计)|(?:过去|今后|未来|近)[{_NUMERAL}]年|十[一二三四五]五"
                   r"|(?<![今本当]年)(?<!年初)(?<!月)(?<!月份)以来")
# years a figure's sentence (or its paragraph's lead) speaks of, none of them its own, that make a span
# (two are a pair compared: 「2019年和2020年」): its value is the span's, a five-year target told with its
# yearly breakdown (「新增…学位18.7万座，其中2021年5100座、…2025年9300座」)
SPAN_LEAST = 3
_ASKS_SPAN = re.compile(rf"[{_NUMERAL}]年|十[一二三四五]五|期间|时期|累计|以来|(?:19|20)\d{{2}}\s*[—–\-－~～至到]")
# a part of a year (「上半年」, 「前三季度」, 「1-10月」), asked and said alike
PART_OF_YEAR = re.compile(r"上半年|前三季度|[一二三]季度|\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月")
_ASKS_START = re.compile(r"[从由]多少|原来|原先|起初|之前")
_ASKS_SHARE = re.compile(r"比重|占比|比例|百分|[占率%％]")


def _part(fig: Figure, clause: str, text: str, terms: tuple[str, ...]) -> float:
    """1 when the figure is a part of the whole the question asks (see ``part`` above)."""
    inner = fig.metric.rfind("其中")
    if inner >= 0 and covered_share(fig.metric[inner + 2:], terms) < 1.0:
        return 1.0
    if _ASKS_SHARE.search(text):
        return 0.0
    found = [t for t in terms if holds(clause, t)]
    if any(t + "率" in clause for t in found):  # 「工业增加值率提高到23.2%」: a ratio of the 工业增加值 asked
        return 1.0
    share = clause.find("占")
    if share < 0:
        return 0.0
    before, after = clause[:share], clause[share + 1:]
    return 1.0 if found and all(holds(after, t) and not holds(before, t) for t in found) else 0.0


@dataclass(frozen=True)
class Scorer:
    weights: dict[str, float]
    bias: float
    threshold: float  # the least probability an answer needs
    source: str = ""

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4)
def load_scorer(path: Path = SCORER_FILE) -> Scorer:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Scorer(weights=data["weights"], bias=data["bias"], threshold=data["threshold"],
                  source=data.get("fitted_on", ""))


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, frozenset[str]]:
    """Each word of the synonym data with the words it stands for, both ways (无证行医 ↔ 非法行医)."""
    pairs: dict[str, set[str]] = {}
    for word, canonical in synonyms():
        pairs.setdefault(canonical.lower(), set()).add(word.lower())
        pairs.setdefault(word.lower(), set()).add(canonical.lower())
    return {k: frozenset(v) for k, v in pairs.items()}


def holds(text: str, term: str) -> bool:
    """Whether a (lowercased) text holds a term, or a word the synonym data gives for it."""
    return term in text or any(e in text for e in _equivalents().get(term, ()))


@lru_cache(maxsize=4096)
def _single_verbs(text: str) -> frozenset[str]:
    return frozenset(w for w, tag in tagged(text) if len(w) == 1 and tag.startswith("v"))


def _said_short(text: str, term: str) -> bool:
    """A verb of two characters said by one of them alone, as written Chinese does (达到 by 「达20万千瓦」)."""
    if len(term) != 2 or not word_tag(term).startswith("v") or not any(ch in text for ch in term):
        return False
    return any(ch in _single_verbs(text) for ch in term)


_CLAUSE_END = re.compile(r"[，。；、：！？,;:!?]")


def held_whole(text: str, term: str, terms: tuple[str, ...]) -> bool:
    """Whether a (lowercased) text holds a term, or one clause of it says the term in its shorter words
    (those of ``terms`` inside it), in order (「年度城区」 by 「2022年度全国活力城区」): jieba keeps some words
    of a question whole that a sentence says apart. (No synonyms for the parts: the words as said.) A verb
    of two characters is held by one of them standing alone as a verb (``_said_short``)."""
    if holds(text, term) or _said_short(text, term):
        return True
    parts = [p for p in terms if len(p) < len(term) and p in term]
    return bool(parts) and any(_covers(clause, term, parts) for clause in _CLAUSE_END.split(text))


def _covers(clause: str, term: str, parts: list[str]) -> bool:
    """Whether the clause says the term's parts in the term's order, covering every character of it
    (「2022年度全国活力城区」 for 年度城区; not 「文明城市创建智慧系统」 for 智慧城市)."""
    done, cursor = 0, 0
    for part in sorted(parts, key=lambda p: (term.find(p), -len(p))):
        at = term.find(part)
        if at > done:
            return False  # a character of the term no part covers
        if at + len(part) <= done:
            continue
        found = clause.find(part, cursor)
        if found < 0:
            continue  # another part starting here may be said
        done, cursor = at + len(part), found + len(part)
    return done == len(term)


def weighted_share(terms: tuple[str, ...], weights: dict[str, float], text: str) -> float:
    total = sum(weights[t] for t in terms)
    text = text.lower()
    return sum(weights[t] for t in terms if holds(text, t)) / total if total else 0.0


def char_bigrams(text: str) -> set[str]:
    """The pairs of Chinese characters in a row, reading past anything else (区抽, 国抽)."""
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return {a + b for a, b in zip(chars, chars[1:])}


def covered_share(text: str, terms: tuple[str, ...]) -> float:
    """Share of the characters of ``text`` that belong to one of the terms, or to a word the
    synonym data gives for one (「地区生产总值」 is covered for a question saying GDP, as ``holds``
    finds it)."""
    text = text.lower()
    covered = [False] * len(text)
    for t in {w for term in terms for w in (term, *_equivalents().get(term, ()))}:
        at = text.find(t)
        while at >= 0:
            covered[at:at + len(t)] = [True] * len(t)
            at = text.find(t, at + 1)
    return sum(covered) / len(text) if text else 0.0


def _agree(asked: bool | None, given: bool) -> float:
    """1 when the question asks what the figure is, -1 when not, 0 when the question leaves it open."""
    return 0.0 if asked is None else 1.0 if asked == given else -1.0


@dataclass(frozen=True)
class _Seen:
    """What a figure's features read from the figure and its report alone, whatever the question."""
    clause: str
    sentence: str
    path: str
    clause_bigrams: frozenset[str]
    spoken: frozenset[int]  # the years its sentence (or else its part) speaks of
    average: bool  # a mean over years (年均)
    span: bool  # its sentence names a span of years before it (「力争五年内」), and no year of its own
    change: bool
    plan: bool


_SEEN: dict[tuple, _Seen] = {}
_SEEN_MAX = 200_000  # figures kept (about 100 MB at most); then the cache starts over


def _seen(fig: Figure, report: Report) -> _Seen:
    """Kept per figure of a report (its id and content hash: another text is another key — the
    report itself would be hashed field by field, slower than the features; a figure is its span,
    as index/figures.py reads one figure from a span): a question naming no region scores the
    figures of every report's passages, the same ones question after question."""
    key = (report.id, report.content_hash, fig.start, fig.end)
    found = _SEEN.get(key)
    if found is None:
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        found = _SEEN[key] = _seen_now(fig, report)
    return found


def _seen_now(fig: Figure, report: Report) -> _Seen:
    # the qualifier a figure's own text opens with (「达到738亿元」, 「突破700亿元」) says how its value is
    # reached, which a question may ask in the same words (「税收达到多少」): read with its clause
    verb = commonprefix([fig.text, fig.qualifier])
    clause = _TITLES.sub("", fig.metric + verb + fig.metric_after).lower()
    facts = fig.facts or figure_facts(fig, report)  # kept at ingest, else read now
    opens = full_sentence_start(report.text, fig.sentence_start)  # (past 「；」: the words before name its subject)
    return _Seen(clause, _TITLES.sub("", report.text[opens:fig.sentence_end]).lower(),
                 " ".join(fig.section_path).lower(), frozenset(char_bigrams(clause)), frozenset(facts.spoken),
                 facts.average, own_year(fig) is None and _span_before(report.text[fig.sentence_start:fig.start]),
                 facts.change, facts.plan)


def _span_before(text: str) -> bool:
    """A span said before the figure (「力争五年内」), and no year after it that the figure is of
    (「未来五年…的主要目标是：到2021年，本区生产总值超过2800亿元」 is 2021's)."""
    spans = list(_SPAN.finditer(text))
    return bool(spans) and not _YEAR_AFTER.search(text, spans[-1].end())


_YEAR_AFTER = re.compile(r"(?:19|20)\d{2}\s*年")


# Output as a denominator: an intensity per 万元 of it (「万元GDP能耗」) or a share of it (「占GDP比重」)
# is not the output itself, unless the question asks the same.
_DENOMINATOR = re.compile(rf"万元\s*(?:{OUTPUT_WORDS})|占\s*(?:全[市区省国])?(?:{OUTPUT_WORDS})", re.IGNORECASE)


def figure_features(fig: Figure, *, text: str, terms: tuple[str, ...], weights: dict[str, float],
                    asks_change: bool, asks_plan: bool | None, years: tuple[int, ...], report: Report,
                    rank: int) -> dict[str, float]:
    seen = _seen(fig, report)
    clause, sentence, path = seen.clause, seen.sentence, seen.path
    total = sum(weights[t] for t in terms) or 1.0
    own = clause if _DENOMINATOR.search(text.lower()) else _DENOMINATOR.sub(" ", clause)  # what it is of
    where = {t: 0 if holds(own, t) else 1 if holds(sentence, t) else 2 if holds(path, t) else 3 for t in terms}
    in_clause = sum(weights[t] for t in terms if where[t] == 0) / total
    in_sentence = sum(weights[t] for t in terms if where[t] == 1) / total
    in_path = sum(weights[t] for t in terms if where[t] == 2) / total
    asked = char_bigrams(text)
    spoken = seen.spoken
    year = 0.0
    if years and spoken:
        year = 1.0 if spoken & set(years) else -1.0
    if years and seen.average and not _ASKS_AVERAGE.search(text):
        year = -1.0  # a year's value asked, a mean over years given
    elif len(years) == 1 and (seen.span or len(spoken) >= SPAN_LEAST) and not _ASKS_SPAN.search(text):
        year = -1.0  # a year's value asked, a span's given (a span said before it, or years across one)
    elif PART_OF_YEAR.search(text) and not PART_OF_YEAR.search(seen.sentence):
        year = -1.0  # a part of a year asked (「上半年」), the whole year's given
    elif seen.span and year < 0 and _ASKS_SPAN.search(text):
        year = 0.0  # a span asked (「过去五年（2016—2021年）」), a span's value given: the year its part
        # reviews (2020, of a report given in 2021) is not what it is of
    return {
        "clause": in_clause,
        "sentence": in_sentence,
        "path": in_path,
        "bigrams": len(asked & seen.clause_bigrams) / len(asked) if asked else 0.0,
        "precision": covered_share(WHEN_SAID.sub("", LINKED.sub("", fig.metric)) if fig.metric.strip()
                                   else fig.metric_after, terms),
        "change": _agree(asks_change, seen.change),
        "plan": _agree(asks_plan, seen.plan),
        "year": year,
        "start": 1.0 if FROM_VALUE.search(fig.metric) and not _ASKS_START.search(text) else 0.0,
        "rank": 1.0 / rank,
        "same_sentence": 0.0,  # set when another part of the question has chosen its figure
        "part": _part(fig, clause, text, terms),
    }
