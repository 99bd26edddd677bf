"""Which reports a question is about: places from the gazetteer and the index, years by the
period a report covers. Reports and questions are made up for these tests."""
import pytest

from assistant.grounding import places_in, reports_for_places, reports_for_years, years_by_place
from corpus.models import Region, Report, ReportMeta


def report(rid, region, year, reviews=(), plans=(), text=""):
    meta = ReportMeta(title=rid, region=region, year=year, genre="政府工作报告", reviews=reviews, plans=plans)
    return Report(id=rid, source=f"{rid}.txt", meta=meta, text=text, sections=(), paragraphs=(), content_hash=rid)


LONGGANG = Region(province="广东省", city="深圳市", district="龙岗区", code="440307")
NANSHAN = Region(province="广东省", city="深圳市", district="南山区", code="440305")
SHENZHEN = Region(province="广东省", city="深圳市", code="440300")
DAPENG = Region(province="广东省", city="深圳市", district="大鹏新区")
REPORTS = [
    report("lg-2023", LONGGANG, 2023, (2022,), (2023,), "2022年全区地区生产总值增长4.5%。"),
    report("ns-2023", NANSHAN, 2023, (2022,), (2023,)),
    report("sz-2023", SHENZHEN, 2023, (2022,), (2023,)),
    report("dp-2024", DAPENG, 2024, (2023,), (2024,)),
    report("gw-2023", Region(national=True), 2023, (2022,), (2023,)),
]


def admitted(question):
    ids, unknown = reports_for_places(places_in(question, REPORTS), REPORTS, question)
    return sorted(ids), unknown


@pytest.mark.parametrize("question", [
    "超市里的食品抽检合格率是多少？",
    "新建了多少个社区服务中心？",
    "港澳大湾区建设有什么进展？",
    "地区生产总值是多少？",
    "哪个区的新增就业最多？",
    "市级重点项目有多少个？",
    "在城区建设和管理方面做了哪些工作？",  # 城区 of 大同 and 长治: one character and 区 describes an area
    "郊区的农村公路新改建了多少公里？",
])
def test_words_ending_like_places_are_no_places(question):
    assert admitted(question) == ([], [])


@pytest.mark.parametrize("question, ids", [
    ("龙岗2022年GDP增长多少？", ["lg-2023"]),
    ("龙岗区的地区生产总值？", ["lg-2023"]),
    ("深圳的城镇新增就业是多少？", ["sz-2023"]),  # the city's own report, not its districts'
    ("广东有哪些措施？", ["dp-2024", "lg-2023", "ns-2023", "sz-2023"]),  # no province report: all inside
    ("深圳市南山区的研发投入？", ["ns-2023"]),  # the city is the district's parent, not a second place
    ("深圳市和南山区的研发投入分别是多少？", ["ns-2023", "sz-2023"]),  # joined by 和: both asked
    ("深圳的南山区研发投入是多少？", ["ns-2023"]),
    ("南山区研发投入占深圳全市的比重是多少？", ["ns-2023"]),  # the city after it, not joined: a parent
    ("大鹏的游客人数？", ["dp-2024"]),  # a functional area, known by its short form from the index
    ("全国城镇新增就业多少？", ["gw-2023"]),
    ("国家一共减轻了多少税费负担？", ["gw-2023"]),  # 国家 as the subject: the national report
])
def test_aliases_and_hierarchy(question, ids):
    assert admitted(question) == (ids, [])


def test_real_division_not_indexed_is_reported_unknown():
    assert admitted("福田区2022年地区生产总值是多少？") == ([], ["福田区"])
    assert admitted("浙江省的数字经济规模？") == ([], ["浙江省"])
    assert "城区" in admitted("大同市城区的地区生产总值？")[1]  # right after its city: the district


def test_county_short_names_that_are_words_are_no_places():
    """光明 is a county of Shenzhen, but in a question without such a report it is a word."""
    assert admitted("如何让城市更光明？") == ([], [])
    assert admitted("和平年代的国防教育") == ([], [])


def test_national_words_beside_a_place_are_no_place():
    assert admitted("龙岗区获评全国文明城区了吗？") == (["lg-2023"], [])
    assert admitted("龙岗区国家高新技术企业有多少家？") == (["lg-2023"], [])


def test_a_year_maps_to_the_report_reviewing_it():
    """A 2023 政府工作报告 reviews 2022: 「2022年…」 is answered from it, not refused."""
    reports, how = reports_for_years(REPORTS[:1], (2022,), "龙岗2022年地区生产总值增长多少？")
    assert [r.id for r in reports] == ["lg-2023"] and how == "covers"


