"""Ingest report files into an index folder: read → clean → structure → chunk → embed → add → save.

One writer at a time (index/lock.py): the lock is held from opening the index to saving it.
Anything that goes wrong with one file — a refusal, a limit, an unexpected exception while reading,
structuring, chunking or encoding it — is that file's failure, with its reason (an unexpected
one's traceback goes to the log file); the rest of the batch still goes in.

Report identity. A file's *source* is its path relative to the folder given (a file given by
itself: its name). A file whose content is already indexed changes nothing. A report's id is
readable — the source without its suffix (``corpus.load.base_id``) — with a short hash of the
content added when another report has that id already, and a hash id for a name with nothing
readable in it; so two files never share an id. A file at the source of an indexed report, with
other content, replaces that report only when asked (``replace``); otherwise it is added beside
it. Either way the result names both (``Conflict``).
"""
from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from tqdm import tqdm

from corpus.chunk import ChunkerSettings, chunk_report
from corpus.errors import Notice, ReadError
from corpus.limits import Budget, IngestLimits
from corpus.load import read_report
from corpus.models import Report
from corpus.read import SUPPORTED_SUFFIXES
from index import originals
from index.backend import IndexBackend, IndexLocation
from index.encoders import Encoder
from index.figure_rows import reading_version
from index.folder import as_location
from index.lock import IndexBusy, writer_lock
from index.store import OPTIONAL_FILES, IndexNotFound, open_index, read_manifest, recover, save_index
from index.tokenize import Tokenizer

ENCODE_BATCH = 64  # chunks encoded between checks of the time budget
LOG_NAME = "reportqa.log"


@dataclass(frozen=True)
class Source:
    path: Path
    name: str  # the path relative to the folder given, with / separators; a file given alone: its name


@dataclass(frozen=True)
class Failure:
    name: str  # the file's source
    reason: str
    zh: str  # the reason in Chinese, for the web app


@dataclass(frozen=True)
class Conflict:
    """A file at the source of an indexed report, with other content: added beside it, or replacing it."""

    source: str
    report_id: str  # the id the file's report has now
    label: str  # its title, region and year (same-named files often have the file name as their title)
    existing_id: str  # the report already indexed from that source
    existing_label: str
    replaced: bool

    @property
    def text(self) -> str:
        if self.replaced:
            return (f"{self.source}: replaced report {self.existing_id} {self.existing_label} "
                    f"by {self.label} (same file name, other content)")
        return (f"{self.source}: report {self.existing_id} {self.existing_label} came from a file of this "
                f"name with other content; kept both, the new one as {self.report_id} {self.label}. "
                f"To replace it instead: --replace")

    @property
    def zh(self) -> str:
        if self.replaced:
            return f"{self.source}：已用 {self.label} 替换同名的报告 {self.existing_id} {self.existing_label}"
        return (f"{self.source}：与已入库的报告 {self.existing_id} {self.existing_label} 同名但内容不同，"
                f"已作为新报告 {self.report_id} {self.label} 入库，两份都保留；"
                f"如果它是新版本，请勾选「替换同名报告」后重新入库")


def describe(report: Report) -> str:
    """「title」（region year年）: what tells two reports of one file name apart."""
    meta = report.meta
    where = " ".join(x for x in (meta.region.label, f"{meta.year}年" if meta.year else "") if x)
    return f"「{meta.title}」（{where}）"


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # report id → title, for every id listed above
    sources: dict[str, str] = field(default_factory=dict)  # report id → source
    files: dict[str, Path] = field(default_factory=dict)  # report id → the file it was read from (added, replaced)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)


@dataclass(frozen=True)
class IngestOptions:
    limits: IngestLimits = field(default_factory=IngestLimits)
    replace: bool = False  # a file at an indexed report's source, with other content, replaces that report
    wait: bool = True  # for another process changing the index; False: IndexBusy at once
    log_path: Path | None = None  # unexpected errors' tracebacks (default: reportqa.log beside the index)


def expand_sources(paths: Iterable[Path | str]) -> list[Source]:
    """Files as given (named by their file name); folders contribute their supported files,
    recursively, in name order, named by their path inside the folder."""
    out: list[Source] = []
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            out += [Source(p, p.relative_to(path).as_posix()) for p in files]
        else:
            out.append(Source(path, path.name))
    return out


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    return [s.path for s in expand_sources(paths)]


