"""``reportqa bench --baseline``: the LangChain pipeline one would build first, timed in the same run.

What it does with the same files and the same encoder: each file's text (read by our reader, so
PDF and DOCX count the same), ``RecursiveCharacterTextSplitter`` chunks of about our chunk size,
``FAISS.from_texts`` (the encoder wrapped as LangChain ``Embeddings``) and
``BM25Retriever.from_texts`` over jieba's search-mode words, searched as ``EnsembleRetriever``
does (reciprocal-rank fusion, equal weights). Only ratios mean anything: the machine is shared.

Needs the optional packages: ``pip install -e '.[baseline]'``.
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

RRF_C = 60  # EnsembleRetriever's constant


class MissingBaseline(ValueError):
    pass


def _imports():
    try:
        from langchain_community.retrievers import BM25Retriever
        from langchain_community.vectorstores import FAISS
        from langchain_core.embeddings import Embeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter
    except ImportError:
        raise MissingBaseline("--baseline needs LangChain: pip install -e '.[baseline]'") from None
    return BM25Retriever, FAISS, Embeddings, RecursiveCharacterTextSplitter


def check_installed() -> None:
    """Raise ``MissingBaseline`` (one line, how to install) unless the packages are there."""
    _imports()


def run_baseline(paths: Sequence[Path], encoder, chunk_size: int, queries: Sequence[str], rounds: int = 3) -> dict:
    """Ingest ``paths`` the LangChain way and time it; then search each query (hybrid, k=5)."""
    import jieba

    from corpus.read import read_document

    BM25Retriever, FAISS, Embeddings, Splitter = _imports()

    encoding = [0.0]

    class Wrapped(Embeddings):
        def embed_documents(self, texts):
            t0 = time.perf_counter()
            try:
                return encoder.encode(list(texts), kind="passage").tolist()
            finally:
                encoding[0] += time.perf_counter() - t0

        def embed_query(self, text):
            return encoder.encode([text], kind="query")[0].tolist()

    words = lambda text: [w for w in jieba.cut_for_search(text) if w.strip()]  # noqa: E731
    words("预热")  # jieba's dictionary, loaded before the clock starts as ours is
    t0 = time.perf_counter()
    splitter = Splitter(chunk_size=chunk_size, chunk_overlap=chunk_size // 10,
                        separators=["\n\n", "\n", "。", "；", "，", ""])
    texts = [piece for path in paths for piece in splitter.split_text(read_document(Path(path)).text)]
    vectors = FAISS.from_texts(texts, Wrapped())
    keywords = BM25Retriever.from_texts(texts, preprocess_func=words, k=5)
    ingest_s = time.perf_counter() - t0

    def search(query: str) -> list[str]:
        fused: dict[str, float] = {}
        for run in (keywords.invoke(query), vectors.similarity_search(query, k=5)):
            for rank, doc in enumerate(run, start=1):
                fused[doc.page_content] = fused.get(doc.page_content, 0.0) + 0.5 / (RRF_C + rank)
        return sorted(fused, key=fused.get, reverse=True)[:5]

    search(queries[0])
    latencies = []
    for _ in range(rounds):
        for query in queries:
            t0 = time.perf_counter()
            search(query)
            latencies.append((time.perf_counter() - t0) * 1000)
    return {"chunks": len(texts), "ingest_s": round(ingest_s, 2), "ingest_encoding_s": round(encoding[0], 2),
            "search_latencies_ms": latencies}
