"""FAISS inner-product search over normalized vectors, rows keyed by the chunk's row id.

Index type by size: exact ``IndexFlatIP`` up to ``FLAT_MAX`` vectors (exact, and at that size a
query still takes about a millisecond); above it ``IndexIVFFlat`` with ~4·√n lists of which an
eighth are probed (``nprobe``), trained on the vectors present when the size crosses the threshold
and retrained when it has grown fourfold since. The flat index sits in an ``IndexIDMap2``; the IVF
index keeps the row ids itself (hash-table direct map), so adding and removing one report touches
only its rows.

A written IVF index is not changed in place: rows added since it was written are kept beside it
(``added_rows``/``added``, scored exactly) and rows removed are listed (``gone``), so a save
links ``dense.faiss`` into the next generation and writes only ``dense.delta.npz``; once either
exceeds ``MERGE_SHARE`` of the written index, the next save merges them into it
(index/bm25_segments.py does the same for BM25).
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import faiss
import numpy as np

from index.bm25_segments import MERGE_SHARE  # one share for both deltas (read by needs_merge)
from index.grouped import top_per_group


FLAT_MAX = 50_000
NPROBE = 16  # at least this many lists are probed
# …and at least this share of them. Measured at 109k chunks (984 lists, 40 questions, recall@10
# against exact search, one thread): nprobe 16 → 0.908 (0.2 ms), 64 → 0.943, 128 → 0.972
# (1.7 ms), 256 → 0.997 (3.3 ms). An eighth (123 here) keeps recall ≥ 0.95 at a few ms.
PROBED_SHARE = 8


# A filtered search scores the admitted rows exactly, up to this many: the IVF index probes only
# some lists, and a report's rows are mostly in others (with 16 probed, a one-report search
# returned about one hit of eight at 163k chunks); the flat index would scan every row. Above it,
# the filter goes into the FAISS search.
EXACT_FILTERED_MAX = 20_000
DELTA_FILE = "dense.delta.npz"


def nprobe_for(nlist: int) -> int:
    return min(nlist, max(NPROBE, nlist // PROBED_SHARE))


def _products(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Each row's inner product with the query, summed the same way whatever the number of rows
    (BLAS blocks by matrix size, so one report's rows scored alone or among all reports' could
    differ in the last bit and reorder ties); on 12k rows it is also faster than BLAS here."""
    return np.einsum("ij,j->i", vectors, query)


def use_threads(threads: int) -> None:
    """FAISS's OpenMP threads (process-wide). One question's search is fastest on one: on these 2
    cores a 12k-vector flat search took p50 0.6 ms on one thread and 5.5 ms on two with the machine
    busy (``reportqa bench`` measures both)."""
    faiss.omp_set_num_threads(threads)


