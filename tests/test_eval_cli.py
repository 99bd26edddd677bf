"""`reportqa eval` end to end with the real default encoder: table, files, and the CI gate."""
import json

import pytest

from eval.gold import load_gold, sample_gold_path, to_line
from ui.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture
def gold(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTQA_HOME", str(tmp_path / "home"))
    wanted = {"pt-01", "zj-01", "m-01", "f-01", "u-02"}
    path = tmp_path / "small.jsonl"
    path.write_text("\n".join(to_line(i) for i in load_gold(sample_gold_path()) if i.id in wanted), encoding="utf-8")
    return path


def test_all_modes_side_by_side_with_both_files(gold, tmp_path, capsys, backend):
    out = tmp_path / "out"
    on = ["--backend", "milvus", "--milvus-uri", str(tmp_path / "m.db")] if backend == "milvus" else []
    assert main(["eval", str(gold), "--mode", "all", "--out", str(out), "--quiet", *on]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["bm25", "dense", "hybrid"]
    assert "recall@10" in table and "citation precision" in table
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    hybrid = [r for r in results["results"] if r["mode"] == "hybrid"]
    assert {r["id"]: r["passed"] for r in hybrid} == dict.fromkeys(["pt-01", "zj-01", "m-01", "f-01", "u-02"], True)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 2 and "没有未通过的问题" in page


def test_min_accuracy_fails_the_command_when_not_met(gold, tmp_path, capsys):
    assert main(["eval", str(gold), "--mode", "dense", "--out", str(tmp_path / "o"), "--quiet",
                 "--min-accuracy", "1.01"]) == 1
    assert "below --min-accuracy 1.01" in capsys.readouterr().err


def test_bad_gold_file_is_one_message_per_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    assert main(["eval", str(bad), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert "line 1: type: missing field" in err and "line 2: not valid JSON" in err
    assert not (tmp_path / "o").exists()
