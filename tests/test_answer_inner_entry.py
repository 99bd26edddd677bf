"""A measures question about one lead set inside a paragraph (the paragraph's opening names each
lead's topic in a run: 「投资、消费、出口」) gets what that lead says; an opening about the topic
itself keeps all its leads. On a report written for the test."""
import pytest

from conftest import asker

REPORT = """东湖区2024年政府工作报告
一、2023年工作回顾
（一）强化数字赋能，数字经济提速发展
全区产业结构持续优化，全年新增上云企业一批。扶持政策更加完善。出台产业扶持办法，设立专项资金，支持企业开展技术改造。芯片制造提质增效。集成电路产业保持较快增长，新建智能工厂一批，带动上下游企业集聚。服务业数字化转型加速。建设跨境电商产业园，发展智慧物流，推动商贸企业线上经营。
二、2024年工作安排
（一）畅通经济循环，扩大国内需求
牢牢把握扩大内需这个基点，发挥投资、消费、出口对经济增长的协同拉动作用。精准开展招商引资。瞄准行业龙头企业，推动一批重大项目尽快落地见效。全面扩大有效投资。加快重点项目前期工作，推动政府投资项目按期开工建设。全面激发消费潜力。实施夜间消费扩容计划，培育定制消费、智慧消费等新业态，打造一批特色步行街。实施消费券惠民计划，发放数字消费券，办好购物节等促消费活动。推动外贸稳中提质。支持企业参加境外重点展会，发展跨境电商等贸易新业态。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


def test_the_lead_holding_a_topic_the_opening_names_in_passing_answers(ask):
    answer = ask("东湖区2024年在消费方面有哪些打算？")
    titles = [m.title for m in answer.measures]
    assert "实施夜间消费扩容计划，培育定制消费、智慧消费等新业态，打造一批特色步行街。" in titles
    assert not any("招商引资" in t or "境外重点展会" in t for t in titles)


def test_an_opening_about_the_topic_keeps_every_lead(ask):
    """「全区产业结构持续优化」 is about the industries as a whole: every lead answers, not
    only 「服务业数字化转型加速」, the one repeating 数字化."""
    answer = ask("东湖区2023年在产业数字化方面取得了哪些成效？")
    titles = [m.title for m in answer.measures]
    assert {"扶持政策更加完善。", "芯片制造提质增效。", "服务业数字化转型加速。"} <= set(titles)


FRAMED = """西湖区2024年政府工作报告
一、2023年工作回顾
全区经济运行总体平稳。
二、2024年工作重点
（一）着力建设创新样板区
壮大科技创新主体。新增国家高新技术企业300家。
（二）着力提升城区品质
新建公园10个。
今年是全面完成规划目标的关键之年。区委发出“当好全市标杆城区”的号召，区政府要不折不扣抓好落实。当好标杆必须做强长板，要致力于制造业高质量发展。当好标杆必须补齐短板，要加快公共服务均衡布局。当好标杆必须筑牢底板，要守护好生态环境和城市安全。
"""


@pytest.fixture(scope="module")
def ask_framed(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区2024年政府工作报告_2024.txt", FRAMED)


def test_the_beginning_the_leads_share_names_them(ask_framed):
    """The paragraph's opening says none of the question's words; the leads inside it share a beginning
    that says them (当好, 标杆, 必须): they answer, not a chapter saying 样板."""
    titles = [m.title for m in ask_framed("西湖区2024年报告说要当好标杆城区，必须在哪几方面发力？").measures]
    assert titles == ["当好标杆必须做强长板", "当好标杆必须补齐短板", "当好标杆必须筑牢底板"]
