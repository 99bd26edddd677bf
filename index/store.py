"""An index on disk is a folder: ``manifest.json`` beside its data files.

    manifest.json   format version, encoder and dimension, tokenizer and its terms, chunker
                    settings, each report's content hash and chunk count, library versions
    reports.jsonl   each report: metadata, cleaned text, sections, paragraphs
    reports.meta.jsonl  each report's metadata and the span of its line (index/report_table.py)
    chunks.jsonl    each chunk with its row id (the id FAISS and BM25 know it by)
    chunks.index.npz    each chunk line's span and report (index/chunk_table.py)
    dense.faiss     FAISS index (IndexIDMap2 over flat, or IVF; IVF lists memory-mapped at open)
    dense.delta.npz IVF only: vectors added and rows removed since dense.faiss was written
    bm25.npz        BM25 postings (memory-mapped at open, index/npz.py)
    bm25.delta.npz  postings added and rows removed since bm25.npz was written (index/bm25_segments.py)
    words.npz       word vectors fitted on the reports (index/word_vectors.py), refitted when the
                    chunk count has moved by a tenth since

Opening reads the manifest, the reports' metadata, the chunk spans, the BM25 vocabulary and the
IVF centroids; everything else is read when a question needs it.

Saving writes a sibling temporary folder and renames it into place, so a crash mid-write leaves
the previous index intact. What did not change is not written again: ``bm25.npz`` and
``dense.faiss`` are hard links to the previous generation's files while the changes since fit in
the delta files, and ``reports.jsonl`` and ``chunks.jsonl`` are links with the new lines appended
(the previous generation reads only the spans it knows). Adding one report to a million chunks
writes a few megabytes, not gigabytes. The next writer (holding the lock of index/lock.py)
finishes or undoes a half-done swap (``recover``). Each save increments the manifest's
``generation``.

Readers never change anything. ``open_index`` opens every file of the folder through one
directory handle before reading any, so it reads one generation whole even while a writer swaps
the next one in; finding the folder missing mid-swap, it retries briefly, then reads the previous
generation from the ``.old-*`` sibling a crashed swap left.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import time
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from corpus.chunk import ChunkerSettings
from corpus.metadata import parts_of
from corpus.models import Chunk, Report
from index import bm25_segments, chunk_table, report_table, word_vectors
from index import dense as dense_module
from index.bm25 import BM25Index, informative
from index.figure_rows import reading_version
from index.bm25_segments import SegmentedBM25
from index.dense import DenseIndex
from index.tokenize import TermFinder, Tokenizer, domain_terms

# 2: report metadata with region hierarchy, genre, years reviewed and planned
# 3: items of every enumeration style (一要, 第一，, ①, （1）), not only 一是
FORMAT_VERSION = 3
MANIFEST = "manifest.json"
DATA_FILES = ("reports.jsonl", "chunks.jsonl", "dense.faiss", "bm25.npz")
# indexes saved before these existed open without them (everything then read whole)
OPTIONAL_FILES = (chunk_table.INDEX_FILE, report_table.META_FILE, word_vectors.FILE)
DELTA_FILES = (dense_module.DELTA_FILE, bm25_segments.DELTA_FILE)  # absent: no changes since the base
_KEPT_OPEN = {"chunks.jsonl": chunk_table.INDEX_FILE, "reports.jsonl": report_table.META_FILE}  # file → its index
# A term learnt from a new report is counted in the written BM25 base's chunks at once up to this
# many of them (one pass, about a second at 50,000), else when the base is next merged.
LEARN_AT_ONCE_MAX = 50_000
SWAP_WAIT = 2.0  # seconds a reader waits for a folder that a save has moved aside to come back


class StoreError(Exception):
    """Base for index problems that the CLI shows as one line."""


class IndexNotFound(StoreError):
    pass


class IndexMismatch(StoreError):
    pass


class EncoderInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    dim: int


class ReportEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    title: str
    content_hash: str
    chunks: int


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format_version: int = FORMAT_VERSION
    encoder: EncoderInfo
    tokenizer: str = Tokenizer.name
    terms: list[str] = Field(default_factory=list)
    terms_not_in_base: list[str] = Field(default_factory=list)  # learnt; the BM25 base's chunks not yet counted
    chunker: ChunkerSettings = Field(default_factory=ChunkerSettings)
    dense_kind: str = "flat"
    dense_trained_at: int = 0
    reports: dict[str, ReportEntry] = Field(default_factory=dict)
    chunk_count: int = 0
    next_row_id: int = 0
    library_versions: dict[str, str] = Field(default_factory=dict)
    built_at: str = ""
    generation: int = 0  # incremented by every save; absent in indexes saved before it existed
    figures: str = ""  # the reading (index/figure_rows.py) whose figure rows every report's line keeps
    parts_kept: bool = False  # every report's metadata keeps its part headings (absent: saved before they were)


@dataclass
class ReportIndex:
    """What an index folder holds, in memory. Changed by ``add_report``/``remove_report``."""

    manifest: Manifest
    reports: dict[str, Report] = field(default_factory=dict)
    chunks: dict[int, Chunk] | chunk_table.ChunkTable = field(default_factory=dict)  # row id → chunk
    dense: DenseIndex | None = None
    bm25: SegmentedBM25 = field(default_factory=SegmentedBM25.empty)
    tokenizer: Tokenizer = field(default_factory=Tokenizer)
    pending_terms: set[str] = field(default_factory=set)  # quoted terms of added reports, learnt by learn_terms()
    words: word_vectors.WordVectors | None = None  # fitted on the reports when saved (None: not yet)
    origin: dict[str, tuple[int, int]] = field(default_factory=dict)  # data file → (device, inode) read from

    @classmethod
    def new(cls, encoder_name: str, dim: int, chunker: ChunkerSettings) -> "ReportIndex":
        manifest = Manifest(encoder=EncoderInfo(name=encoder_name, dim=dim), chunker=chunker)
        return cls(manifest=manifest, dense=DenseIndex.empty(dim))

    backend = "embedded"
    _rows: dict[str, np.ndarray] | None = field(default=None, repr=False)  # report id → rows; reset by changes

    def rows_of(self, report_id: str) -> list[int]:
        return self._report_rows(report_id).tolist()

    def _report_rows(self, report_id: str) -> np.ndarray:
        """The report's chunk rows, sorted (all reports' gathered in one pass, again after a change)."""
        if self._rows is None:
            self._rows = chunk_table.report_rows(self.chunks)
        return self._rows.get(report_id, np.empty(0, dtype=np.int64))

    def allowed_rows(self, report_ids: Sequence[str] | None) -> np.ndarray | None:
        """The sorted rows of these reports (None: no filter)."""
        if report_ids is None:
            return None
        keep = [self._report_rows(rid) for rid in report_ids]
        return np.sort(np.concatenate(keep)) if keep else np.empty(0, dtype=np.int64)

    # ----- the search side of index/backend.py's IndexBackend -----------------------------------
    def fetch(self, rows: Sequence[int]) -> dict[int, Chunk]:
        return {row: self.chunks[row] for row in rows}

    def idf(self, term: str) -> float:
        return self.bm25.idf(term)

    def search_bm25(self, query: str, k: int, report_ids: Sequence[str] | None = None, *,
                    common: float | None = None) -> list[tuple[int, float]]:
        tokens = self.tokenizer.tokenize(query)
        if common is not None:
            tokens = informative(self.bm25, tokens, common)
        return self.bm25.search(tokens, k, self.allowed_rows(report_ids))

    def search_dense(self, vector: np.ndarray, k: int, report_ids: Sequence[str] | None = None
                     ) -> list[tuple[int, float]]:
        return self.dense.search(vector, k, self.allowed_rows(report_ids))

    def search_bm25_each(self, query: str, k: int, report_ids: Sequence[str]) -> list[list[tuple[int, float]]]:
        return self.bm25.search_groups(self.tokenizer.tokenize(query), k, [self._report_rows(r) for r in report_ids])

    def search_dense_each(self, vector: np.ndarray, k: int, report_ids: Sequence[str]
                          ) -> list[list[tuple[int, float]]]:
        return self.dense.search_groups(vector, k, [self._report_rows(r) for r in report_ids])

    def remove_report(self, report_id: str) -> int:
        """Drop one report's chunks from every structure; returns how many chunks went."""
        rows = self.rows_of(report_id)
        if report_id not in self.reports:
            raise KeyError(report_id)
        self.dense.remove(np.asarray(rows, dtype=np.int64))
        self.bm25 = self.bm25.remove(rows)
        for row in rows:
            del self.chunks[row]
        self._rows = None
        del self.reports[report_id]
        del self.manifest.reports[report_id]
        self.manifest.chunk_count = len(self.chunks)
        return len(rows)

    def add_report(self, report: Report, chunks: list[Chunk], vectors: np.ndarray, *, learn_terms: bool = True) -> None:
        """Add (or replace) one report; the other reports' vectors and postings stay as they are.
        ``learn_terms=False``: its quoted terms wait in ``pending_terms`` for ``learn_terms()``, so
        a batch of reports scans the chunks for new terms once, not once per report."""
        rows = new_rows(self, report, chunks, vectors, learn_terms)
        self.dense.add(np.asarray(rows, dtype=np.int64), vectors)
        self.bm25 = self.bm25.add(rows, [self.tokenizer.tokenize(c.index_text) for c in chunks])
        self.chunks.update(zip(rows, chunks))
        self._rows = None
        self.reports[report.id] = report
        self.manifest.reports[report.id] = entry_of(report, len(chunks))
        self.manifest.chunk_count = len(self.chunks)

    def learn_terms(self) -> None:
        """Protect the pending quoted terms: each new one's postings are set from its occurrences
        (one Aho–Corasick pass over the chunks); no chunk is tokenized again (see ``Tokenizer``).
        The chunks of a written BM25 base above ``LEARN_AT_ONCE_MAX`` are not read now (at a
        million chunks the pass took a minute): their postings of the new terms are set when the
        base is next merged (``catch_up``), as Lucene's older segments keep the analysis they
        were written with; the chunks added since are counted at once."""
        new, self.pending_terms = self.pending_terms - self.tokenizer.terms, set()
        if not new:
            return
        self.tokenizer = Tokenizer(self.tokenizer.terms | new)
        self.manifest.terms = sorted(self.tokenizer.terms)
        deferred = len(self.bm25.base) > LEARN_AT_ONCE_MAX
        after = self.bm25.base.last_row() if deferred else -1
        if deferred:
            self.manifest.terms_not_in_base = sorted(set(self.manifest.terms_not_in_base) | new)
        self._set_postings(new, after, base_too=not deferred)

    def _set_postings(self, terms: set[str], after: int, *, base_too: bool) -> None:
        """Set the postings of ``terms`` from their occurrences in the chunks of rows above ``after``."""
        finder = TermFinder(terms)
        counts = []
        for row in chunk_table.rows_after(self.chunks, after):
            found = finder.occurrences(self.chunks[row].index_text.lower())
            if found:
                counts += [(term, row, n) for term, n in Counter(term for _, term in found).items()]
        names = {t.lower() for t in terms}
        if counts or any(self.bm25.has_term(name) for name in names):
            self.bm25 = self.bm25.set_counts(names, counts, base_too=base_too)

    def catch_up(self) -> None:
        """Before a merge: the terms learnt while the base was not read get their postings in it."""
        if self.manifest.terms_not_in_base:
            self._set_postings(set(self.manifest.terms_not_in_base), -1, base_too=True)
            self.manifest.terms_not_in_base = []


