"""Everyday words of the synonym data (assistant/data/synonyms.json) find the report's own (高铁 for
高速铁路, 固投 for 固定资产投资, 规上 for 规模以上, 棚户区改造 and 棚改 each for the other, 社零 for
社会消费品零售总额, 违建 for 违法建筑, 涨 and 增速 for 增长, 奖项 for an award named …奖, 法律宣传 for 普法, 托育位 for 托位, 投入强度 for 占GDP比重, 公办园 and 普惠园 for their kindergartens, 国家级 for a title named with 国家, 数量 for 总数, 4A for AAAA, 第一家 for 首家, 压减 for 下降) and no more — on a district report and questions written for these tests."""
import pytest

from conftest import asker, says

REPORT = """东湖区2024年政府工作报告
一、2023年工作回顾
新增高速铁路运营里程41公里，新建改建农村公路120公里。
全年民生支出52.6亿元，占一般公共预算支出的七成。全社会研发投入120亿元，占GDP比重4.8%。固定资产投资完成300亿元。全区工业增加值增长3.2%，其中规模以上工业增加值增长6.5%。
今年将启动棚改项目12个。
社会消费品零售总额860亿元，同比增长9.5%，新增商业面积12万平方米。
全年拆除违法建筑96处2.1万平方米，新建公园8个。
全年投入治水资金49.67亿元，完成治水工程30个。
实现地区生产总值1530亿元，机场旅客吞吐量2100万人次。最低工资标准由2030元/月提高至2130元/月。
全区医院新增病床850张，社区新增养老床位200张，新增婴幼儿托位600个。人均公园绿地面积达到14.2平方米。
2023年PM2.5年均浓度降至18.5微克/立方米。全年新增公办学位6000个。全区公办中小学增至75所，普惠性托育机构增至30所。全区公办园、普惠园分别增至40所、90所。
二、2024年工作安排
主要预期目标是：地区生产总值增长6%左右，固定资产投资增长5%左右。全年筹集公共住房400套以上。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


@pytest.mark.parametrize("question, value", [
    ("东湖区2023年新开通的高铁有多少公里？", 41.0),
    ("东湖区2023年新增了多少个托育位？", 600.0),
    ("东湖区2023年全社会研发投入强度是多少？", 4.8),
    ("东湖区2023年公办幼儿园有多少所？", 40.0),
    ("东湖区2023年普惠幼儿园有多少所？", 90.0),
    ("东湖区2023年固投完成了多少？", 300.0),
    ("东湖区2023年规上工业增加值增长了多少？", 6.5),
    ("东湖区2024年棚户区改造项目计划启动多少个？", 12.0),  # the full term finds its short form
    ("东湖区2023年社零总额是多少？", 860.0),
    ("东湖区2023年社零同比涨了多少？", 9.5),
    ("东湖区2023年拆了几处违建？", 96.0),
    ("东湖区2023年拆掉了多少平方米违建？", 2.1),  # 拆掉 finds 拆除 (the words the search adds, below)
    ("东湖区2024年经济增速目标定的多少？", 6.0),
    ("东湖区2023年社零增速是多少？", 9.5),  # a growth rate asked is written 增长X%
    ("东湖区2023年经济总量是多少？", 1530.0),
    ("东湖区2024年计划筹集多少套公房？", 400.0),
    ("东湖区2023年机场客流量有多少人次？", 2100.0),
    ("东湖区2023年最低工资涨到每月多少钱？", 2130.0),  # a money asked per month: 元/月
    ("东湖区2023年医院新增了多少张床位？", 850.0),
    ("东湖区2023年每人平均有多少公园绿地？", 14.2),
    ("东湖区2023年PM2.5全年平均降到了多少？", 18.5),  # the mean over 2023, not over years
    ("东湖区2023年给公办学校多加了多少个学位？", 6000.0),
])
def test_an_everyday_word_finds_the_reports_word(ask, question, value):
    assert [v.value for v in ask(question).values] == [value]


def test_spending_on_something_the_report_does_not_price_is_no_answer(ask):
    """「花了多少钱」 on roads is not the 民生 spending of the same report (the data maps no 花了 to 支出:
    tried, it answered this with 52.6亿元)."""
    answer = ask("东湖区2023年在农村公路上花了多少钱？")
    assert answer.abstained and not answer.values



def test_the_everyday_verb_of_spending_asks_the_money(ask):
    """花了 is how people ask, no word a report uses for what it spent (投入…资金, 支出)."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    assert analyze("东湖区2023年治水一共花了多少钱？", [], Tokenizer()).terms == ("治水",)
    assert [v.value for v in ask("东湖区2023年治水一共花了多少钱？").values] == [49.67]


def test_the_everyday_verb_of_demolishing_adds_the_reports_word():
    from assistant.query import apply_synonyms

    assert apply_synonyms("今年打算拆掉多少违建？").split()[1:] == ["违法建筑", "拆除"]


