"""Three or more names quoted side by side and counted after them (「叫响“东湖诗会”“东湖读书节”“东湖
音乐季”三大品牌」) are a list, as 「A、B、C」 would be: 「三大文化品牌是哪三个」 takes the three. On a report
written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2020年工作回顾
（一）文化事业蓬勃发展
公共文化设施不断完善，新建图书馆分馆6家。叫响“东湖诗会”“东湖读书节”“东湖音乐季”三大品牌，全年举办文化活动300场。
（二）旅游产业稳步提升
全年接待游客500万人次。
二、2021年工作安排
建设文化强区。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2021年政府工作报告_2021.txt", REPORT)


def test_names_quoted_side_by_side_and_counted_are_the_list(ask):
    """Each name is an entry, not the section's sentences."""
    titles = [m.title for m in ask("东湖区2020年叫响的三大文化品牌是哪三个？").measures]
    assert titles == ["东湖诗会", "东湖读书节", "东湖音乐季"]
