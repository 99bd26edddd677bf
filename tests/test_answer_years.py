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
