"""Paragraphs set <br><br> apart inside one <p> are paragraphs of their own (a new user's try:
El Tiempo's story came out as two hits of 1,000 and 2,800 characters, so `-C` and `show N` lost
their meaning); a short line among them (a "read also" link, a subheading) does not keep them
together. A poem's or a list's short lines stay one paragraph. Pages of our own."""

from __future__ import annotations

from indexer import segment
from tests.helpers import article_html, html_document

PARAS = [
    "The council voted on Tuesday to close the old harbour bridge for repairs, a decision that will force "
    "thousands of commuters onto ferries for most of next year.",
    "Engineers said the steel supports had corroded faster than expected and that the deck could no longer "
    "carry buses, according to a report published by the council last month.",
    "Local businesses have asked for compensation, saying the closure will cut the number of visitors to the "
    "old town at the busiest time of the year, the chamber of commerce said.",
]


def _bodies(body: str) -> list[str]:
    art = segment.segment(html_document(article_html(body, "Bridge to close for a year")))
    return [p.text for p in art.paragraphs if p.indexed and p.kind in ("body", "lead", "heading")]


def test_paragraphs_a_br_apart_are_paragraphs() -> None:
    link = "Also: ( Ferry fares to double next spring )"
    one_p = "<p>" + "<br><br>".join([PARAS[0], PARAS[1], link, PARAS[2]]) + "</p>"
    got = _bodies(one_p)
    assert PARAS[0] in got and PARAS[1] in got and PARAS[2] in got
    assert not any("\n" in t for t in got)


def test_a_poems_lines_stay_one_paragraph() -> None:
    poem = [
        "The bridge is closed, the ferry sails,",
        "the gulls are loud, the harbour pales,",
        "and we go round by water now.",
    ]
    got = _bodies("<p>" + PARAS[0] + "</p><p>" + "<br>".join(poem) + "</p><p>" + PARAS[1] + "</p>")
    assert "\n".join(poem) in got
