"""Region, genre and covered years of real reports nobody tuned for, against what their file
names and headings say (expectations written by hand for this test)."""
import pytest

from corpus.load import load_report

# file → (province, city, district, genre, year, reviews, plans)
GOV = "政府工作报告"
EXPECTED = {
    "corpus-gov/2014年南山区政府工作报告_2014.txt": ("广东省", "深圳市", "南山区", GOV, 2014, (2013,), (2014,)),
    "corpus-gov/2015年坪山新区管委会工作报告_2015.txt": ("广东省", "深圳市", "坪山区", GOV, 2015, (2014,), (2015,)),
    "corpus-gov/2016年南山区政府工作报告_2016.txt": ("广东省", "深圳市", "南山区", GOV, 2016, (2015,), (2016,)),
    "corpus-gov/2017年政府工作报告（在深圳市罗湖区第七届人民代表大会第二次会议上）_2017.txt":
        ("广东省", "深圳市", "罗湖区", GOV, 2017, (2016,), (2017,)),
    "corpus-gov/2020年坪山区政府工作报告_2020.txt": ("广东省", "深圳市", "坪山区", GOV, 2020, (2019,), (2020,)),
    "corpus-gov/2021年龙华区二届人大一次会议政府工作报告_2021.txt": ("广东省", "深圳市", "龙华区", GOV, 2021, (2020,), (2021,)),
    "corpus-gov/2022年南山区政府工作报告_2022.txt": ("广东省", "深圳市", "南山区", GOV, 2022, (2021,), (2022,)),
    "corpus-gov/2023年坪山区政府工作报告_2023.txt": ("广东省", "深圳市", "坪山区", GOV, 2023, (2022,), (2023,)),
    "corpus-gov/2024年光明区政府工作报告_2024.txt": ("广东省", "深圳市", "光明区", GOV, 2024, (2023,), (2024,)),
    "corpus-gov/2025年龙华区政府工作报告_2025.txt": ("广东省", "深圳市", "龙华区", GOV, 2025, (2024,), (2025,)),
    "corpus-gov/光明新区2016年政府工作报告_2016.txt": ("广东省", "深圳市", "光明区", GOV, 2016, (2015,), (2016,)),
    "corpus-gov/光明新区2017年工作报告_2017.txt": ("广东省", "深圳市", "光明区", GOV, 2017, (2016,), (2017,)),
    "corpus-gov/大鹏新区2017年管委会工作报告_2017.txt": ("广东省", "深圳市", "大鹏新区", GOV, 2017, (2016,), (2017,)),
    "corpus-gov/大鹏新区2022年管委会工作报告_2022.txt": ("广东省", "深圳市", "大鹏新区", GOV, 2022, (2021,), (2022,)),
    "corpus-gov/大鹏新区管委会2014年工作报告_2015.txt": ("广东省", "深圳市", "大鹏新区", GOV, 2014, (2013,), (2014,)),
    "corpus-gov/深圳市政府工作报告_2015年.txt": ("广东省", "深圳市", None, GOV, 2015, (2014,), (2015,)),
    "corpus-gov/深圳市政府工作报告_2023年.txt": ("广东省", "深圳市", None, GOV, 2023, (2022,), (2023,)),
    "corpus-gov/深圳市坪山区政府工作报告_2021.txt": ("广东省", "深圳市", "坪山区", GOV, 2021, (2020,), (2021,)),
    "corpus-gov/深圳市宝安区人民政府区长郭子平在深圳市宝安区第六届人民代表大会第四次会议上作政府工作报告_2019.txt":
        ("广东省", "深圳市", "宝安区", GOV, 2019, (2018,), (2019,)),
    "corpus-gov/深圳市宝安区人民政府区长王立德在深圳市宝安区第七届人民代表大会第二次会议上作政府工作报告_2022.txt":
        ("广东省", "深圳市", "宝安区", GOV, 2022, (2021,), (2022,)),
    "corpus-gov/龙岗区2016年政府工作报告_2016.txt": ("广东省", "深圳市", "龙岗区", GOV, 2016, (2015,), (2016,)),
    "corpus-gov/龙岗区2024年政府工作报告_2024.txt": ("广东省", "深圳市", "龙岗区", GOV, 2024, (2023,), (2024,)),
    "corpus-extra/2019年国务院政府工作报告.txt": (None, None, None, GOV, 2019, (2018,), (2019,)),
    "corpus-extra/2023年国务院政府工作报告.txt": (None, None, None, GOV, 2023, (2022,), (2023,)),
    "seeds/004_699c192d4bd2a569.txt": ("江苏省", "苏州市", "张家港市", "法治政府建设情况报告", 2020, (2020,), (2021,)),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_identity_from_title_body_and_file_name(shared, name):
    province, city, district, genre, year, reviews, plans = EXPECTED[name]
    meta = load_report(shared / name).meta
    assert (meta.region.province, meta.region.city, meta.region.district) == (province, city, district)
    assert (meta.genre, meta.year, meta.reviews, meta.plans) == (genre, year, reviews, plans)
    assert meta.region.known == (province is not None or "国务院" in name)


def test_national_report_is_national_and_district_reports_are_not(shared):
    national = load_report(shared / "corpus-extra/2025年国务院政府工作报告.txt").meta.region
    district = load_report(shared / "corpus-gov/龙岗区2016年政府工作报告_2016.txt").meta.region
    assert national.national and national.label == "全国"
    assert not district.national and district.label == "龙岗区"
    assert district.source_of("district") == "title" and district.source_of("city") == "gazetteer"


def test_a_report_naming_no_place_is_unknown_not_national(tmp_path):
    path = tmp_path / "工作总结.txt"
    path.write_text("一、主要工作\n今年我们完成了办公楼修缮，组织培训12次。\n", encoding="utf-8")
    region = load_report(path).meta.region
    assert not region.known and region.label == "未知" and not region.national
