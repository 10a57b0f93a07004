"""eval.page_dates: the plain path's dates and bylines counted against the HTML path's."""

from __future__ import annotations

from eval.page_dates import PageMeta, summary


def test_counts_against_the_html_reference() -> None:
    rows = [
        PageMeta("a", "2024-03-01", "2024-03-01", "Jane Doe", "Jane Doe"),
        PageMeta("b", "2024-03-02", "2024-03-05", "", "Kayla Greaves"),
        PageMeta("c", "", "2023-01-01", "Redaktion", "Eberhard Fuhr"),
        PageMeta("d", "2022-02-02", "", "", ""),  # dated in the text only: not in the reference
    ]
    assert summary(rows) == {
        "pages": 4,
        "html_dated": 3,
        "txt_dated_too": 2,
        "same_day": 1,
        "plain_only_dated": 1,
        "html_byline": 3,
        "txt_byline_too": 2,
        "same_names": 1,
    }
