"""Answering a list question from a list the report itself names: one run inside a sentence
(「建设罗湖全域、福田中心、…等世界级商圈」, 「主要是：…；…；…」), the items a lead-in introduces
(「仍然存在一些不可忽视的问题和不足：一是…二是…」), or a list it counts before giving it
(「区政府将从八个方面推进：（一）…」, 「出台“稳岗有奖、增员有补、…”五大措施」).

Each list a report gives in the asked part is a candidate, named by its context — the sentence
around an inline list, the lead-in before items. The question's topic words (weighted by rarity)
found in the context score it; a count the question asks (哪五大, 哪八个方面) must be the list's
length. Only a list named clearly enough answers; else the section-led rules of answer_measures do.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from jieba import posseg  # noqa: F401  (jieba reads its tags at import, not at a first question)

from corpus.headings import cn_to_int
from corpus.chunk import first_sentence, pieces
from corpus.leads import PARALLEL_LEAST, is_lead, led_run, named_leads, opens_with_lead
from corpus.models import Paragraph, Report
from corpus.parts import section_part
from index.tokenize import cut, tagged, word_frequency

from assistant.answer_measures import (_ACHIEVED, _LIST, _asked_part, _item_measure, _listed_after, _listing,
                                       _passage_part, _run_measures, _run_of, _section_measures, _topic,
                                       overview_asked)
from assistant.citations import Builder, Measure
from assistant.figure_score import covered_share, holds
from assistant.grounding import DONE_WORDS, PLAN_WORDS, names_span, spans_asked
from assistant.problems import asks_problems, introduces_problems
from assistant.query import Query, quoted_names
from assistant.retrieve import Hit

# 「哪五大措施」, 「哪八个方面」, 「十大改革是哪些」, 「八大重点工程分别是什么」, 「三类问题分别是什么」, 「哪三级」: the length
# of the list asked (哪 and a number ask a count, whatever word counts it)
_COUNT = re.compile(r"哪[“「]?([一二两三四五六七八九十]{1,3}|\d{1,2})(?=[\u4e00-\u9fff])"
                    r"|([二两三四五六七八九十]{1,3}|\d{1,2})[大类](?=[^，。？?]{1,8}?(?:(?:是|有|包括|指)[^，。？?]{0,3}哪|(?:分别|各)是什么))")
# a list the text counts: 「八个方面」, 「五大措施」, 「以下十个方面」, 「三级梯度」
_COUNTED = re.compile(r"([一二两三四五六七八九十]{1,3}|\d{1,2})(?:个|大|项|张|条|级|种|类|件|位|家|批|座)")
_ASKING = re.compile(r"[几哪]")  # a token holding them asks (几张, 哪七大): it names nothing
# a count naming the run it closes (「…、预期转弱三重压力」, 「…、社会质量两大任务」): numeral, classifier, noun
# (「…、现代时尚共8大战略性新兴产业集群」: 共 says the count, no piece's word)
_COUNT_OF = r"(?:共|合计|总共)?([一二两三四五六七八九十]{1,3}|\d{1,2})[重大个项种类条张级批件]"
_COUNTED_AFTER = re.compile(_COUNT_OF + r"[\u4e00-\u9fff]{1,10}$")
_COUNT_CLOSING = re.compile(_COUNT_OF + "$")  # the same count closing a piece (「南湖夜市2个」)
_OPENED = re.compile(r"([一二两三四五六七八九十]{1,3}|\d{1,2})(?:个|大|项|张|条|级|种|类|件|位|家|批|座)[\u4e00-\u9fff]{0,8}[”」]?[：:]")
# (a ？ or ！ inside quotes ends no sentence: 「“垃圾不落地？罗湖更美丽”行动」, a dot the PDF lost)
_SENTENCE = re.compile(r"(?:[^。！？!?“]|“[^”。\n]{0,30}”|“)+[。！？!?]*[”’」』）)]*")
# a run of short pieces joined by 、 (the last may end 「…和政府服务质量」); a list of three or more, or of two
# when the question counts two
_PIECE = r"[^，。；：、！？,;:!?\s（）()《》]{1,24}"
_RUN = re.compile(rf"(?:{_PIECE}、)+{_PIECE}")
# two names in quotes side by side or joined (「围绕“出国替代型旅游”“主场外交后花园”定位」, 「“改革创新年”和
# “转型提质年”活动」): a list of two, as 「A、B」 is
_QUOTED_PAIR = re.compile(r"(?<![”、])“([^“”]{2,24})”(?:[、和与及])?“([^“”]{2,24})”(?![“、和与及])")
# three or more side by side (「叫响“大鹏生态文学奖”“大鹏自然童书奖”“大鹏自然课堂”三大品牌」): a list as long
_QUOTED_RUN = re.compile(r"(?<![”、])(?:“[^“”]{2,24}”){3,}(?![“、和与及])")
_QUOTED = re.compile(r"“([^“”]{2,24})”")
_QUOTED_ONE = re.compile(r"[“「]([^“”「」])[”」]")  # one character quoted (「“进”」), a name too
_CLAUSE = re.compile(r"[，；：,;:]")
_QUOTES = "“”‘’「」『』\"'"
_LINK = re.compile(r"(?<=..)(?:以及|和|及|与)(?=..)")


@dataclass(frozen=True)
class Listed:
    """One list a report gives: what names it, and its items as spans of the report's text (or, for
    items and sections, as the measures another helper cites)."""
    kind: str  # inline | semicolon | clauses | framed | opened | named | items | announced | sentences | sections
    context: str
    para: Paragraph
    spans: tuple[tuple[int, int], ...] = ()
    title: str = ""
    tail: str = ""  # what follows an inline list in its clause: 「等世界级商圈」
    depth: int = 0  # of the section whose sub-sections are the list; of an announced list, its count
    frame: str = ""  # the words a framed list's clauses share: 「上下功夫」

    def titles(self, report: Report) -> list[str]:
        return ([report.text[a:b] for a, b in self.spans] if self.spans
                else [m.title for m in self.measures(report, Builder(citations=[]))])

    def measures(self, report: Report, builder: Builder) -> list[Measure]:
        """Its entries, cited in ``report`` — the same report as read when the list was found, though
        maybe another copy of it (an index reads a report again when it needs it): what is looked up
        in it is looked up by number and span, not by the objects of the copy it was found in."""
        if self.kind == "items":
            para = report.paragraph(self.para.number)
            run = _run_of(report, para, para.items[0])
            return [_item_measure(report, p, it, builder) for p in report.paragraphs
                    if p.section_path == para.section_path for it in p.items if any(it is x for x in run)]
        if self.kind == "announced":  # the first as many as it counts, cited anew
            scratch = Builder(citations=[])
            listed = _listed_after(report, report.paragraph(self.para.number), scratch)
            if len(listed) > self.depth:  # more follow: those saying what it counts (「聚焦…」 after 「四个聚焦」)
                named = _COUNTED.search(self.context)
                word = re.sub(r"[“”「」]", "", self.context[named.end():])[:2] if named else ""
                listed = [m for m in listed if word and word in m.title]
            if len(listed) < self.depth:
                return []
            return [Measure(title=m.title, citation=builder.cite(report, tuple(c.section_path), c.paragraph, c.start, c.end))
                    for m in listed[:self.depth] for c in [scratch.citations[m.citation - 1]]]
        if self.kind == "sections":
            return _section_measures(report, self.para.section_path[:self.depth], builder)
        return [Measure(title=_unquoted(report.text[a:b].strip("。；;")),
                        citation=builder.cite(report, self.para.section_path, self.para.number, a, b))
                for a, b in self.spans]


def _unquoted(title: str) -> str:
    """A title without the quotes around it whole (「“深圳质量”」 → 深圳质量), or a stray one at an end (a piece
    cut inside a quote); a quote closing a name inside it stays (「护航企业安全“出海”」)."""
    inner = title.strip(_QUOTES)
    opened = sum(inner.count(q) for q in "“‘「『")
    closed = sum(inner.count(q) for q in "”’」』")
    return inner + title[len(title.rstrip(_QUOTES)):][:1] if opened > closed and title.endswith(tuple("”’」』")) else inner


def _number(numeral: str) -> int | None:
    return cn_to_int(numeral.replace("两", "二"))  # 两 counts as 二 (「两城」)


def asked_count(text: str) -> tuple[int, str] | None:
    """The length of the list a question asks for, if it says one, with the words it says it in
    (哪八个方面推进 → 8, 「八个方面」)."""
    match = _COUNT.search(text)
    if not match:
        return None
    numeral = match.group(1) or match.group(2)
    n = _number(numeral)
    at = match.end(1) if match.group(1) else match.end(2)
    said = re.match(r"[\u4e00-\u9fff]{1,3}", text[at:at + 3])
    return (n, numeral + said.group(0)) if n and said else None  # 「八个方面」, 「三大优势」


def _after_count(context: str) -> str:
    """What a list's context says after its last count (「重点要加快差异化建设七大重点片区。」 → 重点片区。)."""
    found = list(_COUNTED.finditer(context))
    return context[found[-1].end():] if found else ""


