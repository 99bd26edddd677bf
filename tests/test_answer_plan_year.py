"""A year asked of the report planning it: figures a report sets for its own year answer a question
saying neither done nor planned when no report reviews that year, and give way to the report that
does. On reports written for these tests."""
import pytest

from conftest import index_asker, reports_asker, reports_index

PLAN_2024 = """东湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
2023年，全区完成固定资产投资900亿元。
二、2024年工作安排
今年安排政府投资项目资金480亿元，比上年增加30亿元。
力争五年内，PCT国际专利申请量突破2500件。
未来五年的主要目标是：到2028年，全区生产总值超过3000亿元。
"""
REVIEW_2025 = """东湖区2025年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2024年工作回顾
2024年，全区政府投资项目资金完成500亿元。
二、2025年工作安排
今年安排政府投资项目资金520亿元。
"""
PLAN_ONLY = """西湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
2023年，74个重点项目完成投资320亿元；全区PM2.5平均浓度下降9.1%。
全区38个老旧小区改造项目全部开工。
二、2024年工作安排
今年安排政府投资项目资金260亿元。
城镇登记失业率控制在3%以内。
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return reports_index(tmp_path_factory, [("东湖区2024年政府工作报告_2024.txt", PLAN_2024),
                                     ("西湖区2024年政府工作报告_2024.txt", PLAN_ONLY)])


@pytest.fixture(scope="module")
def ask(index):
    return index_asker(index)


def test_a_figure_the_report_sets_for_its_own_year_answers_a_tenseless_question(ask):
    """No report reviews 2024: the amount the 2024 report sets for it is what the reports say."""
    answer = ask("西湖区2024年政府投资项目资金是多少？")
    assert [v.text for v in answer.values] == ["260亿元"] and {c.year for c in answer.citations} == {2024}


def test_a_limit_set_for_the_year_is_no_answer_to_what_the_year_came_to(ask):
    """「控制在3%以内」 caps the year's rate; what it came to, no report says yet."""
    assert not ask("西湖区2024年城镇登记失业率是多少？").values


def test_a_limit_set_for_the_year_answers_a_question_asking_the_plan(ask):
    assert [v.text for v in ask("西湖区2024年城镇登记失业率要控制在多少？").values] == ["3%以内"]


def test_the_report_reviewing_the_year_answers_before_the_one_planning_it(tmp_path_factory):
    ask = reports_asker(tmp_path_factory, [("东湖区2024年政府工作报告_2024.txt", PLAN_2024),
                                           ("东湖区2025年政府工作报告_2025.txt", REVIEW_2025)])
    answer = ask("东湖区2024年政府投资项目资金是多少？")
    assert [v.text for v in answer.values] == ["500亿元"] and {c.year for c in answer.citations} == {2025}


def test_a_target_over_five_years_is_no_one_years_value(ask):
    """「力争五年内…突破2500件」 in the 2024 report: not what 2024 will count."""
    assert not ask("东湖区2024年PCT国际专利申请量是多少件？").values


def test_a_target_over_five_years_answers_a_question_asking_the_span(ask):
    answer = ask("东湖区力争五年内PCT国际专利申请量达到多少件？")
    assert [v.text for v in answer.values] == ["突破2500件"]


def test_a_year_said_after_the_span_is_the_figures_year(ask):
    """「未来五年…：到2028年，…超过3000亿元」 is 2028's value, though a span is said before it."""
    assert [v.text for v in ask("东湖区提出到2028年生产总值要超过多少？").values] == ["超过3000亿元"]


def test_a_figure_the_question_states_is_not_its_answer(ask):
    answer = ask("西湖区2023年74个重点项目完成投资多少？")
    assert [v.text for v in answer.values] == ["320亿元"]


def test_a_question_stating_the_only_figure_near_is_not_answered_with_it(ask):
    """Abstaining beats echoing the question's own number back."""
    assert not ask("西湖区2023年38个老旧小区改造项目投资多少？").values


def test_fell_by_how_much_asks_the_change(ask):
    from assistant.query import _asks_change

    assert _asks_change("2023年全区PM2.5平均浓度降了多少？")
    assert not _asks_change("税率从16%降到多少？")


