"""Stop words that, capitalised, are names (analysis.NAME_STOP_WORDS): the month and surname
"May", the given name "Will". Dropped as stop words, "Theresa May" was searched as "Theresa"
alone, "Will Young" as "young" (a tennis player's "young rival" first), "May" alone and
"5 May" were refused as stop words (a new user's try of BBC, session 39). A query opening with
one as a question's verb reads it as the verb (query._read_modal). Short articles of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.analysis import text_analyzer
from indexer.query import check_query
from tests.helpers import index_news_folder, search_json

ARTICLES = {
    "may.txt": "Brexit vote\n\nTheresa May said on 5 May that the deal may pass before the summer.\n",
    "villiers.txt": "Cabinet\n\nTheresa Villiers said the government will act and may decide soon.\n",
    "young.txt": "Brits\n\nWill Young won the best single prize, while a young rival went home empty-handed.\n",
    "tennis.txt": "Tennis\n\nDavenport beat her young rival in straight sets on Sunday.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("names"), ARTICLES)


def found(index: Path, query: str) -> list[str]:
    answer = search_json(index, query, "--no-fallback")  # (none of the loosened retries)
    return [h["article_id"] for h in answer["hits"]]


def test_capitalised_may_and_will_are_words_and_lower_case_ones_stop_words() -> None:
    terms = [t.text for t in text_analyzer()("Theresa May may go; Will will stay", mode="index")]
    assert terms == ["theresa", "may", "go", "will", "stay"]


def test_a_name_with_may_or_will_finds_that_name(index: Path) -> None:
    assert found(index, "Theresa May") == ["news/may.txt"]  # not Theresa Villiers, who "may decide"
    assert found(index, "Will Young") == ["news/young.txt"]  # not the young rival
    assert found(index, "May") == ["news/may.txt"]
    assert found(index, '"5 May"') == ["news/may.txt"]


@pytest.mark.parametrize(
    ("query", "read"),
    [
        ("Will the government act", "will the government act"),
        ("Will Villiers act?", "will Villiers act"),  # (a question mark is no syntax)
        ("Will Young", "Will Young"),
        ("May 5", "May 5"),
        ("May", "May"),
    ],
)
def test_a_question_opening_with_will_or_may_reads_the_verb(query: str, read: str) -> None:
    assert check_query(query).whoosh == read


def test_the_verb_is_a_stop_word(index: Path) -> None:
    assert "news/villiers.txt" in found(index, "Will the government act")
