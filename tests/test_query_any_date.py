"""Three query faults a new user hit: undated articles could not be listed (`published:[* TO *]`
was refused as a range of no end, `published:*` as a pattern of every value); a field name in
capitals (`PUBLISHED:2021`) was an unknown field though `--fields PEOPLE` is read in any case;
and `date:>--11` was refused quoting the range made of it ('{--11 TO *]'), not what was typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.query import QueryError, check_query
from tests.helpers import article_ids, index_news_folder

_PROSE = (
    "The harbour board voted on Tuesday to close the old swing bridge for a year of repairs, "
    "after inspectors found cracks in two of its four main girders."
)


@pytest.fixture(scope="module")
def dated_and_undated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dates")
    return index_news_folder(
        root,
        {
            "dated.txt": f"Harbour bridge to close\n\nPublished: 16 April 2021\n\n{_PROSE}\n",
            "undated.txt": f"Harbour bridge to shut\n\n{_PROSE.replace('Tuesday', 'Monday')}\n",
        },
    )


@pytest.mark.parametrize("query", ["published:[* TO *]", "published:*", "harbour published:{* TO *}"])
def test_any_date_finds_the_dated_articles(dated_and_undated: Path, query: str) -> None:
    assert article_ids(dated_and_undated, query) == ["news/dated.txt"]


@pytest.mark.parametrize("query", ["harbour -published:[* TO *]", "harbour NOT published:*"])
def test_no_date_finds_the_undated_articles(dated_and_undated: Path, query: str) -> None:
    assert article_ids(dated_and_undated, query) == ["news/undated.txt"]


@pytest.mark.parametrize(
    ("typed", "as_written"),
    [
        ("PUBLISHED:2021", "published:2021"),
        ("Title:bridge", "title:bridge"),
        ("Published:[2021 TO *]", "published:[2021 TO *]"),
    ],
)
def test_a_field_name_in_capitals_is_the_field(dated_and_undated: Path, typed: str, as_written: str) -> None:
    (token,) = check_query(typed).tokens
    assert token.field == as_written.split(":")[0]
    assert article_ids(dated_and_undated, typed) == article_ids(dated_and_undated, as_written) != []


def test_a_misspelt_field_in_capitals_is_still_unknown() -> None:
    with pytest.raises(QueryError, match=r"unknown field 'Perosn:' in query: did you mean 'person:'\?"):
        check_query("Perosn:zenz")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("date:>--11", "'--11' in 'date:>--11'"), ("published:<=abc", "'abc' in 'published:<=abc'")],
)
def test_a_comparison_with_no_date_is_refused_as_typed(typed: str, shown: str) -> None:
    with pytest.raises(QueryError) as caught:
        check_query(typed)
    message = str(caught.value)
    assert f"not a date {shown}: compare with a year, a month or a day" in message
    assert " TO " not in message  # not the range made of it
