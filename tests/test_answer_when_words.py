"""What a figure is of: not the words saying when (全年, 力争, a year) — 「全年力争实现工业投资
500亿元左右」 is as much of 工业投资 as 「工业技改投资100亿元左右」 is of 工业技改投资 — and what the clauses
of its sentence before a 「；」 name. On reports written for the tests."""
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


def test_a_clause_after_a_semicolon_shares_the_sentences_subject(tmp_path_factory):
    """「全区GDP同比增长8.5%…；总量跃升到5202亿元」: the 总量 is the GDP's, named before the 「；」 —
    not the population's 「总量达537万」, whose clause says 总量 alone."""
    report = """南湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
全区GDP同比增长8.5%、比全市高2.5个百分点，增速排名第一；总量跃升到5202亿元，一年净增加500亿元。
全区实有人口一年增加42万、总量达537万，其中户籍人口达到108万人。
二、2024年工作安排
新建公园5个。
"""
    ask = asker(tmp_path_factory, "南湖区2024年政府工作报告_2024.txt", report)
    assert [v.text for v in ask("2023年南湖区GDP总量是多少？").values] == ["5202亿元"]


def test_the_verb_a_figure_is_reached_by_is_asked_in_the_same_words(tmp_path_factory):
    """「辖区税收首次突破500亿元、达到538亿元」: 「税收达到多少」 asks the amount reached, the figure 达到
    opens, though the line passed stands nearer the words 辖区税收."""
    report = """南湖区2022年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2021年工作回顾
在减税降费的情况下，辖区税收首次突破500亿元、达到538亿元。新建公园5个。
二、2022年工作安排
新建学校3所。
"""
    ask = asker(tmp_path_factory, "南湖区2022年政府工作报告_2022.txt", report)
    assert [v.text for v in ask("南湖区2021年辖区税收达到多少？").values] == ["达到538亿元"]
