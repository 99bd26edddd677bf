"""Clauses set side by side in one frame (「城市面貌有新的变化，…。产业结构有新的优化，…」, 「在源头预防上
下功夫，…」, 「突出抓好工业投资，…」) are a list when the question asks with the frame or with the name quoted before them; a
question of the topic their paragraph is one entry of takes the section's entries. On a report written for
these tests."""
import pytest

from conftest import asker

REPORT = """西岭区2022年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2021年工作回顾
（一）经济运行稳中有进
一年来，全区经济运行总体平稳。“进”的主要特征是，发展的后劲明显增强。城市面貌有新的变化，新建道路12公里，改造老旧小区30个。产业结构有新的优化，服务业占比提高到61%。群众生活有新的改善，居民人均可支配收入增长7%。
（二）社会事业全面进步
新增学位3000个，新建社区健康服务中心5家。
二、2022年工作安排
（一）维护社会安全稳定
健全矛盾纠纷化解机制。加强基层调解力量，推动矛盾就地化解。在源头预防上下功夫，全面排查各类风险隐患。在多元调解上下功夫，建好社区调解室。在依法处置上下功夫，做到事事有回应。
加强食品药品安全监管。开展食品安全抽检5000批次。
提升应急管理能力。完善应急预案，组织应急演练20场。
（二）推进城市更新
实施城市更新项目10个。
（三）扩大有效投资
推动投资稳定增长。坚持项目为王，扩大有效益的投资。突出抓好工业投资。新开工工业项目40个，技改投资增长20%。突出抓好片区投资。加快北站片区开发，完成片区投资200亿元。突出抓好民间投资。推出项目清单100项，支持社会资本参与建设。突出抓好项目招引。全年引进重点项目60个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西岭区2022年政府工作报告_2022.txt", REPORT)


def test_quoted_name_before_the_frame_asks_for_its_clauses(ask):
    """「“进”体现在哪些方面」: the clauses after 「“进”的主要特征是」, each opening its sentence."""
    titles = [m.title for m in ask("西岭区2021年经济社会发展的“进”体现在哪些方面？").measures]
    assert titles == ["城市面貌有新的变化", "产业结构有新的优化", "群众生活有新的改善"]


def test_question_saying_the_frame_takes_its_clauses(ask):
    """「从哪几个环节下功夫」 says the frame 「上下功夫」: its three clauses, not the section's entries."""
    titles = [m.title for m in ask("西岭区2022年在化解矛盾风险上打算从哪几个环节下功夫？").measures]
    assert titles == ["在源头预防上下功夫", "在多元调解上下功夫", "在依法处置上下功夫"]


def test_question_of_the_topic_takes_the_section_entries(ask):
    """「在维护社会安全稳定方面有哪些安排」 asks of the section, whose first entry holds the frame."""
    titles = [m.title for m in ask("西岭区2022年在维护社会安全稳定方面有哪些安排？").measures]
    assert "在源头预防上下功夫" not in titles and len(titles) >= 3


def test_frame_of_opening_and_closing_words(ask):
    """「突出抓好…投资」 opens and closes each clause: 「要突出抓好哪些投资」 takes the three."""
    titles = [m.title for m in ask("西岭区2022年在扩大投资方面要突出抓好哪些投资？").measures]
    assert titles == ["突出抓好工业投资", "突出抓好片区投资", "突出抓好民间投资"]
