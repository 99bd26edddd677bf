"""A report file holding no report (a web page saved with its menu only: no heading, a few lines) is
indexed beside real ones: the likeness of its sections' outlines to a question is empty, not a crash
(an empty matrix the word vectors are multiplied by). On reports written for these tests."""
import numpy as np
import pytest

from assistant.answer_measures import outlines
from assistant.retrieve import Retriever
from conftest import FakeEncoder, reports_index
from index.word_vectors import WordVectors

REPORT = """东湖区2022年政府工作报告
一、2021年工作回顾
（一）教育事业加快发展
新建学校5所，新增学位8000个。
二、2022年工作安排
（一）推进教育优质均衡
新建学校3所，新增学位5000个。
"""

MENU = """首页 政务公开 政府信息公开 政府工作报告
东湖区人民政府门户网站 版权所有 2021年
索引号 发布日期 2021-03-01
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    index = reports_index(tmp_path_factory, [("东湖区2022年政府工作报告_2022.txt", REPORT),
                                             ("东湖区2021年政府工作报告_2021.txt", MENU)])
    index.words = WordVectors(words=("学校", "教育"), weights=np.ones(2, np.float32),
                              vectors=np.array([[1, 0], [0, 1]], np.float32), fitted_on=1)
    return index


def test_a_report_of_no_sections_is_like_nothing(index):
    """The menu-only report has no outline to be near; the real one's sections each get a cosine."""
    retriever = Retriever(index, encoder_factory=FakeEncoder)
    menu = next(r for r in index.reports.values() if not r.sections)
    real = next(r for r in index.reports.values() if r.sections)
    assert retriever.section_likeness(["教育"], menu, outlines) == {}
    assert len(retriever.section_likeness(["教育"], real, outlines)) == len(outlines(real))
