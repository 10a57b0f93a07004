"""Quotes in an entity filter's value (a new user's try of BBC News, session 41): `--person
'"tony'` found every Tony, its quote dropped unsaid, and `--person '"tony blair"'` found fewer
paragraphs than `--person 'tony blair'` (426 against 451: the quotes were read as part of the
name, and "Mr Blair" alone, the same person in the index's name groups, was missed). An
option's value is one name already: quotes around it are the value without them, and a quote
left open is refused in one line (query.check_value, search.filters.filter_name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import invoke
from tests.helpers import hit_count

ARTICLES = {
    "vote.txt": (
        "Vote date\n\nPrime Minister Tony Blair said the vote would come in May.\n\n"
        "Mr Blair said he would stay in office for a full term."
    ),
    "bbc.txt": "Licence fee\n\nBBC director general Tony Hall said the licence fee would rise.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("quotes")
    (root / "news").mkdir()
    for name, text in ARTICLES.items():
        (root / "news" / name).write_text(text, encoding="utf-8")
    code, _, err = invoke("build", "--index", str(root / "idx"), str(root / "news"))
    assert code == 0, err
    return root / "idx"


@pytest.mark.parametrize("quoted", ['"tony blair"', "'tony blair'", "“Tony Blair”", ' "Tony Blair" '])
def test_a_quoted_name_is_the_name(index: Path, quoted: str) -> None:
    plain = hit_count(index, "--person", "tony blair")
    assert plain == 2
    assert hit_count(index, "--person", quoted) == plain
    assert hit_count(index, "--person", "=" + quoted.strip()) == hit_count(index, "--person", "=Tony Blair")


@pytest.mark.parametrize("value", ['"tony', 'tony"', 'tony "blair'])
def test_an_open_quote_is_refused(index: Path, value: str) -> None:
    code, out, err = invoke("search", "--person", value, "--index", str(index))
    assert code == 2 and out == ""
    assert err == (
        f"indexer: error: unbalanced quote in {value!r} (person: or --person): a name needs no quotes; "
        "give it without them\n"
    )


def test_an_apostrophe_in_a_name_is_no_quote(index: Path) -> None:
    code, _, err = invoke("search", "--person", "O'Neill", "--index", str(index), "--count")
    assert code == 1 and "unbalanced" not in err
