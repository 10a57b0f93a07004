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


def test_the_posts_h1_under_the_sites_logo_h1_is_the_title() -> None:
    # JNews prints the logo in an <h1 class="site-title"> over the post's <h1 class="jeg_post_title">;
    # the logo's empty <h1> ended the search and og:title was the title (trial 61's Italian page)
    headline = "Fog, bread and a patient goat: taking the slow ferry to the outer islands"
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Island ferry the slow way | Coast Notes</title>'
        '<meta property="og:title" content="Island ferry the slow way"></head><body><header>'
        '<h1 class="site-title"><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Coast Notes"></a></h1>'
        f'</header><main><h1 class="jeg_post_title">{headline}</h1>{BODY}</main><footer>© 2024 Coast Notes</footer></body></html>'
    ).encode()
    assert segment.segment(html_document(page)).title == headline


def test_a_marked_headline_under_the_blogs_name_in_an_h1_is_the_title() -> None:
    # Blogger prints the blog's name in <h1 class="title"><a href="HOME"> over the post's
    # <h3 class="post-title entry-title">: that <h1> is the site's (trial 61's blog)
    heading = f'<h1 class="title"><a href="/">Coast Notes</a></h1><h3 class="post-title entry-title">{HEADLINE}</h3>'
    page = _page(heading).replace(
        b"<title>Island ferry | Coast Notes</title>",
        b'<title>Coast Notes: Island ferry</title><meta content="Island ferry" property="og:title"/>',
    )
    art = segment.segment(html_document(page))
    assert art.title == HEADLINE


def test_an_h1s_ruby_readings_are_not_its_text() -> None:
    # NHK's easy news prints furigana in <rt> inside the <h1>: "子<rt>こ</rt>ども" reads "子ども"
    # (a wild tuning page's title read "子こどもへの体罰たいばつ...")
    import lxml.html

    h1 = lxml.html.fromstring(
        "<h1><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を禁止</h1>"
    )
    assert htmlpage._shown_text(h1) == "子どもへの体罰を禁止"
    assert lxml.html.tostring(h1, encoding="unicode").count("<rt>") == 2  # (the page's tree is left as it is)
