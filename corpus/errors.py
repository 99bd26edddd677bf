"""What reading a file can say: a refusal (ReadError) or a warning (Notice), each in English for
the command line and in Chinese for the web app."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ReadError(Exception):
    """A file that cannot be read as a report; ``str()`` is a one-line message, ``zh`` the reason in
    Chinese (the English reason when none is given)."""

    def __init__(self, path: Path | str, reason: str, zh: str = ""):
        self.path = Path(path)
        self.reason = reason
        self.zh = zh or reason
        super().__init__(f"{self.path.name}: {reason}")


@dataclass(frozen=True)
class Notice:
    """A warning about one file that was still read, e.g. a text encoding guessed with low confidence."""

    name: str  # the file
    text: str
    zh: str
