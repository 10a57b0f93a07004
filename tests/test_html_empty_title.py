"""HTML: a <title> whose page part the site's template left empty ("National Rail Enquiries -")
is no headline; the page's first heading over its text is (`segment.html._first_heading`)."""

from __future__ import annotations

import pytest

from indexer import segment
from tests.helpers import html_document

pytest.importorskip("trafilatura")

_BODY = (
    "<p>The town council on Tuesday approved a scheme of sea defences along the headland, ending "
    "years of argument over who should pay for the new walls and the flood gates at the harbour.</p>"
    "<p>The vote followed a long session in which residents of the headland described water "
    "reaching the ground floor of their houses during the storms of last winter and the one before.</p>"
)


@pytest.mark.parametrize("title", ["National Rail Enquiries -", "| The Headland Courier"])
def test_a_title_whose_page_part_is_empty_gives_way_to_the_first_heading(title: str) -> None:
    # a site's <title> template with its page part left empty, and an empty <h1> (a wild tuning
    # page): the page's first heading over its text is the headline
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        '<body><main><h1 class="sifr"></h1><div class="c7"><h2>Rail Replacement Services Travel Advice</h2>'
        f"{_BODY}</div></main></body></html>"
    ).encode()
    art = segment.segment(html_document(page, "p.html"))
    assert art.title == "Rail Replacement Services Travel Advice"
    assert [p.text for p in art.paragraphs if p.kind == "title"] == ["Rail Replacement Services Travel Advice"]