def new_rows(index, report: Report, chunks: Sequence[Chunk], vectors: np.ndarray, learn_terms: bool) -> list[int]:
    """What adding a report does first on either backend: check the vectors, drop the report's
    earlier version, note its quoted terms, and give its chunks the next row ids."""
    if vectors.shape != (len(chunks), index.manifest.encoder.dim):
        raise ValueError(f"expected {len(chunks)} vectors of dimension {index.manifest.encoder.dim}, "
                         f"got {vectors.shape}")
    if report.id in index.reports:
        index.remove_report(report.id)
    index.pending_terms |= domain_terms([report.text])
    if learn_terms:
        index.learn_terms()
    start = index.manifest.next_row_id
    index.manifest.next_row_id = start + len(chunks)
    return list(range(start, start + len(chunks)))


def entry_of(report: Report, chunks: int) -> ReportEntry:
    return ReportEntry(source=report.source, title=report.meta.title, content_hash=report.content_hash, chunks=chunks)


def _library_versions() -> dict[str, str]:
    import faiss
    import jieba

    return {"faiss": faiss.__version__, "numpy": np.__version__, "jieba": jieba.__version__}


# ----- folder I/O -----------------------------------------------------------------------------

def _siblings(folder: Path, tag: str) -> list[Path]:
    """``.<name>.<tag>-<pid>-<ns>`` folders beside the index, oldest first."""
    def made_at(path: Path) -> int:
        tail = path.name.rsplit("-", 1)[-1]
        return int(tail) if tail.isdigit() else 0

    return sorted(folder.parent.glob(f".{folder.name}.{tag}-*"), key=made_at)


