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

QuestionType = Literal["figure", "measure", "fact", "unanswerable"]
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
    for number, line in enumerate(text.splitlines(), start=1):
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
    return json.dumps(item.model_dump(), ensure_ascii=False)
