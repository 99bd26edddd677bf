"""举措 and 措施 ask for measures, as 取得了 and 打算 say when: a report lists its measures without those
words (「保障产业发展空间。…」), so a passage is not sought by them."""
import pytest

from assistant.answer_measures import topic_terms


def test_the_words_asking_for_measures_are_no_topic():
    assert topic_terms(("优化", "营商", "环境", "举措")) == ("优化", "营商", "环境")
    assert topic_terms(("城市", "更新", "采取", "措施")) == ("城市", "更新")


def test_a_question_of_asking_words_alone_keeps_them():
    assert topic_terms(("举措",)) == ("举措",)


def test_the_verb_asking_for_work_is_no_topic():
    """「准备做些什么」: jieba's 做些 weighs as a rare word no section holds."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    terms = analyze("东湖区2023年在城市规划建设上准备做些什么？", [], Tokenizer()).terms
    assert "做些" not in terms and "城市规划" in terms


def test_what_a_plan_set_asked_in_everyday_words_is_a_plan_and_no_word_to_find():
    """「赤字率定的多少」: 定 cut with what is before it (「率定」) would be a word no report holds;
    「想让…达到多少」 asks what is wanted, ahead."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    set_at = analyze("东湖区2025年赤字率定的多少？", [], Tokenizer())
    assert "率定" not in set_at.terms and "定" not in set_at.terms
    # 「定的是多少」 as well: its 定, left in, is found in 固定资产投资 and chose that growth for the GDP's
    set_is = analyze("东湖区2024年GDP增长目标定的是多少？", [], Tokenizer())
    assert "定" not in set_is.terms and set_is.asks_plan
    wanted = analyze("东湖区2023年想让机场客流量达到多少人次？", [], Tokenizer())
    assert wanted.asks_plan and not {"想", "让"} & set(wanted.terms)


def test_conjunctions_and_prepositions_of_a_question_are_no_words_to_find():
    """「因为」, 「按」: a report says why or by what plan without them; weighed by their rarity in the
    reports they would be the words most wanted, and named as not found."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    why = analyze("东湖区2020年因为空气质量好获评了什么称号？", [], Tokenizer()).terms
    assert "因为" not in why and "空气质量" in why
    by = analyze("按东湖区2014年的计划，科技城要打造成什么？", [], Tokenizer()).terms
    assert "按" not in by and "计划" in by


def test_the_preposition_saying_a_change_is_asked_stays():
    """「比上年增长多少」: 比 says a change is asked, read as such by the figure answerer."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    assert "比" in analyze("东湖区2023年GDP比上年增长多少？", [], Tokenizer()).terms


def test_a_word_cut_across_a_preposition_is_no_word_to_find():
    """「在世界上排第几」: search mode also cuts 在世 and 在世界上, words no report says where it says
    「居世界第二位」; the tagger reads 在 / 世界 there."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    terms = analyze("东湖区2014年实际利用外资规模在世界上排第几？", [], Tokenizer()).terms
    assert not {"在世", "在世界上"} & set(terms) and "外资" in terms


def test_a_word_holding_ji_asks_how_many_items_and_is_no_word_to_find():
    """「哪几点要求」: jieba's 几点 (o'clock) is the rarest word of the question, and no list of
    requirements says it; 「几连冠」 of a fact is what is asked (its sentence says 六连冠) and stays."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    listed = analyze("东湖区2024年在加强自身建设上提出了哪几点要求？", [], Tokenizer())
    assert listed.intent == "measure" and "几点" not in listed.terms and "自身" in listed.terms
    assert "几连冠" in analyze("东湖区2015年争创“全国双拥模范城（区）”几连冠？", [], Tokenizer()).terms


def test_a_figure_asking_only_how_many_keeps_no_word():
    """「建了几处」 names nothing but the count: no word to find (a figure's 几 words were dropped before
    measures' were, with no fallback to them)."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    assert analyze("东湖区2023年建了几处？", [], Tokenizer()).terms == ()


def test_the_localizer_closing_a_frame_starts_no_word():
    """「在生态环境保护上要开展」: 上 closes 在…, and jieba's 上要 — a word the reports hardly hold, so
    weighed as the rarest — would be asked of every passage."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    terms = analyze("东湖区2025年在生态环境保护上要开展哪些行动？", [], Tokenizer()).terms
    assert "上要" not in terms and "环境保护" in terms
    assert "上将" not in analyze("东湖区2025年在招商引资上将采取哪些措施？", [], Tokenizer()).terms


@pytest.mark.parametrize("question, glued, word", [
    ("东湖区2024年的计划里，湖畔科技城要打造成什么？", "城要", "打造"),  # 城要: no word of jieba's dictionary
    ("东湖区新一届政府任期内要重点发展哪些产业？", "内要", "重点"),
    ("到2025年东湖区服务业增加值的比重要提到多少？", "重要", "比重"),  # 重要 is a word, but 比 + 重 is one too
])
def test_a_modal_glued_to_the_character_before_it_starts_no_word(question, glued, word):
    """jieba joins 要 to the character before it when that character ends a word it does not know whole
    (科技城, 任期内) or makes a word with the one before (比重): the glued word, held by no passage, would be
    asked of every passage, and the word it took its character from would be lost."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    terms = analyze(question, [], Tokenizer()).terms
    assert glued not in terms and word in terms


def test_a_modal_glued_to_the_character_after_it_starts_no_word():
    """The tagger reads 要 alone before 勇当; jieba's search-mode cut glues it to the next character (要勇 + 当),
    a word no passage holds, and 勇当, which the report says, would not be asked."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    terms = analyze("东湖区2024年要勇当哪方面的排头兵？", [], Tokenizer()).terms
    assert "要勇" not in terms and "勇当" in terms


@pytest.mark.parametrize("question, word", [("东湖区2024年主要做了哪些工作？", "主要"),
                                            ("东湖区2024年有哪些重要工作？", "重要")])
def test_a_word_ending_in_a_modal_is_kept_whole(question, word):
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    terms = analyze(question, [], Tokenizer()).terms
    assert word in terms and word[0] not in terms


def test_a_word_made_of_asking_words_is_one_too():
    """jieba keeps 「具体安排」 and 「还有」 whole: each is words of asking in a row (具体 + 安排, 还 + 有),
    which the reports hardly hold whole."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    terms = analyze("东湖区2025年在城市更新方面有哪些具体安排？", [], Tokenizer()).terms
    assert "具体安排" not in terms and "城市更新" in terms
    assert "还有" not in analyze("东湖区2024年的工作还有哪些不足？", [], Tokenizer()).terms


@pytest.mark.parametrize("question, plan", [
    ("东湖区2018年想借湿地和古镇这两块招牌，把东湖打造成什么？", True),  # 想 alone: what is wanted, ahead
    ("我想知道东湖区2018年建成了什么？", False),  # the asker's 想知道
    ("东湖区2018年建成的公园体现了什么发展理想？", False),  # 理想: a word holding 想
])
def test_want_alone_asks_a_plan(question, plan):
    from assistant.grounding import asks_plan

    assert asks_plan(question) is plan
