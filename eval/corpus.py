"""An evaluation corpus: report files kept outside the repository (e.g. ../shared/), indexed once
into an index folder of their own and reused while their content is unchanged."""
from __future__ import annotations

import hashlib
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from assistant import library
from assistant.settings import Settings, default_home
from index.build import IngestResult, expand_paths
from index.store import IndexMismatch, read_manifest

# Files that describe a folder of reports rather than being one.
DOCUMENTATION = {"readme", "sources", "license", "licence", "changelog"}


def corpus_files(paths: Sequence[Path | str]) -> list[Path]:
    """Report files in these files and folders, without the folders' own documentation."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise FileNotFoundError(f"corpus not found: {', '.join(missing)}")
    return [p for p in expand_paths(paths) if p.stem.lower() not in DOCUMENTATION]


def corpus_index_dir(files: Sequence[Path]) -> Path:
    """Where a corpus is indexed by default: one folder per set of file names."""
    key = hashlib.sha1("\n".join(sorted(p.name for p in files)).encode("utf-8")).hexdigest()[:12]
    return default_home() / f"corpus-{key}"


def index_corpus(settings: Settings, paths: Sequence[Path | str], *, progress: bool = True
                 ) -> tuple[Settings, IngestResult]:
    """Settings pointing at the corpus's index, after ingesting what is not yet in it."""
    files = corpus_files(paths)
    if not files:
        raise FileNotFoundError(f"no report files in {', '.join(map(str, paths))}")
    if settings.is_default_index:
        settings = settings.model_copy(update={"index_dir": corpus_index_dir(files)})
        _drop_if_outdated(settings.index_dir)
    return settings, library.ingest_files(settings, files, progress=progress)


def _drop_if_outdated(folder: Path) -> None:
    """The corpus's own index is a cache of files kept elsewhere: one of an older format is rebuilt."""
    if not (folder / "manifest.json").exists():
        return
    try:
        read_manifest(folder)
    except IndexMismatch as exc:
        print(f"{exc}\nRebuilding the corpus index at {folder}.", file=sys.stderr)
        shutil.rmtree(folder)