def _opening_counted(context: str) -> str | None:
    """The two characters after a count closing a sentence (「强化六大整治。」 → 整治): what each of the
    sentences it announces may open with."""
    said = re.match(r"[\u4e00-\u9fff]{2}", _after_count(context))
    return said.group(0) if said else None


# 「各个重点片区分别准备怎么建设」: a list asked entry by entry
_EACH = re.compile(r"各[个项类大]?[\u4e00-\u9fff]{1,8}分别")


def _counted_named(context: str, question: str) -> bool:
    """Whether the question names what a sentence closing on a count counts, whole (「重点要加快差异化建设七大
    重点片区。」 for 「各个重点片区分别准备怎么建设」: 重点片区)."""
    said = re.match(r"[\u4e00-\u9fff]{2,8}(?=。?$)", _after_count(context).strip())
    return bool(said) and said.group(0) in question


def _counted_noun(text: str) -> str | None:
    """The last word of what a question counts (「八大重点工程」 → 工程, 「哪五大措施」 → 措施)."""
    quoted = quoted_count(text)
    if quoted:
        return quoted[1].lower()
    match = _COUNT.search(text)
    run = re.match(r"[个大项张条种类]?([\u4e00-\u9fff]{1,8})", text[match.end():]) if match else None
    nouns: list[str] = []
    for word, flag in tagged(run.group(1)) if run else ():
        if flag.startswith("v") and flag != "vn" and nouns or flag.startswith(("r", "u")):
            break  # 「方面推进」, 「改革是哪些」: what is counted ends at the verb after it
        nouns.append(word)
    if nouns and len(nouns[-1]) == 1 and match.group(1) and text[match.end() + 1:match.end() + 2] in ("”", "」"):
        return nouns[-1].lower()  # a count and one character quoted together name a list (「哪“三城”」: …城)
    return nouns[-1].lower() if nouns and len(nouns[-1]) > 1 else None


def quoted_count(text: str) -> tuple[int | None, str] | None:
    """The count a question asks of a name it quotes after the count's classifier, one character too (「哪三个
    “区”」 → 3, 区; 「哪两种“力”」 → 2, 力): what is counted."""
    match = _COUNT.search(text)
    quoted = re.match(r"[\u4e00-\u9fff]?[“「]([^“”「」]{1,8})[”」]", text[match.end():]) if match else None
    return (_number(match.group(1) or match.group(2)), quoted.group(1)) if quoted else None


def _names_counted(title: str, noun: str, question: str) -> bool:
    """Whether an entry names what the question counts: holds its word; a single character (inside too many
    words: 「城区规划」 for 「哪三个“区”」) closes the entry, or the word the question says after it follows
    (「…先行区、…试验区、…示范区建设」 for 「哪三个“区”的建设」)."""
    if len(noun) > 1:
        return noun in title
    after = re.search(rf"{re.escape(noun)}[”」]的?([\u4e00-\u9fff]{{2}})", question)  # (said quoted)
    return title.endswith(noun) or bool(after) and title.endswith(noun + after.group(1))


