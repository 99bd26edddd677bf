"""A fact's sentence may stand below passages that hold the question's words but not what it asks:
an honour asked for is looked for in every passage the search gives the report, not the first five. On
a report written for this test."""
from dataclasses import replace

import pytest

from assistant.answer import route
from assistant.answer_facts import answer_fact
from assistant.citations import Builder
from assistant.retrieve import Retriever
from conftest import FakeEncoder, reports_index

REPORT = "东湖区2021年政府工作报告\n一、2020年工作回顾\n" + "".join(
    f"图书馆开展第{n}项服务，新增藏书{n}万册，举办阅读活动{n * 10}场。\n" for n in range(1, 8)
) + "东湖区图书馆被授予全国一级图书馆称号。\n二、2021年工作安排\n建设图书馆分馆。\n"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return reports_index(tmp_path_factory, [("东湖区政府工作报告_2021.txt", REPORT)])


def test_an_honour_in_the_seventh_passage_answers(index):
    """Six passages on the library's services come first; none says an honour. The seventh does."""
    routed = route("东湖区2020年图书馆获得了什么称号？", index)
    report = routed.targets[0]
    found = Retriever(index, encoder_factory=FakeEncoder).search("图书馆", k=10, mode="bm25")
    honour = [h for h in found if "称号" in h.chunk.text]
    others = [h for h in found if "称号" not in h.chunk.text]
    hits = [replace(h, rank=n) for n, h in enumerate([*others[:6], *honour], start=1)]
    assert len(hits) == 7 and "称号" in hits[6].chunk.text
    answered = answer_fact(routed.query, report, hits, Builder(citations=[]), routed.weights)
    assert answered is not None and "全国一级图书馆" in answered[0]
