"""A blog whose <h1> is the blog's name and whose <title> gives the post's title cut short
("Mother's garden - Jeanne's notes" over the <h2> "What my mother's garden taught me, a year on"):
the post's <h2> holding the <title>'s part whole is the headline, not the blog's name, and the
blog's tagline under its name is no standfirst. Trial 63's Dotclear blog (read in session 56)
was indexed under the title "Kaye Jeanne", its headline and tagline as leads. Only one heading
may hold the part: two posts' titles holding it (an archive page) give none.
"""

from __future__ import annotations

from lxml import html as lxml_html

from indexer import htmlpage, segment
from indexer.models import LEAD, TITLE
from tests.helpers import PROSE, html_document

HEADLINE = "What my mother's garden taught me, a year on"


def _blog(headings: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Mother's garden - Jeanne's notes</title></head>"
        "<body><header><div id='top'><h1><a href='/'>Jeanne's notes</a></h1>"
        "<p id='blogdesc'>Short notes on family, food and life by the sea, written when I have time.</p></div>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/garden'>Garden</a></li></ul></nav></header>"
        f"<div id='main'><div class='post'>{headings}<p class='post-info'>By Jeanne, 11 May 2024</p>"
        "<div class='post-content'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div></div></div></body></html>"
    )


def test_the_post_heading_holding_the_titles_part_is_the_headline() -> None:
    art = segment.segment(html_document(_blog(f"<h2 class='post-title'>{HEADLINE}</h2>").encode(), "post.html"))
    assert art.title == HEADLINE
    assert [p.text for p in art.paragraphs if p.kind == TITLE] == [HEADLINE]
    assert not [p.text for p in art.paragraphs if p.kind == LEAD]


def test_a_part_two_headings_hold_names_none() -> None:
    page = lxml_html.fromstring(_blog(f"<h2>{HEADLINE}</h2><h2>Mother's garden in winter</h2>"))
    headings = htmlpage._post_headings(page)
    assert htmlpage._heading_holding("Mother's garden", headings) == ""
    assert htmlpage._heading_holding("garden taught me", headings) == HEADLINE
    assert htmlpage._heading_holding("garden", headings) == ""  # (one word: too little to tell)
    assert htmlpage._heading_holding("den taught", headings) == ""  # (not from a word's start)


def test_a_titles_part_with_words_left_out_finds_the_post_heading_not_the_comments() -> None:
    # the <title> drops words of the post's title ("... orchard lost its pears" for "... orchard at
    # Tintwell lost almost all of its pears this summer"); the comments' heading quoting the
    # post's title holds those words too, and is the post heading's (a new user's blog)
    post = "Why our community orchard at Tintwell lost almost all of its pears this summer"
    page = lxml_html.fromstring(_blog(f"<h2>{post}</h2><h3>2 thoughts on “{post}”</h3>"))
    headings = htmlpage._post_headings(page)
    assert htmlpage._heading_holding("Why our community orchard lost its pears", headings) == post
    assert htmlpage._heading_holding("Why the orchard pears were lost", headings) == ""  # (not in order)
