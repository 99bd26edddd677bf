"""Questions of several sentences answered part by part, combined into one answer.

「普陀区2024年查处了多少起无证行医案件？采取了哪些措施？下一步有什么打算？」 asks three things of
different kinds: a figure, measures, plans. Asked as one question its words are too many for any
passage to hold, and it is refused; asked one by one, each part finds its own passages. Parts are
the sentences ending in 「？」「；」「。」「！」; a sentence that asks nothing (「我想了解普陀区的情况。」:
no question mark, no number in a list, no asking word) is context, not a part, and is not searched
for. A part naming no place or year takes those of its context or of the part before it, as a
follow-up does (assistant/followup.py).

Questions whose parts all ask figures (「…是多少？增长了多少？」) are answered whole first, since the
figure answerer reads such parts together (one sentence's words help the next); they are answered
part by part only when that finds nothing. Then a part that names nothing but a change (「比上年增长
多少？」) is of the thing the part before it asks: when that was not found, neither is its change —
answered alone it would be any growth rate of the report.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from corpus.models import Report
from index.tokenize import Tokenizer

from assistant.citations import Answer
from assistant.followup import inherit
from assistant.query import CHANGE_WORD, analyze

_SENTENCE = re.compile(r"[^？?；;。！!]+[？?；;。！!]*")
_NUMBERING = re.compile(r"^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）.、．]|第[一二三四五六七八九十]+[，,、]?)\s*")
_MARKER = re.compile(r"\[(\d+)\]")
_ASKS = re.compile(r"[？?；;]\s*$")
# What makes a sentence ending in 「。」 a question: 「…采取了哪些措施。」 asks, 「想核对几项情况。」 does not.
_ASK_WORDS = re.compile(r"多少|哪些|哪[几一二三四五六七八九十]|什么|如何|怎么|怎样|是否|吗")
_NEAREST = "以下段落最接近："


@dataclass(frozen=True)
class Part:
    text: str  # a sentence that asks, as written (its list number dropped)
    context: str = ""  # the sentences before it that ask nothing: where its place and year may come from


def parts_of(question: str) -> list[Part]:
    """The sentences of ``question`` that ask something, each with the sentences just before it
    that ask nothing (「我是普陀区的。查处了多少起？」); those after the last part (「谢谢。」) are dropped."""
    parts, context = [], ""
    for m in _SENTENCE.finditer(question):
        numbered = _NUMBERING.match(m.group(0).strip())
        sentence = _NUMBERING.sub("", m.group(0).strip())
        if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", sentence):
            continue
        if numbered or _ASKS.search(sentence) or _ASK_WORDS.search(sentence):
            parts.append(Part(sentence, context))
            context = ""
        else:
            context += sentence
    return parts


def in_context(parts: Sequence[Part], reports: Sequence[Report]) -> list[str]:
    """Each part as asked: with the place and year of its context, else of the part before it,
    when it names none."""
    out: list[str] = []
    for part in parts:
        asked = inherit(part.context, part.text, reports) if part.context else part.text
        if asked == part.text and out:
            asked = inherit(out[-1], part.text, reports)
        out.append(asked)
    return out


def needs_parts(parts: Sequence[Part], reports: Sequence[Report], tokenizer: Tokenizer) -> bool:
    """More than one part, not all of them asking figures (those are read together first)."""
    return len(parts) > 1 and any(analyze(p.text, reports, tokenizer).intent != "figure" for p in parts)


def _renumbered(answer: Answer, offset: int) -> tuple[str, dict]:
    """The part's text and records with its citation markers moved up by ``offset``."""
    shift = lambda m: f"[{int(m.group(1)) + offset}]"
    text = _MARKER.sub(shift, answer.text)
    records = {
        "citations": [c.model_copy(update={"marker": c.marker + offset}) for c in answer.citations],
        "values": [v.model_copy(update={"citation": v.citation + offset}) for v in answer.values],
        "measures": [m.model_copy(update={"citation": m.citation + offset}) for m in answer.measures],
    }
    return text, records


def combine(question: str, answered: Sequence[tuple[str, Answer]]) -> Answer:
    """One answer with a section per part, citations numbered across parts. Leads (the nearest
    passages of a part not answered) are kept only when no part is answered."""
    any_answered = any(not a.abstained for _, a in answered)
    sections, citations, values, measures, notes, leads = [], [], [], [], [], []
    for number, (part, answer) in enumerate(answered, 1):
        text, records = _renumbered(answer, len(citations))
        if answer.abstained and any_answered:
            text = text.replace(_NEAREST, "").rstrip()
        sections.append(f"（{number}）{part}\n{text}")
        citations += records["citations"]
        values += records["values"]
        measures += records["measures"]
        notes += [n for n in answer.notes if n not in notes]
    if not any_answered:
        for _, answer in answered:
            leads += [c.model_copy(update={"marker": len(leads) + 1}) for c in answer.leads]
    intents = {a.intent for _, a in answered}
    return Answer(question=question, intent=intents.pop() if len(intents) == 1 else "mixed",
                  text="\n\n".join(sections), abstained=not any_answered, values=values, measures=measures,
                  citations=citations, leads=leads, notes=notes)


def answer_in_parts(question: str, reports: Sequence[Report], tokenizer: Tokenizer,
                    answer_one: Callable[[str], Answer]) -> Answer:
    """``answer_one(question)``, or the parts answered one by one when the question has several
    (see the module docstring)."""
    parts = parts_of(question)
    if len(parts) < 2:
        return answer_one(question)
    if not needs_parts(parts, reports, tokenizer):
        whole = answer_one(question)
        if not whole.abstained:
            return whole
    asked = in_context(parts, reports)
    answered: list[tuple[str, Answer]] = []
    for part, full in zip(parts, asked):
        if answered and answered[-1][1].abstained and _names_only_a_change(full, reports, tokenizer):
            answer = Answer(question=full, intent="figure", abstained=True,
                            text="上一问所问的数据未找到，其变化也无从回答。")
        else:
            answer = answer_one(full)
        answered.append((part.text, answer))
    return combine(question, answered)


def _names_only_a_change(text: str, reports: Sequence[Report], tokenizer: Tokenizer) -> bool:
    query = analyze(text, reports, tokenizer)
    return query.intent == "figure" and query.asks_change and all(CHANGE_WORD.fullmatch(t) for t in query.terms)
