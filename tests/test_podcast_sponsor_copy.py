"""A podcast page's sponsor read and membership pitch in a plain-text dump (trial 31's Next.js
podcast page): the read's opening alone on its line ("This episode is supported by") was marked,
but the sponsor's copy under it was kept as the show notes' text; "If you enjoy the show, become
a member" named the podcast "the show", which the reader-funding pitch did not know. A sponsor's
copy longer than a read, and a line about the show that calls for nothing, stay. Pages of our own."""

from __future__ import annotations

from tests.helpers import page_body

TITLE = "Episode 112: The last kopitiam on Tiong Bahru Road"
NOTES = [
    "This week we sit down with the third-generation owner of a coffee shop that has served the same "
    "breakfast since 1958, and ask what it takes to keep the kaya recipe and the regulars.",
    "We talk about rents, about the young hawkers who apprentice with the old ones, and about why the "
    "shop still roasts its own beans in butter and sugar every Tuesday morning.",
    "Mentioned in this episode: the hawker centre's 2019 renovation, the heritage trail's plaque, and "
    "the national campaign to list hawker culture with UNESCO.",
]
COPY = (
    "Orchard Lane Roasters. Small-batch coffee roasted in Singapore, delivered to your door within two "
    "days. Use the code HAWKER15 for 15 per cent off your first bag."
)
PITCH = (
    "We don't run any programmatic ads. If you enjoy the show, become a member for S$5 a month and get "
    "ad-free episodes and a monthly bonus episode."
)


def _body(*blocks: str) -> list[str]:
    return page_body(TITLE, *blocks)


def test_the_sponsors_copy_under_its_read_is_chrome() -> None:
    assert _body(*NOTES, "This episode is supported by", COPY) == NOTES


def test_a_membership_pitch_to_fans_of_the_show_is_chrome() -> None:
    assert _body(*NOTES, PITCH) == NOTES


def test_a_paragraph_under_a_read_with_its_sponsor_named_stays() -> None:
    read = "This episode is supported by Orchard Lane Roasters."
    assert NOTES[2] in _body(NOTES[0], NOTES[1], read, NOTES[2])
