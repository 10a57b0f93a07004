"""Plain text: a deck with no full stop glued over the byline's label alone and the byline's
lines ("... before they sell tickets" / "By" / "NAME, Desk" / "Published DATE"), as a US-style
paper's page copies as text. Read whole, the block was a list of headlines and the deck was
lost (trial 62's Zimbabwean paper). Pages of our own."""

from __future__ import annotations

from tests.helpers import kind_and_reason, parse_blocks

_MENU = "News\nBusiness\nSport\nOpinion\nLifestyle"
_HEADLINE = "Ferry to the northern islands returns in May with two rebuilt boats"
_DECK = (
    "The operator says both boats rebuilt at the harbour yard will sail four days a week, "
    "but island shops want a winter timetable before they order stock"
)
_STORY = [
    "KIRKWALL – The ferry to the northern islands will return in May after eighteen months out of service, "
    "the operator said on Tuesday, with two boats rebuilt at the harbour yard.",
    "The boats were taken out of service after an engine fire in the winter before last. Since then the "
    "islands have relied on a small charter boat that carries no cars.",
    "Shopkeepers on the islands said they needed to know the winter timetable by August to order their stock "
    "for the dark months, when the weather often cancels sailings.",
]


def test_the_deck_over_the_byline_label_is_the_standfirst() -> None:
    byline = "By\nMorag Flett, Islands Desk\nPublished March 4, 2024 at 7:40 PM\nUpdated March 5, 2024 at 8:05 AM"
    art = parse_blocks(_MENU, _HEADLINE, f"{_DECK}\n{byline}", *_STORY, "© 2024 The Islands Herald")
    assert kind_and_reason(art, "The operator says")[0] in ("lead", "body")
    assert art.byline.startswith("Morag Flett")


def test_a_row_of_headlines_over_a_byline_label_stays_one_block() -> None:
    # short lines over "By": no deck (each line under DECK_UNSTOPPED_MIN_WORDS words), not split
    rows = "Storm closes the causeway again\nSchool roof repairs finished early\nBy\nStaff reporter"
    art = parse_blocks(_MENU, _HEADLINE, rows, *_STORY, "© 2024 The Islands Herald")
    assert not [p for p in art.paragraphs if p.text == "Storm closes the causeway again"]
