"""A number grouped in thousands by commas is one word (analysis.WORD_RE): split, "1,000 jobs"
was "000 jobs" (the "1" too short to be a term) and found "5,000 jobs", "£100,000" found
"£100" (a new user's try of BBC, session 39). Short articles of our own."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from indexer.analysis import words
from indexer.cli import main

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
def index(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("numbers")
    (root / "c").mkdir()
    for name, text in ARTICLES.items():
        (root / "c" / name).write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["build", str(root / "c"), "--index", str(root / "idx"), "--no-entities", "-q"])
    assert out.exit_code == 0, out.output
    return str(root / "idx")


def hits(index: str, query: str) -> list[dict[str, object]]:
    out = CliRunner().invoke(main, ["search", query, "--index", index, "--json", "--no-fallback"])
    assert out.exit_code in (0, 1), out.output
    return json.loads(out.output)["hits"]


def test_an_amount_finds_that_amount(index: str) -> None:
    assert [h["article_id"] for h in hits(index, "1,000 jobs")] == ["c/one.txt"]
    assert [h["article_id"] for h in hits(index, "£100,000")] == ["c/one.txt"]
    assert [h["article_id"] for h in hits(index, "100")] == ["c/five.txt"]
    (hit,) = hits(index, "1,000")
    assert "<em>1,000</em>" in str(hit["snippet"])
