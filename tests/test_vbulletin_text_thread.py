"""A vBulletin 4 thread copied as text prints each post's header as "DATE, TIME #N", its poster's
panel under it (the name and the board's rank on one line, "Join Date", "Posts"), then the post's
own subject and its text. Trial 60's thread, its stamps dated with dashes ("11-10-2024, 07:52 PM
#1"), was read as no thread: its dashed date was no date, so the starter's subject went as a
teaser, the replies' "Re: TITLE" lines and a poster's name as text. A page of our own."""

from __future__ import annotations

from indexer.models import BODY, BOILERPLATE, HEADING
from indexer.segment.textblocks import forum_post_stamp
from tests.helpers import parse_blocks

THREAD = [
    "Lake Kariba houseboat with a toddler - life jackets and shade?",
    "Zambezi Boating Club Forum\nRegister\nHelp",
    "Forum\nSearch\nCalendar",
    "Thread: Lake Kariba houseboat with a toddler - life jackets and shade?",
    "03-14-2025, 09:12 AM #1\nTendaiM Junior Member",
    "Join Date\nJan 2024\nLocation\nHarare\nPosts\n12",
    "First houseboat trip with our two-year-old, looking for advice",
    "Hello everyone, we have booked a three-night houseboat from Andora Harbour in the April school "
    "holidays and this will be the first time our daughter spends more than an afternoon on a boat.",
    "The boat has an upper deck with a rail, but the gaps look wide enough for a small child to slip "
    "through, and the operator says they only carry adult life jackets on board.",
    "Should we bring our own child's life jacket, or can we hire one in Kariba town before we leave?",
    "Thanks in advance, Tendai",
    "03-14-2025, 11:40 AM #2\nRumbi Senior Member",
    "Re: Lake Kariba houseboat with a toddler - life jackets and shade?",
    "Bring your own jacket, the hire shops rarely have the small sizes in the holidays. Netting for "
    "the rail can be bought at the hardware store next to the harbour.",
    "03-15-2025, 07:05 PM #3\nKapenta King Moderator",
    "Re: Lake Kariba houseboat with a toddler - life jackets and shade?",
    "Agree with Rumbi. Also ask the crew to moor in a bay with shade in the afternoon, the deck gets "
    "very hot by two o'clock.",
    "Similar Threads\nBest fishing spots near Bumi Hills\nFerry from Kariba to Mlibizi, still running?",
    "Powered by vBulletin® Version 4.2.5\nCopyright © 2025 vBulletin Solutions Inc. All rights reserved.",
]


def test_a_dashed_stamp_is_a_post_header() -> None:
    assert forum_post_stamp("03-14-2025, 09:12 AM #1") == "03-14-2025, 09:12 AM"
    assert forum_post_stamp("11-10-2024, 07:52 PM #2") == "11-10-2024, 07:52 PM"  # either order: a date


def test_the_thread_keeps_the_starters_subject_and_drops_the_replies_headers() -> None:
    art = parse_blocks(*THREAD)
    kinds = {p.text: p.kind for p in art.paragraphs}
    assert kinds["First houseboat trip with our two-year-old, looking for advice"] == HEADING
    assert kinds["03-14-2025, 11:40 AM #2"] == BOILERPLATE
    assert "Re: Lake Kariba houseboat with a toddler - life jackets and shade?" not in {
        p.text for p in art.paragraphs if p.kind in (BODY, HEADING)
    }
    assert not any(p.text.startswith("Kapenta King") and p.kind in (BODY, HEADING) for p in art.paragraphs)
    assert any(p.text.startswith("Hello everyone, we have booked") and p.kind == BODY for p in art.paragraphs)


def test_the_starter_is_the_byline_without_the_boards_rank() -> None:
    assert parse_blocks(*THREAD).byline == "TendaiM"


def test_a_line_of_the_starters_quoted_in_a_reply_is_no_signature() -> None:
    """A reply quoting one of the starter's questions ("Originally Posted by NAME" over it) puts
    that line under two posts, as a signature is; it is a quote, and the starter's list of
    questions stays whole (trial 60: the list was cut at the quoted line)."""
    questions = (
        "Should we bring our own child's life jacket?\nCan we hire netting for the rail in Kariba town?\n"
        "Is the upper deck shaded in the afternoon?"
    )
    thread = [*THREAD[:7], THREAD[7], questions, *THREAD[10:12], THREAD[12], "Originally Posted by TendaiM"]
    thread += ["Can we hire netting for the rail in Kariba town?", *THREAD[13:]]
    art = parse_blocks(*thread)
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert any(t.startswith("Should we bring") and t.endswith("in the afternoon?") for t in body), body
    assert "Can we hire netting for the rail in Kariba town?" not in body  # the reply's quote
