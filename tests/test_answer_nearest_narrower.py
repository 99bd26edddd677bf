"""A chapter chosen because the encoder finds its heading near the question, though the heading says
none of the question's words: the one entry of it that says them answers with what it says; a heading
saying some of them names the chapter's topic, and its entries answer. On a report written for the test."""
from assistant.answer_measures import _nearest_heading
from assistant.citations import Builder
from assistant.query import analyze
from corpus.load import load_report
from index.tokenize import Tokenizer

REPORT = """南湖区2022年政府工作报告
一、2021年工作回顾
全区经济运行总体平稳。
二、2022年工作安排
（一）实施产业能级提升行动，构建现代化经济体系
做强三大优势产业。推动电子信息、生物医药和智能装备产业集群发展，培育一批龙头企业。
做优四大现代服务业。构建以产业金融为核心的金融服务体系，引导金融机构支持实体经济。构建智慧物流体系，建设物流枢纽。构建专业服务体系，引进会计、法律等机构。
做实产业空间保障。整备产业用地2平方公里，建设高标准厂房100万平方米。
（二）加快转型发展，现代产业体系逐步形成
推动产业转型升级。完成工业企业技术改造项目50个，建设智能工厂10家。
培育新兴企业集群。新引进新兴项目20个，建设孵化载体。
"""


def _nearest(tmp_path, question: str, chapter: str):
    path = tmp_path / "南湖区2022年政府工作报告_2022.txt"
    path.write_text(REPORT, encoding="utf-8")
    report = load_report(path)
    query = analyze(question, [report], Tokenizer())
    near = {s.path: (0.9 if s.path[-1] == chapter else 0.1) for s in report.sections}
    return _nearest_heading(query, report, near, {t: 1.0 for t in query.terms}, Builder(citations=[]))


def test_the_entry_saying_the_words_a_near_heading_does_not_say_answers(tmp_path):
    title, measures, _ = _nearest(tmp_path, "南湖区2022年在服务业发展方面有什么打算？",
                                  "（一）实施产业能级提升行动，构建现代化经济体系")
    titles = [m.title for m in measures]
    assert title.startswith("做优四大现代服务业")
    assert "构建智慧物流体系，建设物流枢纽。" in titles and not any("龙头企业" in t for t in titles)


def test_a_near_heading_saying_some_of_the_words_keeps_its_entries(tmp_path):
    """「…转型发展，现代产业体系…」 says 产业 and 转型 of 「产业转型升级」: the chapter's topic, though its
    first entry says every word."""
    title, measures, _ = _nearest(tmp_path, "南湖区2022年在产业转型升级方面有什么打算？",
                                  "（二）加快转型发展，现代产业体系逐步形成")
    assert title.startswith("（二）加快转型发展")
    assert [m.title for m in measures] == ["推动产业转型升级。", "培育新兴企业集群。"]
