"""报告: the indexed reports, upload with progress, remove."""
from __future__ import annotations

from pathlib import Path

import gradio as gr

from corpus.limits import IngestLimits
from corpus.read import SUPPORTED_SUFFIXES
from index.build import IngestResult
from index.store import StoreError

from ui.context import AppContext

MAX_UPLOAD_MB = IngestLimits().max_file_mb  # per file; the server refuses larger uploads
SUFFIXES = sorted(SUPPORTED_SUFFIXES)
HEADERS = ["报告", "标题", "发文机关", "地区（来源）", "类型", "涉及年份", "年度", "文号", "成文日期", "分块", "来源文件"]
REPLACE_LABEL = "替换同名报告：与已入库报告同名、内容不同的文件替换那份报告（不勾选时两份都保留）"


def report_rows(ctx: AppContext) -> list[list]:
    index = ctx.index
    rows = []
    for report in sorted(index.reports.values(), key=lambda r: r.id):
        meta = report.meta
        rows.append([report.id, meta.title, meta.organization or "", meta.region.describe(),
                     meta.genre if meta.genre != "other" else "其他",
                     "、".join(map(str, meta.covered)), meta.year or "",
                     meta.doc_number or "", meta.issue_date or "", index.manifest.reports[report.id].chunks,
                     report.source])
    return rows


def report_choices(ctx: AppContext) -> list[tuple[str, str]]:
    """(「id · title」, id): reports of the same name are told apart by id and title."""
    return [(f"{row[0]} · {row[1]}", row[0]) for row in report_rows(ctx)]


def result_lines(result: IngestResult) -> list[str]:
    """What an upload did, in Chinese: each report with its id and title, each refusal with its reason."""
    named = lambda rid: f"{rid}「{result.titles.get(rid, '')}」"  # noqa: E731
    conflicts = {c.report_id: c for c in result.conflicts}
    lines = []
    for rid in result.added:
        lines.append(f"- ⚠️ {conflicts[rid].zh}" if rid in conflicts else f"- 已入库 {named(rid)}")
    lines += [f"- 🔁 {conflicts[rid].zh}" for rid in result.replaced]
    lines += [f"- 未变化 {named(rid)}（内容与已入库的相同）" for rid in result.unchanged]
    lines += [f"- ❌ 未入库 {f.name}：{f.zh}" for f in result.failed]
    lines += [f"- ⚠️ {w.name}：{w.zh}" for w in result.warnings]
    return lines


def _upload_paths(files) -> list[Path]:
    return [Path(f if isinstance(f, str) else f.name) for f in files or ()]


def build(ctx: AppContext, refresh_targets: list[gr.components.Component], refresh_values) -> None:
    """``refresh_values()`` gives updates for ``refresh_targets`` (other tabs' report choices)."""
    table = gr.Dataframe(report_rows(ctx), headers=HEADERS, interactive=False, elem_id="reports-table",
                         wrap=True, label="已入库的报告")
    limits = ctx.settings.limits
    with gr.Row():
        with gr.Column(scale=3):
            upload = gr.File(label=f"上传报告（{'、'.join(s.lstrip('.').upper() for s in SUFFIXES)}，"
                                   f"每个文件不超过 {limits.max_file_mb:g} MB、{limits.max_chars:,} 字）",
                             file_count="multiple", file_types=SUFFIXES, elem_id="upload")
            replace = gr.Checkbox(False, label=REPLACE_LABEL, elem_id="replace")
            ingest = gr.Button("入库", variant="primary", elem_id="ingest-btn")
        with gr.Column(scale=2):
            remove_id = gr.Dropdown(report_choices(ctx), label="删除报告", elem_id="remove-id")
            remove = gr.Button("删除", variant="stop", elem_id="remove-btn")
    status = gr.Markdown(elem_id="ingest-status")

    def after_change(message: str):
        return [message, report_rows(ctx), gr.update(choices=report_choices(ctx), value=None), None, False,
                *refresh_values()]

    outputs = [status, table, remove_id, upload, replace, *refresh_targets]

    def do_ingest(files, replace_same, progress=gr.Progress()):
        paths = _upload_paths(files)
        if not paths:
            return after_change("请先选择要上传的文件。")
        progress(0, desc="入库中…")
        try:
            result = ctx.ingest(paths, on_progress=lambda done, total, name: progress((done, total), desc=name),
                                replace=bool(replace_same),
                                on_wait=lambda _: progress(0, desc="另一个程序正在修改索引，等待它完成…"))
        except StoreError as exc:
            return after_change(f"❌ 入库失败，索引未改变：{exc}")
        return after_change("\n".join(result_lines(result)))

    def do_remove(report_id):
        if not report_id:
            return after_change("请选择要删除的报告。")
        try:
            count = ctx.remove(report_id)
        except KeyError:
            return after_change(f"索引中没有报告 {report_id}。")
        except StoreError as exc:
            return after_change(f"❌ 删除失败，索引未改变：{exc}")
        return after_change(f"已删除 {report_id}（{count} 个分块）。")

    ingest.click(do_ingest, [upload, replace], outputs)
    remove.click(do_remove, [remove_id], outputs)
