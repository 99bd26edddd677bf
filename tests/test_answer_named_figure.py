"""Of two figures in one sentence, the one the question names right before the value it asks
(「装机规模是多少」, 「总数达到多少家」), though the other's words hold more of the question. On a district
report and questions written for the tests."""
import pytest

from conftest import asker

REPORT = """南湖区2024年政府工作报告
一、2023年工作回顾
绿色低碳加快发展。新增屋顶分布式光伏项目120个、装机规模45兆瓦。
创新主体持续壮大。新增国家高新技术企业80家，总数达到520家。
交通建设提速。新增铁路里程150公里，其中高速铁路60公里。
民生保障有力。城乡居民医保财政补助由每人每年420元提高到450元。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "南湖区2024年政府工作报告_2024.txt", REPORT)


@pytest.mark.parametrize("question, value", [
    ("南湖区2023年新增屋顶分布式光伏的装机规模是多少？", "45兆瓦"),
    ("南湖区2023年国家高新技术企业总数达到多少家？", "达到520家"),
])
def test_the_figure_named_right_before_the_value_asked_answers(ask, question, value):
    assert [v.text for v in ask(question).values] == [value]


@pytest.mark.parametrize("question, value", [
    ("南湖区2023年新增了多少家国家高新技术企业？", "80家"),
    ("南湖区2023年新增高速铁路里程多少公里？", "60公里"),  # a part after 其中, named by the question
    ("南湖区2023年城乡居民医保财政补助提高到每人每年多少钱？", "450元"),  # not where it started
])
def test_the_figure_chosen_stays_when_its_own_words_answer(ask, question, value):
    assert [v.text for v in ask(question).values] == [value]
