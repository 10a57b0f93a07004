"""A standfirst with the page's first byline glued under it in a dump (Plone's description and
"by NAME — published DATE" without a blank line between them): the standfirst is the article's
lead, the byline and date the page's. Judged whole, the two lines read as page furniture and
trial 29's university page lost its standfirst. Pages of our own."""

from __future__ import annotations

from indexer.models import BODY, BOILERPLATE, LEAD
from tests.helpers import MENU, PROSE, kind_and_reason as kind_of, parse_blocks as parse

HEADLINE = "Harbour bridge to close for a year of repairs"
STANDFIRST = "The old harbour bridge will close to all traffic from 3 March while its steel supports are replaced."


def test_a_standfirst_over_its_byline_is_kept_and_the_byline_read() -> None:
    art = parse(
        f"{HEADLINE} — Harbour City Council", MENU, HEADLINE,
        f"{STANDFIRST}\nby Press Office — published 14/02/2025 10:21", *PROSE, "Document Actions",
    )  # fmt: skip
    assert kind_of(art, STANDFIRST)[0] in (BODY, LEAD)
    assert art.byline == "Press Office"
    assert art.published == "2025-02-14"


def test_a_comment_over_its_stamp_after_the_byline_is_not_split() -> None:
    # only the page's first byline: lower down, a line over a stamp is a comment's
    comment = "I drive over that bridge every day and the potholes have been terrible for months."
    art = parse(
        HEADLINE, MENU, HEADLINE, "By Jane Doe", *PROSE, "2 Comments",
        f"{comment}\nby harbourdweller — posted 15/02/2025 08:12", "© 2025 Harbour City Council",
    )  # fmt: skip
    assert kind_of(art, comment[:20])[0] == BOILERPLATE
