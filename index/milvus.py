"""The index on Milvus: a server or cluster (``http://host:19530``) or a Milvus Lite file (``*.db``).

Two collections per index, named from ``MilvusConfig.collection``:

    <name>_chunks   one entity per chunk, keyed by its row id: the report id, region, year, genre,
                    section path and span as scalar fields (filterable), the chunk as JSON, its
                    ``index_text`` analysed by the engine's jieba tokenizer into a BM25 sparse field,
                    and its dense vector
    <name>_meta     blobs of JSON split into parts under one ``owner``: the manifest (the commit
                    point), each report (metadata, text, sections, paragraphs) and the index's
                    token document frequencies (for the answerer's IDF weights)

BM25 runs inside the engine (a ``BM25`` function over the jieba-analysed text, with the field's
words and the question words of ``index/tokenize.py`` as its dictionary and stop words). The
answerer's IDF weights come from document frequencies counted with the project's own tokenizer
at ingest, so an answer's support gate reads the same statistics on both backends.

Saving: new chunks and report blobs are inserted and flushed first, then the manifest is written
with the next generation (the commit), then removed reports' chunks and blobs are deleted. A
reader only ever asks for reports its manifest lists; ``recover`` deletes what a crashed save left
(rows past the manifest's ``next_row_id``, reports it does not list).

Milvus Lite runs in the process that opens the file: share an index between processes through a
Milvus server. The writer lock is a local file beside ``folder`` (as for the embedded index).
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from corpus.chunk import ChunkerSettings
from corpus.models import Chunk, Report
from index.chunk_table import chunk_from_json
from index.lock import writer_lock
from index.report_table import report_from_json, report_to_json
from index.store import (EncoderInfo, IndexMismatch, IndexNotFound, Manifest, StoreError, _library_versions,
                         _parse_manifest, entry_of, new_rows)
from index.tokenize import STOPWORDS, Tokenizer, domain_words

PART_CHARS = 16_000  # a blob part: at most 64,000 bytes of UTF-8, under VARCHAR's 65,535
MAX_TEXT = 65_535
BATCH = 512  # entities per insert request
CHUNKS_CACHED = 4096
META_DIM = 2  # Milvus wants a vector field in every collection; the meta collection's is a placeholder
DENSE_INDEXES = ("FLAT", "HNSW", "IVF_FLAT", "IVF_SQ8")
BM25_PARAMS = {"bm25_k1": 1.2, "bm25_b": 0.75}  # index/bm25.py's K1 and B


class MilvusUnavailable(StoreError):
    """The Milvus server cannot be reached, or Milvus Lite / pymilvus is not installed."""


@dataclass(frozen=True)
class MilvusConfig:
    uri: str  # a path ending in .db (Milvus Lite) or http(s)://host:port
    collection: str = "reportqa"
    token: str = ""  # "user:password" or an API key
    dense_index: str = "FLAT"  # FLAT (exact, as the embedded index below 50k chunks), HNSW, IVF_FLAT, IVF_SQ8
    timeout: float = 10.0

    @property
    def chunks(self) -> str:
        return f"{self.collection}_chunks"

    @property
    def meta(self) -> str:
        return f"{self.collection}_meta"

    @property
    def is_lite(self) -> bool:
        return not self.uri.startswith(("http://", "https://", "tcp://", "grpc://"))


def _one_line(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc)
    return " ".join(str(text).split())[:200]


def connect(config: MilvusConfig):
    """A client, or MilvusUnavailable in one line."""
    # gRPC's own log lines (keep-alive pings Milvus Lite declines) are noise to a user: a failure
    # reaches them as this module's one-line errors
    os.environ.setdefault("GRPC_VERBOSITY", "NONE")
    try:
        from pymilvus import MilvusClient
    except ImportError:
        raise MilvusUnavailable("the Milvus backend needs pymilvus: pip install 'pymilvus[milvus_lite]'") from None
    logging.getLogger("pymilvus").setLevel(logging.CRITICAL)
    uri = config.uri
    if config.is_lite:
        if not uri.endswith(".db"):
            raise MilvusUnavailable(f"Milvus URI {uri!r}: give http://host:19530 for a server, or a file "
                                    f"path ending in .db for Milvus Lite")
        try:
            import milvus_lite  # noqa: F401
        except ImportError:
            raise MilvusUnavailable("a .db Milvus URI needs Milvus Lite: pip install milvus-lite") from None
        Path(uri).expanduser().parent.mkdir(parents=True, exist_ok=True)
        uri = str(Path(uri).expanduser().resolve())
        _hold_lite_file(uri)
    try:
        return MilvusClient(uri=uri, token=config.token, timeout=config.timeout)
    except Exception as exc:  # pymilvus raises MilvusException and gRPC errors alike
        raise MilvusUnavailable(f"cannot reach Milvus at {config.uri}: {_one_line(exc)}") from None


_LITE_HELD: dict[str, int] = {}  # Milvus Lite files this process holds: path → locked descriptor


def _hold_lite_file(path: str) -> None:
    """Milvus Lite serves a file from inside the process that opens it, and two processes serving
    one file would each write it unaware of the other: the first holds it (an exclusive lock on
    ``<file>.lock`` for the life of the process), another gets one clear line."""
    if path in _LITE_HELD:
        return
    fd = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = os.pread(fd, 32, 0).decode("ascii", "ignore").strip() or "another"
        os.close(fd)
        raise MilvusUnavailable(f"the Milvus Lite file {path} is open in process {holder}; Milvus Lite serves one "
                                f"process: stop it, or share the index through a Milvus server "
                                f"(--milvus-uri http://host:19530)") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode(), 0)
    _LITE_HELD[path] = fd


def _chunk_row(row: int, chunk: Chunk, report: Report, vector: np.ndarray) -> dict:
    data = asdict(chunk)
    data["row"] = row
    meta = report.meta
    return {
        "row": row, "report_id": chunk.report_id, "year": int(meta.year or 0),
        "region": " ".join(meta.region.names())[:512], "genre": (meta.genre or "")[:64],
        "section": " › ".join(chunk.section_path)[:2048], "start": chunk.start, "end": chunk.end,
        "text": _fit(chunk.index_text), "chunk": data, "dense": vector.astype(np.float32).tolist(),
    }


def _fit(text: str) -> str:
    """A VARCHAR holds at most 65,535 bytes: longer text (none a chunker makes) is cut."""
    encoded = text.encode("utf-8")
    return text if len(encoded) <= MAX_TEXT else encoded[:MAX_TEXT].decode("utf-8", "ignore")


def _parts(owner: str, text: str) -> list[dict]:
    pieces = [text[i:i + PART_CHARS] for i in range(0, len(text), PART_CHARS)] or [""]
    return [{"key": f"{owner}#{n}", "owner": owner, "part": n, "data": piece, "v": [0.0] * META_DIM}
            for n, piece in enumerate(pieces)]


def _quoted(values: Sequence[str]) -> str:
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"


@dataclass
class MilvusIndex:
    """An index held by Milvus: the interface of index/backend.py. Reports, the manifest and the
    document frequencies are read at open; chunks are fetched on demand; changes wait in memory
    until ``MilvusLocation.save``."""

    config: MilvusConfig
    client: object
    manifest: Manifest
    reports: dict[str, Report] = field(default_factory=dict)
    tokenizer: Tokenizer = field(default_factory=Tokenizer)
    df: Counter = field(default_factory=Counter)  # token → chunks holding it (the project's tokenizer)
    pending_terms: set[str] = field(default_factory=set)
    added: dict[str, tuple[list[Chunk], np.ndarray, list[int]]] = field(default_factory=dict)
    removed: dict[str, str] = field(default_factory=dict)  # report id → content hash of the stored version
    stored_rows: int = 0  # rows below this are stored; rows from it on are added since the last save
    counted: dict[str, Counter] = field(default_factory=dict)  # report id → token document frequencies known
    # without tokenizing (index/migrate.py reads them from the source's postings)
    _cache: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _cache_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # the app asks from threads
    backend = "milvus"

    # ----- changes -------------------------------------------------------------------------
    def add_report(self, report: Report, chunks: list[Chunk], vectors: np.ndarray, *, learn_terms: bool = True) -> None:
        """As the embedded index's; written at the next save."""
        rows = new_rows(self, report, chunks, vectors, learn_terms)
        self.added[report.id] = (chunks, vectors, rows)
        self.reports[report.id] = report
        self.manifest.reports[report.id] = entry_of(report, len(chunks))
        self.manifest.chunk_count += len(chunks)

    def remove_report(self, report_id: str) -> int:
        if report_id not in self.reports:
            raise KeyError(report_id)
        entry = self.manifest.reports.pop(report_id)
        del self.reports[report_id]
        self.manifest.chunk_count -= entry.chunks
        if self.added.pop(report_id, None) is None:
            self.removed[report_id] = entry.content_hash
        return entry.chunks

    def learn_terms(self) -> None:
        """New quoted terms protect the question's words (index/tokenize.py). The engine's BM25
        keeps the dictionary it was created with; the document frequencies of reports saved from
        now on count the new terms."""
        new, self.pending_terms = self.pending_terms - self.tokenizer.terms, set()
        if new:
            self.tokenizer = Tokenizer(self.tokenizer.terms | new)
            self.manifest.terms = sorted(self.tokenizer.terms)

    # ----- reading -------------------------------------------------------------------------
    def fetch(self, rows: Sequence[int]) -> dict[int, Chunk]:
        with self._cache_lock:
            found = {r: self._cache[r] for r in rows if r in self._cache}
        missing = [int(r) for r in rows if r not in found]
        if missing:
            got = _call(lambda: self.client.get(self.config.chunks, ids=missing, output_fields=["chunk"]))
            fetched = dict(chunk_from_json(entity["chunk"]) for entity in got)
            found.update(fetched)
            with self._cache_lock:
                self._cache.update(fetched)
                while len(self._cache) > CHUNKS_CACHED:
                    self._cache.popitem(last=False)
        return found

    def idf(self, term: str) -> float:
        n_docs, df = self.manifest.chunk_count, self.df.get(term, 0)
        return float(np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)))

    # ----- searching -----------------------------------------------------------------------
    def _filter(self, report_ids: Sequence[str] | None) -> str:
        return "" if report_ids is None else f"report_id in {_quoted(report_ids)}"

    def _search(self, data, field_name: str, k: int, report_ids: Sequence[str] | None, **extra) -> list:
        metric = "BM25" if field_name == "sparse" else "IP"
        return _call(lambda: self.client.search(
            self.config.chunks, data=[data], anns_field=field_name, limit=k, filter=self._filter(report_ids),
            output_fields=["report_id"], search_params={"metric_type": metric}, **extra))[0]

    def _ranked(self, hits, field_name: str) -> list[tuple[int, float]]:
        """Hits of reports this index lists (not of a save still under way), best first. BM25
        scores are non-negative; Milvus Lite reports them negated."""
        sign = abs if field_name == "sparse" else float
        return [(int(h["row"]), sign(float(h["distance"]))) for h in hits
                if h["entity"]["report_id"] in self.reports]

    def search_bm25(self, query: str, k: int, report_ids: Sequence[str] | None = None, *,
                    common: float | None = None) -> list[tuple[int, float]]:
        # ``common`` is not applied: the engine's analyzer reads the query's words, not this process
        return self._one(query, "sparse", k, report_ids)

    def search_dense(self, vector: np.ndarray, k: int, report_ids: Sequence[str] | None = None
                     ) -> list[tuple[int, float]]:
        return self._one(np.asarray(vector, np.float32).tolist(), "dense", k, report_ids)

    def _one(self, data, field_name: str, k: int, report_ids) -> list[tuple[int, float]]:
        if k <= 0 or (report_ids is not None and not report_ids) or not self.reports or not _has_words(data):
            return []
        return self._ranked(self._search(data, field_name, k, report_ids), field_name)

    def search_bm25_each(self, query: str, k: int, report_ids: Sequence[str]) -> list[list[tuple[int, float]]]:
        return self._each(query, "sparse", k, report_ids)

    def search_dense_each(self, vector: np.ndarray, k: int, report_ids: Sequence[str]
                          ) -> list[list[tuple[int, float]]]:
        return self._each(np.asarray(vector, np.float32).tolist(), "dense", k, report_ids)

    def _each(self, data, field_name: str, k: int, report_ids: Sequence[str]) -> list[list[tuple[int, float]]]:
        """Each report's k best from one grouped search (``group_by_field="report_id"``, ``limit`` the
        number of reports), as the engine groups them: its candidate pool spans every report when
        it can (Milvus Lite fetches limit × group_size × 3). In dense mode every chunk has a score,
        so a report left with none was cut off: it is searched alone. (Milvus Lite returns no
        groups at all when ``strict_group_size`` is given, so it is not.) tests/test_retrieve.py
        checks the result against one search per report."""
        report_ids = list(report_ids)
        if k <= 0 or not report_ids or not _has_words(data):
            return [[] for _ in report_ids]
        hits = self._search(data, field_name, len(report_ids), report_ids, group_by_field="report_id", group_size=k)
        found: dict[str, list[tuple[int, float]]] = {}
        for hit in hits:
            found.setdefault(hit["entity"]["report_id"], []).extend(self._ranked([hit], field_name))
        out = []
        for rid in report_ids:
            mine = found.get(rid, [])[:k]
            if not mine and field_name == "dense" and self._chunks_of(rid):
                mine = self._ranked(self._search(data, field_name, k, [rid]), field_name)  # every chunk scores
            out.append(mine)
        return out

    def _chunks_of(self, report_id: str) -> int:
        entry = self.manifest.reports.get(report_id)
        return entry.chunks if entry else 0

    def search_hybrid(self, query: str, vector: np.ndarray, k: int, depth: int,
                      report_ids: Sequence[str] | None = None, ranker: str = "rrf") -> list[tuple[int, float]]:
        """BM25 and dense fused by the engine (``hybrid_search``): RRF (k=60) or weighted (0.7 BM25,
        scores normalised by the engine). Measured against the retriever's own fusion in the README."""
        from pymilvus import AnnSearchRequest, RRFRanker, WeightedRanker

        if k <= 0 or (report_ids is not None and not report_ids) or not self.reports or not _has_words(query):
            return []
        where = self._filter(report_ids)
        requests = [AnnSearchRequest(data=[query], anns_field="sparse", param={"metric_type": "BM25"}, limit=depth,
                                     expr=where or None),
                    AnnSearchRequest(data=[np.asarray(vector, np.float32).tolist()], anns_field="dense",
                                     param={"metric_type": "IP"}, limit=depth, expr=where or None)]
        engine = RRFRanker(60) if ranker == "rrf" else WeightedRanker(0.7, 0.3, norm_score=True)
        hits = _call(lambda: self.client.hybrid_search(self.config.chunks, requests, ranker=engine, limit=k,
                                                       output_fields=["report_id"]))[0]
        return [(int(h["row"]), float(h["distance"])) for h in hits if h["entity"]["report_id"] in self.reports]


