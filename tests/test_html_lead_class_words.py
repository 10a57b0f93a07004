"""A standfirst under the headline in HTML is put back when the extractor drops it, unless its
box is named like a caption, byline or share bar (`htmllead._NOT_LEAD`). Those words matched
inside other words of a class name: Drupal names an article promoted to the front page
"node--promoted", and its release's subtitle was lost as a "promo" (trial 30's Nigerian press
release); so were boxes whose names hold "instagram", "validate" or "autocomplete". A box named
for a promotion or a byline still holds no lead. Pages of our own."""

from __future__ import annotations

import pytest

from indexer import htmllead
from indexer.htmllead import _NOT_LEAD

TITLE = "Harbour Mills opens a flour plant in Ilaro that will buy from 6,000 farmers"
SUBTITLE = (
    "New facility to produce cassava flour and starch for bakeries and food makers, cutting the "
    "region's reliance on imported wheat"
)
BODY = [
    "ILARO, 21 February 2024 — Harbour Mills today opened its second processing plant, a "
    "120-tonne-a-day facility that will produce flour and starch for bakeries and noodle makers.",
    "The plant, built over 22 months, has created 340 jobs, and the company said it would buy "
    "its cassava from 6,000 smallholder farmers under fixed-price supply agreements.",
    "Farmers in the scheme receive improved stems, training and advance payments for land "
    "preparation, repaid from their deliveries over the season.",
]


def _page(article_class: str, subtitle_class: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbour Mills</title></head>'
        '<body><main role="main"><div class="layout-content"><div class="region region-content">'
        '<div id="block-harbour-content" class="block block-system block-system-main-block">'
        f'<article class="{article_class}"><div class="field field--name-field-release-label">PRESS RELEASE</div>'
        f'<h1 class="page-title"><span class="field field--name-title">{TITLE}</span></h1>'
        f'<div class="{subtitle_class}">{SUBTITLE}</div>'
        '<div class="node__meta"><span class="field--name-field-release-date"><time datetime="2024-02-21T09:00:00Z">'
        "21 February 2024</time></span> | <span>Ilaro</span></div>"
        f'<div class="node__content"><div class="clearfix text-formatted field field--name-body">{body}</div></div>'
        "</article></div></div></div></main></body></html>"
    ).encode()


def _leads(article_class: str, subtitle_class: str) -> list[str]:
    """The leads put back on the page when the extractor returned the body alone (as it did on
    the trial's page, whose body field is longer than this one's)."""
    import lxml.html

    root = lxml.html.fromstring(_page(article_class, subtitle_class))
    return htmllead.lead_paragraphs(root, TITLE, BODY)


@pytest.mark.parametrize("article_class", ["node node--type-press-release node--promoted", "post instagram-embeds"])
def test_a_subtitle_in_an_article_named_with_a_false_friend_is_the_lead(article_class: str) -> None:
    assert _leads(article_class, "field field--name-field-subtitle field__item") == [SUBTITLE]


@pytest.mark.parametrize("subtitle_class", ["promo-box", "article-byline", "share-tools"])
def test_a_box_named_for_a_promotion_or_a_byline_holds_no_lead(subtitle_class: str) -> None:
    assert _leads("node node--type-article", subtitle_class) == []


@pytest.mark.parametrize(
    "name", ["node--promoted", "icon-instagram", "validate-email", "ui-autocomplete", "accreditation"]
)
def test_words_inside_other_words_name_no_chrome(name: str) -> None:
    assert not _NOT_LEAD.search(name)


@pytest.mark.parametrize("name", ["promo-box", "bypostauthor", "postmetadata", "article-tags", "toc", "photo-credit"])
def test_chrome_names_and_their_compounds_still_do(name: str) -> None:
    assert _NOT_LEAD.search(name)
