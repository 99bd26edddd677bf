"""Word vectors fitted on the indexed reports themselves: positive pointwise mutual information of
words seen within a few words of each other, reduced by a truncated SVD (Levy & Goldberg's
PPMI-SVD). They tell the reports' own near-synonyms apart from chance: in the Shenzhen reports
治水 lies near 水污染 and 治污, 地铁 near 轨道交通, 群众 near 市民 and 百姓 — what a sentence encoder
trained elsewhere reads poorly in these texts.

Fitted by the writer when the index is saved (``save_index``), kept beside the index's data as
``words.npz``, and fitted again only when the count of chunks has moved by ``REFIT_SHARE`` since:
a vector fitted a few reports ago still says what a word is near, and a word it never saw has no
vector (it adds nothing). An index too small for the statistics to mean anything gets none.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np

FILE = "words.npz"
WINDOW = 5  # words either side counted as seen together
LEAST = 3  # times a word must occur to get a vector
DIMS = 200  # the SVD's rank
SMOOTHING = 0.75  # context counts raised to this power (rare contexts weigh less)
FEWEST_WORDS = 1000  # below this many words seen often enough, no vectors: the statistics say little
REFIT_SHARE = 0.1  # the share of chunks added or removed since the fit that calls for a new one
MOST_CHUNKS = 50_000  # a larger index is fitted on every n-th report, about this many chunks' worth


@dataclass(frozen=True)
class WordVectors:
    words: tuple[str, ...]
    vectors: np.ndarray  # one unit row per word
    weights: np.ndarray  # each word's IDF over the texts fitted on
    fitted_on: int  # the index's chunk count when fitted

    def __post_init__(self):
        object.__setattr__(self, "_row", {w: n for n, w in enumerate(self.words)})

    def of(self, tokens: Iterable[str]) -> np.ndarray | None:
        """The IDF-weighted mean of the tokens' vectors, unit length; None when none has one."""
        rows = [self._row[t] for t in tokens if t in self._row]
        if not rows:
            return None
        mean = self.weights[rows] @ self.vectors[rows]
        norm = float(np.linalg.norm(mean))
        return mean / norm if norm else None

    def similarity(self, a: Iterable[str], b: Iterable[str]) -> float:
        """Cosine of two bags of tokens (0.0 when either has no known word)."""
        va, vb = self.of(a), self.of(b)
        return 0.0 if va is None or vb is None else float(va @ vb)


def fit(texts: Iterable[Sequence[str]], fitted_on: int, *, seed: int = 0, fewest: int | None = None) -> WordVectors:
    """Vectors for the words of tokenized ``texts`` (paragraphs, headings); none at all when too few
    words (``fewest``) occur often enough."""
    import scipy.sparse as sparse

    texts = [list(t) for t in texts]
    counts = Counter(t for text in texts for t in text)
    words = tuple(sorted(w for w, c in counts.items() if c >= LEAST and not w.isdigit()))
    if len(words) < (FEWEST_WORDS if fewest is None else fewest):
        return none(fitted_on)
    row = {w: n for n, w in enumerate(words)}
    n = len(words)
    # the texts end to end, ``WINDOW`` gaps (-1) between them so no window spans two: one pass per
    # distance, each counted into the sparse matrix at once (memory of one distance's pairs, not all)
    ids = np.array([i for text in texts for i in [*(row.get(t, -1) for t in text), *[-1] * WINDOW]], np.int32)
    together = sparse.csr_matrix((n, n), dtype=np.float64)
    for shift in range(1, WINDOW + 1):
        a, b = ids[:-shift], ids[shift:]
        keep = (a >= 0) & (b >= 0) & (a != b)
        a, b = a[keep], b[keep]
        pairs = sparse.coo_matrix((np.ones(2 * len(a)), (np.concatenate([a, b]), np.concatenate([b, a]))),
                                  shape=(n, n))
        together = together + pairs.tocsr()
    together = together.tocoo()
    total = together.data.sum()
    word_p = np.asarray(together.sum(axis=1)).ravel() / total
    context = np.asarray(together.sum(axis=0)).ravel() ** SMOOTHING
    context_p = context / context.sum()
    pmi = np.log((together.data / total) / (word_p[together.row] * context_p[together.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (together.row[keep], together.col[keep])), shape=(n, n))
    u, s = _truncated_svd(ppmi, min(DIMS, n - 1), seed)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    docs = Counter(t for text in texts for t in set(text))
    weights = np.array([np.log(len(texts) / docs[w]) for w in words])
    return WordVectors(words=words, vectors=vectors.astype(np.float32), weights=weights.astype(np.float32),
                       fitted_on=fitted_on)


def _truncated_svd(matrix, rank: int, seed: int, power: int = 4, extra: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """The leading ``rank`` left singular vectors and values of a sparse matrix (Halko, Martinsson
    and Tropp's randomized range finder with power iterations, normalised by LU between them as
    scikit-learn does; seeded, so one corpus gives one fit)."""
    from scipy.linalg import lu

    rng = np.random.default_rng(seed)
    q = matrix @ rng.standard_normal((matrix.shape[1], rank + extra))
    for _ in range(power):
        q = lu(q, permute_l=True)[0]
        q = lu(matrix.T @ q, permute_l=True)[0]
        q = matrix @ q
    q = np.linalg.qr(q)[0]
    u, s, _ = np.linalg.svd((matrix.T @ q).T, full_matrices=False)
    return (q @ u)[:, :rank], s[:rank]


def none(fitted_on: int) -> WordVectors:
    """No vectors: an index too small for them (fitted again when it has grown)."""
    return WordVectors(words=(), vectors=np.zeros((0, DIMS), np.float32), weights=np.zeros(0, np.float32),
                       fitted_on=fitted_on)


def texts_of(reports: Mapping, chunks: int, tokenize) -> list[list[str]]:
    """What the vectors are fitted on: the paragraphs and headings of the reports (id → report), of
    every n-th one when the index holds more than ``MOST_CHUNKS`` chunks (a word's company is known
    long before a million chunks: fitted on all, the counts would fill gigabytes), tokenized."""
    every = max(1, -(-chunks // MOST_CHUNKS))
    texts = []
    for report_id in list(reports)[::every]:  # read once each: an index reads its reports on demand
        report = reports[report_id]
        texts += [tokenize(report.text[p.start:p.end]) for p in report.paragraphs]
        texts += [tokenize(s.path[-1]) for s in report.sections]
    return texts


def stale(vectors: WordVectors | None, chunks: int) -> bool:
    """Whether the index has moved far enough from the vectors' fit (or has none) to fit again."""
    return vectors is None or abs(chunks - vectors.fitted_on) > REFIT_SHARE * max(vectors.fitted_on, 1)


def save(vectors: WordVectors, path) -> None:
    with open(path, "wb") as out:
        np.savez(out, words=np.array(vectors.words), vectors=vectors.vectors, weights=vectors.weights,
                 fitted_on=np.array(vectors.fitted_on))


def load(file: BinaryIO) -> WordVectors:
    data = np.load(file, allow_pickle=False)
    return WordVectors(words=tuple(str(w) for w in data["words"]), vectors=data["vectors"], weights=data["weights"],
                       fitted_on=int(data["fitted_on"]))