def test_an_award_asked_as_a_prize_finds_the_award_by_its_name(tmp_path_factory):
    """「奖项」 is how people ask; a report names the award itself (「…荣获第三届中国生态文明奖」), and a
    sentence counting prizes of another field (「科技奖项37项」) holds the word but not the topic."""
    ask = asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", """东湖区2024年政府工作报告
一、2023年工作回顾
东湖湿地保护项目荣获第三届中国生态文明奖，新建口袋公园15个。
全年获得市级及以上科技奖项37项，新增国家高新技术企业120家。
生态环境质量持续改善，完成生态修复面积30公顷。
二、2024年工作安排
加强生态保护，新建口袋公园10个。
""")
    answer = ask("东湖区2023年获得了什么全国性的生态奖项？")
    assert says(answer, "中国生态文明奖")



def test_legal_publicity_asked_in_everyday_words_finds_the_reports_pufa(tmp_path_factory):
    """「法律宣传」 is what the reports call 普法."""
    ask = asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", """东湖区2024年政府工作报告
一、2023年工作回顾
全年开展普法讲座320场，调解矛盾纠纷1.1万宗。
新建口袋公园15个，完成生态修复面积30公顷。
二、2024年工作安排
新建口袋公园10个。
""")
    answer = ask("东湖区2023年搞了多少场法律宣传？")
    assert [v.text for v in answer.values] == ["320场"]


def test_a_national_level_title_asked_finds_the_title_named_with_guojia(tmp_path_factory):
    """「国家级」 asks the level; the report names the title (「获评国家全域旅游示范区」)."""
    text = """西湖区2024年政府工作报告
一、2023年工作回顾
接待游客1200万人次，获评国家全域旅游示范区。新建公园6个。
二、2024年工作安排
新建公园3个。
"""
    ask = asker(tmp_path_factory, "西湖区2024年政府工作报告_2024.txt", text)
    answer = ask("西湖区2023年获评了哪个国家级称号？")
    assert says(answer, "国家全域旅游示范区")


def test_how_many_asked_finds_the_total_the_report_states(tmp_path_factory):
    """「公园数量」 asks how many parks; the report states their 总数 (「公园总数全市第三」)."""
    text = """南湖区2024年政府工作报告
一、2023年工作回顾
新改扩建公园12个，公园总数全市第三。新建绿道20公里。
二、2024年工作安排
新建公园3个。
"""
    ask = asker(tmp_path_factory, "南湖区2024年政府工作报告_2024.txt", text)
    answer = ask("南湖区2023年公园数量在全市排第几？")
    assert says(answer, "全市第三")


def test_a_scenic_grade_asked_as_4a_finds_the_grade_written_in_letters(tmp_path_factory):
    """「国家4A」 is how the grade is written and asked (the report too, of other scenic areas); a report may
    write its letters (「国家AAAA景区」)."""
    text = """北湖区2024年政府工作报告
一、2023年工作回顾
新建公园6个，接待游客800万人次，国家4A级景区增至3家。
新增就业岗位1.2万个，城镇登记失业率控制在3%以内。
新改扩建学校5所，新增学位3000个。
完成老旧小区改造20个，惠及居民8000户。
新增商事主体9000家，其中企业6000家。
全年举办文体活动300场，建成社区书房12家。
二、2024年工作安排
推动北湖湿地公园创建国家AAAA景区，新建公园3个。
"""
    ask = asker(tmp_path_factory, "北湖区2024年政府工作报告_2024.txt", text)
    answer = ask("北湖区2024年哪个景区要创国家4A？")
    assert says(answer, "北湖湿地公园")


def test_the_first_asked_in_speech_finds_the_first_written_with_shou(tmp_path_factory):
    """「第一家」 is how one asks; a report writes 首家 (「辖区首家独角兽企业」), and 全市第一 elsewhere ranks
    something else."""
    text = """东湖区2024年政府工作报告
一、2023年工作回顾
新增国家高新技术企业120家，星河科技获评辖区首家独角兽企业。
全区生产总值增长6.5%，增速全市第一。
新建公园4个，新增学位2000个。
二、2024年工作安排
新增国家高新技术企业100家。
"""
    ask = asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", text)
    answer = ask("东湖区2023年出了第一家独角兽企业，是哪家？")
    assert says(answer, "星河科技")


def test_a_cut_asked_as_yajian_finds_the_fall_the_plan_states(tmp_path_factory):
    """「压减多少」 is how an office asks a cut; the plan states the cut to make as 下降."""
    text = """北湖区2020年政府工作报告
一、2019年工作回顾
全年一般公共预算支出增长8%。
二、2020年工作安排
严控一般性支出，全年会议费用要下降10%以上，培训费用保持不变。
"""
    ask = asker(tmp_path_factory, "北湖区2020年政府工作报告_2020.txt", text)
    answer = ask("北湖区2020年会议费用要压减多少？")
    assert says(answer, "10%以上")
