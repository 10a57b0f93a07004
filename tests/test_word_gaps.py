"""A typed word that the analyzer reads as several terms with a dropped word between two of them
(index/parser._word_gaps): "rock'n'roll" (rock, "n" too short, roll), "state-of-the-art" (the
stop words "of" and "the"), "Marks-and-Spencer". It was searched as the phrase of its terms side
by side, which its own text never holds, so a word copied from an article found nothing (a new
user's try, session 39). Short articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import index_news_folder, search_json

ARTICLES = {
    "band.txt": "Band plays on\n\nThe band said we cut rock'n'roll up into pieces and glued it back together.\n",
    "lab.txt": "Best practice\n\nThe lab built a state-of-the-art scanner for Marks-and-Spencer stores last year.\n",
    "art.txt": "Art of the state\n\nThe state bought art for the museum; rock and roll played in the hall.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("gaps"), ARTICLES)


def hits(index: Path, query: str) -> list[dict[str, object]]:
    answer = search_json(index, query, "--no-fallback")  # (none of the loosened retries)
    return answer["hits"]


@pytest.mark.parametrize(
    ("word", "articles"),
    [
        ("rock'n'roll", {"news/band.txt", "news/art.txt"}),  # "rock and roll" too: the same gap
        ("state-of-the-art", {"news/lab.txt"}),  # not "Art of the state": its words in another order
        ("Marks-and-Spencer", {"news/lab.txt"}),
    ],
)
def test_a_word_with_a_dropped_word_inside_finds_its_text(index: Path, word: str, articles: set[str]) -> None:
    found = hits(index, word)
    assert {h["article_id"] for h in found} == articles
    assert all("<em>" in str(h["snippet"]) for h in found)


def test_its_terms_side_by_side_are_no_match(index: Path) -> None:
    # the gap is the text's: "rock roll" typed as a phrase still needs them side by side
    assert hits(index, '"rock roll"') == []
