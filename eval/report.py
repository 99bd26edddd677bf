"""An evaluation run as files: results.json (every question, every check) and report.html.

The HTML is one self-contained page — inline SVG charts, no scripts, nothing fetched — so it
opens offline in any browser and can be mailed or archived as it is.
"""
from __future__ import annotations

import html
import json
import os
import tempfile
from pathlib import Path

from eval.gold import TYPES
from eval.run import KS, EvalRun, ModeSummary, QuestionResult

COLORS = {"bm25": "#4e79a7", "dense": "#f28e2b", "hybrid": "#59a14f"}
TYPE_NAMES = {"figure": "数字", "measure": "措施", "fact": "事实", "unanswerable": "无答案"}
MODE_NAMES = {"bm25": "关键词检索", "dense": "语义检索", "hybrid": "混合检索"}


def mode_name(mode: str) -> str:
    return MODE_NAMES.get(mode, mode)


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.1f}%"


def summary_rows(run: EvalRun, *, chinese: bool = False) -> list[tuple[str, list[str]]]:
    """(metric, one value per mode): the table printed by the CLI (English names) and shown in the
    web app and report.html (``chinese``)."""
    s = run.summaries
    zh = lambda en, cn: cn if chinese else en  # noqa: E731
    type_name = lambda t: TYPE_NAMES[t] if chinese else t  # noqa: E731
    rows = [(zh("questions", "问题数"), [str(m.questions) for m in s]),
            (zh("accuracy", "准确率"), [_pct(m.accuracy) for m in s])]
    rows += [(f"  {type_name(t)} ({s[0].count_by_type[t]})", [_pct(m.accuracy_by_type[t]) for m in s]) for t in TYPES]
    rows += [(zh(f"recall@{k}", f"证据召回率（前{k}段）"), [_pct(m.recall[k]) for m in s]) for k in KS]
    rows += [(zh("MRR", "平均倒数排名"), [f"{m.mrr:.3f}" for m in s]),
             (zh("nDCG@10", "排序质量（前10段）"), [f"{m.ndcg10:.3f}" for m in s]),
             (zh("citation precision", "引用准确率"), [_pct(m.citation_precision) for m in s]),
             (zh("citation recall", "引用完整率"), [_pct(m.citation_recall) for m in s]),
             (zh("latency p50 (ms)", "用时中位数（毫秒）"), [f"{m.latency_p50_ms:.0f}" for m in s]),
             (zh("latency p95 (ms)", "用时95分位（毫秒）"), [f"{m.latency_p95_ms:.0f}" for m in s]),
             (zh("wrong-region answers", "答非所问地区的回答"), [str(m.foreign_region_answers) for m in s]),
             (zh("over-answers (other reports)", "多答（其他报告）"), [str(m.over_answers) for m in s])]
    for tag in sorted({t for m in s for t in m.accuracy_by_tag}):
        counts = [m.accuracy_by_tag.get(tag, (0, 0)) for m in s]
        rows.append((f"  {zh('tag', '标签')} {tag} ({counts[0][1]})", [_pct(p / n if n else None) for p, n in counts]))
    return rows


def summary_table(run: EvalRun) -> str:
    rows = summary_rows(run)
    width = max(len(name) for name, _ in rows) + 2
    head = "".ljust(width) + "".join(m.mode.rjust(10) for m in run.summaries)
    return "\n".join([head] + [name.ljust(width) + "".join(v.rjust(10) for v in values) for name, values in rows])


def _recall_chart(summaries: list[ModeSummary]) -> str:
    w, h, left, bottom, top = 460, 240, 44, 30, 12
    plot_w, plot_h = w - left - 110, h - bottom - top
    x = {k: left + i * plot_w / (len(KS) - 1) for i, k in enumerate(KS)}
    y = lambda v: top + plot_h * (1 - v)  # noqa: E731
    parts = [f'<svg role="img" aria-label="证据召回率" width="{w}" height="{h}" viewBox="0 0 {w} {h}">']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="11">{tick:.0%}</text>')
    for k in KS:
        parts.append(f'<text x="{x[k]:.1f}" y="{h - 10}" text-anchor="middle" font-size="11">前{k}段</text>')
    for i, s in enumerate(summaries):
        color = COLORS.get(s.mode, "#999")
        points = " ".join(f"{x[k]:.1f},{y(s.recall[k]):.1f}" for k in KS)
        parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2.5" points="{points}"/>')
        parts += [f'<circle cx="{x[k]:.1f}" cy="{y(s.recall[k]):.1f}" r="3.5" fill="{color}">'
                  f'<title>{html.escape(mode_name(s.mode))} 前{k}段 {s.recall[k]:.1%}</title></circle>' for k in KS]
        parts.append(f'<rect x="{left + plot_w + 16}" y="{top + i * 20}" width="12" height="12" fill="{color}"/>'
                     f'<text x="{left + plot_w + 34}" y="{top + i * 20 + 11}" font-size="12">{html.escape(mode_name(s.mode))}</text>')
    return "".join(parts) + "</svg>"


