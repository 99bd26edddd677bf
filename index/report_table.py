"""The reports of an opened index: metadata read at open, text and structure read when used.

Opening an index used to parse every report whole — text, sections, paragraphs and items — into
memory (about 1 s and 90 MB per 1,000 reports). ``reports.meta.jsonl`` holds each report's id,
source, hash, metadata and the byte span of its line in ``reports.jsonl``; the reports come back as
``StoredReport``: a ``Report`` whose ``text``, ``sections`` and ``paragraphs`` are read on first
use and kept in a small cache of recently used reports, so routing by region and year, listing
and filtering read no report text.

The table keeps its own handle on ``reports.jsonl`` (as index/chunk_table.py does on the chunks),
so a report stays readable after a save swaps a new folder in. As with the chunks, the next
generation's ``reports.jsonl`` may be the same file with the added reports appended (``write``
keeps a stored report's span when ``out`` is its file; ``appendable`` says when to copy instead).
"""
from __future__ import annotations

import io
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterable
from dataclasses import asdict, replace
from typing import BinaryIO

from corpus.models import Item, Paragraph, Region, Report, ReportMeta, Section
from index.figure_rows import figure_rows, figures_from_rows
from index.figures import Figure

META_FILE = "reports.meta.jsonl"
CACHED = 64  # reports whose text and structure stay parsed
FIGURES = "figures"  # the key of a line's figure rows
_BODY = ("text", "sections", "paragraphs")


class StoredReport(Report):
    """A ``Report`` of an index; its body fields are read from the index when first asked for.
    Constructed with every field (as ``dataclasses.replace`` does), it is an ordinary report."""

    def __init__(self, *args, stored: tuple[ReportReader, int, int] | None = None, entry: bytes = b"", **fields):
        if stored is None:
            super().__init__(*args, **fields)
            return
        for name, value in fields.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_stored", stored)  # where its line is: (reader, start, end)
        object.__setattr__(self, "_entry", entry)  # its line of reports.meta.jsonl

    def __getattr__(self, name: str):
        stored = self.__dict__.get("_stored")
        if name in _BODY and stored:
            reader, start, end = stored
            return getattr(reader.report(self.id, start, end), name)
        raise AttributeError(name)

    def __hash__(self) -> int:  # equal reports (every field, the dataclass's __eq__) share these two
        return hash((self.id, self.content_hash))


def report_to_json(report: Report) -> dict:
    return asdict(report)


def meta_from_json(meta: dict) -> ReportMeta:
    region = meta["region"]
    region = Region(**{**region, "sources": tuple(tuple(x) for x in region.get("sources", ()))})
    return ReportMeta(**{**meta, "region": region, "extra": tuple(tuple(x) for x in meta["extra"]),
                         "reviews": tuple(meta.get("reviews", ())), "plans": tuple(meta.get("plans", ())),
                         "parts": None if meta.get("parts") is None else tuple(meta["parts"])})


def report_from_json(data: dict) -> Report:
    return Report(
        id=data["id"], source=data["source"], meta=meta_from_json(data["meta"]), text=data["text"],
        sections=tuple(Section(**{**s, "path": tuple(s["path"])}) for s in data["sections"]),
        paragraphs=tuple(
            Paragraph(**{**p, "section_path": tuple(p["section_path"]),
                         "items": tuple(Item(**i) for i in p["items"])})
            for p in data["paragraphs"]),
        content_hash=data["content_hash"],
    )


class ReportReader:
    """Reads reports' lines from an open ``reports.jsonl``; keeps the last ``CACHED`` parsed."""

    def __init__(self, file: BinaryIO):
        self._file = file
        self.inode = _inode(file)  # a save appending to this very file leaves its reports' lines in place
        self._parsed: OrderedDict[str, Report] = OrderedDict()
        self._rows: dict[str, dict | None] = {}  # their figures' rows (index/figure_rows.py), as read
        self._last: str | None = None  # the most recently used of them
        self._lock = threading.Lock()

    def line(self, start: int, end: int) -> bytes:
        return os.pread(self._file.fileno(), end - start, start)

    def report(self, report_id: str, start: int, end: int) -> Report:
        found = self._parsed.get(report_id)  # the last one read is asked again and again: no lock
        if found is not None and self._last == report_id:
            return found
        with self._lock:
            found = self._parsed.get(report_id)
            if found is not None:
                self._parsed.move_to_end(report_id)
                self._last = report_id
                return found
        data = json.loads(self.line(start, end))
        found = report_from_json(data)
        if found.id != report_id:
            raise ValueError(f"reports.jsonl holds {found.id} where its index says {report_id}")
        with self._lock:
            self._parsed[report_id] = found
            self._rows[report_id] = data.get(FIGURES)
            self._last = report_id
            while len(self._parsed) > CACHED:
                self._rows.pop(self._parsed.popitem(last=False)[0], None)
        return found

    def figure_rows(self, report_id: str, start: int, end: int) -> dict | None:
        self.report(report_id, start, end)
        return self._rows.get(report_id)

    def __del__(self) -> None:
        try:
            self._file.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass


