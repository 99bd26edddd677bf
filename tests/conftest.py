"""Shared fixtures: the bundled seed reports, a deterministic fake encoder, small indexes."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from corpus.chunk import ChunkerSettings  # noqa: E402
from corpus.load import load_report, sample_paths  # noqa: E402
from index.build import ingest  # noqa: E402

SAMPLES = {p.stem: p for p in sample_paths()}


class FakeEncoder:
    """Hashed character bigrams: deterministic, instant, and similar texts get similar vectors."""

    def __init__(self, name: str = "fake-bigram", dim: int = 64):
        self.name, self.dim = name, dim

    def encode(self, texts, kind="passage"):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for a, b in zip(text, text[1:]):
                h = int.from_bytes(hashlib.md5((a + b).encode()).digest()[:4], "little")
                out[row, h % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


@pytest.fixture(scope="session")
def putuo_path() -> Path:
    return SAMPLES["putuo-2024"]


@pytest.fixture(scope="session")
def zjg_path() -> Path:
    return SAMPLES["zhangjiagang-2020"]


@pytest.fixture(scope="session")
def putuo(putuo_path):
    return load_report(putuo_path)


@pytest.fixture(scope="session")
def zjg(zjg_path):
    return load_report(zjg_path)


@pytest.fixture
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture
def sample_index(tmp_path, fake_encoder) -> Path:
    folder = tmp_path / "index"
    ingest(sample_paths(), folder, fake_encoder, ChunkerSettings(), progress=False)
    return folder


SHARED = Path(__import__("os").environ.get("REPORTQA_SHARED") or Path(__file__).resolve().parents[2] / "shared")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The real corpora kept beside the clone (../shared), never copied into the repository.
    CI has them; elsewhere their tests are skipped with the reason, unless REPORTQA_REQUIRE_SHARED
    says they must run."""
    if not (SHARED / "corpus-gov").is_dir():
        message = f"the shared corpora are not at {SHARED} (set REPORTQA_SHARED)"
        if __import__("os").environ.get("REPORTQA_REQUIRE_SHARED"):
            pytest.fail(message)
        pytest.skip(message)
    return SHARED