def recover(folder: Path) -> None:
    """Finish or undo a swap that a crash interrupted; drop half-written temporary folders.
    Only for a caller holding the writer lock: another writer's temporary folder is work in progress."""
    old = _siblings(folder, "old")
    if not folder.exists() and old:
        old[-1].rename(folder)
        old = old[:-1]
    for leftover in (*old, *_siblings(folder, "tmp")):
        shutil.rmtree(leftover, ignore_errors=True)


def _with_parts(report: Report) -> Report:
    """The report with its part headings in its metadata, read from its sections if not kept yet
    (its stored line's figure rows kept with it: see ``report_table.with_meta``)."""
    if report.meta.parts is not None:
        return report
    return report_table.with_meta(report, replace(report.meta, parts=parts_of(report)))


def save_index(index: ReportIndex, folder: Path) -> None:
    """Write the index as the folder's next generation. The caller holds the writer lock."""
    index.learn_terms()  # an index is written with every term its reports quote
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    if index.bm25.needs_merge() or (index.manifest.terms_not_in_base and len(index.bm25.base) <= LEARN_AT_ONCE_MAX):
        index.catch_up()
        index.bm25 = SegmentedBM25.of(index.bm25.merged())
    if index.dense.needs_merge():
        index.dense.merge()
    tmp = folder.parent / f".{folder.name}.tmp-{os.getpid()}-{time.time_ns()}"
    tmp.mkdir()
    try:
        manifest = index.manifest
        manifest.dense_kind, manifest.dense_trained_at = index.dense.kind, index.dense.trained_at
        manifest.library_versions = _library_versions()
        manifest.built_at = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        reports = index.reports.values()
        if not manifest.parts_kept:  # saved before metadata kept the part headings: every line anew, once
            reports = [_with_parts(r) for r in reports]
        # lines keeping figure rows of another reading (or none: saved before rows were kept) are
        # written anew, once, with this reading's
        current = manifest.figures == reading_version() and manifest.parts_kept
        keep = current and _linked(folder, tmp, "reports.jsonl", index.origin,
                                   lambda inode: report_table.appendable(reports, inode))
        with open(tmp / "reports.jsonl", "ab" if keep else "wb") as out, \
                open(tmp / report_table.META_FILE, "wb") as metas:
            report_table.write(reports, out, metas, anew=not current,
                               rows_current=manifest.figures == reading_version())
        manifest.figures = reading_version()
        manifest.parts_kept = True
        chunks = index.chunks
        keep = _linked(folder, tmp, "chunks.jsonl", index.origin,
                       lambda inode: isinstance(chunks, chunk_table.ChunkTable) and chunks.appendable(inode))
        with open(tmp / "chunks.jsonl", "ab" if keep else "wb") as out:
            chunk_table.write(chunks, out, tmp / chunk_table.INDEX_FILE)
        dense = index.dense
        if dense.kind == "flat":
            dense.save(tmp / "dense.faiss")
        else:  # the IVF index as written before, and what changed since
            if not _linked(folder, tmp, "dense.faiss", index.origin, lambda _: dense.written):
                dense.save_written(tmp / "dense.faiss")
            dense.save_delta(tmp / dense_module.DELTA_FILE)
        refit = word_vectors.stale(index.words, len(index.chunks))
        if refit:
            texts = word_vectors.texts_of(index.reports, len(index.chunks), index.tokenizer.tokenize)
            index.words = word_vectors.fit(texts, len(index.chunks))
        if refit or not _linked(folder, tmp, word_vectors.FILE, index.origin, lambda _: True):
            word_vectors.save(index.words, tmp / word_vectors.FILE)
        bm25 = index.bm25
        if not _linked(folder, tmp, "bm25.npz", index.origin, lambda _: bm25.base_written):
            bm25.base.save(tmp / "bm25.npz")
        bm25.save_delta(tmp / bm25_segments.DELTA_FILE)
        saved = manifest.model_copy(update={"generation": manifest.generation + 1})
        (tmp / MANIFEST).write_text(saved.model_dump_json(indent=2), encoding="utf-8")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = folder.parent / f".{folder.name}.old-{os.getpid()}-{time.time_ns()}"
    if folder.exists():
        folder.rename(old)
    tmp.rename(folder)
    manifest.generation = saved.generation
    shutil.rmtree(old, ignore_errors=True)
    dense.written = bm25.base_written = True  # the in-memory index is now the folder's, by these files
    index.origin = {name: _inode_of(folder / name) for name in (*DATA_FILES, word_vectors.FILE)}


