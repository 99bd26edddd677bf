"""A span of years asked with its years written out (「过去五年（2016—2021年）」) is asked of the
report given in the span's last year that looks back over it too, though by its date it reviews the
year before; a five-year plan's span (「“十三五”期间」) ends in the plan's last year; a single year
(「这一年」) is no span. On reports written for these tests."""
import pytest

from conftest import asker, reports_asker, says

TERM_2021 = """东湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、过去五年工作回顾
五年来，我们持续加大教育投入，新建中小学24所，新增学位3.1万座。
二、今后五年的主要任务
新建中小学30所。
"""
YEAR_2022 = """东湖区2022年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2021年工作回顾
2021年，新开通公交线路6条，新增停车位5000个。
二、2022年工作安排
新建中小学8所。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return reports_asker(tmp_path_factory, [("东湖区2021年政府工作报告_2021.txt", TERM_2021),
                                            ("东湖区2022年政府工作报告_2022.txt", YEAR_2022)])


def test_a_span_ending_in_a_reports_year_is_asked_of_that_report_too(ask):
    answer = ask("东湖区过去五年（2016—2021年）新建了多少所中小学？")
    assert [v.text for v in answer.values] == ["24所"]


def test_the_year_itself_is_still_asked_of_the_report_reviewing_it(ask):
    answer = ask("东湖区2021年新开通了多少条公交线路？")
    assert [v.text for v in answer.values] == ["6条"]


def test_this_one_year_is_no_span(ask):
    """「这一年」 is the year asked: the five years' report is not asked."""
    answer = ask("东湖区2021年这一年新建了多少所中小学？")
    assert answer.abstained


FIVE_YEARS = """东湖区2016年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、“十二五”时期发展回顾
产业结构持续优化，第二产业占比由2012年的70.1%下降到60.6%，第三产业上升9.5个百分点。
二、2016年工作安排
第三产业比重提高1个百分点。
"""


