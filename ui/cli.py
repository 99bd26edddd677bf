"""``reportqa``: a thin shell over the library. Errors are one line and an exit code."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from pydantic import ValidationError

from corpus.read import ReadError
from index.encoders import EncoderError
from index.store import StoreError

from assistant import library
from assistant.retrieve import Filters
from assistant.settings import Settings

from ui.export import write_csv
from ui.question import BROKEN_EN, EMPTY_EN, asks_something, is_text


class UsageError(Exception):
    """A request the CLI refuses, with the reason."""


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.load(index_dir=getattr(args, "index", None), model=getattr(args, "model", None),
                         backend=getattr(args, "backend", None), milvus_uri=getattr(args, "milvus_uri", None),
                         milvus_collection=getattr(args, "milvus_collection", None),
                         milvus_token=getattr(args, "milvus_token", None))


def _where(settings: Settings) -> str:
    """The index as a user named it: its folder, or the Milvus URI and collection."""
    if settings.backend == "embedded":
        return str(settings.index_dir)
    return f"{settings.milvus_uri} (Milvus collection {library.location_for(settings).config.collection})"


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(
        report_ids=tuple(args.report or ()),
        regions=tuple(args.region or ()),
        years=tuple(args.year or ()),
    )


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = _settings(args)
    result = library.ingest_files(settings, args.paths, progress=not args.quiet, replace=args.replace,
                                  wait=not args.no_wait)
    conflicts = {c.report_id: c for c in result.conflicts}
    for label, ids in (("added", result.added), ("replaced", result.replaced), ("unchanged", result.unchanged)):
        for report_id in ids:
            print(f"{label:<9} {report_id}  「{result.titles[report_id]}」  ({result.sources[report_id]})")
            if report_id in conflicts:
                print(f"{'note' if label == 'replaced' else 'warning':<9} {conflicts[report_id].text}",
                      file=sys.stderr)
    for warning in result.warnings:
        print(f"warning   {warning.name}: {warning.text}", file=sys.stderr)
    for failure in result.failed:
        print(f"skipped   {failure.name}: {failure.reason}", file=sys.stderr)
    print(f"index: {_where(settings)}")
    return 1 if result.failed and not (result.added or result.replaced or result.unchanged) else 0


def cmd_reports(args: argparse.Namespace) -> int:
    index = library.load_index(_settings(args))
    if not index.reports:
        print("The index holds no reports. Add some with 'reportqa ingest FILE...'.")
        return 0
    for report in sorted(index.reports.values(), key=lambda r: r.id):
        meta = report.meta
        years = lambda ys: "、".join(str(y) for y in ys) or "—"  # noqa: E731
        print(f"{report.id}\n  标题 {meta.title}\n  地区 {meta.region.describe()}\n"
              f"  类型 {meta.genre if meta.genre != 'other' else '其他'}  年度 {meta.year or '—'}  "
              f"回顾 {years(meta.reviews)}  部署 {years(meta.plans)}\n"
              f"  发文机关 {meta.organization or '—'}  文号 {meta.doc_number or '—'}  "
              f"成文日期 {meta.issue_date or '—'}  分块 {index.manifest.reports[report.id].chunks}  "
              f"来源 {report.source}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    settings = _settings(args)
    try:
        count = library.remove(settings, args.report_id, wait=not args.no_wait)
    except KeyError:
        raise UsageError(f"no report '{args.report_id}' in the index; 'reportqa reports' lists them") from None
    print(f"removed {args.report_id} ({count} chunks)")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if not is_text(args.query):
        raise UsageError(BROKEN_EN.format(what="query"))
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

    if args.reliability:
        return _reliability(args)
    if args.backend == "milvus":
        from assistant.bench_backends import SIZES, run_backends

        settings = Settings.load(index_dir=getattr(args, "index", None), model=args.model)
        print(json.dumps(run_backends(settings, args.paths or _default_scale_paths(), args.sizes or SIZES,
                                      milvus_uri=args.milvus_uri), ensure_ascii=False, indent=2))
        return 0
    if args.scale:
        from assistant.bench_scale import run_scale

        print(json.dumps(run_scale(_settings(args), args.scale, args.paths or _default_scale_paths()),
                         ensure_ascii=False, indent=2))
        return 0
    from assistant.bench import run_bench

    report = run_bench(_settings(args), args.paths, rounds=args.rounds, baseline=args.baseline)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if args.max_ingest_seconds is not None and report["total_s"] > args.max_ingest_seconds:
        raise UsageError(f"ingest took {report['total_s']} s, over the limit of {args.max_ingest_seconds} s")
    return 0


def _positive(text: str) -> int:
    value = int(text) if text.strip().lstrip("-").isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of chunks of at least 1, not {text!r}")
    return value


def _sizes(text: str) -> list[int]:
    return [_positive(part) for part in text.split(",") if part.strip()]


def _default_scale_paths() -> list[str]:
    from corpus.load import sample_paths

    return [str(p) for p in sample_paths()]


def _reliability(args: argparse.Namespace) -> int:
    import json

    from assistant.bench_reliability import run_reliability

    report = run_reliability(_settings(args), megabytes=args.report_mb)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    p95 = report["questions_during_ingest"].get("p95_ms")
    if args.max_p95_ms is not None and p95 is not None and p95 > args.max_p95_ms:
        raise UsageError(f"question p95 during ingest {p95} ms is over --max-p95-ms {args.max_p95_ms}")
    if args.max_rss_mb is not None and report["rss_peak_mb"] > args.max_rss_mb:
        raise UsageError(f"peak RSS {report['rss_peak_mb']} MB is over --max-rss-mb {args.max_rss_mb}")
    if report["failed"] or not report["ingested"]:
        raise UsageError(f"the large report was not ingested: {'; '.join(report['failed'])}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    if not is_text(args.question):
        raise UsageError(BROKEN_EN.format(what="question"))
    if not asks_something(args.question):
        raise UsageError(EMPTY_EN)
    settings = _settings(args)
    index = library.load_index(settings)
    answer = library.ask(settings, index, library.retriever_for(index, settings), args.question,
                         mode=args.mode, filters=_filters(args))
    if args.json:
        print(answer.model_dump_json(indent=2))
        return 0
    for note in answer.notes:
        print(f"（{note}）")
    print(answer.text)
    for c in answer.citations or answer.leads:
        print(f"[{c.marker}] {c.report_title} · {c.region} {c.year or ''}年 · {' › '.join(c.section_path) or '正文'}"
              f" · 第{c.paragraph}段 · 字符{c.start}–{c.end}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from eval.gold import load_gold
    from eval.report import summary_table, write_outputs
    from eval.run import MODES, run_eval

    items = load_gold(args.gold)
    if args.split:
        items = [i for i in items if i.split == args.split]
        if not items:
            raise UsageError(f"{args.gold} has no questions of split '{args.split}'")
    settings = _settings(args)
    if args.corpus:
        from eval.corpus import index_corpus

        settings, ingested = index_corpus(settings, args.corpus, progress=not args.quiet)
        for failure in ingested.failed:
            print(f"skipped   {failure.name}: {failure.reason}", file=sys.stderr)
        print(f"corpus index: {settings.index_dir} ({len(ingested.added) + len(ingested.replaced)} added, "
              f"{len(ingested.unchanged)} unchanged)", file=sys.stderr)
    index = library.load_index(settings)
    modes = MODES if args.mode == "all" else (args.mode or settings.mode,)
    run = run_eval(items, settings, index, library.retriever_for(index, settings), modes,
                   gold_name=str(args.gold), progress=not args.quiet)
    print(summary_table(run))
    for qid, quote in run.missing_quotes:
        print(f"warning: {qid}: evidence quote not in any matching report: 「{quote}」", file=sys.stderr)
    results, report = write_outputs(run, args.out)
    print(f"\nwrote {results} and {report}")
    if args.min_accuracy is not None:
        gated = settings.mode if settings.mode in modes else modes[0]
        accuracy = run.summary(gated).accuracy
        if accuracy < args.min_accuracy:
            raise UsageError(f"accuracy {accuracy:.3f} ({gated}) is below --min-accuracy {args.min_accuracy}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    auth = None
    if args.auth:
        user, sep, password = args.auth.partition(":")
        if not (sep and user and password):
            raise UsageError("--auth must be USER:PASS")
        from ui.login import LoginGuard

        auth = LoginGuard(user, password)
    from ui.app import build_app, launch
    from ui.context import AppContext
    from ui.gold_files import GoldFolder

    ctx = AppContext.open(_settings(args))
    app = build_app(ctx)
    shown = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
    print(f"reportqa: {len(ctx.index.reports)} reports from {_where(ctx.settings)}\n"
          f"「加入评测集」 writes gold files to {GoldFolder.beside(ctx.settings.index_dir).path}\n"
          f"Open http://{shown}:{args.port} in a browser (Ctrl+C stops the app).", flush=True)
    launch(app, ctx, host=args.host, port=args.port, auth=auth)
    return 0


def _figure_rows(args: argparse.Namespace):
    from index.figures import report_figures

    index = library.load_index(_settings(args))
    for report in sorted(index.reports.values(), key=lambda r: r.id):
        if args.report and report.id not in args.report:
            continue
        for fig in report_figures(report):
            yield report, fig


def cmd_figures(args: argparse.Namespace) -> int:
    header = ["report", "section_path", "metric", "value", "unit", "qualifier", "normalized", "base_unit",
              "sentence", "start", "end"]
    rows = ([report.id, " › ".join(fig.section_path), fig.metric, fig.value, fig.unit, fig.qualifier,
             fig.normalized, fig.base_unit, report.text[fig.sentence_start:fig.sentence_end], fig.start, fig.end]
            for report, fig in _figure_rows(args))
    if args.csv:
        with open(args.csv, "w", encoding="utf-8-sig", newline="") as out:
            count = write_csv(out, header, rows)
        print(f"{count} figures written to {args.csv}")
        return 0
    for report, fig in _figure_rows(args):
        print(f"{report.id}\t{fig.metric}\t{fig.text}\t{' › '.join(fig.section_path)}")
    return 0


def cmd_measures(args: argparse.Namespace) -> int:
    index = library.load_index(_settings(args))
    for report in sorted(index.reports.values(), key=lambda r: r.id):
        if args.report and report.id not in args.report:
            continue
        for para in report.paragraphs:
            for item in para.items:
                print(f"{report.id}\t{' › '.join(para.section_path)}\t{item.path_segment}\t第{para.number}段")
    return 0


def _add_index_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index", help="index folder (default: the sample index, built on first use)")
    parser.add_argument("--model", help="encoder: 'use-multilingual-v3' (default) or a sentence-transformers "
                                        "model name or local path")
    _add_backend_args(parser)


def _add_backend_args(parser: argparse.ArgumentParser, *, backend: bool = True) -> None:
    if backend:
        parser.add_argument("--backend", choices=["embedded", "milvus"],
                            help="where the index is held (default embedded: the --index folder)")
    parser.add_argument("--milvus-uri", metavar="URI",
                        help="Milvus: http://host:19530 (a server or cluster) or a file path ending in .db (Milvus Lite)")
    parser.add_argument("--milvus-collection", metavar="NAME",
                        help="Milvus collection name prefix (default: reportqa_ and the --index folder's name)")
    parser.add_argument("--milvus-token", metavar="TOKEN", help="Milvus 'user:password' or API key")


def cmd_migrate(args: argparse.Namespace) -> int:
    from index.migrate import migrate

    source = _settings(argparse.Namespace(**{**vars(args), "backend": "embedded"}))
    target = _settings(argparse.Namespace(**{**vars(args), "backend": args.to}))
    index = library.load_index(source)
    copied = migrate(index, library.location_for(target), progress=not args.quiet)
    print(f"copied {len(index.reports)} reports, {copied} chunks from {source.index_dir} to "
          f"{target.milvus_uri} (use --backend milvus --milvus-uri {target.milvus_uri} from now on)")
    return 0


def _add_wait_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-wait", action="store_true",
                        help="fail at once if another reportqa is changing the index (default: wait for it)")


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
    p.add_argument("--replace", action="store_true",
                   help="a file at an indexed report's path, with other content, replaces that report "
                        "(default: both are kept, the new one under an id of its own)")
    _add_wait_arg(p)
    _add_index_args(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("migrate", help="copy the embedded index (--index) to Milvus, without encoding again")
    p.add_argument("--to", choices=["milvus"], required=True)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--index", help="the index folder to copy (default: the sample index)")
    p.add_argument("--model", help=argparse.SUPPRESS)
    _add_backend_args(p, backend=False)
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("reports", help="list the indexed reports and their metadata")
    _add_index_args(p)
    p.set_defaults(func=cmd_reports)

    p = sub.add_parser("remove", help="remove one report from the index")
    p.add_argument("report_id")
    _add_wait_arg(p)
    _add_index_args(p)
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("search", help="ranked passages with their citations")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=5, help="how many passages (default 5)")
    p.add_argument("--mode", choices=["bm25", "dense", "hybrid"], help="retrieval mode (default hybrid)")
    _add_filter_args(p)
    _add_index_args(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="answer a question with cited values or measures")
    p.add_argument("question")
    p.add_argument("--mode", choices=["bm25", "dense", "hybrid"], help="retrieval mode (default hybrid)")
    p.add_argument("--json", action="store_true", help="print the Answer as JSON")
    _add_filter_args(p)
    _add_index_args(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("figures", help="every figure in the reports (value, unit, metric, sentence)")
    p.add_argument("--report", action="append", help="only this report id (repeatable)")
    p.add_argument("--csv", help="write a CSV file instead of printing")
    _add_index_args(p)
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("measures", help="every enumerated measure (一是…) with its section")
    p.add_argument("--report", action="append", help="only this report id (repeatable)")
    _add_index_args(p)
    p.set_defaults(func=cmd_measures)

    p = sub.add_parser("eval", help="score answers and retrieval against a gold set (JSON Lines)")
    p.add_argument("gold", help="gold-set file, e.g. eval/gold/samples.jsonl")
    p.add_argument("--mode", choices=["bm25", "dense", "hybrid", "all"],
                   help="retrieval mode(s) to evaluate (default hybrid; 'all' puts the three side by side)")
    p.add_argument("--out", default="eval-out", help="folder for results.json and report.html (default eval-out)")
    p.add_argument("--min-accuracy", type=float, metavar="X",
                   help="exit non-zero if answer accuracy (of hybrid, or the one mode given) is below X (0–1)")
    p.add_argument("--split", choices=["tune", "test"], help="only the questions of this half of the gold set")
    p.add_argument("--corpus", nargs="+", metavar="PATH",
                   help="report files or folders to index first (e.g. ../shared/corpus-gov); without --index, "
                        "into a folder of their own under REPORTQA_HOME, reused while unchanged")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_index_args(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", help="start the web app (loopback only unless --host says otherwise)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    p.add_argument("--auth", metavar="USER:PASS", help="require this user name and password")
    _add_index_args(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("bench", help="time ingest (into a temporary index) and search; peak memory")
    p.add_argument("paths", nargs="*", help="report files or folders (default: the sample reports)")
    p.add_argument("--rounds", type=int, default=3, help="passes over the benchmark queries")
    p.add_argument("--max-ingest-seconds", type=float, help="exit non-zero if loading + ingest takes longer")
    p.add_argument("--model", help="encoder to benchmark")
    p.add_argument("--reliability", action="store_true",
                   help="instead: question latency while a large report is ingested, and peak memory")
    p.add_argument("--report-mb", type=float, default=20.0,
                   help="--reliability: size of the report ingested (default 20; the size limit is raised for it)")
    p.add_argument("--max-p95-ms", type=float, help="--reliability: exit non-zero if question p95 is over this")
    p.add_argument("--max-rss-mb", type=float, help="--reliability: exit non-zero if peak RSS is over this")
    p.add_argument("--backend", choices=["embedded", "milvus"],
                   help="milvus: the embedded index and Milvus side by side at --sizes chunks (ingest chunks/s, "
                        "answer p50/p95)")
    p.add_argument("--sizes", type=_sizes, metavar="N,N", help="--backend milvus: index sizes in chunks, "
                   "comma-separated (default 16000,100000)")
    p.add_argument("--milvus-uri", metavar="URI", help="--backend milvus: the Milvus to measure (default: a "
                   "temporary Milvus Lite file)")
    p.add_argument("--baseline", action="store_true",
                   help="also time the LangChain pipeline (FAISS + BM25Retriever, RRF) on the same files and "
                        "encoder: ingest and search, and how many times faster reportqa is (needs .[baseline])")
    p.add_argument("--scale", type=_positive, metavar="N",
                   help="instead: an index of N chunks made from copies of the reports given (ingested once "
                        "and kept): open time, RSS, disk, latencies, one report added and removed, recall")
    p.set_defaults(func=cmd_bench)
    return parser


COMMAND_ERRORS = (UsageError, ReadError, StoreError, EncoderError, ValueError, OSError)


def run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        message = first["msg"].removeprefix("Value error, ")
        print(f"reportqa: error: {f'setting {where}: ' if where else ''}{message}", file=sys.stderr)
    except BrokenPipeError:  # `reportqa figures | head`: the reader left; not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
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
