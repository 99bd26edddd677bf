"""The library calls that the CLI and the web app both use: open the index, ingest, remove, search."""
from __future__ import annotations

import gc
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from corpus.load import sample_paths
from index import dense
from index.backend import IndexBackend, IndexLocation
from index.build import IngestOptions, IngestResult, ingest, needs_upgrade, remove_report, upgrade
from index.encoders import Encoder, load_encoder
from index.folder import FolderLocation
from index.lock import writer_lock
from index.store import IndexMismatch, IndexNotFound, open_index, read_manifest

from assistant.answer import HITS_PER_REPORT, Answer, answer_question
from assistant.followup import resolve
from assistant.multipart import answer_in_parts
from assistant.prose import with_prose
from assistant.retrieve import Filters, Retriever
from assistant.settings import Settings


def encoder_for(settings: Settings) -> Encoder:
    return load_encoder(settings.model, threads=settings.threads, query_threads=settings.query_threads)


def location_for(settings: Settings) -> IndexLocation:
    """Where the settings' index lives: the index folder, or Milvus (the folder then holds only the
    writer lock, the original files and the logs beside it)."""
    if settings.backend == "embedded":
        return FolderLocation(settings.index_dir)
    from index.milvus import MilvusConfig, MilvusLocation

    name = settings.milvus_collection or "reportqa_" + re.sub(r"[^A-Za-z0-9_]", "_", settings.index_dir.name)
    config = MilvusConfig(uri=settings.milvus_uri, collection=name, token=settings.milvus_token.get_secret_value(),
                          dense_index=settings.milvus_dense_index)
    return MilvusLocation(config, settings.index_dir)


def _say(message: str) -> None:
    print(f"reportqa: {message}", file=sys.stderr, flush=True)


def ensure_index(settings: Settings, *, progress: bool = True, encoder: Encoder | None = None,
                 on_wait: Callable[[str], None] | None = _say) -> None:
    """With no index yet at the default place, build one from the bundled sample reports."""
    if not settings.is_default_index:
        return
    if settings.backend != "embedded":
        location = location_for(settings)
        if not location.exists():
            print(f"Building the sample index in {location.config.uri} (first use)…", file=sys.stderr)
            ingest(sample_paths(), location, encoder or encoder_for(settings), settings.chunker,
                   options=IngestOptions(limits=settings.limits), progress=progress, on_wait=on_wait)
        return
    try:
        read_manifest(settings.index_dir)
        return
    except IndexNotFound:
        pass
    except IndexMismatch:  # an older format: kept aside (under the writer lock), the samples indexed afresh
        with writer_lock(settings.index_dir, on_wait=on_wait):
            try:
                read_manifest(settings.index_dir)
            except IndexMismatch as exc:
                aside = settings.index_dir.with_name(f"{settings.index_dir.name}.old-{int(time.time())}")
                settings.index_dir.rename(aside)
                print(f"{exc}\nThe old index was moved to {aside}.", file=sys.stderr)
    print(f"Building the sample index at {settings.index_dir} (first use)…", file=sys.stderr)
    ingest(sample_paths(), settings.index_dir, encoder or encoder_for(settings), settings.chunker,
           options=IngestOptions(limits=settings.limits), progress=progress, on_wait=on_wait)


def load_index(settings: Settings) -> IndexBackend:
    ensure_index(settings)
    if settings.backend != "embedded":
        return location_for(settings).open(settings.model)
    if needs_upgrade(settings.index_dir):  # saved by an older version: rewritten once, not re-made at every open
        _say(f"the index at {settings.index_dir} was saved by an older version; rewriting it once "
             "(about 5 s per 1,000 reports)…")
        if upgrade(settings.index_dir):
            _say("rewritten.")
    return open_index(settings.index_dir, settings.model)


def retriever_for(index: IndexBackend, settings: Settings, encoder: Encoder | None = None) -> Retriever:
    dense.use_threads(settings.query_threads)
    # The opened index's objects (its reports' metadata, its tables) live as long as it is asked:
    # moved out of the cyclic collector's scans, whose full passes over them paused answers by
    # 90–120 ms at 9,000 reports (13–26 ms after). Objects freed by their last reference still go.
    gc.freeze()
    return Retriever(index=index, encoder_factory=lambda: encoder_for(settings),
                     fusion=settings.fusion, bm25_weight=settings.bm25_weight,
                     rrf_k=settings.rrf_k, candidates=settings.candidates, _encoder=encoder)


def ingest_files(settings: Settings, paths: Sequence[Path | str], *, progress: bool = True,
                 on_progress=None, encoder: Encoder | None = None, replace: bool = False, wait: bool = True,
                 on_wait: Callable[[str], None] | None = _say) -> IngestResult:
    """``replace``: a file at an indexed report's source, with other content, replaces that report
    (else it is added beside it). ``wait=False``: IndexBusy if another process is changing the index."""
    encoder = encoder or encoder_for(settings)
    ensure_index(settings, progress=progress, encoder=encoder, on_wait=on_wait)
    return ingest(paths, location_for(settings), encoder, settings.chunker,
                  options=IngestOptions(limits=settings.limits, replace=replace, wait=wait),
                  progress=progress, on_progress=on_progress, on_wait=on_wait)


def remove(settings: Settings, report_id: str, *, wait: bool = True,
           on_wait: Callable[[str], None] | None = _say) -> int:
    ensure_index(settings, on_wait=on_wait)
    return remove_report(location_for(settings), report_id, wait=wait, on_wait=on_wait)


def ask(settings: Settings, index: IndexBackend, retriever: Retriever, question: str, *,
        mode: str | None = None, filters: Filters = Filters(), hits_per_report: int | None = None,
        previous: str | None = None) -> Answer:
    """The extractive answer; with a language model configured, its prose, numbers checked.
    ``previous``: the question before it in a conversation, against which a follow-up (「那张家港呢？」)
    is read; the question as understood is then in ``Answer.understood``. A question of several
    parts is answered part by part (assistant/multipart.py)."""
    reports = list(index.reports.values())
    asked = resolve(previous, question, reports, index.tokenizer) if previous else question
    answer = answer_in_parts(asked, reports, index.tokenizer, lambda q: answer_question(
        q, index, retriever, mode=mode or settings.mode, filters=filters,
        hits_per_report=hits_per_report or HITS_PER_REPORT))
    if asked.strip() != question.strip():
        answer = answer.model_copy(update={"question": question, "understood": asked})
    return with_prose(answer, settings.llm) if settings.llm else answer
