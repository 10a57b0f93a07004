"""'or' and 'not' typed in lower case between two words are common words, left out, so "blair or
iraq" found the paragraphs holding both; the answer now says so and what does what was meant
(searcher.lower_case_operators; a new user's try of BBC, session 39). Short articles of our own."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.query import check_query
from indexer.search.searcher import LOWER_CASE_OPERATORS, lower_case_operators

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
    root = tmp_path_factory.mktemp("ops")
    (root / "c").mkdir()
    for name, text in ARTICLES.items():
        (root / "c" / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    assert (
        runner.invoke(main, ["build", str(root / "c"), "--index", str(root / "idx"), "--no-entities", "-q"]).exit_code
        == 0
    )
    out = runner.invoke(main, ["search", "blair or iraq", "--index", str(root / "idx"), "--json"])
    answer = json.loads(out.output)
    assert answer["total"] == 1 and "OR in capitals" in answer["note"]
