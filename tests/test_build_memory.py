"""A build's memory does not grow with the corpus (issue 14): every Whoosh writer's posting pool
is a BoundedPostingPool, its limit counted in real memory and shared between writer processes,
and what spills to disk comes back exactly. (Peak RSS itself is measured by bench/build_memory.py,
not here: it is slow and machine-dependent.)"""

from __future__ import annotations

import random
import sys
import tracemalloc
from pathlib import Path
from typing import Any

from indexer import store
from indexer.index.storage import POSTING_BYTES, BoundedPostingPool, BoundedSegmentWriter, CheckedMpWriter, IndexStorage
from indexer.index.schema import build_schema
from whoosh.filedb.filestore import FileStorage

from tests.helpers import write_corpus


def _postings(n: int, seed: int = 5) -> list[tuple[str, bytes, int, float, bytes | None]]:
    """Postings shaped as Whoosh's writer makes them (field, term, docnum, weight, value)."""
    rng = random.Random(seed)
    words = [bytes(rng.choice(b"abcdefghij") for _ in range(rng.randint(2, 10))) for _ in range(300)]
    terms = [(field, word) for field in ("text", "title", "article_id") for word in words]
    out = []
    for docnum in range(n // 10):
        for field, word in rng.sample(terms, 10):  # a term once per document, as Whoosh posts it
            value = None if field == "article_id" else b"\x00\x00\x00\x01" + bytes(rng.randint(3, 12))
            out.append((field, word, docnum + 100_000, float(rng.randint(1, 3)), value))
    return out


def test_pool_counts_at_least_the_memory_its_postings_take() -> None:
    # Whoosh's own estimate counted ~25% less than CPython allocates (a 256 MB pool took ~350 MB):
    # the bound must hold in real memory, without counting wildly more (spills cost time).
    source = _postings(10_000)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        held = [
            (f, bytes(bytearray(t)), d + 0, w * 1.0, None if v is None else bytes(bytearray(v)))
            for f, t, d, w, v in source
        ]
        real = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    counted = sum(POSTING_BYTES + len(t) + (len(v) if v is not None else 0) for _, t, _, _, v in held)
    assert real <= counted <= 1.5 * real


def test_pool_spills_at_its_limit_and_merges_runs_exactly(tmp_path: Path) -> None:
    items = _postings(15_000)
    pool = BoundedPostingPool(FileStorage(str(tmp_path)), None, limitmb=0.02)  # ~20 KB: ~300 runs
    limit = pool.limit
    for item in items:
        pool.add(item)
        assert pool.currentsize <= limit + POSTING_BYTES + 64  # never more than one posting past it
    assert len(pool.runs) > 128  # more than Whoosh merges at once: runs are merged runs again
    assert list(pool.items()) == sorted(items)
    assert list(tmp_path.iterdir()) == []  # every run file removed once read


def test_every_writer_of_a_build_has_a_bounded_pool_within_the_budget(tmp_path: Path) -> None:
    storage = IndexStorage(str(tmp_path), generation=0)
    storage.create_generation(build_schema(), "g1")
    ix = storage.open_index("g1")
    one = ix.writer(limitmb=store.writer_pool_mb(1))
    try:
        assert isinstance(one, BoundedSegmentWriter) and isinstance(one.pool, BoundedPostingPool)
        assert one.pool.limit == store.WRITER_POOL_MB * 2**20
    finally:
        one.cancel()
    many = ix.writer(limitmb=store.writer_pool_mb(2), procs=2, multisegment=True)
    try:
        # The parent's pool (segments merged on update) and each process's: the budget halved.
        assert isinstance(many, CheckedMpWriter) and isinstance(many.pool, BoundedPostingPool)
        assert many.subargs["limitmb"] == store.WRITER_POOL_MB // 2
    finally:
        many.cancel()


def _terms_and_postings(index_dir: Path, name: str) -> dict[Any, Any]:
    ix = IndexStorage(str(index_dir), generation=1).open_index(name)
    with ix.reader() as reader:
        return {
            (f, t): list(
                reader.postings(f, t).items_as("positions") if f == "text" else reader.postings(f, t).all_ids()
            )
            for f, t in reader.all_terms()
        }


def test_a_segment_written_through_spilled_runs_equals_one_written_from_memory(tmp_path: Path) -> None:
    from indexer.pipeline import parse_ref
    from indexer.sources import find_sources
    from indexer.store import article_documents

    write_corpus(tmp_path / "corpus", 12, seed=4, paragraphs=5)
    docs = [d for ref in find_sources([str(tmp_path / "corpus")]) for d in article_documents(parse_ref(ref))]
    written = {}
    for label, limitmb in (("memory", 64), ("spilled", 0.01)):
        (tmp_path / label).mkdir()
        storage = IndexStorage(str(tmp_path / label), generation=0)
        storage.create_generation(build_schema(), "g1")
        writer = storage.open_index("g1").writer(limitmb=limitmb)
        for doc in docs:
            writer.add_document(**doc)
        runs = len(writer.pool.runs)
        writer.commit()
        assert (runs > 3) == (label == "spilled")
        written[label] = _terms_and_postings(tmp_path / label, "g1")
    assert written["spilled"] == written["memory"] and len(written["memory"]) > 100


def test_posting_bytes_matches_this_interpreter() -> None:
    # Figured from sys.getsizeof at import, so a 32-bit or a future CPython is counted right.
    assert POSTING_BYTES >= sys.getsizeof((0,) * 5) + 2 * sys.getsizeof(b"") + sys.getsizeof(1.0)


def test_the_streamed_manifest_is_the_json_of_the_whole(tmp_path: Path, monkeypatch: Any) -> None:
    # write_manifest streams the records (a build's main process held the whole text and the
    # encoder's pieces of it); the file must be exactly the one-piece JSON, seal aside.
    import json
    import re

    from indexer import trust
    from indexer.index.manifest import MANIFEST_NAME, ArticleRecord, Manifest, read_manifest, write_manifest

    monkeypatch.setenv("INDEXER_KEY_FILE", str(tmp_path / "key"))
    for records in (
        {},
        {
            aid: ArticleRecord(id=aid, path=f"c/{aid}", root="c", content_hash="h" * 8, title=title, paragraphs=3)
            for aid, title in (("b.txt", 'Zürich "quoted"\nline\\two'), ("a é.txt", "Ω 東京"), ("c.txt", ""))
        },
    ):
        manifest = Manifest(index_name="g1", generation=2, files={"x.seg": [3, "ab"]}, articles=records)
        write_manifest(tmp_path, manifest)
        text = (tmp_path / MANIFEST_NAME).read_text(encoding="utf-8")
        data = manifest.to_json()
        data["key_id"] = trust.key_id(trust.load_key(create=False))
        blank = re.sub(r'"(sha256|hmac-sha256):[0-9a-f]{64}"', lambda m: f'"{m.group(1)}:{"0" * 64}"', text, count=2)
        assert blank == json.dumps(data, indent=1, ensure_ascii=False)
        assert read_manifest(tmp_path).articles == records
