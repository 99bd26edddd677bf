"""The records that flow out of corpus/: Report → Section → Paragraph → Chunk.

All offsets are character offsets into ``Report.text``, the cleaned body text,
so a cited span can be shown in context exactly.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

PATH_SEPARATOR = " › "


def content_hash(text: str) -> str:
    """A stable short hash of text, used for report and chunk identity."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


UNKNOWN_REGION = "未知"
NATIONAL = "全国"


@dataclass(frozen=True)
class Region:
    """The place a report is about: province › city › district/county (None where unknown),
    resolved against the gazetteer (corpus/region.py); ``sources`` says where each level came
    from: title, body, file name, gazetteer (a parent looked up), body mentions."""

    province: str | None = None
    city: str | None = None
    district: str | None = None  # a county-level division, or a functional area (大鹏新区)
    code: str | None = None  # the gazetteer's adcode of the most specific level, if it is a division
    sources: tuple[tuple[str, str], ...] = ()  # (level, source)
    national: bool = False  # a State Council report: the whole country

    @property
    def name(self) -> str:
        """The most specific unit, e.g. 普陀区 or 张家港市; 全国 for a national report; "" unknown."""
        return self.district or self.city or self.province or (NATIONAL if self.national else "")

    @property
    def label(self) -> str:
        return self.name or UNKNOWN_REGION

    @property
    def known(self) -> bool:
        return bool(self.name)

    def names(self) -> tuple[str, ...]:
        """From the widest unit down, each once: 上海市 is both province and city of 普陀区."""
        return tuple(dict.fromkeys(n for n in (self.province, self.city, self.district) if n)) or (
            (NATIONAL,) if self.national else ())

    def source_of(self, level: str) -> str | None:
        return dict(self.sources).get(level)

    def describe(self) -> str:
        """「广东省 › 深圳市 › 龙岗区（区：文件名；市、省：行政区划库）」 for listings."""
        if not self.known:
            return UNKNOWN_REGION
        names = " › ".join(self.names())
        where = "，".join(f"{_LEVEL_WORDS[lvl]}：{_SOURCE_WORDS.get(src, src)}" for lvl, src in self.sources)
        return f"{names}（{where}）" if where else names


_LEVEL_WORDS = {"province": "省", "city": "市", "district": "区县", "national": "全国"}
_SOURCE_WORDS = {"title": "标题", "body": "正文", "file name": "文件名", "gazetteer": "行政区划库",
                 "body mentions": "正文提及"}


@dataclass(frozen=True)
class ReportMeta:
    title: str
    organization: str | None = None
    region: Region = field(default_factory=Region)
    year: int | None = None
    doc_number: str | None = None
    issue_date: str | None = None  # ISO yyyy-mm-dd
    recipient: str | None = None
    extra: tuple[tuple[str, str], ...] = ()  # page furniture that carries facts (抄送, 共印…)
    genre: str = "other"  # 政府工作报告 | 法治政府建设情况报告 | other
    reviews: tuple[int, ...] = ()  # years whose work the report looks back on
    plans: tuple[int, ...] = ()  # years it sets out plans or targets for
    # the headings of its parts (its sections of level 0 and 1), so that routing over thousands of
    # reports reads none of their bodies; None in an index saved before they were kept
    parts: tuple[str, ...] | None = None

    @property
    def covered(self) -> tuple[int, ...]:
        return tuple(sorted(set(self.reviews) | set(self.plans)))


@dataclass(frozen=True)
class Section:
    """A heading and the body under it; ``path`` includes its own title."""

    path: tuple[str, ...]
    level: int
    start: int  # offset of the heading line
    end: int  # end of the section's last paragraph


@dataclass(frozen=True)
class Item:
    """An enumerated measure inside a paragraph: 一是…, 二是…"""

    label: str  # 一是
    title: str  # 全力打击无证行医
    start: int
    end: int

    @property
    def path_segment(self) -> str:
        return f"{self.label} {self.title}"


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based among the report's body paragraphs (headings excluded)
    start: int
    end: int
    section_path: tuple[str, ...]
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Report:
    id: str
    source: str  # file name it came from
    meta: ReportMeta
    text: str  # cleaned body: headings and paragraphs, one per line
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    content_hash: str  # hash of the raw file bytes' decoded text

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def paragraph(self, number: int) -> Paragraph | None:
        """Paragraph ``number``: at its place when they are numbered 1, 2, … (as corpus/structure.py
        numbers them), else looked for."""
        paragraphs = self.paragraphs
        if 0 < number <= len(paragraphs) and paragraphs[number - 1].number == number:
            return paragraphs[number - 1]
        return next((p for p in paragraphs if p.number == number), None)


@dataclass(frozen=True)
class Chunk:
    id: str
    report_id: str
    section_path: tuple[str, ...]
    paragraph: int
    start: int
    end: int
    text: str
    context: str = ""  # the report's region and year, e.g. 「普陀区 2024年」

    @property
    def path_text(self) -> str:
        return PATH_SEPARATOR.join(self.section_path)

    @cached_property  # read for every chunk each time a report brings new protected terms
    def index_text(self) -> str:
        """What the encoders and BM25 see. The heading path gives a chunk its topic; the report's
        region and year are on every chunk, so a question naming 普陀区 does not favour the few
        passages that happen to repeat the district's name."""
        head = " › ".join(p for p in (self.context, self.path_text) if p)
        return f"{head}\n{self.text}" if head else self.text