def _has_words(data) -> bool:
    """A text query with no word in it has no BM25 score anywhere (and some engines refuse it)."""
    return not isinstance(data, str) or any(ch.isalnum() for ch in data)


def _call(request):
    try:
        return request()
    except StoreError:
        raise
    except Exception as exc:
        raise MilvusUnavailable(f"Milvus request failed: {_one_line(exc)}") from None


# ----- where it lives ---------------------------------------------------------------------------

@dataclass
class MilvusLocation:
    """An index on Milvus (index/backend.py's IndexLocation). ``folder``: local, for the writer
    lock, the kept original files and the ingest log."""

    config: MilvusConfig
    folder: Path
    _client: object = field(default=None, repr=False)
    _ready: bool = field(default=False, repr=False)

    @property
    def client(self):
        if self._client is None:
            self._client = connect(self.config)
        return self._client

    def exists(self) -> bool:
        return self._head() is not None

    def _blob(self, owner: str) -> str:
        parts = _call(lambda: self.client.query(self.config.meta, filter=f"owner == {json.dumps(owner)}",
                                                output_fields=["part", "data"], limit=16_384))
        return "".join(p["data"] for p in sorted(parts, key=lambda p: p["part"]))

    def _blobs(self, owners: Sequence[str]) -> dict[str, str]:
        found: dict[str, list] = {}
        for start in range(0, len(owners), 256):
            some = owners[start:start + 256]
            for p in _call(lambda: self.client.query(self.config.meta, filter=f"owner in {_quoted(some)}",
                                                     output_fields=["owner", "part", "data"], limit=16_384)):
                found.setdefault(p["owner"], []).append(p)
        return {o: "".join(p["data"] for p in sorted(ps, key=lambda p: p["part"])) for o, ps in found.items()}

    def _loaded(self) -> bool:
        """Whether the collections exist; loaded (searchable) once per location."""
        if not self._ready:
            if not _call(lambda: self.client.has_collection(self.config.meta)):
                return False
            for name in (self.config.meta, self.config.chunks):
                _call(lambda: self.client.load_collection(name))
            self._ready = True
        return True

    def _head(self) -> int | None:
        """The committed generation: one entity, replaced by each save's commit."""
        if not self._loaded():
            return None
        got = _call(lambda: self.client.get(self.config.meta, ids=["head#0"], output_fields=["data"]))
        return int(got[0]["data"]) if got else None

    def read_manifest(self) -> Manifest:
        return self._committed()[0]

    def _committed(self) -> tuple[Manifest, int]:
        """The manifest of the committed generation. A save that commits meanwhile deletes the
        generation before it: then the head is read again."""
        for _ in range(5):
            generation = self._head()
            if generation is None:
                raise IndexNotFound(f"no index in Milvus collection {self.config.collection!r} at "
                                    f"{self.config.uri}; build one with 'reportqa ingest'")
            raw = self._blob(f"manifest@{generation}")
            if raw:
                where = Path(f"{self.config.uri}#{self.config.collection}")
                return _parse_manifest(where, raw.encode("utf-8")), generation
        raise IndexMismatch(f"Milvus collection {self.config.collection!r} at {self.config.uri}: generation "
                            f"{generation} has no manifest. Re-ingest the reports into another collection.")

    def signature(self) -> object:
        return self._head()

    def open(self, encoder_name: str | None = None) -> MilvusIndex:
        manifest, generation = self._committed()
        where = f"Milvus collection {self.config.collection!r} at {self.config.uri}"
        if encoder_name is not None and manifest.encoder.name != encoder_name:
            raise IndexMismatch(f"{where} was built with encoder '{manifest.encoder.name}' ({manifest.encoder.dim}-d), "
                                f"not '{encoder_name}'. Use --model {manifest.encoder.name}, or another collection.")
        self._check_dimension(manifest.encoder.dim)
        blobs = self._blobs([_report_owner(rid, e.content_hash) for rid, e in manifest.reports.items()])
        reports = {}
        for rid, entry in manifest.reports.items():
            raw = blobs.get(_report_owner(rid, entry.content_hash))
            if raw is None:
                raise IndexMismatch(f"{where} is damaged (report {rid} is missing). Re-ingest its reports.")
            reports[rid] = report_from_json(json.loads(raw))
        df = Counter(json.loads(self._blob(f"df@{generation}") or "{}"))
        return MilvusIndex(config=self.config, client=self.client, manifest=manifest, reports=reports,
                           tokenizer=Tokenizer(manifest.terms), df=df, stored_rows=manifest.next_row_id)

    def _check_dimension(self, dim: int) -> None:
        if not _call(lambda: self.client.has_collection(self.config.chunks)):
            return
        fields = _call(lambda: self.client.describe_collection(self.config.chunks))["fields"]
        have = next((int(f["params"]["dim"]) for f in fields if f["name"] == "dense"), None)
        if have != dim:
            raise IndexMismatch(f"Milvus collection {self.config.chunks!r} at {self.config.uri} holds {have}-d "
                                f"vectors; the index's encoder gives {dim}-d. Use another --milvus-collection.")

    def create(self, encoder_name: str, dim: int, chunker: ChunkerSettings) -> MilvusIndex:
        client = self.client
        if _call(lambda: client.has_collection(self.config.chunks)):
            self._check_dimension(dim)
        else:
            self._create_collections(dim)
        manifest = Manifest(encoder=EncoderInfo(name=encoder_name, dim=dim), chunker=chunker)
        self._ready = False
        self._loaded()
        return MilvusIndex(config=self.config, client=client, manifest=manifest)

    def _create_collections(self, dim: int) -> None:
        from pymilvus import DataType, Function, FunctionType

        if self.config.dense_index not in DENSE_INDEXES:
            raise StoreError(f"unknown Milvus dense index {self.config.dense_index!r} ({', '.join(DENSE_INDEXES)})")
        client = self.client
        analyzer = {"tokenizer": {"type": "jieba", "mode": "search", "dict": ["_default_", *domain_words()]},
                    "filter": [{"type": "stop", "stop_words": sorted(STOPWORDS)}]}
        schema = client.create_schema(auto_id=False)
        schema.add_field("row", DataType.INT64, is_primary=True)
        schema.add_field("report_id", DataType.VARCHAR, max_length=512)
        schema.add_field("year", DataType.INT64)
        schema.add_field("region", DataType.VARCHAR, max_length=512)
        schema.add_field("genre", DataType.VARCHAR, max_length=64)
        schema.add_field("section", DataType.VARCHAR, max_length=2048)
        schema.add_field("start", DataType.INT64)
        schema.add_field("end", DataType.INT64)
        schema.add_field("text", DataType.VARCHAR, max_length=MAX_TEXT, enable_analyzer=True,
                         analyzer_params=analyzer)
        schema.add_field("chunk", DataType.JSON)
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
        schema.add_function(Function(name="bm25", function_type=FunctionType.BM25, input_field_names=["text"],
                                     output_field_names=["sparse"]))
        params = client.prepare_index_params()
        dense_params = {"HNSW": {"M": 16, "efConstruction": 200}, "IVF_FLAT": {"nlist": 1024},
                        "IVF_SQ8": {"nlist": 1024}}.get(self.config.dense_index, {})
        params.add_index(field_name="dense", index_type=self.config.dense_index, metric_type="IP", params=dense_params)
        params.add_index(field_name="sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                         params=BM25_PARAMS)
        params.add_index(field_name="report_id", index_type="INVERTED")
        try:
            client.create_collection(self.config.chunks, schema=schema, index_params=params)
        except ImportError as exc:
            raise MilvusUnavailable(f"Milvus cannot tokenize Chinese: {_one_line(exc)}") from None
        except Exception as exc:
            message = _one_line(exc)
            if "jieba" in message.lower():
                raise MilvusUnavailable(f"the Milvus server has no jieba tokenizer ({message}); BM25 over Chinese "
                                        f"needs Milvus 2.5 or later") from None
            raise MilvusUnavailable(f"cannot create collection {self.config.chunks!r}: {message}") from None
        meta = client.create_schema(auto_id=False)
        meta.add_field("key", DataType.VARCHAR, is_primary=True, max_length=1024)
        meta.add_field("owner", DataType.VARCHAR, max_length=1024)
        meta.add_field("part", DataType.INT64)
        meta.add_field("data", DataType.VARCHAR, max_length=MAX_TEXT)
        meta.add_field("v", DataType.FLOAT_VECTOR, dim=META_DIM)
        meta_params = client.prepare_index_params()
        meta_params.add_index(field_name="v", index_type="FLAT", metric_type="L2")
        _call(lambda: client.create_collection(self.config.meta, schema=meta, index_params=meta_params))

    def save(self, index: MilvusIndex) -> None:
        """Inserts, then the manifest (the commit), then deletes; see the module's text."""
        index.learn_terms()
        client, config = self.client, self.config
        tokenizer = index.tokenizer
        old_df = self._blobs([_df_owner(rid, h) for rid, h in index.removed.items()])
        for rid, raw in old_df.items():
            index.df.subtract(json.loads(raw))
        meta_rows = []
        for report_id, (chunks, vectors, rows) in index.added.items():
            report = index.reports[report_id]
            entities = [_chunk_row(r, c, report, v) for r, c, v in zip(rows, chunks, vectors)]
            for start in range(0, len(entities), BATCH):
                _call(lambda: client.insert(config.chunks, entities[start:start + BATCH]))
            counts = index.counted.pop(report_id, None)
            if counts is None:
                counts = Counter(t for c in chunks for t in set(tokenizer.tokenize(c.index_text)))
            index.df.update(counts)
            meta_rows += _parts(_report_owner(report_id, report.content_hash),
                                json.dumps(report_to_json(report), ensure_ascii=False))
            meta_rows += _parts(_df_owner(report_id, report.content_hash), json.dumps(counts, ensure_ascii=False))
        index.df = Counter({t: n for t, n in index.df.items() if n > 0})
        manifest = index.manifest
        manifest.library_versions = _library_versions()
        generation = manifest.generation + 1
        saved = manifest.model_copy(update={"generation": generation})
        meta_rows += _parts(f"manifest@{generation}", saved.model_dump_json())
        meta_rows += _parts(f"df@{generation}", json.dumps(index.df, ensure_ascii=False))
        for start in range(0, len(meta_rows), BATCH):
            _call(lambda: client.upsert(config.meta, meta_rows[start:start + BATCH]))
        _call(lambda: client.flush(config.chunks))
        _call(lambda: client.flush(config.meta))
        # the commit: one entity names the generation readers read
        _call(lambda: client.upsert(config.meta, [{"key": "head#0", "owner": "head", "part": 0,
                                                   "data": str(generation), "v": [0.0] * META_DIM}]))
        _call(lambda: client.flush(config.meta))
        manifest.generation = generation
        written = {row["owner"] for row in meta_rows}
        owners = [f"manifest@{generation - 1}", f"df@{generation - 1}"]
        owners += [o for rid, h in index.removed.items() for o in (_report_owner(rid, h), _df_owner(rid, h))
                   if o not in written]  # a report removed and added again with the same content keeps its blobs
        _call(lambda: client.delete(config.meta, filter=f"owner in {_quoted(owners)}"))
        if index.removed:  # the stored rows only: a report replaced under its id has new rows
            _call(lambda: client.delete(config.chunks, filter=f"report_id in {_quoted(list(index.removed))} "
                                                              f"and row < {index.stored_rows}"))
        _call(lambda: client.flush(config.chunks))
        _call(lambda: client.flush(config.meta))
        index.added, index.removed, index.stored_rows = {}, {}, manifest.next_row_id

    def recover(self) -> None:
        """Delete what a save that crashed before its commit inserted (or after it, failed to delete)."""
        try:
            manifest, generation = self._committed()
        except IndexNotFound:
            if _call(lambda: self.client.has_collection(self.config.chunks)):
                _call(lambda: self.client.delete(self.config.chunks, filter="row >= 0"))
            return
        listed = list(manifest.reports)
        stray = f"row >= {manifest.next_row_id}" + (f" or report_id not in {_quoted(listed)}" if listed else " or row >= 0")
        _call(lambda: self.client.delete(self.config.chunks, filter=stray))
        keep = ["head", f"manifest@{generation}", f"df@{generation}"] + [o for rid, e in manifest.reports.items()
                                     for o in (_report_owner(rid, e.content_hash), _df_owner(rid, e.content_hash))]
        _call(lambda: self.client.delete(self.config.meta, filter=f"owner not in {_quoted(keep)}"))

    def lock(self, *, wait: bool = True, on_wait=None):
        return writer_lock(self.folder, wait=wait, on_wait=on_wait)

    def drop(self) -> None:
        """Delete both collections (tests, and replacing an index)."""
        for name in (self.config.chunks, self.config.meta):
            if _call(lambda: self.client.has_collection(name)):
                _call(lambda: self.client.drop_collection(name))
        self._ready = False


def _report_owner(report_id: str, content_hash: str) -> str:
    return f"report:{report_id}:{content_hash}"


def _df_owner(report_id: str, content_hash: str) -> str:
    return f"df:{report_id}:{content_hash}"
