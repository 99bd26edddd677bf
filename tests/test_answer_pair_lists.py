"""A list of two is no list to answer 「有哪些」 with (two may be a contrast), but it is the list when the
question counts two (「哪两个定位」): two names in quotes side by side or joined, or a run of two pieces,
named by the word right after it. On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """西湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
过去一年，我们深入开展“创新攻坚年”和“服务提升年”活动，干部作风明显转变。
全年新增市场主体1.2万户，增长9%。
二、2024年工作安排
（一）做强全域文旅
落实文旅融合部署，围绕“山海客厅”“湾区后院”定位，着力开发三大旅游片区，打造“美丽西湖”品牌。
推动商贸转型升级，打造北岸码头、南湖夜市2个“夜西湖”消费地标，新增品牌首店30家。
（二）提升城区品质
推进城市更新，完成老旧小区改造20个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区政府工作报告_2024.txt", REPORT)


def titles(answer) -> list[str]:
    return [m.title for m in answer.measures]


def test_two_names_in_quotes_side_by_side_answer_a_question_counting_two(ask):
    """「围绕“山海客厅”“湾区后院”定位」: no 、 between them, named by 定位 right after."""
    assert titles(ask("西湖区2024年发展全域文旅，围绕的是哪两个定位？")) == ["山海客厅", "湾区后院"]


def test_two_names_in_quotes_joined_by_he_are_a_list_of_two(ask):
    assert titles(ask("西湖区2023年深入开展了哪两个主题年活动？")) == ["创新攻坚年", "服务提升年"]


def test_a_run_of_two_pieces_counted_after_it_is_the_list(ask):
    """「北岸码头、南湖夜市2个“夜西湖”消费地标」 for 「哪两个…消费地标」."""
    found = titles(ask("西湖区2024年打算打造哪两个“夜西湖”消费地标？"))
    assert len(found) == 2 and found[0].endswith("北岸码头") and found[1] == "南湖夜市"


def test_a_list_of_two_does_not_answer_a_question_counting_three(ask):
    assert titles(ask("西湖区2024年围绕哪三个定位发展文旅？")) != ["山海客厅", "湾区后院"]


NAMED_BEFORE = """北湖区2022年政府工作报告
一、2021年工作回顾
全年地区生产总值增长7%。
二、2022年工作安排
（五）加强政府自身建设
坚持以奋斗“四有”为支撑，强化政府系统实干担当。从百年党史中汲取力量，眼里有光、心中有数、手上有招、脚下有力。
未来将打造四大产业片区。更将重塑北湖的城区面貌、产业形态、承载能力、发展格局，实现蝶变。
"""


def test_a_counted_name_quoted_in_the_sentence_before_a_run_names_it(tmp_path_factory):
    """「坚持以奋斗“四有”为支撑，…。…眼里有光、心中有数、手上有招、脚下有力。」: the run of four is the “四有”
    the question quotes, named the sentence before."""
    ask = asker(tmp_path_factory, "北湖区政府工作报告_2022.txt", NAMED_BEFORE)
    assert titles(ask("北湖区2022年要求政府系统做到奋斗“四有”，具体是哪“四有”？")) == [
        "眼里有光", "心中有数", "手上有招", "脚下有力"]
    # a count the question does not quote (「四大」) says too little to name the run after its sentence
    assert "承载能力" not in titles(ask("北湖区2022年要打造的四大产业片区是哪些？"))
