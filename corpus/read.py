"""Files → raw text. One reader per format; every failure is a ReadError naming the file."""
from __future__ import annotations

import codecs
import zipfile
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".docx", ".pdf", ".html", ".htm"}


class ReadError(Exception):
    """A file that cannot be read as a report; ``str()`` is a one-line message."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


@dataclass(frozen=True)
class RawDocument:
    source: str  # file name
    format: str  # txt | docx | pdf | html
    text: str  # paragraphs or lines separated by newlines, not yet cleaned


def read_document(path: Path | str, data: bytes | None = None) -> RawDocument:
    """Read one report file. ``data`` lets callers pass bytes already in memory."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise ReadError(path, f"unsupported file type '{suffix or '(none)'}' (supported: {supported})")
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReadError(path, f"cannot open: {exc.strerror or exc}") from None
    if not data.strip():
        raise ReadError(path, "the file is empty")
    if suffix in TEXT_SUFFIXES:
        text, fmt = decode_text(path, data), "txt"
    elif suffix == ".docx":
        text, fmt = _read_docx(path, data), "docx"
    elif suffix == ".pdf":
        text, fmt = _read_pdf(path, data), "pdf"
    else:
        text, fmt = _read_html(path, data), "html"
    if not text.strip():
        raise ReadError(path, "no text found in the file")
    return RawDocument(source=path.name, format=fmt, text=text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(sample) * 0.05


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(path: Path, data: bytes) -> str:
    """A UTF-16/32 byte-order mark decides first (such text is full of zero bytes, which would look
    binary); then UTF-8 (with or without BOM), then GB18030 (a superset of GBK), then a detector."""
    for bom, encoding in _BOMS:  # UTF-32 LE's mark begins like UTF-16 LE's: longer marks first
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise ReadError(path, f"the file says it is {encoding.upper()} but is not") from None
    if _looks_binary(data):
        raise ReadError(path, "this is a binary file, not text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(path, "cannot detect the text encoding")
    return str(best)


def _read_docx(path: Path, data: bytes) -> str:
    import io

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(path, f"not a valid .docx file ({type(exc).__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            lines.append("  ".join(dict.fromkeys(c for c in cells if c)))
    return "\n\n".join(lines)


def _read_pdf(path: Path, data: bytes) -> str:
    """pdfplumber (MIT): of the libraries compared (README, "PDF extraction") it keeps CJK reading
    order, adds no spaces between CJK glyphs, and gives line geometry for paragraph detection."""
    import io

    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            lines = [line for page in pdf.pages for line in page.extract_text_lines(layout=False, strip=True)]
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(path, f"not a readable PDF ({type(exc).__name__})") from None
    except Exception as exc:  # pdfminer raises many private types for damaged or encrypted files
        raise ReadError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if not any(line["text"].strip() for line in lines):
        raise ReadError(path, "the PDF has no text layer (a scan?); run OCR on it first")
    return paragraphs_from_lines(lines)


def paragraphs_from_lines(lines: list[dict]) -> str:
    """Lines with geometry (text, x0, x1) → paragraphs, one per output line.

    A paragraph ends at a line that stops well short of the text's right edge, or before a line
    indented past the left edge (the 2-character first-line indent of 公文). Page numbers are
    dropped so a paragraph continues across the page break."""
    from corpus.clean import furniture_kind

    body = [ln for ln in lines if ln["text"].strip() and furniture_kind(ln["text"].strip()) != "page"]
    if not body:
        return ""
    left = min(ln["x0"] for ln in body)
    right = max(ln["x1"] for ln in body)
    char_w = sorted((ln["x1"] - ln["x0"]) / max(len(ln["text"]), 1) for ln in body)[len(body) // 2]
    out: list[str] = []
    current = ""
    for i, ln in enumerate(body):
        current += ln["text"].strip()
        short = ln["x1"] < right - 1.5 * char_w
        next_indented = i + 1 < len(body) and body[i + 1]["x0"] > left + char_w
        if short or next_indented or i + 1 == len(body):
            out.append(current)
            current = ""
    return "\n".join(out)


def _read_html(path: Path, data: bytes) -> str:
    from bs4 import BeautifulSoup

    if _looks_binary(data):
        raise ReadError(path, "this is a binary file, not HTML")
    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        tag.decompose()
    blocks = []
    for element in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "div", "pre"]):
        if element.find(["p", "div", "li", "h1", "h2", "h3", "h4", "table", "pre"]):
            continue  # a container: its block children are taken instead
        text = element.get_text(" ", strip=True)
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [soup.get_text("\n", strip=True)]
    return "\n\n".join(blocks)
