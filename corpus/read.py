"""Files → raw text. One reader per format; every failure is a ReadError naming the file.

Reading is bounded by ``IngestLimits``: the file's size is checked before it is read (and no more
than the limit is ever read), a DOCX's zip members before it is parsed, and the extracted text's
length before anything else is done with it.
"""
from __future__ import annotations

import codecs
import errno
import io
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.errors import Notice, ReadError
from corpus.limits import MB, Budget, IngestLimits

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
# Why the system would not open a file, in plain words (the English reason stays in the CLI and log).
_OS_ZH = {errno.ENOENT: "文件不存在", errno.EACCES: "没有读取这个文件的权限", errno.EPERM: "没有读取这个文件的权限",
          errno.EISDIR: "这是一个文件夹，不是文件", errno.EIO: "读取时磁盘出错"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".docx", ".pdf", ".html", ".htm"}
DEFAULT_LIMITS = IngestLimits()
_ZIP_RATIO_FROM = 1 * MB  # smaller members may compress well (a page of styles); only big ones are judged

__all__ = ["ReadError", "Notice", "RawDocument", "read_document", "decode_text", "SUPPORTED_SUFFIXES"]


@dataclass(frozen=True)
class RawDocument:
    source: str  # file name
    format: str  # txt | docx | pdf | html
    text: str  # paragraphs or lines separated by newlines, not yet cleaned
    encoding: str = ""  # text files: the encoding the bytes were read in
    warnings: tuple[Notice, ...] = ()


