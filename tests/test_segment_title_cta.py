"""A call to action's word in the page's own title (trial 15's county page, "Sperrmüll anmelden -
Landkreis X" over its headline "Sperrmüll anmelden") leaves the title and the headline what they
are (indexer.segment, plain text), on pages written for these tests."""

from __future__ import annotations

from indexer.models import BOILERPLATE, TITLE
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
