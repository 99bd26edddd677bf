"""One file → one structured Report: read, clean, structure, metadata."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path, PurePosixPath

from corpus.clean import clean_document
from corpus.errors import Notice
from corpus.limits import Budget, IngestLimits
from corpus.metadata import extract_metadata
from corpus.models import Report, content_hash
from corpus.read import DEFAULT_LIMITS, RawDocument, ReadError, read_document
from corpus.structure import build_structure

_ID_UNSAFE = re.compile(r"[^\w\-.]+")


def base_id(source: str) -> str:
    """The readable part of a report's id: its path (relative to the folder ingested) without the
    suffix, unsafe characters as ``-`` — 「2014/工作报告.txt」 → ``2014-工作报告``. Empty when nothing
    readable is left (a name of emoji only); index.build then gives a hash id, and adds a short
    hash to a base another report already has."""
    return _ID_UNSAFE.sub("-", str(PurePosixPath(source).with_suffix(""))).strip("-.")


def report_id_for(source: str, text_hash: str) -> str:
    """The id a report gets when no other report has its base: the base, or a hash id."""
    return base_id(source) or f"report-{text_hash[:8]}"


@dataclass(frozen=True)
class Loaded:
    report: Report
    warnings: tuple[Notice, ...] = ()


def parse_report(raw: RawDocument, report_id: str, budget: Budget | None = None) -> Report:
    """``raw.source`` is the report's file, as a path relative to the folder it was ingested from."""
    budget = budget or Budget.start(DEFAULT_LIMITS.seconds_per_file)
    cleaned = clean_document(raw.text)
    budget.check(raw.source, "structuring")
    structure = build_structure(cleaned.body)
    if not structure.paragraphs:
        raise ReadError(raw.source, "no body text found after cleaning (only headings or page furniture)",
                        zh="清理后没有正文（只有标题或页眉页脚）")
    budget.check(raw.source, "structuring")
    meta = extract_metadata(cleaned, structure.text, fallback_title=PurePosixPath(raw.source).stem,
                            file_name=PurePosixPath(raw.source).name, sections=structure.sections)
    return Report(
        id=report_id,
        source=raw.source,
        meta=meta,
        text=structure.text,
        sections=structure.sections,
        paragraphs=structure.paragraphs,
        content_hash=content_hash(raw.text),
    )


def read_report(path: Path | str, data: bytes | None = None, *, source: str | None = None,
                limits: IngestLimits = DEFAULT_LIMITS, budget: Budget | None = None) -> Loaded:
    """Read and structure one file; ``source`` (default: the file name) is its path relative to the
    folder ingested. Raises ReadError with a one-line reason for anything that is not a usable report."""
    budget = budget or Budget.start(limits.seconds_per_file)
    raw = read_document(path, data, limits=limits, budget=budget)
    if source is not None:
        raw = replace(raw, source=source)
    return Loaded(parse_report(raw, report_id_for(raw.source, content_hash(raw.text)), budget), raw.warnings)


def load_report(path: Path | str, data: bytes | None = None) -> Report:
    """The Report of one file, with the default limits."""
    return read_report(path, data).report


def sample_paths() -> list[Path]:
    """The bundled sample corpus: the two seed reports shipped inside the package."""
    folder = resources.files("corpus") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))
