"""Answering with a fact: the one sentence of the best passages that holds the question's words."""
from __future__ import annotations

import re

from corpus.chunk import first_sentence, pieces as sentences
from corpus.gazetteer import load_gazetteer
from corpus.leads import opens_with_lead
from corpus.metadata import part_of
from corpus.models import Paragraph, Report
from corpus.structure import NOTES_HEADING
from index.tokenize import tagged

from assistant.abbreviations import spelled_out, with_short_words
from assistant.answer_lists import quoted_count
from assistant.citations import MIN_COVERAGE, Builder, coverage
from assistant.figure_score import weighted_share
from assistant.query import (GOAL_ASKED, GOAL_SAID, HONOUR_ASKED, HONOUR_SAID, MEANING_ASKED, NAMED_YEAR_ASKED,
                             NAMED_YEAR_SAID, RANK_WORDS, Query, quoted_names)
from assistant.retrieve import Hit


def path_at(para: Paragraph, pos: int) -> tuple[str, ...]:
    item = next((i for i in para.items if i.start <= pos < i.end), None)
    return (*para.section_path, item.path_segment) if item else para.section_path


# A word of the question holding the count it asks (「几连冠」, 「几级」, 「连续几年」): held by a sentence
# writing any count there (「六连冠」, 「国家三级博物馆」, 「连续七年」).
_COUNT = "[一二两三四五六七八九十百千\\d]+"


# a place in a ranking, which a question asking one (排第几, 排名) needs its sentence to state
# (「20强」 is a place, 「百强区」 the name of a list; 「第二、」, 「第三位」 a place, 「第一动力」 a name,
# unless the question asks what follows 第几: 「第几届」 is filled by 「第三届」; the most of a scope, 「获奖数各区
# 最多」, is its first place, as the head of a list is, 「位列全市各区之首」; 「最大限度」 ranks nothing)
_RANKED = f"第{_COUNT}(?:[位名]|(?![\u4e00-\u9fff])){{after}}|(?<![百千])[一二三四五六七八九十\\d]+强|前{_COUNT}|首位|榜首|之首|冠军|亚军|季军|连冠|(?:全[国省市区]|各[区市省])最[多高大快强]"
_ORDINAL_ASKED = re.compile(r"第几([\u4e00-\u9fff])")
# a question asking which province or city (「在哪个省份举办」): its sentence names one (of the gazetteer,
# whose short names stand alone at those levels only) the question does not
_ASKS_PLACE = re.compile(r"哪(?:个|一)?(?:省份?|城市|地市)")
_NOTE_NUMBER = re.compile(r"^\d{1,3}\s*[.．、]\s*")  # 「5.」 before a note's term
# which street, community or town (「选址在哪个街道」): its sentence names one, a name ending in the kind
# asked (「南头街道」) — a place is always named with its kind, unlike an honour (「哪个奖项」: 中国质量奖)
_ASKS_LOCALITY = re.compile(r"哪(?:个|一)?(街道|社区|镇|乡|村)")
# who (「夺得金牌的运动员是谁」, 「哪位」): its sentence names a person (_names_person)
_ASKS_PERSON = re.compile(r"是谁|谁是|哪位|哪些人")


def _underived(terms: tuple[str, ...], sentence: str) -> tuple[str, ...]:
    """The terms without those a sentence lacks that are another term and one character more (「全国性」
    of 全国, 「消费类」 of 消费, 「全世界」 of 世界): jieba gives a question both, and the longer says no
    more than the shorter, which the sentence is then asked for alone. Rare, the longer weighs most of
    the question: kept, it would leave 「获评“全国…单位”」 short of a question on a 全国性称号."""
    said = sentence.lower()
    return tuple(t for t in terms if t in said or not any(
        len(p) == len(t) - 1 >= 2 and (t.startswith(p) or t.endswith(p)) for p in terms)) or terms


def _names_person(sentence: str) -> bool:
    """Whether jieba tags a word of two or more characters a person's name (nr) that is no place's
    name, short or whole (it tags 龙岗 so too)."""
    return any(tag == "nr" and len(word) > 1 and not any(_places(word + kind) for kind in ("", "区", "市", "县", "省"))
               for word, tag in tagged(sentence))


