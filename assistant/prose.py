"""Optional answer prose by an OpenAI-compatible chat endpoint, checked against the cited passages.

The model sees only the question and the passages already cited by the extractive answer, and is
asked to mark every statement with [n]. Every number in what it writes is looked up in those
passages (as written, or as the same quantity: 64.3万元 = 643000元); a number found in none of them
is listed in ``Answer.unverified`` and flagged under the text. Abstentions are never sent: a model
must not turn 「未找到」 into a guess.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

from index.figures import find_figures, quantity, same_unit_class, spots

from assistant.answer import Answer
from assistant.settings import LlmSettings

SYSTEM_PROMPT = (
    "你是政府工作报告问答助手。只能依据用户给出的编号段落作答，不得使用段落以外的知识。"
    "每句话末尾用[编号]标注所依据的段落。数字必须与段落原文一致，不要换算、不要估计。"
    "如果段落不足以回答，直接说「所选报告中未找到相关内容」。用简洁的中文回答。"
)
_MARKER = re.compile(r"\[\d+\]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class ProseError(Exception):
    """The endpoint could not be reached or gave no usable text."""


def _passages(answer: Answer) -> str:
    return "\n".join(
        f"[{c.marker}] {c.report_title}（{c.region}，{c.year or '年份不详'}） › {' › '.join(c.section_path) or '正文'}\n{c.quote}"
        for c in answer.citations)


def build_messages(answer: Answer) -> list[dict[str, str]]:
    user = (f"问题：{answer.understood or answer.question}\n\n段落：\n{_passages(answer)}\n\n"
            f"抽取出的答案（供参考，可改写为通顺的句子）：\n{answer.text}")
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


def complete(messages: list[dict[str, str]], llm: LlmSettings) -> str:
    """One chat completion (non-streaming) from an OpenAI-compatible endpoint."""
    body = json.dumps({"model": llm.model, "messages": messages, "temperature": 0}).encode()
    request = urllib.request.Request(
        llm.base_url.rstrip("/") + "/chat/completions", data=body, method="POST",
        headers={"Content-Type": "application/json",
                 **({"Authorization": f"Bearer {llm.api_key.get_secret_value()}"} if llm.api_key.get_secret_value() else {})})
    try:
        with urllib.request.urlopen(request, timeout=llm.timeout) as response:
            payload = json.load(response)
    except urllib.error.HTTPError as exc:
        raise ProseError(f"the language model endpoint answered HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise ProseError(f"the language model endpoint could not be reached: {getattr(exc, 'reason', exc)}") from None
    except json.JSONDecodeError:
        raise ProseError("the language model endpoint did not answer JSON") from None
    try:
        text = payload["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise ProseError("the language model endpoint's answer has no choices[0].message.content") from None
    if not isinstance(text, str) or not text.strip():
        raise ProseError("the language model endpoint gave an empty answer")
    return text.strip()


def _quantities(text: str) -> set[tuple[float, str]]:
    return {q for spot, *_ in find_figures(text) if (q := quantity(spot)) is not None}


def _stated(q: tuple[float, str] | None, known: set[tuple[float, str]]) -> bool:
    """The same number of the same kind of thing: 78件 for 78起, 643000元 for 64.3万元."""
    return q is not None and any(abs(q[0] - v) < 1e-9 and same_unit_class(q[1], u) for v, u in known)


def unverified_numbers(text: str, sources: list[str]) -> list[str]:
    """Numbers in ``text`` that no source states, as written or as the same quantity.

    A figure with a unit (64.3万元) is checked by value and unit; a bare number (a year, a date) must
    occur in a source as written. Citation markers are not numbers.
    """
    text = _MARKER.sub("", text)
    joined = "".join("".join(s.split()) for s in sources)
    known = _quantities(joined)
    flagged, covered = [], []
    for spot in spots(text):
        covered.append((spot.start, spot.end))
        if spot.text not in joined and not _stated(quantity(spot), known):
            flagged.append(spot.text)
    for match in _NUMBER.finditer(text):
        if any(s <= match.start() < e for s, e in covered):
            continue
        if match.group(0) not in joined:
            flagged.append(match.group(0))
    return list(dict.fromkeys(flagged))


def with_prose(answer: Answer, llm: LlmSettings) -> Answer:
    """The answer with its text written by the model; numbers checked; extractive on failure."""
    if answer.abstained or not answer.citations:
        return answer
    try:
        prose = complete(build_messages(answer), llm)
    except ProseError as exc:
        return answer.model_copy(update={"notes": [*answer.notes, f"语言模型不可用，以下为抽取式答案（{exc}）"]})
    sources = [c.quote for c in answer.citations] + [answer.question]
    flagged = unverified_numbers(prose, sources)
    text = prose
    if flagged:
        text += f"\n\n⚠ 以下数字未在引用段落中找到，请核对：{'、'.join(flagged)}"
    return answer.model_copy(update={"text": text, "extractive_text": answer.text, "written_by": llm.model,
                                     "unverified": flagged})


__all__ = ["ProseError", "build_messages", "complete", "unverified_numbers", "with_prose"]
