import pytest

from index.figures import find_figures, normalize, report_figures


def figures_of(text):
    return [(s.text, metric) for s, metric, _, _ in find_figures(text)]


def test_each_count_gets_its_own_metric_phrase():
    """The words just before a number name it: 262 is 立案处罚, 216 is 罚款."""
    got = figures_of("对卫生违法行为立案处罚262件，其中警告46件，罚款216件。")
    assert got == [("262件", "对卫生违法行为立案处罚"), ("46件", "其中警告"), ("216件", "罚款")]


def test_qualifiers_multipliers_and_percentages():
    got = [s.text for s, *_ in find_figures("视频2000余条，罚没款47.1余万元，受众近1600人，完成率96.1%，两部视频。")]
    assert got == ["2000余条", "47.1余万元", "近1600人", "96.1%", "两部"]


def test_a_unit_per_another_is_read_whole_before_its_qualifier():
    got = [(s.text, s.approx) for s, *_ in find_figures("路网密度提升至2.59公里/平方公里，地价5万元/平方米以上。")]
    assert got == [("2.59公里/平方公里", ""), ("5万元/平方米以上", "以上")]


def test_a_unit_counted_as_another_in_brackets_is_part_of_the_figure():
    """「套（间）」 counts flats or rooms: the value as written keeps the bracket, known unit or not;
    a longer bracket (「（含幼儿园）」) says what is counted, not how."""
    got = [s.text for s, *_ in find_figures("筹集保障性住房1.2万套（间）、供应2925间（套）以上，新增学位3000个（含幼儿园）。")]
    assert got == ["1.2万套（间）", "2925间（套）以上", "3000个"]


def test_a_qualifier_character_ending_a_word_is_the_words():
    """签约 is a word: its 约 says nothing of the number; 降费约 (费约 is no common word) and 大约 still say about."""
    got = [(s.text, s.qualifier) for s, *_ in find_figures("新增家庭医生签约36.2万人，减税降费约1.3万亿元，大约5万人。")]
    assert got == [("36.2万人", ""), ("约1.3万亿元", "约"), ("约5万人", "约")]


def test_dates_ordinals_and_document_numbers_are_not_figures():
    text = "2024年1-10月，第六轮计划，张卫健监督〔2020〕11号，一是加强领导，一次性补助592人。"
    assert [s.text for s, *_ in find_figures(text)] == ["592人"]


def test_normalization_to_base_units():
    assert normalize(64.3, "", "万元") == (643000.0, "元")
    assert normalize(47.1, "万", "元") == (471000.0, "元")
    assert normalize(96.1, "", "%") == (96.1, "%")


def test_sample_reports_have_many_figures_with_sentences(putuo, zjg):
    figures = report_figures(putuo) + report_figures(zjg)
    assert len(figures) >= 150
    permit = next(f for f in report_figures(putuo) if f.text == "2628件")
    assert permit.metric == "区卫生健康委共作出卫生行政许可"
    assert putuo.text[permit.start:permit.end] == "2628件"
    assert "2628件" in putuo.text[permit.sentence_start:permit.sentence_end]


def test_a_value_is_labelled_from_a_whole_number_not_the_tail_of_one():
    """The label is the last words of the metric phrase; cut at a fixed length it read 「年的500亿元
    跃升至…」 and 「3年地区生产总值…」, as if the report said 「年」 or 「3年」."""
    from assistant.answer_figures import _label

    assert _label("地区生产总值由2019年的500亿元跃升至2023年的") == "2019年的500亿元跃升至2023年的"
    assert _label("据初步核算，2023年地区生产总值增长6.2%，达到") == "2023年地区生产总值增长6.2%，达到"
    assert _label("全区共作出卫生行政许可") == "全区共作出卫生行政许可"


def test_a_label_loses_the_words_qizhong_and_gong_not_the_characters():
    """「其中中央财政赤字」 is about 中央; stripping the characters 其, 中, 共 read 「央财政赤字」."""
    from assistant.answer_figures import _label

    assert _label("其中中央财政赤字") == "中央财政赤字"
    assert _label("共享单车投放量共") == "共享单车投放量"
    assert _label("中国制造，") == "中国制造"


