"""Kinds found on the news corpus (newspaper4k's saved pages, session 17): a comment link in the
page's top bar over the headline, ..."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, Article
from tests.helpers import FOOTER, PROSE, kind_and_reason, parse_blocks

# a portal's big menus: many words before the article, none of them prose
_MENUS = [
    "\n".join(f"{section} {n}" for n in range(1, 9))
    for section in ("Local news", "High school sports", "Things to do", "Real estate listings", "Weather radar")
]


def _body(art: Article) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind == BODY]


@pytest.mark.parametrize("link", ["comments", "Comments (14)", "Kommentare"])
def test_a_comment_link_over_the_headline_does_not_open_the_thread(link: str) -> None:
    # a lone comment link between the menus and the headline opened the page tail, and the
    # article under the headline was dropped as the comment thread
    art = parse_blocks(
        "Council votes to close the old harbour bridge | The Harbour Gazette",
        *_MENUS,
        link,
        "Council votes to close the old harbour bridge",
        "bridge.jpg\nThe old harbour bridge. (Gazette photo)\nPrint",
        PROSE[0],
        "Other points the council made:",
        PROSE[1],
        FOOTER,
    )
    assert kind_and_reason(art, link)[0] == BOILERPLATE
    assert PROSE[0] in _body(art) and PROSE[1] in _body(art)


def test_a_comment_header_under_the_article_still_opens_the_thread() -> None:
    comment = (
        "I drive over that bridge every day and nobody asked us what we thought about the ferries, "
        "which are slow and always late in the winter months."
    )
    art = parse_blocks(
        "Council votes to close the old harbour bridge | The Harbour Gazette",
        "Council votes to close the old harbour bridge",
        *PROSE,
        "3 Comments",
        "Anna Berg says:",
        comment,
        "Reply",
        FOOTER,
    )
    assert _body(art) == PROSE
    assert kind_and_reason(art, comment)[0] == BOILERPLATE
