"""BM25 over an inverted index held as numpy arrays (CSR: term → postings of row id and tf).

A query touches only the postings of its terms: the cost is the number of postings read, never a
loop over every chunk (rank_bm25's ``get_scores`` is). Adding and removing documents is done by
merging or filtering the posting arrays, so the rest of the index is not re-tokenized.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

import numpy as np

from index import npz
from index.grouped import top_per_group

K1 = 1.2
B = 0.75
# A filter admitting fewer rows than a term's postings over this factor is applied by looking its
# rows up in the postings (binary search) rather than reading every posting.
SPARSE_FILTER = 8
# A query reading more postings than the row ids over this factor has its scores summed in an
# array as long as the row ids, not by sorting the postings (both linear in what they read).
DENSE_SUM = 16
# A search for the k best over everything stops pruning (and scores every posting) once its
# candidates exceed this share of the documents: then lookups would cost more than reading.
PRUNED_MAX = 0.05


@dataclass
class BM25Index:
    terms: dict[str, int]  # term → term number (position in indptr)
    indptr: np.ndarray  # int64, len(terms) + 1
    postings: np.ndarray  # int64 row ids, grouped by term, sorted within a term
    tfs: np.ndarray  # float32 term frequency per posting
    doc_ids: np.ndarray  # int64 row ids of the documents, sorted
    doc_lens: np.ndarray  # float32 token counts, aligned with doc_ids

    @classmethod
    def empty(cls) -> "BM25Index":
        z = np.zeros(0, dtype=np.int64)
        return cls({}, np.zeros(1, dtype=np.int64), z, np.zeros(0, np.float32), z.copy(), np.zeros(0, np.float32))

    def __len__(self) -> int:
        return int(self.doc_ids.size)

    # ----- building -------------------------------------------------------------------------
    def _triples(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        term_of = np.repeat(np.arange(len(self.terms), dtype=np.int64), np.diff(self.indptr))
        return term_of, self.postings, self.tfs

    def _rebuild(self, terms: dict[str, int], term_of: np.ndarray, rows: np.ndarray, tfs: np.ndarray,
                 doc_ids: np.ndarray, doc_lens: np.ndarray) -> "BM25Index":
        order = np.lexsort((rows, term_of))
        term_of, rows, tfs = term_of[order], rows[order], tfs[order]
        counts = np.bincount(term_of, minlength=len(terms)) if term_of.size else np.zeros(len(terms), np.int64)
        used = counts > 0
        remap = np.cumsum(used) - 1
        kept_terms = {t: int(remap[i]) for t, i in terms.items() if used[i]}
        indptr = np.concatenate([[0], np.cumsum(counts[used])]).astype(np.int64)
        doc_order = np.argsort(doc_ids, kind="stable")
        return BM25Index(kept_terms, indptr, rows.astype(np.int64), tfs.astype(np.float32),
                         doc_ids[doc_order].astype(np.int64), doc_lens[doc_order].astype(np.float32))

    def add(self, row_ids: Sequence[int], token_lists: Sequence[Sequence[str]]) -> "BM25Index":
        """A new index with these documents added (their row ids must be new)."""
        terms = dict(self.terms)
        new_terms, new_rows, new_tfs = [], [], []
        for row, tokens in zip(row_ids, token_lists):
            for term, tf in Counter(tokens).items():
                new_terms.append(terms.setdefault(term, len(terms)))
                new_rows.append(row)
                new_tfs.append(tf)
        if self.doc_ids.size and len(row_ids) and min(row_ids) <= int(self.doc_ids[-1]):
            return self._merged(terms, new_terms, new_rows, new_tfs, row_ids, token_lists)
        return self._appended(terms, np.asarray(new_terms, dtype=np.int64), np.asarray(new_rows, dtype=np.int64),
                              np.asarray(new_tfs, dtype=np.float32), np.asarray(row_ids, dtype=np.int64),
                              np.asarray([len(t) for t in token_lists], dtype=np.float32))

    def _appended(self, terms: dict[str, int], new_terms: np.ndarray, new_rows: np.ndarray, new_tfs: np.ndarray,
                  doc_ids: np.ndarray, doc_lens: np.ndarray) -> "BM25Index":
        """Documents whose row ids all follow the index's: each term's new postings go after its
        old ones (already in row order), placed by offsets — no sort of the whole index."""
        order = np.lexsort((new_rows, new_terms))  # only the new postings
        new_terms, new_rows, new_tfs = new_terms[order], new_rows[order], new_tfs[order]
        n_terms = len(terms)
        old_counts = np.zeros(n_terms, dtype=np.int64)
        old_counts[: len(self.indptr) - 1] = np.diff(self.indptr)
        new_counts = np.bincount(new_terms, minlength=n_terms)
        indptr = np.concatenate([[0], np.cumsum(old_counts + new_counts)]).astype(np.int64)
        # each new posting goes at the end of its term's old block (a new term's block after all):
        # one pass copying the old arrays, not a scatter of every posting
        old_ends = np.concatenate([self.indptr[1:], np.full(n_terms - (len(self.indptr) - 1), self.indptr[-1])])
        at = old_ends[new_terms]
        postings = np.insert(np.asarray(self.postings), at, new_rows)
        tfs = np.insert(np.asarray(self.tfs), at, new_tfs)
        by_row = np.argsort(doc_ids, kind="stable")
        return BM25Index(terms, indptr, postings, tfs, np.concatenate([self.doc_ids, doc_ids[by_row]]),
                         np.concatenate([self.doc_lens, doc_lens[by_row]]))

    def extended(self, other: "BM25Index") -> "BM25Index":
        """This index with another's documents after its own (their rows all follow this one's)."""
        if len(other) and len(self) and int(other.doc_ids[0]) <= self.last_row():
            raise ValueError("the documents added must follow the index's rows")
        terms = dict(self.terms)
        numbers = np.asarray([terms.setdefault(t, len(terms)) for t in sorted(other.terms, key=other.terms.get)],
                             dtype=np.int64)
        term_of, rows, tfs = other._triples()
        return self._appended(terms, numbers[term_of] if term_of.size else term_of, np.asarray(rows, np.int64),
                              np.asarray(tfs, np.float32), np.asarray(other.doc_ids, np.int64),
                              np.asarray(other.doc_lens, np.float32))

    def _merged(self, terms, new_terms, new_rows, new_tfs, row_ids, token_lists) -> "BM25Index":
        term_of, rows, tfs = self._triples()
        return self._rebuild(
            terms,
            np.concatenate([term_of, np.asarray(new_terms, dtype=np.int64)]),
            np.concatenate([rows, np.asarray(new_rows, dtype=np.int64)]),
            np.concatenate([tfs, np.asarray(new_tfs, dtype=np.float32)]),
            np.concatenate([self.doc_ids, np.asarray(row_ids, dtype=np.int64)]),
            np.concatenate([self.doc_lens, np.asarray([len(t) for t in token_lists], dtype=np.float32)]),
        )

    def set_counts(self, names: Iterable[str], counts: Sequence[tuple[str, int, int]]) -> "BM25Index":
        """A new index in which the terms ``names`` have exactly the postings ``counts`` (term, row
        id, tf) — their old postings dropped — and the documents' lengths follow. The other terms'
        postings are copied as they are (their blocks dropped or appended, nothing sorted)."""
        names = set(names)
        if any(term not in names for term, _, _ in counts):
            raise ValueError("every counted term must be among the names whose postings are set")
        blocks = np.diff(self.indptr)
        keep_term = np.ones(blocks.size, dtype=bool)
        keep_term[[self.terms[t] for t in names if t in self.terms]] = False
        keep = np.repeat(keep_term, blocks)
        doc_lens = self.doc_lens.copy()
        np.subtract.at(doc_lens, np.searchsorted(self.doc_ids, self.postings[~keep]), self.tfs[~keep])
        remap = np.cumsum(keep_term) - 1
        terms = {t: int(remap[i]) for t, i in self.terms.items() if keep_term[i]}
        grouped: dict[str, list[tuple[int, int]]] = {}
        for term, row, tf in counts:
            grouped.setdefault(term, []).append((row, tf))
        new_rows, new_tfs, new_blocks = [], [], []
        for term, postings in grouped.items():
            terms[term] = len(terms)
            postings.sort()
            new_rows += [row for row, _ in postings]
            new_tfs += [tf for _, tf in postings]
            new_blocks.append(len(postings))
        new_rows = np.asarray(new_rows, dtype=np.int64)
        new_tfs = np.asarray(new_tfs, dtype=np.float32)
        np.add.at(doc_lens, np.searchsorted(self.doc_ids, new_rows), new_tfs)
        indptr = np.concatenate([[0], np.cumsum(np.concatenate([blocks[keep_term], new_blocks]))]).astype(np.int64)
        return BM25Index(terms, indptr, np.concatenate([self.postings[keep], new_rows]),
                         np.concatenate([self.tfs[keep], new_tfs]), self.doc_ids, doc_lens)

    def remove(self, row_ids: Sequence[int]) -> "BM25Index":
        """A new index without these documents: each term's postings filtered in place (they stay in
        row order), terms left with none dropped — no sort."""
        drop = np.asarray(row_ids, dtype=np.int64)
        keep = ~np.isin(self.postings, drop)
        kept_before = np.concatenate([[0], np.cumsum(keep)])
        counts = kept_before[self.indptr[1:]] - kept_before[self.indptr[:-1]]
        used = counts > 0
        remap = np.cumsum(used) - 1
        terms = {t: int(remap[i]) for t, i in self.terms.items() if used[i]}
        indptr = np.concatenate([[0], np.cumsum(counts[used])]).astype(np.int64)
        keep_docs = ~np.isin(self.doc_ids, drop)
        return BM25Index(terms, indptr, np.asarray(self.postings)[keep], np.asarray(self.tfs)[keep],
                         np.asarray(self.doc_ids)[keep_docs], np.asarray(self.doc_lens)[keep_docs])

    # ----- searching ------------------------------------------------------------------------
    @cached_property
    def _position(self) -> np.ndarray | None:
        """Row id → its place in ``doc_ids``, as an array when the row ids are dense enough (they
        are numbered in order, with gaps only where reports were removed)."""
        if not self.doc_ids.size or int(self.doc_ids[-1]) > 4 * self.doc_ids.size + 1024:
            return None
        position = np.full(int(self.doc_ids[-1]) + 1, -1, dtype=np.int64)
        position[self.doc_ids] = np.arange(self.doc_ids.size)
        return position

    def _positions(self, rows: np.ndarray) -> np.ndarray:
        """Where each (held) row is in ``doc_ids``: an array lookup, else a binary search."""
        position = self._position
        return position[rows] if position is not None else np.searchsorted(self.doc_ids, rows)

    @cached_property
    def total_length(self) -> float:
        """The documents' token counts summed (exact: whole numbers in float64, in any order)."""
        return float(np.sum(self.doc_lens, dtype=np.float64))

    def df(self, term: str) -> int:
        t = self.terms.get(term)
        return 0 if t is None else int(self.indptr[t + 1] - self.indptr[t])

    def held(self, term: str, rows: np.ndarray) -> int:
        """How many of these sorted rows hold the term (binary search in its postings, not a read)."""
        t = self.terms.get(term)
        if t is None or not rows.size:
            return 0
        block = self.postings[int(self.indptr[t]):int(self.indptr[t + 1])]
        if not block.size:
            return 0
        at = np.minimum(np.searchsorted(block, rows), block.size - 1)
        return int(np.count_nonzero(block[at] == rows))

    def block(self, term: str, allowed: np.ndarray | None) -> tuple[np.ndarray, np.ndarray] | None:
        """The term's postings (rows, tfs), or those of the ``allowed`` rows when a filter admits
        few rows against a long list (looked up in the sorted postings, ``SPARSE_FILTER``)."""
        t = self.terms.get(term)
        if t is None:
            return None
        lo, hi = int(self.indptr[t]), int(self.indptr[t + 1])
        rows, tf = self.postings[lo:hi], self.tfs[lo:hi]
        if allowed is not None and allowed.size * SPARSE_FILTER < hi - lo:
            at = np.minimum(np.searchsorted(rows, allowed), hi - lo - 1)
            held = at[rows[at] == allowed]
            rows, tf = rows[held], tf[held]
        return rows, tf

    def lengths(self, rows: np.ndarray) -> np.ndarray:
        return self.doc_lens[self._positions(rows)]

    def last_row(self) -> int:
        return int(self.doc_ids[-1]) if self.doc_ids.size else -1

    def idf(self, term: str) -> float:
        """BM25's inverse document frequency of a token; a token no chunk holds gets the highest."""
        return idf(len(self), self.df(term))

    def segments(self) -> list[tuple["BM25Index", np.ndarray | None]]:
        return [(self, None)]

    def scores(self, query_tokens: Sequence[str], allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(row ids, BM25 scores) of the documents holding a query token, rows ascending.
        ``allowed``: sorted row ids a filter admits, or None for all."""
        return score(self.segments(), query_tokens, allowed, len(self), self.total_length)

    def search(self, query_tokens: Sequence[str], k: int, allowed: np.ndarray | None = None
               ) -> list[tuple[int, float]]:
        return search(self, query_tokens, k, allowed)

    def search_groups(self, query_tokens: Sequence[str], k: int, groups: Sequence[np.ndarray]
                      ) -> list[list[tuple[int, float]]]:
        return search_groups(self, query_tokens, k, groups)

    # ----- persistence ----------------------------------------------------------------------
    def save(self, path: Path | BinaryIO, **extra: np.ndarray) -> None:
        """The arrays as one ``.npz`` (uncompressed, so ``load`` maps them), with any ``extra`` ones."""
        vocab = np.array(sorted(self.terms, key=self.terms.__getitem__), dtype=object)
        np.savez(path, vocab=vocab.astype(str), indptr=self.indptr, postings=self.postings,
                 tfs=self.tfs, doc_ids=self.doc_ids, doc_lens=self.doc_lens, **extra)

    @classmethod
    def load(cls, source: Path | BinaryIO) -> "BM25Index":
        """The arrays memory-mapped (index/npz.py): opening reads only the vocabulary, a search
        the postings of its terms."""
        if isinstance(source, (str, Path)):
            with open(source, "rb") as f:
                return cls.load(f)
        return cls.of(npz.load(source))

    @classmethod
    def of(cls, data) -> "BM25Index":
        """From the arrays ``save`` writes."""
        terms = {str(t): i for i, t in enumerate(data["vocab"].tolist())}
        return cls(terms, data["indptr"], data["postings"], data["tfs"], data["doc_ids"], data["doc_lens"])


def idf(n_docs: int, df: int) -> float:
    return float(_idf64(n_docs, df))


def _idf64(n_docs: int, df: int) -> np.float64:
    """In float64 for scoring: a Python float beside float32 term frequencies would score in float32."""
    return np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))


def _weights(segments: Sequence[tuple[BM25Index, np.ndarray | None]], query_tokens: Sequence[str],
             n_docs: int) -> list[tuple[str, int, np.float64]]:
    """(term, count in the query, idf) of each query term some live document holds, in query order."""
    out = []
    for term, qtf in Counter(query_tokens).items():
        df = sum(segment.df(term) - (segment.held(term, gone) if gone is not None and gone.size else 0)
                 for segment, gone in segments)
        if df:
            out.append((term, qtf, _idf64(n_docs, df)))
    return out


def _postings(segments, term: str, allowed: np.ndarray | None) -> list[tuple[BM25Index, np.ndarray, np.ndarray]]:
    """The term's (segment, rows, tfs) in each segment, without the segment's removed rows."""
    found = []
    for segment, gone in segments:
        block = segment.block(term, allowed)
        if block is None:
            continue
        rows, tf = block
        if gone is not None and gone.size:
            keep = ~np.isin(rows, gone)
            rows, tf = rows[keep], tf[keep]
        found.append((segment, rows, tf))
    return found


def _part(qtf: int, weight: np.float64, tf: np.ndarray, dl: np.ndarray, avgdl: float) -> np.ndarray:
    """One term's share of each document's score (the same arithmetic, in the same types, everywhere)."""
    return qtf * weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / avgdl))


def score(segments: Sequence[tuple[BM25Index, np.ndarray | None]], query_tokens: Sequence[str],
          allowed: np.ndarray | None, n_docs: int, total_length: float) -> tuple[np.ndarray, np.ndarray]:
    """(row ids, BM25 scores), rows ascending, over segments holding disjoint rows, each with the
    sorted rows removed from it since it was written (or None). Document frequencies, the number of
    documents and the mean length are those of the live documents of all segments, and each row's
    terms are added in query order: the same sums, bit for bit, as one index holding them all."""
    nothing = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
    if n_docs == 0:
        return nothing
    avgdl = total_length / n_docs or 1.0
    rows_parts, score_parts = [], []
    for term, qtf, weight in _weights(segments, query_tokens, n_docs):
        for segment, rows, tf in _postings(segments, term, allowed):
            rows_parts.append(rows)
            score_parts.append(_part(qtf, weight, tf, segment.lengths(rows), avgdl))
    if not rows_parts:
        return nothing
    rows = np.concatenate(rows_parts)
    scores = np.concatenate(score_parts)
    if allowed is not None and rows.size:
        mask = np.isin(rows, allowed)
        rows, scores = rows[mask], scores[mask]
    if rows.size == 0:
        return nothing
    if rows.size * DENSE_SUM > max(segment.last_row() for segment, _ in segments):
        # Many postings: summed into an array over the row ids (linear) instead of sorting them.
        # Either way each row's scores are added in the order of the postings: the same sums.
        present = np.bincount(rows)
        unique = np.flatnonzero(present)
        return unique, np.bincount(rows, weights=scores)[unique]
    unique, inverse = np.unique(rows, return_inverse=True)
    return unique, np.bincount(inverse, weights=scores)


def _totals(segments, weights, rows: np.ndarray, avgdl: float) -> np.ndarray:
    """The whole scores of these sorted rows: each term's postings looked up for them (a long list
    read whole is placed by an array from row to slot; a short one by binary search), the terms
    added in query order as ``score`` adds them."""
    totals = np.zeros(rows.size, dtype=np.float64)
    slot = None
    for term, qtf, weight in weights:
        for segment, found, tf in _postings(segments, term, rows):
            if found.size > rows.size:  # a long list read whole: its postings placed by an array lookup
                if slot is None:
                    slot = np.full(int(rows[-1]) + 1, -1, dtype=np.int32)
                    slot[rows] = np.arange(rows.size, dtype=np.int32)
                inside = found <= rows[-1]
                found, tf = found[inside], tf[inside]
                at = slot[found]
            else:
                at = np.searchsorted(rows, found).clip(max=rows.size - 1)
                at[rows[at] != found] = -1
            held = at >= 0
            totals[at[held]] += _part(qtf, weight, tf[held], segment.lengths(found[held]), avgdl)
    return totals


def top_pruned(segments, query_tokens: Sequence[str], k: int, n_docs: int, total_length: float
               ) -> tuple[np.ndarray, np.ndarray] | None:
    """The rows that can be among the k best and their scores, reading the long posting lists of
    common terms only by lookup (MaxScore, Turtle & Flood 1995). A term adds at most qtf·idf·(K1+1)
    to a score; terms are taken from the highest bound down, each one's documents scored whole, and
    once the k-th best score exceeds what the terms not yet taken could add together, no other
    document can reach the k best. The rows kept hold the k best with their exact scores (the
    same sums as ``score``). None when the candidates grow past ``PRUNED_MAX`` of the index: then
    reading everything is cheaper."""
    weights = _weights(segments, query_tokens, n_docs)
    if not weights:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
    if len(weights) == 1:  # one term: every document holding it is a candidate
        return None
    avgdl = total_length / n_docs or 1.0
    bounds = [qtf * float(weight) * (K1 + 1) for _, qtf, weight in weights]
    order = sorted(range(len(weights)), key=lambda i: -bounds[i])
    rest = np.cumsum([bounds[i] for i in order][::-1])[::-1]  # what the terms from each step on add at most
    rows, totals = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
    for step, i in enumerate(order):
        if totals.size >= k and -np.partition(-totals, k - 1)[k - 1] > rest[step] * (1 + 1e-9):
            break
        if rows.size + sum(segment.df(weights[i][0]) for segment, _ in segments) > PRUNED_MAX * n_docs:
            return None  # known from the term's list length, before reading it
        parts = [found for _, found, _ in _postings(segments, weights[i][0], None)]
        found = np.sort(np.concatenate(parts)) if len(parts) > 1 else parts[0] if parts else rows[:0]
        new = found[~np.isin(found, rows, kind="table")] if rows.size else found
        rows = np.concatenate([rows, new])
        totals = np.concatenate([totals, _totals(segments, weights, new, avgdl)])
    order = np.argsort(rows, kind="stable")
    return rows[order], totals[order]


def informative(index, query_tokens: Sequence[str], share: float) -> list[str]:
    """The query tokens held by at most ``share`` of the documents, in order (the rarest one when
    every token is more common): the words that tell documents apart, for a first search that only
    has to find where to look. At a million chunks 「年」, 「工作」 or 「建设」 each read hundreds of
    thousands of postings and move no document ahead of another."""
    df = {t: index.df(t) for t in set(query_tokens)}
    held = [t for t in query_tokens if df[t]]
    kept = [t for t in held if df[t] <= share * len(index)]
    return kept or ([min(held, key=df.get)] if held else [])


def search(index, query_tokens: Sequence[str], k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
    """Top-k (row id, score) of an index with ``scores``. ``allowed``: sorted row ids a filter
    admits, or None for all (then pruned: ``top_pruned``; the same list)."""
    if k <= 0:
        return []
    found = top_pruned(index.segments(), query_tokens, k, len(index), index.total_length) \
        if allowed is None and len(index) else None
    rows, totals = found if found is not None else index.scores(query_tokens, allowed)
    top = top_k(totals, k)
    return [(int(rows[i]), float(totals[i])) for i in top]


def search_groups(index, query_tokens: Sequence[str], k: int, groups: Sequence[np.ndarray]
                  ) -> list[list[tuple[int, float]]]:
    """``search`` limited to each group of rows (disjoint, each sorted), from one scoring of the
    postings: the same lists as one search per group, for the cost of one."""
    if k <= 0 or not groups:
        return [[] for _ in groups]
    admitted = sum(g.size for g in groups)
    # groups holding a small part of the index (one district's reports) are looked up in the
    # postings (``SPARSE_FILTER``), not found among every posting's scores
    allowed = np.sort(np.concatenate(groups)) if admitted * SPARSE_FILTER < len(index) else None
    rows, totals = index.scores(query_tokens, allowed)
    return top_per_group(rows, totals, groups, k)


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k highest scores, highest first, ties in position order — what a stable
    sort of every score gives, from a partition when there are many."""
    if scores.size <= 4 * k:
        return np.argsort(-scores, kind="stable")[:k]
    bound = np.partition(-scores, k - 1)[k - 1]
    candidates = np.flatnonzero(-scores <= bound)  # the k best and any tied with the k-th
    return candidates[np.argsort(-scores[candidates], kind="stable")[:k]]
