"""Questions as they arrive from a browser or a terminal.

A question with no letter or digit in it (「？？」, 「。」, spaces) asks nothing: it is refused too,
rather than searched for and answered with whatever passage comes first.

A lone surrogate (U+D800–U+DFFF, what a broken encoding leaves behind — a terminal not in UTF-8,
a script's half of an emoji) is not text: it is refused at the door with a message, rather than
failing later, deep in an answer, when the text is written to a file or sent to the browser.
"""
from __future__ import annotations

import unicodedata

BROKEN_ZH = "问题中含有无法识别的字符（不成对的代理码位，常见于编码错误或被截断的表情符号），请删去后重新输入。"
EMPTY_ZH = "问题为空：只有空白或标点，请输入要问的内容，例如「普陀区作出了多少件卫生行政许可？」。"
EMPTY_EN = "the question is empty: it holds only blanks or punctuation"
BROKEN_EN = ("the {what} holds characters that are not text (lone surrogates: bytes that are not UTF-8, "
             "or half an emoji); check the terminal's encoding and type it again")


def is_text(value: str) -> bool:
    """True when ``value`` can be written as UTF-8: it holds no lone surrogate."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def asks_something(value: str) -> bool:
    """True when ``value`` holds a letter or a digit of any script: not only blanks and punctuation."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in value)