def test_targets_of_a_year_come_from_the_report_planning_it():
    two = [report("lg-2023", LONGGANG, 2023, (2022,), (2023,)), report("lg-2024", LONGGANG, 2024, (2023,), (2024,))]
    plan, _ = reports_for_years(two, (2023,), "龙岗2023年经济增长目标是多少？")
    done, _ = reports_for_years(two, (2023,), "龙岗2023年经济增长了多少？")
    assert [r.id for r in plan] == ["lg-2023"] and [r.id for r in done] == ["lg-2024"]


def test_what_a_place_is_preparing_to_do_is_its_plan():
    two = [report("lg-2023", LONGGANG, 2023, (2022,), (2023,)), report("lg-2024", LONGGANG, 2024, (2023,), (2024,))]
    plan, _ = reports_for_years(two, (2023,), "龙岗2023年准备从哪些方面改善交通？")
    assert [r.id for r in plan] == ["lg-2023"]


def test_a_list_asked_in_no_tense_is_asked_of_the_year_s_review_and_its_plan():
    """「2023年实施的…行动包括哪些」 says neither done nor planned: the report planning 2023 may hold
    the list as well as the one reviewing it; 「实施了」 says done."""
    two = [report("lg-2023", LONGGANG, 2023, (2022,), (2023,)), report("lg-2024", LONGGANG, 2024, (2023,), (2024,))]
    either, _ = reports_for_years(two, (2023,), "龙岗2023年实施的十大行动包括哪些？", either_part=True)
    done, _ = reports_for_years(two, (2023,), "龙岗2023年实施了哪十大行动？", either_part=True)
    assert [r.id for r in either] == ["lg-2024", "lg-2023"] and [r.id for r in done] == ["lg-2024"]


def test_a_years_measures_asked_in_no_tense_are_its_plan():
    """「2023年在交通方面有哪些举措」 is read as the year's measures its report sets out; 「采取了」 says done."""
    two = [report("lg-2023", LONGGANG, 2023, (2022,), (2023,)), report("lg-2024", LONGGANG, 2024, (2023,), (2024,))]
    plan, _ = reports_for_years(two, (2023,), "龙岗2023年在改善交通方面有哪些举措？")
    done, _ = reports_for_years(two, (2023,), "龙岗2023年在改善交通方面采取了哪些举措？")
    assert [r.id for r in plan] == ["lg-2023"] and [r.id for r in done] == ["lg-2024"]


def test_what_was_done_well_is_no_plan():
    """做好 plans (「要做好哪些工作」); 做好了 says done."""
    two = [report("lg-2023", LONGGANG, 2023, (2022,), (2023,)), report("lg-2024", LONGGANG, 2024, (2023,), (2024,))]
    done, _ = reports_for_years(two, (2023,), "龙岗2023年聚焦做好了哪七个方面的工作？")
    plan, _ = reports_for_years(two, (2023,), "龙岗2023年要做好哪七个方面的工作？")
    assert [r.id for r in done] == ["lg-2024"] and [r.id for r in plan] == ["lg-2023"]


def test_a_span_of_years_goes_to_the_report_with_a_part_on_it():
    """An October report of a new term and the next January's both review 2021; a question on the five
    years to 2021 is the one whose review is of five years (「一、过去五年工作回顾」)."""
    from dataclasses import replace

    from corpus.models import Section

    term = replace(report("lg-2021-10", LONGGANG, 2021, (2021,), (2022,)),
                   sections=(Section(path=("一、过去五年工作回顾",), level=1, start=0, end=0),))
    yearly = report("lg-2022", LONGGANG, 2022, (2021,), (2022,))
    for question in ("龙岗区过去五年（2017年到2021年）在民生方面取得了哪些成效？", "龙岗区2017—2021年做了哪些工作？"):
        found, how = reports_for_years([yearly, term], (2021,), question)
        assert [r.id for r in found] == ["lg-2021-10"] and how == "covers"
    found, _ = reports_for_years([yearly, term], (2021,), "龙岗区2021年做了哪些工作？")
    assert [r.id for r in found] == ["lg-2022", "lg-2021-10"]


