"""Hostile input, generated: the query path and the segmenter never crash.

Bounded (max_examples) and derandomized, so CI runs the same examples every time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.cli import main
from indexer.errors import QueryError
from indexer.models import KINDS, Document
from indexer.search import Filters, IndexSearcher, SearchRequest
from indexer.segment import segment
from indexer.sources import decode_text

FUZZ = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces that exercise the query syntax, mixed with arbitrary text.
QUERY_PARTS = st.sampled_from(
    [
        '"',
        "(",
        ")",
        "AND",
        "OR",
        "NOT",
        "-",
        "*",
        "?",
        "~",
        "~2",
        "^2",
        ":",
        "title:",
        "people:",
        "kind:",
        "places:",
        "section:",
        "foo:",
        "[",
        "]",
        "TO",
        "{",
        "}",
        "forced",
        "labor",
        "Zenz",
        "uygh",
        "\\",
        "'",
        "\x00",
        "\x1b",
        "\u202e",
        "שלום",
        "😀",
        " ",
        "  ",
        "\t",
        "\n",
        "a" * 300,
    ]
)
QUERIES = st.lists(st.one_of(QUERY_PARTS, st.text(max_size=12)), max_size=12).map("".join)


@FUZZ
@given(query=QUERIES, person=st.one_of(st.none(), st.text(max_size=10)))
def test_query_path_never_crashes(shipped_index: Path, query: str, person: str | None) -> None:
    filters = Filters(people=[person] if person is not None else [])
    with IndexSearcher(shipped_index) as searcher:
        try:
            result = searcher.search(SearchRequest(query, filters, 5, 0))
        except QueryError as exc:
            assert "\n" not in str(exc) and str(exc)
            return
    assert result.total >= len(result.hits)
    for hit in result.hits:
        assert 0 <= hit.fragment[0] <= hit.fragment[1] <= len(hit.text)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES)
def test_cli_search_gives_exit_0_1_or_one_error_line(shipped_index: Path, query: str) -> None:
    result = CliRunner().invoke(main, ["search", query, "--index", str(shipped_index), "--json"])
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.stderr
    if result.exit_code == 2:
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("indexer: error: ")
        assert "internal error" not in result.stderr


LINES = st.sampled_from(
    [
        "",
        " ",
        "Share",
        "Advertisement",
        "Read more",
        "© 2021 All rights reserved.",
        "XS",
        "By Jane Doe",
        "PRAGUE -- The mayor said on Monday that the bridge would reopen.",
        "“Quote,” he said.",
        "A caption of a photo.",
        "Subscribe to our newsletter",
        "\x00",
        "\u200f\u202e",
        "😀😀",
        "ÄÖÜ",
        "x" * 5000,
        "- item",
        "1.",
        "Heading Without Punctuation",
    ]
)
PAGES = st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=40).map("\n".join)


@FUZZ
@given(text=PAGES)
def test_segmenter_never_crashes_and_numbers_blocks(text: str) -> None:
    article = segment(Document(id="fuzz.txt", path="fuzz.txt", content_hash="0", text=text))
    assert [p.paragraph for p in article.paragraphs] == list(range(1, len(article.paragraphs) + 1))
    for p in article.paragraphs:
        assert p.kind in KINDS and p.reason and p.text.strip()


@FUZZ
@given(data=st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_a_warning(data: bytes) -> None:
    text, warnings = decode_text(data, "fuzz.txt")
    assert isinstance(text, str)
    assert all(w.startswith("fuzz.txt: ") for w in warnings)


def test_a_huge_query_is_refused_not_run(shipped_index: Path) -> None:
    with IndexSearcher(shipped_index) as searcher, pytest.raises(QueryError, match="query too long"):
        searcher.search(SearchRequest("labor " * 2000, Filters(), 5, 0))