def test_a_clause_naming_the_asked_thing_in_the_synonym_datas_word_is_covered():
    """「GDP是多少」 against 「实现地区生产总值3448亿元」 and 「研发投入占GDP比重3.15%」: the clause
    saying 生产总值 must count as naming the thing asked, as ``holds`` already finds it."""
    from assistant.figure_score import covered_share

    assert covered_share("全年预计实现地区生产总值", ("gdp",)) > covered_share("全社会研发投入占gdp比重仅为", ("gdp",)) > 0


def _metrics(text):
    from index.figures import Figure, respective

    out = {}
    for spot, metric, after, (a, b) in find_figures(text):
        fig = Figure(report_id="t", start=spot.start, end=spot.end, text=spot.text, value=0.0, unit="", qualifier="",
                     normalized=0.0, base_unit="", metric=metric, metric_after=after, sentence_start=a,
                     sentence_end=b, paragraph=0, section_path=())
        out[spot.text] = respective(fig, text).metric
    return out


def test_a_run_after_respectively_with_a_long_verb_measures_each_subject():
    """「每人每月」 between 分别提高到 and the values: the verb is longer than six characters."""
    got = _metrics("最低生活保障标准和最低工资标准分别提高到每人每月620元和1808元。")
    assert got["1808元"].startswith("最低工资标准") and got["620元"].startswith("最低生活保障标准")


def test_values_run_together_after_as_many_subjects_measure_each():
    """No 分别: 「公办园、普惠园增至62所、123所」 still pairs the subjects and values in order."""
    got = _metrics("全区公办园、普惠园增至62所、123所，在园儿童占比50%。")
    assert "普惠园" in got["123所"] and "普惠园" not in got["62所"] and got["50%"] == "在园儿童占比"
    assert _metrics("新建学校5所、幼儿园12所。") == {"5所": "新建学校", "12所": "幼儿园"}


@pytest.mark.parametrize("text, figure", [
    ("审批时限缩短至3个工作日。", "3个工作日"),
    ("用时6个月完成改造。", "6个月"),
    ("全程缩短20个小时。", "20个小时"),
    ("新建46个子项目。", "46个"),  # 个 counting things stays 个
])
def test_a_span_of_time_counted_with_ge_is_read_whole(text, figure):
    """「3个工作日」 is a span of time, not three of something: the figure says its unit."""
    from index.figures import spots

    assert [s.text for s in spots(text)] == [figure]


@pytest.mark.parametrize("text, figure, value", [
    ("投资38亿的滨海大道工程开工。", "38亿", 3.8e9),  # 的 after it: no unit said
    ("全区注册义工超过12万。", "超过12万", 1.2e5),  # the sentence ends on the number
    ("清拆违法建筑6.5万㎡，", "6.5万㎡", 6.5e4),  # ㎡ is 平方米 in one sign
    ("粮食产量1.2万亿斤，", "1.2万亿斤", 1.2e12),  # 万亿 before a word no table lists stays a multiplier
])
def test_an_amount_of_wan_or_yi_with_no_word_after_it_is_a_figure(text, figure, value):
    """Reports leave the unit to the noun (「总投资38亿的工程」, 「义工超过12万」): the amount is still a
    figure, read at its value, with no unit (a question asking 多少亿元 does not take it)."""
    from index.figures import quantity, spots

    (spot,) = spots(text)
    assert spot.text == figure and quantity(spot)[0] == pytest.approx(value)


def test_a_span_of_years_is_a_figure_and_a_year_is_not():
    """「阻滞21年的帝堂路」 says how long (21年); 「2021年」 is a date and 「年代」, 「年度」 no span."""
    got = [s.text for s, *_ in find_figures("2021年，阻滞21年的帝堂路打通，90年代建成的厂房改造，完成3年度计划。")]
    assert got == ["21年"]
