"""One folding rule for the index and the queries: a query value matched against folded words
outside the analysis chain is folded as the chain folds words (analysis.fold_query_word: case,
accents, and letters whose accent is part of their shape, ł ø đ ı). `byline:` patterns were
folded by NFKD alone (`byline:łuk*` missed "Łukasz", whose words are indexed as "lukasz"), and
the spelling key of names (`--person =NAME`, corpus names) kept ł and ø. Articles of our own
(a byline starting with Ł or Đ is read as one since models.UPPER:
tests/test_capitals_any_script.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import article_ids, index_news_folder

PAGES = {
    "port.txt": "Port strike ends\n\nBy Piotr Łukasz Wróbel\n\nDock workers at the northern port returned on "
    "Thursday after the union accepted a new pay offer from the harbour board.\n",
    "fjord.txt": "Ferry returns to the fjord\n\nBy Søren Ørsted\n\nThe ferry that crossed the fjord until "
    "last winter sails again from Monday, the operator said in a statement.\n",
    "river.txt": "River levels fall\n\nBy Milan Đorđević Işık\n\nThe river fell by a metre overnight and the "
    "flood barriers along the old town quay were taken down on Sunday.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("folding"), PAGES)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("byline:lukasz", ["news/port.txt"]),
        ("byline:Łukasz", ["news/port.txt"]),
        ("byline:łuk*", ["news/port.txt"]),
        ("byline:ŁUK*", ["news/port.txt"]),
        ("byline:luk*", ["news/port.txt"]),
        ('byline:"łukasz wróbel"', ["news/port.txt"]),
        ("byline:wrob?l", ["news/port.txt"]),
        ("byline:ørs*", ["news/fjord.txt"]),
        ("byline:sør?n", ["news/fjord.txt"]),
        ("byline:đorđ*", ["news/river.txt"]),
        ("byline:dordevic", ["news/river.txt"]),
        ("byline:ışı*", ["news/river.txt"]),
        ("byline:isik", ["news/river.txt"]),
    ],
)
def test_byline_values_and_patterns_fold_as_the_index(index: Path, query: str, found: list[str]) -> None:
    assert article_ids(index, query) == found


@pytest.mark.parametrize(
    ("pattern", "folded"),
    [("Łuk*", "luk*"), ("ø?r*", "o?r*"), ("Đor*", "dor*"), ("ı*", "i*"), ("MÜLL*", "mull*"), ("STRAß*", "strass*")],
)
def test_a_pattern_folds_as_a_query_word(pattern: str, folded: str) -> None:
    from indexer.analysis import name_analyzer
    from indexer.analysis import fold_query_word

    assert fold_query_word(pattern) == folded
    word = pattern.replace("*", "x").replace("?", "y")  # the same word without wildcards
    assert [t.text for t in name_analyzer()(word, mode="query")] == [folded.replace("*", "x").replace("?", "y")]


@pytest.mark.parametrize(
    ("name", "other"),
    [("Łukasz Wróbel", "Lukasz Wrobel"), ("Søren Ørsted", "Soren Orsted"), ("Đorđe Işık", "Dorde Isik")],
)
def test_a_names_spelling_key_folds_letters_as_the_index(name: str, other: str) -> None:
    # `--person "=Lukasz Wrobel"` and the corpus names group spellings by this key.
    from indexer.entities import name_key

    assert name_key(name) == name_key(other)
