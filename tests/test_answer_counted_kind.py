"""A question counting things of a kind it quotes (「哪三个“区”」, 「哪两种“力”」, 「哪三座“城”」) asks for the run
of that many names each closing in the kind, not another run of as many that merely holds the character
(「城区规划」), each titled by its own clause. On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2023年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2022年工作回顾
全区经济平稳增长，地区生产总值增长6%。
二、今后五年的目标和2023年工作安排
今后五年，要一体推进法治城区、法治政府、法治社会建设，一体推进创新先行区、生态示范区、开放试验区建设，加快建成现代化城区。
必须着力提升科技创新“爆发力”、产业体系“支撑力”，增强城市发展的吸引力。
（一）做强科技创新和产业体系
加强科技创新平台建设，新建实验室5家。
提升产业体系竞争力，新增规上企业100家。
完善科技金融服务，设立创新基金。
（二）做优城市服务
积极发展夜间消费、假日消费、会展消费，积极培育智慧零售、文旅演艺、户外运动等新的消费热点。
今年要加快建设城中村改造项目，要加快建设城市绿道，要建设城市公园。
（三）完善城区规划
高标准编制城区规划。全面完成街区规划调整。推进重点片区规划。
各位代表，使命催人奋进，实干成就未来。我们将坚定信心、加快建设东湖科技城、滨湖生态城、智造产业城，奋力开创新局面，以优异成绩回报全区人民的期待和信任。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2023年政府工作报告_2023.txt", REPORT)


def test_quoted_kind_after_the_count_closes_each_entry(ask):
    """「哪三个“区”的建设」: the run of three 「…区」 before 建设, not 「法治城区、法治政府、法治社会」 or the
    three 「…区规划」 entries, which hold 区 inside."""
    titles = [m.title for m in ask("东湖区今后五年要一体推进哪三个“区”的建设？").measures]
    assert [t.removeprefix("一体推进").removesuffix("建设") for t in titles] == ["创新先行区", "生态示范区", "开放试验区"]


def test_run_closing_its_clause_is_titled_by_its_own_clause(ask):
    """「哪两种“力”」: the run of two 「…力」 closing its clause is named by that clause, not by the clause after
    it (「增强城市发展的吸引力」), whose words would not name the topics the question asks of."""
    answer = ask("东湖区2023年要着力提升科技创新和产业体系的哪两种“力”？")
    assert [m.title for m in answer.measures] == ["爆发力", "支撑力"]
    assert "着力提升科技创新“爆发力”、产业体系“支撑力”：" in answer.text and "吸引力" not in answer.text


def test_fact_sentence_naming_as_many_of_the_kind(ask):
    """「哪三座“城”」 asked as a fact: the sentence naming three 「…城」 in one run answers."""
    answer = ask("东湖区2023年要加快建设哪三座“城”？")
    assert "东湖科技城、滨湖生态城、智造产业城" in answer.text


def test_of_two_runs_in_one_sentence_the_one_its_clause_names(ask):
    """Two runs of one sentence share their context; 「培育哪些新的消费热点」 takes the run its own clause names
    (「…等新的消费热点」), not the first."""
    titles = [m.title for m in ask("东湖区2023年要积极培育哪些新的消费热点？").measures]
    assert [t.removeprefix("积极培育") for t in titles] == ["智慧零售", "文旅演艺", "户外运动"]
