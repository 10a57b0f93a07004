"""A publisher's name run into a byline before the person's ("Condé Nast Tom Bennett": the page's
author tag names its publisher, its article:author tag the writer, and trafilatura gives both) is
no part of the names: the holder the page's copyright line names is cut from a byline's names,
and the extractor's "NAME; NAME" keeps its separator when the names' marks are put back from the
page's words. Pages of our own."""

from __future__ import annotations

import pytest

from indexer import htmlpage
from indexer.models import copyright_holder
from indexer.segment import segment
from tests.helpers import html_document, parse_blocks

_TEXT = (
    "The harbour board voted on Tuesday to replace the old timber jetty at Saltmere with a floating "
    "pontoon, ending two years of argument about the cost of keeping the structure safe.",
    "Engineers told the meeting that the jetty's piles had rotted below the waterline and that divers "
    "had found gaps large enough to put an arm through in several of them.",
)


def _page(publisher: str) -> bytes:
    paras = "".join(f"<p>{t}</p>" for t in _TEXT)
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Saltmere jetty to be replaced | Harbour Gazette</title>'
        f'<meta name="author" content="{publisher}"><meta property="article:author" content="Martin Holloway">'
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>Saltmere jetty to be replaced by a pontoon</h1>{paras}<p>The pontoon will be built over the "
        "winter and should be in place before the sailing season begins in April, the board said.</p>"
        f"</article><footer><p>© 2025 {publisher}. All rights reserved.</p></footer></body></html>"
    ).encode()


@pytest.mark.parametrize("publisher", ["Éditions Harbour", "Harbour Media Group"])
def test_an_html_byline_holds_the_writer_not_the_publisher(publisher: str) -> None:
    assert segment(html_document(_page(publisher))).byline == "Martin Holloway"


@pytest.mark.parametrize(
    "line", ["By Harbour Gazette Martin Holloway", "Harbour Gazette Martin Holloway | 3 November 2025"]
)
def test_a_text_byline_holds_the_writer_not_the_publisher(line: str) -> None:
    art = parse_blocks(
        "Home | News | Sport",
        "Saltmere jetty to be replaced by a pontoon",
        line if "|" in line else f"{line}\n3 November 2025",
        *_TEXT,
        "© 2024 The Harbour Gazette. All rights reserved.",
    )
    assert art.byline == "Martin Holloway"


def test_a_publisher_alone_stays_the_byline() -> None:
    art = parse_blocks(
        "Saltmere jetty to be replaced by a pontoon",
        "By Harbour Gazette\n3 November 2025",
        *_TEXT,
        "© 2024 The Harbour Gazette. All rights reserved.",
    )
    assert art.byline == "Harbour Gazette"


def test_the_extractors_names_keep_their_separator() -> None:
    seen = "Condé Nast\nTom Bennett\nThe West Bank was ..."
    assert htmlpage.author_as_written("Condé Nast; Tom Bennett", seen) == "Condé Nast; Tom Bennett"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("© 2023 Condé Nast. All rights reserved.", "Condé Nast"),
        ("Copyright (c) 2024 The Harbour Gazette", "Harbour Gazette"),
        ("Copyright © 2025 Harbour News & Media Limited or its affiliates.", "Harbour News & Media Limited"),
        ("© 2024 All rights reserved", ""),
        ("no copyright line here", ""),
    ],
)
def test_copyright_holder(text: str, holder: str) -> None:
    assert copyright_holder(text) == holder


def test_a_personal_sites_owner_stays_a_writer() -> None:
    """The copyright holder named as a person ("© 2020 Samuel Diekmann" on his own site) is the
    writer beside the other names, not a publisher to cut."""
    art = parse_blocks(
        "Saltmere jetty to be replaced by a pontoon",
        "By Martin Holloway and Jane Roe\n3 November 2025",
        *_TEXT,
        "© 2024 Martin Holloway. All rights reserved.",
    )
    assert art.byline == "Martin Holloway, Jane Roe"
