"""Bylines under the article's text are teasers' when a byline stands over it: a related
article's "By NAME DATE 4 min read" under the text had been added to the article's byline (a new
user's wild tuning page: byline:terzuolo matched every paragraph of another writer's article). A
post's only byline under its text still names its author. Our own pages."""

from __future__ import annotations

from tests.helpers import FOOTER, MENU, PROSE, parse_blocks

TITLE = "Harbour bridge to close for a year"
TEASER = "Ferry fares rise in spring as the operator cites fuel costs and a shortage of crews."


def test_a_teasers_byline_under_the_text_is_not_the_articles() -> None:
    art = parse_blocks(
        MENU, TITLE, "By Ann Lee Feb 8, 2020 5 min read", *PROSE, "More stories", TEASER,
        "By Tom Ames Feb 18, 2020 4 min read", FOOTER,
    )  # fmt: skip
    assert art.byline == "Ann Lee"


def test_a_posts_byline_under_its_text_names_its_author_when_none_is_over_it() -> None:
    art = parse_blocks(MENU, TITLE, *PROSE, "Posted by Tom Ames", FOOTER)
    assert art.byline == "Tom Ames"
