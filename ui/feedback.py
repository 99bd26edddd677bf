"""👍/👎 on answers, kept in ``feedback.jsonl`` beside the index (with the gold folder).

Append-only JSON lines, one per event: a vote (with the whole answer, so a 👎 can later become a
gold line with its evidence) and, if the user gives one, a reason that names the vote it explains.
Appends of one short line do not interleave between processes (O_APPEND); readers merge the lines.
"""
from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

FILE_NAME = "feedback.jsonl"


def path_beside(index_dir: Path) -> Path:
    return Path(index_dir).parent / FILE_NAME


def _append(path: Path, record: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")


def vote(path: Path, answer: dict, liked: bool) -> str:
    """Record a vote on ``answer`` (an Answer as dict); returns the vote's id."""
    vote_id = secrets.token_hex(6)
    _append(path, {"id": vote_id, "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                   "question": answer["question"], "answer": answer["text"], "liked": liked,
                   "abstained": answer["abstained"], "data": answer})
    return vote_id


def give_reason(path: Path, vote_id: str, reason: str) -> None:
    _append(path, {"reason_for": vote_id, "reason": reason.strip()[:1000]})


@dataclass(frozen=True)
class Vote:
    id: str
    time: str
    question: str
    answer: str
    liked: bool
    reason: str
    data: dict | None  # the answer as shown, if recorded (votes before it was kept have none)


def votes(path: Path) -> list[Vote]:
    """Every vote, newest first, with its latest reason; unreadable lines are skipped."""
    found: dict[str, dict] = {}
    reasons: dict[str, str] = {}
    if not path.exists():
        return []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "reason_for" in record:
            reasons[record["reason_for"]] = record.get("reason", "")
        elif "question" in record:
            found[record.get("id") or f"line-{len(found)}"] = record
    out = [Vote(vid, r.get("time", ""), r["question"], r.get("answer", ""), bool(r.get("liked")),
                reasons.get(vid, ""), r.get("data")) for vid, r in found.items()]
    return sorted(out, key=lambda v: v.time, reverse=True)
