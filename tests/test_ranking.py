"""The numpy ranking of plain-word queries gives Whoosh's hits, in Whoosh's order, from the
postings arrays each segment carries (index/arrays.py, written by the codec); without them,
Whoosh ranks."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.index import arrays
from indexer.index.view import SegmentView, index_view
from indexer.pipeline import build
from indexer.search import Filters, IndexSearcher, SearchRequest
from indexer.store import segments_without_postings_arrays
from tests.helpers import write_corpus

QUERIES = [
    "officials",
    "monday",
    "discussed length",
    "officials OR harbour",
    "report",
    "zeppelin",
    "harbor",
    "officals~1",
    "disc*",
    "labour",
    "officials -monday",
    '"officials said"',
    '"length officials"~3',
    '"discussed at length officials"',
    '"said officials"',
    '"zeppelin harbour"~4',
    "harbour officials",
    "discussed -officials -zeppelin",
    '"officials said" -harbor',
    "zeppelin OR -monday",
    '"officials said" OR "zeppelin harbour"~4',
    '"discussed said"~2',
    '"discussed said"~3',
    '"monday discussed"~9',
    '"official said"',  # a quoted phrase's words as typed (ExactPhrase): not "officials said"
    '"officials said" OR harbour',
    "officials said monday",  # adjacent pairs rank first (queries.AdjacentFirst)
    "zeppelin harbour officials",
    "length of officials",
]


def two_segments_with_deletions(root: Path, a: int = 40, b: int = 25, entities: bool = False) -> Path:
    """An index of two builds (two segments), with a word that has a single posting (Whoosh
    stores it inline), and deleted documents that no merge has purged yet."""
    corpus, index = root / "corpus", root / "idx"
    write_corpus(corpus / "a", a, seed=3)
    build([str(corpus)], str(index), entities=entities)
    write_corpus(corpus / "b", b, seed=4, paragraphs=3)
    (corpus / "b" / "z.txt").write_text("Airship\n\nA zeppelin and a harbour, officials said.\n", encoding="utf-8")
    build([str(corpus)], str(index), entities=entities)
    from indexer.store import build_lock, read_manifest, write_index

    # Deletions inside a segment, as a later build's update makes them, without a merge.
    with build_lock(index, 0), write_index(index, read_manifest(index), fresh=False, merge=False) as writer:
        for n in (3, 5, 8):
            writer.delete_article(f"corpus/a/article-{n:05d}.txt")
    return index


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return two_segments_with_deletions(tmp_path_factory.mktemp("ranking"))


FILTERS = [Filters(), Filters(kinds=["body"]), Filters(articles=["corpus/a/article-0001*", "corpus/b/*"])]


def _results(index: Path, monkeypatch: pytest.MonkeyPatch, whoosh: bool) -> list[tuple]:
    """Hits and totals of every query, filter and page. Whoosh is asked for every hit at once
    and the page cut from them: asked for a page, Whoosh undercounts some totals (it prunes OR
    branches that cannot reach the page, and lost paragraphs of '"officials said" -harbor')."""
    if whoosh:
        monkeypatch.setenv("INDEXER_WHOOSH_RANKING", "1")
    else:
        monkeypatch.delenv("INDEXER_WHOOSH_RANKING", raising=False)
    out = []
    with IndexSearcher(index) as searcher:
        assert len(searcher._searcher.leaf_searchers()) >= 2 and searcher._reader.has_deletions()
        for q in QUERIES:
            for filters in FILTERS:
                for offset in (0, 7):
                    if whoosh:
                        r = searcher.search(SearchRequest(q, filters, 1000, 0))
                        hits = r.hits[offset : offset + 10]
                    else:
                        r = searcher.search(SearchRequest(q, filters, 10, offset))
                        hits = r.hits
                    out.append((q, filters, offset, [(h.article_id, h.paragraph, h.score) for h in hits], r.total))
    return out


def test_ranking_gives_whoosh_hits_scores_and_totals(index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ours = _results(index, monkeypatch, whoosh=False)
    theirs = _results(index, monkeypatch, whoosh=True)
    assert ours == theirs
    assert all(any(hits for _, f, _, hits, _ in ours if f == filters) for filters in FILTERS)
    assert any(not hits for _, _, _, hits, _ in ours)


def _has_arrays(searcher: IndexSearcher) -> bool:
    segments = index_view(searcher._searcher).segments
    return bool(segments) and all(s.has_postings_arrays() for s in segments)


def test_segments_without_postings_arrays_are_left_to_whoosh(index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A segment without the arrays: ranking declines, and the query goes to Whoosh.
    from whoosh.query import Term

    from indexer import ranking

    with IndexSearcher(index) as searcher:
        assert _has_arrays(searcher)
        q = Term("text", "offici")
        assert ranking.top_hits(searcher._searcher, q, 10) is not None
        total = searcher.search(SearchRequest("officials", Filters(), 10, 0)).total
    monkeypatch.setattr(SegmentView, "has_postings_arrays", lambda self: False)
    with IndexSearcher(index) as searcher:
        assert ranking.top_hits(searcher._searcher, q, 10) is None
        assert searcher.search(SearchRequest("officials", Filters(), 10, 0)).total == total


def test_a_merged_segment_carries_its_postings_table(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    for n in range(3):  # three builds, three segments; the last commit merges small ones
        write_corpus(corpus / str(n), 4, seed=n)
        build([str(corpus)], str(index), entities=False)
    from indexer.store import build_lock, read_manifest, write_index

    with build_lock(index, 0), write_index(index, read_manifest(index), fresh=False, optimize=True):
        pass  # one segment, written by a merge
    with IndexSearcher(index) as searcher:
        leaves = searcher._searcher.leaf_searchers()
        assert len(leaves) == 1 and _has_arrays(searcher)
        assert searcher.search(SearchRequest("officials", Filters(), 5, 0)).total == 12 * 6


def test_or_totals_count_every_matching_paragraph(index: Path) -> None:
    # Whoosh prunes OR branches that cannot reach the top 10 and so undercounts OR totals;
    # the block ranking counts them all, which is what a total promises.
    with IndexSearcher(index) as searcher:
        either = searcher.search(SearchRequest("zeppelin OR officials", Filters(), 10, 0)).total
        officials = searcher.search(SearchRequest("officials", Filters(), 10, 0)).total
        both = searcher.search(SearchRequest("zeppelin officials", Filters(), 10, 0)).total
        zeppelin = searcher.search(SearchRequest("zeppelin", Filters(), 10, 0)).total
    assert either == officials + zeppelin - both


def test_phrase_positions_follow_whooshs_span_rules() -> None:
    from indexer.ranking import _in_order

    assert _in_order(1, [[1, 5], [2]]) and not _in_order(1, [[1], [3]])  # adjacent only at slop 1
    assert _in_order(2, [[1], [3]]) and not _in_order(3, [[4], [2]])  # within the slop, in order
    assert _in_order(1, [[0], [1], [2]]) and not _in_order(1, [[0], [1], [3]])
    assert not _in_order(2, [[5], [5]])  # the same position is no phrase


def test_phrases_over_terms_without_positions_are_left_to_whoosh(index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Terms stored without positions (a boosted field): phrases go to Whoosh, words still rank.
    from whoosh.query import Phrase, Term

    from indexer import ranking

    read = SegmentView.postings

    def without_positions(self: SegmentView, stem: str) -> arrays.Postings | None:
        found = read(self, stem)
        return None if found is None else arrays.Postings(found.ids, found.weights, None)

    phrase = Phrase("text", ["offici", "said"])
    with IndexSearcher(index) as searcher:
        assert ranking.top_hits(searcher._searcher, phrase, 10) is not None
    monkeypatch.setattr(SegmentView, "postings", without_positions)
    with IndexSearcher(index) as searcher:
        assert ranking.top_hits(searcher._searcher, phrase, 10) is None
        assert ranking.top_hits(searcher._searcher, Term("text", "offici"), 10) is not None


def _stored(weights: list[float], positions: list[list[int]]) -> arrays.Postings:
    """One term's postings through the writer's encoding and the reader's decoding."""
    from array import array

    from whoosh.formats import Positions

    sink = arrays.PostingsSink()
    values = [Positions().encode(p) for p in positions]
    sink.add(array("I", range(len(weights))), array("f", weights), values)
    return arrays.decode_postings(arrays.encode_postings(sink))


