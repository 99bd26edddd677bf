"""The chunks of an opened index, read from ``chunks.jsonl`` when asked for, not at open.

Opening an index used to parse every chunk line into a ``Chunk`` (2 s at 109k chunks, 20 s at 1M);
a question reads a few dozen. ``chunks.index.npz`` beside the lines holds each row's id, the byte
span of its line and its report, so a chunk is one ``pread`` and one parse away, a report's rows
are an array lookup, and an unchanged chunk is copied as bytes when the index is saved again.

The table keeps its own handle on the file it was opened from: a save swaps a new folder in and
deletes the old one, and the open file stays readable until the table is dropped. Changes (a
report added or removed) are kept beside the file until the index is saved.

A save need not copy the lines: the next generation's ``chunks.jsonl`` can be the same file
(a hard link) with the added lines appended after it (``write`` sees that ``out`` is its own
file). The lines of an older generation are never changed, so its readers read on; the lines of
removed rows stay as dead bytes until they outweigh the live ones (``appendable``), when the
save copies the live lines into a new file.
"""
from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator, MutableMapping
from typing import BinaryIO

import numpy as np

from corpus.models import Chunk

INDEX_FILE = "chunks.index.npz"


def chunk_from_json(data: dict) -> tuple[int, Chunk]:
    data = dict(data)
    row = data.pop("row")
    return row, Chunk(**{**data, "section_path": tuple(data["section_path"])})


class ChunkTable(MutableMapping):
    """row id → Chunk over an open ``chunks.jsonl`` and its ``chunks.index.npz`` arrays."""

    def __init__(self, file: BinaryIO, rows: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                 report_of: np.ndarray, report_ids: list[str]):
        self._file = file
        self._rows, self._starts, self._ends = rows, starts, ends
        self._report_of, self._report_ids = report_of, report_ids
        self._gone = np.zeros(rows.size, dtype=bool)  # removed since opened
        self._added: dict[int, Chunk] = {}
        self._read: dict[int, Chunk] = {}  # parsed so far

    @classmethod
    def open(cls, file: BinaryIO, index: BinaryIO) -> "ChunkTable":
        with np.load(index, allow_pickle=False) as data:
            table = cls(file, data["rows"], data["starts"], data["ends"], data["report_of"],
                        [str(x) for x in data["report_ids"]])
        size = os.fstat(file.fileno()).st_size
        if table._ends.size and int(table._ends[-1]) > size:  # lines lost (later generations append)
            whole = int(np.searchsorted(table._ends, size, side="right"))
            raise ValueError(f"chunks.jsonl holds {whole} chunks, its index {table._rows.size}")
        return table

    def appendable(self, inode: tuple[int, int]) -> bool:
        """Whether a save may append to the file ``inode`` names: it is this table's file, and its
        removed rows' lines take no more room than the live ones."""
        st = os.fstat(self._file.fileno())
        if (st.st_dev, st.st_ino) != inode:
            return False
        live = ~self._gone
        return 2 * int((self._ends[live] - self._starts[live]).sum()) >= st.st_size

    def close(self) -> None:
        self._file.close()

    def __del__(self) -> None:
        try:
            self._file.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass

    # ----- the stored rows ---------------------------------------------------------------------
    def _at(self, row: int) -> int | None:
        i = int(np.searchsorted(self._rows, row))
        return i if i < self._rows.size and self._rows[i] == row and not self._gone[i] else None

    def stored(self, row: int) -> tuple[bytes, str] | None:
        """The stored line of an unchanged row and its report (for a save without parsing), else None."""
        i = self._at(row)
        if i is None:
            return None
        line = os.pread(self._file.fileno(), int(self._ends[i] - self._starts[i]), int(self._starts[i]))
        return line, self._report_ids[self._report_of[i]]

    # ----- Mapping --------------------------------------------------------------------------
    def __getitem__(self, row: int) -> Chunk:
        chunk = self._read.get(row)  # parsed before (a removed row leaves _read)
        if chunk is not None:
            return chunk
        if row in self._added:
            return self._added[row]
        found = self.stored(row)
        if found is None:
            raise KeyError(row)
        chunk = self._read[row] = chunk_from_json(json.loads(found[0]))[1]
        return chunk

    def __iter__(self) -> Iterator[int]:
        yield from (int(r) for r in self._rows[~self._gone])
        yield from list(self._added)

    def __len__(self) -> int:
        return int((~self._gone).sum()) + len(self._added)

    def __contains__(self, row: object) -> bool:
        return row in self._added or (isinstance(row, (int, np.integer)) and self._at(int(row)) is not None)

    def __setitem__(self, row: int, chunk: Chunk) -> None:
        if self._at(row) is not None:
            raise KeyError(f"row {row} is already taken")  # rows are never reused
        self._added[row] = chunk

    def __delitem__(self, row: int) -> None:
        if row in self._added:
            del self._added[row]
            return
        i = self._at(row)
        if i is None:
            raise KeyError(row)
        self._gone[i] = True
        self._read.pop(row, None)

    # ----- saving -----------------------------------------------------------------------------
    def write(self, out: BinaryIO, index_out) -> None:
        """The stored rows still here, copied run by run, then the added rows (their ids are newer).
        When ``out`` is this table's own file, opened to append, the stored lines stay where they are."""
        live = np.flatnonzero(~self._gone)
        if self._added and live.size and min(self._added) <= int(self._rows[live[-1]]):
            raise ValueError("an added row is older than a stored one")  # rows are numbered in order
        if _same_file(out, self._file):
            used, owners = np.unique(self._report_of[live], return_inverse=True)
            _write_lines([(row, _line(row, self._added[row])) for row in sorted(self._added)], out, index_out,
                         self._rows[live], self._starts[live], self._ends[live], owners,
                         {self._report_ids[i]: n for n, i in enumerate(used)})
            return
        lengths = self._ends[live] - self._starts[live]
        breaks = np.flatnonzero(np.diff(live) != 1) + 1  # runs of lines that are next to each other
        for run in np.split(live, breaks) if live.size else []:
            _copy(self._file.fileno(), out, int(self._starts[run[0]]), int(self._ends[run[-1]]))
        ends = np.cumsum(lengths)
        used, owners = np.unique(self._report_of[live], return_inverse=True)
        _write_lines([(row, _line(row, self._added[row])) for row in sorted(self._added)], out, index_out,
                     self._rows[live], ends - lengths, ends, owners,
                     {self._report_ids[i]: n for n, i in enumerate(used)})

    def rows_after(self, after: int) -> list[int]:
        start = int(np.searchsorted(self._rows, after, side="right"))
        stored = self._rows[start:][~self._gone[start:]]
        return [int(r) for r in stored] + sorted(r for r in self._added if r > after)

    # ----- by report ------------------------------------------------------------------------
    def report_rows(self) -> dict[str, np.ndarray]:
        """Each report's rows, sorted, without reading a chunk."""
        live = ~self._gone
        rows, owners = self._rows[live], self._report_of[live]
        order = np.argsort(owners, kind="stable")
        rows, owners = rows[order], owners[order]
        bounds = np.searchsorted(owners, np.arange(len(self._report_ids) + 1))
        found = {rid: np.sort(rows[lo:hi]) for rid, lo, hi in zip(self._report_ids, bounds[:-1], bounds[1:]) if hi > lo}
        extra: dict[str, list[int]] = {}
        for row, chunk in self._added.items():
            extra.setdefault(chunk.report_id, []).append(row)
        for rid, more in extra.items():
            found[rid] = np.sort(np.concatenate([found.get(rid, np.empty(0, np.int64)), np.asarray(more, np.int64)]))
        return found


