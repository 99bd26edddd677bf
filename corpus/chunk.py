"""Report → chunks: sentence-aware for Chinese, one 一是… item per chunk when it fits.

Boundaries fall only after a sentence (。！？；), or, for an over-long sentence, after a clause
(，、：); a hard cut is the last resort and never separates a number from its unit.
"""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, model_validator

from corpus.models import Chunk, Report, content_hash

_SENTENCE_END = re.compile(r"[。！？；!?;…]+[”’」』）)]*")
_CLAUSE_END = re.compile(r"[，、：,:]+")
_NUMERIC = set("0123456789.%．")


class ChunkerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    chunk_size: int = Field(default=300, ge=50, le=4000, description="target maximum characters a chunk")
    chunk_overlap: int = Field(default=60, ge=0, description="characters of trailing sentences repeated")

    @model_validator(mode="after")
    def _overlap_below_size(self) -> "ChunkerSettings":
        if self.chunk_overlap >= self.chunk_size:
            raise ValueError(f"chunk_overlap ({self.chunk_overlap}) must be below chunk_size ({self.chunk_size})")
        return self


def _spans(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, pos = [], start
    for match in pattern.finditer(text, start, end):
        if match.end() > pos:
            spans.append((pos, match.end()))
            pos = match.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def _safe_cut(text: str, lo: int, pos: int) -> int:
    """Move a hard cut left until it does not fall inside a number or between a number and its unit."""
    cut = pos
    while cut > lo + 1 and (text[cut - 1] in _NUMERIC or text[cut] in _NUMERIC):
        cut -= 1
    return cut if cut > lo + 1 else pos


def pieces(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end], with over-long ones broken at clauses, then safe hard cuts."""
    out: list[tuple[int, int]] = []
    for s_start, s_end in _spans(text, start, end, _SENTENCE_END):
        if s_end - s_start <= size:
            out.append((s_start, s_end))
            continue
        for c_start, c_end in _spans(text, s_start, s_end, _CLAUSE_END):
            while c_end - c_start > size:
                cut = _safe_cut(text, c_start, c_start + size)
                out.append((c_start, cut))
                c_start = cut
            out.append((c_start, c_end))
    return out


def first_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The first sentence of text[start:end] (the first of ``pieces`` when no sentence is cut),
    found without splitting the rest."""
    match = _SENTENCE_END.search(text, start, end)
    if match and match.end() < end and _ADDRESS.fullmatch(text, start, match.end()):
        # 「各位代表！回顾本届政府工作，…。」: the speaker turning to the hall says nothing itself
        return first_sentence(text, match.end(), end)
    return (start, match.end()) if match else (start, end)


# an exclamation of a few characters opening a paragraph (「各位代表！」, 「同志们！」): an address
_ADDRESS = re.compile(r"[^。！？!?，,]{1,6}[！!]")


def windows(parts: list[tuple[int, int]], size: int, overlap: int) -> list[tuple[int, int]]:
    """Pack consecutive pieces into windows of at most ``size`` chars, repeating up to ``overlap``."""
    result: list[tuple[int, int]] = []
    i = 0
    while i < len(parts):
        j = i
        while j + 1 < len(parts) and parts[j + 1][1] - parts[i][0] <= size:
            j += 1
        result.append((parts[i][0], parts[j][1]))
        if j + 1 >= len(parts):
            break
        k = j + 1
        while k - 1 > i and parts[j][1] - parts[k - 1][0] <= overlap:
            k -= 1
        i = k
    return result


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def chunk_report(report: Report, settings: ChunkerSettings) -> list[Chunk]:
    """Deterministic: the same report and settings always give the same chunks and ids."""
    text, size = report.text, settings.chunk_size
    meta = report.meta
    context = " ".join(x for x in (meta.region.name, f"{meta.year}年" if meta.year else "") if x)
    chunks: list[Chunk] = []
    for para in report.paragraphs:
        units: list[tuple[int, int, tuple[str, ...]]] = []
        if para.items:
            if para.items[0].start > para.start:
                units.append((para.start, para.items[0].start, para.section_path))
            units += [(it.start, it.end, (*para.section_path, it.path_segment)) for it in para.items]
        else:
            units.append((para.start, para.end, para.section_path))
        for u_start, u_end, path in units:
            u_start, u_end = _trim(text, u_start, u_end)
            if u_end <= u_start:
                continue
            spans = [(u_start, u_end)] if u_end - u_start <= size else windows(
                pieces(text, u_start, u_end, size), size, settings.chunk_overlap)
            for c_start, c_end in spans:
                body = text[c_start:c_end]
                chunk_id = content_hash(f"{report.id}:{c_start}:{c_end}:{body}")
                chunks.append(Chunk(id=chunk_id, report_id=report.id, section_path=path,
                                    paragraph=para.number, start=c_start, end=c_end, text=body,
                                    context=context))
    return chunks
