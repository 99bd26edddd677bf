"""What a year was named (「把2024年定为什么年」) is told by a sentence quoting a name ending in 年, of the
year asked — seldom among the search's best passages, whose words it lacks. On a report written for
these tests."""
import pytest

from assistant.query import NAMED_YEAR_ASKED, analyze
from conftest import asker
from index.tokenize import Tokenizer

REPORT = """东湖区2024年政府工作报告
一、2023年工作回顾
2023年是全面贯彻党的二十大精神的开局之年，是我区的“项目攻坚年”和“营商环境优化年”。
全年地区生产总值增长6%。
二、2024年工作安排
区委将今年确定为“产业突破年”，提出集中力量打好“五场硬仗”。
全面落实“作风建设提升年”和“基层治理提升年”部署，推动各项工作落地见效。
我们要落实好市委“城市品质提升年”的部署，以及区委“服务攻坚年”的工作要求。
新建学校6所，新增学位8000个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


def test_the_year_named_in_its_own_report_answers(ask):
    """「今年」 in the 2024 report is 2024, though the sentence writes no year."""
    answer = ask("东湖区把2024年定为什么年？")
    assert not answer.abstained and "产业突破年" in answer.text


def test_the_year_asked_is_told_from_the_year_before(ask):
    answer = ask("东湖区把2023年定为哪两个“年”？")
    assert "项目攻坚年" in answer.text and "营商环境优化年" in answer.text and "产业突破年" not in answer.text


def test_the_words_of_a_quoted_name_choose_among_a_years_names(ask):
    answer = ask("东湖区2024年要全面落实哪两个“提升年”的部署？")
    assert "基层治理提升年" in answer.text and "产业突破年" not in answer.text


def test_a_name_in_the_plan_of_the_year_asked_answers(ask):
    """A sentence writing no year, in the part planning the year asked, names that year."""
    answer = ask("东湖区区委要求2024年是什么年？")
    assert not answer.abstained and "服务攻坚年" in answer.text


def test_which_year_asks_a_date_not_a_name():
    """「哪一年」, 「什么年份」 ask when; 「哪两个“年”」 asks names, a fact, not a list of measures."""
    assert not NAMED_YEAR_ASKED.search("东湖区哪一年开通了地铁？")
    assert not NAMED_YEAR_ASKED.search("东湖区地铁是什么年份开通的？")
    assert analyze("东湖区把2023年定为哪两个“年”？", [], Tokenizer()).intent == "fact"


JOINED = """南湖区2015年政府工作报告
一、2014年工作回顾
在市委市政府的坚强领导下，全区地区生产总值增长8%。
二、2015年工作安排
市委市政府决定将今年确定为“改革攻坚年、工作落实年”，我们要坚定信心、真抓实干。
新建学校5所，新增学位6000个。
"""


def test_two_names_in_one_quote_name_the_year(tmp_path_factory):
    """「“改革攻坚年、工作落实年”」 quotes both names at once, joined by 、: the sentence names the year."""
    ask = asker(tmp_path_factory, "南湖区2015年政府工作报告_2015.txt", JOINED)
    answer = ask("南湖区2015年被市委市政府确定为什么年？")
    assert not answer.abstained and "改革攻坚年、工作落实年" in answer.text


THEME_REPORT = """西湖区2018年政府工作报告
一、2017年工作回顾
过去一年，我们坚持稳中求进工作总基调，持续打造西湖质量，扎实开展“城区品质提升年”工作，推动经济社会发展取得新成效。
扎实开展主题教育工作，全年组织主题学习活动50场。全年地区生产总值增长7%。
二、2018年工作安排
新建学校4所。
"""


@pytest.fixture(scope="module")
def ask_theme(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区2018年政府工作报告_2018.txt", THEME_REPORT)


def test_a_theme_year_s_work_asks_a_year_s_name(ask_theme):
    """「什么主题年工作」 asks the name quoted (「“城区品质提升年”工作」), not a sentence on 主题 and 开展."""
    answer = ask_theme("西湖区2017年扎实开展的是什么主题年工作？")
    assert not answer.abstained and "城区品质提升年" in answer.text