def _copy(source: int, out: BinaryIO, start: int, end: int, block: int = 1 << 24) -> None:
    while start < end:
        data = os.pread(source, min(block, end - start), start)
        if not data:
            raise ValueError("chunks.jsonl ended before its index said")
        out.write(data)
        start += len(data)


def _same_file(a: BinaryIO, b: BinaryIO) -> bool:
    try:
        one, other = os.fstat(a.fileno()), os.fstat(b.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # an in-memory stream
        return False
    return (one.st_dev, one.st_ino) == (other.st_dev, other.st_ino)


def report_rows(chunks) -> dict[str, np.ndarray]:
    """Each report's rows, sorted: from a ``ChunkTable``'s arrays, or one pass over a dict."""
    if isinstance(chunks, ChunkTable):
        return chunks.report_rows()
    gathered: dict[str, list[int]] = {}
    for row, chunk in chunks.items():
        gathered.setdefault(chunk.report_id, []).append(row)
    return {rid: np.asarray(sorted(rows), dtype=np.int64) for rid, rows in gathered.items()}


def rows_after(chunks, after: int) -> list[int]:
    """The rows above ``after``: from a ``ChunkTable``'s sorted arrays, or a pass over a dict."""
    if isinstance(chunks, ChunkTable):
        return chunks.rows_after(after)
    return sorted(row for row in chunks if row > after)


def write(chunks, out: BinaryIO, index_out) -> None:
    """Write ``chunks.jsonl`` (rows ascending) and its index arrays; a table's unchanged rows are
    copied as stored, in runs of consecutive lines (one copy per run, not per chunk)."""
    if isinstance(chunks, ChunkTable):
        chunks.write(out, index_out)
        return
    _write_lines([(row, _line(row, chunks[row])) for row in sorted(chunks)], out, index_out)


def _line(row: int, chunk: Chunk) -> tuple[bytes, str]:
    from dataclasses import asdict

    return (json.dumps({"row": row, **asdict(chunk)}, ensure_ascii=False) + "\n").encode("utf-8"), chunk.report_id


def _write_lines(lines, out: BinaryIO, index_out, rows=(), starts=(), ends=(), report_of=(),
                 report_ids: dict[str, int] | None = None) -> None:
    """Append ``lines`` ((row, (bytes, report id)), rows ascending) after what is already written,
    whose arrays are given, then save the arrays."""
    report_ids = dict(report_ids or {})
    position = out.tell()  # after what is written (or, appending, after the file's end)
    more_rows, more_starts, more_ends, more_owners = [], [], [], []
    for row, (line, owner) in lines:
        out.write(line)
        more_rows.append(row)
        more_starts.append(position)
        position += len(line)
        more_ends.append(position)
        more_owners.append(report_ids.setdefault(owner, len(report_ids)))

    def joined(old, new, dtype):
        return np.concatenate([np.asarray(old, dtype=dtype), np.asarray(new, dtype=dtype)])

    np.savez(index_out, rows=joined(rows, more_rows, np.int64), starts=joined(starts, more_starts, np.int64),
             ends=joined(ends, more_ends, np.int64), report_of=joined(report_of, more_owners, np.int32),
             report_ids=np.asarray(list(report_ids) or [""], dtype=str)[: len(report_ids)])
