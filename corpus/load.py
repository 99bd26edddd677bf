"""One file → one structured Report: read, clean, structure, metadata."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from corpus.clean import clean_document
from corpus.metadata import extract_metadata
from corpus.models import Report, content_hash
from corpus.read import RawDocument, ReadError, read_document
from corpus.structure import build_structure

_ID_UNSAFE = re.compile(r"[^\w\-.]+")


def report_id_for(path: Path | str) -> str:
    """A report's id is its file name without the suffix: re-ingesting a file replaces it."""
    stem = _ID_UNSAFE.sub("-", Path(path).stem).strip("-.")
    return stem or "report"


def parse_report(raw: RawDocument, report_id: str) -> Report:
    cleaned = clean_document(raw.text)
    structure = build_structure(cleaned.body)
    if not structure.paragraphs:
        raise ReadError(raw.source, "no body text found after cleaning (only headings or page furniture)")
    meta = extract_metadata(cleaned, structure.text, fallback_title=Path(raw.source).stem,
                            file_name=Path(raw.source).name, sections=structure.sections)
    return Report(
        id=report_id,
        source=raw.source,
        meta=meta,
        text=structure.text,
        sections=structure.sections,
        paragraphs=structure.paragraphs,
        content_hash=content_hash(raw.text),
    )


def load_report(path: Path | str, data: bytes | None = None) -> Report:
    """Raises ReadError with a one-line reason for anything that is not a usable report."""
    return parse_report(read_document(path, data), report_id_for(path))


def sample_paths() -> list[Path]:
    """The bundled sample corpus: the two seed reports shipped inside the package."""
    folder = resources.files("corpus") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))
