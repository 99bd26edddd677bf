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