def _mb(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{(n + 1023) // 1024} KB"


def read_bytes(path: Path, limits: IngestLimits) -> bytes:
    """The file's bytes, refused before reading if over ``max_file_mb``; never reads more than that."""
    limit = limits.max_file_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise _too_big(path, size, limits)
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise ReadError(path, f"cannot open: {exc.strerror or exc}", zh=f"无法打开：{_OS_ZH.get(exc.errno, '系统无法读取这个文件')}") from None
    if len(data) > limit:  # grew since stat, or not a regular file
        raise _too_big(path, len(data), limits)
    return data


def _too_big(path: Path, size: int, limits: IngestLimits) -> ReadError:
    return ReadError(path, f"the file is {_mb(size)}, over the limit of {limits.max_file_mb:g} MB (max_file_mb)",
                     zh=f"文件大小 {_mb(size)}，超过每个文件 {limits.max_file_mb:g} MB 的上限")


def _check_chars(path: Path, count: int, limits: IngestLimits) -> None:
    if count > limits.max_chars:
        raise ReadError(path, f"the text has {count:,} characters or more, over the limit of "
                              f"{limits.max_chars:,} (max_chars)",
                        zh=f"文本至少有 {count:,} 个字符，超过 {limits.max_chars:,} 个字符的上限")


def read_document(path: Path | str, data: bytes | None = None, *, limits: IngestLimits = DEFAULT_LIMITS,
                  budget: Budget | None = None) -> RawDocument:
    """Read one report file. ``data`` lets callers pass bytes already in memory."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise ReadError(path, f"unsupported file type '{suffix or '(none)'}' (supported: {supported})",
                        zh=f"不支持的文件类型「{suffix or '无后缀'}」（支持 {supported}）")
    if data is None:
        data = read_bytes(path, limits)
    elif len(data) > limits.max_file_bytes:
        raise _too_big(path, len(data), limits)
    if not data or data.isspace():
        raise ReadError(path, "the file is empty", zh="文件是空的")
    budget = budget or Budget.start(limits.seconds_per_file)
    encoding, warnings = "", ()
    if suffix in TEXT_SUFFIXES:
        if len(data) > 4 * limits.max_chars + 4:  # no encoding packs more than 4 bytes into a character
            _check_chars(path, len(data) // 4, limits)
        decoded = decode_text(path, data, limits)
        text, encoding, warnings, fmt = decoded.text, decoded.encoding, decoded.warnings, "txt"
    elif suffix == ".docx":
        text, fmt = _read_docx(path, data, limits), "docx"
    elif suffix == ".pdf":
        text, fmt = _read_pdf(path, data, limits, budget), "pdf"
    else:
        text, fmt = _read_html(path, data), "html"
    _check_chars(path, len(text), limits)
    if not text.strip():
        raise ReadError(path, "no text found in the file", zh="文件中没有找到文字")
    budget.check(path, "reading")
    return RawDocument(source=path.name, format=fmt, text=text, encoding=encoding, warnings=warnings)


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(sample) * 0.05


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DETECT_SAMPLE = 256 * 1024  # the detector reads this much; the whole file is then decoded once
_GB = {"gb2312", "gbk", "gb18030", "hz"}  # read as GB18030, their superset


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    confidence: float  # 1.0 for a byte-order mark or valid UTF-8
    warnings: tuple[Notice, ...] = ()


def decode_text(path: Path, data: bytes, limits: IngestLimits = DEFAULT_LIMITS) -> Decoded:
    """A UTF-16/32 byte-order mark decides first (such text is full of zero bytes, which would look
    binary); then UTF-8 (with or without BOM). Otherwise the reading that looks most like a Chinese
    report (``_plausible_share``) of a sample, among charset-normalizer's guess, GB18030 and Big5 —
    Big5 bytes mostly decode as GB18030 too, as mojibake. That share is the confidence; below
    ``min_encoding_confidence`` the text is read but carries a warning."""
    for bom, encoding in _BOMS:  # UTF-32 LE's mark begins like UTF-16 LE's: longer marks first
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding, 1.0)
            except UnicodeDecodeError:
                raise ReadError(path, f"the file says it is {encoding.upper()} but is not",
                                zh=f"文件标明是 {encoding.upper()} 编码，但内容不是") from None
    if _looks_binary(data):
        raise ReadError(path, "this is a binary file, not text", zh="这是二进制文件，不是文本")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    sample = data
    if len(data) > _DETECT_SAMPLE:  # cut at a line end: no GB or Big5 trail byte is 0x0A
        sample = data[:_DETECT_SAMPLE]
        sample = sample[:sample.rfind(b"\n") + 1] or sample
    scored = [(_plausible_share(sample.decode(encoding, errors="replace")), encoding)
              for encoding in _candidates(sample)]
    confidence, encoding = max(scored, key=lambda pair: pair[0])  # a tie: the earlier candidate
    if confidence == 0.0:
        raise ReadError(path, "cannot detect the text encoding; save the file as UTF-8",
                        zh="无法识别文本编码，请将文件另存为 UTF-8")
    warnings = ()
    if confidence < limits.min_encoding_confidence:
        warnings = (Notice(path.name, f"read as {encoding.upper()}, but only with confidence {confidence:.2f}: "
                                      f"the text may be garbled; save the file as UTF-8 and ingest it again",
                           f"按 {encoding.upper()} 编码读取，但把握只有 {confidence:.2f}，文字可能是乱码；"
                           f"请将文件另存为 UTF-8 后重新上传"),)
    return Decoded(data.decode(encoding, errors="replace"), encoding, round(confidence, 3), warnings)


def _candidates(sample: bytes) -> list[str]:
    """charset-normalizer's guess (GB2312 and GBK read as GB18030, their superset), then GB18030, Big5."""
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    guess = [] if best is None else ["gb18030" if best.encoding.replace("_", "").lower() in _GB else best.encoding]
    return list(dict.fromkeys([*guess, "gb18030", "big5"]))


@lru_cache(maxsize=None)
def _plausible(ch: str) -> bool:
    """A character a Chinese report is made of: ASCII, Latin-1 signs, general punctuation, numbered
    and enclosed signs (Ⅰ ① ■), CJK punctuation, full-width forms, and the common ideographs — the
    3,755 of GB2312's first level or the 5,401 of Big5's (simplified or traditional). In the 110
    reports of ../shared 99.8 % or more of the ideographs are common; mojibake is mostly rare ones."""
    c = ord(ch)
    if 0x3400 <= c < 0xA000 or 0xF900 <= c < 0xFB00:
        try:
            if 0xB0 <= ch.encode("gb2312")[0] <= 0xD7:
                return True
        except UnicodeEncodeError:
            pass
        try:
            return 0xA440 <= int.from_bytes(ch.encode("big5"), "big") <= 0xC67E
        except UnicodeEncodeError:
            return False
    return c < 0x250 or 0x2000 <= c < 0x2700 or 0x3000 <= c < 0x3040 or 0xFE30 <= c < 0xFE50 or 0xFF00 <= c < 0xFFF0


def _plausible_share(text: str) -> float:
    """The share of non-space characters a Chinese report is made of: mojibake is full of others
    (rare ideographs, Hangul, kana, U+FFFD)."""
    chars = [ch for ch in text if not ch.isspace()]
    return sum(map(_plausible, chars)) / len(chars) if chars else 0.0


def _check_zip(path: Path, data: bytes, limits: IngestLimits) -> None:
    """A DOCX is a zip: its members' declared sizes are checked before any is inflated (a 1.6 MB
    zip bomb inflates to gigabytes). Python's zipfile never inflates past a member's declared size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ReadError(path, f"not a valid .docx file ({type(exc).__name__})", zh="不是有效的 Word（.docx）文件：文件可能已损坏，或只是改了扩展名") from None
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped_mb * MB:
        raise ReadError(path, f"the .docx unpacks to {_mb(total)}, over the limit of {limits.max_unzipped_mb:g} MB "
                              f"(max_unzipped_mb)",
                        zh=f".docx 解压后有 {_mb(total)}，超过 {limits.max_unzipped_mb:g} MB 的上限")
    for m in members:
        if m.file_size > _ZIP_RATIO_FROM and m.file_size > limits.max_zip_ratio * max(m.compress_size, 1):
            ratio = m.file_size / max(m.compress_size, 1)
            raise ReadError(path, f"the .docx member {m.filename} expands {ratio:,.0f} times, over the limit of "
                                  f"{limits.max_zip_ratio:g} (max_zip_ratio): a zip bomb?",
                            zh=f".docx 中的 {m.filename} 解压后膨胀 {ratio:,.0f} 倍，超过 {limits.max_zip_ratio:g} 倍的上限"
                               f"（疑似压缩炸弹）")


def _read_docx(path: Path, data: bytes, limits: IngestLimits) -> str:
    import docx
    from lxml.etree import LxmlError

    _check_zip(path, data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, LxmlError) as exc:
        raise ReadError(path, f"not a valid .docx file ({type(exc).__name__}: {str(exc)[:80]})",
                        zh="不是有效的 Word（.docx）文件：文件可能已损坏，或只是改了扩展名") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            lines.append("  ".join(dict.fromkeys(c for c in cells if c)))
    return "\n\n".join(lines)


def _read_pdf(path: Path, data: bytes, limits: IngestLimits, budget: Budget) -> str:
    """pdfplumber (MIT): of the libraries compared (README, "PDF extraction") it keeps CJK reading
    order, adds no spaces between CJK glyphs, and gives line geometry for paragraph detection.
    The time budget and the character limit are checked after each page."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    lines: list[dict] = []
    chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page_lines = page.extract_text_lines(layout=False, strip=True)
                page.close()  # drops the page's cached layout objects
                lines += page_lines
                chars += sum(len(line["text"]) for line in page_lines)
                _check_chars(path, chars, limits)
                budget.check(path, "reading")
    except ReadError:
        raise
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(path, f"not a readable PDF ({type(exc).__name__})", zh="无法读取的 PDF 文件") from None
    except Exception as exc:  # pdfminer raises many private types for damaged or encrypted files
        raise ReadError(path, f"not a readable PDF ({type(exc).__name__}: {exc})",
                        zh="无法读取的 PDF 文件：文件可能已损坏或已加密") from None
    if not any(line["text"].strip() for line in lines):
        raise ReadError(path, "the PDF has no text layer (a scan?); run OCR on it first",
                        zh="PDF 没有文字层（扫描件？），请先做文字识别（OCR）")
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
        raise ReadError(path, "this is a binary file, not HTML", zh="这是二进制文件，不是 HTML")
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
