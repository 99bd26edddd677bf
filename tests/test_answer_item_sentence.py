"""An 一是… item shows its whole first sentence, where a problem says its point after a long first clause
(「…高速流动，给道路交通…带来较大挑战，城市管理的精细化…水平有待提升」); a sentence too long for a
list's line still shows its first clause. On a district report and a question written for the test."""
import pytest

from conftest import asker

REPORT = """西湖区2024年政府工作报告
一、2023年工作回顾
过去一年，全区经济稳中有进。
同时我们也清醒地看到，发展中还存在一些问题：一是人口、车辆、物流、资金快速增长，给道路交通、市政配套、环境治理、公共安全带来较大压力，城市管理的精细化、专业化、智慧化水平有待提升；二是优质教育资源仍然不足；三是部分干部担当意识不强，推动发展的本领有待提高，"""\
"""面对新形势新任务，思想观念、工作方法、服务水平与群众期待相比还有不少差距，需要在今后工作中通过加强学习、转变作风、强化考核、完善机制、严肃问责等多种方式切实加以解决，确保各项决策部署落地见效、取得群众满意的实际成效。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区2024年政府工作报告_2024.txt", REPORT)


def test_an_item_shows_its_whole_first_sentence(ask):
    titles = [m.title for m in ask("西湖区2023年发展中还存在哪些问题？").measures]
    assert any("城市管理的精细化、专业化、智慧化水平有待提升" in t for t in titles)


def test_a_very_long_item_shows_its_first_clause(ask):
    titles = [m.title for m in ask("西湖区2023年发展中还存在哪些问题？").measures]
    assert "三是 部分干部担当意识不强" in titles
