"""Plain text: the author's bio that opens with the byline's name, with no name line over it
(`segment.bios._mark_self_named_bio`), in the shapes trials 33 and 36 kept as text: a name the
given-name lexicon lacks under a "By NAME" line, two co-authors' bios in a row, and a bio with a
line about the series under it. A profile in the story, with the story going on, stays."""

from __future__ import annotations

from indexer.segment.bios import SELF_NAMED_REASON
from tests.helpers import kind_and_reason, parse_blocks

_STORY = [
    "The city council voted on Tuesday to ration water in the northern suburbs for the rest of the "
    "summer, after the reservoirs fell below a third of their capacity for the first time since 1998.",
    "Households will have water for eight hours a day, the council said, and the hours will be "
    "published a week ahead so that families and businesses can plan around them.",
    "Officials blamed a dry winter and leaking pipes. About a third of the water the city treats is "
    "lost before it reaches a tap, according to the utility's own figures for last year.",
    "Residents' groups said the council had been warned for years. They want the money set aside for "
    "a new stadium to go to the pipes instead, and plan to say so at next week's meeting.",
]
_CHROME = ["Share this:", "WhatsApp\nFacebook\nEmail", "© 2024 The Karoo Courant · Privacy Policy"]


def _page(byline: str, *after: str) -> list[str]:
    return ["City rations water as reservoirs fall", f"{byline} 22 March 2024", *_STORY, *after, *_CHROME]


def test_a_name_the_lexicon_lacks_counts_under_a_by_line() -> None:
    bio = (
        "Nomsa Khumalo-Reddy writes a weekly column on cities and the people who live in them. "
        "She is a former town planner."
    )
    art = parse_blocks(*_page("By Nomsa Khumalo-Reddy", bio))
    assert kind_and_reason(art, "Nomsa Khumalo-Reddy writes") == ("byline", SELF_NAMED_REASON)
    assert kind_and_reason(art, "Residents' groups said")[0] == "body"


def test_co_authors_bios_in_a_row() -> None:
    first = "Katrin Oberländer has followed the city's water since 2019. She lives in the north."
    second = "Mehmet Uçar joined us last year and writes about public money and roads."
    art = parse_blocks(*_page("By Katrin Oberländer and Mehmet Uçar", first, second))
    assert kind_and_reason(art, "Katrin Oberländer has")[0] == "byline"
    assert kind_and_reason(art, "Mehmet Uçar joined")[0] == "byline"


def test_a_bio_with_a_note_on_the_series_under_it() -> None:
    bio = "Katrin Oberländer has followed the city's water since 2019. She lives in the north."
    note = "This series on the city's water was made possible by the people of the northern suburbs."
    art = parse_blocks(*_page("By Katrin Oberländer", bio, note))
    assert kind_and_reason(art, "Katrin Oberländer has")[0] == "byline"


def test_bios_apart_from_each_other_stay() -> None:
    # the byline's names open two paragraphs with the story between them: a piece about its
    # authors, no author box, though the second is at the article's end
    first = "Katrin Oberländer has followed the city's water since 2019. She lives in the north."
    second = "Mehmet Uçar joined us last year and writes about public money and roads."
    page = _page("By Katrin Oberländer and Mehmet Uçar", second)
    page[3:3] = [first]
    art = parse_blocks(*page)
    assert kind_and_reason(art, "Katrin Oberländer has")[0] == "body"
    assert kind_and_reason(art, "Mehmet Uçar joined")[0] == "body"


def test_a_bio_under_the_writers_sign_off_needs_no_byline() -> None:
    # trial 62's recipe blog: no byline line, the writer signs the post off with her given name,
    # and her bio opens with her full name right under it
    signed = "Bon appétit, and let me know how yours turn out. Priya"
    bio = "Priya Ramdin is a nurse in Curepipe who writes down her family's recipes before they are lost."
    art = parse_blocks("City rations water as reservoirs fall", *_STORY, signed, bio, *_CHROME)
    assert kind_and_reason(art, "Priya Ramdin is")[0] == "byline"
    # a name closing a paragraph is no sign-off when the bio's first name is another's
    other = "Bon appétit, and let me know how yours turn out. Devi"
    art = parse_blocks("City rations water as reservoirs fall", *_STORY, other, bio, *_CHROME)
    assert kind_and_reason(art, "Priya Ramdin is")[0] == "body"