def test_positions_file_round_trip() -> None:
    import numpy as np

    got = _stored([1, 2, 1], [[4], [0, 70_000], [65_535]])  # a delta past 16 bits: 32-bit deltas
    assert got.ids.tolist() == [0, 1, 2] and got.weights.tolist() == [1.0, 2.0, 1.0]
    assert got.deltas.dtype.itemsize == 4 and got.deltas.tolist() == [4, 0, 70_000, 65_535]
    got = _stored([3, 1], [[1, 2, 9], [0]])
    assert got.deltas.dtype.itemsize == 2 and got.deltas.tolist() == [1, 1, 7, 0]
    # Weights that are not position counts (a boosted field): no positions kept.
    got = _stored([1.5, 1], [[1], [2]])
    assert got.deltas is None and got.weights.tolist() == [1.5, 1.0]
    # The ranking's gather: positions of chosen postings, back from their deltas.
    from indexer.ranking import _Term

    term = _Term(
        np.array([10, 11, 12]),
        np.array([3.0, 1.0, 2.0]),
        np.arange(3),
        np.array([3, 1, 2]),
        np.array([1, 1, 7, 5, 2, 3]),
    )
    docs, pos = term.positions(np.array([0, 2]))
    assert docs.tolist() == [10, 10, 10, 12, 12] and pos.tolist() == [1, 2, 9, 2, 5]


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_multiprocess_builds_write_postings_tables(tmp_path: Path, start_method: str) -> None:
    # Whoosh's writer sub-processes write the segments of a large build without entities;
    # started by spawn (or forkserver, Python 3.14's default on Linux) they import modules
    # afresh: the codec, given to the writer, must reach them.
    import subprocess
    import sys

    corpus, index = tmp_path / "corpus", tmp_path / "idx"
    write_corpus(corpus, 80, seed=9, paragraphs=4)
    script = (
        "import multiprocessing, sys\n"
        f"multiprocessing.set_start_method({start_method!r}, force=True)\n"
        "from indexer import pipeline\n"
        "pipeline.PARALLEL_MIN_FILES = 20\n"
        "pipeline.build([sys.argv[1]], sys.argv[2], entities=False)\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(corpus), str(index)], check=True, capture_output=True, timeout=120
    )
    with IndexSearcher(index) as searcher:
        leaves = searcher._searcher.leaf_searchers()
        assert len(leaves) >= 2  # one segment per worker: the build was the multiprocess one
        # A worker that got no batch (the other took them all: likelier under spawn, whose
        # workers start slowly) leaves an empty segment, with nothing to put in a table.
        assert _has_arrays(searcher)
        assert searcher.search(SearchRequest("officials", Filters(), 5, 0)).total == 320
    assert segments_without_postings_arrays(index)[0] == 0


