"""评测: run the sample gold set or an uploaded one; summary, charts, failures, downloads."""
from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from eval.gold import GoldError, load_gold, sample_gold_path
from eval.report import charts_html, failures_html, mode_name, summary_rows, write_outputs
from eval.run import MODES, run_eval

from ui import add_gold, feedback, messages
from ui.gold_files import GoldFolder
from ui.context import AppContext

SAMPLE, UPLOADED = "示例金标集（samples.jsonl）", "上传的金标集"


def _shown_name(path: Path, uploaded) -> str:
    return Path(uploaded).name if uploaded and path == Path(uploaded) else path.name


def build(ctx: AppContext) -> None:
    with gr.Row():
        source = gr.Radio([SAMPLE, UPLOADED], value=SAMPLE, label="金标集", elem_id="gold-source")
        upload = gr.File(label="上传金标集（.jsonl）", file_types=[".jsonl"], elem_id="gold-upload")
        mode = gr.Radio([*((mode_name(m), m) for m in MODES), ("全部三种", "all")], value="hybrid", label="检索方式",
                        elem_id="eval-mode")
    run = gr.Button("开始评测", variant="primary", elem_id="eval-btn")
    status = gr.Markdown(elem_id="eval-status", latex_delimiters=[])
    summary = gr.Dataframe(interactive=False, elem_id="eval-summary", label="汇总")
    charts = gr.HTML(elem_id="eval-charts")
    files = gr.File(label="下载结果", file_count="multiple", interactive=False, elem_id="eval-files")
    with gr.Accordion("未通过的问题", open=True):
        failures = gr.HTML(elem_id="eval-failures")

    # A file just uploaded is the one to evaluate; removing it goes back to the sample set.
    upload.change(lambda f: UPLOADED if f else SAMPLE, [upload], [source], show_progress="hidden")

    def evaluate(source_value, uploaded, mode_value, progress=gr.Progress()):
        path = sample_gold_path() if source_value == SAMPLE else (Path(uploaded) if uploaded else None)
        if path is None:
            return messages.warning("请先上传金标集文件（.jsonl），或改选示例金标集。"), None, "", None, ""
        try:
            items = load_gold(path)
        except GoldError as exc:
            lines = "\n".join(f"第{n}行：{msg}" for n, msg in exc.problems[:20])
            return messages.error(f"金标集有误，未评测：\n{lines}", file=_shown_name(path, uploaded)), None, "", None, ""
        modes = MODES if mode_value == "all" else (mode_value,)
        index, retriever = ctx.snapshot()
        result = run_eval(items, ctx.settings, index, retriever, modes, gold_name=path.name, progress=False,
                          on_progress=lambda done, total, qid: progress((done, total), desc=qid))
        out = Path(tempfile.mkdtemp(prefix="reportqa-eval-"))
        results_json, report_html = write_outputs(result, out)
        rows = [[name, *values] for name, values in summary_rows(result, chinese=True)]
        headers = ["指标", *(mode_name(s.mode) for s in result.summaries)]
        missing = len(result.missing_quotes)
        note = f"；{missing} 条证据引文未在报告中找到" if missing else ""
        accuracy = "、".join(f"{mode_name(s.mode)} {s.accuracy:.1%}" for s in result.summaries)
        return (messages.ok(f"评测完成：{_shown_name(path, uploaded)}，{len(items)} 个问题，准确率 {accuracy}{note}。"),
                gr.update(value=rows, headers=headers), charts_html(result), [str(results_json), str(report_html)],
                failures_html(result))

    run.click(evaluate, [source, upload, mode], [status, summary, charts, files, failures])
    feedback_review(ctx)


FEEDBACK_HEADERS = ["时间", "问题", "回答", "原因"]


def feedback_review(ctx: AppContext) -> None:
    """「用户反馈」: the 👎 answers with their reasons; any can become a gold line once its expected
    values are corrected (the same form as 「加入评测集」 in 问答)."""
    path = feedback.path_beside(ctx.settings.index_dir)
    disliked = gr.State([])  # the 👎 answers (as dicts) the form below offers
    with gr.Accordion("用户反馈（👎 的回答）", open=False, elem_id="feedback-review"):
        show = gr.Button("刷新", size="sm", elem_id="feedback-refresh")
        table = gr.Dataframe([], headers=FEEDBACK_HEADERS, interactive=False, wrap=True, elem_id="feedback-table",
                             column_widths=["14%", "26%", "40%", "20%"])
        gold_file, gold_files = add_gold.build(GoldFolder.beside(ctx.settings.index_dir), disliked,
                                               lambda: ctx.index.reports, prefix="review",
                                               title="把一条 👎 回答改成评测题")

    def load():
        votes = [v for v in feedback.votes(path) if not v.liked]
        rows = [[v.time.replace("T", " ")[:16], v.question, v.answer, v.reason] for v in votes]
        return rows, [v.data for v in votes if v.data], gold_files()

    show.click(load, None, [table, disliked, gold_file], show_progress="hidden")
