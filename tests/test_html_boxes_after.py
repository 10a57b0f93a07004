"""HTML: the site's boxes after the article's container, whatever their names
(`htmlchrome._boxes_after`; trials 26-55: about-the-company paragraphs, delivery notes,
opening hours, sponsors, each in a box of its own that the extractor kept as text)."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.htmlchrome import BOX_AFTER_REASON
from indexer.models import Article
from tests.helpers import html_document

pytest.importorskip("trafilatura")

_BODY = (
    "<p>The town council on Tuesday approved a scheme of sea defences along the headland, ending "
    "years of argument over who should pay for the new walls and the flood gates at the harbour.</p>"
    "<p>The vote followed a long session in which residents of the headland described water "
    "reaching the ground floor of their houses during the storms of last winter and the one before.</p>"
    "<p>Work is due to start in the spring and should take two years, the council said. The "
    "government will pay half of the cost of the scheme, officials added after the meeting.</p>"
    "<p>Opponents said the money would be better spent on moving the most exposed homes further "
    "inland, and promised to ask the county to review the decision before the work begins.</p>"
)
_ABOUT = (
    "The Headland Courier is an independent weekly founded in 1921 by a group of fishermen and "
    "shopkeepers, and it is still owned by its readers through a cooperative of some 900 members."
)
_HOURS = (
    "Our front office on Quay Street is open from Monday to Friday between nine and five, and "
    "readers are always welcome to drop in with their news, letters and photographs of the town."
)


def _page(after: str, body_class: str = "c7") -> bytes:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council backs sea defences'
        "</title></head><body><main><article><h1>Council backs sea defences</h1>"
        f'<div class="{body_class}">{_BODY}</div>{after}</article></main></body></html>'
    ).encode()


def _kinds(art: Article) -> dict[str, tuple[str, str]]:
    return {p.text: (p.kind, p.reason) for p in art.paragraphs}


def _of(kinds: dict[str, tuple[str, str]], start: str) -> tuple[str, str]:
    return next(v for t, v in kinds.items() if t.startswith(start))


def test_a_box_of_its_own_after_the_article_is_chrome() -> None:
    after = f'<section class="x1"><div class="x2"><p>{_ABOUT}</p><p>{_HOURS}</p></div></section>'
    kinds = _kinds(segment.segment(html_document(_page(after), "p.html")))
    assert _of(kinds, "The Headland Courier") == ("boilerplate", BOX_AFTER_REASON)
    assert _of(kinds, "Our front office") == ("boilerplate", BOX_AFTER_REASON)
    assert _of(kinds, "Opponents said")[0] == "body"  # the article's last paragraph stays


def test_the_heading_that_opens_such_a_box_goes_with_it() -> None:
    after = f'<section class="x1"><h2>About the Courier</h2><p>{_ABOUT}</p><p>{_HOURS}</p></section>'
    kinds = _kinds(segment.segment(html_document(_page(after), "p.html")))
    assert _of(kinds, "About the Courier")[0] == "boilerplate"
    assert _of(kinds, "The Headland Courier") == ("boilerplate", BOX_AFTER_REASON)


def test_a_paragraph_loose_after_the_container_stays_the_articles() -> None:
    # the markup left the article's last paragraph outside its container (wild tuning pages)
    kinds = _kinds(segment.segment(html_document(_page(f"<p>{_HOURS}</p>"), "p.html")))
    assert _of(kinds, "Our front office")[0] == "body"


def test_the_next_text_module_of_the_same_kind_stays_the_articles() -> None:
    # a page builder's text modules (TYPO3's "ce-bodytext"): the next one goes on with the text
    after = f'<div class="frame"><div class="ce-bodytext"><p>{_ABOUT}</p></div></div>'
    kinds = _kinds(segment.segment(html_document(_page(after, "ce-bodytext"), "p.html")))
    assert _of(kinds, "The Headland Courier")[0] == "body"


def test_a_contact_label_in_such_a_box_still_opens_the_contact_box_under_it() -> None:
    # wild tuning: "Ansprechpartnerin zum Thema:" closing a box of its own (with prose, so the
    # box is set aside), the telephone line loose after it; the contact box's rule reads the
    # label whatever set it aside first
    after = (
        f'<div class="x1"><p>{_ABOUT}</p><p>Ansprechpartnerin zum Thema:</p></div>'
        "<p>Telefon +49 (0)40 / 49 07 11 05 a.thiele@example.org</p>"
    )
    kinds = _kinds(segment.segment(html_document(_page(after), "p.html")))
    assert _of(kinds, "Ansprechpartnerin")[0] == "boilerplate"
    assert _of(kinds, "Telefon")[0] == "boilerplate", _of(kinds, "Telefon")


def test_what_a_block_in_such_a_box_is_says_more_than_where_it_sits() -> None:
    # the segmenter's own reason for a line it knows ("legal notice") over the box's place
    after = f'<section class="x1"><p>{_ABOUT}</p><p>Copyright 2022 The Headland Courier Ltd, Quay Street</p></section>'
    kinds = _kinds(segment.segment(html_document(_page(after), "p.html")))
    assert _of(kinds, "The Headland Courier") == ("boilerplate", BOX_AFTER_REASON)
    assert _of(kinds, "Copyright 2022") == ("boilerplate", "legal notice")