def _inline(report: Report, para: Paragraph, a: int, b: int) -> list[Listed]:
    """The 、-runs of one sentence (pieces outside quotes and brackets stripped of them)."""
    found = []
    sentence = report.text[a:b]
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(sentence)), len(sentence)]  # where its clauses end
    for match in _RUN.finditer(sentence):
        pieces, at = [], a + match.start()
        for piece in match.group(0).split("、"):
            pieces.append((at, at + len(piece)))
            at += len(piece) + 1
        last_a, last_b = pieces[-1]
        # each piece naming itself in quotes (「…的“美丽大鹏”、…的“海韵大鹏”」): the last one's quotes are its own
        own_quotes = all(re.search("[“「]", report.text[a:b]) for a, b in pieces[:-1])
        etc = min((i for i in (report.text.find(c, last_a + 1, last_b) for c in ("等" if own_quotes else "等“”「」"))
                   if i > 0), default=-1)
        if etc > 0:  # 「大空港等世界级商圈」, 「…流动大厅”三种…模式」, 「要素流通的“三通”目标」: the list ends
            last_b = etc - (report.text[etc - 1] == "的")  # there, what it is follows
            # (and a count of its pieces before the quote, 「南湖夜市2个“夜西湖”消费地标」, with it)
            count = _COUNT_CLOSING.search(report.text, last_a, last_b)
            last_b = count.start() if count and _number(count.group(1)) == len(pieces) else last_b
            pieces[-1] = (last_a, last_b)
        counted = None if etc > 0 else _COUNTED_AFTER.search(report.text, last_a, last_b)
        if counted and counted.start() > last_a and _number(counted.group(1)) == len(pieces):
            last_b = counted.start()  # 「需求收缩、供给冲击、预期转弱三重压力」: as many as it counts, named
            pieces[-1] = (last_a, last_b)  # right after the last
        else:
            counted = None
        end = last_b - a
        link = None if counted else _LINK.search(report.text[last_a:last_b])
        if link:  # 「生态质量和政府服务质量」: two pieces (not in a run as long as its count says)
            if len(pieces) == 2:
                continue  # 「A、B和C」: two pieces by 、 and one by 和, no run of its own
            pieces[-1:] = [(last_a, last_a + link.start()), (last_a + link.end(), last_b)]
        # named by the clauses around it: 「…建设…等世界级商圈，新增首店…」, not its whole sentence
        before = max([c for c in cuts if c <= match.start()][-2:-1] or [0])
        after = min([c for c in cuts if c >= end][1:2] or [len(sentence)])
        tail = sentence[end:min(c for c in cuts if c >= end)]
        spans = [_trim(report.text, p) for p in pieces]
        spans[0] = _without_lead(report.text, spans[0], max(b - a for a, b in spans[1:]))
        found.append(Listed("inline", sentence[before:after], para, tuple(spans), tail=tail))
    for match in (*_QUOTED_PAIR.finditer(sentence), *_QUOTED_RUN.finditer(sentence)):
        before = max(c for c in cuts if c <= match.start())
        after = min(c for c in cuts if c >= match.end())
        names = _QUOTED.finditer(sentence, match.start(), match.end())
        spans = tuple((a + name.start(1), a + name.end(1)) for name in names)
        found.append(Listed("inline", sentence[before:after], para, spans, tail=sentence[match.end():after]))
    return found


def _without_lead(text: str, span: tuple[int, int], longest: int) -> tuple[int, int]:
    """The first piece without the words leading into the run (「我们将建设东门」 → 「东门」): its
    leading verbs and function words dropped while it is longer than every other piece."""
    a, b = span
    for word, flag in tagged(text[a:b]):
        if b - a <= longest or b - (a + len(word)) < 2 or flag[:1] not in _LEADING:
            break
        a += len(word)
    return a, b


_LEADING = set("vdrpcu")  # jieba's tags of verbs, adverbs, pronouns, prepositions, conjunctions, particles


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A piece without the words before its opening quote or after its closing one (「出台“稳岗有奖」)."""
    a, b = span
    piece = text[a:b]
    opening = max(piece.rfind(q) for q in "“‘「『")
    if opening >= 0:
        a += opening + 1
    closing = min((i for i in (text.find(q, a, b) for q in "”’」』") if i >= 0), default=-1)
    if closing >= 0:
        b = closing
    while a < b and text[a] in _QUOTES:
        a += 1
    while b > a and text[b - 1] in _QUOTES:
        b -= 1
    return a, b


def _semicolons(report: Report, para: Paragraph, a: int, b: int, before: str) -> Listed | None:
    """A sentence of three or more clauses set apart by ；: its clauses, named by the sentence before
    it and what comes before its first clause's colon (「…存在不少矛盾和问题。主要是：…；…；…」)."""
    sentence = report.text[a:b]
    if sentence.count("；") < 2:
        return None
    colon = sentence.find("：")
    first = sentence.find("；")
    start = a + colon + 1 if 0 <= colon < first else a
    spans, at = [], start
    for piece in report.text[start:b].split("；"):
        if piece.strip("。 "):
            spans.append((at, at + len(piece.rstrip("。"))))
        at += len(piece) + 1
    if start > a:  # 「主要是：」 says what only with the sentence before it
        lead = report.text[a:start]
        lead = before + lead if len(lead) <= SHORT_LEAD else lead
    else:  # 「当前发展又面临新的困难和问题，主要体现在…；」: its first clause, after the lead sentence
        # heading its paragraph when one stands right before it (「打造“六镇一园”文化旅游新名片。建设…的
        # 西乡滨海风情小镇；…」)
        lead = report.text[a:a + next((m.start() for m in _CLAUSE.finditer(sentence)), first)]
        lead = before + lead if before and is_lead(before) else lead
    parallel = len({report.text[x:x + 2] for x, _ in spans}) == 1  # every clause opens alike (注重…；注重…)
    if parallel and a > para.start and opens_with_lead(report, para):  # 「——坚定全面构建高质量发展体制机制。…
        opening = report.text[slice(*first_sentence(report.text, para.start, para.end))]  # 注重整体推进，…；注重
        lead = opening + lead if opening not in lead else lead  # 重点发力，…」: the paragraph's lead names them too
    return Listed("semicolon", lead, para, tuple(spans)) if len(spans) >= 3 else None


def _counted_clauses(text: str, a: int, b: int, para: Paragraph) -> Listed | None:
    """The clauses closing a sentence after one ending on a count of as many (「着重解决好现有“三个1亿人”问题，
    促进约1亿农业转移人口落户城镇，改造约1亿人居住的城镇棚户区和城中村，引导约1亿人在中西部地区就近城镇化。」)."""
    cuts = [a, *(a + m.end() for m in re.finditer(r"[，,]", text[a:b])), b]
    spans = [(x, y - 1 if text[y - 1] in "，,。" else y) for x, y in zip(cuts, cuts[1:])]
    for n, (x, y) in enumerate(spans[:-FEW_ITEMS]):
        if any(_number(c.group(1)) == len(spans) - n - 1 and y - c.end() <= COUNTED_NAME
               for c in _COUNTED.finditer(text, x, y)):
            return Listed("clauses", text[a:y], para, tuple(spans[n + 1:]))
    return None


