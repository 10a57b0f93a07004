"""A blog's or a CMS's links to the previous and next post close the post in a plain-text dump:
what the block model kept under them is the site's (a club's "Join us?" box, trial 30's Joomla
page; comment threads of 110 and 32 paragraphs on two wild tuning pages). The navigation above
the post, with no text over it, closes nothing. Pages of our own."""

from __future__ import annotations

from indexer.models import BOILERPLATE, BODY
from indexer.segment.tail import AFTER_POST_NAV_REASON
from tests.helpers import FOOTER, MENU, parse_blocks

TITLE = "Spring concert 2024: from Vienna to Hollywood"
POST = [
    "Dear friends of brass music, we warmly invite you to our spring concert on Saturday, 20 April "
    "2024, at 7.30 pm in the parish hall, where the band will play for the first time under its new "
    "conductor.",
    "The programme includes the overture to Die Fledermaus, a suite of film music from the last fifty "
    "years and two marches written for the band by its own members, one of them only sixteen years old.",
    "In the first part of the evening our youth orchestra plays too, with twenty-two young musicians "
    "between nine and fifteen who have rehearsed every Saturday morning since January.",
    "Doors open at 6.45 pm. Admission is free, and donations for the new uniforms are welcome at the "
    "door and during the interval.",
]
NAV = "Previous post: Maypole raising on the church square\nNext post: St Cecilia concert in November"
SIDEBAR = [
    "Join us?",
    "We rehearse every Friday from 8 pm in the music hall next to the primary school, and new members "
    "of every age are always welcome, with or without their own instrument.",
]


def test_what_the_model_kept_under_the_post_navigation_is_the_sites() -> None:
    art = parse_blocks(MENU, TITLE, *POST, NAV, *SIDEBAR, FOOTER)
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert body == POST
    (box,) = [p for p in art.paragraphs if p.text == SIDEBAR[1]]
    assert box.kind == BOILERPLATE


def test_a_navigation_over_the_post_closes_nothing() -> None:
    art = parse_blocks(MENU, NAV, TITLE, *POST, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == POST
    assert not any(p.reason == AFTER_POST_NAV_REASON for p in art.paragraphs)


def test_a_navigation_of_arrows_and_bare_link_words_closes_the_post_too() -> None:
    # trial 31's Finnish Hugo page: "« Edellinen TITLE" / "Seuraava » TITLE", related stories after it
    nav = "« Previous Question time turned to the nursing shortage\nNext » The confidence vote, minute by minute"
    art = parse_blocks(MENU, TITLE, *POST, nav, *SIDEBAR, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == POST


def test_a_pagers_bare_next_link_closes_nothing() -> None:
    art = parse_blocks(MENU, TITLE, *POST[:2], "Next »", *POST[2:], FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == POST
