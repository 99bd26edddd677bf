"""Errors are shown as errors and their text stays text: a file name from a user's disk can hold
markup."""
from ui import messages


def test_an_error_is_an_alert_naming_the_file():
    box = messages.error("无法读取的 PDF 文件", file="年度报告.pdf")
    assert box.startswith('<div class="rq-msg rq-error" role="alert">') and "<b>年度报告.pdf</b>" in box


def test_markup_in_a_file_name_or_reason_is_escaped():
    box = messages.error("<script>x</script>", file="<img src=x>.txt")
    assert "<script>" not in box and "<img" not in box and "&lt;img src=x&gt;.txt" in box


def test_a_message_of_several_lines_stays_one_block():
    assert "\n" not in messages.warning("第一行\n\n第三行")


def test_upload_results_keep_report_titles_as_text():
    """A report title comes from the file: markup in it must not become the page's."""
    from index.build import Failure, IngestResult
    from ui.reports_tab import result_lines

    result = IngestResult(added=["evil"], titles={"evil": "<img src=x>报告"},
                          failed=[Failure("<b>坏</b>.pdf", "not a readable PDF", "无法读取的 PDF 文件")])
    lines = result_lines(result)
    assert "<img" not in "".join(lines) and "<b>坏" not in "".join(lines)
    assert 'rq-ok' in lines[0] and 'rq-error" role="alert"' in lines[1]


def test_a_damaged_docx_is_refused_in_plain_chinese(tmp_path):
    """The app's reason names no exception type (issue 12: 「not a readable PDF (PdfminerException…)」)."""
    from corpus.errors import ReadError
    from corpus.read import read_document

    bad = tmp_path / "坏文件.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    try:
        read_document(bad)
    except ReadError as exc:
        assert exc.zh.startswith("不是有效的 Word")
        assert not any(c.isascii() and c.isalpha() for c in exc.zh.replace("Word", "").replace("docx", ""))
    else:
        raise AssertionError("a damaged .docx was read")