_CLAUSE_END = re.compile(r"[，；：。！？,;:!?]")
_SENTENCE_END = "。！？!?"


def _framed(report: Report, para: Paragraph) -> list[Listed]:
    """Clauses set side by side in one frame (「经济结构有新的优化，…。发展质量有新的提升，…」, 「在有效防范
    上下功夫，…。在及时化解上下功夫，…」, 「…水平与…还有不小差距，…品质与…还有不小差距」): three or more,
    each but the first opening its sentence or right after another, at most FRAME_GAP sentences on, the
    same words opening and closing each (see ``_frame_group``) around different ones. A ；-list inside
    one of them says what that one holds (it is dropped in ``listings``). Unlike ``corpus.leads.
    parallel_openers`` (the sentences after a lead, framed by their ends alone), a frame here may close
    two characters before a clause's end (「有新的优化」, 「有新的提升」) and hold clauses of one sentence."""
    text = report.text
    clauses: list[tuple[int, int, bool]] = []  # start, end, whether it opens its sentence
    at, opens = para.start, True
    for mark in _CLAUSE_END.finditer(text, para.start, para.end):
        clauses.append((at, mark.start(), opens))
        at, opens = mark.end(), mark.group() in _SENTENCE_END
    if at < para.end:
        clauses.append((at, para.end, opens))
    found, n = [], 0
    while n < len(clauses):
        group = _frame_group(text, clauses, n)
        if group is None:
            n += 1
            continue
        members, frame = group
        first = clauses[members[0]][0]
        opening = max(a for a, _, o in clauses[:members[0] + 1] if o)  # the first one's sentence
        before = max((a for a, _, o in clauses[:members[0]] if o and a < opening), default=opening)
        lead = text[slice(*first_sentence(text, para.start, para.end))] if opens_with_lead(report, para) else ""
        said = (lead if lead and para.start < before else "") + text[before:first]
        title = _named_by(Listed("framed", said.rstrip("，,：:"), para))
        spans = tuple(clauses[m][:2] for m in members)
        found.append(Listed("framed", said + frame.replace("…", ""), para, spans, title=title, frame=frame))
        n = members[-1] + 1
    return found


_DASHES = "—-－ "


def _opened_alike(report: Report, para: Paragraph) -> list[Listed]:
    """The paragraphs right after a paragraph, in its section, opening with one whole clause and the words after
    it (「——做好新一年的工作，必须始终牢记…。」, 「——做好新一年的工作，必须全面深化改革开放…。」, …), PARALLEL_LEAST
    or more, the paragraph itself not: clauses in one frame, each entry named by what follows the shared words
    to its clause's end (「全面深化改革开放」), asked as a framed list is (with the frame's words, a count, its
    quoted name)."""
    text = report.text

    def opening(p: Paragraph) -> tuple[int, str]:
        body = text[p.start:p.end]
        at = p.start + len(body) - len(body.lstrip(_DASHES))
        return at, text[at:p.end]

    run: list[tuple[int, Paragraph]] = []
    clause = ""
    number = para.number + 1
    while (nxt := report.paragraph(number)) is not None and nxt.section_path == para.section_path and not nxt.items:
        at, body = opening(nxt)
        if not run:
            run.append((at, nxt))
        elif not clause:
            shared = os.path.commonprefix([opening(run[0][1])[1], body])
            mark = max(shared.rfind("，"), shared.rfind(","))
            if mark < FRAMED_MIN:
                return []
            clause = shared[:mark + 1]
            run.append((at, nxt))
        elif body.startswith(clause):
            run.append((at, nxt))
        else:
            break
        number += 1
    if len(run) < PARALLEL_LEAST or opening(para)[1].startswith(clause):
        return []
    shared = os.path.commonprefix([text[a:p.end] for a, p in run])
    after = shared[len(clause):]
    if len(after) > FRAME_OPENING and not all(flag[:1] in _LEADING for _, flag in tagged(after)):
        return []  # words after the clause name some of them, more than a subject and the verbs leading into
        # each (「新使命新征程，我们更加需要坚定信心、…。」 ×3: 我们 / 更加 / 需要)
    spans = []
    for a, entry in run:
        end = _CLAUSE_END.search(text, a + len(shared), entry.end)
        spans.append((a + len(shared), end.start() if end else entry.end))
    if any(b - a < FRAME_BEFORE for a, b in spans):
        return []
    last = pieces(text, para.start, para.end, 10_000)[-1:]
    frame = shared.rstrip("，,")
    return [Listed("opened", f"{text[slice(*last[0])] if last else ''} {frame}", para, tuple(spans), title=frame,
                   frame=f"{shared}…")]


def _frame_group(text: str, clauses: list[tuple[int, int, bool]], n: int) -> tuple[list[int], str] | None:
    """The clauses from the ``n``-th on sharing its frame, as many as share the most of it, and the frame:
    words closing each but for at most two characters (「…有新的优化」), or words opening and closing
    each (「体现在…上」, 「在…上下功夫」)."""
    a, b, _ = clauses[n]
    if not FRAMED_MIN <= b - a <= FRAMED_MAX:
        return None
    best: tuple[list[int], str] | None = None
    clause = text[a:b]
    for opening, after, start in sorted(_frames_shared(text, clauses, n)):
        before = clause[:opening]
        closing = clause[start:len(clause) - after]
        if not _frame_words(before, closing, after, clause[start - 1]):
            continue
        members, items, gap = [n], {clause[opening:start]}, 0
        for m in range(n + 1, len(clauses)):
            x, y, opens = clauses[m]
            other = text[x:y]
            at = other.rfind(closing)
            if (other.startswith(before) and at >= opening + FRAME_BEFORE
                    and len(other) - at - len(closing) == after and (opens or m == members[-1] + 1)
                    and other[opening:at] not in items):
                members.append(m)
                items.add(other[opening:at])
                gap = 0
            elif opens:
                gap += 1
                if gap > FRAME_GAP:
                    break  # sentences between them: 「…。中西部地区经济增速快于东部地区。发展质量有新的提升，」
        frame = f"{before}…{closing}" if before else closing
        if len(members) >= FEW_ITEMS and (best is None or (len(members), len(frame)) > (len(best[0]), len(best[1]))):
            best = (members, frame)
    return best


