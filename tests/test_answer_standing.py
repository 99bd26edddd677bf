"""Where a passage stands decides which list answers a measures question: on reports written for
these tests."""
from conftest import asker

CLOSING = """西山区2020年政府工作报告
一、2019年工作回顾和“十三五”以来的成绩
2019年，全区经济社会保持平稳健康发展。
（一）推进产业升级
一是 新增高新技术企业200家。二是 建成产业园区3个。
（二）完善基础设施
加快建设交通基础设施，城市建设提速。打通断头路12条，新建地铁站8座。
（三）加强政府自身建设
一是 推进依法行政。二是 改进工作作风。
五年来，我们坚持城市建设与产业发展并重。
一是 城市建设全面提速，城市面貌焕然一新。二是 城市治理水平明显提升。三是 城市文明程度不断提高。
二、2020年工作安排
（一）推进城市更新
一是 完成旧村改造5个。二是 新建保障房2000套。
"""


def test_paragraphs_closing_a_part_do_not_answer_for_its_last_chapter(tmp_path_factory):
    """The five-year review after 「（三）加强政府自身建设」 holds 城市建设 many times, but stands in the
    part, not in that chapter: the chapter whose own passage holds the words answers."""
    ask = asker(tmp_path_factory, "西山区2020年政府工作报告_2020.txt", CLOSING)
    answer = ask("西山区2019年在城市建设方面做了哪些工作？")
    assert answer.text.split("\n")[0].endswith("（二）完善基础设施：")


ATTACHED = """鼓楼区2014年政府工作报告
一、经济发展
全区生产总值增长8%。
二、政府服务工作
1、依法行政：严格执行各项法律法规。
2、作风建设：深入开展作风整顿。
3、行政服务：推进行政审批服务改革。
三、加强自身建设
坚持依法行政，建设法治政府。
附件：
1．附件1：鼓楼区2013年政府服务工作情况表.doc
2．附件2：鼓楼区2013年政府服务工作责任分解表.doc
"""


def test_a_reports_list_of_attachments_is_no_answer(tmp_path_factory):
    """The attachments' file names hold 政府服务 word for word; they name files, not what was done."""
    ask = asker(tmp_path_factory, "鼓楼区2014年政府工作报告_2014.txt", ATTACHED)
    titles = [m.title for m in ask("鼓楼区2013年在政府服务方面做了哪些工作？").measures]
    assert not any("附件" in t for t in titles)
    assert any("依法行政" in t for t in titles)
