"""Which reports answer a question asking several years of one place."""


def test_two_reports_reviewing_one_year_answer_it_once(tmp_path):
    """A new term's October report and the next January's both review 2016: a question asking 2016
    and 2023 of one place gets one answer for each year, the more confident report's."""
    from assistant.answer import _best_per_place_and_year
    from corpus.load import load_report

    body = "各位代表：现在，我代表区人民政府，向大会报告工作。\n一、工作回顾\n一般公共预算收入93.8亿元。\n"
    names = ("2016年10月政府工作报告_2016.txt", "东湖区2017年政府工作报告_2017.txt", "东湖区2024年政府工作报告_2024.txt")
    reports = []
    for name in names:
        (tmp_path / name).write_text("东湖区" + name.split("_")[0] + "\n" + body, encoding="utf-8")
        reports.append(load_report(tmp_path / name))
    confidence = {reports[0].id: 0.6, reports[1].id: 0.9, reports[2].id: 0.8}
    kept = _best_per_place_and_year(reports, (2016, 2023), confidence)
    assert [r.meta.year for r in kept] == [2017, 2024]


def test_a_price_base_year_is_no_year_asked_and_a_plan_outline_no_plan(tmp_path_factory):
    """「（2010年不变价）」 says in which year's prices, not of which year; 「纲要」 (an outline) holds 要 but
    asks no plan: the review sentence of the report that did it answers."""
    from conftest import reports_asker

    done = """2013年政府工作报告
一、过去五年工作回顾
制定实施新十年农村扶贫开发纲要，将扶贫标准提高到2300元（2010年不变价）。
二、2013年工作建议
继续加大扶贫投入。
"""
    other = """2010年政府工作报告
一、2009年工作回顾
扶贫开发投入增长20%。
二、2010年工作安排
扶贫标准将继续提高。
"""
    ask = reports_asker(tmp_path_factory, [("2013年国务院政府工作报告.txt", done), ("2010年国务院政府工作报告.txt", other)])
    answer = ask("新十年农村扶贫开发纲要把扶贫标准提高到了多少（2010年不变价）？")
    assert [v.text for v in answer.values] == ["2300元"]
