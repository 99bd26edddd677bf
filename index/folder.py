"""The embedded index's location: a folder (index/store.py) under its writer lock (index/lock.py)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from corpus.chunk import ChunkerSettings
from index import store
from index.lock import writer_lock


@dataclass(frozen=True)
class FolderLocation:
    folder: Path

    def exists(self) -> bool:
        return (Path(self.folder) / store.MANIFEST).exists()

    def read_manifest(self) -> store.Manifest:
        return store.read_manifest(self.folder)

    def signature(self) -> object:
        return store.folder_signature(self.folder)

    def open(self, encoder_name: str | None = None) -> store.ReportIndex:
        return store.open_index(self.folder, encoder_name)

    def create(self, encoder_name: str, dim: int, chunker: ChunkerSettings) -> store.ReportIndex:
        return store.ReportIndex.new(encoder_name, dim, chunker)

    def save(self, index: store.ReportIndex) -> None:
        store.save_index(index, self.folder)

    def recover(self) -> None:
        store.recover(self.folder)

    def lock(self, *, wait: bool = True, on_wait=None):
        return writer_lock(self.folder, wait=wait, on_wait=on_wait)


def as_location(where) -> "FolderLocation":
    """A location as given, or the folder of a path."""
    return FolderLocation(Path(where)) if isinstance(where, (str, Path)) else where