def test_a_span_of_years_goes_first_to_the_report_with_a_part_on_the_span_alone():
    """A yearly report (「二、“十三五”发展的主要思路和2016年主要工作任务」) and a new term's (「未来五年工作」)
    both plan 2016 and both have a part naming the five years; 「今后五年打算…」 is the new term's."""
    from dataclasses import replace

    from corpus.models import Section

    yearly = replace(report("ba-2016-01", LONGGANG, 2016, (2015,), (2016,)), sections=(
        Section(path=("二、“十三五”发展的主要思路和2016年主要工作任务",), level=1, start=0, end=0),))
    term = replace(report("ba-2016-09", LONGGANG, 2016, (2015,), (2016,)), sections=(
        Section(path=("未来五年工作",), level=0, start=0, end=0),))
    found, _ = reports_for_years([yearly, term], (2016,), "龙岗区今后五年（2016—2020年）在教育方面打算怎么做？")
    assert [r.id for r in found] == ["ba-2016-09"]


def test_a_deadline_year_goes_to_the_reports_that_set_it():
    """「到2025年…控制在多少」 asks a target an earlier report set, not what the report reviewing or
    planning 2025 says; 「截至2024年底」 is what was done by then, a covered year as ever."""
    early = report("lg-2021", LONGGANG, 2021, (2020,), (2021,),
                   "到2024年，建成公园350个；到2025年，全区细颗粒物年均浓度低于20微克/立方米。")
    late = report("lg-2026", LONGGANG, 2026, (2025,), (2026,), "2025年细颗粒物年均浓度为17微克/立方米。")
    found, how = reports_for_years([early, late], (2025,), "龙岗区提出到2025年细颗粒物年均浓度控制在多少以下？")
    assert [r.id for r in found] == ["lg-2021"] and how == "mentions"
    done = report("lg-2025", LONGGANG, 2025, (2024,), (2025,), "截至2024年底，累计建成公园300个。")
    found, how = reports_for_years([done, early], (2024,), "龙岗区截至2024年底累计建成多少个公园？")
    assert [r.id for r in found] == ["lg-2025"] and how == "covers"
    found, how = reports_for_years([done, early], (2024,), "龙岗区2020年至2024年年均增长多少？")  # a run, done
    assert [r.id for r in found] == ["lg-2025"] and how == "covers"


def test_a_year_no_report_covers_is_none():
    assert reports_for_years(REPORTS[:1], (2019,), "龙岗2019年的GDP？") == ([], "none")


def test_national_adjectives_are_no_place():
    """「全国首个」 ranks something; it does not ask the national report."""
    assert admitted("全国首个树木银行落地在哪里？") == ([], [])


@pytest.mark.parametrize("question", [
    "哪个国家地质公园开园后成为国内唯一免费的地质公园？",
    "获评国家生态文明建设示范区的是哪个区？",
])
def test_a_site_or_title_the_country_grants_asks_no_national_report(question):
    """「国家地质公园」 names a district's park, 「国家…示范区」 a title a district holds: 国家 does not act."""
    assert places_in(question, REPORTS) == []


def test_the_country_acting_asks_the_national_reports():
    assert [p.name for p in places_in("国家2021年提出落实长江禁渔，禁渔期是多少年？", REPORTS)] == ["全国"]


def test_a_district_of_an_indexed_city_is_known_by_its_short_name():
    """「福田」 is a district of 深圳, whose reports are indexed: asked about, it has no report."""
    assert admitted("福田2022年GDP是多少？") == ([], ["福田区"])


def test_a_district_short_name_of_a_city_not_indexed_is_no_place():
    """Only the cities the reports are in lend their districts' short names (「城关」 is everywhere)."""
    assert admitted("城关2022年GDP是多少？") == ([], [])
    assert admitted("如何让城市更光明？") == ([], [])


@pytest.mark.parametrize("question, paired", [
    ("龙岗区2022年和南山区2023年的新增就业分别是多少？", {"龙岗区": 2022, "南山区": 2023}),
    ("2022年龙岗和2023年南山的新增就业各是多少？", {"龙岗区": 2022, "南山区": 2023}),
    ("龙岗区和南山区2022年、2023年的新增就业是多少？", None),  # the years go with both places
    ("龙岗区2022年和南山区2022年的新增就业分别是多少？", None),  # one year: nothing to pair
])
def test_a_year_written_beside_each_place_is_that_places_own(question, paired):
    assert years_by_place(places_in(question, REPORTS), question) == paired


