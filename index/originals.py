"""The files reports were read from, kept so a user can open the original (PDF page, DOCX) of a
citation.

They live beside the index folder, in ``<index folder>.originals/`` (one such folder per index:
several indexes may share a parent), named by the report's content hash and the
file's suffix: written once (to a temporary name, then renamed), never changed. So a reader needs
no lock to open one, the index's atomic swap is unaffected, and re-ingesting the same content
writes nothing. Files of reports no longer in the index are deleted under the writer lock.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from corpus.models import Report

def folder_for(index_dir: Path) -> Path:
    index_dir = Path(index_dir)
    return index_dir.parent / f"{index_dir.name}.originals"


def _name(content_hash: str, source: str) -> str:
    suffix = Path(source).suffix.lower()
    return f"{content_hash}{suffix if suffix.isascii() and len(suffix) <= 10 else ''}"


def keep(index_dir: Path, report: Report, path: Path) -> Path:
    """Copy the file ``report`` was read from, unless a copy of that content is already kept."""
    folder = folder_for(index_dir)
    target = folder / _name(report.content_hash, report.source)
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as out, open(path, "rb") as src:
            shutil.copyfileobj(src, out)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def find(index_dir: Path, report: Report) -> Path | None:
    """The kept original of ``report``, or None (ingested before originals were kept, or removed)."""
    path = folder_for(index_dir) / _name(report.content_hash, report.source)
    return path if path.is_file() else None


def named(original: Path, source: str) -> Path:
    """The kept ``original`` under the name it was uploaded with (``source``'s file name), for a
    download: a link (or copy) in the system's temporary folder, made once per content."""
    name = Path(source).name or original.name
    target = Path(tempfile.gettempdir()) / "reportqa-originals" / original.stem / name
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(f".part-{os.getpid()}-{name}")
        try:
            os.link(original, part)
        except OSError:  # another file system, or links not allowed
            shutil.copyfile(original, part)
        os.replace(part, target)
    return target


def prune(index_dir: Path, keep_hashes: set[str]) -> int:
    """Delete kept files of contents no longer indexed (and parts a crash left); the caller holds
    the writer lock. Returns how many were deleted."""
    folder = folder_for(index_dir)
    if not folder.is_dir():
        return 0
    gone = 0
    for path in folder.iterdir():
        stem = path.name.split(".", 1)[0] if not path.name.startswith(".part-") else None
        if stem is None or stem not in keep_hashes:
            path.unlink(missing_ok=True)
            gone += 1
    return gone