def _frames_shared(text: str, clauses: list[tuple[int, int, bool]], n: int) -> set[tuple[int, int, int]]:
    """The frames the ``n``-th clause shares with a clause that may come next in one (opening its
    sentence, or right after it, no more than FRAME_GAP sentences on): each as the length of its
    opening words, the characters after its closing words and where those start. Read from the
    words the two share at their ends, not tried one by one."""
    a, b, _ = clauses[n]
    clause = text[a:b]
    found: set[tuple[int, int, int]] = set()
    gap = 0
    for m in range(n + 1, len(clauses)):
        x, y, opens = clauses[m]
        if opens or m == n + 1:
            other = text[x:y]
            shared = len(os.path.commonprefix([clause, other]))
            for after in range(FRAME_AFTER + 1):
                mine, theirs = clause[:len(clause) - after], other[:len(other) - after]
                closing = len(os.path.commonprefix([mine[::-1], theirs[::-1]]))
                for opening in range(min(shared, FRAME_OPENING) + 1) if not after else (0,):
                    for size in range(1, closing + 1):
                        start = len(mine) - size
                        if start >= opening + FRAME_BEFORE:
                            found.add((opening, after, start))
        if opens:
            gap += 1
            if gap > FRAME_GAP + 1:
                break
    return found


def _frame_words(before: str, closing: str, after: int, last: str) -> bool:
    """Whether words opening and closing a clause may frame it: long enough to tell (「有新」 with two
    characters after it, three without), no word the dictionary holds, which is a topic (「加强健康服务，
    …完善健康保障」), and no noun phrase's head (「…的政策」) or a number's unit (「…66万平方米」), which says
    what, not how."""
    said = before + closing
    return (len(said) >= (2 if after else 3) and bool(closing) and re.fullmatch(r"[\u4e00-\u9fff]+", said) is not None
            and not word_frequency(said) and closing[0] != "的" and not last.isdigit())


FRAME_SAID = 0.75  # the share of a frame's words a question says that names its list


def _said_in_frame(frame: str) -> list[str]:
    """The words of a frame's parts (「在…上下功夫」: 上下, 功夫), two characters or more."""
    return [word for part in frame.split("…") for word in cut(part) if len(word) > 1]


def _frame_said(frame: str, query: Query) -> bool:
    """Whether the question says most of the frame's words, two at least of them words to find (no words
    saying when: 「过去五年，…」 opening paragraphs alike names no list)."""
    words = _said_in_frame(frame)
    return (sum(w in query.text for w in words) >= FRAME_SAID * len(words)
            and sum(w in query.terms for w in words) >= 2)


def _frame_asked(frame: str, question: str) -> bool:
    """Whether the question says a word of the frame (「下功夫」 of 「上下功夫」, 「差距」 of 「还有不小差距」)."""
    return any(word in question for word in _said_in_frame(frame))


FRAMED_MIN, FRAMED_MAX = 4, 30  # characters of a clause set in a frame
FRAME_BEFORE = 2  # characters at least between its opening and closing words: what tells the clause apart
FRAME_OPENING = 4  # characters at most of the words opening it (「体现在」)
FRAME_AFTER = 2  # characters at most after it, different in each (「有新的优化」, 「有新的提升」)
FRAME_GAP = 3  # sentences at most between two of them


COUNTED_NAME = 10  # characters at most between a count and its clause's end (「三个1亿人”问题」)
SHORT_LEAD = 8  # a lead-in this short (「主要是：」) names its list only with the sentence before it


def listings(report: Report, para: Paragraph) -> list[Listed]:
    """Every list one paragraph gives or introduces."""
    found: list[Listed] = []
    text = report.text
    spans = [(para.start + m.start(), para.start + m.end()) for m in _SENTENCE.finditer(text[para.start:para.end])]
    previous = ""
    for n, (a, b) in enumerate(spans):
        found += _inline(report, para, a, b)  # an item's sentence may hold a run of its own (「…“新三样”」)
        if para.items and b > para.items[0].start:  # else the items are the list (see below)
            continue
        semi = _semicolons(report, para, a, b, previous)
        if semi:
            found.append(semi)
        previous = text[a:b]
        # 「重点要加快建设七大重点片区。北站国际商务区要…。九龙山数字城要…。」: the sentences after one
        # counting them, as many as it counts
        counted = _COUNTED.search(_CLAUSE.split(text[a:b].rstrip("。：:"))[-1])
        many = _number(counted.group(1)) if counted else None
        if many and many >= FEW_ITEMS and n + many < len(spans):
            found.append(Listed("sentences", text[a:b], para, tuple(spans[n + 1:n + 1 + many])))
        clauses = _counted_clauses(text, a, b, para)
        if clauses:
            found.append(clauses)
        # 「坚持做到“四个聚焦”：聚焦战略目标，…。聚焦难题短板，…。」: the first after its colon
        opened = _OPENED.search(text, a, b)
        many = _number(opened.group(1)) if opened else None
        if many and many >= FEW_ITEMS and n + many <= len(spans) and opened.end() < b - 1:
            found.append(Listed("sentences", text[a:opened.end()], para,
                                ((opened.end(), b), *spans[n + 1:n + many])))
    framed = _framed(report, para)
    # clauses set apart by ； inside one of them are what it says of one (「主要表现在，产业升级有新进展，…；…。」)
    found = [f for f in found if not (f.kind == "semicolon" and any(
        f.spans[0][0] <= a and b <= f.spans[0][1] for listed in framed for a, b in listed.spans))] + framed
    if para.items:
        lead = text[para.start:para.items[0].start]
        if not lead.strip():  # 「…问题和不足：」 closing the paragraph before
            earlier = report.paragraph(para.number - 1)
            tail = text[earlier.start:earlier.end].rstrip() if earlier is not None else ""
            lead = tail[-60:] if tail.endswith(("：", ":")) else ""
        found.append(Listed("items", lead, para))
    elif spans:
        found += _opened_alike(report, para)
        if leads := named_leads(report, para):  # 「推进健康南山建设。织牢…。…推动…。」: the opening names them
            opening = text[slice(*spans[0])].strip().rstrip("。")
            found.append(Listed("named", opening, para, tuple(leads), title=opening))
        last_a, last_b = spans[-1]
        closing = text[last_a:last_b].rstrip()
        clause = _CLAUSE.split(closing.rstrip("：:。"))[-1]  # 「区政府将从八个方面推进罗湖振兴发展：」
        counted = _COUNTED.search(clause)
        many = _number(counted.group(1)) if counted else None
        if many:  # as many as it says of what follows it (「坚持做到“四个聚焦”：」 then a paragraph each)
            listed = Listed("announced", clause, para, title=clause, depth=many)
            if len(listed.titles(report)) == many:
                found.append(listed)
    return found


