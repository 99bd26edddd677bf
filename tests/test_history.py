"""Conversations are kept per browser: each sees only its own, a turn lands in the conversation it
belongs to, and the export carries every answer's sources."""
from assistant.answer import Answer, Citation
from ui.history import Conversations, markdown, new_browser_id
from ui.history_panel import export_name


def _answer(question: str) -> dict:
    cite = Citation(marker=1, report_id="r1", report_title="某区2024年法治政府建设情况报告", region="某区", year=2024,
                    section_path=["一、主要工作"], paragraph=3, start=0, end=12, quote="全年共查处无证行医案件22起。")
    return Answer(question=question, intent="figure", text="某区（2024年）：22起[1]", citations=[cite]).model_dump(mode="json")


def test_a_browser_sees_only_its_own_conversations(tmp_path):
    store = Conversations(tmp_path / "c.sqlite")
    mine, theirs = new_browser_id(), new_browser_id()
    conversation = store.start(mine, "某区查处了多少起无证行医案件？")
    store.append(mine, conversation, _answer("某区查处了多少起无证行医案件？"))
    assert [c.title for c in store.listed(mine)] == ["某区查处了多少起无证行医案件？"]
    assert store.listed(theirs) == [] and store.answers(theirs, conversation) == []
    assert not store.append(theirs, conversation, _answer("偷看？"))
    assert not store.rename(theirs, conversation, "x") and not store.delete(theirs, conversation)


def test_turns_come_back_in_order_and_deleting_removes_them(tmp_path):
    store = Conversations(tmp_path / "c.sqlite")
    browser = new_browser_id()
    conversation = store.start(browser, "第一问")
    for q in ("第一问", "那张家港呢？", "去年呢？"):
        store.append(browser, conversation, _answer(q))
    assert [a["question"] for a in store.answers(browser, conversation)] == ["第一问", "那张家港呢？", "去年呢？"]
    assert store.rename(browser, conversation, "无证行医") and store.title(browser, conversation) == "无证行医"
    assert store.delete(browser, conversation)
    assert store.listed(browser) == [] and store.answers(browser, conversation) == []


def test_the_markdown_export_has_a_source_line_per_citation(tmp_path):
    text = markdown("无证行医", [_answer("某区查处了多少起无证行医案件？")])
    assert text.startswith("# 无证行医")
    assert "## 1. 某区查处了多少起无证行医案件？" in text
    assert "- [1] 某区2024年法治政府建设情况报告（某区 2024年） · 一、主要工作 · 第3段：“全年共查处无证行医案件22起。”" in text


def test_two_tabs_adding_to_one_conversation_keep_both_turns(tmp_path):
    """Both tabs opened the conversation at one turn; each then asks. Counting what a tab stored
    (not the rows already there) keeps the second tab's turn."""
    store = Conversations(tmp_path / "c.sqlite")
    browser = new_browser_id()
    first = _answer("第一问")
    conversation, _ = store.save(browser, None, [first], 0)
    store.save(browser, conversation, [first, _answer("甲标签页的问题")], 1)
    store.save(browser, conversation, [first, _answer("乙标签页的问题")], 1)
    assert [a["question"] for a in store.answers(browser, conversation)] == ["第一问", "甲标签页的问题", "乙标签页的问题"]


def test_a_conversation_deleted_elsewhere_is_saved_anew_with_the_whole_chat(tmp_path):
    store = Conversations(tmp_path / "c.sqlite")
    browser = new_browser_id()
    conversation, saved = store.save(browser, None, [_answer("第一问")], 0)
    store.delete(browser, conversation)
    again, saved = store.save(browser, conversation, [_answer("第一问"), _answer("第二问")], saved)
    assert again != conversation and saved == 2
    assert [a["question"] for a in store.answers(browser, again)] == ["第一问", "第二问"]


def test_the_export_is_named_after_the_conversation():
    assert export_name("普陀区 无证行医/执法") == "普陀区 无证行医_执法.md"
    assert export_name("../..") == "对话记录.md"
