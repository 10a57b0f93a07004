"""A CMS's facts box over the article in a saved HTML page (Joomla's "Details" list: category,
published, written by, hits) is the byline's box, not article text, as in a text dump of the
same page (`head.field_list_names`; trials 43 and 44, two Joomla sites of forty pages)."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BYLINE
from tests.helpers import html_document, kind_and_reason

PARAGRAPHS = [
    "The club's annual general meeting drew 58 members to the back room of the Crown on Friday, "
    "where the chair looked back on a busy year for the orchard and the children's group.",
    "Fourteen standard trees of old apple varieties were planted in the club garden in the autumn, "
    "and every one of them found a sponsor within a few weeks of the planting day.",
    "The treasurer reported that the income from pressing apples in October had nearly paid for "
    "the new press, and the membership fee stays at fifteen pounds a year.",
]


def _joomla(terms: list[tuple[str, str]]) -> bytes:
    """A Joomla article page (its item-page markup, as Joomla 1.6-3 prints it) with `terms` as
    the facts list's (class, text) items."""
    items = "".join(f'<dd class="{cls}">{text}</dd>' for cls, text in terms)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Annual general meeting 2012</title>'
        '</head><body><div id="main"><div class="item-page">'
        '<h2><a href="/index.php/news/214-agm">Annual general meeting 2012</a></h2>'
        f'<dl class="article-info"><dt class="article-info-term">Details</dt>{items}</dl>'
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</div></div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "terms",
    [
        [
            ("category-name", "Category: Club News"),
            ("published", "Published on Monday, 19 March 2012 14:22"),
            ("createdby", "Written by Colleen Marsh"),
            ("hits", "Hits: 412"),
        ],
        [
            ("category-name", "Kategorie: Vereinsnachrichten"),
            ("published", "Veröffentlicht am Sonntag, 18. März 2012 19:21"),
            ("createdby", "Geschrieben von Colleen Marsh"),
            ("hits", "Zugriffe: 412"),
        ],
    ],
)
def test_a_joomla_details_box_is_the_byline_not_text(terms: list[tuple[str, str]]) -> None:
    art = segment.segment(html_document(_joomla(terms)))
    assert kind_and_reason(art, "Details")[0] == BYLINE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PARAGRAPHS
