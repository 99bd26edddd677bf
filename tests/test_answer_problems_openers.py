"""Shortcomings a paragraph tells in sentences opening alike are its list of them: framed sentences may
begin right after the colon of the sentence saying they exist (「…仍面临不少挑战：体现在科技创新上，…。体现在
产业结构上，…」: the first is an entry too, not part of the lead), and problems may each follow the same
clause (「我们清醒认识到，…。我们清醒认识到，…」, the first after a sentence's opening clause: each entry from
where it opens after it). On reports written for these tests."""
import pytest

from conftest import asker

AFTER_COLON = """北湖区2023年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2022年工作回顾
（一）经济运行稳中向好
全区地区生产总值增长6%，新增市场主体1.2万户。
（二）民生事业持续改善
新增学位2000个，新建公园8个。
各位代表！北湖高质量发展仍面临不少挑战：体现在科技创新上，创新平台数量偏少，成果转化还不顺畅。体现在产业结构上，制造业占比偏低，龙头企业带动不足。体现在城区治理上，老旧小区改造任务繁重，基层力量还不够强。我们将采取有力措施，切实加以解决。
二、2023年工作安排
（一）推动科技创新
建设创新平台5个。
"""
SAID_AGAIN = """西河区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、过去五年工作回顾
（一）经济实力稳步提升
全区生产总值年均增长7%，财政收入突破百亿元。
（二）民生福祉持续增进
新增学位1.5万个，新建公园30个。
在肯定成绩的同时，我们清醒认识到，西河产业基础较好，但高端产业占比偏低，龙头企业带动作用还不够强。我们清醒认识到，西河交通区位优越，但轨道交通覆盖不足，内部路网还不完善。我们清醒认识到，西河人口增长较快，但优质教育医疗资源仍然不足。针对这些问题，我们将切实加以解决。
二、未来五年工作安排
（一）推动产业升级
培育龙头企业20家。
"""


@pytest.mark.parametrize("file_name, report, question, openings", [
    ("北湖区2023年政府工作报告_2023.txt", AFTER_COLON, "北湖区2022年的发展还有哪些短板和挑战？",
     ["体现在科技", "体现在产业", "体现在城区"]),
    ("西河区2021年政府工作报告_2021.txt", SAID_AGAIN, "西河区总结过去五年时，认为还存在哪些短板和不足？",
     ["西河产业基", "西河交通区", "西河人口增"]),
])
def test_sentences_opening_alike_are_the_problems(tmp_path_factory, file_name, report, question, openings):
    """Three entries in the report's order, none of them the lead's own words."""
    titles = [m.title for m in asker(tmp_path_factory, file_name, report)(question).measures]
    assert [t[:5] for t in titles] == openings