def open_reports(reports: BinaryIO, metas: BinaryIO) -> dict[str, Report]:
    """Each report of ``reports.jsonl`` as a ``StoredReport``, from ``reports.meta.jsonl`` alone."""
    reader = ReportReader(reports)
    size = os.fstat(reports.fileno()).st_size
    out: dict[str, Report] = {}
    for raw in metas:
        entry = json.loads(raw)
        start, end = entry["at"]
        if end > size:
            raise ValueError(f"reports.jsonl ends at byte {size}, its index names a report ending at {end}")
        out[entry["id"]] = StoredReport(id=entry["id"], source=entry["source"], meta=meta_from_json(entry["meta"]),
                                        content_hash=entry["content_hash"], stored=(reader, start, end),
                                        entry=raw if raw.endswith(b"\n") else raw + b"\n")
    return out


def stored_figures(report: Report, numbers: Collection[int]) -> dict[int, list[Figure]] | None:
    """The figures kept in a stored report's line for these paragraphs, by number
    (index/figure_rows.py); None for a report not read from an index, or whose line keeps none of
    this reading."""
    stored = report.__dict__.get("_stored")
    if not stored:
        return None
    return figures_from_rows(report, stored[0].figure_rows(report.id, stored[1], stored[2]), numbers)


def stored_line(report: Report) -> bytes | None:
    """The stored line of a report read from an index (copied as bytes at a save), else None."""
    stored = report.__dict__.get("_stored")
    return stored[0].line(stored[1], stored[2]) if stored else None


def _inode(file: BinaryIO) -> tuple[int, int] | None:
    try:
        st = os.fstat(file.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # an in-memory stream
        return None
    return st.st_dev, st.st_ino


def appendable(reports: Iterable[Report], inode: tuple[int, int]) -> bool:
    """Whether a save may append to the file ``inode`` names: the reports were read from it, and
    its lines of removed or replaced reports take no more room than the live ones."""
    live, reader = 0, None
    for report in reports:
        stored = report.__dict__.get("_stored")
        if stored and stored[0].inode == inode:
            live += stored[2] - stored[1]
            reader = stored[0]
    return reader is not None and 2 * live >= os.fstat(reader._file.fileno()).st_size


def with_meta(report: Report, meta: ReportMeta) -> Report:
    """The report with other metadata; one read from an index keeps where its line is, for the
    figure rows that line holds (``write`` reuses them while the reading is unchanged), unless the
    metadata they are read with changed (its year, the years it reviews and plans)."""
    changed = replace(report, meta=meta)
    stored = report.__dict__.get("_stored")
    if stored and _rows_read_with(meta) == _rows_read_with(report.meta):
        object.__setattr__(changed, "_rows_at", stored)
    return changed


def _rows_read_with(meta: ReportMeta) -> tuple:
    return meta.year, meta.reviews, meta.plans


def _kept_rows(report: Report) -> dict | None:
    at = report.__dict__.get("_rows_at") or report.__dict__.get("_stored")
    return at[0].figure_rows(report.id, at[1], at[2]) if at else None


def write(reports: Iterable[Report], out: BinaryIO, metas_out: BinaryIO, *, anew: bool = False,
          rows_current: bool = False) -> None:
    """``reports.jsonl`` and ``reports.meta.jsonl``; a report read from an index is copied as
    stored, or, when ``out`` is the file it was read from (opened to append), left where it is.
    A report written anew (every one, with ``anew``) gets its figures' rows: those its stored line
    holds when they are of this reading (``rows_current``), else found again; copies of one text
    (the scale benchmark's) share the rows found once."""
    own = _inode(out)
    position = out.tell()
    rows_of: dict[tuple, dict] = {}
    for report in reports:
        stored = None if anew else report.__dict__.get("_stored")
        if stored and own is not None and stored[0].inode == own:
            if report.__dict__.get("_entry"):  # left where it is: its metadata line is the one read
                metas_out.write(report.__dict__["_entry"])
                continue
            at = [stored[1], stored[2]]
        else:
            line = stored_line(report) if stored else None
            if line is None:
                key = (report.text, len(report.paragraphs), *_rows_read_with(report.meta))
                rows = rows_of.get(key) or (_kept_rows(report) if rows_current else None)
                if rows is None:
                    rows = rows_of[key] = figure_rows(report)
                line = (json.dumps({**report_to_json(report), FIGURES: rows}, ensure_ascii=False) + "\n"
                        ).encode("utf-8")
            out.write(line)
            at = [position, position + len(line)]
            position += len(line)
        entry = {"id": report.id, "source": report.source, "content_hash": report.content_hash,
                 "meta": asdict(report.meta), "at": at}
        metas_out.write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
