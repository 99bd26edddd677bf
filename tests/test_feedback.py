"""A 👎 keeps the answer it was given on and the reason the user adds later, so it can be reviewed
and turned into a gold line."""
from ui.feedback import give_reason, vote, votes

ANSWER = {"question": "某区查处了多少起无证行医案件？", "text": "某区（2024年）：22起[1]", "abstained": False}


def test_a_reason_joins_its_vote(tmp_path):
    path = tmp_path / "feedback.jsonl"
    liked = vote(path, ANSWER, True)
    disliked = vote(path, ANSWER, False)
    give_reason(path, disliked, "  数字对，但年份写错了  ")
    found = {v.id: v for v in votes(path)}
    assert found[disliked].reason == "数字对，但年份写错了" and not found[disliked].liked
    assert found[liked].reason == "" and found[liked].data == ANSWER


def test_lines_written_before_votes_had_ids_are_still_read(tmp_path):
    path = tmp_path / "feedback.jsonl"
    path.write_text('{"time": "2026-11-01T00:00:00+00:00", "question": "旧问题", "answer": "旧回答", "liked": false}\n'
                    "not json\n", encoding="utf-8")
    (old,) = votes(path)
    assert old.question == "旧问题" and old.data is None