def _places(text: str) -> set[str]:
    return {name for _, _, name in load_gazetteer().names_in(text)}


def _ranked(question: str) -> re.Pattern | None:
    """What a sentence answering a ranking question must hold, or None if the question asks none."""
    if not RANK_WORDS.search(question):
        return None
    asked = _ORDINAL_ASKED.search(question)
    after = f"|第{_COUNT}{re.escape(asked.group(1))}" if asked and asked.group(1) not in "位名" else ""
    return re.compile(_RANKED.format(after=after))


def _filled(terms: tuple[str, ...], sentence: str, ranked: re.Pattern | None) -> tuple[str, ...] | None:
    """The terms as the sentence answers them — each asking a count (几) replaced by the words filling
    it — or None when the sentence leaves what is asked open: no such count, or no place in a
    ranking for a question asking one."""
    if ranked and not ranked.search(sentence):
        return None
    out = []
    for term in terms:
        if "几" not in term:
            out.append(term)
            continue
        found = re.search(re.escape(term).replace("几", _COUNT), sentence)
        if not found:
            return None
        out.append(found.group(0).lower())
    return tuple(out)


# what a question asks for by its kind (「获评了什么荣誉称号」, 「哪个奖项」): the sentence answering it names
# the thing (「全国行政服务大厅十佳典型案例」), not always the kind
_KIND_AFTER = re.compile(r"((?:[一两][座个家所条项种批位类])?(?:什么|哪(?:个|项|家|种|类|一))(?:样的?)?)([\u4e00-\u9fff]{0,6})")


def _sets_goal(sentence: str, terms: tuple[str, ...]) -> bool:
    """Whether a sentence sets a goal: a verb of making (GOAL_SAID) with more after it, in its clause, than
    the question's own words — 「三是高标准打造笋岗新商圈。」 makes the thing asked and says nothing of what."""
    for made in GOAL_SAID.finditer(sentence):
        rest = re.split(r"[，。；：,;:！？]", sentence[made.end():], maxsplit=1)[0].lower()
        for term in sorted(terms, key=len, reverse=True):
            rest = rest.replace(term.lower(), "")
        if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= GOAL_LEAST:
            return True
    return False


GOAL_LEAST = 2  # characters a goal says beyond the question's words (「…中心」)
GOAL_KIND = 0.5  # what a sentence making a thing of the kind asked adds: more than a rank's 0.05, less than a word


def _goal_kind(question: str) -> re.Pattern | None:
    """For a goal asked of a kind (「建成什么样的中心」, 「打造成一个什么样的城区」), the pattern of a goal set
    of that kind: a verb of making, then within its clause a word ending in the kind (「打造成…体验中心」)."""
    asked = re.search(r"什么样?的?([\u4e00-\u9fff]{1,4})[？?]?$", question)
    if not asked:
        return None
    return re.compile(rf"(?:{GOAL_SAID.pattern})[^，。；：,;:]{{0,24}}?{re.escape(asked.group(1))}")


# things counted of a kind the question quotes (「哪三座“城”」, 「哪两个“区”」; ``answer_lists.quoted_count``): a
# sentence naming that many, each closing in the kind (「…先进制造城、…湾区滨海城、…民生幸福城」), says which they are
def _names_as_many(sentence: str, counted: tuple[int, str]) -> bool:
    """Whether a clause of the sentence names as many things as counted, each closing in the kind, joined by
    、 (a run of them, no longer)."""
    many, kind = counted
    for clause in re.split(r"[，。；：！？,;:!?]", sentence):
        run = 0
        for piece in clause.split("、"):
            run = run + 1 if piece.rstrip("”」").endswith(kind) and len(piece) > len(kind) else (
                -1 if run == many else 0)  # a piece of another kind after the run: not its end
            if run == -1:
                break
        if run == many:
            return True
    return False


