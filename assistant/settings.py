"""The one settings object, read once (defaults, then REPORTQA_* environment variables, then
command-line flags) and passed down. A misspelt setting is an error, not silently ignored."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator

from corpus.chunk import ChunkerSettings
from corpus.limits import IngestLimits
from index.encoders import DEFAULT_ENCODER

Mode = Literal["bm25", "dense", "hybrid"]

_ENV = {
    "REPORTQA_INDEX": "index_dir",
    "REPORTQA_MODEL": "model",
    "REPORTQA_THREADS": "threads",
    "REPORTQA_QUERY_THREADS": "query_threads",
    "REPORTQA_MODE": "mode",
    "REPORTQA_FUSION": "fusion",
    "REPORTQA_BACKEND": "backend",
    "REPORTQA_MILVUS_URI": "milvus_uri",
    "REPORTQA_MILVUS_TOKEN": "milvus_token",
    "REPORTQA_MILVUS_COLLECTION": "milvus_collection",
    "REPORTQA_MILVUS_INDEX": "milvus_dense_index",
}
_LIMITS_ENV = {
    "REPORTQA_MAX_FILE_MB": "max_file_mb",
    "REPORTQA_MAX_CHARS": "max_chars",
    "REPORTQA_SECONDS_PER_FILE": "seconds_per_file",
}
_LLM_ENV = {
    "REPORTQA_LLM_BASE_URL": "base_url",
    "REPORTQA_LLM_MODEL": "model",
    "REPORTQA_LLM_API_KEY": "api_key",
    "REPORTQA_LLM_TIMEOUT": "timeout",
}


def default_home() -> Path:
    return Path(os.environ.get("REPORTQA_HOME") or Path.home() / ".local" / "share" / "reportqa")


class LlmSettings(BaseModel):
    """An OpenAI-compatible chat endpoint that writes answer prose (optional)."""
    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: str = Field(description="e.g. http://127.0.0.1:8000/v1; /chat/completions is appended")
    model: str
    api_key: SecretStr = SecretStr("")
    timeout: float = Field(default=60.0, gt=0)


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    index_dir: Path = Field(default_factory=lambda: default_home() / "index")
    model: str = DEFAULT_ENCODER
    threads: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1,
                         description="threads for encoding a batch of passages at ingest")
    query_threads: int = Field(default=1, ge=1, description="threads for one question's encoding and vector "
                               "search: one is fastest for a single short text, and does not fight the rest "
                               "of the machine (reportqa bench measures both)")
    chunker: ChunkerSettings = Field(default_factory=ChunkerSettings)
    limits: IngestLimits = Field(default_factory=IngestLimits, description="what one file may cost to ingest")
    mode: Mode = "hybrid"
    top_k: int = Field(default=5, ge=1, le=100)
    candidates: int = Field(default=50, ge=1, description="hits taken from each retriever before fusion")
    fusion: Literal["weighted", "rrf", "engine-rrf", "engine-weighted"] = Field(
        default="weighted", description="weighted: min-max scores, BM25 at bm25_weight (measured best); rrf: "
        "reciprocal ranks; engine-*: fused by Milvus's own rankers (milvus backend only)")
    bm25_weight: float = Field(default=0.7, ge=0.0, le=1.0, description="weighted fusion: BM25's share")
    rrf_k: int = Field(default=60, ge=1)
    llm: LlmSettings | None = Field(default=None, description="answers are extractive without one")
    backend: Literal["embedded", "milvus"] = Field(
        default="embedded", description="embedded: FAISS + BM25 in the index folder; milvus: a Milvus server or "
                                        "Milvus Lite file (index/milvus.py)")
    milvus_uri: str | None = Field(default=None, description="http://host:19530, or a path ending in .db (Milvus Lite)")
    milvus_token: SecretStr = Field(default=SecretStr(""), description="'user:password' or an API key")
    milvus_collection: str | None = Field(
        default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,200}$",
        description="collection name prefix (default: reportqa_ and the index folder's name)")
    milvus_dense_index: Literal["FLAT", "HNSW", "IVF_FLAT", "IVF_SQ8"] = "FLAT"

    @model_validator(mode="after")
    def _milvus_needs_uri(self) -> "Settings":
        if self.backend == "milvus" and not self.milvus_uri:
            raise ValueError("the milvus backend needs --milvus-uri (http://host:19530 or a file ending in .db)")
        return self

    @property
    def is_default_index(self) -> bool:
        return self.index_dir == default_home() / "index"

    @classmethod
    def load(cls, **overrides) -> "Settings":
        """Defaults ← environment ← explicit overrides (None means 'not given')."""
        values: dict = {field: os.environ[var] for var, field in _ENV.items() if os.environ.get(var)}
        llm = {field: os.environ[var] for var, field in _LLM_ENV.items() if os.environ.get(var)}
        if llm:
            values["llm"] = llm
        limits = {field: os.environ[var] for var, field in _LIMITS_ENV.items() if os.environ.get(var)}
        if limits:
            values["limits"] = limits
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


__all__ = ["Settings", "LlmSettings", "IngestLimits", "Mode", "ValidationError", "default_home"]
