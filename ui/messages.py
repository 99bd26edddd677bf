"""Status lines as the app shows them: an error looks like an error (a red box, role="alert" for
screen readers), a warning like a warning, success plainly — in light and dark mode alike, from the
theme's own colours.

Each returns a block for a gr.Markdown view. Its text is escaped: file names and reasons come from
users' files and must stay text.
"""
from __future__ import annotations

import html

_ICONS = {"error": "❌", "warning": "⚠️", "ok": "✅", "info": "ℹ️"}


def _box(kind: str, text: str, file: str | None) -> str:
    named = f"<b>{html.escape(file)}</b>：" if file else ""
    body = "<br>".join(html.escape(line) for line in text.strip().splitlines())
    role = ' role="alert"' if kind == "error" else ' role="status"'
    # One HTML block: a blank line inside it would end the block and let Markdown read the rest.
    return f'<div class="rq-msg rq-{kind}"{role}>{_ICONS[kind]} {named}{body}</div>'


def error(text: str, file: str | None = None) -> str:
    return _box("error", text, file)


def warning(text: str, file: str | None = None) -> str:
    return _box("warning", text, file)


def ok(text: str, file: str | None = None) -> str:
    return _box("ok", text, file)


def info(text: str, file: str | None = None) -> str:
    return _box("info", text, file)


CSS = """
.rq-msg{border-radius:6px;padding:.45rem .7rem;margin:.3rem 0;border:1px solid var(--border-color-primary)}
.rq-error{background:var(--error-background-fill);border-color:var(--error-border-color);color:var(--error-text-color)}
.rq-warning{background:var(--background-fill-secondary);border-left:4px solid #b8860b}
.rq-ok{background:var(--background-fill-secondary)}
.rq-info{background:var(--background-fill-secondary)}
"""
