"""CSV files people open in spreadsheets: report text in a cell is text, never a formula.

A cell that begins with = + - @, a tab or a carriage return is prefixed with a single quote, as
OWASP's CSV-injection guidance recommends; numbers stay numbers.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(out: IO[str], header: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Write header and rows; returns the number of rows written."""
    writer = csv.writer(out)
    writer.writerow([safe_cell(h) for h in header])
    count = 0
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
        count += 1
    return count
