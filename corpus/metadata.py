"""Report metadata from the front matter, the signature, the page furniture and the file name.

Title, issuing organization, region (corpus/region.py), genre, the report's year and the years it
reviews and plans, document number (普卫健审监〔2024〕2号) and issue date.
"""
from __future__ import annotations

import re
from corpus.clean import CleanedDocument
from corpus.models import Report, ReportMeta, Section
from corpus.region import resolve_region, speaker_lines
from corpus.structure import ATTACHMENT_HEADING

_HAN = r"\u4e00-\u9fff"
_DOC_NUMBER = re.compile(rf"[{_HAN}]{{1,12}}\s*[〔\[［(（]\s*(\d{{4}})\s*[〕\]］)）]\s*(\d{{1,4}})\s*号")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"(19|20)\d{2}(?=\s*年)")
_HEADER = re.compile(rf"^([{_HAN}（）]{{2,40}}?)文件$")
_SALUTATION = re.compile(r"^(.{2,30})[：:]$")
_ORG_SUFFIX = re.compile(rf"^[{_HAN}]{{2,40}}(委员会|人民政府|政府|局|厅|委|院|部|中心)$")
_ORG_AFTER_YEAR = re.compile(rf"\s*年度?\s*(?:关于)?([{_HAN}]{{2,30}}?(?:委员会|人民政府|局|厅))")
_SPEAKS_FOR = re.compile(rf"(国务院|[{_HAN}]{{2,12}}人民政府)(?:总理|省长|市长|区长|县长)|代表(国务院|[{_HAN}]{{2,12}}人民政府)")
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_REVIEW_WORDS = re.compile(r"回顾|过去|成绩|成效|成就|总结|情况")
# Words only a heading of the forward-looking part uses (「部署」, 「举措」 and 「重点」 head what was done
# as often: 「组织部署和保障机制进一步健全」, 「2024年主要举措和成效」).
_PLAN_WORDS = re.compile(r"安排|任务|目标|计划|打算|思路|下一步|预期|总体要求|政策取向|(?:未来|今后)[一二三四五六七八九十\d]+年")


def heading_part(heading: str, reviews: tuple[int, ...] = (), plans: tuple[int, ...] = ()) -> str | None:
    """Whether a top-level heading opens the part of a report that looks back (「2022年工作回顾」)
    or the part that plans (「2023年工作安排」, 「下一步工作打算」); None if it says neither.

    A heading naming a year the report reviews or plans is judged by that year (「高质量做好2022年
    各项工作，以优异成绩迎接…」 plans 2022, whatever 「成绩」 says); otherwise by its words."""
    named = {int(m.group(0)) for m in _YEAR.finditer(heading)}
    in_plans, in_reviews = bool(named & set(plans)), bool(named & set(reviews))
    if in_plans != in_reviews:
        return "plan" if in_plans else "review"
    if _REVIEW_WORDS.search(heading):
        return "review"
    if _PLAN_WORDS.search(heading):
        return "plan"
    return None


def years_part(text: str, meta: ReportMeta) -> str | None:
    """The part a passage speaks for by the years it names: 「2021年，我委将…」 in a report
    reviewing 2020 opens its plans, wherever the headings put it."""
    named = {int(m.group(0)) for m in _YEAR.finditer(text)}
    in_plans, in_reviews = bool(named & set(meta.plans)), bool(named & set(meta.reviews))
    if in_plans != in_reviews:
        return "plan" if in_plans else "review"
    return None


def part_of(section_path: tuple[str, ...], meta: ReportMeta) -> str | None:
    """The part (review or plan) a passage of a report stands in, from its first two headings."""
    for heading in section_path[:2]:
        if part := heading_part(heading, meta.reviews, meta.plans):
            return part
    return None


def _iso(match: re.Match[str]) -> str:
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


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
    # A first line such as 「2015年工作回顾」 is a heading, not a title: the file name says more.
    return candidates[0] if candidates and not re.search(r"回顾|安排|总结|目标", candidates[0]) else fallback


_OTHER_BODIES = re.compile(r"法院|检察院|人大常委会|政协|党委|纪委")


