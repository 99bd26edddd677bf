"""A one-topic question answered with a part's whole outline is asked of the entry the encoder finds
far nearest it, on a report written for these tests: its review is a run of lead paragraphs, none
holding the question's words (城市建设 against 品质城区)."""
import pytest

from assistant.answer_measures import _listing, _run_measures, _section_measures
from assistant.citations import Builder
from assistant.nearest_entry import APART, narrowed
from assistant.query import analyze
from assistant.retrieve import Retriever
from corpus.load import load_report
from index.tokenize import Tokenizer
from conftest import FakeEncoder, build_index

REPORT = """西湖区2024年政府工作报告
各位代表：现在，我代表西湖区人民政府，向大会报告政府工作。
一、2023年工作回顾
一年来，我们坚持稳中求进，经济发展实现新提升。地区生产总值增长6%。新增企业800家。
一年来，我们坚持建管并重，品质城区打造新样本。综合配套更加完善。新建道路12条。生态底色更加靓丽。新建公园8个。
一年来，我们坚持民生为本，民生福祉厚植新优势。新增学位3000个。新建社康中心5家。
二、2024年工作安排
（一）推动城区品质提升
完成道路微改造。改造道路20条。新增停车位500个。
建设滨河绿道。建成绿道10公里。新增驿站6个。
推进城中村综合整治。整治城中村8个。拆除违建2万平方米。
（二）持续优化营商环境
一是推行一网通办；二是落实减税降费；三是开展企业走访。
"""
QUESTION = "西湖区2023年在城市建设方面做了哪些工作？"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("entries") / "西湖区2024年政府工作报告_2024.txt"
    path.write_text(REPORT, encoding="utf-8")
    return load_report(path)


def _outline(report, path):
    """The listing of a section's entries as answer_measures gives it, cited in a trial builder."""
    trial = Builder(citations=[])
    measures = _section_measures(report, path, trial)
    return (_listing(path[-1], measures), measures, 1.0), trial


def _likeness(nearest: str, near: float, others: float = 0.1):
    """An encoder's verdict: ``near`` for the texts holding ``nearest``, ``others`` for the rest."""
    return lambda question, texts: [near if nearest in text else others for text in texts]


def test_the_entry_far_nearest_the_topic_answers_for_the_parts_outline(report):
    """The review part lists three lead paragraphs; the encoder puts the one on 品质城区 far nearest
    城市建设: that paragraph's sentences answer, not the part's outline."""
    query = analyze(QUESTION, [report], Tokenizer())
    found, trial = _outline(report, ("一、2023年工作回顾",))
    assert len(found[1]) == 3
    (title, measures, _), _ = narrowed(query, report, found, trial, _likeness("品质城区", 0.5))
    assert title.startswith("一年来，我们坚持建管并重，品质城区打造新样本")
    said = [m.title for m in measures]
    assert "综合配套更加完善。" in said and "生态底色更加靓丽。" in said
    assert not any("新增企业" in t or "新增学位" in t for t in said)


def test_an_entry_only_a_little_nearer_leaves_the_outline(report):
    """Nearer than the others by less than APART, the entry does not stand apart: the outline stays."""
    query = analyze(QUESTION, [report], Tokenizer())
    found, trial = _outline(report, ("一、2023年工作回顾",))
    assert narrowed(query, report, found, trial, _likeness("品质城区", 0.1 + APART * 0.9)) is None


def test_a_chapters_entries_are_not_narrowed(report):
    """A chapter's entries (「完成道路微改造。…」 under 「（一）推动城区品质提升」) all share its topic,
    whichever the encoder finds nearest: the chapter answers whole."""
    query = analyze("西湖区2024年在城市建设方面打算怎么做？", [report], Tokenizer())
    found, trial = _outline(report, ("二、2024年工作安排", "（一）推动城区品质提升"))
    assert len(found[1]) == 3
    assert narrowed(query, report, found, trial, _likeness("滨河绿道", 0.9)) is None


def test_likeness_encodes_each_text_once(report, tmp_path):
    """The entry titles of one outline are asked again for every report's dry run and answer: the
    retriever encodes each text once, and gives the cosine of the question and the text."""
    calls = []

    class Counting(FakeEncoder):
        def encode(self, texts, kind="passage"):
            calls.append(list(texts))
            return super().encode(texts, kind)

    encoder = Counting()
    index = build_index("embedded", [], tmp_path / "index", encoder)
    retriever = Retriever(index, encoder_factory=lambda: encoder)
    texts = ["品质城区打造新样本", "经济发展实现新提升"]
    first = retriever.likeness("城市建设", texts)
    again = retriever.likeness("城市建设", texts)
    assert first == again
    assert sum(c.count("品质城区打造新样本") for c in calls) == 1
    expected = float(encoder.encode(["品质城区打造新样本"])[0] @ encoder.encode(["城市建设"])[0])
    assert first[0] == pytest.approx(expected)


def test_the_reports_own_words_can_set_an_entry_apart(report):
    """The encoder finds every entry alike; in the word vectors fitted on the reports the question's
    topic lies by what the 品质城区 entry says (a stand-in says so here): that entry answers."""
    query = analyze(QUESTION, [report], Tokenizer())
    found, trial = _outline(report, ("一、2023年工作回顾",))
    alike = _likeness("", 0.3, 0.3)
    words = lambda terms, text: 0.8 if "品质城区" in text else 0.0  # noqa: E731
    (title, _, _), _ = narrowed(query, report, found, trial, alike, words)
    assert title.startswith("一年来，我们坚持建管并重，品质城区打造新样本")
    assert narrowed(query, report, found, trial, alike) is None


FRAMED = """北湖区2024年政府工作报告
一、2023年工作回顾
全区经济运行总体平稳。
二、2024年工作安排
今年是全面完成规划目标的关键之年，做好今年工作意义重大。
抓好落实，要紧扣经济建设主线。经济增长预期目标为6%左右。
抓好落实，要坚持民生幸福导向。全区安排民生实事40项。
抓好落实，要把握开放合作机遇。主动承接外溢效应。
"""


def test_the_frame_entries_share_belongs_to_the_outline(tmp_path):
    """Entries framed alike (「抓好落实，要…」) answer what the frame says: an entry as near the question as the
    outline titled with that frame does not stand apart from it (here the encoder puts 「…民生幸福导向」
    a little nearer than the titled frame, far nearer than its siblings)."""
    path = tmp_path / "北湖区2024年政府工作报告_2024.txt"
    path.write_text(FRAMED, encoding="utf-8")
    report = load_report(path)
    query = analyze("北湖区2024年为把各项工作落到实处，要把握好哪几点？", [report], Tokenizer())
    trial = Builder(citations=[])
    opening = next(p for p in report.paragraphs if report.text.startswith("今年是", p.start))
    title, measures = _run_measures(report, opening, trial)  # the run of leads it opens
    found = (_listing(title, measures), measures, 1.0)
    assert title == "二、2024年工作安排" and len(measures) == 3

    def alike(question, texts):
        return [0.55 if "民生" in t else 0.45 if t.startswith("二、") and "抓好落实" in t else
                0.3 if "抓好落实" in t else 0.1 for t in texts]
    assert narrowed(query, report, found, trial, alike) is None
