"""举措 and 措施 ask for measures, as 取得了 and 打算 say when: a report lists its measures without those
words (「保障产业发展空间。…」), so a passage is not sought by them."""
from assistant.answer_measures import topic_terms


def test_the_words_asking_for_measures_are_no_topic():
    assert topic_terms(("优化", "营商", "环境", "举措")) == ("优化", "营商", "环境")
    assert topic_terms(("城市", "更新", "采取", "措施")) == ("城市", "更新")


def test_a_question_of_asking_words_alone_keeps_them():
    assert topic_terms(("举措",)) == ("举措",)