def genre_of(title: str, file_name: str, body_head: str) -> str:
    for text in (title, file_name):
        if "法治政府" in text or "依法行政" in text:
            return "法治政府建设情况报告"
        if "工作报告" in text and not _OTHER_BODIES.search(text):
            return "政府工作报告"
    if re.search(r"各位代表|我代表.{0,20}(人民政府|管理委员会|管委会).{0,6}向大会", body_head):
        return "政府工作报告"
    return "other"


def covered_years(genre: str, year: int | None, sections: tuple[Section, ...], month: int | None = None
                  ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(years reviewed, years planned). From the top-level headings first — 「一、2022年工作回顾」,
    「二、2023年工作安排」, each year judged by the words after it; where the headings say nothing,
    by the genre's convention: a 政府工作报告 delivered in year Y looks back on Y−1 and plans Y —
    unless delivered in its second half (a new term's, 「2016年10月政府工作报告」: it looks back on the
    term up to Y and plans from Y+1); a yearly report of another genre covers its year and plans
    the next."""
    late = month is not None and month >= 7
    reviews: set[int] = set()
    plans: set[int] = set()
    for section in sections:
        if section.level > 1:  # parts (level 0, unnumbered) and their numbered chapters
            continue
        heading = section.path[-1]
        if ATTACHMENT_HEADING.match(heading):
            continue  # 「2．附件2 2019年度…情况.docx」: a file linked, no part of the report
        years = list(_YEAR.finditer(heading))
        for i, match in enumerate(years):
            tail = heading[match.end():years[i + 1].start() if i + 1 < len(years) else len(heading)]
            tail = re.split(r"[，；。,;]", tail)[0]  # the clause the year belongs to
            if _REVIEW_WORDS.search(tail) or _REVIEW_WORDS.search(heading[:match.start()]):
                reviews.add(int(match.group(0)))
            elif _PLAN_WORDS.search(tail):
                plans.add(int(match.group(0)))
    if year is not None:
        if genre == "政府工作报告" and not late:
            reviews = reviews or {year - 1}
            plans = plans or {year}
        else:
            reviews = reviews or {year}
            plans = plans or {year + 1}
    return tuple(sorted(reviews)), tuple(sorted(plans))


_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


def _month_delivered(year: int | None, *texts: str | None) -> int | None:
    """The month of the report's own year its title, file name or date gives (「2016年10月政府工作
    报告」, 「政府工作报告（2021年10月17日）」, 「2024-01-10」)."""
    for text in texts:
        if not text or year is None:
            continue
        iso = re.fullmatch(r"(\d{4})-(\d{2})-\d{2}", text)
        for y, m in ([iso.groups()] if iso else _YEAR_MONTH.findall(text)):
            if int(y) == year and 1 <= int(m) <= 12:
                return int(m)
    return None


def extract_metadata(doc: CleanedDocument, body_text: str, fallback_title: str, file_name: str = "",
                     sections: tuple[Section, ...] = ()) -> ReportMeta:
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
    year_match = _YEAR.search(title) or _YEAR.search(front) or _FILE_YEAR.search(fallback_title)
    year = int(year_match.group(0)) if year_match else (int(issue_date[:4]) if issue_date else None)
    body_head = body_text[:3000]
    genre = genre_of(title, file_name or fallback_title, body_head)
    reviews, plans = covered_years(genre, year, sections, _month_delivered(year, title, fallback_title, issue_date))
    recipient = None
    for line in doc.front:
        if match := _SALUTATION.match(line):
            recipient = match.group(1)
    extra = tuple((kind, line) for kind, line in doc.furniture if kind != "page")
    return ReportMeta(
        title=title,
        organization=organization,
        region=resolve_region(title, speaker_lines(doc.front, doc.body, doc.back, organization),
                              file_name or fallback_title, body_text),
        year=year,
        doc_number=doc_number,
        issue_date=issue_date,
        recipient=recipient,
        extra=extra,
        genre=genre,
        reviews=reviews,
        plans=plans,
        parts=part_headings(sections),
    )


def part_headings(sections: tuple[Section, ...]) -> tuple[str, ...]:
    """The headings of a report's parts: its sections of level 0 (「2019年工作回顾」) and 1 (「一、…」)."""
    return tuple(s.path[-1] for s in sections if s.level <= 1)


def parts_of(report: Report) -> tuple[str, ...]:
    """A report's part headings as its metadata keeps them (its body not read), else from its sections
    (a report of an index saved before the metadata kept them)."""
    return report.meta.parts if report.meta.parts is not None else part_headings(report.sections)
