"""The block-at-a-time ranking of plain-word queries gives Whoosh's hits, in Whoosh's order."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.pipeline import build
from indexer.search import Filters, IndexSearcher, SearchRequest
from tests.helpers import write_corpus

QUERIES = ["officials", "monday", "discussed length", "officials OR harbour", "report", "zeppelin",
           "harbor", "officals~1", "disc*", "labour", "officials -monday", '"officials said"',
           '"length officials"~3', '"discussed at length officials"', '"said officials"', '"zeppelin harbour"~4']


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ranking")
    corpus, index = root / "corpus", root / "idx"
    write_corpus(corpus / "a", 40, seed=3)
    build([str(corpus)], str(index), entities=False)
    # A second build adds a segment, and a word with a single posting (Whoosh stores it inline).
    write_corpus(corpus / "b", 25, seed=4, paragraphs=3)
    (corpus / "b" / "z.txt").write_text("Airship\n\nA zeppelin and a harbour, officials said.\n", encoding="utf-8")
    build([str(corpus)], str(index), entities=False)
    # Deleted documents that no merge has purged yet (an update's deletions usually are).
    from whoosh import index as whoosh_index

    from indexer.store import read_manifest

    ix = whoosh_index.open_dir(str(index), indexname=read_manifest(index).index_name)
    writer = ix.writer()
    for n in (3, 5, 8):
        writer.delete_by_term("article_id", f"a/article-{n:05d}.txt")
    writer.commit(merge=False)
    ix.close()
    return index


def _results(index: Path, monkeypatch: pytest.MonkeyPatch, whoosh: bool) -> list[tuple]:
    if whoosh:
        monkeypatch.setenv("INDEXER_WHOOSH_RANKING", "1")
    else:
        monkeypatch.delenv("INDEXER_WHOOSH_RANKING", raising=False)
    out = []
    with IndexSearcher(index) as searcher:
        assert len(searcher._searcher.leaf_searchers()) >= 2 and searcher._reader.has_deletions()
        for q in QUERIES:
            for offset in (0, 7):
                r = searcher.search(SearchRequest(q, Filters(), 10, offset))
                out.append((q, offset, [(h.article_id, h.paragraph, h.score) for h in r.hits],
                            r.total if " OR " not in q and "~" not in q and "*" not in q else None))
    return out


def test_block_ranking_gives_whoosh_hits_scores_and_totals(index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ours = _results(index, monkeypatch, whoosh=False)
    theirs = _results(index, monkeypatch, whoosh=True)
    assert ours == theirs
    assert any(hits for _, _, hits, _ in ours)


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
