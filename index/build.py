"""Ingest report files into an index folder: read → clean → structure → chunk → embed → add → save.

A file that cannot be read is reported with its reason and skipped; the rest of the batch still
goes in, and what was already indexed is untouched. A file whose content hash is already in the
index changes nothing; a changed file with the same name replaces its earlier version.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from corpus.chunk import ChunkerSettings, chunk_report
from corpus.load import load_report
from corpus.read import SUPPORTED_SUFFIXES, ReadError
from index.encoders import Encoder
from index.store import IndexNotFound, ReportIndex, open_index, save_index


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given; folders contribute their supported files, recursively, in name order."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            out.append(path)
    return out


def open_or_create(folder: Path, encoder: Encoder, chunker: ChunkerSettings) -> ReportIndex:
    try:
        return open_index(folder, encoder.name)
    except IndexNotFound:
        return ReportIndex.new(encoder.name, encoder.dim, chunker)


def add_files(index: ReportIndex, paths: Sequence[Path], encoder: Encoder, *, progress: bool = True,
              on_progress=None) -> IngestResult:
    """Add files to an in-memory index. ``on_progress(done, total, name)`` serves UIs."""
    result = IngestResult()
    files = expand_paths(paths)
    bar = tqdm(files, desc="ingest", unit="file", disable=not progress)
    for done, path in enumerate(bar):
        bar.set_postfix_str(path.name[-30:])
        if on_progress:
            on_progress(done, len(files), path.name)
        try:
            report = load_report(path)
        except ReadError as exc:
            result.failed.append((path.name, exc.reason))
            continue
        if index.has_same(report.id, report.content_hash):
            result.unchanged.append(report.id)
            continue
        chunks = chunk_report(report, index.manifest.chunker)
        vectors = encoder.encode([c.index_text for c in chunks], kind="passage")
        (result.replaced if report.id in index.reports else result.added).append(report.id)
        index.add_report(report, chunks, vectors)
    if on_progress:
        on_progress(len(files), len(files), "")
    return result


def ingest(paths: Sequence[Path | str], folder: Path, encoder: Encoder, chunker: ChunkerSettings, *,
           progress: bool = True, on_progress=None) -> IngestResult:
    """Add files to the index folder (created if missing); saved only if something changed."""
    index = open_or_create(Path(folder), encoder, chunker)
    result = add_files(index, [Path(p) for p in paths], encoder, progress=progress, on_progress=on_progress)
    if result.changed or not (Path(folder) / "manifest.json").exists():
        save_index(index, Path(folder))
    return result


def remove_report(folder: Path, report_id: str) -> int:
    """Remove one report from the index folder; returns its chunk count. KeyError if unknown."""
    index = open_index(Path(folder))
    removed = index.remove_report(report_id)
    save_index(index, Path(folder))
    return removed