def open_or_create(where: Path | IndexLocation, encoder: Encoder, chunker: ChunkerSettings) -> IndexBackend:
    location = as_location(where)
    try:
        return location.open(encoder.name)
    except IndexNotFound:
        return location.create(encoder.name, encoder.dim, chunker)


def unique_id(wanted: str, text_hash: str, taken: Callable[[str], bool]) -> str:
    """``wanted`` if free, else ``wanted-<hash>`` with as few hex digits of the content hash as make it free."""
    if not taken(wanted):
        return wanted
    for digits in range(6, len(text_hash) + 1, 2):
        candidate = f"{wanted}-{text_hash[:digits]}"
        if not taken(candidate):
            return candidate
    raise ValueError(f"no free report id for {wanted!r}")


def encode_chunks(encoder: Encoder, texts: Sequence[str], budget: Budget, name: str) -> np.ndarray:
    """In batches, the time budget checked between them (and a shared encoder free for others)."""
    parts = []
    for start in range(0, len(texts), ENCODE_BATCH):
        budget.check(name, "encoding")
        parts.append(encoder.encode(list(texts[start:start + ENCODE_BATCH]), kind="passage"))
    return np.concatenate(parts) if parts else np.zeros((0, encoder.dim), dtype=np.float32)


def log_failure(log_path: Path, name: str, exc: BaseException) -> None:
    """Append the traceback of an unexpected error with one file to the log file."""
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} ingest {name}\n")
            log.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass  # the failure is still reported in one line; a log that cannot be written is no reason to stop


@dataclass
class _Batch:
    """One batch of files going into one index: who is indexed under which content and source."""

    index: IndexBackend
    options: IngestOptions
    result: IngestResult = field(default_factory=IngestResult)
    new_ids: set[str] = field(default_factory=set)

    def by_hash(self, content_hash: str) -> str | None:
        return next((rid for rid, e in self.index.manifest.reports.items() if e.content_hash == content_hash), None)

    def by_source(self, source: str) -> str | None:
        return next((rid for rid, e in self.index.manifest.reports.items() if e.source == source), None)

    def place(self, report: Report) -> tuple[str, Conflict | None]:
        """The id the report goes in under, and the report of the same source it meets, if any."""
        reports = self.index.reports
        same = self.by_source(report.source)
        if same is not None and self.options.replace and same not in self.new_ids:
            report_id = same
        else:  # never replaces a report of the same batch
            report_id = unique_id(report.id, report.content_hash, lambda rid: rid in reports)
        if same is None:
            return report_id, None
        old = reports[same]
        return report_id, Conflict(source=report.source, report_id=report_id, label=describe(report),
                                   existing_id=same, existing_label=describe(old), replaced=report_id == same)

    def note(self, bucket: list[str], report: Report) -> None:
        bucket.append(report.id)
        self.result.titles[report.id] = report.meta.title
        self.result.sources[report.id] = report.source


