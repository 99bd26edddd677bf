"""The period or scope written before a value (assistant/periods.py) is carried into the answer
line: 「2024年1-10月」 counts ten months, and an answer saying only 「（2024年）」 says more than the
report. Sentences written for these tests, and the sample report's own permit figure."""
import pytest

from assistant import library
from assistant.periods import period_before
from webapp import fake_context


def before(sentence: str, value: str, *, report_year: int | None = 2023, metric: str = "") -> str:
    return period_before(sentence, 0, sentence.index(value), metric=metric, report_year=report_year)


@pytest.mark.parametrize("sentence, value, period", [
    ("2023年1-9月，全区共受理信访事项318件。", "318件", "2023年1-9月"),
    ("1—6 月，共开展执法检查 45 次。", "45 次", "1—6月"),
    ("截至2023年底，全市累计建成充电桩1.2万个。", "1.2万个", "截至2023年底"),
    ("全年受理120件，截至11月30日，办结115件。", "115件", "截至11月30日"),  # the nearest before the value
    ("前三季度，规上工业增加值增长6.1%。", "6.1%", "前三季度"),
    ("2019—2022年，累计新增学位8000个。", "8000个", "2019—2022年"),
    ("2022年，全区实现地区生产总值900亿元。", "900亿元", "2022年"),  # a year other than the report's
    ("到2025年，全区绿化覆盖率达到45%。", "45%", "到2025年"),  # a target's year
])
def test_the_period_nearest_before_the_value_in_its_sentence(sentence, value, period):
    assert before(sentence, value) == period


@pytest.mark.parametrize("sentence, value, metric", [
    ("共受理信访事项318件。", "318件", ""),  # none written
    ("2023年，全区共受理信访事项318件。", "318件", ""),  # the report's own year: the answer names it
    ("上半年共受理投诉120件。", "120件", "上半年共受理投诉"),  # already in the answer's metric words
    # a year built on or measured from is not the value's period
    ("在2022年2.8亿元投入基础上，再安排专项基金5.6亿元。", "5.6亿元", ""),
    ("地区生产总值增长6%，比2019年增长12%。", "12%", ""),
])
def test_nothing_new_adds_nothing(sentence, value, metric):
    assert before(sentence, value, metric=metric) == ""


def test_a_period_in_the_sentence_before_is_not_the_values():
    """Only the value's own sentence speaks for it: 「截至10月」 ended the sentence before."""
    text = "截至10月，共办结90件。全区共受理信访事项318件。"
    assert period_before(text, text.index("全区"), text.index("318件"), report_year=2023) == ""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    ctx = fake_context(tmp_path_factory.mktemp("periods") / "index")
    index, retriever = ctx.snapshot()
    return lambda question: library.ask(ctx.settings, index, retriever, question)


def test_the_sample_permit_count_says_it_counts_ten_months(ask):
    """The issue's case: 2628件 of the 普陀 report holds for 2024年1-10月, and the answer line says so."""
    answer = ask("普陀区作出了多少件卫生行政许可？")
    assert answer.text.startswith("普陀区（2024年）：2024年1-10月，区卫生健康委共作出卫生行政许可2628件[1]")
    assert [(v.text, v.period) for v in answer.values] == [("2628件", "2024年1-10月")]


def test_each_figure_gets_its_own_period_and_a_period_said_once(ask):
    """In 「…任务287件，截至10月31日，…完成276件」 the second count is to a day (set off by 「；」);
    817件 shares 2628件's period, which is not said twice."""
    assert ask("普陀区国抽任务有多少件？完成了多少件？").text.split("\n")[0].endswith("287件[1]；截至10月31日，完成276件[2]")
    line = ask("普陀区作出了多少件卫生行政许可？其中公共卫生许可多少件？").text.split("\n")[0]
    assert line.count("1-10月") == 1 and line.endswith("2628件[1]，公共卫生许可817件[2]")
