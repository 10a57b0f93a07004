"""A post page without an <h1> whose markup names the post's title (microformats2's "p-name" in
an "h-entry", hAtom's "entry-title", schema.org's itemprop "headline") has that title as its
headline, not the shorter <title> (trial 60's blog: "Kaieteur overland | Rupununi Notes" was
the title, the <h2 class="p-name"> headline nowhere in the index). Pages of our own."""

from __future__ import annotations

import pytest

from indexer import htmlpage, segment
from indexer.models import TITLE
from tests.helpers import html_document

BODY = (
    "<p>The ferry to the outer islands left an hour late because the harbour master wanted the fog to "
    "lift, and by the time we passed the lighthouse the sun was already warm on the deck.</p>"
    "<p>Most passengers were islanders coming home from the market with crates of bread, a bicycle "
    "and one very patient goat, and nobody seemed to mind the delay at all.</p>"
    "<p>We spent two nights in the guesthouse above the shop and walked the coast path both days, "
    "counting seals on the rocks below the old signal station.</p>"
)


def _page(heading: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Island ferry | Coast Notes</title></head>'
        '<body><header><a href="/">Coast Notes</a><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>'
        f"<main>{heading}{BODY}</main><footer>© 2024 Coast Notes</footer></body></html>"
    ).encode()


HEADLINE = "Fog, bread and a patient goat: the island ferry the slow way"


@pytest.mark.parametrize(
    "heading",
    [
        f'<article class="h-entry"><h2 class="p-name"><a class="u-url" href="/ferry">{HEADLINE}</a></h2></article>',
        f'<h2 class="entry-title post-title">{HEADLINE}</h2>',
        f'<div itemprop="headline">{HEADLINE}</div>',
    ],
)
def test_the_marked_headline_is_the_title(heading: str) -> None:
    art = segment.segment(html_document(_page(heading)))
    assert art.title == HEADLINE
    assert [p.text for p in art.paragraphs if p.kind == TITLE] == [HEADLINE]


def test_a_marked_heading_sharing_no_word_with_the_title_is_not_taken() -> None:
    """A related post's "entry-title" (another story) shares no word with the extractor's title,
    and a page with an <h1> is left to the <h1> rules."""
    import lxml.html

    related = (
        '<aside><h3 class="entry-title"><a href="/museum">Winter opening hours of the museum shop</a></h3></aside>'
    )
    assert htmlpage._marked_headline(lxml.html.fromstring(_page(related)), "Island ferry") == ""
    marked = f'<h2 class="entry-title">{HEADLINE}</h2>'
    assert htmlpage._marked_headline(lxml.html.fromstring(_page(marked)), "Island ferry") == HEADLINE
    with_h1 = f"<h1>Coast Notes</h1>{marked}"
    assert htmlpage._marked_headline(lxml.html.fromstring(_page(with_h1)), "Island ferry") == ""
