"""What a question asks: intent, regions and years (from the corpus's own metadata), unit hints,
the content words to match, and sub-questions when it asks two things."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from corpus.clean import remove_spaces
from corpus.models import Report
from index.figures import UNITS
from index.tokenize import STOPWORDS, Tokenizer, tagged, word_ends, word_frequency

from assistant.grounding import DONE_WORDS, PLAN_WORDS, asks_plan, places_in, reports_for_places
from assistant.periods import (FIVE_YEAR_PLAN, YEAR_RUN, YEAR_SINCE, YEAR_UNTIL, YEARS_SPAN, five_year_plan_years,
                               span_length)

# (「这几场硬仗」, 「那几年」 point at things named, as 「哪几」 asks for a list: no count asked)
FIGURE_WORDS = re.compile(r"多少|(?<![哪这那])几[件起个项家名人次户条份]|(?<![哪这那])几|多[高大快长重远](?!程度)|比重|占比|比例"
                          r"|完成率|覆盖率|金额|总数|数量|罚了多少钱|是多少")
MEASURE_WORDS = re.compile(r"措施|怎么|怎样|如何|采取了什么|做了什么|做法|举措|不足|问题|下一步|打算|安排|计划"
                           # a list asked for: 「哪些方面的工作」, 「哪八个方面」, 「三大优势产业是哪些」
                           r"|哪些|哪[几一二三四五六七八九十\d]+")
# 「怎样的…」, 「怎么样的…」 ask what kind of thing, as 「什么样的…」 do (FACT_WORDS), not how to work
_WHAT_KIND = r"怎么?样的"
# a ranking is told in a sentence, not a count (位居 after 哪 is none: 「哪位居民」)
RANK_WORDS = re.compile(rf"第几|排第|排名|(?<!哪)位居|(?<!哪)位列|名列|排在|排(?:什么|哪个)(?:位置|名次)|(?:什么|{_WHAT_KIND})名次")
# How a ranking is asked (「排第几」, 「排名第几位」, 「位居全市第几」 less its place): the sentence answering
# states a place (answer_facts), in its own words (「跃居全市第二」), so these are no words to find.
_RANK_ASKED = re.compile(r"(?:排名|排在|排到|排|位居|位列|名列)?第几[位名]?"
                         rf"|(?:排名|排在|排到|排|位居|位列|名列)?(?:是|在)?(?:什么|哪个|{_WHAT_KIND})(?:位置|名次)"  # 「排什么位置」
                         r"|排名|(?<!哪)位居|(?<!哪)位列|名列|排在|排到"
                         # the everyday verb of receiving (「拿到了哪个称号」, 「拿了第几名」): the reports say
                         # 获评, 荣获, 获得, each its own word, so 拿 says only that something was received
                         r"|拿(?:到|下)?了?")
# a count the reports write as a word (「六连冠」, 「十连增」, 「国家三级博物馆」, 「连续七年」): told in a
# sentence, as a ranking is
COUNTED_WORD = re.compile(r"几连|几级|几星|连续几")
# what asks for work itself (「打算做些什么」, 「有什么打算」, 「下一步重点是什么」), not for one named thing
# (「计划在银湖片区建设什么」): the time words of MEASURE_WORDS alone (计划, 打算) do not make a measure
# question of 「什么」 and 「哪个」
_WORK_VERB = re.compile(r"(?:[做干抓]|采取)了?些?什么")  # asks for the work; no word of its topic
_WORK_ASKED = re.compile(rf"措施|(?!{_WHAT_KIND})(?:怎么|怎样)|如何|做法|举措|不足|问题|哪些|哪[几一二三四五六七八九十\d]+"
                         rf"|{_WORK_VERB.pattern}|什么(?:打算|安排|重点)|重点是什么"
                         r"|(?:分别|各)(?:是|有|包括)什么")  # 「八大重点工程分别是什么」: several things, a list
FACT_WORDS = re.compile(rf"谁|哪位|哪家|哪个|什么|{_WHAT_KIND}")
# the question pointing at the report itself (「政府工作报告里说的」, 「那份报告回顾过去五年时说」): where it
# is said, no word of what — the routing reads the report's year from it (grounding._NAMED_REPORT)
# (a report asked about, 「发布了多少份审计报告」, is a word to find: only a work report, or one said in)
_REPORT_SAYS = re.compile(r"(?:那份|这份)?(?:[\u4e00-\u9fff]{0,4}工作报告(?:里|中|上)?|报告(?:里|中|上)|报告(?=提到|提出|说|讲|写|谈到))"
                          r"(?:面)?(?:所|在)?(?:提到|提出|说|讲|写|谈到)?的?"
                          r"|(?<=[年期])时(?:说|讲|提到)")
# what a term stands for (「“新城建”是什么的简称」, 「这个ESI指的是什么」, 「“二类疫苗”是指哪类疫苗」, 全称):
# the report's explanation of it, a fact (asked as a counted list, 「指的是哪三项」, a list question, which
# the notes answer where they explain the term: answer_facts.answer_note)
MEANING_ASKED = re.compile(r"什么的(?:简称|缩写)|全称|(?:具体)?(?:是指|指的是|指)(?:什么|哪)|是什么意思|什么含义|含义是什么"
                           r"|是一[种个类项]什么样的")  # 「“信用就医”是一种什么样的就医模式」
# 哪 with a classifier of persons, bodies, works, places or days (「哪两家企业」, 「哪位教授」, 「哪一天」):
# one named thing, or a few, told in a sentence — not a list of work, as 「哪几个方面」, 「哪些」 ask
# 哪项, 哪一个, 哪一段: one thing (哪一 always asks one, but 哪一些); 哪三项 a list
_ENTITY_ASKED = re.compile(r"哪[一两二三四五六七八九十\d]*[家位名部座天日年条所]|哪一?[项个]|哪一(?![些])(?=[\u4e00-\u9fff])")
# an honour asked (「评上了什么等级」, 「荣获了哪个奖项」, 「授予深圳什么称号」): the verb asking is the
# question's, the report says it its own way (获评, 被授予, 入选): no word to find; its sentence must say
# an honour (HONOUR_SAID: 奖 of a prize, not of 奖励, 奖补 or 奖惩 — rewards a report gives, no honour won;
# 批准为 the designation a body grants, which 获批 and 批成 ask)
# (with any aspect: 拿到, 拿了, 拿过 — 「拿过什么国际奖项」)
_HONOUR_VERBS = r"评上|评为|被评为?|评[了过成]|拿[到了过]|得[到过]|获[得过]|荣获|获评|获批|授予|批成|入选"
HONOUR_ASKED = re.compile(rf"(?:{_HONOUR_VERBS})了?(?=[^？?。]{{0,12}}?(?:什么|哪))")
# honours asked as a list right after the verb (「获得了哪些奖项」, 「入选了哪些榜单」): named things a sentence
# tells, no work of a section
_HONOURS_LISTED = re.compile(rf"(?:{_HONOUR_VERBS})了?哪")
HONOUR_SAID = re.compile(r"获|荣膺|荣登|评为|评定|授予|入选|称号|荣誉|奖(?![励补惩])|命名|认定|列为|列入|创建|挂牌|晋级|升级为|批准为")
# a goal asked (「要把后海片区建成什么样的区域」, 「把大运中心打造成什么」): its sentence sets one, however worded
# (打造, 建设成为, 定位为) — a sentence naming the place and no goal for it (「完成后海片区连廊前期工作」) is no answer
GOAL_ASKED = re.compile(r"(?:打造成?为?|建成为?|建设成为?|建设为|定位为|发展成为?)(?=[^？?。，]{0,8}?(?:什么|哪))")
GOAL_SAID = re.compile(r"打造|建成|建设|成为|定位|发展成|争创|创建|迈向|构建")
# a year's name asked (「把2017年定为什么年」, 「开展的是什么主题年工作」, 「定为新区的哪两个“年”」, 「落实哪两个
# “提升年”的部署」): a report names the theme it gives a year in quotes (「区委将今年定为“攻坚落实年”」), so
# the sentence answering quotes a name ending in 年 (NAMED_YEAR_SAID); 哪一年 and 什么年份 ask a date
NAMED_YEAR_ASKED = re.compile(r"什么(?:主题)?年(?:工作|活动)?(?![\u4e00-\u9fff])"
                              r"|(?:什么|哪[两二三四五六七八九十几]个)\s*[“\"]([\u4e00-\u9fff]{0,8})年[”\"]")
# (two names in one quote: 「将今年确定为“改革攻坚年、工作落实年”」)
NAMED_YEAR_SAID = re.compile(r"[“\"](?:[\u4e00-\u9fff]{2,12}年[、，,])*[\u4e00-\u9fff]{2,12}年[”\"]")
# what 在 opens, up to the localizer closing it before a modal or 把 (「在生态环境保护上」 of 「…上要开展」)
_FRAME_CLOSED = re.compile(r"(?<=在)[^，,。？?在]{1,15}?[上中里](?=[要将把])")
# a name asked (「那场台风叫什么名字」, 「名称是什么」): how the question asks, no word to find
_NAME_ASKED = re.compile(r"(?:名字|名称)?(?:叫做?|名叫|是)什么(?:名字|名称)?|(?:名字|名称)是什么|叫啥")
COMPARE_WORDS = re.compile(r"分别|各地|两地|各区|哪些区|各自|对比|比较")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*(?:不变价|可比价))")  # 「2010年不变价」: a price base, no year asked
# a year as the question says it, with the time in it (「2016年底」, 「2020年初」): no word to find
# (「2016年到2020年」, 「2016—2020年」: the span's word is no word to find either)
_YEAR_SAID = re.compile(r"(?:(?:19|20)\d{2}\s*年?\s*(?:到|至|—|－|-|～|~)\s*)?(?:19|20)\d{2}\s*年(?:底|末|初)?")
# 「一共」, 「总共」 ask the figure itself, a total, as 多少 does (「地铁一共通了多少公里」 is no 一 / 共通)
_TOTAL_ASKED = re.compile(r"一共|总共")
# 「GDP到了多少」: 到 alone asks the level reached (降到, 提高到 keep their verb); 「“十二五”末」 says when (its
# last year), as 「2015年底」 does: no words to find
_REACHED_ASKED = re.compile(r"(?<![降提增达升涨减])到了?(?=多少)|(?<=五”)期?末|(?<=十[一二三四五六七八九]五)期?末")
# the everyday verb of spending before 多少钱 (「在民生上花了多少钱」) asks the money itself, which the
# reports say as 支出, 投入, 安排 or 资金: the unit asked (元) and the topic's words find it
_SPENT_ASKED = re.compile(r"(?:花费|花|用|投(?!入))了?(?=多少(?:钱|资金|经费))")
# 「赤字率定的多少」, 「目标定为多少」, 「想让…达到多少」: what a plan set or wants, asked in everyday words (定
# is no word to find, and cut with what is before it, 「率定」, would be one)
_SET_ASKED = re.compile(r"定(?:的是|的|为|在|了)(?=多少|几)|想(?:让|要|把)")  # (「定的是多少」 too: its 定 would be found in 固定)
_RELATIVE_YEAR = {"去年": -1, "前年": -2, "今年": 0, "本年度": 0, "明年": 1, "来年": 1}
_GLOSSED_YEAR = re.compile(rf"(?:{'|'.join(_RELATIVE_YEAR)})\s*[（(]\s*(?:19|20)\d{{2}}\s*年?\s*[)）]")
_UNITS_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_UNIT_HINT = re.compile(rf"多少\s*({_UNITS_ALT})|几\s*({_UNITS_ALT})")
# a figure asked with 几 counts in any measure word (「几处违建」: 114处), as the figures read any
# (index/figures._generic); of a list (「哪几方面」) it is no unit. (After 多少 a character may start a
# noun, which jieba's tags do not tell from a measure word: 「多少电」, 「多少处」 are both nouns to it.)
_COUNTED_IN = re.compile(r"几\s*([\u4e00-\u9fff])")
_COMPOUND_UNIT = re.compile(r"多少\s*([\u4e00-\u9fff]{1,4}/[\u4e00-\u9fff]{1,4})")
# The words for output (「万元GDP水耗」, 「万元工业增加值能耗」: per 万元 of it, a denominator, not money asked)
OUTPUT_WORDS = "GDP|gdp|地区生产总值|本地生产总值|生产总值|工业增加值|增加值|产值"
_MONEY = re.compile(rf"罚了多少钱|多少钱|金额|罚没款|罚款额|万元(?!\s*(?:{OUTPUT_WORDS}))")
# 研发投入强度: R&D spending as a share of GDP; 「在GDP中占多少」 a share too
_RATE = re.compile(r"率|比例|比重|占比|百分|强度|占[^，。？?]{0,8}?多少")
_SPLIT = re.compile(r"[？?；;，,]")  # pieces that each ask for a figure are sub-questions
CONJUNCTION = re.compile(r"以及|和|及(?!以上|以下|其)|与|、")  # 「义务教育学位和学前教育学位」: two values asked; 「地级及以上城市」 is one thing
_WHOLE = re.compile(r"全[市区省县国]")  # a place's whole: 「深圳全市」
_QUOTED = re.compile(r"[“「『][^”」』]*[”」』]")
_CHANGE_VERBS = "增长|增速|增幅|下降|降低|提高|提升|上升|减少|增加|回落|降幅|涨幅"
_ASKS_CHANGE = re.compile(rf"({_CHANGE_VERBS})(了|达到|达|为|约)?"
                          r"(多少|几|百分之|幅度|多快|怎样|如何)|增速|增幅|降幅|涨幅|同比|比上年|[降涨]了?(?:多少|几)"
                          # 「是增长还是下降，幅度多大」: how much it moved, either way
                          r"|幅度(?:有|是)?(?:多大|多少)"
                          r"|比[^，。？?]{1,12}[高低快慢](了|出)?(多少|几)"
                          # a growth target (「GDP增长目标定的是多少」) is a rate
                          rf"|(?:{_CHANGE_VERBS})的?(?:预期)?(?:目标|指标)[^，。？?]{{0,5}}(?:多少|几)")
# A word that only says a change is asked (「比上年增长了多少」): it names no thing the change is of.
CHANGE_WORD = re.compile(rf"(?:{_CHANGE_VERBS}|比|较|同比|上年|比上年|去年)")

# jieba part-of-speech classes of function words: conjunction, preposition, auxiliary (u, uj, ul, …)
FUNCTION_TAGS = frozenset("cpu")

SYNONYMS_FILE = Path(__file__).parent / "data" / "synonyms.json"
QUESTION_WORDS_FILE = Path(__file__).parent / "data" / "question_words.json"


@lru_cache(maxsize=1)
def question_words() -> frozenset[str]:
    """Words of how people ask (「具体」, 「认为」), fitted on the tuning half: not words to match."""
    if not QUESTION_WORDS_FILE.exists():
        return frozenset()
    return frozenset(json.loads(QUESTION_WORDS_FILE.read_text(encoding="utf-8"))["words"])


@lru_cache(maxsize=1)
def synonyms() -> tuple[tuple[str, str], ...]:
    """(everyday word, the reports' word) from the data file, longest words first."""
    entries = json.loads(SYNONYMS_FILE.read_text(encoding="utf-8"))["entries"]
    return tuple(sorted(((e["word"], e["adds"]) for e in entries), key=lambda p: -len(p[0])))


@dataclass(frozen=True)
class Query:
    text: str
    intent: str  # figure | measure | fact
    compare: bool
    report_ids: tuple[str, ...]  # reports named by region (empty: all)
    unknown_regions: tuple[str, ...]  # named regions that no report covers
    years: tuple[int, ...]
    unit: str | None  # unit hint: 件, 人次, 元, %
    terms: tuple[str, ...]  # content tokens to match
    parts: tuple["Query", ...] = ()  # sub-questions when it asks two things
    anchor: int | None = None  # the year 去年/今年/明年 are read against
    asks_change: bool = False  # 增长多少, not how much in all
    asks_plan: bool = False  # a target or plan (目标, 下一步), not what was done
    joined: bool = False  # it asks of topics joined (「平安建设和社会治理」), not of one


def apply_synonyms(text: str) -> str:
    """The question with the reports' words for its everyday words added (never replacing them):
    「黑诊所有多少家」 → 「黑诊所有多少家 无证行医」."""
    added = [canonical for word, canonical in synonyms() if word in text and canonical not in text]
    return " ".join([text, *dict.fromkeys(added)])


def _everyday_words(text: str) -> tuple[str, list[str]]:
    """The everyday words of the synonym data in a text, each kept whole as one term (matched
    against passages through the words it stands for), and the text with them masked: cut apart,
    「黑诊所」 would be 黑 / 诊所 and 「第三产业占GDP」 does not become 第 / 三产 / 业占."""
    found = []
    for word, _ in synonyms():
        if word in text:
            found.append(word.lower())
            text = text.replace(word, " ")
    return text, found


def resolve_relative_years(text: str, year: int | None) -> str:
    """「明年打算怎么做」 in a 2020 report → 「2021年打算怎么做」, so the search can find the year."""
    if year is None:
        return text
    for word, delta in _RELATIVE_YEAR.items():
        text = text.replace(word, f"{year + delta}年")
    return text


def with_terms(query: Query, extra: tuple[str, ...]) -> Query:
    """The query (and its parts) asked to match more words."""
    parts = tuple(with_terms(p, extra) for p in query.parts)
    return replace(query, terms=tuple(dict.fromkeys(query.terms + extra)), parts=parts)


# a name the question quotes (「“幸福社区”工程」, 「在全国“绿色发展百强区”中排第几」)
_NAME_QUOTED = re.compile(r"[“「『]([^“”「」『』]{2,20})[”」』]")


def quoted_names(text: str) -> list[str]:
    """The names a question quotes, lowercased and spaced as the reports' text is (「“多调联动 精智解纷”」
    says 「多调联动精智解纷」): its answer's passage says them (a period quoted, 「“十二五”期间」, is a time,
    read by the routing)."""
    return [remove_spaces(n).lower() for n in _NAME_QUOTED.findall(text) if not FIVE_YEAR_PLAN.fullmatch(n)]


def without_terms(query: Query, unwanted: Callable[[str], bool]) -> Query:
    """The query (and its parts) without the terms ``unwanted`` accepts."""
    parts = tuple(without_terms(p, unwanted) for p in query.parts)
    return replace(query, terms=tuple(t for t in query.terms if not unwanted(t)), parts=parts)


def _unit_hints(text: str) -> list[re.Match]:
    """The measure words asked after 多少 / 几 (「多少套」), not the first character of the noun asked
    (「多少支出」, 「多少人口」, 「多少项目」: jieba's words run past it)."""
    hints = list(_UNIT_HINT.finditer(text))
    ends = word_ends(text) if hints else frozenset()
    return [m for m in hints if m.end() in ends]


def _unit(text: str) -> str | None:
    if match := next(iter(_unit_hints(text)), None):
        return match.group(1) or match.group(2)
    if _MONEY.search(text):
        return "元"
    if _RATE.search(text):
        return "%"
    if match := _COMPOUND_UNIT.search(text):  # 「多少微克/立方米」: a unit no table lists, written out
        return match.group(1)
    return None


def _counted_in(text: str, intent: str) -> str | None:
    match = _COUNTED_IN.search(text) if intent == "figure" else None
    return match.group(1) if match and match.group(1) not in "万亿千百" else None


def _asks_change(text: str) -> bool:
    """A relative change (增长多少, 比重上升了多少), not an amount added: 「增加多少个学位」 asks a count;
    but a difference from the year before in any unit (「比上一年多了几天」, 「比上年增加多少」)."""
    if _COMPARED.search(text):
        return True
    unit = _unit(text)
    return any(not _amount_of(text, m) for m in _ASKS_CHANGE.finditer(text)) and unit in (None, "%", "个百分点")


_NOUN_TAGS = ("n", "vn")  # jieba's nouns and verbal nouns: what an amount is of


def _amount_of(text: str, match: re.Match) -> bool:
    """A change verb asking 多少 of a noun right after it (「降低了多少成本」, 「减少了多少排放」) asks the
    amount moved, a value in the noun's unit, not a rate."""
    if not match.group(3) or match.group(3) not in ("多少", "几"):
        return False
    after = tagged(text[match.end():match.end() + 8])
    return bool(after) and len(after[0][0]) > 1 and after[0][1].startswith(_NOUN_TAGS)


_COMPARED = re.compile(r"(?:比|较)(?:上一?年|去年|上年同期|去年同期)[^，。？?]{0,6}?(?:增加|减少|增长|下降|多|少|提高|降低)了?(?:多少|几)")


def _modal_apart(text: str) -> str:
    """The text with a space before each modal (要, 将) jieba glues to the character before it, that
    character belonging to the word before (「科技城要打造」: 城要; 「任期内要重点培育」: 内要; 「比重要提到」: 重要
    for 比重 + 要): a word jieba's dictionary lacks, or one whose first character makes a dictionary word
    with the word before it when a verb follows."""
    if not _MODAL.search(text):
        return text
    words = tagged(text)
    out = []
    for n, (word, _) in enumerate(words):
        after = words[n + 1][1] if n + 1 < len(words) else ""  # the tag of the word after it
        before = words[n - 1][0] if n else ""
        glued = (len(word) == 2 and word[1] in _MODALS and after[:1] in ("v", "d", "n")
                 and (not word_frequency(word) or before and word_frequency(before + word[0]) and after[:1] in ("v", "d")))
        # a modal the tagger reads alone before a verb or an adjective (「要勇当」: 要 + 勇当) stands apart from
        # it for the search-mode cut too, which would glue it to the word's first character (要勇 + 当)
        alone = word in _MODALS and after[:1] in ("v", "a")
        out.append(word[0] + " " + word[1] if glued else word + " " if alone else word)
    return "".join(out)


_MODALS = "要将"
_MODAL = re.compile(f"[{_MODALS}](?=[\u4e00-\u9fff])")  # (glued to the character before it or after it)


# a clause of the question: what a comma or a semicolon sets apart
_CLAUSES = re.compile(r"[，,；;]")
_ASKING_WORD = re.compile(r"多少|几|哪|什么|谁|怎么|怎样|如何")


def _asking_clause(text: str) -> str:
    """The clause that asks, the last holding a word of asking (「…要办好的几个重大展会里，哪一个是首届举办的」:
    哪一个, not 几个 of the clause setting the scene); the whole question when none or one clause does."""
    asking = [c for c in _CLAUSES.split(text) if _ASKING_WORD.search(c)]
    return asking[-1] if len(asking) > 1 else text


# 「几个重点片区的建设分别有哪些进展」: 几 names the several things a list is asked of, not a count asked, when
# the list is asked after it (and no 多少 asks a figure)
_SEVERAL_THEN_ASKED = re.compile(r"^(?!.*多少).*几[^？?，,。；;]*?(?:哪些|哪几|怎么|怎样|如何)")


def _intent(text: str) -> str:
    """figure, measure or fact, as the clause that asks says."""
    return ("fact" if RANK_WORDS.search(text) or COUNTED_WORD.search(text) or NAMED_YEAR_ASKED.search(text)
            else "figure" if FIGURE_WORDS.search(text) and not _SEVERAL_THEN_ASKED.search(text)
            else "fact" if _ENTITY_ASKED.search(text) or _HONOURS_LISTED.search(text)
            else "measure" if _WORK_ASKED.search(text)  # 「“三名工程”指的是哪三项」: a list, unless the notes say
            else "fact" if FACT_WORDS.search(text) or MEANING_ASKED.search(text) else "measure")


def analyze(question: str, reports: Iterable[Report], tokenizer: Tokenizer,
            asking: frozenset[str] | None = None) -> Query:
    """``asking``: the words of how people ask, left out of the terms (default: the fitted data)."""
    reports = list(reports)
    text = question.strip()
    places = places_in(text, reports)
    report_ids, unknown = reports_for_places(places, reports, text)
    # 「2016年至2020年年均增长多少」: one period, known by its last year (the report reviewing it); a
    # period planned (「今后五年（2016—2020年）打算…」) by its first (the report planning it)
    plan = asks_plan(text)
    years = {int(y) for y in _YEAR.findall(YEAR_RUN.sub(lambda m: m.group(1 if plan else 2) + "年", text))}
    since, many = YEAR_SINCE.search(text), span_length(text)
    if since and many and many > 1 and not plan and not YEAR_RUN.search(text):
        # 「过去五年（2016年以来）」: the span's last year (2020), whose report reviews it, as 「2016年到2020年」
        years = {int(since.group(1)) + many - 1}
    until = YEAR_UNTIL.search(text)
    if since and until and int(until.group(1)) > int(since.group(1)) and not plan:
        # 「截至2016年，…自2013年以来…」: one period, known by its last year, as 「2013年到2016年」
        years = {int(until.group(1))}
    plan_years = five_year_plan_years(text)
    if not years and plan_years:  # 「“十二五”期间取得了…」 as 「2011年至2015年」; said in no tense (「“十四五”时期的
        done = bool(DONE_WORDS.search(text)) and not plan      # 发展思路」), as the report setting the plan out
        years = {plan_years[1] if done else plan_years[0]}
    # 「去年」 is read against the year the question names (「2024年的报告里，去年…」), else against the
    # newest report of the places asked: the corpus's present.
    # 「去年（2023年）」: the year written beside it is the year it means, no year to count from
    deltas = [] if _GLOSSED_YEAR.search(text) else [delta for word, delta in _RELATIVE_YEAR.items() if word in text]
    anchor = None
    if deltas:
        scope = [r.meta.year for r in reports if r.meta.year and (not report_ids or r.id in report_ids)]
        anchor = min(years) if years else (max(scope) if scope else None)
        if anchor is not None:
            years = {anchor + delta for delta in deltas}
    intent = _intent(_asking_clause(text))
    strip = list(text)
    for place in places:
        if report_ids and place.name in unknown:
            continue  # 「深圳…加强与香港、澳门的互联互通」: a place no report covers, beside one asked about, is the topic
        strip[place.start:place.end] = " " * (place.end - place.start)
    strip, everyday = _everyday_words("".join(strip))
    # 「2016年以来」, 「2018年10月成立以来，到2022年」 say when, as a year does: no words to find
    for asked in (YEAR_RUN, YEAR_SINCE, _YEAR_SAID, _TOTAL_ASKED, _REACHED_ASKED, _SPENT_ASKED, _SET_ASKED, _REPORT_SAYS):
        strip = asked.sub(" ", strip)
    if intent == "fact":  # how the place, the thing or the day is asked: no words to find
        # (of a year's name asked, the words of the name it quotes are: 「“提升年”」 → 提升)
        strip = NAMED_YEAR_ASKED.sub(lambda m: f" {m.group(1) or ''} ", strip)
        strip = _NAME_ASKED.sub(" ", _ENTITY_ASKED.sub(" ", HONOUR_ASKED.sub(" ", _RANK_ASKED.sub(" ", strip))))
    for hint in reversed(_unit_hints(strip)):  # 「多少套 棚改住房」: the unit asked starts no word (套棚)
        strip = f"{strip[:hint.end()]} {strip[hint.end():]}"
    # 「打造成什么」 is 打造 + 成: jieba cuts 打 / 造成, and 造成 (to cause) is no word of it
    strip = strip.replace("打造成", "打造 成")
    # 「在生态环境保护上要开展…」: the localizer closing 在… starts no word with what follows (jieba's 上要)
    strip = _FRAME_CLOSED.sub(lambda m: m.group(0) + " ", strip)
    strip = _modal_apart(strip)
    if intent == "measure":  # 「过去五年」「“十三五”期间」 say when, as the years do: no topic words;
        # 「准备做些什么」 asks for the work, and 做些 is no word of its topic
        strip = _WORK_VERB.sub(" ", YEARS_SPAN.sub(" ", strip))
    for word in _RELATIVE_YEAR:  # a year, read above, not a word to find in the reports
        strip = strip.replace(word, " ")
    asking = question_words() if asking is None else asking
    asking_words = asking | STOPWORDS
    terms = tuple(dict.fromkeys([*everyday, *(t for t in tokenizer.tokenize(strip)
                                              if not t.isdigit() and t not in asking
                                              and not _made_of(t, asking_words))]))
    # the middle two characters of a four-character word, which the tokenizer also cuts, straddle its
    # two words (气质 of 空气质量 = 空气 + 质量): no word of the question
    terms = tuple(t for t in terms if not any(len(w) == 4 and t == w[1:3] for w in terms))
    # words jieba's dictionary tags as closed-class where the question uses them (conjunctions
    # 「因为」, prepositions 「按」, particles) say how it is asked, not what: no words to find (「比」 of
    # 「比上年增长多少」 says a change is asked: kept for that)
    spans = _function_spans(text)  # (tagged once: the tagger is most of analyze's time)
    terms = tuple(t for t in terms if not _straddles_function_word(t, text, spans)) or terms
    if intent != "fact":  # a word holding 几 asks how many (「几处」, 「哪几点要求」; not 几乎): no word to find
        counted = tuple(t for t in terms if not re.search("几(?!乎)", t))  # (「几连冠」 is what a fact asks)
        terms = counted if counted or intent == "figure" else terms  # (a figure asking only 几: no word)
    if intent == "figure":  # 「计划新建多少」: the plan is scored as a plan (asks_plan), not as a word to find
        terms = tuple(t for t in terms if not PLAN_WORDS.fullmatch(t))
    query = Query(text=text, intent=intent, compare=bool(COMPARE_WORDS.search(text)),
                  report_ids=tuple(sorted(report_ids)), unknown_regions=tuple(unknown),
                  years=tuple(sorted(years)), unit=_unit(text) or _counted_in(text, intent), terms=terms, anchor=anchor,
                  asks_change=_asks_change(text), asks_plan=plan,
                  joined=intent == "measure" and joins_topics(text, places))
    if intent == "figure":
        pieces = [p for p in _SPLIT.split(text) if p and FIGURE_WORDS.search(p)]
        pieces = [seg for p in pieces for seg in _conjoined(p, tokenizer, reports)] or [text]
        pieces = [seg for p in pieces for seg in _from_to(p)]
        if len(pieces) > 1:
            parts = tuple(analyze(p, reports, tokenizer, asking) for p in pieces)
            query = replace(query, parts=parts)
    return query


def _made_of(word: str, asking: frozenset[str]) -> bool:
    """Whether jieba's word is two or more words of asking in a row (「具体安排」: 具体 + 安排, 「还有」, 「各有」):
    a word of asking too, which the reports hardly hold whole — weighed by its rarity, it would be the word
    most wanted."""
    pieces = {0: 0}  # where a run of asking words can end → the fewest words in it
    for start in range(len(word)):
        if start not in pieces:
            continue
        for end in range(start + 1, len(word) + 1):
            if word[start:end] in asking and (end not in pieces or pieces[end] > pieces[start] + 1):
                pieces[end] = pieces[start] + 1
    return pieces.get(len(word), 0) >= 2


def _function_spans(text: str) -> list[tuple[int, int]]:
    """Where jieba's tagger finds a function word in ``text`` (FUNCTION_TAGS; not 比, which asks a change)."""
    spans, at = [], 0
    for word, tag in tagged(text):
        if tag[:1] in FUNCTION_TAGS and not CHANGE_WORD.fullmatch(word):
            spans.append((at, at + len(word)))
        at += len(word)
    return spans


def _straddles_function_word(term: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every place ``text`` says ``term`` is a function word, or runs into one (``spans``, from
    ``_function_spans``: the search-mode cuts 「在世」 and 「在世界上」 of 「在世界上排第几」, where the tagger
    reads 在 / 世界 / 上排)."""
    lower = text.lower()
    found = [m.start() for m in re.finditer(re.escape(term), lower)]
    return bool(found) and all(any(a < at + len(term) and at < b for a, b in spans) for at in found)


def joins_topics(text: str, places: Iterable = ()) -> bool:
    """Whether a question joins topics (「平安建设和社会治理」, 「大气、水和土壤污染」): a conjunction,
    as jieba tags it, between two words neither a place nor a year (「2015年和2023年」, 「南山和龙岗」
    join reports, not topics). ``places``: the places found in ``text``."""
    chars = list(_QUOTED.sub(lambda m: "□" * len(m.group(0)), text))
    for place in places:
        chars[place.start:place.end] = " " * (place.end - place.start)
    words = tagged(_YEAR.sub(lambda m: " " * len(m.group(0)), "".join(chars)))
    content = lambda word, tag: bool(re.search(r"[\u4e00-\u9fff]", word)) and tag not in ("m", "x")  # noqa: E731
    return any(CONJUNCTION.fullmatch(word) and tag in ("c", "x") and content(*words[n - 1]) and content(*words[n + 1])
               for n, (word, tag) in enumerate(words) if 0 < n < len(words) - 1)


def _content(text: str, tokenizer: Tokenizer, reports: list[Report]) -> list[str]:
    """The words of a piece of question that are neither places, years nor question words."""
    chars = list(text)
    for place in places_in(text, reports):
        chars[place.start:place.end] = " " * (place.end - place.start)
    text = _WHOLE.sub(" ", _YEAR.sub(" ", "".join(chars)))  # 「深圳全市和坪山区」: places only
    return [t for t in tokenizer.tokenize(text) if not t.isdigit() and len(t) > 1]


_FROM_TO = re.compile(r"[从由]多少(?P<verb>[^多少？?，,]{0,6}?)到了?多少")


def _from_to(piece: str) -> list[str]:
    """「GDP从多少涨到了多少」 asks two values, where it started and where it reached: the start
    (「GDP从多少」) and the level reached (「GDP涨到多少」)."""
    found = _FROM_TO.search(piece)
    if not found:
        return [piece]
    before, after = piece[:found.start()], piece[found.end():]
    return [f"{before}从多少", f"{before}{found.group('verb')}到多少{after}"]


def _conjoined(piece: str, tokenizer: Tokenizer, reports: list[Report]) -> list[str]:
    """「新增多少义务教育学位和学前教育学位」 → two asks; 「2015年和2023年的…」 or 「南山和龙岗…」 (only
    years or places joined: the answer is per report) and quoted names (「双随机、一公开」) stay one."""
    masked = _QUOTED.sub(lambda m: "□" * len(m.group(0)), piece)
    # (verbs joined before 了多少 share the one count, 「淘汰和转型了多少家企业」, unless the first asks its
    # own: 「新建了多少所学校、增加了多少学位」)
    cuts = [m.start() for m in CONJUNCTION.finditer(masked)
            if not _VERBS_JOINED.match(masked, m.end()) or FIGURE_WORDS.search(masked, 0, m.start())]
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(piece)]
    segments = [piece[a:b].lstrip("和及与、以") for a, b in zip(bounds, bounds[1:])]
    if len(segments) > 1 and all(_content(s, tokenizer, reports) for s in segments):
        # what the last asks of each (「筹集和供应目标各是多少套」) the others ask too, in its unit
        ask = _ASKED_AT_END.search(segments[-1])
        return [s if FIGURE_WORDS.search(s) or not ask else s + ask.group(1) for s in segments[:-1]] + segments[-1:]
    return [piece]


_VERBS_JOINED = re.compile(r"[\u4e00-\u9fff]{2}了(?:多少|几)")
_ASKED_AT_END = re.compile(r"(?:各|分别)(?:是|为|有)?((?:多少|几)[^？?，,]*)[？?]?$")  # each asked: 各, 分别
