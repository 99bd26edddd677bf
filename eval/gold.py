"""The gold-set format: JSON Lines, one question per line, validated; unknown keys are an error.

    {"id": "pt-01", "type": "figure", "question": "…？", "answers": ["262件", "216件"],
     "evidence": [{"report": "普陀", "quote": "立案处罚262件，其中警告46件，罚款216件"}]}

A file with bad lines is refused as a whole, with every bad line's number and what is wrong.
Lines are split on "\n" alone: U+2028 and other characters str.splitlines() breaks on are text.
"""
from __future__ import annotations

import json
import os
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
    """A gold file that cannot be used; ``problems`` holds (line number, message) pairs, and
    ``problems_zh`` the same in Chinese, for the app (line 0: the file as a whole)."""

    def __init__(self, path: Path | str, problems: list[tuple[int, str]], problems_zh: list[tuple[int, str]] | None = None):
        self.path, self.problems = Path(path), problems
        self.problems_zh = problems_zh if problems_zh is not None else [(n, _FILE_ZH.get(m, m)) for n, m in problems]
        lines = "\n".join(f"  line {n}: {msg}" for n, msg in problems)
        super().__init__(f"{self.path.name}: {len(problems)} bad line(s)\n{lines}")


_FILE_ZH = {"file not found": "找不到文件", "not UTF-8 text": "不是 UTF-8 编码的文本",
            "no questions in the file": "文件中没有问题"}
_ERROR_ZH = {"missing": "缺少这个字段", "extra_forbidden": "不认识这个字段", "string_too_short": "不能为空",
             "string_type": "应为文本", "list_type": "应为列表", "model_type": "应为对象（{…}）",
             "dict_type": "应为对象（{…}）", "too_short": "不能为空"}


def _describe(exc: ValidationError) -> tuple[str, str]:
    """What is wrong with one line, in English and in Chinese."""
    parts, parts_zh = [], []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        msg = {"missing": "missing field", "extra_forbidden": "unknown key"}.get(err["type"], err["msg"])
        zh = _ERROR_ZH.get(err["type"], "取值无效")
        if err["type"] == "literal_error":
            msg = f"type must be one of {', '.join(TYPES)}, not {err.get('input')!r}"
            zh = f"只能是 {'、'.join(TYPES)} 之一，不能是 {err.get('input')!r}"
        elif err["type"] == "value_error" and "unanswerable" in err["msg"]:
            zh = "不可回答（unanswerable）的问题不能有 answers 或 evidence"
        parts.append(f"{where}: {msg}" if where else msg)
        parts_zh.append(f"{where}：{zh}" if where else zh)
    return "; ".join(parts), "；".join(parts_zh)


def parse_gold(text: str, path: Path | str = "<gold>") -> list[GoldItem]:
    items, problems, problems_zh, seen = [], [], [], {}

    def bad(number: int, msg: str, zh: str) -> None:
        problems.append((number, msg))
        problems_zh.append((number, zh))

    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines: U+2028 is text
        if not line.strip():
            continue
        try:
            item = GoldItem.model_validate(json.loads(line))
        except ValidationError as exc:
            bad(number, *_describe(exc))
            continue
        except json.JSONDecodeError as exc:
            bad(number, f"not valid JSON ({exc.msg} at column {exc.colno})", f"不是有效的 JSON（第 {exc.colno} 列附近）")
            continue
        except RecursionError:
            bad(number, "not readable: brackets nested too deeply", "无法读取：括号嵌套过深")
            continue
        except ValueError as exc:  # an integer of more digits than Python converts
            bad(number, f"not readable ({exc})", "无法读取（数字位数过多）")
            continue
        if item.id in seen:
            bad(number, f"id {item.id!r} already used on line {seen[item.id]}",
                f"id {item.id!r} 与第 {seen[item.id]} 行重复")
            continue
        seen[item.id] = number
        items.append(item)
    if problems:
        raise GoldError(path, problems, problems_zh)
    if not items:
        raise GoldError(path, [(0, "no questions in the file")])
    return items


def load_gold(path: Path | str) -> list[GoldItem]:
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")  # no newline translation: "\n" alone ends a line
    except FileNotFoundError:
        raise GoldError(path, [(0, "file not found")]) from None
    except UnicodeDecodeError:
        raise GoldError(path, [(0, "not UTF-8 text")]) from None
    return parse_gold(text, path)


def sample_gold_path() -> Path:
    return Path(__file__).parent / "gold" / "samples.jsonl"


# Characters that str.splitlines() and many editors take for line ends; JSON may escape them, so
# a written line stays one line for every reader.
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def to_line(item: GoldItem) -> str:
    data = item.model_dump()
    for key in ("split", "tags"):  # optional: written only when set
        if not data[key]:
            del data[key]
    line = json.dumps(data, ensure_ascii=False)
    for char, escaped in _LINE_BREAKS.items():
        line = line.replace(char, escaped)
    return line


class GoldDraft(BaseModel):
    """A gold line before it has an id: proposed from an answer, then checked and edited by a person."""
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: QuestionType
    question: str = Field(min_length=1)
    answers: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class DuplicateQuestion(ValueError):
    """The gold file already asks this question; ``item_id`` is the line that does."""

    def __init__(self, item_id: str):
        self.item_id = item_id
        super().__init__(f"the question is already in the file as {item_id}")


def draft_from_answer(answer: Answer, reports: dict) -> GoldDraft:
    """What an answer proposes: its values (or measures) and cited quotes; an abstention proposes
    ``unanswerable``, which a person must confirm — the reports may say it after all.

    ``reports`` maps report ids to reports, to name each quote's report by its region.
    """
    if answer.abstained:
        return GoldDraft(type="unanswerable", question=answer.question)
    kind = "figure" if answer.values else ("fact" if answer.intent == "fact" else "measure")
    answers = [v.text for v in answer.values] or [m.title for m in answer.measures][:5]
    evidence = []
    for c in answer.citations:
        report = reports.get(c.report_id)
        name = (report.meta.region.name if report and report.meta.region.name else c.report_id)
        evidence.append(Evidence(report=name, quote=c.quote))
    return GoldDraft(type=kind, question=answer.question, answers=answers, evidence=evidence)


def same_question(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def append_item(path: Path | str, draft: GoldDraft, prefix: str = "ui") -> GoldItem:
    """Append ``draft`` to a gold file (created if missing) as a new line with the next free id.

    The file is locked while it is read and written, so two people adding at once both land; a
    file that is not a valid gold set raises GoldError, one that already asks the question raises
    DuplicateQuestion, and a symbolic link is refused (OSError) rather than followed.
    """
    path = Path(path)
    GoldItem(id=prefix, **draft.model_dump())  # a draft no gold line can hold fails before the file is touched
    flags = os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o644)
    with os.fdopen(fd, "r+b") as f:
        _lock(f)
        f.seek(0)
        raw = f.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise GoldError(path, [(0, "not UTF-8 text")]) from None
        existing = parse_gold(text, path) if text.strip() else []
        for item in existing:
            if same_question(item.question, draft.question):
                raise DuplicateQuestion(item.id)
        used = {i.id for i in existing}
        number = len(existing) + 1
        while f"{prefix}-{number:03d}" in used:
            number += 1
        item = GoldItem(id=f"{prefix}-{number:03d}", **draft.model_dump())
        separator = b"\n" if raw and not raw.endswith(b"\n") else b""
        f.write(separator + (to_line(item) + "\n").encode("utf-8"))
    return item


def _lock(f) -> None:
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock between processes
        return
    fcntl.flock(f.fileno(), fcntl.LOCK_EX)  # released when the file is closed
