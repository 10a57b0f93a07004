"""A thread whose replies each open with "Reply #N - NAME - DATE, TIME" (SMF-style boards): the
first reply's header was kept as a paragraph (read as a date line among the text) and the last
reply dropped as "after the article"; made a post header, the first one was then taken for the
starter's and its poster for the page's byline (a new user's thread)."""

from __future__ import annotations

import pytest

from indexer.models import INDEXED_KINDS
from indexer.segment.textblocks import forum_post_header, numbered_reply_header
from tests.helpers import parse_blocks

_PAGE = [
    "CarTalk Forums > Electric Vehicles > Battery degradation after 5 years?",
    "Register | Log in | Search | FAQ",
    "Battery degradation after 5 years?",
    "Started by ev_dan, 12 January 2021",
    "My 2016 Nissan Leaf has lost about 20% of its range. Nissan says that's within warranty limits. "
    "Anyone else seeing this?",
    "Reply #1 - greenmachine - 12 January 2021, 14:02",
    "Same here. My dealer in Manchester told me the battery was fine until I showed them the readings.",
    "Reply #2 - teslafan99 - 13 January 2021, 09:15",
    "Tesla batteries seem to hold up better, and the packs are designed to last a long time.",
    "Quote | Report | Like (4)",
    "Reply #3 - ev_dan - 13 January 2021, 11:40",
    "Thanks both. I'll contact Nissan UK customer service.",
    "Page 1 of 1",
    "Powered by phpBB® Forum Software © phpBB Limited",
]


def test_numbered_reply_headers_are_the_threads_furniture_and_its_replies_its_text() -> None:
    art = parse_blocks("\n".join(_PAGE))  # (the dump's lines, no blank line between them)
    kept = [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS]
    assert not [t for t in kept if t.startswith("Reply #")]
    assert "Thanks both. I'll contact Nissan UK customer service." in kept
    assert art.byline != "greenmachine"


@pytest.mark.parametrize(
    ("line", "poster"),
    [
        ("Reply #1 - greenmachine - 12 January 2021, 14:02", "greenmachine"),
        ("Antwort #3 | Gartenfreund | 12.05.2024, 20:17", "Gartenfreund"),
        ("Reply #2 - a reply to the question", ""),  # no date or time: no header
    ],
)
def test_a_numbered_reply_header_names_its_poster(line: str, poster: str) -> None:
    assert forum_post_header(line) == poster
    assert numbered_reply_header(line) is bool(poster)
