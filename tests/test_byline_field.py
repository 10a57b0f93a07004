"""`byline:` searches the article's byline (last round's new user: `indexer search 'byline:smith'`
was "unknown field"). Its words are matched against the bylines the manifest records, so an
index built before the field existed answers it too; `author:` is the same field. Articles of
our own: a byline with an accent, one of two names, and an article naming a Smith in its text
but with no byline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import invoke
from tests.helpers import article_ids, index_news_folder

PAGES = {
    "bridge.txt": "Bridge closes for repairs\n\nBy Jane Müller\n\nThe city council voted on Tuesday to close the "
    "old harbour bridge for repairs, a decision that will force thousands of commuters onto ferries.\n",
    "ferry.txt": "Ferry timetable changes\n\nBy Tom Smith and Ana Lopez\n\nThe ferry operator announced a new "
    "timetable on Friday, adding early sailings for commuters who lose the bridge.\n",
    "mayor.txt": "Mayor answers critics\n\nThe mayor said the bridge closure was unavoidable and that Jane "
    "Smith, the engineer, had warned of it for years.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("bylines"), PAGES)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("byline:smith", ["news/ferry.txt"]),  # not mayor.txt, whose text names a Smith
        ("byline:Muller", ["news/bridge.txt"]),  # accents and case aside
        ('byline:"jane müller"', ["news/bridge.txt"]),
        ('byline:"müller jane"', []),  # a phrase: its words in order
        ("byline:lop*", ["news/ferry.txt"]),
        ('author:"ana lopez"', ["news/ferry.txt"]),
        ("byline:smith ferry", ["news/ferry.txt"]),
        ("byline:smith bridge", ["news/ferry.txt"]),  # "bridge" is in the ferry article's text
        ("byline:jane OR byline:tom", ["news/bridge.txt", "news/ferry.txt"]),
        ("commuters -byline:smith", ["news/bridge.txt"]),
    ],
)
def test_byline_values(index: Path, query: str, found: list[str]) -> None:
    assert article_ids(index, query) == found


def test_the_cli_takes_byline_and_says_nothing_found_with_exit_1(index: Path) -> None:
    code, out, _ = invoke("search", "byline:smith", "--index", str(index), "--count")
    assert (code, out.strip()) == (0, "2")  # the ferry article's title and body paragraph
    code, out, err = invoke("search", "byline:nobody", "--index", str(index))
    assert (code, out) == (1, "")


def test_empty_and_typo_values_are_refused_in_words(index: Path) -> None:
    code, _, err = invoke("search", "byline:", "--index", str(index))
    assert (code, err) == (2, "indexer: error: empty value (byline:): give one after it (byline:standish)\n")
    code, _, err = invoke("search", "byline:smiht~", "--index", str(index))
    assert code == 2 and "takes a name, a quoted name or a pattern (smi*), not typos~" in err


@pytest.mark.parametrize("byline", ["Reid Standish", "Anne-Marie O'Neil, Tom Smith", "José Müller", "J.R.R. Tolkien"])
def test_a_bylines_words_are_the_name_analyzers(byline: str) -> None:
    from indexer.analysis import name_analyzer
    from indexer.search.articles import byline_words

    assert byline_words(byline) == tuple(t.text for t in name_analyzer()(byline))
