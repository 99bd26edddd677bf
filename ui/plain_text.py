"""An answer as plain text, for the clipboard: what the chat shows, without markup, and a line
per cited passage saying where it comes from, so a pasted answer keeps its sources."""
from __future__ import annotations

from assistant.answer import Answer, Citation


def source_line(c: Citation) -> str:
    """「[1] 标题（地区 2024年）· 章节 › 小节 · 第3段：“原文”」"""
    where = " ".join(part for part in (c.region, f"{c.year}年" if c.year else "") if part)
    path = " › ".join(c.section_path) or "正文"
    return f"[{c.marker}] {c.report_title}{f'（{where}）' if where else ''} · {path} · 第{c.paragraph}段：“{c.quote}”"


def answer_plain(answer: Answer) -> str:
    cited = answer.citations or answer.leads
    heading = "来源：" if answer.citations else "最接近的段落（仅供参考）："
    lines = [*answer.notes, answer.text.strip()]
    if answer.understood:
        lines.append(f"理解为：{answer.understood}")
    if cited:
        lines += ["", heading, *(source_line(c) for c in cited)]
    return "\n".join(lines)


def conversation_plain(answers: list[Answer]) -> str:
    """Every turn: the question, then the answer with its sources."""
    return "\n\n".join(f"问：{a.question}\n答：{answer_plain(a)}" for a in answers)
