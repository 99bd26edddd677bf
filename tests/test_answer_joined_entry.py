"""Topics joined (「大气、水和土壤污染」) are asked of a section, not of one entry — unless one entry's whole
text says every word asked, no other half as much, and the section's heading not half of them. On
reports written for the test."""
from conftest import asker

ENTRIES = """东湖区2025年政府工作报告
一、2024年工作回顾
全区经济运行总体平稳。
二、2025年工作安排
（一）推动产业升级
做强先进制造业。新引进重点项目20个。
（二）践行绿色发展理念，建设美丽东湖
扩大绿色生态空间。新建公园10个，建设绿道50公里。
推进污染防治攻坚。坚决打好蓝天保卫战，治理大气污染。坚决打好碧水保卫战，治理水污染。坚决打好净土保卫战，治理土壤污染。
提升城区市容环境。整治背街小巷30条，完善环卫设施。
"""


def test_one_entry_saying_every_joined_topic_answers(tmp_path_factory):
    ask = asker(tmp_path_factory, "东湖区2025年政府工作报告_2025.txt", ENTRIES)
    titles = [m.title for m in ask("东湖区2025年治理大气、水和土壤污染有哪些安排？").measures]
    assert any("碧水保卫战" in t for t in titles) and not any("新建公园" in t for t in titles)


def test_a_heading_saying_half_the_joined_words_keeps_its_section(tmp_path_factory):
    """「（二）治理大气和水污染，…」 says most of the words: the section is about what is asked."""
    ask = asker(tmp_path_factory, "东湖区2025年政府工作报告_2025.txt",
                ENTRIES.replace("（二）践行绿色发展理念，建设美丽东湖", "（二）治理大气和水污染，建设美丽东湖"))
    titles = [m.title for m in ask("东湖区2025年治理大气、水和土壤污染有哪些安排？").measures]
    assert titles == ["扩大绿色生态空间。", "推进污染防治攻坚。", "提升城区市容环境。"]
