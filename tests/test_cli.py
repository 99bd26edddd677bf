"""The CLI end to end with the real default encoder (USE v3): what a user types and sees."""
import json

import pytest

from ui.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTQA_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_search_builds_the_sample_index_and_ranks_the_permit_count_first(home, capsys):
    assert main(["search", "普陀区作出了多少件卫生行政许可", "-k", "3"]) == 0
    first = capsys.readouterr().out.split("\n\n")[0]
    assert "作出卫生行政许可2628件" in first
    assert "一、2024年主要举措和成效 › （一）基本情况 · 第2段" in first
    assert (home / "index" / "manifest.json").exists()


def test_bm25_search_for_zhangjiagang_cases(home, capsys):
    assert main(["search", "张家港查处无证行医案件", "--mode", "bm25", "-k", "1"]) == 0
    assert "立案查处无证行医案件22起" in capsys.readouterr().out


def test_reports_lists_metadata(home, capsys):
    assert main(["reports"]) == 0
    out = capsys.readouterr().out
    assert "普卫健审监〔2024〕2号" in out and "张卫健法制〔2021〕1号" in out and "江苏省 › 苏州市 › 张家港市" in out


def test_bad_files_give_messages_not_tracebacks_and_keep_the_index(home, tmp_path, capsys):
    main(["reports"])
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "bin.txt"), str(tmp_path / "empty.md"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "bin.txt: this is a binary file" in err and "empty.md: the file is empty" in err
    assert "Traceback" not in err
    manifest = json.loads((home / "index" / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["reports"]) == {"putuo-2024", "zhangjiagang-2020"}


def test_remove_unknown_report_is_one_line(home, capsys):
    main(["reports"])
    capsys.readouterr()
    assert main(["remove", "no-such-report"]) == 1
    assert capsys.readouterr().err.strip() == (
        "reportqa: error: no report 'no-such-report' in the index; 'reportqa reports' lists them")


def test_model_mismatch_names_both_encoders(home, capsys):
    main(["reports"])
    assert main(["search", "许可", "--model", "BAAI/bge-small-zh-v1.5"]) == 1
    err = capsys.readouterr().err
    assert "built with encoder 'use-multilingual-v3'" in err and "BAAI/bge-small-zh-v1.5" in err


def test_unloadable_model_says_it_will_not_download(tmp_path, capsys):
    assert main(["ingest", "x.txt", "--index", str(tmp_path / "i"), "--model", "no-such/model-xyz"]) == 1
    assert "without a download" in capsys.readouterr().err
