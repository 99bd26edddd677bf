"""`reportqa ingest` and `remove` as typed, with the fake encoder: what a user sees when names
collide, a file is over a limit, or another process is changing the index."""
import pytest

from assistant import library
from index.lock import writer_lock
from ui.cli import main


@pytest.fixture
def index(tmp_path, monkeypatch, fake_encoder, putuo_path):
    monkeypatch.setattr(library, "encoder_for", lambda settings: fake_encoder)
    monkeypatch.setenv("REPORTQA_MODEL", fake_encoder.name)
    folder = tmp_path / "index"
    assert main(["ingest", str(putuo_path), "--index", str(folder), "--quiet"]) == 0
    return folder


def test_a_same_named_file_is_added_beside_with_both_named(index, tmp_path, putuo_path, capsys):
    capsys.readouterr()
    other = tmp_path / "other" / putuo_path.name
    other.parent.mkdir()
    other.write_text(putuo_path.read_text(encoding="utf-8").replace("2628件", "2700件"), encoding="utf-8")
    assert main(["ingest", str(other), "--index", str(index), "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("added     putuo-2024-") and "(putuo-2024.txt)" in out
    assert "warning   putuo-2024.txt: report putuo-2024 「" in err and "kept both" in err and "--replace" in err
    assert main(["ingest", str(other), "--index", str(index), "--quiet", "--replace"]) == 0
    assert capsys.readouterr().out.startswith("unchanged putuo-2024-")  # its content is in already


def test_an_over_limit_file_is_skipped_with_the_limit_named(index, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REPORTQA_MAX_FILE_MB", "0.001")
    big = tmp_path / "big.txt"
    big.write_text("区政府：\n\n一、工作\n\n" + "推进依法行政。" * 400, encoding="utf-8")
    assert main(["ingest", str(big), "--index", str(index), "--quiet"]) == 1
    assert "skipped   big.txt: the file is 9 KB, over the limit of 0.001 MB (max_file_mb)" in capsys.readouterr().err


def test_no_wait_fails_in_one_line_while_another_writer_works(index, zjg_path, capsys):
    capsys.readouterr()
    with writer_lock(index):
        assert main(["ingest", str(zjg_path), "--index", str(index), "--quiet", "--no-wait"]) == 1
        assert main(["remove", "putuo-2024", "--index", str(index), "--no-wait"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("reportqa: error: the index at ") for line in err)
    assert "is being changed by another reportqa" in err[0] and "without --no-wait" in err[0]
    assert main(["remove", "putuo-2024", "--index", str(index)]) == 0