@dataclass
class DenseIndex:
    dim: int
    index: faiss.Index
    kind: str  # "flat" | "ivf"
    trained_at: int = 0  # ntotal when the IVF quantizer was trained
    mapped: bool = False  # IVF lists memory-mapped from the file (read-only until ``_own``)
    written: bool = False  # ``index`` is the file it was read from, unchanged (a save links it)
    added_rows: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # sorted
    added: np.ndarray | None = None  # their vectors (IVF only: a flat index takes rows in)
    gone: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))  # sorted, removed from ``index``

    @classmethod
    def empty(cls, dim: int) -> "DenseIndex":
        return cls(dim, faiss.IndexIDMap2(faiss.IndexFlatIP(dim)), "flat")

    def __len__(self) -> int:
        return int(self.index.ntotal) - int(self.gone.size) + int(self.added_rows.size)

    def _all(self) -> tuple[np.ndarray, np.ndarray]:
        """Every row id and its vector."""
        if self.kind == "ivf":
            ids = np.setdiff1d(_ivf_ids(self.index), self.gone)
            vectors = self.index.reconstruct_batch(ids) if ids.size else np.zeros((0, self.dim), np.float32)
            if self.added_rows.size:
                ids, vectors = np.concatenate([ids, self.added_rows]), np.concatenate([vectors, self.added])
        else:
            ids = faiss.vector_to_array(self.index.id_map).astype(np.int64)
            vectors = self.index.index.reconstruct_n(0, self.index.ntotal) if ids.size else \
                np.zeros((0, self.dim), np.float32)
        return ids, np.asarray(vectors, dtype=np.float32)

    def export(self) -> tuple[np.ndarray, np.ndarray]:
        """Every (row id, vector) held, for copying the index elsewhere without encoding again."""
        return self._all()

    def _retype(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        n = len(ids)
        self.written = False
        if n <= FLAT_MAX:
            base = faiss.IndexFlatIP(self.dim)
            self.kind, self.trained_at = "flat", 0
        else:
            nlist = int(4 * np.sqrt(n))
            base = _ivf(faiss.IndexFlatIP(self.dim), self.dim, nlist)
            base.train(vectors)
            self.kind, self.trained_at = "ivf", n
        # A flat index renumbers its rows on removal, so an IDMap2 keeps the row ids; an IVF index
        # stores the row ids itself, and its hash-table direct map reads and removes by id.
        self.index = faiss.IndexIDMap2(base) if self.kind == "flat" else base
        if n:
            self.index.add_with_ids(vectors, ids)

    def _own(self) -> None:
        """Before a change to ``index`` or writing it: a mapped index's lists copied into memory."""
        self.written = False
        if self.mapped:
            self.index = _in_memory(self.index)
            self.mapped = False

    def add(self, row_ids: np.ndarray, vectors: np.ndarray) -> None:
        if vectors.shape[0] == 0:
            return
        if vectors.shape[1] != self.dim:
            raise ValueError(f"vectors have dimension {vectors.shape[1]}, the index {self.dim}")
        row_ids = np.asarray(row_ids, dtype=np.int64)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        total = len(self) + len(row_ids)
        needs_ivf = self.kind == "flat" and total > FLAT_MAX
        outgrown = self.kind == "ivf" and total > 4 * self.trained_at
        if needs_ivf or outgrown:
            ids, old = self._all()
            self._clear_delta()
            self._retype(np.concatenate([ids, row_ids]), np.concatenate([old, vectors]))
        elif self.kind == "ivf":
            if self.added_rows.size and row_ids.min() <= self.added_rows[-1]:
                raise ValueError("rows added to an index are numbered after every row it holds")
            self.added_rows = np.concatenate([self.added_rows, row_ids])
            self.added = vectors if self.added is None else np.concatenate([self.added, vectors])
        else:
            self._own()
            self.index.add_with_ids(vectors, row_ids)

    def remove(self, row_ids: np.ndarray) -> None:
        rows = np.asarray(row_ids, dtype=np.int64)
        if self.kind == "ivf":
            kept = ~np.isin(self.added_rows, rows)
            self.gone = np.union1d(self.gone, rows[~np.isin(rows, self.added_rows)]).astype(np.int64)
            self.added_rows, self.added = self.added_rows[kept], self.added[kept] if self.added is not None else None
            if len(self) <= FLAT_MAX // 2:
                ids, vectors = self._all()
                self._clear_delta()
                self._retype(ids, vectors)
        elif rows.size:
            self._own()
            self.index.remove_ids(rows)

    def _clear_delta(self) -> None:
        self.added_rows, self.added, self.gone = np.empty(0, np.int64), None, np.empty(0, np.int64)

    def needs_merge(self) -> bool:
        limit = MERGE_SHARE * self.index.ntotal
        return self.added_rows.size > limit or self.gone.size > limit

    def merge(self) -> None:
        """The added rows put into the IVF index and the removed ones taken out of it."""
        if not (self.added_rows.size or self.gone.size):
            return
        self._own()
        if self.gone.size:
            self.index.remove_ids(self.gone)
        if self.added_rows.size:
            self.index.add_with_ids(self.added, self.added_rows)
        self._clear_delta()

    def _vectors(self, rows: np.ndarray) -> np.ndarray:
        """The vectors of these rows, from the IVF index or from those added since it was written."""
        if not self.added_rows.size:
            return self.index.reconstruct_batch(rows)
        at = np.minimum(np.searchsorted(self.added_rows, rows), self.added_rows.size - 1)
        late = self.added_rows[at] == rows
        out = np.empty((rows.size, self.dim), dtype=np.float32)
        if late.any():
            out[late] = self.added[at[late]]
        if (~late).any():
            out[~late] = self.index.reconstruct_batch(rows[~late])
        return out

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        if len(self) == 0 or k <= 0:
            return []
        query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        k = min(k, len(self))
        if allowed is not None:
            if allowed.size == 0:
                return []
            if self._scored_directly(allowed.size):
                return self._exact(query[0], k, allowed)
        if not (self.added_rows.size or self.gone.size):
            return self._searched(query, k, allowed)
        # the written index searched without the rows removed from it, the added rows scored
        late = np.isin(allowed, self.added_rows) if allowed is not None else None
        found = (self._searched(query, k, None, excluded=self.gone) if late is None
                 else self._searched(query, k, allowed[~late]))  # a filter admits no removed row
        if self.added_rows.size:
            rows = self.added_rows if late is None else allowed[late]
            scores = _products(self._vectors(rows), query[0])
            found += [(int(r), float(s)) for r, s in zip(rows, scores)]
        found.sort(key=lambda hit: -hit[1])
        return found[:k]

    def _searched(self, query: np.ndarray, k: int, allowed: np.ndarray | None,
                  excluded: np.ndarray | None = None) -> list[tuple[int, float]]:
        """FAISS's search of ``index``, limited to the ``allowed`` rows, or without the ``excluded``
        ones, by a selector."""
        params = None
        if allowed is not None and not allowed.size:
            return []
        if allowed is not None or (excluded is not None and excluded.size):
            listed = faiss.IDSelectorBatch((allowed if allowed is not None else excluded).astype(np.int64))
            selector = listed if allowed is not None else faiss.IDSelectorNot(listed)
            params = (faiss.SearchParametersIVF(sel=selector, nprobe=faiss.extract_index_ivf(self.index).nprobe)
                      if self.kind == "ivf"
                      else faiss.SearchParameters(sel=selector))
        scores, ids = self.index.search(query, k, params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def _scored_directly(self, size: int) -> bool:
        """A search limited to ``size`` rows scores them directly: exact on IVF, where the probed
        lists may miss them, and on the flat index cheaper than a scan of every row."""
        return size <= EXACT_FILTERED_MAX and (self.kind == "ivf" or 4 * size < len(self))

    def search_groups(self, query: np.ndarray, k: int, groups: Sequence[np.ndarray]) -> list[list[tuple[int, float]]]:
        """``search`` limited to each group of rows (disjoint, each sorted): the groups scored
        directly share one product of their vectors with the query; the others are searched."""
        if len(self) == 0 or k <= 0:
            return [[] for _ in groups]
        k = min(k, len(self))
        query = np.ascontiguousarray(query.reshape(-1), dtype=np.float32)
        direct = [i for i, g in enumerate(groups) if g.size and self._scored_directly(g.size)]
        searched = set(range(len(groups))) - set(direct)
        out = [self.search(query, k, g) if i in searched else [] for i, g in enumerate(groups)]
        if direct and sum(groups[i].size for i in direct) <= EXACT_FILTERED_MAX:
            rows = np.concatenate([groups[i] for i in direct]).astype(np.int64)
            scores = _products(self._vectors(rows), query)
            order = np.argsort(rows, kind="stable")
            for i, found in zip(direct, top_per_group(rows[order], scores[order], [groups[i] for i in direct], k)):
                out[i] = found
        else:
            for i in direct:
                out[i] = self._exact(query, k, groups[i])
        return out

    def _exact(self, query: np.ndarray, k: int, rows: np.ndarray) -> list[tuple[int, float]]:
        """Inner products with exactly these rows (their vectors read through the direct map)."""
        rows = np.asarray(rows, dtype=np.int64)
        scores = _products(self._vectors(rows), query)
        top = np.argsort(-scores, kind="stable")[:k]
        return [(int(rows[i]), float(scores[i])) for i in top]

    def save(self, path: Path) -> None:
        """The index with everything added and removed: one file, no delta."""
        self.merge()
        self.save_written(path)

    def save_written(self, path: Path) -> None:
        """``index`` alone (the delta goes to ``save_delta``)."""
        self._own()
        faiss.write_index(self.index, str(path))

    def save_delta(self, path: Path | BinaryIO) -> None:
        added = self.added if self.added is not None else np.zeros((0, self.dim), np.float32)
        np.savez(path, added_rows=self.added_rows, added=added, gone=self.gone)

    def with_delta(self, source: BinaryIO) -> "DenseIndex":
        """Rows added and removed since ``index`` was written, as ``save_delta`` wrote them."""
        with np.load(source, allow_pickle=False) as data:
            self.added_rows, self.gone = data["added_rows"].astype(np.int64), data["gone"].astype(np.int64)
            self.added = np.ascontiguousarray(data["added"], dtype=np.float32) if self.added_rows.size else None
        if self.added is not None and self.added.shape != (self.added_rows.size, self.dim):
            raise ValueError(f"{DELTA_FILE} holds vectors of shape {self.added.shape}")
        return self

    @classmethod
    def load(cls, source: Path | BinaryIO, dim: int, kind: str, trained_at: int) -> "DenseIndex":
        """From a path, or a binary file already open (index/store.py opens all of a folder's files
        first). An IVF index's lists are memory-mapped (opening reads the centroids and the row-id
        map; a search reads the lists it probes); the flat index, at most ``FLAT_MAX`` vectors, is read."""
        mapped = kind == "ivf" and _mappable(source)
        if mapped:
            path = str(source) if isinstance(source, (str, Path)) else f"/proc/self/fd/{source.fileno()}"
            index = faiss.read_index(path, faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY)
            mapped = not isinstance(index, faiss.IndexIDMap2)  # saved the old way: converted in memory
            if not mapped:
                index = faiss.read_index(path)
        elif isinstance(source, (str, Path)):
            index = faiss.read_index(str(source))
        else:
            index = faiss.read_index(faiss.PyCallbackIOReader(source.read))
        if index.d != dim:
            raise ValueError(f"dense.faiss holds vectors of dimension {index.d}, the manifest says {dim}")
        converted = kind == "ivf" and isinstance(index, faiss.IndexIDMap2)
        if kind == "ivf":
            index = _bare_ivf(index)
        return cls(dim, index, kind, trained_at, mapped, written=not converted)


def _mappable(source) -> bool:
    if isinstance(source, (str, Path)):
        return True
    try:
        return os.path.exists(f"/proc/self/fd/{source.fileno()}")
    except (AttributeError, OSError, ValueError):
        return False


def _in_memory(mapped: faiss.Index) -> faiss.Index:
    """The same IVF index with its lists copied from the map into memory (list by list, in order,
    so the row-id map's (list, offset) entries stay true)."""
    ivf = faiss.extract_index_ivf(mapped)
    source = ivf.invlists
    lists = faiss.ArrayInvertedLists(ivf.nlist, ivf.code_size)
    for n in range(ivf.nlist):
        size = source.list_size(n)
        if size:
            lists.add_entries(n, size, source.get_ids(n), source.get_codes(n))
    ivf.replace_invlists(lists, True)
    lists.this.disown()  # the IVF index frees its lists
    return mapped


def _ivf(quantizer: faiss.Index, dim: int, nlist: int) -> faiss.IndexIVFFlat:
    ivf = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
    ivf.nprobe = nprobe_for(nlist)
    ivf.set_direct_map_type(faiss.DirectMap.Hashtable)
    ivf.own_fields = True
    quantizer.this.disown()  # the IVF index frees its quantizer
    return ivf


def _ivf_ids(ivf: faiss.Index) -> np.ndarray:
    """The row ids an IVF index holds (stored in its inverted lists)."""
    lists = faiss.extract_index_ivf(ivf).invlists
    parts = [faiss.rev_swig_ptr(lists.get_ids(n), lists.list_size(n)).copy()
             for n in range(lists.nlist) if lists.list_size(n)]
    return np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.empty(0, dtype=np.int64)


def _bare_ivf(index: faiss.Index) -> faiss.Index:
    """An IVF index as this version keeps it. Indexes saved before it wrapped the IVF in an IDMap2
    (whose removal assumed renumbered rows) with an array direct map (which cannot remove): their
    vectors move to an IVF index with the same trained centroids, keyed by row id."""
    if not isinstance(index, faiss.IndexIDMap2):
        ivf = faiss.extract_index_ivf(index)
        ivf.nprobe = nprobe_for(ivf.nlist)
        return index
    old = faiss.extract_index_ivf(index)
    ids = faiss.vector_to_array(index.id_map).astype(np.int64)
    vectors = index.index.reconstruct_n(0, index.ntotal) if ids.size else np.zeros((0, index.d), np.float32)
    ivf = _ivf(faiss.clone_index(old.quantizer), index.d, old.nlist)
    ivf.is_trained = True
    if ids.size:
        ivf.add_with_ids(np.asarray(vectors, dtype=np.float32), ids)
    return ivf
