"""A goal of the kind a question asks (「要把老城片区打造成什么样的街区」) is set in few sentences of a report: each
paragraph setting one is read, not only the passages the search ranks first, which here are the many that
say 老城片区, 街区 and 打造 more often and set no goal. On a report written for this test."""
import pytest

from conftest import asker

_BUSY = "".join(f"老城片区第{n}批街区微改造完成，老城片区居民满意度提升，各方合力打造成示范样板。\n" for n in range(1, 13))
REPORT = f"""北湖区2024年政府工作报告
一、2023年工作回顾
全区地区生产总值增长5%。
二、2024年工作安排
{_BUSY}今年将稳住经济大盘，新增就业岗位1万个，新建学校3所，完成城中村整治15个，推动商圈升级，把老城片区打造成岭南风情特色街区，让市民留得住乡愁。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "北湖区2024年政府工作报告_2024.txt", REPORT)


def test_a_goal_sentence_below_the_search_ranking_answers(ask):
    answer = ask("北湖区2024年提出要把老城片区打造成什么样的街区？")
    assert not answer.abstained and "岭南风情特色街区" in answer.text
