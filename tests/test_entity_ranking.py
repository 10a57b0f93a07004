"""Entity-only queries are ranked by how much a paragraph says the names asked for.

An entity field matches a paragraph or not, so `person:"Tony Blair"` scored every hit alike and
listed them in corpus order (BBC: the paragraph naming him in passing first). The names' words
are now an optional text clause (search.compile.QueryCompiler.ranked_by_mentions).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.search import IndexSearcher, SearchRequest
from tests.helpers import index_articles

PASSING = (
    "Ministers from several countries met in Geneva on Monday to discuss trade, fisheries, "
    "farm subsidies, the budget and a long list of other matters, and Tony Blair sent a note."
)
ABOUT = (
    "Tony Blair defended his record on Tuesday. Mr Blair told reporters that Blair's critics "
    "were wrong, and Tony Blair said he would stand again."
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ranking")
    # The passing mention first in corpus order: corpus order alone would rank it first.
    return index_articles(
        folder,
        {
            "a-passing.txt": f"Trade talks in Geneva\n\n{PASSING}\n",
            "b-about.txt": f"Prime minister answers critics\n\n{ABOUT}\n",
        },
    )


def _hits(index: Path, query: str) -> list[str]:
    with IndexSearcher(index) as s:
        return [h.text for h in s.search(SearchRequest(query, limit=10)).hits]


@pytest.mark.parametrize("query", ['person:"Tony Blair"', "person:blair", 'person:"Tony Blair" -place:paris'])
def test_entity_query_ranks_the_paragraph_about_the_name_first(index: Path, query: str) -> None:
    hits = _hits(index, query)
    assert len(hits) == 2  # the same matches: the text clause only ranks
    assert hits[0].startswith("Tony Blair defended")


def test_query_with_words_is_ranked_by_its_words(index: Path) -> None:
    # "fisheries" ranks; the names' clause is not added, so the passing mention comes first.
    assert _hits(index, 'fisheries OR person:"Tony Blair"')[0].startswith("Ministers")
