"""A paragraph opening with a lead that another lead follows at once (「推进健康东城建设。织牢公共卫生防护网。…」)
heads the leads inside it: a question saying that opening lead asks for them, each whole (a lead of one long
clause too; a name it quotes keeps its closing quote; a figure inside a name, but no sentence ending in a figure).
On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """东城区2023年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2022年工作回顾
全区经济平稳增长，地区生产总值增长6%。
二、2023年工作安排
（一）增进民生福祉
办好人民满意的教育。新增学位5000个，新建学校4所。
推进健康东城建设。织牢公共卫生防护网。健全疾病预防控制体系，加强医疗救治资源储备。推动公立医院高质量发展。开工建设区人民医院二期，推进3家医疗机构改扩建。提高基层医疗卫生机构应急处置和服务保障能力。改造提升20家社康机构，推行家庭医生签约服务。护航群众健康“出行”。完善院前急救网络，新增急救站点5个。
完善养老服务体系。新增养老床位300张，建设长者饭堂10家。
（二）推动经济发展
推动效率变革，提升发展加速度。建设湾区总部经济带。推进总部基地和金融商务基地建设，打造湾区新地标，吸引国际顶尖企业加速集聚。建设“研发+制造”10公里产业带。改造提升两个老旧工业园区，为企业提供超过百万平方米的研发用房，推动“工业上楼”。建设贯通南北的创新轴。新建道路12公里。全力推进创新大道建设，对标一流提升高新区园区能级，促进产业布局向更高水平迈进。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东城区2023年政府工作报告_2023.txt", REPORT)


def test_question_saying_the_opening_lead_takes_the_leads_inside(ask):
    """「推进健康东城建设有哪些安排」 says the paragraph's opening lead: its four leads, not its details."""
    titles = [m.title for m in ask("东城区2023年推进健康东城建设有哪些安排？").measures]
    assert titles == ["织牢公共卫生防护网", "推动公立医院高质量发展", "提高基层医疗卫生机构应急处置和服务保障能力",
                      "护航群众健康“出行”"]


def test_a_figure_inside_a_lead_names_a_thing(ask):
    """「建设“研发+制造”10公里产业带。」 is a lead (its figure is part of a name); 「新建道路12公里。」, ending in its
    figure, tells a detail."""
    titles = [m.title for m in ask("东城区2023年推动效率变革、提升发展加速度，要重点建设哪些载体？").measures]
    assert titles == ["建设湾区总部经济带", "建设“研发+制造”10公里产业带", "建设贯通南北的创新轴"]
