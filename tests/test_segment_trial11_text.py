"""Plain-text kinds of trial 11 (indexer.segment): a "NAME | DATE" line under the headline, a
news agency's mixed-case dateline and one under a standfirst, a live blog's time stamp glued to
its post's heading, a summary list and a reader call-out. Pages written for these tests."""

from __future__ import annotations

import hashlib

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, HEADING, Article, Document

PARAS = [
    "The regional council closed the coast road at Pointe Nord on Monday after a landslide carried part of "
    "the carriageway into the sea during the night.",
    "Engineers said the cliff had been moving for weeks, and that the road would stay shut until a survey "
    "of the slope is finished later this month.",
    "Residents of the two villages beyond the slip must now drive an hour inland to reach the nearest town.",
]


def _page(*blocks: str) -> Article:
    """A page of `blocks` with blank lines between them."""
    text = "\n\n".join(blocks) + "\n"
    doc = Document(id="d", path="d.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
    return segment.segment(doc)


@pytest.mark.parametrize(
    "line, byline, published",
    [
        ("Coast Desk Staff | 16 March 2026", "Coast Desk Staff", "2026-03-16"),
        ("Haber Merkezi | 16.03.2026 10:20 | Güncelleme: 16.03.2026 12:05", "Haber Merkezi", "2026-03-16"),
        ("Claire Martin | lundi 16 mars 2026 à 10h20", "Claire Martin", "2026-03-16"),
        ("Redaktion • 16. März 2026", "Redaktion", "2026-03-16"),
    ],
)
def test_a_name_and_date_line_gives_the_byline_and_date(line: str, byline: str, published: str) -> None:
    art = _page("Landslide shuts the coast road at Pointe Nord", line, *PARAS)
    assert (art.byline, art.published) == (byline, published)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PARAS


def test_a_name_and_date_line_under_a_standfirst_gives_the_date() -> None:
    standfirst = "Two villages are cut off after the night's slip."
    art = _page("Landslide shuts the coast road", standfirst, "Coast Desk | 16.03.2026 10:20", *PARAS)
    assert art.published == "2026-03-16" and art.byline == "Coast Desk"


def test_a_bar_line_without_a_name_gives_no_byline() -> None:
    art = _page("Landslide shuts the coast road", "Updated | 16 March 2026", *PARAS)
    assert art.byline == ""


@pytest.mark.parametrize(
    "opening, place",
    [
        ("Frankfurt/Main (dpa) - ", "Frankfurt/Main"),
        ("Berlin (dpa) - ", "Berlin"),
        ("Frankfurt am Main (dpa/lhe) - ", "Frankfurt am Main"),
        ("Wien (APA) - ", "Wien"),
        ("İZMİR (AA) - ", "İZMİR"),
    ],
)
def test_an_agency_dateline_in_any_case(opening: str, place: str) -> None:
    art = _page("Landslide shuts the coast road", opening + PARAS[0], *PARAS[1:])
    assert art.dateline == place


def test_a_company_and_ticker_is_no_dateline() -> None:
    art = _page("Shares rise", "Harbour Foods (HFDS) - " + PARAS[0], *PARAS[1:])
    assert art.dateline == ""


@pytest.mark.parametrize(
    "opening, place",
    [
        ("PARIS, 16 mars (AFP) - ", "PARIS"),
        ("MADRID (EFE) - ", "MADRID"),
        ("Frankfurt/Main (dpa) - ", "Frankfurt/Main"),
    ],
)
def test_a_dateline_under_a_standfirst(opening: str, place: str) -> None:
    standfirst = "Seuls deux villages restent coupés du reste de la côte après le glissement de terrain."
    date = "Publié le 16 mars 2026 à 10h20"
    art = _page("Glissement de terrain sur la route côtière", standfirst, date, opening + PARAS[0], *PARAS[1:])
    assert art.dateline == place


def test_a_dateline_under_a_short_first_paragraph_without_metadata_between_is_a_quoted_storys() -> None:
    art = _page("Council backs the plan", "The vote was 5 to 4.", "PARIS, 16 mars (AFP) - " + PARAS[0], *PARAS[1:])
    assert art.dateline == ""


def test_a_short_line_over_a_capitals_label_gives_no_dateline() -> None:
    art = _page("Courses", "Courses KFZ", "KFZ - Kraftfahrzeugtechnik", *PARAS)
    assert art.dateline == ""


def _post(time: str, heading: str, text: str) -> str:
    return f"{time}\n{heading}\n\n{text}"


LIVE = [
    _post("18:05 BST", "Coast road to stay shut overnight", PARAS[0]),
    _post("17:40", "Villages cut off", PARAS[1]),
    _post("17:10 BST", "Welcome to our live coverage", PARAS[2]),
]


def test_a_live_posts_heading_glued_to_its_time_is_a_heading_and_its_section() -> None:
    art = _page("Landslide live: coast road shut", *LIVE)
    headings = [p.text for p in art.paragraphs if p.kind == HEADING]
    assert headings == ["Coast road to stay shut overnight", "Villages cut off", "Welcome to our live coverage"]
    body = [p for p in art.paragraphs if p.kind == BODY]
    assert [p.text for p in body] == PARAS
    assert [p.section for p in body] == headings
    assert not any(p.indexed and p.text.startswith(("18:05", "17:40", "17:10")) for p in art.paragraphs)


@pytest.mark.parametrize("label", ["Summary", "Key points", "Das Wichtigste in Kürze", "L'essentiel"])
def test_a_summary_list_under_the_headline_is_text(label: str) -> None:
    points = "\n".join(["Coast road shut after a landslide", "Two villages cut off overnight", "Survey due this month"])
    art = _page("Landslide live: coast road shut", f"{label}\n{points}", *LIVE)
    assert any(p.kind == BODY and "Two villages cut off overnight" in p.text for p in art.paragraphs)


@pytest.mark.parametrize(
    "callout",
    [
        "Get in touch\nAre you near Pointe Nord? Tell us how the closure affects you. WhatsApp: +33 6 12 34 56 78",
        "Contact us\nSeen the slip? Email your photos to readers@example.org",
        "Schreiben Sie uns!\nSind Sie betroffen? Schicken Sie uns eine Nachricht an leser@example.de",
    ],
)
def test_a_reader_callout_is_chrome(callout: str) -> None:
    art = _page("Landslide shuts the coast road", PARAS[0], callout, *PARAS[1:])
    dropped = [p for p in art.paragraphs if p.text == callout]
    assert dropped and dropped[0].kind == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PARAS


def test_an_invitation_inside_the_text_stays() -> None:
    line = "Residents can write to the council at roads@example.org with questions about the closure."
    art = _page("Landslide shuts the coast road", PARAS[0], line, *PARAS[1:])
    assert any(p.kind == BODY and p.text == line for p in art.paragraphs)
