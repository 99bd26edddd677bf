"""Follow-up questions read against the question before them (assistant/followup.py), and the web
app's turn passing the previous question on. Pairs written for these tests; places other than the
sample reports' come from the gazetteer, so nothing here is fitted to the samples."""
import pytest

from assistant import library
from assistant.followup import inherit, resolve
from index.tokenize import Tokenizer
from ui import ask_tab
from webapp import fake_context


@pytest.fixture(scope="module")
def read(putuo, zjg):
    reports, tokenizer = [putuo, zjg], Tokenizer()
    return lambda previous, text: resolve(previous, text, reports, tokenizer)


@pytest.mark.parametrize("previous, text, meant", [
    # another place, of the gazetteer (no report of it is indexed): the previous question asked of it
    ("闵行区共受理了多少件行政复议？", "那杭州市呢？", "杭州市共受理了多少件行政复议？"),
    ("闵行区共受理了多少件行政复议？", "苏州呢", "苏州共受理了多少件行政复议？"),
    # another year, written out or counted from the previous question's year
    ("2021年宝安区新增了多少家企业？", "那2019年呢？", "2019年宝安区新增了多少家企业？"),
    ("宝安区2021年新增了多少家企业？", "去年呢？", "宝安区2020年新增了多少家企业？"),
    # no year before: the word is kept, in the form the question analysis reads against the reports
    ("宝安区新增了多少家企业？", "上一年呢？", "宝安区去年新增了多少家企业？"),
    # both at once
    ("宝安区2021年新增了多少家企业？", "那张家港2020年呢？", "张家港2020年新增了多少家企业？"),
])
def test_a_contrast_puts_the_named_place_or_year_into_the_previous_question(read, previous, text, meant):
    """「那…呢」 names what changes; everything else is asked as before."""
    assert read(previous, text) == meant


def test_a_contrast_naming_another_thing_keeps_place_year_and_the_way_of_asking(read):
    """「那医院呢」 after a count asks the count of the new thing, of the same place and year."""
    assert read("苏州市2022年新建了多少所学校？", "那医院呢？") == "苏州市2022年医院是多少？"
    assert read("海淀区存在哪些不足？", "那杭州市的执法工作呢") == "杭州市执法工作存在哪些问题和不足？"


@pytest.mark.parametrize("text, meant", [
    ("该区采取了哪些措施加强执法？", "海淀区2023年采取了哪些措施加强执法？"),
    ("同期罚没款多少？", "海淀区2023年罚没款多少？"),
    ("这一年开展了哪些培训", "海淀区2023年开展了哪些培训？"),
])
def test_words_standing_for_the_place_or_year_take_the_previous_questions(read, text, meant):
    assert read("海淀区2023年办理了多少件复议案件？", text) == meant


def test_a_subset_is_asked_after_what_it_is_part_of(read):
    """「其中…」 counts part of what the previous question counted: both are asked, in order."""
    assert read("海淀区2023年办理了多少件复议案件？", "其中维持了多少件？") == "海淀区2023年办理了多少件复议案件，其中维持了多少件？"


@pytest.mark.parametrize("previous, text", [
    ("普陀区查处了多少起无证行医案件？", "张家港市开展了哪些普法活动？"),  # no mark of ellipsis
    ("普陀区查处了多少起无证行医案件？", "那张家港查处了多少起案件？"),  # 「那」, but says all it asks
    ("普陀区查处了多少起无证行医案件？", "2023年全国法院审结了多少件案件？"),
    ("普陀区查处了多少起无证行医案件？", "各区的罚款金额是多少呢？"),  # a scope of its own
    (None, "那张家港呢？"),  # nothing before it to read it against
])
def test_a_self_contained_question_is_left_alone(read, previous, text):
    assert read(previous, text) == text


def test_a_part_naming_no_place_takes_the_places_before_it(putuo, zjg):
    """What multi-part questions use: places and years carried over, a part's own place kept."""
    assert inherit("闵行区2023年办理了多少件复议案件？", "下一步有什么打算？", [putuo, zjg]) == "闵行区2023年下一步有什么打算？"
    assert inherit("闵行区2023年办理了多少件复议案件？", "张家港有多少件？", [putuo, zjg]) == "张家港2023年有多少件？"


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    return fake_context(tmp_path_factory.mktemp("followup") / "index")


def test_the_follow_up_is_answered_as_understood(ctx):
    """「那张家港呢？」 after a 普陀 count gets 张家港's count, and says how it was read."""
    index, retriever = ctx.snapshot()
    answer = library.ask(ctx.settings, index, retriever, "那张家港呢？", previous="普陀区查处了多少起无证行医案件？")
    assert answer.question == "那张家港呢？" and answer.understood == "张家港查处了多少起无证行医案件？"
    assert [(v.report_id, v.text) for v in answer.values] == [("zhangjiagang-2020", "22起")]


def test_a_self_contained_question_has_no_understood_line(ctx):
    index, retriever = ctx.snapshot()
    answer = library.ask(ctx.settings, index, retriever, "张家港查处了多少起无证行医案件？",
                         previous="普陀区查处了多少起无证行医案件？")
    assert answer.understood is None


def test_the_chat_turn_reads_a_follow_up_against_the_turn_before(ctx):
    """The web app passes the previous answer's question on and shows 「理解为：…」 under the answer."""
    args = ([], [], [], "hybrid", 8)
    _, history, kept, _, _ = ask_tab.respond(ctx, "普陀区查处了多少起无证行医案件？", [], [], *args)
    _, history, kept, _, _ = ask_tab.respond(ctx, "那张家港呢？", history, kept, *args)
    assert "22起" in history[-1]["content"] and "理解为：张家港查处了多少起无证行医案件？" in history[-1]["content"]
    assert kept[-1]["understood"] == "张家港查处了多少起无证行医案件？"
    assert "理解为" not in history[1]["content"]
