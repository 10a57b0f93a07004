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
    assert segment.textblocks._quoted("Related stories") == "Related stories"


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


# Author taglines a new user's pages kept as body (issue 13): a beat and a contact, an inline
# "About the author(s):" label, a fellow's line, and the role after "is" in other languages.
TAGLINES = [
    (None, "Jane Doe covers public safety for the Herald. Reach her at jdoe@herald.com or 555-0100.", "Jane Doe"),
    ("By Jane Doe", "Jane Doe writes about transport for the Herald. Follow her on X @janedoe.", "Jane Doe"),
    (None, "About the authors: Jane Doe is a reporter at the Herald. Tom Lee is a data editor.", "Jane Doe"),
    (None, "About the author: she has lived in the harbour town for twenty years and knows every bridge.", ""),
    ("By Jane Doe", "Jane Doe is a senior fellow at the Brookings Institution.", "Jane Doe"),
    (None, "Reach Jane Doe at jdoe@herald.com.", ""),
    (None, "Marie Dupont est journaliste au service politique du Courrier depuis 2015.", "Marie Dupont"),
    (None, "Ana Ruiz es periodista y corresponsal de El Diario en Bruselas.", "Ana Ruiz"),
    (None, "Giulia Rossi è giornalista freelance e scrive di ambiente.", "Giulia Rossi"),
    (None, "Über die Autorin: Anna Berg schreibt seit 2010 über Verkehr und Städte.", "Anna Berg"),
    (None, "Pieter Jansen is verslaggever bij de Courant en schrijft over de haven.", "Pieter Jansen"),
]


@pytest.mark.parametrize(("byline", "tagline", "name"), TAGLINES)
def test_an_author_tagline_after_the_article_is_the_author_box(byline: str | None, tagline: str, name: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", *([byline] if byline else []), *PROSE, tagline, FOOTER)
    assert kind_of(art, tagline) == (BYLINE, "author box")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert name in art.byline


@pytest.mark.parametrize(("byline", "tagline", "name"), TAGLINES)
def test_an_author_tagline_after_an_html_article(byline: str | None, tagline: str, name: str) -> None:
    pytest.importorskip("trafilatura")
    from tests.helpers import html_document

    top = f'<p class="byline">{byline}</p>' if byline else ""
    page = (
        '<html><head><meta charset="utf-8"><title>Bridge to close</title></head><body><article>'
        f"<h1>Bridge to close</h1>{top}{''.join(f'<p>{p}</p>' for p in PROSE)}<p>{tagline}</p></article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "t.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "line",
    [
        "The mayor, Jane Doe, covers the cost herself, the council said on Monday in a statement.",
        "Tom Lee covers the night shift at the harbour, where he has worked since the ferries began in 1990.",
        "Contact tracing teams reached 500 people, the health office said, urging anyone ill to call 555-0100.",
    ],
)
def test_prose_that_looks_like_a_tagline_inside_the_article_stays_body(line: str) -> None:
    art = parse("Bridge to close", MENU, "Bridge to close", "By Jane Doe", PROSE[0], line, *PROSE[1:], FOOTER)
    assert kind_of(art, line)[0] == BODY


def test_a_site_follow_prompt_is_no_author_box() -> None:
    line = "Follow The Harbour Gazette on Twitter @gazette and Instagram."
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE, line, FOOTER)
    assert kind_of(art, line)[0] != BYLINE


def test_a_bio_of_someone_the_html_article_names_stays_body() -> None:
    # no byline: the last paragraph about a person the article is about is the article's
    pytest.importorskip("trafilatura")
    from tests.helpers import html_document

    named = "Engineers brought in Marie Dupont, who inspected the bridge in 2019, to review the council's plan."
    bio = "Marie Dupont est journaliste au service politique du Courrier depuis 2015."
    body = "".join(f"<p>{p}</p>" for p in [PROSE[0], named, *PROSE[1:]])
    page = (
        '<html><head><meta charset="utf-8"><title>Bridge to close</title></head><body><article>'
        f"<h1>Bridge to close</h1>{body}<p>{bio}</p></article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "p.html"))
    assert bio in [p.text for p in art.paragraphs if p.kind == BODY]
