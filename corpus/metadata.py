"""Report metadata from the front matter, the signature and the page furniture.

Title, issuing organization, region (province, city, district/county as named), year covered,
document number (普卫健审监〔2024〕2号) and issue date.
"""
from __future__ import annotations

import re
from collections import Counter

from corpus.clean import CleanedDocument
from corpus.models import Region, ReportMeta

PROVINCES = (
    "北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 "
    "山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 "
    "内蒙古自治区 广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区"
).split()
MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}

_HAN = r"\u4e00-\u9fff"
_DOC_NUMBER = re.compile(rf"[{_HAN}]{{1,12}}\s*[〔\[［(（]\s*(\d{{4}})\s*[〕\]］)）]\s*(\d{{1,4}})\s*号")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"(19|20)\d{2}(?=\s*年)")
_HEADER = re.compile(rf"^([{_HAN}（）]{{2,40}}?)文件$")
_SALUTATION = re.compile(r"^(.{2,30})[：:]$")
_ORG_SUFFIX = re.compile(rf"^[{_HAN}]{{2,40}}(委员会|人民政府|政府|局|厅|委|院|部|中心)$")
_ORG_AFTER_YEAR = re.compile(rf"\s*年度?\s*(?:关于)?([{_HAN}]{{2,30}}?(?:委员会|人民政府|局|厅))")
_SPEAKS_FOR = re.compile(rf"(国务院|[{_HAN}]{{2,12}}人民政府)(?:总理|省长|市长|区长|县长)|代表(国务院|[{_HAN}]{{2,12}}人民政府)")
_ADMIN = re.compile(
    rf"^(?P<province>[{_HAN}]{{2,8}}?(?:省|自治区|特别行政区))?"
    rf"(?P<city>[{_HAN}]{{1,8}}?(?:市|州|盟|地区))?"
    rf"(?P<district>[{_HAN}]{{1,8}}?(?:区|县|旗|市))?"
)


def _iso(match: re.Match[str]) -> str:
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_region(organization: str | None, text: str) -> Region:
    """Units named in the organization; a missing province is the one the report itself names most."""
    if not organization:
        return Region()
    match = _ADMIN.match(organization)
    province, city, district = (match.group("province"), match.group("city"), match.group("district"))
    if city in MUNICIPALITIES:
        province = city
    if district and not city and not province:  # 「张家港市卫生…」 matched as district only
        city, district = district, None
    if not province and (city or district):
        mentioned = Counter({p: text.count(p) for p in PROVINCES if p in text})
        if mentioned:
            province = mentioned.most_common(1)[0][0]
    return Region(province=province, city=city, district=district)


def _organization(doc: CleanedDocument, title: str) -> str | None:
    for line in doc.front:
        if match := _HEADER.match(line):
            return match.group(1)
    for line in doc.back:
        if _ORG_SUFFIX.match(line) and not line.endswith("办公室"):
            return line
    year = _YEAR.search(title)
    head = title[: year.start()] if year else ""
    if _ORG_SUFFIX.match(head.removesuffix("关于")):
        return head.removesuffix("关于")
    # 「2023年度上海市闵行区卫生健康委员会法治政府建设情况报告」: the organization follows the year.
    if year and (match := _ORG_AFTER_YEAR.match(title, year.end())):
        return match.group(1)
    for line in (*doc.front, *doc.body[:2]):
        if match := _SPEAKS_FOR.search(line):
            return match.group(1) or match.group(2)
    return None


def _title(doc: CleanedDocument, fallback: str) -> str:
    candidates = [
        line for line in doc.front
        if not _HEADER.match(line) and not _DOC_NUMBER.search(line) and not _SALUTATION.match(line)
        and not line.startswith("——") and not _DATE.fullmatch(line)
    ]
    for line in candidates:
        if "报告" in line or "总结" in line:
            return line
    return candidates[0] if candidates else fallback


def extract_metadata(doc: CleanedDocument, body_text: str, fallback_title: str) -> ReportMeta:
    title = _title(doc, fallback_title)
    organization = _organization(doc, title)
    front = "\n".join(doc.front)
    doc_number = None
    if match := _DOC_NUMBER.search(front):
        doc_number = re.sub(r"\s+", "", match.group(0))
        doc_number = re.sub(r"[\[［(（](\d{4})[\]］)）]", r"〔\1〕", doc_number)
    issue_date = None
    for line in (*reversed(doc.back), *(line for _, line in doc.furniture), *doc.front):
        if match := _DATE.search(line):
            issue_date = _iso(match)
            break
    year_match = _YEAR.search(title) or _YEAR.search(front)
    year = int(year_match.group(0)) if year_match else (int(issue_date[:4]) if issue_date else None)
    recipient = None
    for line in doc.front:
        if match := _SALUTATION.match(line):
            recipient = match.group(1)
    extra = tuple((kind, line) for kind, line in doc.furniture if kind != "page")
    return ReportMeta(
        title=title,
        organization=organization,
        region=parse_region(organization, body_text),
        year=year,
        doc_number=doc_number,
        issue_date=issue_date,
        recipient=recipient,
        extra=extra,
    )
