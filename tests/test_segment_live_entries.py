"""A live page's entries, each opening with its time (a match commentary's minute "65'", a live
blog's "14:32" or "2h ago"), set as one list or one block of lines: each entry is a paragraph of
its own, in HTML and in plain text; a schedule's short items ("10:30 Keynote") stay one block
(trial 14: a commentary's six entries were one paragraph, so a hit showed a slice of it and every
player named in it was tagged on each)."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.segment.textblocks import _entry_stamp, live_entries
from tests.helpers import FOOTER, MENU, html_document, parse_blocks

_PROSE = (
    "The county's new ferry made its first crossing on Saturday, carrying two hundred passengers "
    "across the estuary in a little under twenty minutes.",
    "Harbour officials said the vessel would run every half hour in summer and every hour in winter.",
)
_COMMENTARY = [
    "90+3' Full-time: Kelby Athletic 2-1 Marsh United.",
    "77' Goal! Tariq Bell curls the ball into the top corner from twenty yards.",
    "45+1' Half-time: Kelby Athletic 1-1 Marsh United.",
    "12' Yellow card for Owen Pratt after a late tackle in midfield.",
]
_BLOG = [
    "14:32 The coastguard says both fishing boats are now safely back in harbour.",
    "14:05 Police have closed the coast road north of the town because of fallen trees.",
    "Updated 2h ago Forecasters say the wind will ease by Monday evening.",
]


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("90+4' Full-time", "90+4'"),
        ("65’ Red card!", "65’"),
        ("14:32 Police say", "14:32"),
        ("9.30am The minister arrives", "9.30am"),
        ("17:42 BST Trains resume", "17:42 BST"),
        ("2h ago Talks resume", "2h ago"),
        ("vor 5 Minuten Die Polizei", "vor 5 Minuten"),
        ("Updated 3 minutes ago The", "Updated 3 minutes ago"),
        ("The 1990s were good", ""),
        ("3.5 million people", ""),
        ("'90s music", ""),
    ],
)
def test_an_entry_opens_with_its_time(line: str, stamp: str) -> None:
    assert line[: _entry_stamp(line)] == stamp


def test_live_entries_need_sentences_not_a_schedule() -> None:
    assert [e[0] for e in live_entries(_COMMENTARY)] == _COMMENTARY
    # a stamp alone over its text is one entry with it
    assert live_entries(
        ["14:32", "Police have closed the coast road.", "14:05", "Trains are cancelled until noon."]
    ) == [
        ["14:32", "Police have closed the coast road."],
        ["14:05", "Trains are cancelled until noon."],
    ]
    assert live_entries(["10:00 Registration", "10:30 Keynote address", "12:00 Lunch"]) == []
    assert live_entries(["Police have closed the road.", "14:05 Trains are cancelled until noon today."]) == []
    assert live_entries(_COMMENTARY[:1]) == []


@pytest.mark.parametrize("entries", [_COMMENTARY, _BLOG])
def test_plain_text_entries_are_paragraphs(entries: list[str]) -> None:
    art = parse_blocks(MENU, "Ferry makes first crossing", *_PROSE, "\n".join(entries), FOOTER)
    body = [p.text for p in art.paragraphs if p.indexed and p.kind == "body"]
    for entry in entries:
        assert entry in body


def test_html_commentary_list_items_are_paragraphs() -> None:
    items = "".join(
        f"<li><span class='m'>{e.split(' ', 1)[0]}</span> <span>{e.split(' ', 1)[1]}</span></li>" for e in _COMMENTARY
    )
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Kelby edge Marsh</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><main><article><h1>Kelby edge Marsh</h1>"
        + "".join(f"<p>{p}</p>" for p in _PROSE)
        + f"<h2>Live commentary</h2><ol>{items}</ol>"
        f"</article></main><footer><p>{FOOTER}</p></footer></body></html>"
    ).encode()
    art = segment.segment(html_document(page))
    body = [p.text for p in art.paragraphs if p.indexed and p.kind == "body"]
    for entry in _COMMENTARY:
        assert entry in body


_POINTS = [
    "The ferry will run every half hour between May and September, and every hour for the rest of the "
    "year, the harbour board said on Tuesday after a long meeting with the operator.",
    "Tickets bought online will cost a third less than at the quay, and children under twelve will "
    "travel free when they are with an adult who holds a ticket for the same crossing.",
]


def test_long_html_list_items_are_paragraphs_short_ones_one_block() -> None:
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry timetable</title></head><body>"
        "<main><article><h1>Ferry timetable</h1>"
        + "".join(f"<p>{p}</p>" for p in _PROSE)
        + "<ul>"
        + "".join(f"<li>{p}</li>" for p in _POINTS)
        + "</ul><h2>What passengers liked</h2><ul><li>Fast crossing</li><li>Cheap tickets</li></ul>"
        + "".join(f"<p>{p}</p>" for p in _PROSE)
        + f"</article></main><footer><p>{FOOTER}</p></footer></body></html>"
    ).encode()
    body = [p.text for p in segment.segment(html_document(page)).paragraphs if p.indexed]
    assert all(point in body for point in _POINTS)
    assert "Fast crossing\nCheap tickets" in body  # short items: one paragraph, a line each
