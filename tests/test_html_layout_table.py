"""Old table layouts (issue 13, helper htmlprec): a page cut into a <table>'s cells (a header row,
a menu column, the article's column, a column of notices, a footer row), none of them named. What
the extractor keeps from the cells other than the article's is the page's furniture, whatever it
reads like; a table inside the article's cell is the article's own."""

from __future__ import annotations

import pytest

from indexer import htmlchrome, segment
from indexer.models import Article
from tests.helpers import html_document

pytest.importorskip("trafilatura")

_STORY = (
    "The allotment society held its harvest show in the village hall on Saturday, and more than two "
    "hundred visitors came to see the marrows, onions and dahlias grown by its members this year.",
    "The judges said the standard was the highest they could remember, despite the dry spring, and "
    "praised the younger members who had entered the vegetable classes for the first time.",
    "The cup for the best exhibit went to a retired teacher who has kept the same plot by the railway "
    "line for forty years and who grew a pumpkin weighing more than ninety kilograms.",
    "Next year the show moves to the school field, so that the society can add a tent for the honey "
    "and jam classes that outgrew the hall this time.",
)
_NOTICE = "Plot rents for next season are due by the end of January. Please pay the treasurer at the gate."
_THANKS = "We thank the garden centre and the village bakery for their generous support of the show."
_FOOTER = "Registered as a charity in the county. All pictures and words belong to the society."
_RESULT = "Heaviest pumpkin | Ninety-one kilograms"


def _page(article_cell: str = "") -> bytes:
    story = "<br><br>\n".join(_STORY)
    cell = article_cell or (
        "<font size='4'><b>Harvest show draws record crowd</b></font><br><br>"
        f"<font size='2'>{story}<br><br>"
        "<table border='1'><tr><td>Heaviest pumpkin</td><td>Ninety-one kilograms</td></tr></table></font>"
    )
    return (
        "<html><head><title>Millbrook Allotment Society</title></head><body>"
        "<table width='780'><tr><td colspan='3'><a href='/'>Home</a> | <a href='/news'>News</a> | "
        "<a href='/plots'>Plots</a> | <a href='/contact'>Contact</a></td></tr>"
        "<tr><td width='150'><font size='1'><a href='/history'>History</a><br><a href='/committee'>Committee</a><br>"
        "<a href='/rules'>Rules</a><br><a href='/map'>Map</a></font></td>"
        f"<td width='470'><table><tr><td>{cell}</td></tr></table></td>"
        f"<td width='160'><font size='2'><b>Notices</b></font><br><font size='1'>{_NOTICE}<br><br>{_THANKS}</font></td></tr>"
        f"<tr><td colspan='3'><font size='1'>{_FOOTER}<br>Webmaster: the secretary</font></td></tr>"
        "</table></body></html>"
    ).encode()


def _kinds(art: Article) -> dict[str, str]:
    """Each line of each paragraph -> its paragraph's kind."""
    return {line: p.kind for p in art.paragraphs for line in p.text.split("\n")}


def test_a_layout_tables_other_cells_are_chrome_and_the_article_cell_with_its_table_is_text() -> None:
    kinds = _kinds(segment.segment(html_document(_page(), "p.html")))
    for para in _STORY:
        assert kinds.get(para) == "body", (para[:30], kinds.get(para))
    assert kinds.get(_RESULT) == "body"  # the article's own table
    for chrome in (_NOTICE, _THANKS, _FOOTER):
        assert kinds.get(chrome, "missing") in ("boilerplate", "missing"), (chrome[:30], kinds.get(chrome))


def test_without_the_rule_the_side_column_and_the_footer_were_article_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(htmlchrome, "MARK_LAYOUT_CELLS", False)  # what the extractor alone gives
    kinds = _kinds(segment.segment(html_document(_page(), "p.html")))
    assert "body" in (kinds.get(_NOTICE), kinds.get(_FOOTER))


def test_an_article_set_in_a_tables_rows_keeps_every_row() -> None:
    # the article's paragraphs each in a row of one table: the container is the table, no cell
    # of it is beside the article
    rows = "".join(f"<tr><td>{para}</td></tr>" for para in _STORY)
    page = (
        "<html><head><title>Harvest show draws record crowd</title></head><body>"
        f"<h1>Harvest show draws record crowd</h1><table>{rows}</table></body></html>"
    ).encode()
    kinds = _kinds(segment.segment(html_document(page, "p.html")))
    for para in _STORY:
        assert kinds.get(para) == "body", (para[:30], kinds.get(para))


