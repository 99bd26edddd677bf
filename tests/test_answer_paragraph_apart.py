"""A paragraph apart from its chapter: 「过去一年，我们…」 on the government's own work, closing a chapter on
public services whose heading says none of the question's words. On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
（一）经济发展稳中向好
全年地区生产总值增长6%，新增市场主体1.2万户。
（二）加大公共服务供给力度
教育事业加快发展，新建学校5所，新增学位8000个；医疗卫生服务提升，新建社康中心6家。
文体事业亮点纷呈，建成城市书房10家，举办全民健身赛事30场；社会保障全面强化，新增养老床位300张。
过去一年，我们坚持依法行政，严格落实重大行政决策程序，行政复议纠错率下降5%。自觉接受区人大的法律监督和区政协的民主监督，办理人大建议90件、政协提案70件。深化政务服务改革，政府效能持续提升，“一网通办”事项达到1200项。
二、2024年工作安排
新建学校3所。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


def test_a_paragraph_apart_from_its_chapter_answers_with_its_sentences(ask):
    """The question's words are in the closing paragraph alone: its sentences answer, not the chapter's
    entries on schools and clinics."""
    titles = [m.title for m in ask("东湖区2023年在依法行政、自身建设方面做了哪些工作？").measures]
    assert titles[0].startswith("过去一年，我们坚持依法行政") and len(titles) == 3
    assert not any("新建学校" in t for t in titles)


def test_a_chapter_whose_paragraphs_share_the_words_answers_whole(ask):
    """The chapter's heading says the question's words (公共服务): its entries answer, not one paragraph."""
    titles = " ".join(m.title for m in ask("东湖区2023年在公共服务方面做了哪些工作？").measures)
    assert "教育事业加快发展" in titles and "文体事业亮点纷呈" in titles
