"""The article's text in two containers of one kind with a box between them, as page builders
set a post (Elementor's "post content" widget, a newsletter or donation widget, a second "post
content" widget: trials 34 and 35): the extractor stopped at the box, and the text after it was
lost. The second container is put back (`htmllead.continuation`); a side box of another kind is
not. Pages of our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, HEADING
from tests.helpers import html_document

FIRST = [
    "When the short rains failed across most of the county, our water team expected to find empty scoop "
    "holes and long queues at the few boreholes that still worked in the dry river valleys.",
    "Over six days in late January we visited eleven of the fourteen dams on the two seasonal rivers, and "
    "ten of them still held water in the sand behind the wall for the families around them.",
]
SECOND = [
    "Not every site is coping. The newest dam had not yet filled with enough sand to store much water, "
    "and it was dry by the second week of January, the engineer told us on our last day.",
    "We will return in April, at the start of the long rains, to measure how quickly the dams refill, "
    "and until then the committees will send us their weekly water-level readings by text message.",
]
BOX = (
    '<div class="widget widget-cta"><div class="widget-container"><h3>Help a community build its own dam</h3>'
    "<p>A dam costs about 1.8 million shillings and serves up to a thousand people for fifty years.</p>"
    '<a class="button" href="/donate">Donate to the dam fund</a></div></div>'
)


def _page(second_class: str) -> bytes:
    first = "".join(f"<p>{p}</p>" for p in FIRST)
    second = "<h2>Where the dams struggled</h2>" + "".join(f"<p>{p}</p>" for p in SECOND)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sand dams keep the herds alive</title>'
        '</head><body><div class="page"><div class="column"><div class="widget widget-title"><div class="widget-container">'
        "<h1>Sand dams keep the herds alive</h1></div></div>"
        f'<div class="widget widget-post-content"><div class="widget-container">{first}</div></div>{BOX}'
        f'<div class="{second_class}"><div class="widget-container">{second}</div></div>'
        "</div></div><footer><p>© 2024 Dryland Water Trust</p></footer></body></html>"
    ).encode()


def test_the_text_after_a_box_between_two_containers_of_one_kind_is_put_back() -> None:
    pytest.importorskip("trafilatura")
    art = segment.segment(html_document(_page("widget widget-post-content"), "p.html"))
    kinds = {p.text: p.kind for p in art.paragraphs}
    assert all(kinds.get(p) == BODY for p in FIRST + SECOND), kinds
    assert kinds.get("Where the dams struggled") == HEADING


def test_a_container_of_another_kind_after_the_box_is_not_the_article() -> None:
    pytest.importorskip("trafilatura")
    art = segment.segment(html_document(_page("widget widget-related-posts"), "p.html"))
    text = "\n".join(p.text for p in art.paragraphs if p.kind == BODY)
    assert all(p in text for p in FIRST)
    assert SECOND[0] not in text


def test_a_containers_kind_leaves_out_the_class_naming_it_alone() -> None:
    from lxml import html

    from indexer.htmllead import _class_kind

    a, b = html.fromstring(
        '<div><div class="elementor-element elementor-element-2a9c81e elementor-widget"></div>'
        '<div class="elementor-widget elementor-element elementor-element-77ad1e3"></div></div>'
    )
    assert _class_kind(a) == _class_kind(b) == ("elementor-element", "elementor-widget")
