"""Questions as they arrive from a browser or a terminal.

A lone surrogate (U+D800–U+DFFF, what a broken encoding leaves behind — a terminal not in UTF-8,
a script's half of an emoji) is not text: it is refused at the door with a message, rather than
failing later, deep in an answer, when the text is written to a file or sent to the browser.
"""
from __future__ import annotations

BROKEN_ZH = "问题中含有无法识别的字符（不成对的代理码位，常见于编码错误或被截断的表情符号），请删去后重新输入。"
BROKEN_EN = ("the {what} holds characters that are not text (lone surrogates: bytes that are not UTF-8, "
             "or half an emoji); check the terminal's encoding and type it again")


def is_text(value: str) -> bool:
    """True when ``value`` can be written as UTF-8: it holds no lone surrogate."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
