"""数据: every extracted figure (searchable, CSV), the measures by report and section, and two
reports' measures on one topic side by side."""
from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from assistant import library
from assistant.examples import compare_topics
from assistant.figures import report_figures
from assistant.retrieve import Filters

from ui.context import AppContext
from ui.export import write_csv
from ui.question import is_text
from ui.render import answer_markdown, plain

FIGURE_HEADERS = ["报告", "章节", "指标", "数值", "单位", "限定", "标准化数值", "基本单位", "句子"]
MEASURE_HEADERS = ["报告", "章节", "措施", "段落"]


def figure_rows(ctx: AppContext, report_ids=(), needle: str = "") -> list[list]:
    rows = []
    for report in sorted(ctx.index.reports.values(), key=lambda r: r.id):
        if report_ids and report.id not in report_ids:
            continue
        for fig in report_figures(report):
            sentence = report.text[fig.sentence_start:fig.sentence_end]
            row = [report.id, " › ".join(fig.section_path), fig.metric, fig.value, fig.unit, fig.qualifier,
                   fig.normalized, fig.base_unit, sentence]
            if not needle or any(needle in str(cell) for cell in row):
                rows.append(row)
    return rows


def measure_rows(ctx: AppContext, report_ids=()) -> list[list]:
    rows = []
    for report in sorted(ctx.index.reports.values(), key=lambda r: r.id):
        if report_ids and report.id not in report_ids:
            continue
        for para in report.paragraphs:
            rows += [[report.id, " › ".join(para.section_path), item.path_segment, para.number] for item in para.items]
    return rows


def _csv_file(rows: list[list]) -> str:
    folder = Path(tempfile.mkdtemp(prefix="reportqa-figures-"))
    path = folder / "figures.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        write_csv(f, FIGURE_HEADERS, rows)
    return str(path)


def build(ctx: AppContext) -> tuple[list[gr.components.Component], callable]:
    ids = sorted(ctx.index.reports)
    with gr.Tab("数字"):
        with gr.Row():
            fig_reports = gr.Dropdown(ids, multiselect=True, label="报告", scale=2)
            needle = gr.Textbox(label="筛选（指标、数值或句子中的文字）", elem_id="figure-filter", scale=3)
            download = gr.DownloadButton("下载 CSV", elem_id="figures-csv", scale=1)
        figures = gr.Dataframe(figure_rows(ctx), headers=FIGURE_HEADERS, interactive=False, wrap=True,
                               elem_id="figures-table", max_height=520, show_search="search")
    with gr.Tab("措施"):
        measure_reports = gr.Dropdown(ids, multiselect=True, label="报告")
        measures = gr.Dataframe(measure_rows(ctx), headers=MEASURE_HEADERS, interactive=False, wrap=True,
                                elem_id="measures-table", max_height=520)
    with gr.Tab("对比"):
        with gr.Row():
            topics = compare_topics(ctx.index)
            topic = gr.Dropdown(topics, value=topics[0] if topics else None, allow_custom_value=True,
                                label="主题（报告中加引号的用语）", scale=2)
            left_id = gr.Dropdown(ids, value=ids[0] if ids else None, label="报告甲", scale=2)
            right_id = gr.Dropdown(ids, value=ids[1] if len(ids) > 1 else None, label="报告乙", scale=2)
            compare = gr.Button("对比", variant="primary", scale=1, elem_id="compare-btn")
        with gr.Row():
            left = gr.Markdown(elem_id="compare-left", latex_delimiters=[])  # report text: never LaTeX
            right = gr.Markdown(elem_id="compare-right", latex_delimiters=[])

    def filter_figures(report_ids, text):
        rows = figure_rows(ctx, tuple(report_ids or ()), (text or "").strip())
        return rows, _csv_file(rows)

    fig_reports.change(filter_figures, [fig_reports, needle], [figures, download])
    needle.submit(filter_figures, [fig_reports, needle], [figures, download])
    download.click(lambda r, t: _csv_file(figure_rows(ctx, tuple(r or ()), (t or "").strip())),
                   [fig_reports, needle], [download])
    measure_reports.change(lambda r: measure_rows(ctx, tuple(r or ())), [measure_reports], [measures])

    def side_by_side(topic_text, a, b):
        topic_text = (topic_text or "").strip()
        if not topic_text:
            return "请输入主题。", ""
        if not is_text(topic_text):
            return "主题中含有无法识别的字符（不成对的代理码位），请删去后重新输入。", ""
        index, retriever = ctx.snapshot()
        out = []
        for report_id in (a, b):
            if not report_id or report_id not in index.reports:
                out.append("请选择报告。")
                continue
            answer = library.ask(ctx.settings, index, retriever, f"在{topic_text}方面采取了哪些措施？",
                                 filters=Filters(report_ids=(report_id,)))
            out.append(f"#### {plain(index.reports[report_id].meta.title)}\n\n{answer_markdown(answer)}")
        return out[0], out[1]

    compare.click(side_by_side, [topic, left_id, right_id], [left, right])

    def refresh():
        new_ids = sorted(ctx.index.reports)
        choices = gr.update(choices=new_ids)
        return [figure_rows(ctx), measure_rows(ctx), choices, choices, choices, choices]

    return [figures, measures, fig_reports, measure_reports, left_id, right_id], refresh
