"""A call to action's word in the page's own title (trial 15's county page, "Sperrmüll anmelden -
Landkreis X" over its headline "Sperrmüll anmelden") leaves the title and the headline what they
are (indexer.segment, plain text), on pages written for these tests."""

from __future__ import annotations

from indexer.models import BODY, BOILERPLATE, TITLE
from tests.helpers import FOOTER, MENU, kind_and_reason, parse_blocks


def test_a_call_to_action_word_in_the_pages_title_leaves_it_the_title() -> None:
    art = parse_blocks(
        "Hund anmelden - Gemeinde Ebersfeld",
        "Zum Inhalt springen Zur Navigation",
        "Rathaus\nBürgerservice\nFreizeit\nWirtschaft",
        "Hund anmelden",
        "Wer in Ebersfeld einen Hund hält, muss ihn innerhalb von zwei Wochen bei der Gemeinde "
        "anmelden. Die Steuer für den ersten Hund beträgt 60 Euro im Jahr.",
        "Die Hundemarke erhalten Sie nach der Anmeldung im Bürgerbüro, sie muss sichtbar am Halsband getragen werden.",
        FOOTER,
    )
    assert art.title == "Hund anmelden"
    assert [p.kind for p in art.paragraphs if p.text == "Hund anmelden"] == [TITLE]


def test_a_sign_in_link_alone_is_still_a_call_to_action() -> None:
    art = parse_blocks(
        "Anmelden",
        MENU,
        "Bridge repairs to start in spring",
        "Repairs to the old bridge over the river will start in March and take about six months, the "
        "county said on Friday, with one lane open to traffic throughout.",
        FOOTER,
    )
    assert kind_and_reason(art, "Anmelden") == (BOILERPLATE, "call-to-action phrase 'anmelden'")


def _parish_page(first_paragraph: str) -> list[str]:
    return [
        "Advent Newsletter: From the Rector",  # the <title>: the headline alone
        "Home\nAbout Us\nServices\nContact",
        "Advent Newsletter: From the Rector",
        first_paragraph,
        "The church will be open for quiet prayer every weekday in Advent, and the choir will sing "
        "carols in the market square on the second Saturday of December.",
        FOOTER,
    ]


def test_a_newsletter_issue_titled_by_its_title_alone_keeps_headline_and_first_paragraph() -> None:
    # a <title> that is the headline alone and names a newsletter (a parish's, a school's issue):
    # both lines were call-to-action phrases ('newsletter'), no title was found, and the first
    # paragraph was the "newsletter sign-up" blurb under a newsletter box's title
    first = "Dear friends, this has been a year of change for our parish and of many new faces."
    art = parse_blocks(*_parish_page(first))
    assert art.title == "Advent Newsletter: From the Rector"
    assert [p.kind for p in art.paragraphs if p.text == art.title] == [BOILERPLATE, TITLE]
    assert kind_and_reason(art, "Dear friends")[0] == BODY


def test_a_newsletter_box_under_an_article_is_still_a_sign_up() -> None:
    art = parse_blocks(
        "Bridge repairs to start in spring - The Harbour Gazette",
        MENU,
        "Bridge repairs to start in spring",
        "Repairs to the old bridge over the river will start in March and take about six months, the "
        "county said on Friday, with one lane open to traffic throughout.",
        "Engineers found cracks in two of the bridge's piers during an inspection last year, and the "
        "repairs will cost about four million pounds.",
        "Morning Briefing Newsletter",
        "The day's top stories from the harbour and the hills, every weekday at seven.",
        FOOTER,
    )
    assert kind_and_reason(art, "The day's top stories")[0] == BOILERPLATE
