"""Answers and citations as the web page shows them: chat markdown and citation cards (HTML).

Text that comes from reports, questions or a language model is always shown as text: it is
HTML-escaped, and where it goes into Markdown its Markdown characters are escaped too. Markup
(bold values, superscript markers, the cards) comes only from the templates here. Pure functions
of an Answer and the reports it cites, so they are tested without a browser.
"""
from __future__ import annotations

import html
import re

from assistant.answer import Answer, Citation
from corpus.models import Report

# ASCII punctuation that Markdown (CommonMark, GFM: emphasis, links, autolinks, lists, headings,
# tables, strikethrough, code) or the chat's LaTeX could act on; & < > " ' are left to html.escape.
_MARKDOWN_CHARS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:@$^=])")
_LEADING_SPACE = re.compile(r"^[ \t]+", re.MULTILINE)  # four of them would start a code block


def _escape(text: str) -> str:
    return html.escape(_MARKDOWN_CHARS.sub(r"\\\1", text), quote=True)


def plain(text: str) -> str:
    """``text`` for a Markdown view, shown as written: nothing in it becomes markup. (The views
    also turn LaTeX off: Gradio would typeset $$…$$ after Markdown has run.)"""
    return _escape(_LEADING_SPACE.sub("", text))


def card_id(number: int, marker: int) -> str:
    """The page id of answer ``number``'s citation card ``marker``: unique among all answers shown."""
    return f"cite-{number}-{marker}"


def answer_markdown(answer: Answer, number: int | None = None) -> str:
    """The chat message: values in bold, markers as superscripts, the notes and warnings after.
    With the answer's ``number`` in the conversation, each marker links to its citation card."""
    text = _LEADING_SPACE.sub("", answer.text)
    values = sorted({v.text for v in answer.values if v.text}, key=len, reverse=True)
    value = rf"(?<![\d.])(?P<value>{'|'.join(map(re.escape, values))})(?=\[\d+\])|" if values else ""
    pieces, pos = [], 0
    for m in re.finditer(value + r"\[(?P<marker>\d+)\]", text):
        pieces.append(_escape(text[pos:m.start()]))
        if m.group("marker"):
            marker = int(m.group("marker"))
            link = f'<a href="#{card_id(number, marker)}" class="rq-marker">[{marker}]</a>' if number is not None else f"[{marker}]"
            pieces.append(f"<sup>{link}</sup>")
        else:
            pieces.append(f"<strong>{_escape(m.group('value'))}</strong>")
        pos = m.end()
    pieces.append(_escape(text[pos:]))
    body = "".join(pieces).replace("\n", "  \n")
    lines = [f"<em>{plain(n)}</em>" for n in answer.notes] + [body]
    if answer.understood:  # a follow-up, read against the question before it
        lines.append(f"<small>理解为：{plain(answer.understood)}</small>")
    if answer.written_by:
        lines.append(f"<small>由 {plain(answer.written_by)} 根据引用段落撰写</small>")
    return "\n\n".join(lines)


def _context(report: Report, c: Citation) -> str:
    """The paragraph around the cited span, with the span (and the value inside it) marked."""
    para = next((p for p in report.paragraphs if p.start <= c.start < p.end), None)
    start, end = (para.start, para.end) if para else (c.start, c.end)
    hs, he = (c.highlight_start, c.highlight_end) if c.highlight_start is not None else (c.end, c.end)
    pieces = [html.escape(report.text[start:c.start]), "<mark>",
              html.escape(report.text[c.start:hs]), "<b class='value'>", html.escape(report.text[hs:he]), "</b>",
              html.escape(report.text[he:c.end]), "</mark>", html.escape(report.text[c.end:end])]
    return "".join(pieces)


def citation_cards(answer: Answer, reports: dict[str, Report], number: int = 0) -> str:
    cited = answer.citations or answer.leads
    if not cited:
        return ""
    title = "引用" if answer.citations else "最接近的段落（仅供参考）"
    cards = []
    for c in cited:
        report = reports.get(c.report_id)
        path = " › ".join(c.section_path) or "正文"
        body = _context(report, c) if report else html.escape(c.quote)
        cards.append(
            f"<details class='citation' id='{card_id(number, c.marker)}' data-marker='{c.marker}'><summary><b>[{c.marker}]</b> "
            f"{html.escape(c.report_title)} · {html.escape(c.region)} {c.year or ''}年 · {html.escape(path)} · "
            f"第{c.paragraph}段</summary><p class='context'>{body}</p>"
            f"<p class='where'>字符 {c.start}–{c.end} · 报告 {html.escape(c.report_id)} · "
            f"<a href='#open-{number}-{c.marker}' class='rq-open-source'>查看原文</a></p></details>")
    return f"<div class='citations' data-answer='{number}'><h4>{title}（第{number + 1}个回答）</h4>{''.join(cards)}</div>"


# Colours from the theme's variables, so the cards follow light and dark mode; the marks keep a light
# background with dark text in both (contrast over 4.5:1).
CSS = """
.citations details{border:1px solid var(--border-color-primary);border-radius:6px;padding:.4rem .7rem;margin:.4rem 0;
  background:var(--background-fill-primary);color:var(--body-text-color)}
.citations summary{cursor:pointer}
.citations .context{max-height:14em;overflow-y:auto;scroll-behavior:smooth}
.citations details.rq-flash{outline:3px solid var(--color-accent);outline-offset:2px}
a.rq-marker{text-decoration:none;padding:0 .1em}
.citations mark{background:#fff3b0;color:#1f1f1f;padding:0 .1rem}
.citations b.value{background:#ffd24d;color:#1f1f1f}
.citations .where{color:var(--body-text-color-subdued);font-size:.85em;margin:.2rem 0 0}
"""
