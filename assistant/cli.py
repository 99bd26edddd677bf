"""``reportqa``: a thin shell over the library. Errors are one line and an exit code."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from pydantic import ValidationError

from corpus.read import ReadError
from index.encoders import EncoderError
from index.store import StoreError

from assistant import library
from assistant.retrieve import Filters
from assistant.settings import Settings


class UsageError(Exception):
    """A request the CLI refuses, with the reason."""


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.load(index_dir=getattr(args, "index", None), model=getattr(args, "model", None))


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(
        report_ids=tuple(args.report or ()),
        regions=tuple(args.region or ()),
        years=tuple(args.year or ()),
    )


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = _settings(args)
    result = library.ingest_files(settings, args.paths, progress=not args.quiet)
    for report_id in result.added:
        print(f"added     {report_id}")
    for report_id in result.replaced:
        print(f"replaced  {report_id}")
    for report_id in result.unchanged:
        print(f"unchanged {report_id}")
    for name, reason in result.failed:
        print(f"skipped   {name}: {reason}", file=sys.stderr)
    print(f"index: {settings.index_dir}")
    return 1 if result.failed and not (result.added or result.replaced or result.unchanged) else 0


def cmd_reports(args: argparse.Namespace) -> int:
    index = library.load_index(_settings(args))
    if not index.reports:
        print("The index holds no reports. Add some with 'reportqa ingest FILE...'.")
        return 0
    for report in sorted(index.reports.values(), key=lambda r: r.id):
        meta = report.meta
        region = " ".join(meta.region.names()) or "—"
        print(f"{report.id}\n  标题 {meta.title}\n  发文机关 {meta.organization or '—'}  地区 {region}  "
              f"年度 {meta.year or '—'}\n  文号 {meta.doc_number or '—'}  成文日期 {meta.issue_date or '—'}  "
              f"分块 {index.manifest.reports[report.id].chunks}  来源 {report.source}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    settings = _settings(args)
    try:
        count = library.remove(settings, args.report_id)
    except KeyError:
        raise UsageError(f"no report '{args.report_id}' in the index; 'reportqa reports' lists them") from None
    print(f"removed {args.report_id} ({count} chunks)")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    settings = _settings(args)
    index = library.load_index(settings)
    hits = library.retriever_for(index, settings).search(args.query, k=args.k, mode=args.mode or settings.mode,
                                                        filters=_filters(args))
    if not hits:
        print("No passage matches.")
        return 0
    for hit in hits:
        chunk, meta = hit.chunk, hit.report.meta
        print(f"{hit.rank}. [{hit.score:.4f}] {meta.title}")
        print(f"   {chunk.path_text or '（正文）'} · 第{chunk.paragraph}段 · 字符{chunk.start}–{chunk.end}")
        print(f"   {chunk.text}\n")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    import json

    from assistant.bench import run_bench

    report = run_bench(_settings(args), args.paths, rounds=args.rounds)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if args.max_ingest_seconds is not None and report["total_s"] > args.max_ingest_seconds:
        raise UsageError(f"ingest took {report['total_s']} s, over the limit of {args.max_ingest_seconds} s")
    return 0


def _add_index_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index", help="index folder (default: the sample index, built on first use)")
    parser.add_argument("--model", help="encoder: 'use-multilingual-v3' (default) or a sentence-transformers "
                                        "model name or local path")


def _add_filter_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--report", action="append", help="only this report id (repeatable)")
    parser.add_argument("--region", action="append", help="only reports of this region, e.g. 普陀 (repeatable)")
    parser.add_argument("--year", action="append", type=int, help="only reports of this year (repeatable)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportqa", description="Question answering over government work reports.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="add report files or folders (PDF, DOCX, HTML, TXT, MD) to the index")
    p.add_argument("paths", nargs="+")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_index_args(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reports", help="list the indexed reports and their metadata")
    _add_index_args(p)
    p.set_defaults(func=cmd_reports)

    p = sub.add_parser("remove", help="remove one report from the index")
    p.add_argument("report_id")
    _add_index_args(p)
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("search", help="ranked passages with their citations")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=5, help="how many passages (default 5)")
    p.add_argument("--mode", choices=["bm25", "dense", "hybrid"], help="retrieval mode (default hybrid)")
    _add_filter_args(p)
    _add_index_args(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("bench", help="time ingest (into a temporary index) and search; peak memory")
    p.add_argument("paths", nargs="*", help="report files or folders (default: the sample reports)")
    p.add_argument("--rounds", type=int, default=3, help="passes over the benchmark queries")
    p.add_argument("--max-ingest-seconds", type=float, help="exit non-zero if loading + ingest takes longer")
    p.add_argument("--model", help="encoder to benchmark")
    p.set_defaults(func=cmd_bench)
    return parser


COMMAND_ERRORS = (UsageError, ReadError, StoreError, EncoderError, ValueError, OSError)


def run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except ValidationError as exc:
        first = exc.errors()[0]
        print(f"reportqa: error: setting {'.'.join(map(str, first['loc']))}: {first['msg']}", file=sys.stderr)
    except COMMAND_ERRORS as exc:
        print(f"reportqa: error: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("reportqa: interrupted; the index is as it was before this command", file=sys.stderr)
        return 130
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run(args.func, args)


if __name__ == "__main__":
    sys.exit(main())