def _named(listed: Listed, held: list[str], weights: dict[str, float], holding: int, asked: str | None) -> bool:
    """Whether a list the question does not count is the one it asks for: the words its context
    holds are said by few paragraphs of the report (「世界级商圈」, not 「民生」), and an inline list is
    named right after it (「…等世界级商圈」), by most of those words or by the noun the question asks a
    list of, when that noun is no commoner than its other words (「…等场馆」 for 「开工建设哪些文化场馆」,
    not 「…等工作」 for 「做了哪些工作」)."""
    if holding > FEW_PLACES:
        return False
    if listed.kind != "inline":
        return True
    context = listed.context.lower()
    tail = listed.tail.lower()
    found = [weights[t] for t in held if holds(context, t)]
    matched = sum(found)
    if sum(weights[t] for t in held if holds(tail, t)) >= matched / 2:
        return True
    # the noun asked names it when it tells more than the question's average word (「场馆」, not 「工作」),
    # or when the list closes on a count of it (「设立吉华、园山、宝龙3个街道」 for 「新设了哪几个街道」)
    return bool(asked and found and holds(tail, asked) and (
        weights.get(asked, 0.0) >= matched / len(found) or _closing_count(tail, asked)))


def _closing_count(tail: str, noun: str) -> bool:
    """Whether what follows a list opens with a count of ``noun`` (「3个街道。」)."""
    counted = _COUNTED.match(tail)
    return bool(counted) and tail[counted.end():].startswith(noun)


def asked_nouns(text: str, held: list[str]) -> list[str]:
    """What the question asks a list of: the nouns after 哪些/哪几 up to its first verb after them
    (「要加快实施哪些行动」 → 行动, 「提升哪些方面的质量」 → 方面, 质量, 「还有哪些问题和不足没解决好」 → 问题,
    不足, 「打好哪几张“牌”」 → 牌), as far as they are words of the question's topic; the last first."""
    return [n for n in reversed(_nouns_asked(text)) if n in held]


@lru_cache(maxsize=256)
def _nouns_asked(text: str) -> tuple[str, ...]:
    """The nouns after 哪些/哪几 up to the first verb after them, tagged once per question (not once
    per report it is asked of)."""
    asking = _LIST.search(text)
    if not asking:
        return ()
    nouns: list[str] = []
    # 大 right after the count is part of it (「哪几大行动」, 「哪八大」): no noun asked
    for word, flag in tagged(re.sub(r"^[“「]?大", "", text[asking.end():])):
        if flag.startswith("v") and flag != "vn" and nouns:
            break
        if flag[:1] in "nbaj" or flag == "vn":
            nouns.append(word.lower())
    return tuple(nouns)


def _echoed(titles: list[str], nouns: list[str], held: list[str], lead: bool = False) -> bool:
    """Every entry of a list names what the question asks a list of (「经济质量、社会质量…」 for
    「要全面提升哪些方面的质量」, 「（一）加快实施“美丽大鹏”攻坚行动」… for 「要加快实施哪些行动」), and
    no other word of the question singles out one entry (「科技创新方面取得了哪些新业绩」 asks of
    「二、科技创新新业绩」 alone, not of every 「…新业绩」)."""
    titles = [t.lower() for t in titles]
    noun = next((n for n in nouns if all(n in t for t in titles)), None)
    if not noun or len(titles) < FEW_ITEMS:
        return False
    # (the first of a run inside a sentence keeps the words leading into it: 「提升经济质量」)
    return not any(sum(holds(t, word) for t in titles) == 1 and not (lead and holds(titles[0], word))
                   for word in held if word not in noun)


FEW_ITEMS = 3  # a list of fewer entries is no list to answer 「有哪些」 with
NAMED = 0.5  # the share of the question's (weighted) topic words the context of a list must hold when the
#              question counts it, or its entries or context name what the question asks a list of
CLEAR = 0.75  # the share a list's context must hold when the question counts nothing
FEW_PLACES = 3  # paragraphs that may hold them so, for the list to be named by them


def section_listings(report: Report, path: tuple[str, ...]) -> list[Listed]:
    """A section with sub-sections of its own, as the list of their headings."""
    first = next((p for p in report.paragraphs if p.section_path[:len(path)] == path), None)
    children = [s for s in report.sections if len(s.path) == len(path) + 1 and s.path[:-1] == path]
    if first is None or len(children) < FEW_ITEMS:
        return []
    return [Listed("sections", " ".join(s.path[-1] for s in children), first, title=path[-1], depth=len(path))]


@dataclass(frozen=True)
class ReportLists:
    """What a report lists, read once whatever the question: each list with the part it stands in
    and its entries' titles, and each paragraph's part."""
    found: tuple[tuple[Listed, str | None, tuple[str, ...]], ...]
    parts: dict[int, str | None]


_LISTS: dict[tuple[str, str], ReportLists] = {}
_LISTS_MAX = 2_000  # reports kept; then the cache starts over


def report_lists(report: Report) -> ReportLists:
    key = (report.id, report.content_hash)
    kept = _LISTS.get(key)
    if kept is None:
        if len(_LISTS) >= _LISTS_MAX:
            _LISTS.clear()
        parts = {p.number: _passage_part(report, p.number, p.section_path) for p in report.paragraphs}
        found = [(listed, parts[p.number], tuple(listed.titles(report)))
                 for p in report.paragraphs for listed in listings(report, p)]
        found += [(listed, section_part(report, s.path), tuple(listed.titles(report)))
                  for s in report.sections for listed in section_listings(report, s.path)]
        kept = _LISTS[key] = ReportLists(tuple(found), parts)
    return kept


