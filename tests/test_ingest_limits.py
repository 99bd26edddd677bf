"""What one file may cost, and one bad file in a batch (issue 11: a 1.6 MB DOCX zip bomb took the
server past 4 GB; a 200 MB .txt to 5 GB; a DOCX with malformed XML aborted its whole batch)."""
import zipfile

import pytest

from corpus.chunk import ChunkerSettings
from corpus.limits import IngestLimits
from corpus.read import ReadError, read_document
from index import build
from index.build import IngestOptions, ingest
from index.store import open_index
from make_fixtures import make_docx


def _bomb(path, megabytes=16):
    """A well-formed DOCX whose document.xml is ``megabytes`` of one repeated character: a few
    dozen kilobytes on disk."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b"a" * (megabytes << 20) + b"</w:document>")
    return path


def test_a_zip_bomb_docx_is_refused_before_it_is_inflated(tmp_path):
    path = _bomb(tmp_path / "bomb.docx")
    assert path.stat().st_size < 1 << 20
    with pytest.raises(ReadError, match=r"word/document.xml expands [\d,]+ times.*max_zip_ratio") as err:
        read_document(path)
    assert "压缩炸弹" in err.value.zh


def test_a_docx_unpacking_past_the_limit_is_refused(tmp_path, putuo_path):
    path = make_docx(putuo_path, tmp_path / "putuo.docx")
    with pytest.raises(ReadError, match=r"unpacks to \d+ KB, over the limit of 0.01 MB \(max_unzipped_mb\)"):
        read_document(path, limits=IngestLimits(max_unzipped_mb=0.01))


def test_an_over_size_text_file_is_refused_without_reading_it(tmp_path):
    """Sparse: 8 GB long, nothing on disk; reading it whole would exhaust memory."""
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(8 << 30)
    with pytest.raises(ReadError, match=r"8192.0 MB, over the limit of 20 MB \(max_file_mb\)") as err:
        read_document(path)
    assert "超过每个文件 20 MB 的上限" in err.value.zh


def test_text_over_the_character_limit_is_refused(tmp_path, putuo_path):
    with pytest.raises(ReadError, match=r"over the limit of 1,000 \(max_chars\)"):
        read_document(putuo_path, limits=IngestLimits(max_chars=1000))


def test_a_file_over_its_time_budget_fails_naming_the_limit(tmp_path, putuo_path, zjg_path, fake_encoder):
    result = ingest([putuo_path], tmp_path / "index", fake_encoder, ChunkerSettings(), progress=False,
                    options=IngestOptions(limits=IngestLimits(seconds_per_file=1e-9)))
    (failure,) = result.failed
    assert "seconds_per_file" in failure.reason and "处理时间超过" in failure.zh


def test_a_malformed_docx_fails_alone_and_the_good_file_goes_in(tmp_path, putuo_path, zjg_path, fake_encoder):
    good = make_docx(putuo_path, tmp_path / "good.docx")
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    bomb = _bomb(tmp_path / "bomb.docx")
    result = ingest([bad, bomb, zjg_path], tmp_path / "index", fake_encoder, ChunkerSettings(), progress=False)
    assert result.added == ["zhangjiagang-2020"]
    reasons = {f.name: f.reason for f in result.failed}
    assert reasons["bad.docx"].startswith("not a valid .docx file (XMLSyntaxError")
    assert reasons["bomb.docx"].startswith("the .docx member word/document.xml expands")
    assert set(open_index(tmp_path / "index").reports) == {"zhangjiagang-2020"}


def test_an_unexpected_error_is_one_line_with_its_traceback_in_the_log(tmp_path, putuo_path, zjg_path,
                                                                       fake_encoder, monkeypatch):
    real = build.chunk_report

    def chunk_or_fail(report, settings):
        if report.id == "putuo-2024":
            raise IndexError("list index out of range")
        return real(report, settings)

    monkeypatch.setattr(build, "chunk_report", chunk_or_fail)
    result = ingest([putuo_path, zjg_path], tmp_path / "index", fake_encoder, ChunkerSettings(), progress=False)
    assert result.added == ["zhangjiagang-2020"]
    (failure,) = result.failed
    log = tmp_path / "reportqa.log"
    assert failure.reason == f"unexpected error, IndexError: list index out of range (traceback in {log})"
    assert "程序出错" in failure.zh and str(log) in failure.zh and "\n" not in failure.reason
    assert "IndexError" not in failure.zh  # the app says it in plain words; the log has the type
    text = log.read_text(encoding="utf-8")
    assert "ingest putuo-2024.txt" in text and "Traceback" in text and "chunk_or_fail" in text