_HONOUR_KIND = re.compile(r"(?:荣誉)?称号|荣誉|奖项|殊荣")


def _kind_words(question: str, terms: tuple[str, ...]) -> set[str]:
    """The terms asking (「一座什么样的」) or naming the kind of thing asked (those inside the words
    right after 什么 or 哪个)."""
    kinds = "".join(m.group(0) for m in _KIND_AFTER.finditer(question))
    # an honour asked names its kind last (「什么全国性的荣誉称号」, 「哪项法治方面的全国性荣誉称号」): the
    # sentence stating one need not say 称号 (「获评全国“敬老文明号”」), as HONOUR_SAID checks it is one
    # (unless the question says nothing else: 「获得了什么全国性的生态奖项」 keeps 奖项, found as 奖)
    named = {t for t in terms if t in kinds}
    honours = {t for t in terms if _HONOUR_KIND.fullmatch(t)} if HONOUR_ASKED.search(question) else set()
    return named | honours if set(terms) - named - honours else named


NOTED = 2.0  # as sure as a sentence holding every word of the question in its heading too (at most 1.35)
# a term in Latin letters whose meaning is asked (「这个ESI指的是什么」): the report's notes (名词解释)
# explain it under its own entry, as they do a quoted one
_LATIN_TERM = re.compile(r"[A-Za-z][A-Za-z0-9+\-]{1,15}")


# a quoted name counting what it stands for (「“三山”」, 「“四个意识”」), asked which or what they are
# (「是哪三座山」, 「具体有哪些做法」, 「包括什么」, 「由哪些人组成」, 「指的是培养哪三类人」; not 「在哪个街道
# 开展」: where it is done)
_COUNTED_NAME = re.compile(r"[一二两三四五六七八九十百千万\d]")
_WHICH = re.compile(r"(?:是|有|包括|包含|指|由)(?:的是)?[\u4e00-\u9fff]{0,2}?(?:哪|什么)")
# asked of each member (「对“四大新城”建设分别有什么安排」): what is done for each, not which they are
_EACH = re.compile(r"分别|各自")


def _terms_explained(question: str) -> list[str]:
    """The terms a question asks the meaning of: those it quotes, else a word in Latin letters; a quoted
    name holding a count, asked which (「“三山”是哪三座山」), asks its members: what it means."""
    if not MEANING_ASKED.search(question):
        counted = [n for n in quoted_names(question) if _COUNTED_NAME.search(n)]
        return counted if counted and _WHICH.search(question) and not _EACH.search(question) else []
    return quoted_names(question) or _LATIN_TERM.findall(question)


def _note_on(report: Report, terms: list[str]) -> tuple[Paragraph, int, int, str] | None:
    """The first sentence of the notes' entry whose term holds one of ``terms`` (「29.新城建」 for 新城建),
    with that entry's term."""
    for para in report.paragraphs:
        path = para.section_path
        if not path or not NOTES_HEADING.match(path[0]):
            continue
        start = para.start
        if len(path) > 1:  # the entry's term is its heading (「29.新城建」)
            entry = _NOTE_NUMBER.sub("", path[-1])
        else:  # or opens its paragraph (「[10].双精准：精准扶贫、精准脱贫。」)
            said = _NOTE_ENTRY.match(report.text, para.start, para.end)
            if not said:
                continue
            entry, start = said.group(1), said.end()
        if any(t.lower() in entry.lower() for t in terms):
            # its first sentence, to its full stop: the members of a counted name run on past 「；」
            # (「“四个到底”…：即坚持领导包案，…一抓到底；建立应急机制，…；行政司法联动，…。」)
            body = report.text[start:para.end]
            s_start = start + len(body) - len(body.lstrip())
            stop = report.text.find("。", s_start, para.end)
            return para, s_start, stop + 1 if stop >= 0 else para.end, entry
    return None


# a notes entry opening its own paragraph: its number (「[10].」, 「3.」), its term, a colon
_NOTE_ENTRY = re.compile(r"(?:\[\d{1,3}\]|\d{1,3})\s*[.．、]?\s*([^：:。]{1,30})[：:]")


