"""数据: every extracted figure (searchable, CSV), the measures by report and section, and two
reports' measures on one topic side by side."""
from __future__ import annotations

import hashlib
import io
import os
import tempfile
from pathlib import Path

import gradio as gr

from assistant import library
from assistant.examples import compare_topics
from assistant.retrieve import Filters
from index.figures import report_figures
from index.store import ReportIndex

from ui import messages
from ui.context import AppContext
from ui.live import Follow, index_version
from ui.export import write_csv
from ui.question import is_text
from ui.render import answer_markdown, plain

# The value and its unit next to the metric, where a 1366 px screen shows them; the long sentence last.
FIGURE_HEADERS = ["报告", "指标", "数值", "单位", "限定", "章节", "标准化数值", "基本单位", "句子"]
FIGURE_WIDTHS = ["9%", "14%", "7%", "6%", "5%", "14%", "8%", "6%", "31%"]
MEASURE_HEADERS = ["报告", "章节", "措施", "段落"]


def figure_rows(index: ReportIndex) -> list[list]:
    """Every figure of every report, one row each (columns FIGURE_HEADERS)."""
    rows = []
    for report in sorted(index.reports.values(), key=lambda r: r.id):
        for fig in report_figures(report):
            sentence = report.text[fig.sentence_start:fig.sentence_end]
            rows.append([report.id, fig.metric, fig.value, fig.unit, fig.qualifier, " › ".join(fig.section_path),
                         fig.normalized, fig.base_unit, sentence])
    return rows


def filter_rows(rows: list[list], report_ids=(), needle: str = "") -> list[list]:
    """The rows of the reports picked (all if none) with ``needle`` in any cell."""
    return [row for row in rows if (not report_ids or row[0] in report_ids)
            and (not needle or any(needle in str(cell) for cell in row))]


def measure_rows(index: ReportIndex, report_ids=()) -> list[list]:
    rows = []
    for report in sorted(index.reports.values(), key=lambda r: r.id):
        if report_ids and report.id not in report_ids:
            continue
        for para in report.paragraphs:
            rows += [[report.id, " › ".join(para.section_path), item.path_segment, para.number] for item in para.items]
    return rows


def _csv_file(rows: list[list]) -> str:
    """The rows as figures.csv, in a folder named by their content: filtering as one types makes
    one file per distinct result, not one per keystroke, and two sessions never share a half-written file."""
    buffer = io.StringIO()
    write_csv(buffer, FIGURE_HEADERS, rows)
    text = buffer.getvalue()
    folder = Path(tempfile.gettempdir()) / "reportqa-figures" / hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    path = folder / "figures.csv"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    return str(path)


def build(ctx: AppContext) -> list[Follow]:
    """The tab; returns its ``follows`` (ui/live.py): tables, choices and the CSV follow the index."""
    with gr.Tab("数字"):
        with gr.Row():
            fig_reports = gr.Dropdown([], multiselect=True, label="报告", scale=2, elem_id="figure-reports")
            needle = gr.Textbox(label="筛选（指标、数值或句子中的文字，输入即筛选）", elem_id="figure-filter", scale=3)
            download = gr.DownloadButton("下载 CSV（当前筛选结果）", elem_id="figures-csv", scale=1)
        count = gr.Markdown(elem_id="figure-count")
        figures = gr.Dataframe([], headers=FIGURE_HEADERS, interactive=False, wrap=True, elem_id="figures-table",
                               max_height=520, column_widths=FIGURE_WIDTHS)
    with gr.Tab("措施"):
        measure_reports = gr.Dropdown([], multiselect=True, label="报告")
        measures = gr.Dataframe([], headers=MEASURE_HEADERS, interactive=False, wrap=True,
                                elem_id="measures-table", max_height=520)
    with gr.Tab("对比"):
        with gr.Row():
            topic = gr.Dropdown([], allow_custom_value=True, label="主题（报告中加引号的用语，也可自行输入）", scale=2)
            left_id = gr.Dropdown([], label="报告甲", scale=2, elem_id="compare-left-id")
            right_id = gr.Dropdown([], label="报告乙", scale=2, elem_id="compare-right-id")
            compare = gr.Button("对比", variant="primary", scale=1, elem_id="compare-btn")
        with gr.Row():
            left = gr.Markdown(elem_id="compare-left", latex_delimiters=[])  # report text: never LaTeX
            right = gr.Markdown(elem_id="compare-right", latex_delimiters=[])

    extracted: dict[str, list[list]] = {}  # this app's figure rows of the index version last seen

    def all_figures(index):
        version = index_version(index)
        if version not in extracted:
            extracted.clear()
            extracted[version] = figure_rows(index)
        return extracted[version]

    def figures_view(index, report_ids, text):
        """The table, its count and the CSV of exactly those rows: the download is ready before any click."""
        rows = filter_rows(all_figures(index), tuple(report_ids or ()), (text or "").strip())
        return rows, f"共 {len(rows)} 条", _csv_file(rows)

    def filter_figures(report_ids, text):
        return figures_view(ctx.index, report_ids, text)

    for event in (fig_reports.change, needle.change):
        event(filter_figures, [fig_reports, needle], [figures, count, download], show_progress="hidden",
              trigger_mode="always_last")
    measure_reports.change(lambda r: measure_rows(ctx.index, tuple(r or ())), [measure_reports], [measures],
                           show_progress="hidden")

    def side_by_side(topic_text, a, b):
        topic_text = (topic_text or "").strip()
        if not topic_text:
            return messages.warning("请输入主题。"), ""
        if not is_text(topic_text):
            return messages.error("主题中含有无法识别的字符（不成对的代理码位），请删去后重新输入。"), ""
        index, retriever = ctx.snapshot()
        out = []
        for report_id in (a, b):
            if not report_id or report_id not in index.reports:
                out.append(messages.warning("请选择报告。"))
                continue
            answer = library.ask(ctx.settings, index, retriever, f"在{topic_text}方面采取了哪些措施？",
                                 filters=Filters(report_ids=(report_id,)))
            out.append(f"#### {plain(index.reports[report_id].meta.title)}\n\n{answer_markdown(answer)}")
        return out[0], out[1]

    compare.click(side_by_side, [topic, left_id, right_id], [left, right])

    def ids(index):
        return sorted(index.reports)

    def current_figures(index, report_ids, text):
        return figures_view(index, [r for r in report_ids or () if r in index.reports], text)

    def pick(n):  # 报告甲 and 报告乙 start on two different reports
        return lambda index, value: gr.update(choices=ids(index), value=value if value in index.reports else
                                              (ids(index)[n] if len(ids(index)) > n else None))

    def topics(index, value):
        choices = compare_topics(index)
        return gr.update(choices=choices, value=value or (choices[0] if choices else None))

    keep = lambda index, value: gr.update(choices=ids(index), value=[v for v in value or () if v in index.reports])  # noqa: E731
    return [Follow(fig_reports, keep, (fig_reports,)), Follow(measure_reports, keep, (measure_reports,)),
            Follow((figures, count, download), current_figures, (fig_reports, needle)),
            Follow(measures, lambda index, r: measure_rows(index, tuple(x for x in r or () if x in index.reports)),
                   (measure_reports,)),
            Follow(left_id, pick(0), (left_id,)), Follow(right_id, pick(1), (right_id,)), Follow(topic, topics, (topic,))]
