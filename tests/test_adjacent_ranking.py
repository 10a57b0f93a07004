"""A plain-word query ranks the paragraphs where its words stand side by side first
(search.compile.adjacent_first, queries.AdjacentFirst): BM25 alone scored words
apart as well as together, and a new user's `government spending` on BBC News ranked the
paragraphs saying "government spending" 4th and 12th, under paragraphs that said "spent" three
times and "government" once. The matches, the highlights and the numpy ranking's agreement with
Whoosh's stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.index.queries import AdjacentFirst, rank_tree
from indexer.search import IndexSearcher, SearchRequest
from tests.helpers import index_news_folder

PAGES = {
    "apart.txt": (
        "Budget\n\nThe government said spending on roads, spending on schools and spending on "
        "hospitals would all rise, and the government would spend more on defence too."
    ),
    "together.txt": "Cuts\n\nThe party says it can save money on government spending by cutting waste in offices.",
    "board.txt": "Board\n\nThe board of directors met on Monday; directors of the old board were not there.",
    "boards.txt": "Boards\n\nThe board met the directors, and the directors met the board, and then the board left.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("adjacent"), PAGES)


def ranked(index: Path, query: str) -> list[str]:
    with IndexSearcher(index) as searcher:
        return [h.article_id.rsplit("/", 1)[-1] for h in searcher.search(SearchRequest(query, limit=10)).hits]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("government spending", "together.txt"),
        ("board of directors", "board.txt"),  # the stop word typed between them keeps its place
        ("board directors", "boards.txt"),  # not typed side by side: no pair of the query's
    ],
)
def test_words_side_by_side_rank_first(index: Path, query: str, first: str) -> None:
    found = ranked(index, query)
    assert found[0] == first and len(found) == 2


def test_the_matches_and_the_highlights_are_as_before(index: Path) -> None:
    with IndexSearcher(index) as searcher:
        together = SearchRequest("government spending", limit=10)
        hits = searcher.search(together).hits
        q = searcher.compiler.compile_request(together).query
    assert isinstance(q, AdjacentFirst) and rank_tree(q, "text") is not None  # the numpy ranking takes it
    assert {h.article_id.rsplit("/", 1)[-1] for h in hits} == {"apart.txt", "together.txt"}
    top = hits[0]
    assert [top.text[a:b] for a, b in top.matches] == ["government", "spending"]  # word by word


def test_an_or_query_and_a_single_word_are_as_before(index: Path) -> None:
    with IndexSearcher(index) as searcher:
        for request in (SearchRequest("government spending", mode="or"), SearchRequest("spending")):
            assert not isinstance(searcher.compiler.compile_request(request).query, AdjacentFirst)
