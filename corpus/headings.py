"""Heading and item markers of Chinese official documents (公文): 一、 / （一） / 1. / （1） / 一是."""
from __future__ import annotations

import re

CN_NUM = "一二三四五六七八九十百零〇"

# (level, pattern) in order of precedence; the patterns see cleaned text (full-width brackets).
HEADING_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^[{CN_NUM}]{{1,3}}、")),
    (2, re.compile(rf"^（[{CN_NUM}]{{1,3}}）")),
    (3, re.compile(r"^\d{1,2}[.．、](?!\d)")),
    (4, re.compile(r"^（\d{1,2}）")),
)

# Raw text may still carry half-width brackets and spaces: 「(四) 有力夯实」.
RAW_LEVEL2 = re.compile(rf"^\s*[(（]\s*([{CN_NUM}]{{1,3}})\s*[)）]\s*")
RAW_LEVEL4 = re.compile(r"^\s*[(（]\s*(\d{1,2})\s*[)）]\s*")

# Enumerations inside a paragraph, one pattern per style, the numeral in group 1:
# 一是…二是…, 一要…二要…, 第一，…第二，…, ①…②…, （1）…（2）…
ITEM_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("是", re.compile(rf"([{CN_NUM}]{{1,3}})是")),
    ("要", re.compile(rf"([{CN_NUM}]{{1,3}})要(?!求)")),
    ("第", re.compile(rf"第([{CN_NUM}]{{1,3}})[，,、：]")),
    ("圈", re.compile(r"([\u2460-\u2473])")),
    ("括", re.compile(r"（(\d{1,2})）")),
)

MAX_HEADING_CHARS = 60

_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CN_DIGITS["〇"] = 0


def heading_level(line: str) -> int | None:
    """The heading level a line starts with, or None for body text."""
    for level, pattern in HEADING_PATTERNS:
        if pattern.match(line):
            return level
    return None


# An unnumbered line that opens a part of the report: 「2019年工作回顾」, 「2020年工作安排」, 「2023年主要
#工作」, 「“十三五”发展思路和2016年主要工作任务」, 「…及2016年工作计划」, 「未来五年工作」. It becomes a
# level-0 section holding the numbered ones.
PART_HEADING = re.compile(r"^(?![一二三四五六七八九十]+、|（)(?!.*[。；！？：，,])"
                          r".{0,20}(\d{4}年|五年|本届|新一届|未来|“十.五”).{0,16}(回顾|安排|任务|打算|思路|部署|要求|"
                          r"(主要|重点)?工作|计划)$")


def is_part_heading(line: str) -> bool:
    return len(line) <= 36 and bool(PART_HEADING.match(line))


def is_heading_line(line: str) -> bool:
    """A short line with a heading marker and no sentence after it."""
    if heading_level(line) is None:
        return False
    head = split_heading(line)[0]
    return len(head) <= MAX_HEADING_CHARS


def split_heading(line: str) -> tuple[str, str]:
    """「（一）大力推进…。充分发挥…」 → (heading, body). A pure heading has an empty body."""
    match = _LEAD_COLON.match(line) or re.search(r"[。！？]", line)
    if match is None or match.end() >= len(line):
        return line.rstrip("。"), ""
    return line[: match.end() - 1], line[match.end():]


# 「24、依法行政：严格遵守…。」: a short title closed by a colon is the heading, what follows its body
# (else a run of such paragraphs is a heading where the first sentence happens to be short and a
# paragraph where it is not)
_LEAD_COLON = re.compile(r"^[^。！？：:，,；]{2,20}[：:]")


def marker_number(numeral: str) -> int | None:
    """The number of an item marker's numeral: 三 → 3, ③ → 3, 12 → 12."""
    if len(numeral) == 1 and "\u2460" <= numeral <= "\u2473":
        return ord(numeral) - 0x2460 + 1
    return cn_to_int(numeral)


def item_number(label: str) -> int | None:
    """The number of an item's label: 三是 → 3, 第二 → 2, ③ → 3, （4） → 4."""
    return marker_number(label.strip("第是要（）"))


def cn_to_int(numeral: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105; None if it is not a numeral."""
    if not numeral:
        return None
    if numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for char in numeral:
        if char in _CN_DIGITS:
            current = _CN_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "千":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current
