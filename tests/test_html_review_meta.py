"""A shop's product page with a customer-review widget: the first reviewer is not the page's
byline and their review's day not its date (helper forum2, issue 13; trial 20: Shopify Product
Reviews', Judge.me's and VTEX's first reviewer and date were the page's), while a review
article's own author, outside the list of reviews, stays its byline."""

from __future__ import annotations

import pytest

from indexer import htmlpage

_DESCRIPTION = (
    "<p>Our enamel kettle is pressed from a single sheet of steel and coated twice by hand in our workshop, "
    "so it takes the heat of gas, induction and wood stoves alike.</p>"
    "<p>The handle stays cool, the spout pours without dripping, and the lid sits tight even at a rolling boil. "
    "Each kettle holds two litres and weighs just under a kilogram.</p>"
    "<p>Wash it by hand with warm water and dry it on the stove; never use steel wool on the enamel.</p>"
)


def _review(cls: str, name: str, date: str, text: str, author_cls: str) -> str:
    return (
        f'<div class="{cls}"><span class="stars">★★★★★</span>'
        f'<span class="{author_cls}">{name}</span> <span class="{author_cls}-date">{date}</span>'
        f"<p>{text}</p></div>"
    )


def _shop_page(cls: str, author_cls: str, dates: tuple[str, str], lang: str) -> str:
    reviews = _review(cls, "Margit H.", dates[0], "Kocht schnell und sieht schön aus auf dem Herd.", author_cls)
    reviews += _review(cls, "Jonas B.", dates[1], "Solide Verarbeitung, der Deckel klappert nicht.", author_cls)
    return (
        f'<html lang="{lang}"><head><title>Enamel Kettle 2 l – Blechwerk</title></head><body>'
        '<header><a href="/">Blechwerk</a></header><main><h1>Enamel Kettle 2 l</h1>'
        f'<div class="price">49,00 €</div><button>Add to basket</button>{_DESCRIPTION}'
        f'<section class="reviews"><h2>Customer reviews</h2>{reviews}</section></main></body></html>'
    )


@pytest.mark.parametrize(
    ("cls", "author_cls", "dates", "lang"),
    [
        ("spr-review", "spr-review-header-byline", ("Nov 14, 2025", "Oct 30, 2025"), "en-US"),  # Shopify
        ("jdgm-rev", "jdgm-rev__author", ("02.11.2025", "19.10.2025"), "de-DE"),  # Judge.me
        ("product-reviews-3-x-review", "author", ("14/11/2025", "02/11/2025"), "pt-BR"),  # VTEX
        ("comment_container review", "woocommerce-review__author", ("14 novembre 2025", "2 novembre 2025"), "fr-FR"),
    ],
)
def test_a_product_pages_reviewer_is_not_its_byline_nor_their_day_its_date(
    cls: str, author_cls: str, dates: tuple[str, str], lang: str
) -> None:
    _, _, meta, _ = htmlpage.extract(_shop_page(cls, author_cls, dates, lang).encode(), "shop.html")
    assert meta["author"] == ""
    assert meta["date"] == ""


def test_a_review_articles_own_author_stays() -> None:
    page = _shop_page("spr-review", "spr-review-header-byline", ("Nov 14, 2025", "Oct 30, 2025"), "en-US")
    page = page.replace(
        "<h1>Enamel Kettle 2 l</h1>", '<h1>Enamel Kettle 2 l</h1><p class="byline">By Ruth Calloway</p>'
    )
    _, _, meta, _ = htmlpage.extract(page.encode(), "review.html")
    assert meta["author"] == "Ruth Calloway"
