"""A question's ask is in its last clause holding a word of asking: 「今年要办好的几个展会里，哪一个是首届
举办的」 asks which (a fact), and the 几个 of the clause setting the scene asks no count."""
from conftest import asker

from assistant.query import analyze
from index.tokenize import Tokenizer


def test_a_count_in_the_clause_setting_the_scene_asks_nothing():
    scene = analyze("东湖区2024年要办好的几个重大展会里，哪一个是首届举办的？", [], Tokenizer())
    assert scene.intent == "fact"
    # a count asked in the clause that asks is asked (「…展会里，有几个是首届举办的」)
    counted = analyze("东湖区2024年要办好的重大展会里，有几个是首届举办的？", [], Tokenizer())
    assert counted.intent == "figure"


def test_one_clause_is_read_whole():
    assert analyze("东湖区2024年举办了几个重大展会？", [], Tokenizer()).intent == "figure"


def test_the_name_asked_after_the_scene_is_answered(tmp_path_factory):
    report = """东湖区2024年政府工作报告
一、2023年工作回顾
全年接待游客2100万人次，旅游收入增长12%。
二、2024年工作安排
办好茶博会、灯会及首届东湖国际花卉博览会等重大展会，扩大消费。
"""
    ask = asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", report)
    answer = ask("东湖区2024年要办好的几个重大展会里，哪一个是首届举办的？")
    assert not answer.abstained and "东湖国际花卉博览会" in answer.text
