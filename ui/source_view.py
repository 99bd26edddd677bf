"""「查看原文」: a whole report as the app shows it, the cited span marked, with its outline.

A pure function of a report and a citation, like the cards (``ui/render.py``): report text is
escaped, the markup comes from here. The outline links to the section headings; the page's
citation script (``ui/citation_script.py``) scrolls the marked span into view when a view appears.
"""
from __future__ import annotations

import html

from assistant.answer import Citation
from corpus.models import Report

VIEW_ID = "src"


def _marked(text: str, offset: int, c: Citation | None) -> str:
    """One line of the report, starting at ``offset``, with the cited span (and its value) marked."""
    if c is None or c.end <= offset or c.start >= offset + len(text):
        return html.escape(text)
    clip = lambda x: max(0, min(len(text), x - offset))  # noqa: E731
    s, e = clip(c.start), clip(c.end)
    hs, he = (clip(c.highlight_start), clip(c.highlight_end)) if c.highlight_start is not None else (e, e)
    hs, he = max(s, hs), min(e, max(hs, he))
    inner = html.escape(text[s:hs]) + (f"<b class='value'>{html.escape(text[hs:he])}</b>" if hs < he else "") + \
        html.escape(text[he:e])
    span_id = f" id='{VIEW_ID}-span'" if c.start >= offset else ""  # where the view scrolls to
    return f"{html.escape(text[:s])}<mark{span_id}>{inner}</mark>{html.escape(text[e:])}"


def source_html(report: Report, citation: Citation | None = None) -> str:
    headings = {s.start: (i, s) for i, s in enumerate(report.sections)}
    outline = "".join(f"<li class='lv{min(s.level, 4)}'><a href='#{VIEW_ID}-sec-{i}'>{html.escape(s.path[-1])}</a></li>"
                      for i, s in enumerate(report.sections))
    body, offset = [], 0
    for line in report.text.split("\n"):
        if line.strip():
            if offset in headings:
                i, section = headings[offset]
                level = min(section.level + 2, 6)
                body.append(f"<h{level} id='{VIEW_ID}-sec-{i}'>{_marked(line, offset, citation)}</h{level}>")
            else:
                body.append(f"<p>{_marked(line, offset, citation)}</p>")
        offset += len(line) + 1
    meta = report.meta
    where = " ".join(x for x in (meta.region.name, f"{meta.year}年" if meta.year else "") if x)
    cited = (f" · 引用 [{citation.marker}]：第{citation.paragraph}段，字符 {citation.start}–{citation.end}"
             if citation else "")
    return (f"<div class='rq-source' data-report='{html.escape(report.id, quote=True)}'>"
            f"<h4>{html.escape(meta.title)}</h4><p class='where'>{html.escape(where)} · 报告 {html.escape(report.id)}"
            f"{cited}</p><div class='rq-source-cols'><nav><b>目录</b><ol>{outline}</ol></nav>"
            f"<div class='rq-source-text'>{''.join(body)}</div></div></div>")


CSS = """
.rq-source .rq-source-cols{display:flex;gap:1rem;align-items:flex-start}
.rq-source nav{flex:0 0 30%;max-height:420px;overflow-y:auto;font-size:.9em}
.rq-source nav ol{padding-left:1rem;margin:.3rem 0}
.rq-source nav li.lv2{margin-left:.8rem}.rq-source nav li.lv3,.rq-source nav li.lv4{margin-left:1.6rem}
.rq-source .rq-source-text{flex:1;max-height:420px;overflow-y:auto;scroll-behavior:smooth}
.rq-source mark{background:#fff3b0;color:#1f1f1f}
.rq-source b.value{background:#ffd24d;color:#1f1f1f}
.rq-source .where{color:var(--body-text-color-subdued);font-size:.85em}
@media (max-width: 700px){.rq-source .rq-source-cols{flex-direction:column}.rq-source nav{flex:none;max-height:160px}}
"""
