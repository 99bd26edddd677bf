"""Repair the damage text extraction does to reports.

- page breaks and line wraps split paragraphs: 「办理独生子女证业务497」+「件，…」 → one paragraph;
- spaces inside Chinese text and around numbers: 「2020 年共查处案件 78 起」 → 「2020年共查处案件78起」
  (spaces between Latin words stay);
- markdown residue (``**二是…**``) and half-width punctuation in Chinese text (「(四)」 → 「（四）」);
- page furniture (文件头, 文号, 抄送, 共印N份, (此件主动公开), page numbers, signature) leaves the body
  and is returned separately, so metadata can be read from it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from corpus.headings import RAW_LEVEL2, RAW_LEVEL4, is_heading_line, is_part_heading

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·"
_C = f"[{CJK}{CJK_PUNCT}]"

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACE_C_C = re.compile(rf"(?<={_C})[^\S\n]+(?=[{CJK}{CJK_PUNCT}0-9])")
_SPACE_D_C = re.compile(rf"(?<=[0-9%])[^\S\n]+(?={_C})")
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_PUNCT = re.compile(rf"(?<=[{CJK}“”])([,;:?!])|([,;:?!])(?=[{CJK}“”])")
_PAREN = re.compile(rf"\(([^()\n]*[{CJK}][^()\n]*)\)")
_MARKDOWN = re.compile(r"\*\*|__|^#{1,6}\s*", re.M)

# A paragraph that ends with one of these (before closing quotes/brackets) is complete.
_TERMINAL = re.compile(r"[。！？；：…!?;:][”’」』）)]*$")

_PAGE_NUMBER = re.compile(r"^[-—–－\s]*\d{1,4}[-—–－\s]*$|^第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")
_FURNITURE = (
    ("disclosure", re.compile(r"^[（(]\s*此件.{0,12}[)）]$")),
    ("cc", re.compile(r"^抄送\s*[:：]")),
    ("copies", re.compile(r"^共印\s*\d+\s*份$")),
    ("printed", re.compile(r"^.{0,40}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")),
    ("keywords", re.compile(r"^主题词\s*[:：]")),
    ("contact", re.compile(r"^(联系人|联系电话)\s*[:：]")),
)
_SALUTATION = re.compile(r"^[^。，,；;]{2,30}[：:]$")
_DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_ORG_LINE = re.compile(rf"^[{CJK}（）()]{{2,40}}(委员会|人民政府|政府|局|办公室|办|厅|委|院|部|中心|小组)$")
_FRONT_SCAN_LINES = 15


@dataclass(frozen=True)
class CleanedDocument:
    front: tuple[str, ...]  # lines before the body: 文件头, 文号, title, salutation
    body: tuple[str, ...]  # headings and paragraphs, repaired, one per entry
    back: tuple[str, ...]  # signature and date after the body
    furniture: tuple[tuple[str, str], ...]  # (kind, line) removed from anywhere


def normalize_chars(text: str) -> str:
    """Full-width digits and letters to ASCII, exotic spaces to plain ones, zero-width chars out."""
    text = text.translate(_ZERO_WIDTH).replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            out.append(chr(code - 0xFEE0))
        elif ch in "\u00a0\u2002\u2003\u2009\u202f\u3000":
            out.append(" ")
        elif ch == "．" and out and out[-1].isdigit():
            out.append(".")
        elif ch == "％":
            out.append("%")
        else:
            out.append(ch)
    return _MARKDOWN.sub("", unicodedata.normalize("NFC", "".join(out)))


def remove_spaces(text: str) -> str:
    """Spaces between Chinese characters and around numbers in Chinese text go; Latin spacing stays."""
    text = _SPACE_C_C.sub("", text)
    return _SPACE_D_C.sub("", text)


def normalize_punctuation(text: str) -> str:
    """Half-width punctuation inside Chinese text becomes full-width: 「(四)」 → 「（四）」, 「,」 → 「，」."""
    text = _PAREN.sub(r"（\1）", text)
    return _HALF_PUNCT.sub(lambda m: _HALF_TO_FULL[m.group(1) or m.group(2)], text)


def repair_line(line: str) -> str:
    line = RAW_LEVEL2.sub(lambda m: f"（{m.group(1)}）", line)
    line = RAW_LEVEL4.sub(lambda m: f"（{m.group(1)}）", line)
    return normalize_punctuation(remove_spaces(line.strip())).strip()


def furniture_kind(line: str) -> str | None:
    if _PAGE_NUMBER.match(line):
        return "page"
    for kind, pattern in _FURNITURE:
        if pattern.match(line):
            return kind
    return None


def _is_complete(paragraph: str) -> bool:
    return bool(_TERMINAL.search(paragraph))


def _glue(left: str, right: str) -> str:
    """Join two fragments of one paragraph; a quote reopened after the break is dropped."""
    if right.startswith("“") and left.count("“") > left.count("”"):
        right = right[1:]
    latin_both = re.search(r"[A-Za-z0-9,.]$", left) and re.match(r"[A-Za-z]", right)
    return f"{left} {right}" if latin_both else left + right


def join_fragments(lines: list[str]) -> list[str]:
    """Join fragments that a page break or line wrap split; headings are never joined, numbered
    (「（一）…」) or not (「2017年工作回顾」: joined, it would open the next paragraph's sentence)."""
    paragraphs: list[str] = []
    for line in lines:
        if (
            paragraphs
            and not _is_complete(paragraphs[-1])
            and not is_heading_line(paragraphs[-1])
            and not is_part_heading(paragraphs[-1])
            and not is_heading_line(line)
        ):
            paragraphs[-1] = _glue(paragraphs[-1], line)
        else:
            paragraphs.append(line)
    return paragraphs


def _front_length(lines: list[str]) -> int:
    """Lines before the body: up to the salutation (区政府：), else up to the first real text. A line
    ending in a colon after real text (「区政府将从三个方面推进：」) is a lead-in of the body, no salutation."""
    for i, line in enumerate(lines[:_FRONT_SCAN_LINES]):
        if _SALUTATION.match(line):
            return i + 1
        if is_heading_line(line) or len(line) > 60 or _is_complete(line):
            return i
    return 0


def _back_length(lines: list[str]) -> int:
    count = 0
    for line in reversed(lines):
        if _DATE_LINE.match(line) or _ORG_LINE.match(line):
            count += 1
        else:
            break
    return count


def clean_document(raw_text: str) -> CleanedDocument:
    """Raw extracted text → front matter, repaired body paragraphs, signature, furniture."""
    furniture: list[tuple[str, str]] = []
    lines: list[str] = []
    for raw in normalize_chars(raw_text).split("\n"):
        line = repair_line(raw)
        if not line:
            continue
        kind = furniture_kind(line)
        if kind:
            furniture.append((kind, line))
        else:
            lines.append(line)
    n_front = _front_length(lines)
    front, rest = lines[:n_front], lines[n_front:]
    n_back = _back_length(rest)
    body_lines, back = (rest[:-n_back], rest[-n_back:]) if n_back else (rest, [])
    body = [remove_spaces(p) for p in join_fragments(body_lines)]
    return CleanedDocument(tuple(front), tuple(body), tuple(back), tuple(furniture))
