"""BM25 as a written base segment, the documents added since, and the base's documents removed since.

Rewriting ``bm25.npz`` on every change costs time in proportion to the whole index (8 s of a 21 s
one-report add at a million chunks). As in Lucene, the written segment stays as it is: a save
links its file into the next generation and writes only ``bm25.delta.npz`` — the added documents'
postings (a small index of their own) and the removed base rows. Search scores both segments with
the statistics of the live documents together (index/bm25.py's ``score``), so the result is the
same, bit for bit, as one index holding them. When the delta or the removals grow past
``MERGE_SHARE`` of the base, or a learnt term changes the base's postings, the next save writes
one merged base again.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

import numpy as np

from index import bm25 as bm25_module
from index import npz
from index.bm25 import BM25Index

DELTA_FILE = "bm25.delta.npz"
# The next save merges the segments once the added documents or the removed ones exceed this
# share of the base: the delta stays small enough to rewrite whole at every save, and a merge
# (a rewrite of everything) comes once per that much growth.
MERGE_SHARE = 0.125


@dataclass
class SegmentedBM25:
    base: BM25Index
    delta: BM25Index
    gone: np.ndarray  # sorted base rows removed since the base was written
    base_written: bool = False  # the base is the file it was read from (a save links it)

    @classmethod
    def of(cls, index: BM25Index) -> "SegmentedBM25":
        """One index as a base to be written."""
        return cls(index, BM25Index.empty(), np.empty(0, dtype=np.int64))

    @classmethod
    def empty(cls) -> "SegmentedBM25":
        return cls.of(BM25Index.empty())

    def __len__(self) -> int:
        return len(self.base) - int(self.gone.size) + len(self.delta)

    def has_term(self, term: str) -> bool:
        """Whether either segment holds the term (a removed document's may linger until a merge)."""
        return term in self.base.terms or term in self.delta.terms

    @cached_property
    def total_length(self) -> float:
        gone = float(np.sum(self.base.lengths(self.gone), dtype=np.float64)) if self.gone.size else 0.0
        return self.base.total_length - gone + self.delta.total_length

    def segments(self) -> list[tuple[BM25Index, np.ndarray | None]]:
        return [(self.base, self.gone), (self.delta, None)]

    # ----- changes ----------------------------------------------------------------------------
    def add(self, row_ids: Sequence[int], token_lists: Sequence[Sequence[str]]) -> "SegmentedBM25":
        if len(row_ids) and len(self.base) and min(row_ids) <= self.base.last_row():
            raise ValueError("rows added to an index are numbered after every row it holds")
        return SegmentedBM25(self.base, self.delta.add(row_ids, token_lists), self.gone, self.base_written)

    def remove(self, row_ids: Sequence[int]) -> "SegmentedBM25":
        rows = np.asarray(row_ids, dtype=np.int64)
        in_base = rows[rows <= self.base.last_row()]
        gone = np.union1d(self.gone, in_base).astype(np.int64)
        delta = self.delta.remove(rows[rows > self.base.last_row()]) if len(self.delta) else self.delta
        return SegmentedBM25(self.base, delta, gone, self.base_written)

    def set_counts(self, names: Iterable[str], counts: Sequence[tuple[str, int, int]], *,
                   base_too: bool = True) -> "SegmentedBM25":
        """index/bm25.py's ``set_counts``. Terms found only in added documents change the delta, as
        does any change with ``base_too=False`` (the base's postings of ``names`` are left as
        written); any other change is made on the merged index (the next save writes it)."""
        names = set(names)
        base_end = self.base.last_row()
        if not base_too:
            counts = [c for c in counts if c[1] > base_end]
        elif not (all(row > base_end for _, row, _ in counts) and not names & self.base.terms.keys()):
            return SegmentedBM25.of(self.merged().set_counts(names, counts))
        return SegmentedBM25(self.base, self.delta.set_counts(names, counts), self.gone, self.base_written)

    def needs_merge(self) -> bool:
        limit = MERGE_SHARE * len(self.base)
        return len(self.delta) > limit or self.gone.size > limit

    def merged(self) -> BM25Index:
        """One index holding the live documents of both segments."""
        base = self.base.remove(self.gone) if self.gone.size else self.base
        return base.extended(self.delta) if len(self.delta) else base

    # ----- search -----------------------------------------------------------------------------
    def df(self, term: str) -> int:
        return self.base.df(term) - self.base.held(term, self.gone) + self.delta.df(term)

    def idf(self, term: str) -> float:
        return bm25_module.idf(len(self), self.df(term))

    def scores(self, query_tokens: Sequence[str], allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        return bm25_module.score(self.segments(), query_tokens, allowed, len(self), self.total_length)

    def search(self, query_tokens: Sequence[str], k: int, allowed: np.ndarray | None = None
               ) -> list[tuple[int, float]]:
        return bm25_module.search(self, query_tokens, k, allowed)

    def search_groups(self, query_tokens: Sequence[str], k: int, groups: Sequence[np.ndarray]
                      ) -> list[list[tuple[int, float]]]:
        return bm25_module.search_groups(self, query_tokens, k, groups)

    # ----- persistence ------------------------------------------------------------------------
    def save_delta(self, path: Path) -> None:
        self.delta.save(path, gone=self.gone)

    @classmethod
    def load(cls, base: BinaryIO, delta: BinaryIO | None) -> "SegmentedBM25":
        """The base memory-mapped; the delta (absent in indexes saved before it existed) read."""
        written = BM25Index.load(base)
        if delta is None:
            return cls(written, BM25Index.empty(), np.empty(0, dtype=np.int64), True)
        data = npz.load(delta, mapped=False)
        return cls(written, BM25Index.of(data), data["gone"].astype(np.int64), True)
