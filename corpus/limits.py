"""How much one file may cost to ingest: its size, the text it expands to, the time it takes.

A file over a limit is refused with the limit named (``ReadError``), before the expensive step:
the size is checked before reading, a DOCX's zip members before parsing, the text's length before
cleaning, and the time between stages (pages of a PDF, batches of chunks being encoded).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from corpus.errors import ReadError

MB = 1024 * 1024


class IngestLimits(BaseModel):
    """One file's limits; part of Settings (``Settings.limits``)."""
    model_config = ConfigDict(extra="forbid", frozen=True)

    max_file_mb: float = Field(default=20.0, gt=0, description="size of the file as stored")
    max_chars: int = Field(default=2_000_000, gt=0,
                           description="characters of text extracted (a long work report has 30,000–60,000)")
    max_unzipped_mb: float = Field(default=100.0, gt=0, description="DOCX: all zip members, uncompressed")
    max_zip_ratio: float = Field(default=100.0, gt=1,
                                 description="DOCX: uncompressed / compressed size of any member over 1 MB")
    seconds_per_file: float = Field(default=600.0, gt=0, description="reading, structuring, encoding one file")
    min_encoding_confidence: float = Field(default=0.95, ge=0, le=1,
                                           description="below it, a detected text encoding is warned about "
                                                       "(real reports read correctly score 0.99 or more)")

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * MB)


STAGES_ZH = {"reading": "读取", "structuring": "分析结构", "chunking": "分块", "encoding": "编码"}


@dataclass(frozen=True)
class Budget:
    """A deadline for one file, checked between steps (a step in progress is not interrupted)."""

    seconds: float
    deadline: float

    @classmethod
    def start(cls, seconds: float) -> "Budget":
        return cls(seconds, time.monotonic() + seconds)

    def check(self, path: Path | str, stage: str) -> None:
        """ReadError naming the limit once the deadline has passed; ``stage`` is a key of STAGES_ZH."""
        if time.monotonic() > self.deadline:
            raise ReadError(path, f"took longer than {self.seconds:g} s (limit seconds_per_file), stopped while {stage}",
                            zh=f"处理时间超过 {self.seconds:g} 秒的上限，在{STAGES_ZH.get(stage, stage)}时停止")