def add_files(index: IndexBackend, sources: Sequence[Source], encoder: Encoder,
              options: IngestOptions = IngestOptions(), *, log_path: Path | None = None, progress: bool = True,
              on_progress: Callable[[int, int, str], None] | None = None) -> IngestResult:
    """Add files to an in-memory index. ``on_progress(done, total, name)`` serves UIs."""
    batch = _Batch(index, options)
    result = batch.result
    bar = tqdm(sources, desc="ingest", unit="file", disable=not progress)
    for done, source in enumerate(bar):
        bar.set_postfix_str(source.name[-30:])
        if on_progress:
            on_progress(done, len(sources), source.name)
        budget = Budget.start(options.limits.seconds_per_file)
        try:
            loaded = read_report(source.path, source=source.name, limits=options.limits, budget=budget)
            report = loaded.report
            result.warnings += loaded.warnings
            already = batch.by_hash(report.content_hash)
            if already is not None:
                batch.note(result.unchanged, index.reports[already])
                continue
            report_id, conflict = batch.place(report)
            report = replace(report, id=report_id)
            chunks = chunk_report(report, index.manifest.chunker)
            budget.check(source.name, "chunking")
            vectors = encode_chunks(encoder, [c.index_text for c in chunks], budget, source.name)
        except ReadError as exc:
            result.failed.append(Failure(source.name, exc.reason, exc.zh))
            continue
        except Exception as exc:  # a bug or a library's surprise with this one file: the others still go in
            where = f" (traceback in {log_path})" if log_path else ""
            if log_path:
                log_failure(log_path, source.name, exc)
            message = f"{type(exc).__name__}: {str(exc)[:160]}"
            result.failed.append(Failure(source.name, f"unexpected error, {message}{where}",
                                         "处理这个文件时程序出错，已跳过，其余文件照常入库"
                                         f"{'；错误详情记在 ' + str(log_path) if log_path else ''}"))
            continue
        if conflict is not None:
            result.conflicts.append(conflict)
        batch.note(result.replaced if conflict is not None and conflict.replaced else result.added, report)
        batch.new_ids.add(report.id)
        result.files[report.id] = source.path
        index.add_report(report, chunks, vectors, learn_terms=False)  # outside the try: a half-done add must not be saved
    index.learn_terms()  # the batch's new quoted terms, in one pass over the chunks
    if on_progress:
        on_progress(len(sources), len(sources), "")
    return result


def ingest(paths: Sequence[Path | str], where: Path | IndexLocation, encoder: Encoder, chunker: ChunkerSettings,
           *, options: IngestOptions = IngestOptions(), progress: bool = True,
           on_progress: Callable[[int, int, str], None] | None = None,
           on_wait: Callable[[str], None] | None = None) -> IngestResult:
    """Add files to the index (an index folder, or a location of index/backend.py; created if
    missing), holding its writer lock throughout; saved only if something changed.
    ``on_wait(message)``: another process holds the lock."""
    location = as_location(where)
    folder = Path(location.folder)
    log_path = options.log_path or folder.parent / LOG_NAME
    with location.lock(wait=options.wait, on_wait=on_wait):
        location.recover()
        index = open_or_create(location, encoder, chunker)
        result = add_files(index, expand_sources(paths), encoder, options, log_path=log_path, progress=progress,
                           on_progress=on_progress)
        if result.changed or not location.exists():
            for report_id, path in result.files.items():  # before the save: an indexed report has its original
                originals.keep(folder, index.reports[report_id], path)
            location.save(index)
            originals.prune(folder, {e.content_hash for e in index.manifest.reports.values()})
    return result


def remove_report(where: Path | IndexLocation, report_id: str, *, wait: bool = True,
                  on_wait: Callable[[str], None] | None = None) -> int:
    """Remove one report from the index; returns its chunk count. KeyError if unknown."""
    location = as_location(where)
    with location.lock(wait=wait, on_wait=on_wait):
        location.recover()
        index = location.open()
        removed = index.remove_report(report_id)
        location.save(index)
        originals.prune(Path(location.folder), {e.content_hash for e in index.manifest.reports.values()})
    return removed


def upgrade(folder: Path) -> bool:
    """Rewrite an index that ``needs_upgrade``, so that readers stop paying for it at every open.
    Skipped (False) when another process is writing or the folder cannot be written: the index
    still opens, re-made in memory."""
    folder = Path(folder)
    try:
        with writer_lock(folder, wait=False):
            recover(folder)
            if not needs_upgrade(folder):
                return False
            save_index(open_index(folder), folder)
            return True
    except (IndexBusy, OSError):
        return False


def needs_upgrade(folder: Path) -> bool:
    """Saved by an older version in a way every open pays for: BM25 by another tokenizer, chunks
    or reports without the index that lets them be read on demand, or reports whose figures were
    not kept by this reading (index/figure_rows.py: every question would find them again); or
    saved before the index kept word vectors fitted on its reports (index/word_vectors.py), or the
    reports' part headings in their metadata (a question naming no place would read every report)."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    return (manifest.tokenizer != Tokenizer.name or manifest.figures != reading_version() or not manifest.parts_kept
            or not all((folder / name).exists() for name in OPTIONAL_FILES))
