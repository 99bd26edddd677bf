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


BACKENDS = ["embedded", "milvus"]


def location(backend: str, folder: Path):
    """Where a test's index lives on ``backend``: the folder itself, or a Milvus Lite file beside it."""
    if backend == "embedded":
        from index.folder import FolderLocation

        return FolderLocation(folder)
    from index.milvus import MilvusConfig, MilvusLocation

    return MilvusLocation(MilvusConfig(uri=str(folder.parent / f"{folder.name}-milvus.db"),
                                       collection="t_" + folder.name.replace("-", "_")), folder)


def build_index(backend: str, paths, folder: Path, encoder, chunker: ChunkerSettings = ChunkerSettings()):
    """The opened index of these report files on ``backend``."""
    where = location(backend, folder)
    ingest(paths, where, encoder, chunker, progress=False)
    return where.open()


def asker(tmp_path_factory, file_name: str, text: str):
    """Ask questions (BM25) of one report written for a test, indexed from a file of that name."""
    return reports_asker(tmp_path_factory, [(file_name, text)])


def reports_index(tmp_path_factory, reports):
    """The opened (embedded) index of reports written for a test, given as (file name, text) pairs."""
    folder = tmp_path_factory.mktemp("report")
    paths = []
    for file_name, text in reports:
        path = folder / file_name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return build_index("embedded", paths, tmp_path_factory.mktemp("index") / "index", FakeEncoder())


def reports_asker(tmp_path_factory, reports):
    """Ask questions (BM25) of reports written for a test, given as (file name, text) pairs."""
    return index_asker(reports_index(tmp_path_factory, reports))


def says(answer, text: str) -> bool:
    """An answer, not an abstention, whose text holds ``text``."""
    return not answer.abstained and text in answer.text


def index_asker(index):
    """Ask questions (BM25) of an opened index, for a test that also reads the index itself."""
    from assistant.answer import answer_question
    from assistant.retrieve import Retriever

    retriever = Retriever(index, encoder_factory=FakeEncoder)
    return lambda question: answer_question(question, index, retriever, mode="bm25")


def backend_settings(backend: str, folder: Path, **more):
    """Settings for an index at ``folder`` on ``backend`` (Milvus Lite in a file beside it)."""
    from assistant.settings import Settings

    if backend == "embedded":
        return Settings(index_dir=folder, **more)
    return Settings(index_dir=folder, backend="milvus", milvus_uri=str(folder.parent / f"{folder.name}-milvus.db"),
                    **more)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    """Each test taking it runs on the embedded index and on Milvus (Milvus Lite)."""
    return request.param
