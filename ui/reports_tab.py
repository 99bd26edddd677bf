"""报告: the indexed reports, upload with progress, remove."""
from __future__ import annotations

from pathlib import Path

import gradio as gr

from corpus.read import SUPPORTED_SUFFIXES

from ui.context import AppContext

MAX_UPLOAD_MB = 20  # per file; the server refuses larger uploads
SUFFIXES = sorted(SUPPORTED_SUFFIXES)
HEADERS = ["报告", "标题", "发文机关", "地区（来源）", "类型", "涉及年份", "年度", "文号", "成文日期", "分块", "来源文件"]


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


def _upload_paths(files) -> list[Path]:
    return [Path(f if isinstance(f, str) else f.name) for f in files or ()]


def build(ctx: AppContext, refresh_targets: list[gr.components.Component], refresh_values) -> None:
    """``refresh_values()`` gives updates for ``refresh_targets`` (other tabs' report choices)."""
    table = gr.Dataframe(report_rows(ctx), headers=HEADERS, interactive=False, elem_id="reports-table",
                         wrap=True, label="已入库的报告")
    with gr.Row():
        with gr.Column(scale=3):
            upload = gr.File(label=f"上传报告（{'、'.join(s.lstrip('.').upper() for s in SUFFIXES)}，"
                                   f"每个文件不超过 {MAX_UPLOAD_MB} MB）",
                             file_count="multiple", file_types=SUFFIXES, elem_id="upload")
            ingest = gr.Button("入库", variant="primary", elem_id="ingest-btn")
        with gr.Column(scale=2):
            remove_id = gr.Dropdown([r[0] for r in report_rows(ctx)], label="删除报告", elem_id="remove-id")
            remove = gr.Button("删除", variant="stop", elem_id="remove-btn")
    status = gr.Markdown(elem_id="ingest-status")

    def after_change(message: str):
        ids = [r[0] for r in report_rows(ctx)]
        return [message, report_rows(ctx), gr.update(choices=ids, value=None), None, *refresh_values()]

    outputs = [status, table, remove_id, upload, *refresh_targets]

    def do_ingest(files, progress=gr.Progress()):
        paths = _upload_paths(files)
        if not paths:
            return after_change("请先选择要上传的文件。")
        progress(0, desc="入库中…")
        result = ctx.ingest(paths, on_progress=lambda done, total, name: progress((done, total), desc=name))
        lines = [f"- 已入库 {r}" for r in result.added] + [f"- 已更新 {r}" for r in result.replaced]
        lines += [f"- 未变化 {r}（内容与已入库的相同）" for r in result.unchanged]
        lines += [f"- ❌ 未入库 {name}：{reason}" for name, reason in result.failed]
        return after_change("\n".join(lines))

    def do_remove(report_id):
        if not report_id:
            return after_change("请选择要删除的报告。")
        try:
            count = ctx.remove(report_id)
        except KeyError:
            return after_change(f"索引中没有报告 {report_id}。")
        return after_change(f"已删除 {report_id}（{count} 个分块）。")

    ingest.click(do_ingest, [upload], outputs)
    remove.click(do_remove, [remove_id], outputs)
