"""A blog post's footer printed with no blank line under its last paragraph ("Posted by NAME at
19:45" / "Email This BlogThis! Share to Twitter ..." / "Labels: ..."): the footer's lines are
blocks of their own, read as chrome, and the paragraph stays the post's text (trial 42's Blogger
page kept the footer as the paragraph's). A footer line under a line that ends no sentence, and a
paragraph without a footer, are left as they are. Pages of our own."""

from __future__ import annotations

from indexer.models import BODY
from indexer.segment import textblocks
from tests.helpers import parse_blocks as parse

HEADLINE = "Planting seeds in a dry season"
PROSE = [
    "Pastor Ogunleye opened by asking the congregation how many of them had felt, at some point this "
    "year, that they were sowing into ground that gave nothing back.",
    "He read the story of Isaac sowing in a year of famine and reaping a hundredfold, and asked what it "
    "would look like for each of us to plant something this month.",
]
# the post's last paragraph, two lines of it (a dump's line each; one line and three footer lines
# read as a block of mixed lines and were split before)
LAST = (
    "We were asked to write down one seed we will plant this month, however small, and to pray over it "
    "every morning this week.\nThe service closed with the congregation singing and a prayer for all "
    "those looking for work."
)
FOOTER = [
    "Posted by LSA Media Team at 19:45",
    "Email This BlogThis! Share to Twitter Share to Facebook Share to Pinterest",
    "Labels: Genesis, Isaac, famine, Seasons of Faith series",  # (7+ words a line: no "mixed" block)
]


def test_a_footer_under_the_last_paragraph_is_apart_and_dropped() -> None:
    art = parse(HEADLINE, "Home\nSermons\nEvents\nContact", HEADLINE, *PROSE, "\n".join([LAST, *FOOTER]), "3 comments:")
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert " ".join(body).split() == " ".join([*PROSE, LAST]).split()  # (the paragraph's lines may be blocks each)
    assert not any("BlogThis" in p.text for p in art.paragraphs if p.kind == BODY)


def test_the_lines_are_split_only_under_a_sentences_end() -> None:
    assert textblocks._blog_footer_apart([*LAST.split("\n"), *FOOTER]) == (LAST.split("\n"), FOOTER)
    # a line that is no footer's and ends no sentence between the paragraph and the labels: left whole
    lines = [LAST, "Genesis 26 and the year of famine", FOOTER[2]]
    assert textblocks._blog_footer_apart(lines) == (lines, [])
    # no footer line last
    assert textblocks._blog_footer_apart([LAST, PROSE[0]]) == ([LAST, PROSE[0]], [])
