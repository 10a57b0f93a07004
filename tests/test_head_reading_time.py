"""A reading time inside a byline and date block ("NAME / 4 min read / DATE") is the head's
furniture in any language: cut out of the block as a row of share buttons is, so the name and the
date are read (the block was kept whole as a short body block, or dropped as page furniture, and
the page lost both). Pages of our own."""

from __future__ import annotations

import pytest

from indexer.segment.patterns import _READING_TIME_LINE
from tests.helpers import FOOTER, MENU, parse_blocks

_TEXT = (
    "The harbour board voted on Tuesday to replace the old timber jetty at Saltmere with a floating "
    "pontoon, ending two years of argument about the cost of keeping the structure safe.",
    "Engineers told the meeting that the jetty's piles had rotted below the waterline and that divers "
    "had found gaps large enough to put an arm through in several of them.",
)


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("Martin Holloway\n4 min read\n3 November 2025", "Martin Holloway"),
        ("Anna Schmidt\nLesezeit: 4 Min.\n3. November 2025", "Anna Schmidt"),
        ("Claire Dubois\n3 novembre 2025\n3 min de lecture", "Claire Dubois"),
        ("By Martin Holloway\n3 November 2025\n5 minute read", "Martin Holloway"),
        ("Lucía Romero\nLectura: 6 min\n3 de noviembre de 2025", "Lucía Romero"),
    ],
)
def test_a_reading_time_in_a_byline_block_is_cut_out(head: str, author: str) -> None:
    art = parse_blocks(MENU, "Saltmere jetty to be replaced by a pontoon", head, *_TEXT, FOOTER)
    assert (art.byline, art.published) == (author, "2025-11-03")
    assert not [p for p in art.paragraphs if p.indexed and ("min" in p.text.lower() or "Lesezeit" in p.text)]


@pytest.mark.parametrize(
    ("line", "reading"),
    [
        ("4 min read", True),
        ("Lesedauer: 3 Minuten", True),
        ("Lästid 4 min", True),
        ("Olvasási idő: 5 perc", True),
        ("Время чтения: 4 мин.", True),
        ("阅读时间：约5分钟", True),
        ("5 دقائق للقراءة", True),
        ("We read for 4 minutes every day.", False),
        ("Read more", False),
    ],
)
def test_reading_time_lines(line: str, reading: bool) -> None:
    assert bool(_READING_TIME_LINE.match(line)) is reading


def test_a_capitalised_on_before_the_date_is_no_name() -> None:
    """A byline block split from its share row ("By NAME On DATE / Share / TAGS"): the date's
    "On" is no part of the name."""
    art = parse_blocks(
        "Saltmere jetty to be replaced by a pontoon",
        "By Martin Holloway On 11/03/25 at 4:00 PM EST\nShare\nHealth Harbour Jetty",
        *_TEXT,
    )
    assert art.byline == "Martin Holloway"
