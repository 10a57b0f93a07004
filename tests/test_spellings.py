"""The shipped table's British and American spellings (indexer/data/spellings.txt, made by
eval/make_spellings.py from breame's list): a new user's try of BBC found `color` 0 and `colour`
63, `theater` 2 and `theatre` 72, `skeptical` 0 and `sceptical` 26, though the README said the
two spellings were joined."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.synonyms import builtin_table
from tests.helpers import article_ids, index_news_folder

PAGES = {
    "uk.txt": "Theatre\n\nThe theatre's new colour scheme left sceptical critics unmoved, its director said.",
    "us.txt": "Theater\n\nThe theater's new color scheme left skeptical critics unmoved, its director said.",
    "floor.txt": "Storey\n\nThe fire spread to the third storey of the block before crews arrived on Monday.",
    "tale.txt": "Story\n\nThe story of the fire spread quickly among the neighbours on Monday evening.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("spellings"), PAGES)


@pytest.mark.parametrize("word", ["theatre", "theater", "colour", "color", "sceptical", "skeptical"])
def test_either_spelling_finds_both(index: Path, word: str) -> None:
    assert article_ids(index, word) == ["news/uk.txt", "news/us.txt"]


def test_a_pair_spelt_otherwise_is_two_words(index: Path) -> None:
    assert article_ids(index, "storey") == ["news/floor.txt"]
    groups = {frozenset(g) for g in builtin_table().groups}
    assert frozenset({"colour", "color"}) in groups
    assert frozenset({"storey", "story"}) not in groups and frozenset({"tyre", "tire"}) not in groups


def test_the_shipped_file_is_what_the_script_makes() -> None:
    pytest.importorskip("breame", reason="breame is the `spellings` extra: pip install -e '.[spellings]'")
    from eval import make_spellings

    assert make_spellings.OUT.read_text(encoding="utf-8") == make_spellings.render()
