"""HTML: a teaser list's item the extractor joined into one block, its linked headline over its
summary (`<li><a>HEADLINE</a><p>SNIPPET</p></li>`), is the list's, under the list's header
(`segment.tail._card_block`; trials 34 and 47 kept such items as article text)."""

from __future__ import annotations

import pytest

from indexer import segment
from tests.helpers import html_document

pytest.importorskip("trafilatura")

_BODY = (
    "<p>The regional labour court on Tuesday ordered a packing plant to give its workers shade and "
    "water breaks during the harvest, after inspectors found temperatures above forty degrees.</p>"
    "<p>The ruling follows a complaint by the union, which said two workers had fainted in the sheds "
    "last summer and that the company had ignored repeated warnings from the labour inspectorate.</p>"
    "<p>The company said it would appeal. Its lawyers argued that the sheds met every rule in force "
    "when they were built, and that the court had gone beyond what the law asks of employers.</p>"
)
_ITEMS = [
    (
        "Conciliation week settles 2,300 cases in the region",
        "Over five days the labour courts held more than 2,300 hearings, and nearly half of the cases ended in an agreement.",
    ),
    (
        "Court launches campaign against child labour in the fields",
        "The campaign takes talks to rural schools and hands out leaflets with unions and child protection councils.",
    ),
]


def _page(after_items: str = "", sep: str = "") -> bytes:
    items = sep.join(f'<li><a href="/news/{i}">{h}</a><p>{s}</p></li>' for i, (h, s) in enumerate(_ITEMS))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Court orders shade for '
        "harvest workers</title></head><body><main><article><h1>Court orders shade for harvest workers</h1>"
        f"{_BODY}<section><h2>Read also</h2><ul>{items}</ul></section>{after_items}</article></main></body></html>"
    ).encode()


def _kind_of(art, start: str) -> tuple[str, str]:
    return next((p.kind, p.reason) for p in art.paragraphs if start in p.text)


@pytest.mark.parametrize("sep", ["", "\n"], ids=["list-in-one-block", "item-a-block"])
def test_a_joined_item_under_the_header_is_the_list(sep: str) -> None:
    art = segment.segment(html_document(_page(sep=sep), "p.html"))
    for headline, _ in _ITEMS:
        kind, reason = _kind_of(art, headline)
        assert kind == "boilerplate" and reason.startswith("teaser list"), (headline, kind, reason)
    assert _kind_of(art, "The company said")[0] == "body"


def test_the_article_going_on_under_a_joined_block_stays() -> None:
    # a heading joined to a short paragraph, then more of the article's prose: no teaser's
    # snippet has the article's paragraphs under it
    more = (
        "<p>The court also said<br>that the company must report every month.</p>"
        "<p>Inspectors will visit the plant again in August, when the harvest is at its height, and "
        "the union said it would send its own observers to check that the breaks are given.</p>"
    )
    page = _page().replace(b"<section><h2>Read also</h2>", b"<section><h2>Read also</h2>" + more.encode())
    art = segment.segment(html_document(page, "p.html"))
    assert _kind_of(art, "The court also said")[0] == "body"
    assert _kind_of(art, "Inspectors will visit")[0] == "body"
