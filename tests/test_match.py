"""Gold answers match by number and unit, not by text."""
import pytest

from eval.match import check_answers, figure_found, parse_quantity, phrase_found


@pytest.mark.parametrize("expected, answer", [
    ("64.3万元", "罚没款643000元[1]"),
    ("643000元", "罚没款64.3万元[1]"),
    ("2000余条", "视频2000余条[1]"),
    ("2000余条", "视频2000多条"),  # 余 and 多 say the same
    ("96.1%", "完成率96.1%"),
    ("十二项", "共12项"),
    ("2家", "两家诊所"),
    ("78起", "查处案件78件"),  # 起 and 件 count the same things
    ("近1600人", "受众人数近1600人"),
    ("262件", "立 案 处 罚 262 件"),
    ("5%左右", "增长约5%"),  # 约 and 左右 both say about
    ("36.2万人", "新增家庭医生签约36.2万人"),  # the 约 of 签约 is no qualifier
    ("约1.3万亿元", "全年减税降费约1.3万亿元"),  # 费约 is no word to read
])
def test_matches(expected, answer):
    assert figure_found(expected, answer)


@pytest.mark.parametrize("expected, answer", [
    ("96.1%", "完成率96%"),
    ("96%", "完成率96.1%"),
    ("2000余条", "视频2000条"),  # the qualifier is part of the value
    ("2000条", "视频2000余条"),
    ("64.3万元", "罚没款64.3万人次"),
    ("64.3万元", "罚没款64万元"),
    ("78起", "78人"),
    ("5%", "增长5%左右"),
    ("36.2万人", "签约约36.2万人"),
    ("30万人", "接近30万人"),  # 接近 says less, as 近 does
    ("262件", "其他「立案处罚262件」"),  # a number inside a quotation is not the answer's own
])
def test_does_not_match(expected, answer):
    assert not figure_found(expected, answer)


def test_parse_quantity_normalizes():
    q = parse_quantity("47.1余万元")
    assert (q.value, q.unit, q.qualifier) == (471000.0, "元", "more")
    assert parse_quantity("无证行医") is None


def test_phrases_ignore_whitespace():
    assert phrase_found("全力打击 无证行医", "二是全力打击无证行医")
    assert not phrase_found("无证医美", "无证行医")


def test_check_answers_by_type():
    assert check_answers("figure", ["262件", "216件"], "立案处罚262件，罚款216件") == [("262件", True), ("216件", True)]
    assert check_answers("measure", ["双随机"], "一是做好“双随机、一公开”") == [("双随机", True)]


@pytest.mark.parametrize("expected, answer", [
    ("12.5万标箱", "集装箱吞吐量12.5万标箱[1]"),
    ("35微克/立方米", "PM2.5年均浓度35微克/立方米[2]"),
    ("190万余元", "补贴190万余元"),
    ("0.5个百分点", "下降0.5个百分点"),
    ("3.2万常住居民", "服务3.2万常住居民"),
    ("一百二十所", "新建学校120所"),
])
def test_units_no_parser_lists(expected, answer):
    """Units are whatever follows the number, so the evaluator judges units the answerer may not know."""
    assert figure_found(expected, answer)


@pytest.mark.parametrize("expected, answer", [
    ("12.5万标箱", "吞吐量12.5万吨"),
    ("35微克/立方米", "下降35%"),
    ("190万余元", "补贴190万元"),
    ("0.5个百分点", "增长0.5%"),
    ("12.5万标箱", "吞吐量13万标箱，见「全年集装箱吞吐量12.5万标箱」"),
])
def test_wrong_or_quoted_figures_fail(expected, answer):
    """A wrong stated number fails even when the quotation beside it holds the right one."""
    assert not figure_found(expected, answer)


def test_a_phrase_only_in_a_quotation_is_not_stated():
    assert not figure_found("国家卫生城市", "获评「国家卫生城市」")
    assert not phrase_found("联合执法", "措施：「联合执法」[1]")


def test_bounds_after_the_unit_are_qualifiers():
    """「4500万人次以上」 is a target of at least that: 4500万人次 alone is another statement."""
    assert figure_found("4500万人次以上", "旅客吞吐量4500万人次以上[1]")
    assert not figure_found("4500万人次以上", "旅客吞吐量4500万人次[1]")
    assert figure_found("22微克/立方米以下", "降至22微克/立方米以下")
    assert parse_quantity("4500万人次以上").qualifier == "atleast"
