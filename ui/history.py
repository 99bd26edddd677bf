"""Conversations kept per browser: a small SQLite file beside the index.

Why not the browser's own storage (gr.BrowserState, localStorage): an answer with its citations is
several kilobytes and staff ask all day, against about 5 MB per site; and an export or a later view
needs the answers as the server made them. Why per browser: a staff member's questions are theirs —
each browser gets a random, unguessable id (kept in its localStorage) and sees only the
conversations stored under that id, so nothing is shared between colleagues even on one login.
Clearing the browser's storage forgets the id (and so the list) the way a user expects.

Several app processes may write at once: WAL mode and a busy timeout; every write is one
transaction. Answers are stored as ``Answer.model_dump`` JSON; a report removed later leaves its
answers readable (their quotes are stored with them).
"""
from __future__ import annotations

import json
import os
import secrets
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from assistant.answer import Answer

from ui.plain_text import source_line

FILE_NAME = "conversations.sqlite"
TITLE_CHARS = 40

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY, browser TEXT NOT NULL, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_by_browser ON conversations (browser, updated);
CREATE TABLE IF NOT EXISTS turns (
  conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, n INTEGER NOT NULL,
  answer TEXT NOT NULL, PRIMARY KEY (conversation, n));
"""


def new_browser_id() -> str:
    return secrets.token_urlsafe(18)


@dataclass(frozen=True)
class Listed:
    id: str
    title: str
    updated: float
    turns: int


@dataclass(frozen=True)
class Conversations:
    path: Path

    @classmethod
    def beside(cls, index_dir: Path) -> "Conversations":
        return cls(Path(index_dir).parent / FILE_NAME)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=15, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.executescript(_SCHEMA)
        return db

    def start(self, browser: str, question: str) -> str:
        """A new conversation, titled by its first question."""
        conversation = secrets.token_urlsafe(12)
        now = time.time()
        title = question.strip()[:TITLE_CHARS] or "新对话"
        with closing(self._connect()) as db:
            db.execute("INSERT INTO conversations VALUES (?, ?, ?, ?, ?)", (conversation, browser, title, now, now))
        return conversation

    def append(self, browser: str, conversation: str, answer: dict) -> bool:
        """Add a turn; False if the conversation is not this browser's (or was deleted)."""
        with closing(self._connect()) as db:
            db.execute("BEGIN IMMEDIATE")
            owned = db.execute("SELECT 1 FROM conversations WHERE id = ? AND browser = ?",
                               (conversation, browser)).fetchone()
            if not owned:
                db.execute("ROLLBACK")
                return False
            n = db.execute("SELECT COUNT(*) FROM turns WHERE conversation = ?", (conversation,)).fetchone()[0]
            db.execute("INSERT INTO turns VALUES (?, ?, ?)", (conversation, n, json.dumps(answer, ensure_ascii=False)))
            db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (time.time(), conversation))
            db.execute("COMMIT")
        return True

    def save(self, browser: str, conversation: str | None, kept: list[dict], saved: int) -> tuple[str, int]:
        """Store a tab's answers ``kept[saved:]`` (the ones this tab has not stored yet) in
        ``conversation``, starting one (titled by the first question) when there is none or it was
        deleted meanwhile — then every answer of the tab goes into the new one. Counting per tab,
        not by the rows already stored, is what keeps both tabs' turns when two tabs add to one
        conversation. Returns the conversation and how many of ``kept`` are now stored."""
        if conversation and self.title(browser, conversation) is None:
            conversation = None
        if conversation is None:
            conversation, saved = self.start(browser, kept[0]["question"]), 0
        for answer in kept[max(0, saved):]:
            self.append(browser, conversation, answer)
        return conversation, len(kept)

    def listed(self, browser: str) -> list[Listed]:
        """This browser's conversations, the latest first."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT c.id, c.title, c.updated, COUNT(t.n) FROM conversations c "
                              "LEFT JOIN turns t ON t.conversation = c.id WHERE c.browser = ? "
                              "GROUP BY c.id ORDER BY c.updated DESC", (browser,)).fetchall()
        return [Listed(*row) for row in rows]

    def answers(self, browser: str, conversation: str) -> list[dict]:
        """The conversation's answers in order; empty if it is not this browser's."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT t.answer FROM turns t JOIN conversations c ON c.id = t.conversation "
                              "WHERE c.id = ? AND c.browser = ? ORDER BY t.n", (conversation, browser)).fetchall()
        return [json.loads(answer) for (answer,) in rows]

    def title(self, browser: str, conversation: str) -> str | None:
        with closing(self._connect()) as db:
            row = db.execute("SELECT title FROM conversations WHERE id = ? AND browser = ?",
                             (conversation, browser)).fetchone()
        return row[0] if row else None

    def rename(self, browser: str, conversation: str, title: str) -> bool:
        title = title.strip()[:80]
        if not title:
            return False
        with closing(self._connect()) as db:
            changed = db.execute("UPDATE conversations SET title = ? WHERE id = ? AND browser = ?",
                                 (title, conversation, browser)).rowcount
        return bool(changed)

    def delete(self, browser: str, conversation: str) -> bool:
        with closing(self._connect()) as db:
            gone = db.execute("DELETE FROM conversations WHERE id = ? AND browser = ?",
                              (conversation, browser)).rowcount
        return bool(gone)


def markdown(title: str, answers: list[dict]) -> str:
    """The conversation as Markdown: each question, its answer, and a source line per citation."""
    parts = [f"# {title}", ""]
    for n, data in enumerate(answers, 1):
        answer = Answer.model_validate(data)
        parts += [f"## {n}. {answer.question}", ""]
        if answer.understood:
            parts += [f"*理解为：{answer.understood}*", ""]
        parts += [*answer.notes, answer.text.strip(), ""]
        cited = answer.citations or answer.leads
        if cited:
            parts += ["来源：" if answer.citations else "最接近的段落（仅供参考）：", ""]
            parts += [f"- {source_line(c)}" for c in cited] + [""]
    return "\n".join(parts)


def state_secret(index_dir: Path) -> str:
    """The key the browsers' stored ids are encrypted with, kept beside the index (owner-only) so
    a restarted server still reads them; made on first use."""
    path = Path(index_dir).parent / "browser-state.key"
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(24)
        try:
            with open(path, "x", encoding="ascii", opener=lambda p, f: os.open(p, f, 0o600)) as out:
                out.write(key)
        except FileExistsError:  # another process made it first
            return path.read_text(encoding="ascii").strip()
        return key
