"""A lone surrogate in a question (a terminal not in UTF-8, half an emoji from a script) is refused
at the door with a message: the issue saw it end in a traceback."""
import pytest

from ui import ask_tab
from ui.cli import main
from ui.question import BROKEN_ZH, EMPTY_ZH, asks_something, is_text
from webapp import fake_context

BROKEN = "普陀区\udcff作出了多少件卫生行政许可？"


def test_is_text():
    assert is_text("普陀区作出了多少件卫生行政许可？😀") and not is_text(BROKEN) and not is_text("\ud83d")


def test_the_chat_refuses_it_and_keeps_the_conversation(tmp_path):
    ctx = fake_context(tmp_path / "index")
    args = ([], "hybrid", 8)
    box, history, kept, cards, status = ask_tab.respond(ctx, BROKEN, ["earlier"], [{"a": 1}], [], [], *args)
    assert (history, kept, status) == (["earlier"], [{"a": 1}], BROKEN_ZH)
    box, history, kept, cards, status = ask_tab.respond(ctx, "普陀区作出了多少件卫生行政许可？", [], [], [], [], *args)
    assert len(history) == 2 and len(kept) == 1 and status == ""


@pytest.mark.parametrize("command", [["ask", BROKEN], ["ask", "--json", BROKEN], ["search", BROKEN]])
def test_the_cli_says_what_is_wrong_in_one_line(command, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REPORTQA_HOME", str(tmp_path))
    assert main(command) == 1
    err = capsys.readouterr().err
    assert err.startswith("reportqa: error: the ") and "lone surrogates" in err and err.count("\n") == 1
    assert not (tmp_path / "index").exists()  # refused before anything was built


@pytest.mark.parametrize("empty", ["？？", "。", "   ", "", "……！"])
def test_a_question_of_blanks_or_punctuation_is_refused_in_chinese(tmp_path, empty):
    """It asked nothing, yet was answered with the first report's review chapter: now a message."""
    ctx = fake_context(tmp_path / "index")
    _, history, kept, _, status = ask_tab.respond(ctx, empty, ["earlier"], [{"a": 1}], [], [], [], "hybrid", 8)
    assert (history, kept, status) == (["earlier"], [{"a": 1}], EMPTY_ZH)


def test_asks_something_needs_a_letter_or_digit():
    assert asks_something("GDP？") and asks_something("2024") and not asks_something(" ？?。，…！ \n")


def test_the_cli_refuses_an_empty_question(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REPORTQA_HOME", str(tmp_path))
    assert main(["ask", "？？"]) == 1
    assert "empty" in capsys.readouterr().err and not (tmp_path / "index").exists()


def test_what_the_last_of_joined_things_asks_of_each_the_others_ask_too():
    """「筹集和供应目标各是多少套」: 各 asks each its count in 套; 「为企业和个人减轻了多少」 asks one amount."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    each = analyze("东湖区2024年保障房筹集和供应目标各是多少套？", [], Tokenizer())
    assert [(p.intent, p.unit) for p in each.parts] == [("figure", "套"), ("figure", "套")]
    one = analyze("2018年国家一共为企业和个人减轻了多少税费负担？", [], Tokenizer())
    assert all("多少" not in p.text for p in one.parts[:-1])


def test_the_middle_of_a_four_character_word_is_no_word_asked():
    """jieba's search mode cuts 空气质量 into 空气, 气质, 质量 too: 气质 straddles the two words."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    terms = analyze("东湖区2023年空气质量优良天数有多少天？", [], Tokenizer()).terms
    assert {"空气", "质量", "空气质量"} <= set(terms) and "气质" not in terms


def test_topics_joined_are_told_from_years_places_and_quoted_names_joined():
    """A measure question joining topics asks of what holds them all; joined years or places ask per
    report, and a quoted name (「双随机、一公开」) is one thing."""
    from assistant.query import joins_topics

    assert joins_topics("东湖区2023年在平安建设和社会治理方面做了哪些工作？")
    assert joins_topics("2017年在治理大气、水和土壤污染方面打算怎么做？")
    assert not joins_topics("2015年和2023年在教育方面做了哪些工作？")
    assert not joins_topics("东湖区2023年在推行“双随机、一公开”方面做了哪些工作？")
    assert not joins_topics("东湖区2023年在构建和谐社会方面做了哪些工作？")
