"""What a section's entries are, in the styles reports enumerate them: paragraphs opening with
一是…, 二是… in turn; lead sentences set inside one paragraph. On reports written for the tests."""
from conftest import asker


def titles_of(tmp_path_factory, file_name: str, report: str, question: str) -> list[str]:
    """The titles of the measures answering ``question`` of one report written for a test."""
    return [m.title for m in asker(tmp_path_factory, file_name, report)(question).measures]

REPORT = """东山区2015年政府工作报告
一、2014年工作回顾
全区经济运行总体平稳。
二、2015年主要工作任务
（一）以创新驱动为核心，引领质量发展
一是打造创新生态体系。（1）新建创新示范园区2个。（2）新增孵化器3个以上。（3）新增高新技术企业80家。
二是实施产业转型升级计划。（1）实施龙头企业培育计划。（2）实施园区企业集聚计划。
三是优化企业服务平台。（1）举办营商环境推介会10场。（2）召开湾区经济论坛。
（二）以民生幸福为根本，办好民生实事
一是新增学位5000个；二是新建社区健康服务中心3家。
"""


def test_paragraphs_opening_with_labels_in_turn_are_the_entries(tmp_path_factory):
    """The （1）… lists restart in each paragraph: listing them flat would lose which is which and
    bury the three measures the question's two topics (创新, 转型升级) span."""
    titles = titles_of(tmp_path_factory, "东山区2015年政府工作报告_2015.txt", REPORT,
                       "东山区2015年在创新驱动和产业转型升级方面有哪些举措？")
    assert titles == ["一是打造创新生态体系", "二是实施产业转型升级计划", "三是优化企业服务平台"]


LEADS = """南山区2016年政府工作报告
一、2015年工作回顾
全区经济运行总体平稳。
二、2016年工作安排
（一）打好交通大会战
打通对外通道。加快东部过境高速建设，实现外环高速开工；加快绿梓大道项目工作。完善交通设施。规划新建人行天桥23座，建设小型停车场。提升道路管理。新装电子警察133套，整治重点路口6个。
（二）办好民生实事
一是新增学位5000个；二是新建社区健康服务中心3家。
"""


def test_a_short_clause_after_a_semicolon_is_no_lead(tmp_path_factory):
    """「加快绿梓大道项目工作。」 is short and has no comma, as a lead has, but it ends a sentence begun
    before the 「；」: one of the first lead's measures, not an entry of the section."""
    titles = titles_of(tmp_path_factory, "南山区2016年政府工作报告_2016.txt", LEADS, "南山区2016年在交通方面准备做些什么？")
    assert titles == ["打通对外通道。", "完善交通设施。", "提升道路管理。"]


ANNOUNCED = """西湖区2016年政府工作报告
一、2015年工作回顾
全区经济运行总体平稳。
二、“十三五”发展思路和2016年工作安排
“十三五”时期，全区生产总值年均增长8%。坚持做到“三个聚焦”：
聚焦战略目标，把握发展大势，推动产业发展上规模。
聚焦难题短板，补齐公共服务短板。
聚焦职能转变，深化简政放权改革。
2016年是“十三五”开局之年。
（一）推进产业转型升级
一是新建创新示范园区2个；二是新增高新技术企业80家。
（二）打好治水大会战
一是完成污水管网100公里；二是整治黑臭水体10条。
"""


def test_a_lead_in_followed_by_its_own_paragraphs_lists_them_not_later_chapters(tmp_path_factory):
    """「坚持做到“三个聚焦”：」 is followed by the three 聚焦 paragraphs; the chapters （一）（二） come
    later in the part and are not what it announces."""
    titles = titles_of(tmp_path_factory, "西湖区2016年政府工作报告_2016.txt", ANNOUNCED,
                       "西湖区“十三五”时期要坚持做到哪“三个聚焦”？")
    assert [t[:6] for t in titles] == ["聚焦战略目标", "聚焦难题短板", "聚焦职能转变"]
