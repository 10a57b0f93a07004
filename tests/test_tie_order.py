"""Hits of equal score in article order, from the article order arrays each segment carries
(index/arrays.py, written by the codec): no column is read per hit, an index updated in place
(articles appended, deleted and rewritten) orders its ties as a fresh build of the same files,
and segments written before the arrays existed give the same order from Whoosh's columns.
Articles of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.index.view import SegmentView, index_view
from indexer.pipeline import build
from indexer.search import Filters, IndexSearcher, SearchRequest

# The same words and length in each article, so the same score; not the same text, which a
# folder's third page would make its template (sites.py).
SAME = "The harbour pilots of {} refused the night shift on Monday."
QUERY = "pilots night shift"


def _write(folder: Path, name: str, other: str) -> None:
    (folder / name).write_text(
        f"{name[:-4].title()} news\n\n{SAME.format(name[:-4] * 3)}\n\n{other}\n", encoding="utf-8"
    )


def _other(name: str, version: int = 1) -> str:
    return f"Dock workers of {name[:-4]} met the port authority {'again ' * version}to discuss the rota."


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(an index built, then updated in place, a fresh build of the same files). The update
    deletes e.txt, rewrites g.txt (its paragraphs now after every other) and appends b.txt and
    f.txt, whose ids sort between the older ones."""
    root = tmp_path_factory.mktemp("ties")
    news = root / "news"
    news.mkdir()
    for name in ("c.txt", "e.txt", "g.txt", "a.txt", "d.txt"):
        _write(news, name, _other(name))
    updated, fresh = root / "updated", root / "fresh"
    build([str(news)], str(updated), entities=False)
    (news / "e.txt").unlink()
    _write(news, "g.txt", _other("g.txt", 2))
    for name in ("f.txt", "b.txt"):
        _write(news, name, _other(name))
    build([str(news)], str(updated), entities=False)
    build([str(news)], str(fresh), entities=False)
    return updated, fresh


def _ties(index: Path, limit: int = 10, offset: int = 0) -> list[tuple[str, int]]:
    with IndexSearcher(index) as searcher:
        hits = searcher.search(SearchRequest(QUERY, Filters(), limit, offset)).hits
    assert len({h.score for h in hits}) <= 1  # all tied
    return [(h.article_id, h.paragraph) for h in hits]


ORDER = [(f"news/{a}.txt", 2) for a in "abcdfg"]


@pytest.mark.parametrize("whoosh", ["", "1"])  # numpy's ranking, and Whoosh's (INDEXER_WHOOSH_RANKING)
def test_ties_after_appends_and_deletes_come_as_in_a_fresh_build(
    indexes: tuple[Path, Path], whoosh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if whoosh:
        monkeypatch.setenv("INDEXER_WHOOSH_RANKING", "1")
    else:
        monkeypatch.delenv("INDEXER_WHOOSH_RANKING", raising=False)
    updated, fresh = indexes
    with IndexSearcher(updated) as searcher:  # the update left documents out of article order
        docs = [d for d in searcher._searcher.document_numbers() if searcher._searcher.stored_fields(d)]
        ids = [searcher._searcher.stored_fields(d)["key"] for d in docs]
        assert ids != sorted(ids, key=lambda k: (k.split("#")[0], int(k.split("#")[1])))
    for index in (updated, fresh):
        assert _ties(index) == ORDER
        assert _ties(index, 2) == ORDER[:2]  # the page cut among equal scores too
        assert _ties(index, 3, 2) == ORDER[2:5]


def test_ties_read_no_column(indexes: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    # Reading the tied hits' article ids from Whoosh's columns cost a warm query ~1.5 ms on BBC
    # (a column reader decodes its whole offsets table in Python, each query).
    from whoosh.reading import SegmentReader

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a column was read to order equal scores")

    monkeypatch.setattr(SegmentReader, "column_reader", refuse)
    for whoosh in ("", "1"):
        monkeypatch.setenv("INDEXER_WHOOSH_RANKING", whoosh)
        for index in indexes:
            assert _ties(index) == ORDER


def test_segments_without_order_arrays_give_the_same_order(
    indexes: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # An index written before the arrays existed: the tied hits' keys come from the columns.
    monkeypatch.setattr(SegmentView, "article_order", lambda self: None)
    for whoosh in ("", "1"):
        monkeypatch.setenv("INDEXER_WHOOSH_RANKING", whoosh)
        for index in indexes:
            assert _ties(index) == ORDER
            assert _ties(index, 3, 2) == ORDER[2:5]
            with IndexSearcher(index) as searcher:
                assert index_view(searcher._searcher).article_keys() is None


def test_article_keys_sort_as_article_id_and_paragraph(indexes: tuple[Path, Path]) -> None:
    # Every live document's key, over segments written apart, sorts as (id, number).
    with IndexSearcher(indexes[0]) as searcher:
        s = searcher._searcher
        keys = index_view(s).article_keys()
        assert keys is not None and len(keys) == s.doc_count_all()
        live = list(s.document_numbers())
        fields = {d: s.stored_fields(d) for d in live}
        by_key = sorted(live, key=lambda d: int(keys[d]))
        assert by_key == sorted(live, key=lambda d: (fields[d]["article_id"], fields[d]["paragraph"]))
