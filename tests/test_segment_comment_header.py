"""A comment's header in a discussion copied as text ("▲ civic_hacker 8 hours ago | parent |
next [–]"): who and when, then the thread's links. Trial 9: a Hacker News thread's headers were
kept as body, each one a search hit."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE

from tests.helpers import kind_and_reason, parse_blocks

POST = (
    "Our city ran an open data portal for ten years with building permits and restaurant inspections. "
    "Last month it redirected to a page of PDFs, with no announcement and no API."
)
REPLIES = (
    "Same thing happened in our county last year. Our volunteers had scraped the inspections every "
    "night, which is the only reason that data still exists anywhere.",
    "Did the volunteers publish the scrape anywhere? We would love to compare notes on how they did it.",
)


def test_comment_headers_between_replies_are_dropped_and_the_replies_kept() -> None:
    heads = ("\t▲ civic_hacker 8 hours ago | next [–]", "\t\t▲ gridwatcher 7 hours ago | parent | next [–]")
    art = parse_blocks(
        "Ask HN: Has your city switched off its open data portal?", POST, heads[0], REPLIES[0], heads[1], REPLIES[1]
    )
    for head in heads:
        assert kind_and_reason(art, head.strip()) == (BOILERPLATE, segment.furniture.COMMENT_HEADER_REASON)
    for reply in REPLIES:
        assert kind_and_reason(art, reply)[0] == BODY


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("▲ civic_hacker 8 hours ago | root | parent | next [–]", True),
        ("jdoe 3 days ago | reply | flag", True),
        ("maria_k vor 2 Stunden | antworten", True),
        ("Home | News | Sport | Weather", False),  # a menu: no one, no time
        ("civic_hacker 8 hours ago", False),  # no thread links
        ("Updated 8 hours ago | The council said it would publish the data again next month", False),
    ],
)
def test_comment_header_lines(line: str, header: bool) -> None:
    assert segment.furniture._comment_header(line) is header
