"""A web app over the seed reports (and any extra report files) with the fake encoder: built in a
second, for tests that need a real server but not the real model."""
from __future__ import annotations

import socket
from pathlib import Path

from conftest import FakeEncoder, backend_settings

from assistant import library
from corpus.load import sample_paths
from ui.context import AppContext, SerialEncoder


def fake_context(index_dir: Path, extra: tuple[Path, ...] = (), backend: str = "embedded") -> AppContext:
    encoder = SerialEncoder(FakeEncoder())
    settings = backend_settings(backend, index_dir, model=encoder.name)
    library.ingest_files(settings, [*sample_paths(), *extra], progress=False, encoder=encoder)
    return AppContext.open(settings, encoder=encoder.inner)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
