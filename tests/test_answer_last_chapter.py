"""The last chapter of a part is cut where the part's closing begins (after as many paragraphs as its
siblings hold at most), but a run of lead paragraphs goes on to its end (「…加强社会保障和服务。」,
「维护国家安全和社会稳定。」), stopping at 「各位代表！」; paragraphs of 「一是…」 items are no run. On a report
and a question written for this test."""
import pytest

from conftest import asker

REPORT = """2024年东湖区政府工作报告
一、2023年工作回顾
全年完成投资300亿元。
二、2024年政府工作任务
（一）扩大国内需求
推动消费持续恢复。扩大有效投资。
（二）发展新质生产力
推动产业升级。培育新兴产业。
（三）切实保障和改善民生，加强和创新社会治理
多措并举稳就业促增收。就业是最基本的民生，要突出就业优先导向。
提高医疗卫生服务能力。继续做好重点传染病防控。
加强社会保障和服务。实施积极应对人口老龄化战略。
维护社会安全稳定。提高公共安全治理水平，坚决遏制重特大事故发生。
各位代表！
新征程对政府工作提出了新的更高要求，我们要恪尽职守、勤勉干事。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


def test_a_run_of_lead_paragraphs_in_the_last_chapter_is_listed_to_its_end(ask):
    titles = [m.title.rstrip("。") for m in ask("东湖区2024年在改善民生和加强社会治理方面有哪些工作安排？").measures]
    assert titles == ["多措并举稳就业促增收", "提高医疗卫生服务能力", "加强社会保障和服务", "维护社会安全稳定"]
