import pytest

from corpus.chunk import ChunkerSettings, chunk_report
from corpus.load import load_report
from corpus.read import ReadError, read_document
from make_fixtures import make_docx, make_pdf, make_text_less_pdf


def chunk_texts(report):
    return [c.text for c in chunk_report(report, ChunkerSettings())]


def test_gbk_file_reads_like_utf8(tmp_path, putuo_path, putuo):
    gbk = tmp_path / "putuo-2024.txt"
    gbk.write_bytes(putuo_path.read_text(encoding="utf-8").encode("gbk"))
    assert load_report(gbk).text == putuo.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_read_like_utf8(tmp_path, putuo_path, putuo, encoding):
    """Word's 「Unicode text」 is UTF-16 with a BOM: full of zero bytes, yet text, not binary."""
    path = tmp_path / "putuo-2024.txt"
    data = putuo_path.read_text(encoding="utf-8").encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    assert load_report(path).text == putuo.text


def test_utf8_bom_is_dropped(tmp_path, putuo_path, putuo):
    bom = tmp_path / "putuo-2024.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + putuo_path.read_bytes())
    assert load_report(bom).text == putuo.text


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\n \n", "empty"),
    ("image.txt", bytes(range(256)) * 20, "binary"),
    ("report.xlsx", b"PK\x03\x04 something", "unsupported file type '.xlsx'"),
    ("broken.docx", b"not a zip at all", "not a valid .docx"),
    ("broken.pdf", b"%PDF-1.4 garbage", "not a readable PDF"),
])
def test_bad_input_gives_one_clear_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert reason in str(err.value) and str(err.value).startswith(name)


def test_pdf_without_text_layer_is_refused(tmp_path):
    path = make_text_less_pdf(tmp_path / "scan.pdf")
    with pytest.raises(ReadError, match="no text layer"):
        read_document(path)


@pytest.mark.parametrize("stem", ["putuo-2024", "zhangjiagang-2020"])
def test_pdf_gives_the_same_chunks_as_the_txt(tmp_path, stem):
    """Wrapped lines, indents and page numbers of a real PDF layout are undone."""
    from conftest import SAMPLES

    pdf = make_pdf(SAMPLES[stem], tmp_path / f"{stem}.pdf")
    assert chunk_texts(load_report(pdf)) == chunk_texts(load_report(SAMPLES[stem]))


def test_docx_gives_the_same_chunks_as_the_txt(tmp_path, putuo_path, putuo):
    docx = make_docx(putuo_path, tmp_path / "putuo-2024.docx")
    report = load_report(docx)
    assert chunk_texts(report) == chunk_texts(putuo)
    assert report.meta.doc_number == "普卫健审监〔2024〕2号"


def test_html_paragraphs_are_read(tmp_path):
    html = tmp_path / "r.html"
    html.write_text(
        "<html><head><meta charset='utf-8'><style>p{}</style></head><body><nav>首页</nav>"
        "<h1>某区2023年法治政府建设情况报告</h1><p>区政府：</p><h2>一、主要举措</h2>"
        "<p>一是加强领导。共查处案件 12 起。</p><script>var x=1</script></body></html>", encoding="utf-8")
    report = load_report(html)
    assert report.meta.title == "某区2023年法治政府建设情况报告"
    assert "共查处案件12起" in report.text and "首页" not in report.text and "var x" not in report.text


TRADITIONAL = ("臺北市政府：\n\n一、主要工作\n\n二零二三年，在市委、市政府的堅強領導下，區政府團結帶領全區人民，"
               "扎實推進經濟社會高質量發展。我們堅持依法行政，深化「放管服」改革，推進「一網通辦」，全年辦理行政許可"
               "事項兩千六百二十八件，查處無證行醫案件二十二起。一是加強組織領導，二是完善制度建設，三是強化執法監督。")


def test_big5_is_read_as_big5_not_as_gb18030_mojibake(tmp_path):
    """Big5 bytes mostly decode as GB18030 too, into nonsense (箂カ〆カ…); they must not be."""
    path = tmp_path / "taipei.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    raw = read_document(path)
    assert raw.text == TRADITIONAL and raw.encoding == "big5" and raw.warnings == ()


def test_an_encoding_guessed_with_low_confidence_is_read_with_a_warning(tmp_path):
    """GBK and Big5 pasted together fit no one encoding: read, but said to be probably garbled."""
    path = tmp_path / "mixed.txt"
    path.write_bytes(("区政府工作报告".encode("gbk") + "報告內容與數據".encode("big5")) * 40)
    (warning,) = read_document(path).warnings
    assert warning.name == "mixed.txt" and "confidence" in warning.text and "UTF-8" in warning.text
    assert "乱码" in warning.zh
