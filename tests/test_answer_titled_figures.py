"""A numbered line whose first sentence the structure takes as its title (「1.地区生产总值突破千亿
大关，达1015亿元，增长7.6%。规模以上…」) still says its figures: they are read with the paragraph
after the title and answer. On a report written for the test."""
import pytest

from conftest import asker
from corpus.load import load_report
from index.figures import report_figures

REPORT = """南湖区2024年政府工作报告
2023年工作回顾
（一）稳增长
1.地区生产总值突破千亿大关，达1015亿元，增长7.6%。规模以上工业总产值2310亿元，税收收入186亿元。
2.完成固定资产投资420亿元，增长9.1%。
二、2024年工作安排
全年地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def path(tmp_path_factory):
    file = tmp_path_factory.mktemp("report") / "南湖区2024年政府工作报告_2024.txt"
    file.write_text(REPORT, encoding="utf-8")
    return file


def test_the_figures_of_a_title_split_off_a_paragraph_are_read(path):
    report = load_report(path)
    assert {"达1015亿元", "7.6%", "2310亿元"} <= {f.text for f in report_figures(report)}


def test_they_answer(tmp_path_factory):
    ask = asker(tmp_path_factory, "南湖区2024年政府工作报告_2024.txt", REPORT)
    assert [v.text for v in ask("南湖区2023年GDP是多少？").values] == ["达1015亿元"]
