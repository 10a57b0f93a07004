"""A number grouped in thousands by commas is one word (analysis.WORD_RE): split, "1,000 jobs"
was "000 jobs" (the "1" too short to be a term) and found "5,000 jobs", "£100,000" found
"£100" (a new user's try of BBC, session 39). Short articles of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.analysis import words
from tests.helpers import index_news_folder, search_json

ARTICLES = {
    "one.txt": "Plant closes\n\nThe carmaker will cut 1,000 jobs at its plant, paying £100,000 to the town.\n",
    "five.txt": "Bank cuts\n\nThe bank will cut 5,000 jobs and pay £100 to each of its 2004,2005 graduates.\n",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,000 jobs", ["1,000", "jobs"]),
        ("£1,234.56 and £1,000m", ["1,234.56", "and", "1,000m"]),
        ("12,345,678 people", ["12,345,678", "people"]),
        ("in 2004,2005", ["in", "2004", "2005"]),  # no thousands' group: two numbers
        ("von 1,5 Mio", ["von", "1", "5", "Mio"]),  # a decimal comma: as before
        ("1,0000", ["1", "0000"]),
    ],
)
def test_a_number_grouped_in_thousands_is_one_word(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert words(text + " é") == [*expected, "é"]  # the same words outside ASCII's fast path


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("numbers"), ARTICLES)


def hits(index: Path, query: str) -> list[dict[str, object]]:
    answer = search_json(index, query, "--no-fallback")  # (none of the loosened retries)
    return answer["hits"]


def test_an_amount_finds_that_amount(index: Path) -> None:
    assert [h["article_id"] for h in hits(index, "1,000 jobs")] == ["news/one.txt"]
    assert [h["article_id"] for h in hits(index, "£100,000")] == ["news/one.txt"]
    assert [h["article_id"] for h in hits(index, "100")] == ["news/five.txt"]
    (hit,) = hits(index, "1,000")
    assert "<em>1,000</em>" in str(hit["snippet"])
