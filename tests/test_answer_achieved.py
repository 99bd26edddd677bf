"""A review chapter may open with what the year achieved — a run of lead paragraphs (「——经济发展增速
保持全市前列。…」) — before its sub-sections on what was done. Asked what was achieved (成绩, 成效,
进展), the run answers; asked what was done, the sub-sections. On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2020年政府工作报告
一、2019年工作回顾
2019年是新中国成立70周年，也是东湖加快发展、攻坚克难的关键一年。一年来，我们坚持稳中求进，全力推动经济社会发展。
——经济增速保持全市前列。全年地区生产总值增长8.5%，规模以上工业增加值增长6%。
——创新活力持续增强。新增国家高新技术企业132家，增长36%。
——民生福祉不断改善。新增学位5000个，新建社康中心8家。
（一）推进高新区建设，创新体系日益完善
高新区规划获批，新建实验室3个。
（二）引进重大项目，产业集群加速形成
引进重大项目20个，总投资300亿元。
二、2020年工作安排
（一）加快创新发展
一是建设科创平台。二是培育创新企业。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区政府工作报告_2020.txt", REPORT)


def test_achievements_are_the_run_the_chapter_opens_with(ask):
    answer = ask("东湖区2019年取得了哪些突出成绩？")
    assert [m.title for m in answer.measures] == ["——经济增速保持全市前列。", "——创新活力持续增强。",
                                                   "——民生福祉不断改善。"]


def test_work_done_is_the_chapters(ask):
    answer = ask("东湖区2019年主要做了哪些工作？")
    assert [m.title for m in answer.measures] == ["（一）推进高新区建设，创新体系日益完善",
                                                   "（二）引进重大项目，产业集群加速形成"]


def test_work_done_is_the_chapters_though_a_passage_says_main_work(tmp_path_factory):
    """「主要做了哪些工作」 names no topic, 工作 included: a passage holding 主要 and 工作 (「招商工作主要由…」)
    does not make its section the answer, nor does 「主要在哪些方面」."""
    text = REPORT.replace("总投资300亿元。", "总投资300亿元，招商工作主要由区投资促进中心承担。")
    ask = asker(tmp_path_factory, "东湖区政府工作报告_2020.txt", text)
    for question in ("东湖区2019年主要做了哪些工作？", "东湖区2019年工作主要在哪些方面？"):
        answer = ask(question)
        assert [m.title for m in answer.measures] == ["（一）推进高新区建设，创新体系日益完善",
                                                       "（二）引进重大项目，产业集群加速形成"], question


def test_the_review_part_named_by_its_heading_words_is_no_topic(tmp_path_factory):
    """「工作回顾中，主要在哪些方面取得了成绩」: 工作 and 回顾 name the review chapter (「一、2019年工作回顾」),
    no topic, so a passage holding 工作 and 主要 does not answer; the year's achievements do."""
    text = REPORT.replace("总投资300亿元。", "总投资300亿元，招商工作主要由区投资促进中心承担。")
    ask = asker(tmp_path_factory, "东湖区政府工作报告_2020.txt", text)
    answer = ask("东湖区2019年工作回顾中，主要在哪些方面取得了成绩？")
    assert [m.title for m in answer.measures] == ["——经济增速保持全市前列。", "——创新活力持续增强。",
                                                   "——民生福祉不断改善。"]
