"""CSV exports are opened in spreadsheets: a report sentence must never run as a formula."""
import csv
import io

from ui.export import write_csv


def test_cells_that_start_like_formulas_are_neutralised():
    out = io.StringIO()
    rows = [["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx", "罚款216件", -5.0]]
    assert write_csv(out, ["a", "b", "c", "d", "e", "f", "g", "h"], rows) == 1
    cells = list(csv.reader(io.StringIO(out.getvalue())))[1]
    assert cells[:6] == ["'=HYPERLINK(\"http://x\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx"]
    assert cells[6:] == ["罚款216件", "-5.0"]  # text as it is, numbers stay numbers


FORMULAS = ("2023年度上海市闵行区卫生健康委员会法治政府建设情况报告\n\n一、主要举措和成效\n"
            "=HYPERLINK(\"http://x\")共收到行政复议12件。\n+SUM(A1)处理投诉15件。\n-3+2共办理案件7件。\n"
            "@SUM(A1)完成检查9件。\n")


def test_both_figure_downloads_neutralise_report_text(tmp_path, monkeypatch):
    """The web table's CSV and `reportqa figures --csv` both go through write_csv: a report whose
    sentences start like formulas gives no cell that a spreadsheet would run."""
    from ui.cli import main
    from ui.data_tab import _csv_file, figure_rows, filter_rows
    from webapp import fake_context

    report = tmp_path / "formula-2023.txt"
    report.write_text(FORMULAS, encoding="utf-8")
    ctx = fake_context(tmp_path / "index", (report,))
    web = _csv_file(filter_rows(figure_rows(ctx.index), ("formula-2023",)))
    cli = tmp_path / "cli.csv"
    assert main(["figures", "--csv", str(cli), "--index", str(tmp_path / "index"), "--model", ctx.encoder.name,
                 "--report", "formula-2023"]) == 0
    for path in (web, cli):
        rows = list(csv.reader(open(path, encoding="utf-8-sig", newline="")))[1:]
        cells = [cell for row in rows for cell in row]
        assert len(rows) >= 4 and not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
        sentences = {row[8] for row in rows}
        assert {"'=HYPERLINK(\"http://x\")共收到行政复议12件。", "'+SUM(A1)处理投诉15件。",
                "'@SUM(A1)完成检查9件。"} <= sentences
