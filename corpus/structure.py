"""Cleaned body paragraphs → report text with sections, numbered paragraphs and 一是… items."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.headings import ITEM_STYLES, is_part_heading, heading_level, is_heading_line, marker_number, split_heading
from corpus.models import Item, Paragraph, Section

_ITEM_BOUNDARY = re.compile(r"[。；！？：]")
_ITEM_TITLE_END = re.compile(r"[。；，：！？]")
MAX_ITEM_TITLE = 40
_WORD_STYLES = {"是", "要", "第"}  # a lone ① or （1） is as likely a name or a footnote as a list
# The glossary closing many reports (「名词解释」, then 「1.PCT国际专利：…」): its own part, not the
# last chapter's sub-sections; 「附件1」 before it may be joined to it (「附件1名词解释」).
NOTES_HEADING = re.compile(r"^(?:附件?\s*\d*\s*[:：]?\s*)?(?:[^，。；：:\d]{0,12}(?:名词解释|名词注释|名词术语解释)|注释|注解)[:：]?"
                           r"(?=$|\s|\d|[（(])")  # also at the start of the line its first entry was joined to

# an attachment's entry among the headings (「1.附件1」, 「附件2」, 「附件：」) or a file the web page links under it
# (「1．附件2 2019年度宝安区有关单位、个人获得荣誉情况.docx」): a file the report names, no text of its own
ATTACHMENT_HEADING = re.compile(r"^(?:\d+\s*[.．、]\s*)?(?:附件\s*\d*\s*[:：]?|[^\n]{1,80}\.(?:docx?|pdf|xlsx?|wps|zip|rar))$",
                                re.IGNORECASE)


def in_notes(path: tuple[str, ...]) -> bool:
    """A passage of the notes closing a report (名词解释) or of its list of attachments: what the
    report explains or encloses, not what it says was done or planned."""
    return bool(path) and (bool(NOTES_HEADING.match(path[0])) or any(ATTACHMENT_HEADING.match(p) for p in path))


@dataclass(frozen=True)
class Structure:
    text: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]


def _sequence(text: str, pattern: re.Pattern[str], first: int) -> list[tuple[str, int, int]]:
    """(label, position, number) of the markers of one style that count up from ``first``, each
    opening a sentence; a marker 1 after some items starts a new list in the same paragraph."""
    found: list[tuple[str, int, int]] = []
    expected = first
    for match in pattern.finditer(text):
        pos = match.start()
        if pos != 0 and not _ITEM_BOUNDARY.match(text, pos - 1):
            continue
        number = marker_number(match.group(1))
        if number == expected:
            found.append((match.group(0), pos, number))
            expected += 1
        elif number == 1 and found:
            found.append((match.group(0), pos, number))
            expected = 2
    return found


def _number_of(item: Item, style: str | None) -> int:
    pattern = dict(ITEM_STYLES)[style]
    match = pattern.match(item.label + "，")
    return marker_number(match.group(1)) or 0 if match else 0


def find_items(text: str, base: int = 0, first: int = 1, style: str | None = None
               ) -> tuple[tuple[Item, ...], str | None]:
    """The enumerated items of a paragraph (一是…二是…, 一要…, 第一，…, ①…, （1）…) and their style.

    The style with the longest run wins; a lone item counts only for the worded styles (「一是…」
    alone, the rest in the next paragraphs) or when it goes on with the list of the paragraph before
    (``first`` > 1 and ``style`` given). Offsets are shifted by ``base``."""
    best: list[tuple[str, int, int]] = []
    best_style = None
    for name, pattern in ITEM_STYLES:
        if style is not None and name != style:
            continue
        found = _sequence(text, pattern, first)
        if len(found) > len(best) and (len(found) > 1 or name in _WORD_STYLES or style is not None):
            best, best_style = found, name
    items = []
    for i, (label, pos, _) in enumerate(best):
        item_end = best[i + 1][1] if i + 1 < len(best) else len(text)
        body_start = pos + len(label)
        title_end = _ITEM_TITLE_END.search(text, body_start, item_end)
        title = text[body_start : title_end.start() if title_end else item_end][:MAX_ITEM_TITLE]
        items.append(Item(label=label.rstrip("，,、："), title=title.strip(), start=base + pos, end=base + item_end))
    return tuple(items), best_style


def _group_headings(body: tuple[str, ...]) -> dict[int, int]:
    """One-sentence paragraphs that head a group of 「1.」-numbered headings when that numbering starts
    again at 1 under one parent (「五年来，我们坚持…。」 then 「1.…」「2.…」, 「五年来，我们坚持…。」 then
    「1.…」 again): {block index: the level of a heading over the numbers (2, as （一） is)}."""
    found: dict[int, int] = {}
    starts: list[int] = []  # the blocks where 「1.」 opens a numbering under the current parent

    def close() -> None:
        if len(starts) >= 2:  # started again at least once
            for n in starts:
                before = body[n - 1].strip() if n else ""
                if before and heading_level(before) is None and not is_part_heading(before) \
                        and before.endswith("。") and before.count("。") == 1 and len(before) <= 60:
                    found[n - 1] = 2
        starts.clear()

    for n, block in enumerate(body):
        level = 0 if is_part_heading(block) else heading_level(block)
        if level is not None and level < 3:  # a new parent: its numbering starts afresh
            close()
        elif level == 3 and int(re.match(r"\d+", block).group(0)) == 1:  # 「1.」
            starts.append(n)
    close()
    return found


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

    last_items: tuple[tuple[str, ...], int, str | None] = ((), 0, None)  # (section path, last number, style)
    over = _group_headings(body)
    for n, block in enumerate(body):
        if n in over:  # 「五年来，我们坚持…。」 over a numbering that starts again at 1
            close_sections(over[n], max(offset - 1, 0))
            start, _ = add_line(block.rstrip("。"))
            open_sections.append((block.rstrip("。"), over[n], start))
            continue
        if is_part_heading(block):
            close_sections(0, max(offset - 1, 0))
            start, _ = add_line(block)
            open_sections.append((block, 0, start))
            continue
        if notes := NOTES_HEADING.match(block.strip()):
            close_sections(0, max(offset - 1, 0))
            start, _ = add_line(notes.group(0))
            open_sections.append((notes.group(0).rstrip("：:"), 0, start))
            block = block.strip()[notes.end():].strip()
            if not block:
                continue
        if ATTACHMENT_HEADING.match(block.strip()):
            # 「附件：」 and the files under it (「1．附件1 名词解释.docx」) close the report's last chapter: a part of
            # their own, not its numbered sub-sections
            close_sections(0, max(offset - 1, 0))
            start, _ = add_line(block.strip())
            open_sections.append((block.strip().rstrip("：:"), 0, start))
            continue
        level = heading_level(block)
        heading, rest = (block, "") if level is None else split_heading(block)
        if level is not None and not rest and open_sections and NOTES_HEADING.match(open_sections[0][0]):
            # a notes entry saying its meaning after a colon on its line (「4.两城（P4，P14）：指先进制造产业城、
            # 科技创新产业城」): the term heads the entry, the meaning is its paragraph
            term, colon, meaning = heading.partition("：") if "：" in heading else heading.partition(":")
            if colon and meaning.strip():
                heading, rest = term, meaning.strip()
        if level is not None and (is_heading_line(block) or len(heading) <= 60):
            close_sections(level, max(offset - 1, 0))
            start, _ = add_line(heading if not rest else block[: len(heading) + 1])
            open_sections.append((heading, level, start))
            if not rest:
                continue
            block = rest
        start, end = add_line(block)
        path = tuple(t for t, _, _ in open_sections)
        items, style = find_items(block, start)
        if not items and last_items[0] == path and last_items[1]:
            # paragraph-level lists: 「一是…」 opens one paragraph, 「二是…」 the next
            items, style = find_items(block, start, first=last_items[1] + 1, style=last_items[2])
        if items:
            last_items = (path, _number_of(items[-1], style), style)
        elif last_items[0] != path:
            last_items = (path, 0, None)
        paragraphs.append(Paragraph(number=len(paragraphs) + 1, start=start, end=end, section_path=path,
                                    items=items))
    close_sections(0, max(offset - 1, 0))
    sections.sort(key=lambda s: (s.start, s.level))
    return Structure(text="\n".join(lines), sections=tuple(sections), paragraphs=tuple(paragraphs))
