"""Options after "--" are words of the query, as in any POSIX command, and the search says so
(a new user's `indexer search -- -labour blair --count` printed hits, its "--count" silently a
word of the query: cli._note_options_as_words)."""

from __future__ import annotations

from tests.conftest import invoke


def test_an_option_after_the_double_dash_gets_a_note(shipped_index) -> None:
    code, out, err = invoke("search", "--index", str(shipped_index), "--", "-camps", "uyghur", "--count")
    assert code in (0, 1)
    assert (
        "indexer: note: '--count' after '--' is read as a word of the query, not as an option: put options before '--'"
        in err
    )
    assert not out.strip().isdigit()  # hits, not a count: the word was the query's


def test_words_that_are_no_option_get_none(shipped_index) -> None:
    code, _, err = invoke("search", "--index", str(shipped_index), "--", "-camps", "uyghur")
    assert "after '--'" not in err
