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
