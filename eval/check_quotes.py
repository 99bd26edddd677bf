"""Check a gold file's evidence quotes against the report files themselves, not the index.

    python -m eval.check_quotes eval/gold/dev.jsonl --corpus ../shared/corpus-gov ../shared/corpus-extra

Every ``evidence.report`` must name exactly one file of the corpus folders (its file name, or a
substring of exactly one file name), and every ``quote`` must occur in that file verbatim,
ignoring whitespace only. Exit status 1 lists every problem. Uses nothing from the answerer.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _squash(text: str) -> str:
    return "".join(text.split())


def corpus_files(folders: list[Path]) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in {".txt", ".md"} and path.name != "SOURCES.md":
                files[path.name] = path
    return files


def resolve(name: str, files: dict[str, Path]) -> list[str]:
    if name in files:
        return [name]
    return [f for f in files if name in f]


def problems(gold: Path, folders: list[Path]) -> tuple[int, list[str]]:
    files = corpus_files(folders)
    texts: dict[str, str] = {}
    out, quotes = [], 0
    for number, line in enumerate(gold.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        item = json.loads(line)
        for ev in item.get("evidence", []):
            quotes += 1
            names = resolve(ev["report"], files)
            if len(names) != 1:
                out.append(f"line {number} ({item['id']}): report {ev['report']!r} names "
                           f"{len(names)} files{': ' + ', '.join(names[:3]) if names else ''}")
                continue
            name = names[0]
            if name not in texts:
                texts[name] = _squash(files[name].read_text(encoding="utf-8-sig"))
            if _squash(ev["quote"]) not in texts[name]:
                out.append(f"line {number} ({item['id']}): quote not in {name}: {ev['quote']!r}")
    return quotes, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--corpus", type=Path, nargs="+", required=True)
    args = parser.parse_args(argv)
    quotes, found = problems(args.gold, args.corpus)
    for p in found:
        print(p)
    print(f"{quotes} quotes checked, {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
