"""What the retriever and the answerer ask of an index, whichever engine holds it.

Two implementations: ``index.store.ReportIndex`` (embedded: FAISS + numpy BM25 in an index
folder, the default) and ``index.milvus.MilvusIndex`` (a Milvus server or a Milvus Lite file).
The answerer never knows which one it talks to: it lists reports, reads the manifest, fetches
chunks by row id and searches with a filter given as report ids (regions and years are resolved to
report ids from the reports' metadata by ``assistant.retrieve.Filters``).

Where an index lives — how it is opened, created, saved and locked — is its ``IndexLocation``.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from corpus.chunk import ChunkerSettings
from corpus.models import Chunk, Report

if TYPE_CHECKING:  # index.store imports nothing of this module; only type checkers read these
    from index.store import Manifest
    from index.tokenize import Tokenizer

Ranked = list[tuple[int, float]]  # (row id, score), best first


class IndexBackend(Protocol):
    backend: str  # "embedded" | "milvus"
    manifest: Manifest
    reports: Mapping[str, Report]
    tokenizer: Tokenizer  # how questions are read into words

    def add_report(self, report: Report, chunks: list[Chunk], vectors: np.ndarray, *,
                   learn_terms: bool = True) -> None: ...

    def remove_report(self, report_id: str) -> int: ...

    def learn_terms(self) -> None: ...

    def fetch(self, rows: Sequence[int]) -> dict[int, Chunk]:
        """The chunks of these rows (one round trip for a remote engine)."""

    def idf(self, term: str) -> float:
        """BM25's inverse document frequency of a token over the whole index."""

    def search_bm25(self, query: str, k: int, report_ids: Sequence[str] | None = None, *,
                    common: float | None = None) -> Ranked:
        """The k best chunks by BM25 over the reports given (None: all). ``common``: leave out the
        words held by more than this share of the chunks (``index.bm25.informative``), where the
        backend reads the words itself."""

    def search_dense(self, vector: np.ndarray, k: int, report_ids: Sequence[str] | None = None) -> Ranked: ...

    def search_bm25_each(self, query: str, k: int, report_ids: Sequence[str]) -> list[Ranked]:
        """Each report's k best chunks: what one ``search_bm25`` per report gives, in one request."""

    def search_dense_each(self, vector: np.ndarray, k: int, report_ids: Sequence[str]) -> list[Ranked]: ...


class IndexLocation(Protocol):
    """Where an index lives. ``folder`` is local in every case: the writer lock, the kept original
    files (``<folder>.originals``) and the ingest log are beside it."""

    folder: Path

    def exists(self) -> bool: ...

    def read_manifest(self) -> Manifest: ...

    def signature(self) -> object:
        """Changes whenever a save changes the index (cheap: checked before every question)."""

    def open(self, encoder_name: str | None = None) -> IndexBackend: ...

    def create(self, encoder_name: str, dim: int, chunker: ChunkerSettings) -> IndexBackend: ...

    def save(self, index: IndexBackend) -> None:
        """Make the index's changes durable. The caller holds ``lock()``."""

    def recover(self) -> None:
        """Finish or undo what a crashed writer left. The caller holds ``lock()``."""

    def lock(self, *, wait: bool = True, on_wait=None) -> AbstractContextManager: ...
