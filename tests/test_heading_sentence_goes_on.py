"""A short line whose sentence goes on in the block below it is no heading. BBC News's files
lost a linked name at some line ends ("The men's 800m went to form in Sheffield as" / "dominated
the race from start to finish"), and a list's lead-in stands alone ("The government had claimed
tobacco firms" / "- manipulated nicotine levels"): 6 of BBC's 24 headings were such lines, and
each was the section (§) of the paragraphs under it."""

from __future__ import annotations

from tests.helpers import kind_and_reason, parse_blocks

TITLE = "Holmes wins at Birmingham meeting"
BEFORE = (
    "Kelly Holmes was back to her best as she comfortably won the 1,000m at the indoor meeting in "
    "Birmingham on Saturday, her second race of the winter season after a long break."
)
AFTER_LOWER = (
    "dominated the race from start to finish. The Northern Ireland athlete went off at a startling "
    "pace but had to hold off the challenge of the Welsh runner over the final 200m to win."
)
AFTER_UPPER = (
    "The Northern Ireland athlete went off at a startling pace but had to hold off the challenge of "
    "the Welsh runner over the final 200m to win in one minute and 47 seconds."
)


def test_a_line_whose_sentence_goes_on_below_is_body() -> None:
    art = parse_blocks(TITLE, BEFORE, "The men's 800m went to form in Sheffield as", AFTER_LOWER)
    kind, _ = kind_and_reason(art, "The men's 800m")
    assert kind == "body"
    assert all(p.section == "" for p in art.paragraphs)


def test_a_lists_lead_in_is_body() -> None:
    items = (
        " - manipulated nicotine levels to increase addiction \n - targeted teenagers with multi-billion dollar "
        "advertising campaigns \n - lied about the dangers of smoking and ignored research to the contrary. "
    )
    art = parse_blocks(TITLE, BEFORE, "The government had claimed tobacco firms", items, AFTER_UPPER)
    assert kind_and_reason(art, "The government had")[0] == "body"


def test_a_heading_over_a_new_sentence_stays_a_heading() -> None:
    art = parse_blocks(TITLE, BEFORE, "Sheffield results", AFTER_UPPER)
    assert kind_and_reason(art, "Sheffield results")[0] == "heading"
