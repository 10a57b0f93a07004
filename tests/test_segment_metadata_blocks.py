"""Metadata a new user's third trial lost in plain text: a byline and date line run into a row of
share buttons, a dateline's place under the byline, a press release's headline and wire
dateline, a live blog's headline and post times, the standfirst. Each page is our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, BYLINE, LEAD, TITLE
from tests.helpers import PROSE, html_document, parse_blocks as parse

HEADLINE = "Harbour bridge to close for a year of repairs"


@pytest.mark.parametrize(
    ("meta", "tools"),
    [
        ("By Ana Ruiz\nPublished 3 May 2026", "Share on Facebook  Share on WhatsApp  Share via Email  Print"),
        ("By Ana Ruiz\n3 May 2026", "Share | Print | Email"),
        ("Von Ana Ruiz\n3. Mai 2026", "Teilen  Drucken"),
    ],
)
def test_a_byline_and_date_run_into_share_buttons_keep_both(meta: str, tools: str) -> None:
    art = parse(HEADLINE, f"{meta}\n{tools}", *PROSE)
    assert (art.title, art.byline, art.published) == (HEADLINE, "Ana Ruiz", "2026-05-03")
    assert [p.text for p in art.paragraphs if p.kind == BYLINE] == [meta]
    assert [p.kind for p in art.paragraphs if p.text == tools] == [BOILERPLATE]
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_the_headline_over_them_too() -> None:
    art = parse(f"{HEADLINE}\nBy Ana Ruiz\n3 May 2026\nShare  Print  Email", *PROSE)
    assert (art.title, art.byline, art.published) == (HEADLINE, "Ana Ruiz", "2026-05-03")
    assert [p.kind for p in art.paragraphs if p.kind == TITLE] == [TITLE]


def test_share_buttons_under_a_line_that_is_not_metadata_stay_with_it() -> None:
    # a teaser's headline over its share row is no byline: the block is left whole
    art = parse(HEADLINE, "By Ana Ruiz", *PROSE, "Ferry timetables change from June\nShare  Print")
    assert [p.text for p in art.paragraphs if p.text.startswith("Ferry")] == [
        "Ferry timetables change from June\nShare  Print"
    ]


@pytest.mark.parametrize(
    ("byline", "dateline", "author", "place", "published"),
    [
        ("By Ana Ruiz", "Port Ellis, 3 May 2026", "Ana Ruiz", "Port Ellis", "2026-05-03"),
        ("Por Ana Ruiz Gómez", "Cádiz, 3 de mayo de 2026", "Ana Ruiz Gómez", "Cádiz", "2026-05-03"),
        ("Autor: Jan Nowak", "Gdańsk, 3 maja 2026", "Jan Nowak", "Gdańsk", "2026-05-03"),
        ("Oleh Dewi Lestari", "Surabaya, 3 Mei 2026", "Dewi Lestari", "Surabaya", "2026-05-03"),
        # a weekday is no place
        ("By Ana Ruiz", "Sunday, 3 May 2026", "Ana Ruiz", "", "2026-05-03"),
    ],
)
def test_the_place_of_the_date_line_under_the_byline_is_the_dateline(
    byline: str, dateline: str, author: str, place: str, published: str
) -> None:
    for blocks in ([f"{byline}\n{dateline}"], [byline, dateline]):
        art = parse(HEADLINE, *blocks, *PROSE)
        assert (art.byline, art.dateline, art.published) == (author, place, published), blocks


RELEASE_HEADLINE = "Northwind Robotics Opens Warehouse Automation Plant in Ohio"
RELEASE_TEXT = [
    "Northwind Robotics Inc. today opened a plant in Dayton that will build 4,000 warehouse robots a year "
    "and employ 350 people by the end of 2027.",
    "The company said the plant would supply its customers in the United States and Canada, who had waited "
    "up to nine months for their orders last year.",
]
RELEASE_TAIL = [
    "About Northwind Robotics\nNorthwind Robotics designs and builds autonomous mobile robots for warehouses "
    "and factories. It is based in Toronto.",
    "Safe Harbor Statement",
    "This announcement contains forward-looking statements that involve risks and uncertainties, and actual "
    "results may differ materially from those expressed in them.",
    "Investor Contact:\nPat Lee\nir@northwind.example",
]


@pytest.mark.parametrize(
    ("label", "dateline", "place"),
    [
        ("NEWS RELEASE", "TORONTO, March 3, 2026 (GLOBE NEWSWIRE) -- ", "TORONTO"),
        ("For Immediate Release", "DAYTON, Ohio, March 3, 2026 /PRNewswire/ -- ", "DAYTON"),
        ("", "DAYTON, Ohio--(BUSINESS WIRE)--March 3, 2026--", "DAYTON"),
    ],
)
def test_a_press_release(label: str, dateline: str, place: str) -> None:
    body = [dateline + RELEASE_TEXT[0], RELEASE_TEXT[1]]
    art = parse(*([label] if label else []), RELEASE_HEADLINE, *body, *RELEASE_TAIL)
    assert (art.title, art.dateline, art.published) == (RELEASE_HEADLINE, place, "2026-03-03")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == body
    assert all(p.kind == BOILERPLATE for p in art.paragraphs if p.text.startswith(("About", "Safe", "This", "Inv")))


def test_about_a_company_in_a_news_story_stays_text() -> None:
    # no release line, no wire dateline: "About ..." is a heading of the story
    art = parse(HEADLINE, "By Ana Ruiz", PROSE[0], "About the bridge", *PROSE[1:])
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


LIVE_HEADLINE = "Live: Storm Freya closes roads across the north"
LIVE_POSTS = [
    ("18:05", "The A66 has reopened in both directions after crews cleared two fallen trees near Keswick."),
    ("17:40", "Police say three lorries have overturned on the M6 and ask drivers to avoid the stretch."),
    ("17:12", "Northern Rail has cancelled all services between Carlisle and Newcastle for the evening."),
]


@pytest.mark.parametrize(
    "top",
    [
        ["Moorland Courier LIVE\nHome | News | Weather | Live"],
        ["Moorland Courier\nHome  News  Weather  Sport", "We use cookies to improve your experience. Accept all"],
    ],
)
def test_a_live_blog_under_a_masthead_and_a_menu(top: list[str]) -> None:
    posts = [f"{t}\n\n{text}" for t, text in LIVE_POSTS]
    art = parse(*top, LIVE_HEADLINE, "Updated 18:09\nShare  Tweet  Email", *posts, "Show older posts")
    assert art.title == LIVE_HEADLINE
    body = [p for p in art.paragraphs if p.kind == BODY]
    # each post indexed, its time stamp as its section; the update line and the buttons are not text
    assert [(p.section, p.text) for p in body] == LIVE_POSTS
    assert all(p.kind == BOILERPLATE for p in art.paragraphs if p.text.startswith(("Updated", "Share", "Moorland")))


STANDFIRST = "Repairs to the 1890s crossing will cost 40 million pounds and force thousands onto ferries."


@pytest.mark.parametrize("meta", [["By Ana Ruiz"], ["By Ana Ruiz", "3 May 2026"], ["3 May 2026"]])
def test_the_standfirst_over_the_byline_is_the_lead(meta: list[str]) -> None:
    # a clean file: the rules alone decide, and the standfirst read as the article's first paragraph
    art = parse(HEADLINE, STANDFIRST, *meta, *PROSE)
    assert [(p.kind, p.text) for p in art.paragraphs[:2]] == [(TITLE, HEADLINE), (LEAD, STANDFIRST)]
    assert [p.text for p in art.paragraphs if p.kind == BODY and p.text in PROSE] == PROSE


def test_the_first_paragraph_under_the_byline_is_no_lead() -> None:
    art = parse(HEADLINE, "By Ana Ruiz", STANDFIRST, *PROSE)
    assert not [p for p in art.paragraphs if p.kind == LEAD]


def _page(standfirst_class: str) -> bytes:
    paras = "".join(f"<p>{t}</p>" for t in PROSE)
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f'<p class="{standfirst_class}">{STANDFIRST}</p><div class="byline">By Ana Ruiz</div>'
        f"{paras}</article></body></html>"
    ).encode()


@pytest.mark.parametrize("name", ["standfirst", "article__dek", "c-summary", "lede", "subtitle", "intro"])
def test_an_html_standfirst_the_extractor_kept_is_the_lead(name: str) -> None:
    art = segment.segment(html_document(_page(name)))
    assert [p.text for p in art.paragraphs if p.kind == LEAD] == [STANDFIRST]
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_an_html_first_paragraph_in_a_plain_p_is_no_lead() -> None:
    art = segment.segment(html_document(_page("first")))
    assert not [p for p in art.paragraphs if p.kind == LEAD]