def _type_chart(summaries: list[ModeSummary]) -> str:
    bar, gap, left, top = 14, 10, 70, 8
    group = bar * len(summaries) + gap
    w, h = 460, top + group * len(TYPES) + 24
    plot_w = w - left - 60
    parts = [f'<svg role="img" aria-label="各类型准确率" width="{w}" height="{h}" viewBox="0 0 {w} {h}">']
    for ti, t in enumerate(TYPES):
        y0 = top + ti * group
        parts.append(f'<text x="{left - 8}" y="{y0 + group / 2:.1f}" text-anchor="end" font-size="12">'
                     f'{TYPE_NAMES[t]}</text>')
        for si, s in enumerate(summaries):
            value = s.accuracy_by_type[t]
            y = y0 + si * bar
            length = plot_w * (value or 0.0)
            parts.append(f'<rect x="{left}" y="{y}" width="{length:.1f}" height="{bar - 2}" '
                         f'fill="{COLORS.get(s.mode, "#999")}"><title>{html.escape(mode_name(s.mode))} {TYPE_NAMES[t]} {_pct(value)}</title></rect>'
                         f'<text x="{left + length + 4:.1f}" y="{y + bar - 4}" font-size="10">{_pct(value)}</text>')
    return "".join(parts) + "</svg>"


def _failure_rows(results: list[QuestionResult]) -> str:
    rows = []
    for r in results:
        if r.passed:
            continue
        expected = "、".join(r.expected) or ("（应拒答）" if r.type == "unanswerable" else "—")
        missing = [e for e, ok in r.checks if not ok]
        why = ("应拒答却作答" if r.type == "unanswerable" and not r.abstained else
               "误拒答" if r.abstained and r.type != "unanswerable" else f"未找到：{'、'.join(missing)}")
        cited = "".join(f'<li class="{"ok" if c.supports else "off"}">[{c.marker}] {html.escape(c.report_id)} · '
                        f'{html.escape(" › ".join(c.section_path))}<br>{html.escape(c.quote)}</li>' for c in r.citations)
        rows.append(f"<tr><td>{html.escape(r.id)}<br><small>{html.escape(mode_name(r.mode))} · {TYPE_NAMES[r.type]}</small></td>"
                    f"<td>{html.escape(r.question)}</td><td>{html.escape(expected)}<br><small>{html.escape(why)}</small></td>"
                    f"<td><pre>{html.escape(r.answer)}</pre></td><td><ol>{cited}</ol></td></tr>")
    return "".join(rows) or '<tr><td colspan="5">没有未通过的问题。</td></tr>'


def charts_html(run: EvalRun) -> str:
    return (f'<div class="charts"><figure><figcaption>证据召回率（前k段）</figcaption>{_recall_chart(run.summaries)}'
            f'</figure><figure><figcaption>各类型准确率</figcaption>{_type_chart(run.summaries)}</figure></div>')


def failures_html(run: EvalRun) -> str:
    return ('<table class="failures"><tr><th>编号</th><th>问题</th><th>期望</th><th>回答</th><th>引用段落</th></tr>'
            f'{_failure_rows(run.results)}</table>')


def render_html(run: EvalRun) -> str:
    head = "".join(f"<th>{html.escape(mode_name(s.mode))}</th>" for s in run.summaries)
    body = "".join(f"<tr><th>{html.escape(name)}</th>{''.join(f'<td>{html.escape(v)}</td>' for v in values)}</tr>"
                   for name, values in summary_rows(run, chinese=True))
    missing = "".join(f"<li>{html.escape(i)}: 「{html.escape(q)}」</li>" for i, q in run.missing_quotes)
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>reportqa 评测报告</title>
<style>
body{{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;color:#222;max-width:1200px}}
table{{border-collapse:collapse;margin:1rem 0}} td,th{{border:1px solid #ccc;padding:.3rem .6rem;vertical-align:top;text-align:left}}
.summary td{{text-align:right;font-variant-numeric:tabular-nums}} .charts{{display:flex;gap:2rem;flex-wrap:wrap}}
pre{{white-space:pre-wrap;margin:0;font-family:inherit}} li.ok{{color:#1a5e1a}} li.off{{color:#888}} small{{color:#666}}
</style></head><body>
<h1>reportqa 评测报告</h1>
<p>金标集 <code>{html.escape(run.gold)}</code> · 索引 <code>{html.escape(run.index)}</code> · 编码器 <code>{html.escape(run.encoder)}</code></p>
<h2>汇总</h2>
<table class="summary"><tr><th></th>{head}</tr>{body}</table>
{charts_html(run)}
{f"<h2>未在报告中找到的证据引文</h2><ul>{missing}</ul>" if missing else ""}
<h2>未通过的问题</h2>
{failures_html(run)}
</body></html>
"""


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def write_outputs(run: EvalRun, out_dir: Path | str) -> tuple[Path, Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    results, report = out / "results.json", out / "report.html"
    _write_atomic(results, json.dumps(run.model_dump(mode="json"), ensure_ascii=False, indent=2))
    _write_atomic(report, render_html(run))
    return results, report
