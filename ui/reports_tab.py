"""报告: the indexed reports, upload with progress, remove."""
from __future__ import annotations

from pathlib import Path

import gradio as gr

from corpus.limits import IngestLimits
from corpus.read import SUPPORTED_SUFFIXES
from index.build import IngestResult
from index.store import ReportIndex, StoreError

from ui import messages
from ui.context import AppContext
from ui.live import Follow
from ui.render import plain

MAX_UPLOAD_MB = IngestLimits().max_file_mb  # per file; the server refuses larger uploads
SUFFIXES = sorted(SUPPORTED_SUFFIXES)
HEADERS = ["报告", "标题", "发文机关", "地区（来源）", "类型", "涉及年份", "年度", "文号", "成文日期", "分块", "来源文件"]
REPLACE_LABEL = "替换同名报告：与已入库报告同名、内容不同的文件替换那份报告（不勾选时两份都保留）"


def report_rows(index: ReportIndex) -> list[list]:
    rows = []
    for report in sorted(index.reports.values(), key=lambda r: r.id):
        meta = report.meta
        rows.append([report.id, meta.title, meta.organization or "", meta.region.describe(),
                     meta.genre if meta.genre != "other" else "其他",
                     "、".join(map(str, meta.covered)), meta.year or "",
                     meta.doc_number or "", meta.issue_date or "", index.manifest.reports[report.id].chunks,
                     report.source])
    return rows


def report_choices(index: ReportIndex) -> list[tuple[str, str]]:
    """(「id · title」, id): reports of the same name are told apart by id and title."""
    return [(f"{row[0]} · {row[1]}", row[0]) for row in report_rows(index)]


def describe(index: ReportIndex, report_id: str) -> str:
    """The report as the deletion question names it: title, region, year, id and size."""
    report = index.reports[report_id]
    meta, chunks = report.meta, index.manifest.reports[report_id].chunks
    where = "，".join(x for x in (meta.region.name, f"{meta.year}年" if meta.year else "") if x)
    return f"「{meta.title}」（{where + '，' if where else ''}编号 {report_id}，{chunks} 个分块）"


def result_lines(result: IngestResult) -> list[str]:
    """What an upload did, in Chinese, one styled line each (ui/messages.py: text escaped): each
    report with its id and title, each refusal as an error with the file and its reason."""
    named = lambda rid: f"{rid}「{result.titles.get(rid, '')}」"  # noqa: E731
    conflicts = {c.report_id: c for c in result.conflicts}
    lines = []
    for rid in result.added:
        lines.append(messages.warning(conflicts[rid].zh) if rid in conflicts else messages.ok(f"已入库 {named(rid)}"))
    lines += [messages.info(conflicts[rid].zh) for rid in result.replaced]
    lines += [messages.info(f"未变化 {named(rid)}（内容与已入库的相同）") for rid in result.unchanged]
    lines += [messages.error(f"未入库 {f.name}：{f.zh}") for f in result.failed]
    lines += [messages.warning(f"{w.name}：{w.zh}") for w in result.warnings]
    return lines


def _upload_paths(files) -> list[Path]:
    return [Path(f if isinstance(f, str) else f.name) for f in files or ()]


def build(ctx: AppContext) -> dict:
    """The tab; returns ``follows`` (ui/live.py) and ``changes``: the events after which this page
    refreshes everything at once."""
    table = gr.Dataframe([], headers=HEADERS, interactive=False, elem_id="reports-table", wrap=True,
                         label="已入库的报告")
    limits = ctx.settings.limits
    with gr.Row():
        with gr.Column(scale=3):
            upload = gr.File(label=f"上传报告（{'、'.join(s.lstrip('.').upper() for s in SUFFIXES)}，"
                                   f"每个文件不超过 {limits.max_file_mb:g} MB、{limits.max_chars:,} 字）",
                             file_count="multiple", file_types=SUFFIXES, elem_id="upload")
            replace = gr.Checkbox(False, label=REPLACE_LABEL, elem_id="replace")
            ingest = gr.Button("入库", variant="primary", elem_id="ingest-btn")
        with gr.Column(scale=2):
            remove_id = gr.Dropdown([], value=None, label="删除报告", elem_id="remove-id")
            remove = gr.Button("删除…", variant="stop", elem_id="remove-btn")
            with gr.Group(visible=False, elem_id="remove-confirm") as confirm_box:
                confirm_text = gr.Markdown(elem_id="remove-question")
                with gr.Row():
                    confirm = gr.Button("确认删除", variant="stop", elem_id="remove-confirm-btn")
                    cancel = gr.Button("取消", elem_id="remove-cancel-btn")
    status = gr.Markdown(elem_id="ingest-status")

    def do_ingest(files, replace_same, progress=gr.Progress()):
        paths = _upload_paths(files)
        if not paths:
            return messages.warning("请先选择要上传的文件。"), gr.skip(), gr.skip()
        progress(0, desc="入库中…")
        try:
            result = ctx.ingest(paths, on_progress=lambda done, total, name: progress((done, total), desc=name),
                                replace=bool(replace_same),
                                on_wait=lambda _: progress(0, desc="另一个程序正在修改索引，等待它完成…"))
        except StoreError as exc:
            return messages.error(f"入库失败，索引未改变：{exc}"), gr.skip(), gr.skip()
        return "\n".join(result_lines(result)), None, False

    def ask_remove(report_id):
        index = ctx.index
        if not report_id:
            return messages.warning("请先在列表中选择要删除的报告。"), gr.update(visible=False), ""
        if report_id not in index.reports:
            return messages.warning(f"索引中已没有报告 {report_id}。"), gr.update(visible=False), ""
        return "", gr.update(visible=True), f"确定删除 {plain(describe(index, report_id))}？删除后无法撤销，需重新上传才能恢复。"

    def do_remove(report_id):
        hidden = gr.update(visible=False)
        if not report_id:
            return messages.warning("请先在列表中选择要删除的报告。"), hidden, None
        try:
            name = describe(ctx.index, report_id)
            count = ctx.remove(report_id)
        except KeyError:
            return messages.warning(f"索引中已没有报告 {report_id}。"), hidden, None
        except StoreError as exc:
            return messages.error(f"删除失败，索引未改变：{exc}"), hidden, None
        return messages.ok(f"已删除 {name}（{count} 个分块）。"), hidden, None

    # One progress bar, on the status line (not one per output).
    ingested = ingest.click(do_ingest, [upload, replace], [status, upload, replace], show_progress_on=[status])
    remove.click(ask_remove, [remove_id], [status, confirm_box, confirm_text], show_progress="hidden")
    removed = confirm.click(do_remove, [remove_id], [status, confirm_box, remove_id])
    cancel.click(lambda: (gr.update(visible=False), messages.info("已取消，未删除任何报告。")), None,
                 [confirm_box, status], show_progress="hidden")
    remove_id.change(lambda: gr.update(visible=False), None, [confirm_box], show_progress="hidden")
    follows = [Follow(table, lambda index: report_rows(index)),
               Follow(remove_id, lambda index, value: keep_one(report_choices(index), value), (remove_id,))]
    return {"follows": follows, "changes": [ingested, removed]}


def keep_one(choices: list[tuple[str, str]], value):
    """The deletion list's new choices; a picked report stays picked while it is there, else none."""
    return gr.update(choices=choices, value=value if value in {c[1] for c in choices} else None)
