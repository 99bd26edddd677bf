"""The gold-set format: JSON Lines, one question per line, validated; unknown keys are an error.

    {"id": "pt-01", "type": "figure", "question": "…？", "answers": ["262件", "216件"],
     "evidence": [{"report": "普陀", "quote": "立案处罚262件，其中警告46件，罚款216件"}]}

A file with bad lines is refused as a whole, with every bad line's number and what is wrong.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assistant.answer import Answer

QuestionType = Literal["figure", "measure", "fact", "unanswerable"]
Split = Literal["tune", "test"]
TYPES: tuple[str, ...] = ("figure", "measure", "fact", "unanswerable")


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    report: str = Field(min_length=1, description="a substring of the report's title, file name or region")
    quote: str = Field(min_length=1, description="matched whitespace-insensitively inside a chunk")


class GoldItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    type: QuestionType
    question: str = Field(min_length=1)
    answers: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    split: Split | None = Field(default=None, description="tune: measured while developing; test: scored at the end")
    tags: list[str] = Field(default_factory=list, description="what the question exercises: alias, review-year…")

    @model_validator(mode="after")
    def _unanswerable_has_no_support(self) -> "GoldItem":
        if self.type == "unanswerable" and (self.answers or self.evidence):
            raise ValueError("an unanswerable question has no answers and no evidence")
        return self


class GoldError(ValueError):
    """A gold file that cannot be used; ``problems`` holds (line number, message) pairs."""

    def __init__(self, path: Path | str, problems: list[tuple[int, str]]):
        self.path, self.problems = Path(path), problems
        lines = "\n".join(f"  line {n}: {msg}" for n, msg in problems)
        super().__init__(f"{self.path.name}: {len(problems)} bad line(s)\n{lines}")


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        msg = {"missing": "missing field", "extra_forbidden": "unknown key"}.get(err["type"], err["msg"])
        if err["type"] == "literal_error":
            msg = f"type must be one of {', '.join(TYPES)}, not {err.get('input')!r}"
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts)


def parse_gold(text: str, path: Path | str = "<gold>") -> list[GoldItem]:
    items, problems, seen = [], [], {}
    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines: U+2028 is text
        if not line.strip():
            continue
        try:
            item = GoldItem.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append((number, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        except ValidationError as exc:
            problems.append((number, _describe(exc)))
            continue
        if item.id in seen:
            problems.append((number, f"id {item.id!r} already used on line {seen[item.id]}"))
            continue
        seen[item.id] = number
        items.append(item)
    if problems:
        raise GoldError(path, problems)
    if not items:
        raise GoldError(path, [(0, "no questions in the file")])
    return items


def load_gold(path: Path | str) -> list[GoldItem]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GoldError(path, [(0, "file not found")]) from None
    except UnicodeDecodeError:
        raise GoldError(path, [(0, "not UTF-8 text")]) from None
    return parse_gold(text, path)


def sample_gold_path() -> Path:
    return Path(__file__).parent / "gold" / "samples.jsonl"


def to_line(item: GoldItem) -> str:
    data = item.model_dump()
    for key in ("split", "tags"):  # optional: written only when set
        if not data[key]:
            del data[key]
    return json.dumps(data, ensure_ascii=False)


def item_from_answer(answer: Answer, item_id: str, reports: dict) -> GoldItem:
    """A gold line from an answer a user accepted: its values (or measures) and the cited quotes.

    ``reports`` maps report ids to reports, to name each quote's report by its region.
    """
    if answer.abstained:
        kind, answers, evidence = "unanswerable", [], []
    else:
        kind = "figure" if answer.values else ("fact" if answer.intent == "fact" else "measure")
        answers = [v.text for v in answer.values] or [m.title for m in answer.measures][:5]
        evidence = []
        for c in answer.citations:
            report = reports.get(c.report_id)
            name = (report.meta.region.name if report and report.meta.region.name else c.report_id)
            evidence.append(Evidence(report=name, quote=c.quote))
    return GoldItem(id=item_id, type=kind, question=answer.question, answers=answers, evidence=evidence)


def append_item(path: Path | str, answer: Answer, reports: dict, prefix: str = "ui") -> GoldItem:
    """Append an answer as a new line to a gold file (created if missing), with a fresh id."""
    path = Path(path)
    existing = load_gold(path) if path.exists() and path.read_text(encoding="utf-8-sig").strip() else []
    used = {i.id for i in existing}
    number = len(existing) + 1
    while f"{prefix}-{number:03d}" in used:
        number += 1
    item = item_from_answer(answer, f"{prefix}-{number:03d}", reports)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write(to_line(item) + "\n")
    return item
