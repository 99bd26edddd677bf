"""Cleaned body paragraphs → report text with sections, numbered paragraphs and 一是… items."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.headings import ITEM_MARKER, cn_to_int, heading_level, is_heading_line, split_heading
from corpus.models import Item, Paragraph, Section

_ITEM_BOUNDARY = re.compile(r"[。；！？：]")
_ITEM_TITLE_END = re.compile(r"[。；，：！？]")
MAX_ITEM_TITLE = 40


@dataclass(frozen=True)
class Structure:
    text: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]


def find_items(text: str, base: int = 0) -> tuple[Item, ...]:
    """一是… 二是… in a paragraph, in sequence; a marker must open a sentence.
    Offsets are shifted by ``base``, the paragraph's offset in the report text."""
    start, end = 0, len(text)
    found: list[tuple[str, int]] = []
    expected = 1
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

    for block in body:
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
        paragraphs.append(
            Paragraph(number=len(paragraphs) + 1, start=start, end=end, section_path=path,
                      items=find_items(block, start))
        )
    close_sections(0, max(offset - 1, 0))
    sections.sort(key=lambda s: (s.start, s.level))
    return Structure(text="\n".join(lines), sections=tuple(sections), paragraphs=tuple(paragraphs))
