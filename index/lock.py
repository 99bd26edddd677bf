"""One writer at a time per index folder, across processes: an fcntl lock on ``.<name>.lock`` beside it.

Ingest and remove hold it for their whole open → change → save, so two writers never both start
from the same index and lose each other's reports. A second writer waits (saying so once) or, with
``wait=False``, fails with ``IndexBusy``. Readers never take it: a save swaps whole folders, so a
reader sees the old index or the new one (index/store.py).

The lock is the open file description's (``flock``), so the kernel drops it when the process dies;
the lock file is never deleted (deleting it would let two writers lock two different files).
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from index.store import StoreError


class IndexBusy(StoreError):
    """Another process is changing the index and the caller chose not to wait."""


def lock_path(folder: Path) -> Path:
    folder = Path(folder)
    return folder.parent / f".{folder.name}.lock"


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (process {text})" if text.isdigit() else ""


@contextmanager
def writer_lock(folder: Path, *, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the index folder's writer lock for the block. ``on_wait(message)`` is called once if
    another process holds it and this one waits."""
    path = lock_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            message = f"the index at {folder} is being changed by another reportqa{_holder(fd)}"
            if not wait:
                raise IndexBusy(f"{message}; try again when it has finished, or wait for it "
                                f"(without --no-wait)") from None
            if on_wait:
                on_wait(f"{message}; waiting for it to finish…")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
