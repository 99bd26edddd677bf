"""Build .pdf and .docx versions of a seed report, laid out like real 公文 (indented paragraphs,
lines wrapped at the text width, page breaks), so readers can be compared with the .txt."""
from __future__ import annotations

from pathlib import Path

FONT = "china-s"  # PyMuPDF's built-in CJK font (Adobe-GB1), no font file needed
SIZE = 11.0
LEFT, TOP, WIDTH, BOTTOM = 72.0, 72.0, 451.0, 770.0


def source_paragraphs(txt: Path) -> list[str]:
    return [line.strip() for line in txt.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_pdf(txt: Path, out: Path, page_numbers: bool = True) -> Path:
    import pymupdf as fitz

    doc = fitz.open()
    page, y = None, BOTTOM
    indent = 2 * SIZE

    def new_page():
        nonlocal page, y
        if page is not None and page_numbers:
            page.insert_text((LEFT + WIDTH / 2, BOTTOM + 30), f"- {doc.page_count} -", fontname=FONT, fontsize=9)
        page, y = doc.new_page(width=595, height=842), TOP

    for para in source_paragraphs(txt):
        x0, room, line = LEFT + indent, WIDTH - indent, ""
        for ch in para:
            if fitz.get_text_length(line + ch, fontname=FONT, fontsize=SIZE) > room:
                if y + SIZE * 1.6 > BOTTOM:
                    new_page()
                page.insert_text((x0, y), line, fontname=FONT, fontsize=SIZE)
                y += SIZE * 1.6
                x0, room, line = LEFT, WIDTH, ""
            line += ch
        if y + SIZE * 1.6 > BOTTOM:
            new_page()
        page.insert_text((x0, y), line, fontname=FONT, fontsize=SIZE)
        y += SIZE * 1.6
    if page_numbers:
        page.insert_text((LEFT + WIDTH / 2, BOTTOM + 30), f"- {doc.page_count} -", fontname=FONT, fontsize=9)
    doc.save(out)
    return out


def make_text_less_pdf(out: Path) -> Path:
    import pymupdf as fitz

    doc = fitz.open()
    page = doc.new_page()
    page.draw_rect(fitz.Rect(72, 72, 300, 200), color=(0, 0, 0), fill=(0.8, 0.8, 0.8))
    doc.save(out)
    return out


def make_docx(txt: Path, out: Path) -> Path:
    import docx

    document = docx.Document()
    for para in source_paragraphs(txt):
        document.add_paragraph(para)
    document.save(out)
    return out
