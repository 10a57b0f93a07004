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


def test_a_tables_rows_stay_one_block() -> None:
    # a table's rows are lines of one block: a row alone would lose what its header row names
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
        for a, b, c in [
            ("Ward", "Turnout", "Notes"),
            ("Harbour", "41%", "The polling station moved to the old school hall after the flood in March."),
            ("Old Town", "37%", "Two ballot boxes arrived late from the ferry terminal and were counted last."),
        ]
    )
    got = _bodies("<p>" + PARAS[0] + "</p><table>" + rows + "</table><p>" + PARAS[1] + "</p>")
    assert not any(t.startswith("Ward") and "\n" not in t for t in got)


def test_a_heading_inside_a_paragraph_is_no_part_of_the_next_words() -> None:
    # a Blogger post's text and <br>s in a <div>: "<h4>Na szczycie</h4>Na wierzchołku ..." came
    # out "Na szczycieNa wierzchołku", one paragraph with the text before it
    title = "Bridge to close for a year"
    text = PARAS[0] + "<br /><br />" + PARAS[1] + "<h4>Ferries instead</h4>" + PARAS[2]
    post = (
        f'<div class="post"><h3 class="post-title">{title}</h3><div class="post-body entry-content">{text}</div></div>'
    )
    page = f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body><main>{post}</main></body></html>'
    art = segment.segment(html_document(page.encode()))
    texts = [(p.kind, p.text) for p in art.paragraphs if p.indexed]
    assert ("heading", "Ferries instead") in texts
    assert ("body", PARAS[2]) in texts
    assert not any("insteadLocal" in t for _, t in texts)


def test_a_heading_in_a_list_item_stays_apart_from_its_text() -> None:
    # an accordion's items, <li><h3>Ownership</h3>The car is yours ...</li>: "OwnershipThe car"
    items = "".join(f"<li><h3>{h}</h3>{t}</li>" for h, t in [("Ownership", PARAS[1]), ("Flexibility", PARAS[2])])
    got = " ".join(_bodies("<p>" + PARAS[0] + "</p><ul>" + items + "</ul>"))
    assert "OwnershipEngineers" not in got and "FlexibilityLocal" not in got
    assert "Engineers said the steel" in got
