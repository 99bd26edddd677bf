"""The words saying when (全年, 力争, a year) are no part of what a figure is of: 「全年力争实现工业投资
500亿元左右」 is as much of 工业投资 as 「工业技改投资100亿元左右」 is of 工业技改投资. On a report written
for the test."""
from conftest import asker

REPORT = """西湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
2023年，全区完成固定资产投资730亿元。
二、2024年工作安排
实施工业投资提速计划，推动重大产业项目投产，全年力争实现工业投资500亿元左右、工业技改投资100亿元左右。
新建公园5个。
"""


def test_the_figure_of_the_thing_asked_not_of_a_narrower_one(tmp_path_factory):
    ask = asker(tmp_path_factory, "西湖区2024年政府工作报告_2024.txt", REPORT)
    assert [v.text for v in ask("西湖区2024年力争完成多少工业投资？").values] == ["500亿元左右"]