def _headings_over(report: Report, para: Paragraph) -> list[tuple[tuple[int, int], tuple[str, ...]]]:
    """The spans of the headings on a paragraph's path (its chapter's, its section's…) in the text,
    each with the headings above it. None in the notes: an entry's heading is the term it explains."""
    path = para.section_path
    if path and NOTES_HEADING.match(path[0]):
        return []
    return [((s.start, s.start + len(s.path[-1])), s.path[:-1]) for s in report.sections
            if s.path == path[:len(s.path)] and report.text.startswith(s.path[-1], s.start)]


def answer_note(query: Query, report: Report, builder: Builder) -> tuple[str, float] | None:
    """What the report's notes say under the entry of the term whose meaning the question asks
    (「“新城建”是什么的简称」), if it has one: its own explanation, whatever the question's kind."""
    explained = _terms_explained(query.text)
    note = _note_on(report, explained) if explained else None
    if note is None:
        return None
    para, s_start, s_end, entry = note
    marker = builder.cite(report, para.section_path, para.number, s_start, s_end)
    return f"{entry}：{report.text[s_start:s_end]}[{marker}]", NOTED


def answer_fact(query: Query, report: Report, hits: list[Hit], builder: Builder,
                weights: dict[str, float], *, plans_only: bool = False, used: frozenset[str] = frozenset()
                ) -> tuple[str, float] | None:
    """The one sentence of the best passages that holds most of the question's words. ``plans_only``:
    the report plans the year asked and reviews none, so its review part tells of the year before.
    ``used``: the question's words the indexed reports use (a short word of theirs may be the asker's).
    (What a term means is the notes' to say first: ``answer_note``.)"""
    ranked = _ranked(query.text)
    names = quoted_names(query.text)  # its sentence says each whole
    asked_places = _places(query.text) if _ASKS_PLACE.search(query.text) else None
    honour = bool(HONOUR_ASKED.search(query.text))  # its sentence says one, however worded
    goal = bool(GOAL_ASKED.search(query.text))  # so too a goal
    locality = _ASKS_LOCALITY.search(query.text)
    named_locality = re.compile(rf"[\u4e00-\u9fff]{{2}}{locality.group(1)}") if locality else None
    person = bool(_ASKS_PERSON.search(query.text))
    year_named = bool(NAMED_YEAR_ASKED.search(query.text))  # its sentence quotes a year's name
    # a goal of a kind asked (「把龙华超级商圈建成什么样的中心」): a sentence making something of that kind
    # (「打造成世界级未来消费体验中心」) sets it, rather than one naming the kind elsewhere (「龙华商业中心」)
    goal_kind = _goal_kind(query.text) if goal else None
    counted_kind = quoted_count(query.text)
    counted_kind = counted_kind if counted_kind and (counted_kind[0] or 0) >= 2 else None  # (several: a run)

    # all the search gave the report (HITS_PER_REPORT), and for a goal of a kind asked every paragraph setting one
    # (「奋力打造…先锋城区」 for 「要奋力打造什么城区」: few of a report's sentences do, the search may rank the
    # one that does below passages sharing the question's commoner words), after them, with no rank
    passages = [(report.paragraph(h.chunk.paragraph), h.chunk.start, h.chunk.end, h.rank) for h in hits]
    if goal_kind:
        searched = {p.number for p, *_ in passages}
        passages += [(p, p.start, p.end, 0) for p in report.paragraphs
                     if p.number not in searched and goal_kind.search(report.text, p.start, p.end)]

    def best_sentence(kinds: set[str]) -> tuple[float, int, int, Paragraph] | None:
        """The sentence of the best passages holding most of the question's words, enough of them
        apart from ``kinds``."""
        best: tuple[float, int, int, Paragraph] | None = None
        seen_headings: set[tuple[int, int]] = set()  # each heading scored once
        for para, start, end, rank in passages:  # an earlier one of the search scores a little higher
            if plans_only and part_of(para.section_path, report.meta) == "review":
                continue
            spans = sentences(report.text, start, end, 10_000)
            lead = first_sentence(report.text, para.start, para.end) if opens_with_lead(report, para) else None
            # the headings above the passage, each once: what a chapter is titled may be the fact asked
            # (「（二）聚焦建设…主阵地，打造全球创新创业创意之都」 for 「提出要打造什么“之都”」)
            headings = {h: above for h, above in _headings_over(report, para) if h not in seen_headings}
            seen_headings.update(headings)
            for n, (s_start, s_end) in enumerate([*spans, *headings]):
                # (short forms read either way: 「国高企业」 says 国家高新技术企业, 「人民防空」 says 人防)
                sentence = with_short_words(
                    query.terms, spelled_out(query.text, query.terms, report.text[s_start:s_end]), used)
                # the sentence before it in the passage may say what it is about (「空气质量…连续八年全市第一；
                # PM2.5…下降15.2%，获评“中国天然氧吧”称号。」): its words count towards the gate, not the score
                before = report.text[slice(*spans[n - 1])] if 0 < n < len(spans) else ""
                # so may the lead sentence opening its paragraph (「大力鼓励外商投资。…持续打造“投资中国”品牌。」):
                # it names the topic of every sentence after it
                if lead and n < len(spans) and s_start > lead[0]:
                    before = f"{report.text[slice(*lead)]} {before}"
                # a heading's path is the headings above it (else it would count twice)
                path = " ".join(headings[(s_start, s_end)] if (s_start, s_end) in headings else path_at(para, s_start))
                terms = _filled(query.terms, sentence, ranked)
                # a name the question quotes is said by the sentence or by the heading it stands under
                # (a notes entry's term: 「安全生产“目标九不死”」 over 「指龙城街道…提出的工作目标」)
                if (terms is None or not all(n in sentence.lower() or n in path.lower() for n in names)
                        or asked_places is not None and not _places(sentence) - asked_places
                        or honour and not HONOUR_SAID.search(sentence)
                        or goal and not _sets_goal(sentence, query.terms)
                        or named_locality is not None and not named_locality.search(sentence)
                        or person and not _names_person(sentence)
                        or year_named and not NAMED_YEAR_SAID.search(sentence)):
                    continue
                held = weights if terms == query.terms else {  # a count filled weighs as the word asking it
                    **weights, **{f: weights[t] for f, t in zip(terms, query.terms)}}
                gate = _underived(tuple(t for t in terms if t not in kinds) or terms, sentence)
                if coverage(gate, held, sentence, path, before, apart=True) < MIN_COVERAGE:
                    continue
                # (a heading above the passage was not what the search ranked: no rank of its own)
                score = weighted_share(terms, held, sentence) + 0.3 * weighted_share(terms, held, path) \
                    + (0.0 if (s_start, s_end) in headings or not rank else 0.05 / rank) \
                    + (GOAL_KIND if goal_kind and goal_kind.search(sentence) else 0.0) \
                    + (GOAL_KIND if counted_kind and _names_as_many(sentence, counted_kind) else 0.0)
                if best is None or score > best[0]:
                    best = (score, s_start, s_end, para)
        return best

    found = best_sentence(set())
    kinds = _kind_words(query.text, query.terms)
    if found is None and kinds:  # no sentence names the kind asked: one naming the thing answers,
        found = best_sentence(kinds)  # less sure than any report's sentence holding the words (≥ MIN_COVERAGE)
        found = found and (found[0] - 1.0, *found[1:])
    if found is None:
        return None
    score, s_start, s_end, para = found
    marker = builder.cite(report, path_at(para, s_start), para.number, s_start, s_end)
    # a note's sentence (名词解释) explains the term it stands under (「5.蓝海法律查明和商事调解中心：全国首家…」)
    in_glossary = len(para.section_path) > 1 and NOTES_HEADING.match(para.section_path[0])  # not an attachment
    term = _NOTE_NUMBER.sub("", para.section_path[-1]) if in_glossary else ""
    return f"{term + '：' if term else ''}{report.text[s_start:s_end]}[{marker}]", score
