"""What one running web app holds: its settings, the open index, and a lock for changing it.

Asking reads a snapshot (the index and retriever current when the question arrived); ingest and
remove take the lock, write the index folder (under its inter-process writer lock), and swap in
the re-opened index. A change made by another process — ``reportqa ingest`` while the app runs —
is seen at the next snapshot: the folder's stat changes with every save, and when it has, the
manifest's generation says whether to re-open. Sessions never share anything else: chat history
lives in each browser's own gr.State.
"""
from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant import library
from assistant.retrieve import Retriever
from assistant.serial_encoder import SerialEncoder
from assistant.settings import Settings
from index.build import IngestResult
from index.encoders import Encoder
from index.backend import IndexBackend
from index.store import StoreError

__all__ = ["AppContext", "SerialEncoder", "Snapshot"]


@dataclass(frozen=True)
class Snapshot:
    index: IndexBackend
    retriever: Retriever
    signature: object  # the location's signature (an index folder's stat) when this was checked against it


def open_snapshot(settings: Settings, encoder: Encoder) -> Snapshot:
    """The index as on disk now."""
    signature = library.location_for(settings).signature()  # taken first: a save made while opening is seen next time
    index = library.load_index(settings)
    retriever = library.retriever_for(index, settings, encoder=encoder)
    return Snapshot(index, retriever, signature)


@dataclass
class AppContext:
    settings: Settings
    encoder: SerialEncoder
    current: Snapshot
    _write: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _reload: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _where: object = field(default=None, repr=False)

    @classmethod
    def open(cls, settings: Settings, encoder: Encoder | None = None) -> "AppContext":
        encoder = SerialEncoder(encoder or library.encoder_for(settings))
        if not library.location_for(settings).exists():
            library.ingest_files(settings, [], progress=False, encoder=encoder)  # sample index on first use
        return cls(settings, encoder, open_snapshot(settings, encoder))

    @property
    def _location(self):
        """One location (for Milvus, one client) for the app's life."""
        if self._where is None:
            self._where = library.location_for(self.settings)
        return self._where

    def _open(self) -> Snapshot:
        return open_snapshot(self.settings, self.encoder)

    @property
    def index(self) -> IndexBackend:
        return self.snapshot()[0]

    @property
    def retriever(self) -> Retriever:
        return self.snapshot()[1]

    def snapshot(self) -> tuple[IndexBackend, Retriever]:
        """The index as it is on disk now: re-opened if another process saved a new generation."""
        current = self.current
        if self._location.signature() != current.signature:
            current = self._refresh(current)
        return current.index, current.retriever

    def _refresh(self, seen: Snapshot) -> Snapshot:
        with self._reload:
            if self.current is not seen:  # another thread has just refreshed
                return self.current
            signature = self._location.signature()
            try:
                generation = self._location.read_manifest().generation
                if generation == seen.index.manifest.generation:
                    self.current = Snapshot(seen.index, seen.retriever, signature)
                else:
                    self.current = self._open()
            except StoreError as exc:  # gone or damaged on disk: keep answering from what is open
                print(f"reportqa: the index on disk cannot be re-opened ({exc}); answering from the one "
                      f"loaded", file=sys.stderr)
                self.current = Snapshot(seen.index, seen.retriever, signature)
            return self.current

    def ingest(self, paths: Sequence[Path | str], on_progress: Callable[[int, int, str], None] | None = None,
               *, replace: bool = False, on_wait: Callable[[str], None] | None = None) -> IngestResult:
        with self._write:
            result = library.ingest_files(self.settings, paths, progress=False, on_progress=on_progress,
                                          encoder=self.encoder, replace=replace, on_wait=on_wait)
            if result.changed:
                with self._reload:
                    self.current = self._open()
            return result

    def remove(self, report_id: str, on_wait: Callable[[str], None] | None = None) -> int:
        with self._write:
            count = library.remove(self.settings, report_id, on_wait=on_wait)
            with self._reload:
                self.current = self._open()
            return count