def answer_lists(query: Query, report: Report, hits: list[Hit], builder: Builder, weights: dict[str, float]
                 ) -> tuple[str, list[Measure], float] | None:
    """The list of the asked part whose context holds the question's topic best, when clearly named."""
    counted = asked_count(query.text)
    if not _LIST.search(query.text) and counted is None and not _EACH.search(query.text):
        return None  # 「如何推进…」 asks what a part of the report says, not for one list (「八大工程分别是什么」 does)
    # the words that say when (要, 取得了) chose the part; they are no topic a list is named by
    # (nor do words that ask: 几张, 哪七大)
    # (nor the count after 哪: 「哪两个定位」 cuts 哪 / 两个 / 定位; 「哪三通」 asks of 三通)
    topic = [t for t in _topic(query, report) if t in weights and not _ASKING.search(t)
             and not ("哪" + t in query.text and _COUNTED.fullmatch(t))
             and not (DONE_WORDS.fullmatch(t) or PLAN_WORDS.fullmatch(t))]
    # a single character (时, 好) is found inside too many words to tell lists apart, unless it is
    # what the question asks a list of (「哪几张“牌”」)
    topic = [t for t in topic if len(t) > 1 or t in asked_nouns(query.text, topic)]
    # what a list is asked of counts even when the report's title says it (「打造了哪几种政府」)
    overview = overview_asked(query.text)  # 「哪些主要成绩」: 主要 says how much, not what of
    achieved = bool(_ACHIEVED.search(overview))
    said = [t for t in query.terms if t in weights and not _ASKING.search(t) and t not in overview
            and not (DONE_WORDS.fullmatch(t) or PLAN_WORDS.fullmatch(t))]
    topic += [t for t in asked_nouns(query.text, said) if t not in topic]
    held = [t for t in topic if holds(report.text.lower(), t)]
    nouns = asked_nouns(query.text, held)
    if not held or not nouns and sum(weights[t] for t in held) < sum(weights[t] for t in topic) / 2:
        return None  # the report does not speak of what a list is asked of, nor of most of the words
    count, said = counted if counted else (None, "")
    quoted = quoted_names(query.text)  # a counted name the question quotes (「哪“四有”」)
    asked_quoted = quoted + [n.lower() for n in _QUOTED_ONE.findall(query.text)]  # one character too (「“进”」)
    counted_noun = _counted_noun(query.text) if counted else None
    wants = _asked_part(query)
    if count is not None:
        found = _counted_section(report, count, said, wants, builder)
        if found:
            return found
    total = sum(weights[t] for t in held)
    best: tuple[bool, bool, float, int, Listed] | None = None
    rank = {h.chunk.paragraph: n for n, h in reversed(list(enumerate(hits)))}
    lists = report_lists(report)
    paragraphs = [p for p in report.paragraphs if not wants or lists.parts[p.number] in (wants, None)]
    holding: int | None = None
    problems = asks_problems(query.text)

    def own_share(listed: Listed) -> float:
        return sum(weights[t] for t in held if holds(_named_by(listed, report).lower(), t)) / total

    years_asked = spans_asked(query.text)  # (「未来五年」: a part naming them, below)
    said_words = tuple(w.lower() for w in cut(query.text) if len(w) > 1)
    for listed, part, titles in lists.found:
        size = len(titles)
        if wants and part not in (wants, None) or size < min(FEW_ITEMS, count or FEW_ITEMS) or (
                count is not None and size != count):
            continue
        if listed.kind == "clauses" and count is None:
            continue  # a sentence's clauses after a count are as many by chance, unless the question counts too
        if listed.kind == "inline" and achieved:
            continue  # what was achieved (「在科技创新方面取得了哪些成效」) is said in sentences, not by a run of
            # names inside one (「坂雪岗科技城、大运新城、国际低碳城纳入“广深科技创新走廊”」)
        if listed.kind == "items" and not problems and introduces_problems(listed.context):
            continue  # what is still lacking answers no question of what was done or is planned
        # as many entries as counted, each naming what is counted (「八大重点工程分别是什么」: eight 「…工程」)
        counted_echo = count is not None and counted_noun and (
            all(_names_counted(t.lower(), counted_noun, query.text) for t in titles)
            # or named right after a run of as many (「围绕“出国替代型旅游”“主场外交后花园”定位」 for 「哪两个定位」)
            or listed.kind == "inline" and listed.tail.lower().lstrip("”」的").startswith(counted_noun)
            # or after their count (「…“大鹏自然课堂”三大品牌」 for 「三大文化品牌是哪三个」)
            or listed.kind == "inline" and _closing_count(listed.tail.lower(), counted_noun))
        echoed = counted_echo or _echoed(titles, nouns, held, lead=listed.kind == "inline")
        if listed.kind == "sections" and not echoed:
            continue  # a chapter's sub-sections are the rules' to choose, unless each names what is asked
        if listed.kind == "sentences" and count is None:
            # the sentences after a count are that list only as far as the question counts too, or asks
            # with the word each of them opens with, the one counted (「强化六大整治。整治水环境，…。整治噪声
            # 污染，…」 for 「重点整治哪些…问题」), or names what is counted when they close the paragraph
            # (「…七大重点片区。北站国际商务区要…。…梅林关片区要…。」 for 「各个重点片区分别准备怎么建设」)
            opened = _opening_counted(listed.context)
            if not (opened and opened in query.text and all(t.startswith(opened) for t in titles)
                    or _counted_named(listed.context, query.text)
                    and report.text[listed.spans[-1][1]:listed.para.end].strip() == ""):
                continue
            counted_echo = echoed = True
        context = listed.context.lower()
        if listed.kind == "clauses" and listed.para.section_path:
            # clauses as many as a clause counts stand under a heading naming their topic (「推进以人为核心的新型城镇化」)
            context += " " + listed.para.section_path[-1].lower()
        share = sum(weights[t] for t in held if holds(context, t)) / total
        # what the question asks a list of, named by the list's context (「…存在的短板和不足：」), lets
        # the rest of its words count for less
        noun_said = any(holds(context, n) for n in nouns)
        # a name the question quotes, quoted before clauses in a frame (「“进”的总体特征是，…」 for 「“进”体现在
        # 哪些方面」): no run or sentence quoting it (「“严纪律、正作风、促廉洁”活动」) is named so
        framed = listed.kind in ("framed", "opened")
        named_so = framed and any(f"“{n}”" in context for n in asked_quoted)
        # or the question says most words of the clause opening paragraphs alike (「做好新一年的工作必须做到
        # 哪几点」 of 「——做好新一年的工作，必须…」): it names the list as a quoted name does
        named_so = named_so or listed.kind == "opened" and _frame_said(listed.frame, query)
        if framed and not (named_so or count is not None or _frame_asked(listed.frame, query.text)):
            continue  # clauses in a frame answer a question asking with it (「从哪几个环节下功夫」), not one asking
            # of the topic their paragraph is one entry of (「在防范风险…方面有哪些安排」)
        if (share < (NAMED if count is not None or echoed or noun_said else CLEAR)
                and not (said and (said in listed.context or any(said in n for n in quoted) and said in _sentence_before(report, listed)))
                and not counted_echo and not named_so):
            continue  # 「区政府将从八个方面推进…」 for 「从哪八个方面推进」: counted as asked
        # a lead heading the leads after it names them when the question says most of it (「推进健康南山建设有哪些
        # 安排」 of 「推进健康南山建设。织牢…。推动…。」; not 「在民生保障方面」 of 「保障人民生命安全。」)
        named_whole = listed.kind == "named" and covered_share(listed.context, said_words) >= FRAME_SAID
        if listed.kind == "named" and not named_whole:
            continue  # (a topic only part of it names, 「民生保障」 of 「保障人民生命安全」, is asked of more)
        if count is None and not echoed and not named_so and not named_whole:
            if holding is None:  # the paragraphs of the asked part holding the words as clearly
                holding = sum(1 for p in paragraphs if sum(
                    weights[t] for t in held if holds(report.text[p.start:p.end].lower(), t)) >= CLEAR * total)
            if not _named(listed, held, weights, holding, nouns[0] if nouns else None):
                continue  # 「在民生方面做了哪些工作」 names no list: 「教育、医疗、交通等…」 is not it
        # a list whose every entry names what the question counts comes first (「哪“三城”」: 「…制造城、…滨海城、
        # …幸福城」, not 「…湾区之心、…湾区之先、…湾区之巅」 holding more of its other words)
        # and a list in the part naming a span of years asked (「未来五年…要开展哪些行动」) before one elsewhere
        spanned = bool(years_asked and listed.para.section_path
                       and names_span(listed.para.section_path[0], years_asked))
        # of runs as clearly named (one sentence's runs share their context), the one its own clause names
        # (「积极培育智能家居、文娱旅游…等新的消费增长点」 over 「大力发展数字消费、绿色消费…」 for 「培育哪些新的消费增长点」)
        # (read only on a tie)
        key = (bool(counted_echo), spanned, share, -rank.get(listed.para.number, len(hits)))
        if best is None or key > best[:4] or key == best[:4] and own_share(listed) > own_share(best[4]):
            best = (*key, listed)
    if best is None:
        return None
    _, _, share, _, listed = best
    measures = listed.measures(report, builder)
    if not measures:
        return None
    title = listed.title or _named_by(listed, report)
    return _listing(title, measures), measures, 2 * share  # as sure as a passage holding the words, matched


