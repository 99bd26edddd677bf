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
