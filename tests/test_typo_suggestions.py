"""Typos the "did you mean" missed (a new user's try of BBC, session 39), articles of our own:

- a typo whose stem is another word's: "goverment" is stemmed "gover", as "governess" is, so
  the search found the governess with no "did you mean government" (relax.Relaxation
  ._stem_of_another_word: no paragraph holds the word as written, and a word one edit away is
  SUSPECT_RATIO times as common);
- a contraction typed without its apostrophe: "wont" was corrected to "want", not "won't";
- a word the index holds only with an ending ("tyre": "tyres") said "did you mean: type" (session 41).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.search.relax import SUSPECT_RATIO
from tests.helpers import index_news_folder, search_json


def _article() -> str:
    paragraphs = [
        f"The government said on day {n} that spending on roads would rise again." for n in range(SUSPECT_RATIO + 2)
    ]
    paragraphs += [f"There is one type of bond on offer on day {n}." for n in range(SUSPECT_RATIO + 2)]
    paragraphs += [
        "As a girl she travelled with a governess in tow to Monte Carlo.",
        "The firm is kicking the tyres of several video games companies.",
        "The club won't make a profit this year, and the team wants a new coach.",
    ]
    return "Budget news\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("typos"), {"news.txt": _article()})


def answer(index: Path, query: str) -> dict[str, object]:
    return search_json(index, query)


def test_a_typo_whose_stem_is_another_words_gets_a_suggestion(index: Path) -> None:
    assert answer(index, "goverment")["suggestion"] == "government"
    assert answer(index, "governess")["suggestion"] is None  # a word of the index, as written


def test_a_word_the_index_holds_only_inflected_is_no_typo(index: Path) -> None:
    # "tyre" is in no paragraph as written, only as "tyres": a new user's `tyre` on BBC News
    # found its paragraph and said "did you mean: type"
    found = answer(index, "tyre")
    assert found["suggestion"] is None and found["total"] == 1


def test_a_contraction_without_its_apostrophe_is_corrected_to_it(index: Path) -> None:
    assert answer(index, "wont")["suggestion"] == "won't"
