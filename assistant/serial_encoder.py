"""One encoder shared by threads: one call at a time, passages in small batches, questions first.

A question asked while a report is being ingested waits for the batch being encoded, not the
report: the web app and the reliability bench share their encoder this way."""
from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from index.encoders import Encoder

ENCODE_BATCH = 32  # passages encoded per turn: a question waits at most this long


@dataclass
class SerialEncoder:
    """An encoder used by one thread at a time: two browsers asking at once share one model.
    Passages are encoded ``batch_size`` at a time, and a waiting question goes before the next batch."""

    inner: Encoder
    batch_size: int = ENCODE_BATCH
    _turn: threading.Condition = field(default_factory=threading.Condition, repr=False)
    _busy: bool = field(default=False, repr=False)
    _questions_waiting: int = field(default=0, repr=False)

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    def encode(self, texts: Sequence[str], kind: str = "passage") -> np.ndarray:
        texts = list(texts)
        if kind == "query" or len(texts) <= self.batch_size:
            return self._encode(texts, kind)
        parts = [self._encode(texts[i:i + self.batch_size], kind) for i in range(0, len(texts), self.batch_size)]
        return np.concatenate(parts)

    def _encode(self, texts: list[str], kind: str) -> np.ndarray:
        question = kind == "query"
        with self._turn:
            self._questions_waiting += question
            try:
                while self._busy or (not question and self._questions_waiting):
                    self._turn.wait()
            finally:
                self._questions_waiting -= question
            self._busy = True
        try:
            return self.inner.encode(texts, kind=kind)
        finally:
            with self._turn:
                self._busy = False
                self._turn.notify_all()