@pytest.fixture(scope="module")
def ask_run(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2016年政府工作报告_2016.txt", FIVE_YEARS)


def test_a_run_of_years_asked_holds_every_year_in_it(ask_run):
    """「从2012年到2015年」 asks the run: a sentence naming 2012, the run's first year, speaks of it."""
    answer = ask_run("东湖区从2012年到2015年，第三产业比重提高了几个百分点？")
    assert [v.text for v in answer.values] == ["9.5个百分点"]


def test_the_first_months_of_a_year_are_told_by_the_report_given_later_that_year(tmp_path_factory):
    """A report given in the autumn of 2021 reviews 2020 but says what 「今年上半年」 came to: that
    is no plan, and it answers 「2021年上半年」 beside the report reviewing all of 2021."""
    autumn = """东湖区2021年政府工作报告
一、过去五年工作回顾
今年上半年地区生产总值达到1020亿元，增长12.5%。
二、今后五年的主要任务
地区生产总值年均增长6%。
"""
    whole_year = YEAR_2022.replace("2021年，", "2021年，地区生产总值2100亿元，增长8%。")
    ask = reports_asker(tmp_path_factory, [("东湖区2021年政府工作报告_2021.txt", autumn),
                                           ("东湖区2022年政府工作报告_2022.txt", whole_year)])
    answer = ask("东湖区2021年上半年地区生产总值是多少？")
    assert [v.text.removeprefix("达到") for v in answer.values] == ["1020亿元"]


REVIEW_2016 = """东湖区2016年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、“十二五”时期发展情况及2015年工作回顾
五年来，新区共出让产业用地55宗，土地供应规模居全市第一。
二、2016年工作安排
新建中小学8所。
"""


def test_a_five_year_plan_asked_in_no_tense_with_no_report_setting_it_out_is_asked_of_the_one_looking_back(
        tmp_path_factory):
    """「“十二五”期间…排第几」 says neither done nor planned: it is asked of the report setting the
    plan out (2011), and with none indexed, of the one looking back on it — not refused for want of a
    2011 report."""
    ask = asker(tmp_path_factory, "东湖区2016年政府工作报告_2016.txt", REVIEW_2016)
    answer = ask("东湖区“十二五”期间的土地供应规模在全市排第几？")
    assert says(answer, "全市第一")


def test_what_a_five_year_plan_set_out_is_not_asked_of_the_report_looking_back_on_it(tmp_path_factory):
    """「“十二五”期间打算…」 asks what the plan's own report set out: with that report not indexed, the
    one looking back on the plan does not answer for it, and the answer says which report is missing."""
    ask = asker(tmp_path_factory, "东湖区2016年政府工作报告_2016.txt", REVIEW_2016)
    answer = ask("东湖区“十二五”期间打算出让多少宗产业用地？")
    assert answer.abstained and "未找到2011年的报告" in answer.text


SINCE_2019 = """西湖区2019年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2018年工作回顾
2018年10月，西湖区人民政府正式成立。全年新建中小学3所，新增学位4000座。
二、2019年工作安排
新建中小学5所。到2022年，累计新建中小学20所。
"""
TERM_2023 = """西湖区2023年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、本届政府工作回顾
过去四年，我们持续加大教育投入，新建中小学21所，新增学位2.6万座。
二、2023年工作安排
新建中小学6所。
"""


def test_a_span_from_a_year_on_to_another_is_a_run_of_years_not_a_deadline(tmp_path_factory):
    """「2018年10月成立以来，到2022年」 runs from 2018 to 2022: asked of the report reviewing 2022, not of
    reports setting 2022 as a target, nor of the one reviewing 2018 alone."""
    ask = reports_asker(tmp_path_factory, [("西湖区2019年政府工作报告_2019.txt", SINCE_2019),
                                           ("西湖区2023年政府工作报告_2023.txt", TERM_2023)])
    answer = ask("西湖区2018年10月成立以来，到2022年共新建了多少所中小学？")
    assert [v.text for v in answer.values] == ["21所"]


TERM_2016 = """南湖区政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
过去五年工作回顾
五年来，全区经济保持较快增长，新建学校20所。
未来五年工作
今后五年，要大力实施东进、西拓、南联三大发展战略，建设现代化城区。
"""
YEARLY_2016 = """南湖区2016年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2015年工作回顾
2015年，新建学校4所。
二、“十三五”发展的主要思路和2016年主要工作任务
“十三五”时期，全面实施创新驱动、开放引领、绿色发展三大战略。2016年，新建学校5所。
"""


def test_a_span_named_as_a_part_names_it_chooses_between_two_reports_of_the_year(tmp_path_factory):
    """Two reports given in 2016, one on the new term alone (「未来五年工作」), one naming 「“十三五”」 in its
    part's heading: 「“十三五”时期要实施哪些战略」 is asked of the one naming the span as the question does."""
    ask = reports_asker(tmp_path_factory, [("南湖区第六届人大一次会议政府工作报告_2016.txt", TERM_2016),
                                           ("南湖区2016年政府工作报告_2016.txt", YEARLY_2016)])
    answer = ask("南湖区“十三五”时期（2016—2020年）要实施哪三大战略？")
    text = " ".join(m.title for m in answer.measures) or answer.text
    assert "创新驱动" in text and "东进" not in text


SPAN_AND_YEAR = """东湖区2016年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
“十二五”时期发展情况及2015年工作回顾
五年来，我们坚持制度创新、开门改革，发展活力加快释放。
1.改革更加注重开创性。承担国家级改革试点6项。
2.改革更加注重制度性。形成一批可复制的制度成果。
3.改革更加注重惠民性。连续两年向社会征集改革项目。
五年来，我们坚持转变作风、优化服务，政府自身建设不断加强。
1.强化服务。推出网上办事大厅。
2.高效执行。行政审批时限压缩一半。
3.廉洁从政。实行负面清单管理。
2015年，全区围绕“改革攻坚年”的部署推进改革，推动经济社会平稳较快发展，为“十二五”收官画上圆满句号。
经济增长稳健趋好。全年地区生产总值增长10%。
改革攻坚成果丰硕。推进改革项目16个，推进改革试点8项。
民生福祉持续提升。新建学校3所。
“十三五”规划的主要思路及2016年工作计划
（一）推动产业升级
培育新兴产业集群。
"""


def test_a_span_asked_is_not_answered_by_its_last_years_own_run(tmp_path_factory):
    """「“十二五”期间…推进改革」: the run opened by 「2015年，…」 holds the words, but it tells that year;
    the five years' own group on reform answers."""
    ask = asker(tmp_path_factory, "东湖区2016年政府工作报告_2016.txt", SPAN_AND_YEAR)
    titles = [m.title for m in ask("东湖区“十二五”期间在推进改革方面做了哪些工作？").measures]
    assert [t[:12] for t in titles] == ["1.改革更加注重开创性", "2.改革更加注重制度性", "3.改革更加注重惠民性"]


PLAN_2016 = """东湖区2016年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2015年工作回顾
新建社区养老服务中心4家。
二、“十三五”时期主要目标和任务
加快推进区级公办养老院建设，新增养老床位2000张。
"""
TERM_2021_BACK = """东湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、“十三五”时期工作回顾
五年来，我们建成全市规模最大的养老院松鹤苑，新增养老床位2600张。
二、“十四五”时期主要任务
新增养老床位3000张。
"""


def test_a_five_year_plans_span_is_asked_too_of_the_report_looking_back_at_its_end(tmp_path_factory):
    """「“十三五”期间」 in no tense is read as the plan's first year (2016), whose report sets it out; the
    report looking back over it is the one given at its end (2020 or 2021), not the year after 2016."""
    ask = reports_asker(tmp_path_factory, [("东湖区2016年政府工作报告_2016.txt", PLAN_2016),
                                           ("东湖区2021年政府工作报告_2021.txt", TERM_2021_BACK)])
    answer = ask("东湖区“十三五”期间建成的全市规模最大的养老院叫什么名字？")
    assert says(answer, "松鹤苑")


AUTUMN_2016 = """东湖区2016年10月政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、过去五年工作回顾
实施“垃圾不落地”专项行动，市容环境综合考核保持全市前三。
二、今后五年的主要任务
新建公园30个。
"""
YEAR_2017 = """东湖区2017年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2016年工作回顾
全面推进“深度洁净”行动，市容环境综合考核位列全市第二。
二、2017年工作安排
新建公园6个。
"""


def test_of_two_reports_telling_a_year_the_one_given_after_it_answers(tmp_path_factory):
    """A term's report given in a year's autumn and the next year's report both look back on the year:
    on a tie, the one given after the year, which tells all of it."""
    ask = reports_asker(tmp_path_factory, [("东湖区2016年10月政府工作报告_2016.txt", AUTUMN_2016),
                                           ("东湖区2017年政府工作报告_2017.txt", YEAR_2017)])
    answer = ask("东湖区2016年市容环境考核在全市排第几？")
    assert says(answer, "全市第二") and "前三" not in answer.text