def _sentence_before(report: Report, listed: Listed) -> str:
    """The sentence of its paragraph right before the one a list stands in (「坚持以奋斗“四有”为支撑，…。」
    before 「…做到眼里有光、心中有数、手上有招、脚下有力。」): it may name the list, counted."""
    if not listed.spans:
        return ""
    at = listed.spans[0][0]
    spans = list(pieces(report.text, listed.para.start, listed.para.end, 10_000))
    holding = next((n for n, (a, b) in enumerate(spans) if a <= at < b), 0)
    return report.text[slice(*spans[holding - 1])] if holding > 0 else ""


def _counted_section(report: Report, count: int, said: str, wants: str | None, builder: Builder
                     ) -> tuple[str, list[Measure], float] | None:
    """The section of the asked part whose heading counts as the question does (「（四）坚决打好三大攻坚战」 for
    「要坚决打好哪三大攻坚战」) and holds as many entries: its entries, whatever list elsewhere the words name."""
    for section in report.sections:
        if said not in section.path[-1] or wants and section_part(report, section.path) not in (wants, None):
            continue
        probe = Builder(citations=[])
        if len(_section_measures(report, section.path, probe)) == count:
            measures = _section_measures(report, section.path, builder)
            return _listing(section.path[-1], measures), measures, 2.0
        opening = next((p for p in report.paragraphs if p.section_path == section.path), None)
        if opening is not None and len(led_run(report, opening)) == count:  # (its opening, then the leads)
            _, measures = _run_measures(report, opening, builder)
            return _listing(section.path[-1], measures), measures, 2.0
    return None


TITLE_MOST = 40  # characters of the words naming a list shown as its title


def _named_by(listed: Listed, report: Report | None = None) -> str:
    """The words naming a list, as its title: an inline run's clause up to its name (「通过实现交通联通、规划融通、
    要素流通的“三通”目标」, not the clause after it), or up to its end when nothing names it there (「着力提升科技
    创新“硬核力”、产业体系“竞争力”」, not 「增加全球市场…」 after it), at most TITLE_MOST characters, from a clause's
    start."""
    text = listed.context.strip()
    last = report.text[slice(*listed.spans[-1])] if report is not None and listed.spans else ""
    if listed.kind == "inline" and (ends := re.search(rf"{re.escape(last)}[”」]*{re.escape(listed.tail)}(?!.*{re.escape(last)})",
                                                       text, re.S) if last else None):
        text = text[:ends.end()]
    elif listed.kind == "inline" and listed.tail.strip("。；，："):
        at = text.rfind(listed.tail)
        text = text[:at + len(listed.tail)] if at >= 0 else text
    if len(text) > TITLE_MOST:
        before, text = text[:-TITLE_MOST], text[-TITLE_MOST:]
        clause = _CLAUSE.search(text)
        if clause and clause.end() < len(text) - 4:
            text = text[clause.end():]
        elif _MARK.findall(text)[:1] == ["、"] and (text[0] == "、" or not _MARK.fullmatch(before[-1])):
            text = text[text.index("、") + 1:]  # cut inside a run's piece: from its first whole piece on
    return text


_MARK = re.compile(r"[，；：。、,;:]")
