"""An author box told by the link under it to the author's other posts ("View all posts by NAME",
"Zeige alle Beiträge von NAME"): the WordPress box's shape, which grouped CV found kept as prose
on unseen sites (issue 13). Each page is our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, BYLINE
from tests.helpers import PROSE, MENU, FOOTER, parse_blocks as parse, kind_and_reason as kind_of

BIO = (
    "Anna has covered the harbour towns for ten years. She lives in Lindau with her two dogs and writes about bridges."
)


@pytest.mark.parametrize(
    "link",
    [
        "View all posts by Anna Keller",
        "Latest posts by Anna Keller (see all)",
        "Zeige alle Beiträge von Anna Keller →",
        "Alle Artikel von Anna Keller",
        "Voir tous les articles de Anna Keller",
        "Ver todas las entradas de Anna Keller",
    ],
)
def test_prose_above_a_link_to_the_authors_posts_is_the_author_box(link: str) -> None:
    # the bio and its link were body, and the bio's name line a heading naming a § section
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, "Anna Keller", BIO, link, "Related stories", FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert kind_of(art, "Anna has covered") == (BYLINE, "author box")
    assert kind_of(art, "Anna Keller")[0] == BYLINE
    kind, reason = kind_of(art, link)
    assert kind == BOILERPLATE and reason.startswith("link to the author's posts")
    assert "Anna Keller" in art.byline


def test_a_bio_of_two_paragraphs_that_name_the_author() -> None:
    hello = "I'm Anna and I'm so glad you stopped by! I write about the harbour, its bridges and its ferries."
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, hello, BIO, "Latest posts by Anna Keller (see all)")
    assert kind_of(art, "I'm Anna") == (BYLINE, "author box")
    assert kind_of(art, "Anna has covered") == (BYLINE, "author box")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_the_link_at_the_end_of_the_bios_own_block() -> None:
    bio = BIO + " Zeige alle Beiträge von Anna Keller"
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, bio, FOOTER)
    assert kind_of(art, "Anna has covered") == (BYLINE, "author box")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_the_article_above_the_bio_stays_and_a_link_under_the_headline_marks_no_box() -> None:
    # only the block right above the link (or ones naming the author) is the box, and only below
    # article text: a standfirst over "All articles by NAME" under the headline stays the article's
    standfirst = "The old harbour bridge will shut for a year, and the ferries cannot carry everyone who needs them."
    art = parse("Bridge to close", MENU, "Bridge to close", standfirst, "All articles by Anna Keller", *PROSE, FOOTER)
    assert kind_of(art, "The old harbour bridge")[0] != BYLINE
    assert [p.text for p in art.paragraphs if p.kind == BODY][-len(PROSE) :] == PROSE
    # a last article paragraph that does not name the author, above the bio, stays body
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, BIO, "View all posts by Anna Keller")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_sentence_about_other_articles_by_someone_is_no_link() -> None:
    # the phrase inside a sentence, or a sentence after it, is article text
    line = (
        "We translate the articles of Global Voices into many languages. Read more articles by our team below, please."
    )
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, "We translate")[0] == BODY


@pytest.mark.parametrize(
    ("name", "card"),
    [
        (
            "Matthias Weber",
            "Matthias Weber ist ERP-Experte mit langjähriger Berufserfahrung und schreibt über Software.",
        ),
        ("Dr. Thomas Schulte", "ist Gründungspartner der Kanzlei Schulte und Partner in Berlin und berät Banken."),
        ("Anna Keller", "Anna Keller lives in Lindau with her two dogs and writes about bridges and ferries."),
    ],
)
def test_a_name_line_over_a_paragraph_that_goes_on_from_it_is_an_author_card(name: str, card: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, name, card, "Related stories", FOOTER)
    assert [(p.kind, p.reason) for p in art.paragraphs if p.text in (name, card)] == [
        (BYLINE, "author box (name)"),
        (BYLINE, "author box"),
    ]
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_profiles_in_a_list_and_a_heading_over_a_section_are_no_card() -> None:
    # a list of profiles has several name-and-paragraph pairs: it is the article
    profiles = [
        "Anna Keller",
        "Anna Keller is the harbour master, who has asked the council for two more ferries since March.",
        "Tom Berg",
        "Tom Berg is the engineer who wrote the report on the corroded steel supports of the bridge.",
    ]
    art = parse("Who decides on the bridge", MENU, "Who decides on the bridge", *PROSE[:2], *profiles, FOOTER)
    assert all(kind_of(art, p[:15])[0] != BYLINE for p in profiles[1::2])
    # "Die Gesellschaft" is a German noun with its article, not a name
    section = [
        "Die Gesellschaft",
        "ist seit 2016 in vier Feldern tätig und hat ihren Sitz im alten Hafenamt der Stadt.",
    ]
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, *section, FOOTER)
    assert kind_of(art, "ist seit 2016")[0] != BYLINE


def test_a_bio_with_a_handle_after_the_name_is_an_author_box() -> None:
    bio = "Molly Wood (@mollywood) is an Ideas contributor at WIRED and the host of a daily radio show on technology."
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, bio, FOOTER)
    assert kind_of(art, "Molly Wood") == (BYLINE, "author box")


def test_a_reasons_quote_ends_at_a_whole_word() -> None:
    # "link to the author's posts ('View all posts by Martha Quinl')" cut a name in half
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, BIO, "View all posts by Martha Quinlan-Smith")
    assert kind_of(art, "View all")[1] == "link to the author's posts ('View all posts by Martha…')"
    assert segment._quoted("Related stories") == "Related stories"


@pytest.mark.parametrize(
    ("lines", "link"),
    [
        (
            "Claire Dubois\nClaire Dubois est journaliste au service Société. Elle couvre les collectivités depuis 2016.",
            "Voir tous les articles de Claire Dubois",
        ),
        (
            "Lucía Romero\nLucía Romero es periodista y cubre medio ambiente y política municipal desde 2016.",
            "Ver todas las entradas de Lucía Romero",
        ),
    ],
)
def test_a_short_briefs_author_box_in_french_or_spanish(lines: str, link: str) -> None:
    # under a brief of two short paragraphs (too little text above for the rule), and with the
    # link on its own line of the bio's block: both were kept as body
    brief = [PROSE[0], "Work should take three years, the council said."]
    for box in ([*lines.split("\n"), link], [lines + "\n" + link]):
        art = parse("Bridge to close", "Bridge to close", *brief, *box)
        assert [p.text for p in art.paragraphs if p.kind == BODY] == brief
