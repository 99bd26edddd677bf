"""Cleaned body paragraphs → report text with sections, numbered paragraphs and 一是… items."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.headings import ITEM_MARKER, cn_to_int, heading_level, is_heading_line, split_heading
from corpus.models import Item, Paragraph, Section

_ITEM_BOUNDARY = re.compile(r"[。；！？：]")
_ITEM_TITLE_END = re.compile(r"[。；，：！？]")
MAX_ITEM_TITLE = 40
# An unnumbered line that opens a part of the report: 「2019年工作回顾」, 「2020年工作安排」,
# 「“十三五”发展思路和2016年主要工作任务」. It becomes a level-0 section holding the numbered ones.
PART_HEADING = re.compile(r"^(?![一二三四五六七八九十]+、|（)(?!.*[。；！？：，,])"
                          r".{0,20}(\d{4}年|五年|本届|新一届|未来|“十.五”).{0,16}(回顾|安排|任务|打算|思路|部署|要求)$")


@dataclass(frozen=True)
class Structure:
    text: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]


def find_items(text: str, base: int = 0, first: int = 1) -> tuple[Item, ...]:
    """一是… 二是… in a paragraph, in sequence; a marker must open a sentence. ``first`` is the
    number the list may go on with (a paragraph opening 「二是」 after one that held 「一是」).
    Offsets are shifted by ``base``, the paragraph's offset in the report text."""
    start, end = 0, len(text)
    found: list[tuple[str, int]] = []
    expected = first
    for match in ITEM_MARKER.finditer(text, start, end):
        pos = match.start()
        if pos != start and not _ITEM_BOUNDARY.match(text, pos - 1):
            continue
        number = cn_to_int(match.group(1))
        if number == expected:
            found.append((match.group(0), pos))
            expected += 1
        elif number == 1 and found:  # a new list inside the same paragraph
            found.append((match.group(0), pos))
            expected = 2
    items = []
    for i, (label, pos) in enumerate(found):
        item_end = found[i + 1][1] if i + 1 < len(found) else end
        body_start = pos + len(label)
        title_end = _ITEM_TITLE_END.search(text, body_start, item_end)
        title = text[body_start : title_end.start() if title_end else item_end][:MAX_ITEM_TITLE]
        items.append(Item(label=label, title=title.strip(), start=base + pos, end=base + item_end))
    return tuple(items)


def build_structure(body: tuple[str, ...]) -> Structure:
    """Lay the paragraphs out one per line and record where every heading and paragraph is."""
    lines: list[str] = []
    offset = 0
    open_sections: list[tuple[str, int, int]] = []  # (title, level, start)
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []

    def close_sections(down_to_level: int, at: int) -> None:
        while open_sections and open_sections[-1][1] >= down_to_level:
            path = tuple(t for t, _, _ in open_sections)
            _, level, start = open_sections.pop()
            sections.append(Section(path=path, level=level, start=start, end=at))

    def add_line(line: str) -> tuple[int, int]:
        nonlocal offset
        start = offset
        lines.append(line)
        offset += len(line) + 1
        return start, start + len(line)

    last_items: tuple[tuple[str, ...], int] = ((), 0)  # (section path, number of its last item)
    for block in body:
        if len(block) <= 36 and PART_HEADING.match(block):
            close_sections(0, max(offset - 1, 0))
            start, _ = add_line(block)
            open_sections.append((block, 0, start))
            continue
        level = heading_level(block)
        heading, rest = (block, "") if level is None else split_heading(block)
        if level is not None and (is_heading_line(block) or len(heading) <= 60):
            close_sections(level, max(offset - 1, 0))
            start, _ = add_line(heading if not rest else block[: len(heading) + 1])
            open_sections.append((heading, level, start))
            if not rest:
                continue
            block = rest
        start, end = add_line(block)
        path = tuple(t for t, _, _ in open_sections)
        items = find_items(block, start)
        if not items and last_items[0] == path and last_items[1]:
            # paragraph-level lists: 「一是…」 opens one paragraph, 「二是…」 the next
            items = find_items(block, start, first=last_items[1] + 1)
        if items:
            last_items = (path, cn_to_int(items[-1].label[:-1]) or 0)
        elif last_items[0] != path:
            last_items = (path, 0)
        paragraphs.append(Paragraph(number=len(paragraphs) + 1, start=start, end=end, section_path=path,
                                    items=items))
    close_sections(0, max(offset - 1, 0))
    sections.sort(key=lambda s: (s.start, s.level))
    return Structure(text="\n".join(lines), sections=tuple(sections), paragraphs=tuple(paragraphs))
