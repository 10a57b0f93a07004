"""HTML heads of the thirteenth trial, each on small pages of our own: an obituary's subtitle
became the byline and its life's dates the page's date, while its "Published by SITE on DATE."
line was body; an author element "PLACE - NAME" (the Arab press's dateline-byline) gave the
place as the byline and lost the name."""

from __future__ import annotations

import pytest

from indexer import htmlpage, segment
from indexer.models import BODY, Article
from tests.helpers import PROSE, html_document

pytest.importorskip("trafilatura")


def _page(head: str, body: str, lang: str = "en") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Page</title></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main>{head}"
        f"<div class='text'>{paragraphs}</div></main>"
        "<footer><p>\u00a9 2024 The Harbour Gazette. All rights reserved.</p></footer></body></html>"
    ).encode()


def _article(page: bytes) -> Article:
    return segment.segment(html_document(page))


def test_an_obituary_s_published_line_gives_the_date_not_the_life_s_dates() -> None:
    head = (
        "<div class='obit-header'><h1>Margaret Ellen Whitcombe, 1941-2025</h1>"
        "<p class='sub'>Margaret Whitcombe Obituary</p><p class='dates'>May 2, 1941 &ndash; February 3, 2025</p>"
        "<p class='pubinfo'>Published by Harbour Gazette on Feb. 6, 2025.</p></div>"
    )
    body = "\n".join(
        [
            "Margaret Ellen Whitcombe, 83, of Harbour Town, died peacefully on Monday, February 3, 2025, "
            "at home, surrounded by her family and friends.",
            *PROSE[:3],
        ]
    )
    art = _article(_page(head, body))
    assert art.published == "2025-02-06"
    assert art.byline == ""  # the subtitle names the dead, not the writer
    assert not any(p.text.startswith("Published by") for p in art.paragraphs if p.kind == BODY)


@pytest.mark.parametrize(
    ("line", "lang", "byline", "dateline"),
    [
        ("عمّان - ليلى الحسن", "ar", "ليلى الحسن", "عمّان"),
        ("PARIS - Jean Dupont", "fr", "Jean Dupont", "PARIS"),
    ],
)
def test_an_author_element_of_place_and_name_gives_both(line: str, lang: str, byline: str, dateline: str) -> None:
    head = f"<h1>Harbour bridge to close for a year of repairs</h1><div class='meta'><span class='author'>{line}</span></div>"
    art = _article(_page(head, "\n".join(PROSE[:4]), lang))
    assert art.byline == byline
    assert art.dateline == dateline


def test_a_name_and_a_job_after_a_dash_keep_the_name() -> None:
    from indexer.segment.metadata import _place_and_name

    assert _place_and_name("Jane Doe - Staff Writer", "Jane Doe") is None
    assert _place_and_name("Reuters - Jane Doe", "Reuters") is None
    assert _place_and_name("PARIS - Jean Dupont", "PARIS") == ("PARIS", "Jean Dupont")


def test_author_line_needs_a_dash_after_the_author() -> None:
    import lxml.html

    tree = lxml.html.fromstring("<div><span class='author'>Jane Doe, Staff Writer</span></div>")
    assert htmlpage.author_line(tree, "Jane Doe") == ""
    tree = lxml.html.fromstring("<div><span class='author'>BERLIN – Anna Weber</span></div>")
    assert htmlpage.author_line(tree, "BERLIN") == "BERLIN – Anna Weber"