def test_a_span_asked_of_no_place_is_routed_without_reading_a_report(sample_index):
    """「今后五年…」 naming no place is routed over every report by the headings of their parts, which
    the metadata keeps: at 9,000 reports, reading each body for them took 4 s of one question."""
    from assistant.answer import route
    from index.store import open_index

    index = open_index(sample_index)
    routed = route("今后五年在依法行政方面打算怎么做？", index)
    reader = index.reports["putuo-2024"].__dict__["_stored"][0]
    assert routed.targets and not reader._parsed


@pytest.mark.parametrize("question", ["龙岗2023年发展中还有哪些难题没解决好？", "龙岗2023年还有哪些短板？"])
def test_shortcomings_of_a_year_asked_in_no_tense_are_the_review_s(question):
    """Shortcomings are admitted looking back: in any of the words a question calls them (problems.ASKED,
    难题 among them), a year's are asked of the report reviewing it, not of the one planning it too."""
    two = [report("lg-2023", LONGGANG, 2023, (2022,), (2023,)), report("lg-2024", LONGGANG, 2024, (2023,), (2024,))]
    found, _ = reports_for_years(two, (2023,), question, either_part=True)
    assert [r.id for r in found] == ["lg-2024"]


def test_a_plan_carried_out_by_name_is_no_plan_asked():
    """「实施“十大”产业计划时组建了…」 names the plan carried out; 组建了 asks what was done, of the report
    looking back on the year. 「要实施哪些行动计划」 still asks a plan."""
    from assistant.grounding import asks_plan

    question = "龙岗2023年实施“十大”产业集群计划时组建了哪些工作专班？"
    two = [report("lg-2023", LONGGANG, 2023, (2022,), (2023,)), report("lg-2024", LONGGANG, 2024, (2023,), (2024,))]
    found, _ = reports_for_years(two, (2023,), question, either_part=True)
    assert not asks_plan(question) and [r.id for r in found] == ["lg-2024"]
    assert asks_plan("龙岗2023年要实施哪些行动计划？")


def test_a_districts_former_new_area_name_is_all_place():
    """「龙岗新区」 (how a district was called before it was one) names 龙岗区 with its 新区: no word
    of the question left to find."""
    question = "龙岗新区2013年主要做了哪些工作？"
    [place] = places_in(question, REPORTS)
    assert (place.name, question[place.start:place.end]) == ("龙岗区", "龙岗新区")


@pytest.mark.parametrize("question, plan", [
    ("龙岗2023年东湖隧道比计划提前了多少天通车？", False),  # the plan what was done is measured against
    ("龙岗2023年新区扶贫开发纲要把标准提高到了多少？", False),  # 纲要, an outline, holds 要
    ("龙岗2024年计划新建多少所学校？", True),
    ("龙岗2023年建成的虚拟电厂调节能力达到多少？", False),  # 拟 of 虚拟 plans nothing
    ("龙岗2024年拟安排多少亿元？", True),
])
def test_a_plan_measured_against_or_an_outline_is_no_plan_asked(question, plan):
    from assistant.grounding import asks_plan

    assert asks_plan(question) is plan


def test_a_place_set_aside_is_not_asked_about():
    """「在上海之外」, 「除南山区以外」 name a place only to leave it out: the country's report answers, or
    the other places'."""
    assert admitted("2022年我国在上海之外新设了哪几个自贸试验区？") == (["gw-2023"], [])
    assert [p.name for p in places_in("除南山区以外，龙岗区2022年GDP是多少？", REPORTS)] == ["龙岗区"]
    assert [p.name for p in places_in("在南山区2022年新建了多少所学校？", REPORTS)] == ["南山区"]


def test_a_place_after_a_preposition_or_conjunction_is_a_place():
    """「与潮州共建…」, 「深圳和东莞」: a two-character name after 与, 和, 及 or 同 starts a word; 「文化和旅游」
    still names none."""
    assert [p.name for p in places_in("龙岗区2022年与潮州共建了什么？", REPORTS)] == ["龙岗区", "潮州市"]
    assert any(p.name.startswith("东莞") for p in places_in("深圳和东莞2022年GDP分别是多少？", REPORTS))
    assert places_in("2022年文化和旅游方面有哪些工作？", REPORTS) == []


def test_a_place_no_report_covers_beside_one_asked_about_is_a_word_of_the_question():
    """「深圳…加强与香港、澳门的互联互通」 asks the Shenzhen report about Hong Kong and Macao."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    terms = analyze("深圳2023年打算怎样加强与香港、澳门的互联互通？", REPORTS, Tokenizer()).terms
    assert "香港" in terms and "澳门" in terms