def _inode(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _inode_of(path: Path) -> tuple[int, int] | None:
    try:
        return _inode(os.stat(path))
    except FileNotFoundError:
        return None


def _linked(folder: Path, tmp: Path, name: str, origin: dict, unchanged) -> bool:
    """Link the folder's file ``name`` into ``tmp`` if it is the file the index was read from and
    ``unchanged(inode)`` agrees; False (nothing linked) otherwise."""
    inode = origin.get(name)
    if inode is None or _inode_of(folder / name) != inode or not unchanged(inode):
        return False
    try:
        os.link(folder / name, tmp / name)
    except OSError:  # a file system without hard links: written whole instead
        return False
    return True


class _Moved(Exception):
    """The folder was swapped while it was being opened: open it again."""


def _same_folder(fd: int, folder: Path) -> bool:
    try:
        now = os.stat(folder)
    except FileNotFoundError:
        return False
    then = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (then.st_dev, then.st_ino)


def _open_all(folder: Path, names: Sequence[str], optional: Sequence[str] = ()) -> dict[str, BinaryIO]:
    """Open every named file through one handle on the folder: all of one generation. An
    ``optional`` file that is missing is left out (indexes saved before it existed)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        if _siblings(folder, "old"):
            raise _Moved from None
        raise IndexNotFound(f"no index at {folder}; build one with 'reportqa ingest'") from None
    files: dict[str, BinaryIO] = {}
    try:
        for name in (*names, *optional):
            try:
                files[name] = os.fdopen(os.open(name, os.O_RDONLY, dir_fd=dir_fd), "rb")
            except FileNotFoundError:
                if not _same_folder(dir_fd, folder):
                    raise _Moved from None
                if name in optional:
                    continue
                if name == MANIFEST:
                    raise IndexNotFound(f"no index at {folder} (no {MANIFEST}); build one with "
                                        f"'reportqa ingest'") from None
                raise IndexMismatch(f"index at {folder} is damaged ({name} is missing). {_REBUILD}") from None
    except BaseException:
        for f in files.values():
            f.close()
        raise
    finally:
        os.close(dir_fd)
    return files


def _open_files(folder: Path, names: Sequence[str], optional: Sequence[str] = ()) -> dict[str, BinaryIO]:
    """``_open_all``, retried while a save swaps folders; after ``SWAP_WAIT`` the previous generation
    that an interrupted swap left aside is read (read-only: the next writer recovers it)."""
    deadline = time.monotonic() + SWAP_WAIT
    while True:
        try:
            return _open_all(folder, names, optional)
        except _Moved:
            if time.monotonic() < deadline:
                time.sleep(0.01)
                continue
        for old in reversed(_siblings(folder, "old")):
            try:
                return _open_all(old, names, optional)
            except (_Moved, StoreError):
                continue
        raise IndexNotFound(f"no index at {folder} (a save was interrupted; the next 'reportqa ingest' "
                            f"recovers it)")


def _parse_manifest(folder: Path, raw: bytes) -> Manifest:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IndexMismatch(f"{folder / MANIFEST} is not valid JSON ({exc})") from None
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise IndexMismatch(f"index at {folder} has format version {version}; this reportqa reads "
                            f"version {FORMAT_VERSION}. Re-ingest the reports into a new index.")
    return Manifest.model_validate(data)


def read_manifest(folder: Path) -> Manifest:
    folder = Path(folder)
    with _open_files(folder, [MANIFEST])[MANIFEST] as f:
        return _parse_manifest(folder, f.read())


def folder_signature(folder: Path) -> tuple[int, int, int] | None:
    """Changes whenever a save swaps a new generation in (a new folder): a stat, no reading.
    None while there is no folder."""
    try:
        st = os.stat(folder)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino, st.st_mtime_ns


_REBUILD = "Rebuild it: 'reportqa ingest REPORT_FILES… --index NEW_FOLDER' (the report files are not in the index)."


def _check_counts(folder: Path, manifest: Manifest, reports: dict, chunks: dict, dense: int, bm25: int) -> None:
    """The files of an index agree with its manifest: reports, chunks, vectors and BM25 documents."""
    problems = []
    if set(reports) != set(manifest.reports):
        problems.append(f"reports.jsonl holds {len(reports)} reports, the manifest {len(manifest.reports)}")
    for name, count in (("chunks.jsonl", len(chunks)), ("dense.faiss", dense), ("bm25.npz", bm25)):
        if count != manifest.chunk_count:
            problems.append(f"{name} holds {count} chunks, the manifest {manifest.chunk_count}")
    if problems:
        raise IndexMismatch(f"index at {folder} is damaged: {'; '.join(problems)}. {_REBUILD}")


def open_index(folder: Path, encoder_name: str | None = None) -> ReportIndex:
    """Load an index folder; refuse if it was built with a different encoder than ``encoder_name``."""
    folder = Path(folder)
    files = _open_files(folder, [MANIFEST, *DATA_FILES], optional=(*OPTIONAL_FILES, *DELTA_FILES))
    try:
        return _load(folder, files, encoder_name)
    finally:
        for name, f in files.items():
            if name not in _KEPT_OPEN or _KEPT_OPEN[name] not in files:  # the tables read on
                f.close()


def _load(folder: Path, files: dict[str, BinaryIO], encoder_name: str | None) -> ReportIndex:
    manifest = _parse_manifest(folder, files[MANIFEST].read())
    origin = {name: _inode(os.fstat(files[name].fileno()))  # before a reader closes one
              for name in (*DATA_FILES, word_vectors.FILE) if name in files}
    if encoder_name is not None and manifest.encoder.name != encoder_name:
        raise IndexMismatch(
            f"index at {folder} was built with encoder '{manifest.encoder.name}' "
            f"({manifest.encoder.dim}-d), not '{encoder_name}'. Use --model {manifest.encoder.name}, "
            f"or ingest into another --index.")
    try:
        if report_table.META_FILE in files:
            reports = report_table.open_reports(files["reports.jsonl"], files[report_table.META_FILE])
        else:  # saved before reports were read on demand: parsed now, indexed at the next save
            reports = {}
            for line in io.TextIOWrapper(files["reports.jsonl"], encoding="utf-8"):
                report = report_table.report_from_json(json.loads(line))
                reports[report.id] = report
        if chunk_table.INDEX_FILE in files:
            chunks = chunk_table.ChunkTable.open(files["chunks.jsonl"], files[chunk_table.INDEX_FILE])
        else:  # saved before chunks were read on demand: parsed now, indexed at the next save
            chunks = dict(chunk_table.chunk_from_json(json.loads(line))
                          for line in io.TextIOWrapper(files["chunks.jsonl"], encoding="utf-8"))
        dense = DenseIndex.load(files["dense.faiss"], manifest.encoder.dim, manifest.dense_kind,
                                manifest.dense_trained_at)
        if dense_module.DELTA_FILE in files:
            dense.with_delta(files[dense_module.DELTA_FILE])
        tokenizer = Tokenizer(manifest.terms)
        if manifest.tokenizer == Tokenizer.name:
            bm25 = SegmentedBM25.load(files["bm25.npz"], files.get(bm25_segments.DELTA_FILE))
        else:  # built by an older tokenizer: its postings are re-made (in memory; saved on the next change)
            rows = sorted(chunks)
            bm25 = SegmentedBM25.of(BM25Index.empty().add(rows, [tokenizer.tokenize(chunks[r].index_text)
                                                                 for r in rows]))
            manifest.tokenizer = Tokenizer.name
        words = word_vectors.load(files[word_vectors.FILE]) if word_vectors.FILE in files else None
    except (OSError, ValueError, KeyError, TypeError, RuntimeError, EOFError, zipfile.BadZipFile) as exc:
        # faiss raises RuntimeError; a truncated .npz, BadZipFile or EOFError
        raise IndexMismatch(f"index at {folder} is damaged ({type(exc).__name__}: {str(exc)[:120]}). "
                            f"{_REBUILD}") from None
    _check_counts(folder, manifest, reports, chunks, len(dense), len(bm25))
    return ReportIndex(manifest=manifest, reports=reports, chunks=chunks, dense=dense, bm25=bm25,
                       tokenizer=tokenizer, origin=origin, words=words)
