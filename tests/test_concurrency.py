"""Writers and readers of one index folder at once: nothing lost, nothing half-read, nothing deleted
that another process is still writing (issue 11: two ingests both said 「added」 and one report was gone)."""
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from corpus.chunk import ChunkerSettings
from index.build import IngestOptions, ingest, remove_report
from index.lock import IndexBusy, writer_lock
from index.store import open_index, read_manifest

REPO = Path(__file__).resolve().parents[1]

# Each child loads everything, says it is ready, waits for the go, then ingests with an encoder slow
# enough (0.5 s a call) that the two ingests overlap for certain.
CHILD = """
import pathlib, sys, time
sys.path[:0] = [{repo!r}, {tests!r}]
from conftest import FakeEncoder
from corpus.chunk import ChunkerSettings
from index.build import ingest

class SlowEncoder(FakeEncoder):
    def encode(self, texts, kind="passage"):
        time.sleep(0.5)
        return super().encode(texts, kind)

folder, report, ready, go = sys.argv[1:5]
pathlib.Path(ready).touch()
while not pathlib.Path(go).exists():
    time.sleep(0.005)
result = ingest([report], folder, SlowEncoder(), ChunkerSettings(), progress=False,
                on_wait=lambda message: print("WAITED", message, flush=True))
print("ADDED", *result.added, flush=True)
"""


def _wait_for(paths, seconds=120):
    deadline = time.monotonic() + seconds
    while not all(p.exists() for p in paths):
        assert time.monotonic() < deadline, "the child processes did not start"
        time.sleep(0.02)


def test_two_processes_ingesting_into_one_index_keep_both_reports(tmp_path, putuo_path, zjg_path):
    folder = tmp_path / "index"
    code = CHILD.format(repo=str(REPO), tests=str(REPO / "tests"))
    go = tmp_path / "go"
    ready = [tmp_path / "ready-1", tmp_path / "ready-2"]
    children = [subprocess.Popen([sys.executable, "-c", code, str(folder), str(report), str(flag), str(go)],
                                 cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for report, flag in ((putuo_path, ready[0]), (zjg_path, ready[1]))]
    try:
        _wait_for(ready)
        go.touch()
        outputs = [child.communicate(timeout=180) for child in children]
    finally:
        for child in children:
            child.kill()
    assert [child.returncode for child in children] == [0, 0], [err for _, err in outputs]
    out = "".join(o for o, _ in outputs)
    assert "ADDED putuo-2024" in out and "ADDED zhangjiagang-2020" in out
    assert set(open_index(folder).reports) == {"putuo-2024", "zhangjiagang-2020"}
    assert read_manifest(folder).generation == 2
    assert out.count("WAITED") == 1 and "being changed by another reportqa" in out


def test_a_writer_that_will_not_wait_fails_clearly(sample_index, zjg_path, fake_encoder):
    with writer_lock(sample_index):  # as another process would hold it: flock is per open file
        with pytest.raises(IndexBusy, match="being changed by another reportqa"):
            ingest([zjg_path], sample_index, fake_encoder, ChunkerSettings(), progress=False,
                   options=IngestOptions(wait=False))
        with pytest.raises(IndexBusy):
            remove_report(sample_index, "putuo-2024", wait=False)
    assert set(open_index(sample_index).reports) == {"putuo-2024", "zhangjiagang-2020"}


def test_a_reader_looping_during_saves_never_fails_and_never_breaks_a_save(sample_index, zjg_path, fake_encoder):
    """Before: opening an index ran recovery, deleting the temporary folder of a save in progress."""
    stop = threading.Event()
    errors: list[BaseException] = []
    generations: set[int] = set()

    def read():
        while not stop.is_set():
            try:
                generations.add(open_index(sample_index).manifest.generation)
            except BaseException as exc:  # noqa: BLE001 - any error of a reader fails the test
                errors.append(exc)
                return

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for _ in range(6):
            assert remove_report(sample_index, "zhangjiagang-2020") > 0
            assert ingest([zjg_path], sample_index, fake_encoder, ChunkerSettings(), progress=False).added
    finally:
        stop.set()
        reader.join()
    assert errors == []
    assert len(generations) >= 2  # the reader did read while the saves went on
    assert set(open_index(sample_index).reports) == {"putuo-2024", "zhangjiagang-2020"}


def test_a_reader_leaves_another_writers_temporary_folder_alone(sample_index):
    """A save in progress elsewhere (its temporary folder half-written) survives readers opening the index;
    only the next writer, holding the lock, clears what a dead writer left."""
    in_progress = sample_index.parent / ".index.tmp-99999-1"
    in_progress.mkdir()
    (in_progress / "reports.jsonl").write_text("", encoding="utf-8")
    open_index(sample_index)
    read_manifest(sample_index)
    assert in_progress.exists()
    remove_report(sample_index, "zhangjiagang-2020")
    assert not in_progress.exists()
