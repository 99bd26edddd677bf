"""What one running web app holds: its settings, the open index, and a lock for changing it.

Asking reads a snapshot (the index and retriever current when the question arrived); ingest and
remove take the lock, write the index folder, and swap in the re-opened index. Sessions never
share anything else: chat history lives in each browser's own gr.State.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant import library
from assistant.retrieve import Retriever
from assistant.settings import Settings
from index.build import IngestResult
from index.encoders import Encoder
from index.store import ReportIndex


@dataclass
class SerialEncoder:
    """An encoder used by one thread at a time: two browsers asking at once share one model."""

    inner: Encoder
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    def encode(self, texts: Sequence[str], kind: str = "passage") -> np.ndarray:
        with self._lock:
            return self.inner.encode(texts, kind=kind)


@dataclass
class AppContext:
    settings: Settings
    encoder: SerialEncoder
    index: ReportIndex
    retriever: Retriever
    _write: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def open(cls, settings: Settings) -> "AppContext":
        encoder = SerialEncoder(library.encoder_for(settings))
        if not (settings.index_dir / "manifest.json").exists():
            library.ingest_files(settings, [], progress=False, encoder=encoder)  # sample index on first use
        index = library.load_index(settings)
        return cls(settings, encoder, index, library.retriever_for(index, settings, encoder=encoder))

    def snapshot(self) -> tuple[ReportIndex, Retriever]:
        return self.index, self.retriever

    def _reload(self) -> None:
        index = library.load_index(self.settings)
        self.index, self.retriever = index, library.retriever_for(index, self.settings, encoder=self.encoder)

    def ingest(self, paths: Sequence[Path | str], on_progress: Callable[[int, int, str], None] | None = None
               ) -> IngestResult:
        with self._write:
            result = library.ingest_files(self.settings, paths, progress=False, on_progress=on_progress,
                                          encoder=self.encoder)
            if result.changed:
                self._reload()
            return result

    def remove(self, report_id: str) -> int:
        with self._write:
            count = library.remove(self.settings, report_id)
            self._reload()
            return count