def test_a_growth_target_asks_the_rate():
    """「增长目标是多少」 is answered with 增长8%左右, not with the target's level."""
    from assistant.query import _asks_change

    assert _asks_change("西湖区2024年地区生产总值增长目标定的是多少？")
    assert _asks_change("西湖区2024年财政收入增长的预期目标是多少？")
    assert not _asks_change("西湖区2024年新增就业目标是多少人？")


def test_a_place_with_no_report_reviewing_the_year_is_asked_of_the_one_planning_it(tmp_path_factory):
    """A question naming no place, saying what was done: each place's report reviewing the year, or,
    where a place has none, its report planning the year."""
    from assistant.grounding import reports_for_years
    from corpus.load import load_report

    folder = tmp_path_factory.mktemp("places")
    reports = []
    for name, text in (("东湖区2024年政府工作报告_2024.txt", PLAN_2024), ("东湖区2025年政府工作报告_2025.txt", REVIEW_2025),
                       ("西湖区2024年政府工作报告_2024.txt", PLAN_ONLY)):
        (folder / name).write_text(text, encoding="utf-8")
        reports.append(load_report(folder / name))
    found, how = reports_for_years(reports, [2024], "2024年完成了多少政府投资？")
    assert how == "covers"
    assert sorted((r.meta.region.name, r.meta.year) for r in found) == [("东湖区", 2025), ("西湖区", 2024)]


def test_a_span_asked_with_no_year_goes_to_the_reports_with_a_part_on_a_span(tmp_path_factory):
    """「今后五年」 names no year: of a place's reports, those setting out five years answer."""
    from assistant.grounding import reports_on_a_span
    from corpus.load import load_report

    five = ("南湖区2021年政府工作报告\n各位代表：现在，我代表区人民政府，向大会报告工作。\n一、过去五年工作回顾\n"
            "五年来，新建学校20所。\n二、今后五年的主要任务\n建设教育强区。\n")
    folder = tmp_path_factory.mktemp("span")
    reports = []
    for name, text in (("南湖区2024年政府工作报告_2024.txt", PLAN_2024.replace("东湖区", "南湖区")),
                       ("南湖区2021年政府工作报告_2021.txt", five)):
        (folder / name).write_text(text, encoding="utf-8")
        reports.append(load_report(folder / name))
    assert [r.meta.year for r in reports_on_a_span(reports)] == [2021]
    assert reports_on_a_span(reports[:1]) == []


def test_shortcomings_of_a_year_are_asked_of_the_report_looking_back_on_it(tmp_path_factory):
    """「2024年还有哪些短板」 says no tense, but a report admits shortcomings looking back: the 2025
    report's, not the 2024 report's (those are 2023's). 「没做好」 says no plan."""
    from assistant.grounding import asks_plan, reports_for_years
    from corpus.load import load_report

    folder = tmp_path_factory.mktemp("shortcomings")
    reports = []
    for name, text in (("东湖区2024年政府工作报告_2024.txt", PLAN_2024), ("东湖区2025年政府工作报告_2025.txt", REVIEW_2025)):
        (folder / name).write_text(text, encoding="utf-8")
        reports.append(load_report(folder / name))
    question = "东湖区2024年的工作还有哪些短板和没做好的地方？"
    assert not asks_plan(question)
    found, _ = reports_for_years(reports, [2024], question, either_part=True)
    assert [r.meta.year for r in found] == [2025]


TERM_PLAN = """南湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、过去五年工作回顾
五年来，新建中小学20所。
二、未来五年发展目标和重点任务
坚持教育优先发展。新增公办义务教育学位15万个，2021年、2023年、2025年分别建成一批九年一贯制学校。
三、2021年工作安排
推进12所学校新改扩建，新增义务教育学位2.5万个。
"""


def test_a_figure_of_a_part_on_five_years_is_no_one_years_value(tmp_path_factory):
    """A figure whose sentence speaks of years across a span (2021, 2023 and 2025) is the span's total,
    though it names no span: 2021's plan is the 2021 part's figure, however closely the other's words
    match."""
    ask = reports_asker(tmp_path_factory, [("南湖区2021年政府工作报告_2021.txt", TERM_PLAN)])
    answer = ask("南湖区2021年计划新增多少个公办义务教育学位？")
    assert [v.text for v in answer.values] == ["2.5万个"]
