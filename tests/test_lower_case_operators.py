"""'or' and 'not' typed in lower case between two words are common words, left out, so "blair or
iraq" found the paragraphs holding both; the answer now says so and what does what was meant
(searcher.lower_case_operators; a new user's try of BBC, session 39). Short articles of our own."""

from __future__ import annotations

import pytest

from indexer.query import check_query
from indexer.search.searcher import LOWER_CASE_OPERATORS, lower_case_operators
from tests.helpers import index_news_folder, search_json

ARTICLES = {
    "both.txt": "Vote\n\nBlair spoke about Iraq in the Commons on Tuesday afternoon.\n",
    "one.txt": "Budget\n\nBlair spoke about the budget in the Commons on Wednesday.\n",
}


@pytest.mark.parametrize(
    ("query", "notes"),
    [
        ("blair or iraq", ["or"]),
        ("blair not iraq", ["not"]),
        ("blair or iraq not budget", ["or", "not"]),
        ("blair OR iraq", []),  # the operator
        ("blair and iraq", []),  # "and" does what AND does
        ("or iraq", []),  # not between two words
        ("is it war or peace?", []),  # a question's words
        ('"war or peace"', []),  # a phrase
    ],
)
def test_the_note_names_the_word_typed(query: str, notes: list[str]) -> None:
    assert lower_case_operators(check_query(query)) == [LOWER_CASE_OPERATORS[w] for w in notes]


def test_the_answer_carries_the_note(tmp_path_factory: pytest.TempPathFactory) -> None:
    index = index_news_folder(tmp_path_factory.mktemp("ops"), ARTICLES)
    answer = search_json(index, "blair or iraq")
    assert answer["total"] == 1 and "OR in capitals" in answer["note"]
