"""A question's time: a run of years names the report that reviews it (its last year) or plans it
(its first), and words for a span of years say when, not what. Questions are made up for the tests."""
import pytest

from assistant.query import analyze
from index.tokenize import Tokenizer


def _ask(question):
    return analyze(question, [], Tokenizer())


def test_a_run_of_years_done_is_asked_of_its_last_year():
    """2016–2020 is reviewed by the report that looks back on 2020."""
    assert _ask("东湖区2016年至2020年在教育方面做了哪些工作？").years == (2020,)


@pytest.mark.parametrize("question", ["东湖区过去五年（2016年以来）在教育方面做了哪些工作？",
                                      "东湖区2016年以来这五年在教育方面做了哪些工作？"])
def test_a_span_from_a_year_as_long_as_said_is_asked_of_its_last_year(question):
    """「过去五年（2016年以来）」 runs 2016–2020: the report reviewing 2020 tells of it, as for 「2016年至2020年」."""
    assert _ask(question).years == (2020,)


def test_a_year_a_span_runs_from_says_no_length_alone():
    assert _ask("东湖区2016年以来在教育方面做了哪些工作？").years == (2016,)


def test_a_run_of_years_planned_is_asked_of_its_first_year():
    """今后五年（2016—2020年） is planned by the report that plans 2016, not one given in 2020."""
    query = _ask("东湖区今后五年（2016—2020年）在教育方面打算怎么做？")
    assert query.years == (2016,) and query.asks_plan


def test_a_five_year_plan_done_is_asked_of_its_last_year():
    """“十二五”期间 is 2011–2015: what was achieved is reviewed by the report looking back on 2015."""
    assert _ask("东湖区“十二五”期间在教育方面取得了哪些成绩？").years == (2015,)


def test_a_five_year_plan_named_in_no_tense_is_asked_of_the_report_setting_it_out():
    """「“十四五”时期的发展思路」 says neither done nor planned: the report planning 2021 sets it out."""
    assert _ask("东湖区“十四五”时期的发展基本思路有哪些？").years == (2021,)


def test_a_five_year_plan_planned_is_asked_of_its_first_year():
    """“十四五”时期 planned is 2021–2025: the report that plans 2021 sets it out."""
    assert _ask("东湖区“十四五”时期在交通建设上打算怎么做？").years == (2021,)




def test_a_year_named_outright_wins_over_the_plan_it_falls_in():
    assert _ask("东湖区“十三五”开局之年2016年在教育方面做了哪些工作？").years == (2016,)


def test_a_target_measured_against_is_no_plan_asked():
    """「比控制目标低多少」 asks how the year went against its target: what was done, not the plan."""
    assert not _ask("东湖区2023年登记失业率比控制目标低多少个百分点？").asks_plan
    assert not _ask("东湖区2023年是否完成了年度目标？").asks_plan
    assert _ask("东湖区2024年登记失业率的控制目标是多少？").asks_plan


def test_what_a_year_focuses_on_is_its_plan_and_what_it_focused_on_its_review():
    """「重点抓哪些」 says what the year will put first, as 「重点工作」 does; with 了, what it did."""
    assert _ask("东湖区2022年在城市管理上重点抓哪些？").asks_plan
    assert not _ask("东湖区2022年重点抓了哪些方面的工作？").asks_plan


def test_the_next_five_years_are_a_plan():
    assert _ask("东湖区未来五年在交通建设上有哪些重点？").asks_plan
    assert not _ask("东湖区未来产业有哪些？").asks_plan


@pytest.mark.parametrize("question", [
    "东湖区过去五年在城市管理方面做了哪些工作？",
    "东湖区“十三五”期间在城市管理方面做了哪些工作？",
    "这五年东湖区在城市管理方面做了哪些工作？",
])
def test_words_for_a_span_of_years_are_no_topic_of_a_measure(question):
    """A passage on 城市管理 need not say 过去五年 or 十三五 to answer: the span chose the report."""
    terms = _ask(question).terms
    assert "城市管理" in terms or {"城市", "管理"} <= set(terms)
    assert not {"过去", "五年", "十三五", "十三", "期间", "这"} & set(terms)


def test_a_span_of_years_stays_a_word_of_a_figure_question():
    """「“十三五”期间年均增长」 is the figure asked: its period is part of what is sought."""
    assert {"十三五", "期间"} & set(_ask("东湖区“十三五”期间地区生产总值年均增长多少？").terms)


@pytest.mark.parametrize("question, years", [
    ("东湖区去年（2023年）主要抓了哪几块工作？", (2023,)),  # the year written beside 去年 is the year it means
    ("东湖区2024年的报告里，去年新增了多少个学位？", (2023,)),  # 去年 counted from the year the question names
])
def test_a_relative_year_glossed_with_its_year_is_that_year(question, years):
    assert _ask(question).years == years
def test_the_time_said_with_a_year_is_no_word_to_find():
    """「2016年底」 names the year; 底 left over would weigh as a rare word the passages lack."""
    query = _ask("东湖区2016年底地铁通车里程有多少公里？")
    assert query.years == (2016,) and "底" not in query.terms


def test_the_word_joining_two_years_is_no_word_to_find():
    """「2016年到2020年」: 到 left over is a word no passage on those years needs to hold."""
    for question in ("东湖区2016年到2020年新建了多少所学校？", "东湖区2016至2020年新建了多少所学校？"):
        assert set(_ask(question).terms) == {"新建", "学校"}


def test_a_total_asked_is_no_word_to_find():
    """「一共通了」 cut as 一 / 共通 left two words no report holds."""
    assert set(_ask("东湖区2016年地铁一共通了多少公里？").terms) == {"地铁", "通", "公里"}


def test_a_rise_asked_without_le_asks_a_change():
    """「涨几个百分点」 asks the rise, as 「涨了几个百分点」 does."""
    assert _ask("东湖区2014年污水处理率计划涨几个百分点？").asks_change



def test_the_end_of_a_five_year_plan_and_a_bare_dao_are_no_words_to_find():
    """「“十二五”末」 says when, as 「2015年底」 does; 「GDP到了多少」 asks the level reached."""
    terms = _ask("东湖区“十二五”末（2015年）GDP到了多少？").terms
    assert "末" not in terms and "到" not in terms and "gdp" in terms


def test_a_span_from_a_year_on_to_another_is_a_run_of_years_and_no_words_to_find():
    """「2018年10月成立以来，到2022年」 runs from 2018 to 2022 (asked of the report reviewing 2022);
    成立, 以来 and 月 say when, and are no words a passage must hold."""
    query = _ask("西湖区2018年10月成立以来，到2022年在教育方面做了哪些工作？")
    assert query.years == (2022,) and not {"成立", "以来", "月", "到"} & set(query.terms)


def test_since_a_year_says_when_not_what():
    """「2016年以来」: 以来 is a word of when, not of the topic (教育)."""
    query = _ask("东湖区2016年以来在教育方面做了哪些工作？")
    assert "以来" not in query.terms and "教育" in query.terms


def test_a_span_since_a_year_up_to_a_later_one_said_first_is_asked_of_the_later():
    """「截至2016年，…自2013年以来」 runs 2013–2016, said the other way round: asked of 2016, not of
    2013 as well (the report reviewing 2013 tells no span)."""
    assert _ask("截至2016年，东湖区自2013年以来“三公”经费年均下降了多少？").years == (2016,)