# Teaser cards: boxes alike, each a link to another page under a headline's words and a blurb
_BLURBS = (
    "The parish council asks residents to report blocked drains before the winter storms arrive.",
    "Tickets for the carol concert in the church go on sale at the post office next week.",
)


def _card(n: int, cls: str = "newsitem") -> str:
    return (
        f"<div class='{cls}'><span class='date'>0{n + 1}.11.2026</span> "
        f"<a href='/news/story-{n}'>Another story from the village number {n}</a><p>{_BLURBS[n]}</p></div>"
    )


def _article(after: str = "", between: str = "", inside: str = "") -> bytes:
    first, rest = _STORY[:2], _STORY[2:]
    body = "".join(f"<p>{p}</p>" for p in first) + between + "".join(f"<p>{p}</p>" for p in rest)
    return (
        "<html lang='en'><head><title>Harvest show draws record crowd</title></head><body>"
        f"<div class='content'><h1>Harvest show draws record crowd</h1><div class='text'>{body}{inside}</div>{after}</div>"
        "</body></html>"
    ).encode()


def test_teaser_cards_under_the_article_are_chrome() -> None:
    cards = f"<div class='more'><h2>More news</h2>{_card(0)}{_card(1)}</div>"
    kinds = _kinds(segment.segment(html_document(_article(inside=cards), "p.html")))
    for para in _STORY:
        assert kinds.get(para) == "body", (para[:30], kinds.get(para))
    for blurb in _BLURBS:
        assert kinds.get(blurb, "missing") in ("boilerplate", "missing"), (blurb[:30], kinds.get(blurb))


def test_promotion_boxes_alike_between_the_articles_paragraphs_are_chrome() -> None:
    promo = "<div class='box-inline x'>" + _card(0, "inner")[len("<div class='inner'>") :]
    promo2 = "<div class='box-inline x'>" + _card(1, "inner")[len("<div class='inner'>") :]
    kinds = _kinds(segment.segment(html_document(_article(between=promo, after=promo2), "p.html")))
    for para in _STORY:
        assert kinds.get(para) == "body", (para[:30], kinds.get(para))
    for blurb in _BLURBS:
        assert kinds.get(blurb, "missing") in ("boilerplate", "missing"), (blurb[:30], kinds.get(blurb))


def test_without_the_rule_a_cards_blurb_was_article_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(htmlchrome, "MARK_TEASER_CARDS", False)
    cards = f"<div class='more'><h2>More news</h2>{_card(0)}{_card(1)}</div>"
    kinds = _kinds(segment.segment(html_document(_article(inside=cards), "p.html")))
    assert kinds.get(_BLURBS[1]) == "body"


def test_a_list_article_of_linked_items_keeps_its_items() -> None:
    # each item a linked name and its paragraph, in boxes alike: the cards are the article
    items = "".join(
        f"<div class='item'><h3><a href='/gardens/{n}'>Garden number {n} by the river</a></h3><p>{para}</p></div>"
        for n, para in enumerate(_STORY)
    )
    page = (
        "<html><head><title>Four gardens to visit</title></head><body><div class='content'>"
        f"<h1>Four gardens to visit</h1><p>{_BLURBS[0]}</p>{items}</div></body></html>"
    ).encode()
    kinds = _kinds(segment.segment(html_document(page, "p.html")))
    for para in _STORY:
        assert kinds.get(para) == "body", (para[:30], kinds.get(para))


@pytest.mark.parametrize(("href", "cards"), [("#p{n}", False), ("/thread/{n}", True)])
def test_boxes_whose_headline_links_into_the_page_are_not_teaser_cards(href: str, cards: bool) -> None:
    # a forum's post boxes alike, each a subject linking to the post's anchor and its text: the
    # thread, not teasers of other pages
    import lxml.html

    from indexer.htmllead import text_blocks

    first = "".join(f"<p>{p}</p>" for p in _STORY)
    replies = "".join(
        f"<div class='postbox'><h3><a href='{href.format(n=n)}'>Re: Harvest show this year</a></h3><p>{b}</p></div>"
        for n, b in enumerate(_BLURBS)
    )
    page = f"<html><body><div class='topic'><div class='first'>{first}</div>{replies}</div></body></html>"
    blocks = [*_STORY, *_BLURBS]
    marked = htmlchrome.chrome_boxes(text_blocks(lxml.html.fromstring(page)), blocks, [len(t) for t in blocks])
    # (the teaser cards' reason only: the replies' boxes after the first post are set aside as
    # boxes after the article here, where no thread's posts are given as the pipeline finds them)
    teasers = {blocks[i] for i, why in marked.items() if why == htmlchrome.TEASER_CARD_REASON}
    assert teasers == (set(_BLURBS) if cards else set())
