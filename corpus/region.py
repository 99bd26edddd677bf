"""Which place a report is about, as a hierarchy (province › city › district/county) resolved
against the gazetteer, from the title, the body and the file name — in that order of trust —
with where each level came from.

- title: 「2024年度上海市普陀区卫生健康委员会法治政府建设情况报告」;
- body: who the report speaks for — 「现在，我代表深圳市人民政府」, a 「X区人民政府文件」 header,
  the signature, the organization before a 文号;
- file name: 「2014年南山区政府工作报告_2014.txt」 (many reports have no title line).

A name found is completed upwards from the gazetteer (龙岗区 → 深圳市 → 广东省); a name two
divisions share (普陀区: Shanghai's and Zhoushan's) is settled by which parents the text names
more. A 新区 that is no division (大鹏新区, a functional area) is kept as the district, with the
city the text names most. A State Council report is national. Nothing found: no region (未知).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from corpus.gazetteer import LEVELS, Division, Gazetteer, load_gazetteer
from corpus.models import Region

_HAN = r"\u4e00-\u9fff"
_NEW_AREA = re.compile(rf"[{_HAN}]{{2}}新区")  # 大鹏新区, 坪山新区 (functional areas, not divisions)
_SPEAKS_FOR = re.compile(rf"代表([{_HAN}]{{2,20}}?)(?:人民政府|管理委员会|管委会|政府)")
_GOVERNMENT = re.compile(rf"([{_HAN}]{{2,20}}?)(?:人民政府|管理委员会|管委会|卫生健康委员会|委员会)")
_NATIONAL = re.compile(r"^(?:\d{4}年)?国务院|代表国务院|国务院总理")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}


def _mentions(gazetteer: Gazetteer, text: str) -> Counter:
    """How often the text names each province and city (full or short name)."""
    counts: Counter = Counter()
    for name, n in Counter(gazetteer.upper_pattern.findall(text)).items():
        for d in gazetteer.named(name) or gazetteer.aliased(name):
            if d.level != "district":
                counts[d.name] += n
    return counts


def _choose(candidates: Sequence[Division], context: Counter) -> Division:
    """Of divisions sharing a name, the one whose parents the text names most; then the newest."""
    return max(candidates, key=lambda d: (sum(context[n] for n in d.chain[:2] if n), d.years[1]))


def _divisions_in(gazetteer: Gazetteer, text: str, context: Counter) -> list[Division]:
    out = []
    for _, _, name in gazetteer.names_in(text):
        candidates = gazetteer.named(name) or gazetteer.aliased(name)
        if candidates:
            out.append(_choose(candidates, context))
    for match in _NEW_AREA.finditer(text):
        name = match.group(0)
        if gazetteer.named(name):
            continue
        # 坪山新区 became 坪山区, 光明新区 光明区: the district of that short name in a named city.
        successors = [d for d in gazetteer.aliased(name[:-2]) if d.level == "district"]
        in_context = [d for d in successors if context[d.city] or context[d.province]]
        if in_context:
            out.append(_choose(in_context, context))
    return out


def _unlisted_area(text: str, gazetteer: Gazetteer) -> str | None:
    for match in _NEW_AREA.finditer(text):
        if not gazetteer.named(match.group(0)) and not gazetteer.aliased(match.group(0)[:-2]):
            return match.group(0)
    return None


def speaker_lines(front: Sequence[str], body: Sequence[str], back: Sequence[str], organization: str | None
                  ) -> str:
    """The body's statements of who speaks: the organization, 「我代表…」 in the first paragraphs,
    the signature."""
    lines = [organization or ""]
    for line in (*body[:3], *back[-3:], *front):
        lines += [m.group(1) for m in _SPEAKS_FOR.finditer(line)]
        lines += [m.group(0) for m in _GOVERNMENT.finditer(line) if len(line) <= 40]
    return "\n".join(x for x in lines if x)


def resolve_region(title: str, speaker: str, file_name: str, body: str) -> Region:
    """The report's region, each level with its source; see the module docstring."""
    gazetteer = load_gazetteer()
    if _NATIONAL.search(title) or _NATIONAL.search(speaker) or "国务院" in file_name:
        return Region(national=True, sources=(("national", "title" if "国务院" in title else "body"),))
    context = _mentions(gazetteer, "\n".join((title, speaker, file_name, body)))
    for source, text in (("title", title), ("body", speaker), ("file name", file_name)):
        found = _divisions_in(gazetteer, text, context)
        best = max(found, key=lambda d: LEVEL_RANK[d.level], default=None)  # the deepest named
        unlisted = _unlisted_area(text, gazetteer)
        if best is None and unlisted is None:
            continue
        if unlisted and (best is None or best.level != "district"):
            # a functional area: the district is its own name, its city the one the text names most
            city = best if best is not None and best.level == "city" else None
            if city is None:
                cities = [(n, c) for n, c in context.most_common() if any(d.level == "city" for d in gazetteer.named(n))]
                city = next((d for d in gazetteer.named(cities[0][0]) if d.level == "city"), None) if cities else None
            sources = [("district", source)]
            if city is not None:
                sources += [("city", source if best is not None else "body mentions"), ("province", "gazetteer")]
            return Region(province=city.province if city else None, city=city.name if city else None,
                          district=unlisted, code=None, sources=tuple(sources))
        province, city, district = best.chain
        sources = [(lvl, source if lvl == best.level else "gazetteer") for lvl in LEVELS[:LEVEL_RANK[best.level] + 1]]
        if province == city:  # 上海市普陀区: a municipality is province and city at once
            sources = [s for s in sources if s[0] != "city"]
        return Region(province=province, city=city, district=district, code=best.code, sources=tuple(sources))
    return Region()
