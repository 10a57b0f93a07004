"""Plain-text head kinds of trial 12 (indexer.segment): a headline in one block with a row of
tools or a menu over a date line, a roundup's full head (headline, a newsroom's byline, date)
over an item that opens with its place, and a byline beside its date without "By" (on the
date's line after a bullet or a middle dot, or on the line over or under it). Pages written for
these tests."""

from __future__ import annotations

import hashlib

import pytest

from indexer import segment
from indexer.models import BODY, BYLINE, TITLE, Article, Document
from indexer.segment import head

PARAS = [
    "The county council closed the old ferry landing at Brackwater on Monday after storm waves tore away "
    "part of the pier and the ramp the cars drive down.",
    "Engineers said the pier had been weakening for years, and that the landing would stay shut until "
    "divers finish a survey of the piles later this month.",
    "Islanders must now take the longer crossing from the harbour town, which adds an hour to each trip.",
]
HEADLINE = "Storm closes the Brackwater ferry landing"
MASTHEAD = "The Brackwater Courier\nHome | News | Sport | Weather | Contact us"


def _page(*blocks: str) -> Article:
    """A page of `blocks` with blank lines between them."""
    text = "\n\n".join(blocks) + "\n"
    doc = Document(id="d", path="d.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
    return segment.segment(doc)


def _indexed(art: Article) -> str:
    return "\n".join(p.text for p in art.paragraphs if p.indexed)


# ---- a headline in the same block as a chrome line


@pytest.mark.parametrize(
    "tools",
    ["Share this story   Print   Listen", "Share this page   Download PDF", "Teilen | Drucken | Versenden"],
)
def test_a_headline_glued_to_a_row_of_tools_is_the_title(tools: str) -> None:
    art = _page(MASTHEAD, HEADLINE + "\n" + tools, *PARAS)
    assert art.title == HEADLINE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PARAS
    assert tools not in _indexed(art)


def test_a_menu_glued_over_a_date_line_gives_the_date() -> None:
    menu_and_date = "Home | Sittings | Members | Committees | Help\nCounty Council\nSitting of Tuesday 12 March 2024"
    art = _page(
        "Brackwater County Council - Minutes", menu_and_date, HEADLINE + "\nShare this page   Download PDF", *PARAS
    )
    assert art.published == "2024-03-12"  # (the menu's row went with it)


def test_a_headline_printed_again_over_tools_stays_chrome() -> None:
    # a box that quotes the article under its headline again, before the article: not split
    art = _page(HEADLINE, "March 4, 2024", HEADLINE + "\nShare", "The landing", *PARAS)
    assert [p.kind for p in art.paragraphs].count(TITLE) == 1


@pytest.mark.parametrize("desk", ["Staff reports", "From staff and wire reports", "Staff writer", "Redacción"])
def test_a_roundups_head_gives_title_newsroom_byline_and_date(desk: str) -> None:
    head = "Around the harbour: news in brief for the week of May 20\n" + desk + "\nPublished May 21, 2024"
    item = "BRACKWATER\nFerry landing closed after storm\n" + PARAS[0]
    art = _page(MASTHEAD, head, item, *PARAS[1:])
    assert art.title == "Around the harbour: news in brief for the week of May 20"
    assert (art.byline, art.published) == (desk, "2024-05-21")
    assert PARAS[0] in _indexed(art) and "Ferry landing closed after storm" != art.title


def test_a_teaser_head_without_prose_under_it_is_not_split() -> None:
    # a headline and its date over another headline and date: a list of teasers, judged whole
    teasers = "Ferry fares to rise in June\nMay 20, 2024"
    art = _page(HEADLINE, teasers, "Harbour wall repairs begin\nMay 19, 2024", *PARAS)
    assert art.title == HEADLINE and "Ferry fares" not in _indexed(art)


# ---- a byline beside its date without "By"


@pytest.mark.parametrize(
    "line, byline",
    [
        ("Thứ Hai, 20/05/2024 09:10 GMT+7 · Lê Minh Châu", "Lê Minh Châu"),
        ("20.05.2024 • 09:10 • Ελένη Καραγιάννη", "Ελένη Καραγιάννη"),
        ("Monday 20 May 2024 | Tomasz Wierzbicki", "Tomasz Wierzbicki"),
        ("Ελένη Καραγιάννη\n20.05.2024 • 09:10", "Ελένη Καραγιάννη"),  # the name's line over the date's
        ("20.05.2024 • 09:10\nЕлена Воронцова", "Елена Воронцова"),  # under it
        ("20. Mai 2024 |\nVon Katrin Vogelsang", "Katrin Vogelsang"),  # a "Von" byline under it
    ],
)
def test_a_name_beside_the_date_is_the_byline(line: str, byline: str) -> None:
    art = _page(HEADLINE, line, *PARAS)
    assert (art.byline, art.published) == (byline, "2024-05-20")
    assert BYLINE in [p.kind for p in art.paragraphs]
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PARAS


@pytest.mark.parametrize(
    "line",
    [
        "Environment · Rural Nevada · 20 May 2024",  # a section and a place
        "20 May 2024 · San Mateo",  # a place after the date
        "20 May 2024 · Local News",  # a section's label
        "20.05.2024 • 09:10\nNew Brackwater",
        "Ort Brackwater\nDatum 20.05.2024",  # a place's field over the date's
        # a natural feature's name (models.FEATURE_LEADS, the entity tagger's table)
        "20 May 2024 · Lake Brackwater",
        "20 May 2024 · Gulf Brackwater",
        "20 May 2024 · Loch Brackwater",
    ],
)
def test_a_place_or_section_beside_the_date_is_no_byline(line: str) -> None:
    art = _page(HEADLINE, line, *PARAS)
    assert art.byline == ""


@pytest.mark.parametrize("name", ["Sierra Brackwater", "River Brackwater"])
def test_a_feature_lead_that_is_a_given_name_beside_the_date_stays_a_byline(name: str) -> None:
    art = _page(HEADLINE, f"20 May 2024 · {name}", *PARAS)
    assert (art.byline, art.published) == (name, "2024-05-20")


def test_the_place_test_and_the_entity_tagger_share_one_table_of_feature_leads() -> None:
    from indexer import entities
    from indexer.models import FEATURE_LEADS

    assert entities._feature_lead(["Gulf", "Brackwater"])
    for lead in FEATURE_LEADS - head.PERSON_FEATURE_LEADS:
        assert head._PLACE_OPENING.match(lead), lead
    assert not any(head._PLACE_OPENING.match(lead) for lead in head.PERSON_FEATURE_LEADS)


def test_a_byline_beside_the_date_gives_its_names() -> None:
    found = head._name_beside_date(["8. Mai 2024 |", "Von Katrin Vogelsang"], [])
    assert found == ("Katrin Vogelsang", "2024-05-08")


def test_an_html_pages_head_line_with_a_name_after_the_date_gives_the_author() -> None:
    assert head._head_lines_name("Chủ Nhật, 19/05/2024 07:45 GMT+7 · Phạm Thu Hà") == "Phạm Thu Hà"
    assert head._head_lines_name("19/05/2024 07:45 · Thời sự") == ""
