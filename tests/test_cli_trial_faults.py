"""Faults a new-user trial met in the CLI and the web app, each as a small input of our own."""

from __future__ import annotations

from tests.conftest import invoke


def test_a_query_starting_with_a_negated_word_gets_the_dashes_hint() -> None:
    # `indexer search -labor`: click read -l as an option; the README's way is `-- -labor`.
    code, out, err = invoke("search", "-labor")
    assert (code, out) == (2, "")
    assert err == (
        "indexer: error: No such option '-l': a query starting with '-' needs -- before it "
        "(indexer search -- -labor) (see 'indexer search --help')\n"
    )
    # Options keep their values and go before --, the query words after it.
    err = invoke("search", "-n", "5", "-labor", "forced", "--count")[2]
    assert "(indexer search -n 5 --count -- -labor forced)" in err and err.count("\n") == 1
    # A lone short option is an unknown option, not a word: click's message as it was.
    assert invoke("search", "-l")[2] == "indexer: error: No such option '-l'. (see 'indexer search --help')\n"
