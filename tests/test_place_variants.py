"""The shipped variants table knows the places and names the news spells two ways (trial4:
`Kiev` found nothing in an article saying "Kyiv", nor `Bombay` one saying "Mumbai")."""

from __future__ import annotations

from pathlib import Path

import pytest

import indexer
from tests.conftest import invoke as cli

PAGE = (
    "Talks resume\n\n"
    "Officials met in Kyiv on Monday to discuss grain exports through the port of Odesa.\n\n"
    "A second round of talks will be held in Mumbai next month, the ministry said.\n\n"
    "Diplomats from Myanmar did not attend the meeting, officials said.\n"
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("variants")
    (folder / "talks.txt").write_text(PAGE, encoding="utf-8")
    code, _, err = cli("build", str(folder), "--index", str(folder / "idx"), "--no-entities")
    assert code == 0, err
    return folder / "idx"


@pytest.mark.parametrize(("query", "paragraph"), [("Kiev", 2), ("Odessa", 2), ("Bombay", 3), ("Burma", 4)])
def test_an_older_spelling_finds_the_one_the_article_uses(index: Path, query: str, paragraph: int) -> None:
    result = indexer.search(query, index=index, fallback=False)
    assert [h.paragraph for h in result.hits] == [paragraph]


def test_no_synonyms_searches_the_spelling_as_typed(index: Path) -> None:
    code, out, _ = cli("search", "Kiev", "--no-synonyms", "--no-fallback", "--count", "--index", str(index))
    assert (code, out) == (1, "0\n")
