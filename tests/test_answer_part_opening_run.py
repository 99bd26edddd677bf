"""A run of leads opening a part, each framed in the question's words (「——加快实现高质量发展，必须…」), is
the list asked of them: a chapter further down whose text says those words here and there (「（一）加快推进
产业转型升级，实现经济发展新跨越」) does not answer instead. On a report written for these tests."""
import pytest

from conftest import index_asker, reports_index, says

REPORT = """东湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
过去一年，全区地区生产总值增长6%，新增就业2万人。
二、2024年主要工作
我国经济已由高速增长阶段转向高质量发展阶段。谋划今年的政府工作，必须把高质量发展的要求贯穿经济社会发展各领域。
——加快实现高质量发展，必须厚植实体经济优势，这是高质量发展的首要要求。要做强先进制造业，优化营商环境。
——加快实现高质量发展，必须深化改革开放创新，这是高质量发展的动力要求。要把改革开放进行到底，激发市场活力。
——加快实现高质量发展，必须破解历史遗留难题，这是高质量发展的现实要求。要集中攻坚交通、土地等难题。
——加快实现高质量发展，必须提高民生幸福水平，这是高质量发展的根本要求。要办好教育、医疗、养老等民生实事。
今年重点做好以下工作：
（一）加快推进产业转型升级，实现经济发展新跨越
推动存量企业发展壮大。实施重点企业培育计划，推动企业高质量转型，新增规模以上工业企业50家。
大力发展先进制造业。按照全市统一要求，建设新一代信息技术产业园，引进龙头企业10家。
提高现代服务业发展能级。加快金融、物流等服务业集聚发展。
（二）持续改善民生，增进人民福祉
新建学校5所，新增学位6000个。新建社区健康服务中心10家。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return index_asker(reports_index(tmp_path_factory, [("东湖区政府工作报告_2024.txt", REPORT)]))


def test_a_run_framed_in_the_words_asked_is_the_list_asked(ask):
    answer = ask("东湖区2024年为实现高质量发展提出了哪几方面要求？")
    assert all(says(answer, entry) for entry in ("厚植实体经济优势", "深化改革开放创新", "破解历史遗留难题",
                                                 "提高民生幸福水平"))
    assert not says(answer, "推动存量企业发展壮大")