def test_facets_from_mentions_arrays_equal_facets_from_stored_tags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Names by a stand-in tagger (names with commas too), over two segments and unpurged
    # deletions; the mentions arrays (index/arrays.py) against each hit's stored tags.
    from indexer import facets, pipeline
    from indexer.models import Article

    names = {"officials": "Goldman, Sachs and Co", "zeppelin": "Zeppelin Works", "harbour": "Port Authority"}

    def tag(articles: object, entities: bool, workers: int = 0) -> object:
        for article in articles:  # type: ignore[attr-defined]
            assert isinstance(article, Article)
            for p in article.paragraphs:
                if p.indexed:
                    p.orgs = [org for word, org in names.items() if word in p.text]
                    p.people = ["Ann Lee"] * ("Monday" in p.text) + ["Bo, Jr."] * ("length" in p.text)
            yield article

    monkeypatch.setattr(pipeline, "tag", tag)
    index = two_segments_with_deletions(tmp_path, a=12, b=6, entities=True)

    def all_facets() -> list[object]:
        with IndexSearcher(index) as searcher:
            assert len(searcher._searcher.leaf_searchers()) >= 2 and searcher._reader.has_deletions()
            return [
                searcher.search(SearchRequest(q, f, 3, 0, facets=True)).facets
                for q in ("officials", "zeppelin OR harbour", '"officials said"', "monday -length", "")
                for f in (Filters(), Filters(orgs=["zeppelin works"]), Filters(people=["lee"]))
                if q or f.any()
            ]

    ours = all_facets()
    with IndexSearcher(index) as searcher:  # every segment carries the arrays: they were used
        assert all(s.mentions("orgs") is not None for s in index_view(searcher._searcher).segments)
    assert any(dict(f["orgs"]).get("Goldman, Sachs and Co") for f in ours)  # type: ignore[index]
    assert any(dict(f["people"]).get("Bo, Jr.") for f in ours)  # type: ignore[index]
    from indexer.search import entity_counts

    listed = entity_counts(index, ("orgs", "people"))
    monkeypatch.setattr(facets, "count", lambda searcher, docs, fields, canonical=None: None)
    assert all_facets() == ours
    # `indexer entities` counts from the same arrays: names as tagged, commas kept; from the
    # facet fields' terms (older segments) the same counts, commas made spaces.
    assert dict(listed["orgs"])["Goldman, Sachs and Co"] > 0 and dict(listed["people"])["Bo, Jr."] > 0
    from_terms = entity_counts(index, ("orgs", "people"))
    for field in ("orgs", "people"):
        assert sorted((n.replace(",", " "), c) for n, c in listed[field]) == sorted(from_terms[field])


def test_short_ors_merged_part_by_part_equal_one_sort() -> None:
    # ranking._merged joins a word's forms and variants into one list without sorting it
    # again: the same documents and, bit for bit, the same score sums as np.unique + bincount.
    import numpy as np

    from indexer.ranking import _merged

    rng = np.random.default_rng(20211115)
    for _ in range(500):
        parts = []
        for _ in range(int(rng.integers(2, 5))):
            docs = np.unique(rng.integers(0, 60, int(rng.integers(0, 40)))).astype(np.int64)
            parts.append((docs, rng.random(len(docs)) * 10))
        union, where = np.unique(np.concatenate([d for d, _ in parts]), return_inverse=True)
        sums = np.bincount(where, weights=np.concatenate([s for _, s in parts]))
        docs, scores = parts[0]
        for more in parts[1:]:
            docs, scores = _merged(docs, scores, *more)
        assert docs.tolist() == union.tolist() and scores.tolist() == sums.tolist()
