"""The page of an original PDF that holds a cited span, as an image with the span boxed.

The report text was extracted from the PDF and cleaned (page furniture dropped, a number split
across a page break joined, spaces inside Chinese removed), so the quote is found among the page's
characters with whitespace ignored on both sides; pdfplumber gives each character's box, and
pypdfium2 (under pdfplumber) renders the page. When the whole quote is not on one page (it ran over
a page break), its longest piece that is is boxed. Images are cached beside the original (same
content hash, so they go when the report goes).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

RESOLUTION = 110  # dpi: an A4 page ~900 px wide, readable on a laptop without being heavy
MIN_PIECE = 6  # characters: a shorter match could be anywhere


@dataclass(frozen=True)
class Found:
    page: int  # 1-based
    boxes: tuple[tuple[float, float, float, float], ...]  # (x0, top, x1, bottom) per line of the span


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _line_boxes(chars: list[dict]) -> tuple[tuple[float, float, float, float], ...]:
    """One box per text line the characters sit on."""
    lines: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if lines and abs(lines[-1][-1]["top"] - ch["top"]) < ch["size"] * 0.5:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    return tuple((min(c["x0"] for c in line) - 1, min(c["top"] for c in line) - 1,
                  max(c["x1"] for c in line) + 1, max(c["bottom"] for c in line) + 1) for line in lines)


def _longest_piece(text: str, wanted: str) -> tuple[int, int] | None:
    """(position in ``text``, length) of the longest piece of ``wanted`` found, down to MIN_PIECE."""
    shortest = min(MIN_PIECE, len(wanted))
    length = len(wanted)
    while True:
        for start in range(0, len(wanted) - length + 1, max(1, length // 2)):
            at = text.find(wanted[start:start + length])
            if at >= 0:
                return at, length
        if length == shortest:
            return None
        length = max(shortest, length * 2 // 3)


def _likely_first(pdf_path: Path, wanted: str, count: int) -> list[int]:
    """Page indexes, those whose text holds the whole quote first. pdfium's plain text is read ~3×
    faster than pdfplumber's character boxes, so a long report is not scanned box by box."""
    import pypdfium2

    try:
        doc = pypdfium2.PdfDocument(pdf_path)
    except pypdfium2.PdfiumError:  # only an ordering: pdfplumber still reads every page
        return list(range(count))
    try:
        holding = [i for i in range(min(count, len(doc)))
                   if wanted in _squeeze(doc[i].get_textpage().get_text_range())]
    finally:
        doc.close()
    return holding + [i for i in range(count) if i not in holding]


def find_span(pdf_path: Path, quote: str) -> Found | None:
    """The page and boxes of ``quote`` (or of its longest piece found on one page)."""
    import pdfplumber

    wanted = _squeeze(quote)
    if not wanted:
        return None
    best: tuple[int, int, list[dict]] | None = None  # (length, page, chars)
    with pdfplumber.open(pdf_path) as pdf:
        for index in _likely_first(pdf_path, wanted, len(pdf.pages)):
            number, page = index + 1, pdf.pages[index]
            chars = [c for c in page.chars if c["text"].strip()]
            if any(len(c["text"]) != 1 for c in chars):  # ligatures: positions would not map to characters
                continue
            hit = _longest_piece("".join(c["text"] for c in chars), wanted)
            if hit and (best is None or hit[1] > best[0]):
                best = (hit[1], number, chars[hit[0]:hit[0] + hit[1]])
                if hit[1] == len(wanted):
                    break
    return Found(best[1], _line_boxes(best[2])) if best else None


def page_image(pdf_path: Path, quote: str) -> tuple[Path, int] | None:
    """A PNG of the page holding ``quote`` with it boxed, and the page number; None if not found."""
    key = hashlib.sha1(quote.encode("utf-8")).hexdigest()[:12]
    stem = pdf_path.name.split(".", 1)[0]
    for cached in pdf_path.parent.glob(f"{stem}.page*-{key}.png"):  # opened before: no scan of the PDF
        return cached, int(cached.name[len(stem) + len(".page"):].split("-", 1)[0])
    found = find_span(pdf_path, quote)
    if found is None:
        return None
    out = pdf_path.with_name(f"{stem}.page{found.page}-{key}.png")
    if not out.exists():
        import pdfplumber

        with pdfplumber.open(pdf_path) as pdf:
            image = pdf.pages[found.page - 1].to_image(resolution=RESOLUTION)
            image.draw_rects(list(found.boxes), stroke=(214, 40, 40), fill=(255, 210, 0, 70), stroke_width=2)
            tmp = out.with_name(f".part-{out.name}")
            image.save(tmp, format="PNG")
            tmp.replace(out)
    return out, found.page
