"""A shop's customer reviews under their heading ("Customer reviews", "Avaliações de clientes",
"Kundenbewertungen": `chromewords.REVIEWS_HEADING`) are its buyers' thread, as comments under an
article are: chrome on both paths. The product's description stays, and so do a film site's
"Reviews" and a story about reviews. Trial 29's Shopify page kept two reviews. Pages of our own."""

from __future__ import annotations

import pytest

from indexer import chromewords, segment
from indexer.blocks import is_comment_header
from indexer.models import BODY
from tests.helpers import article_html, html_document, parse_blocks as parse

PRODUCT = "Stoneware pour-over dripper Harbour Blue"
DESCRIPTION = [
    "Our Harbour Blue dripper is thrown by hand in our workshop on the coast, from a stoneware clay fired "
    "at 1,260 degrees, so it holds heat well and brews an even cup.",
    "Spiral ribs inside the cone leave room for the air to escape between the paper and the glaze, and "
    "the coffee flows at a steady pace without clogging the filter.",
]
REVIEWS = [
    "Based on 41 reviews",
    "Hannah K.\nVerified buyer\nBeautiful and it works",
    "The blue is even nicer in person. My coffee tastes fuller than it did with my old plastic cone, "
    "and it looks lovely on the shelf.",
    "Tom R.\nVerified buyer\nA little slow",
    "Very well made, but the water runs through more slowly than I expected. I had to grind a little "
    "coarser to get it right.",
]


@pytest.mark.parametrize(
    "heading",
    # (a film site's users' reviews under its critic's are a thread as well: trial 29's review page)
    ["Customer reviews", "Avaliações de clientes", "Kundenbewertungen", "Ratings & reviews (41)", "User reviews"],
)
def test_customer_reviews_in_plain_text_are_chrome(heading: str) -> None:
    art = parse(
        f"{PRODUCT} – Harbour Clay Works",
        "Home\nShop\nWorkshops\nOur story\nCart",
        PRODUCT,
        "$48.00",
        *DESCRIPTION,
        heading,
        *REVIEWS,
        "See more reviews",
        "© 2024 Harbour Clay Works",
    )
    assert [p.text for p in art.paragraphs if p.kind == BODY] == DESCRIPTION


def test_customer_reviews_in_html_are_chrome() -> None:
    reviews = "".join(f'<div class="review"><p>{r.replace(chr(10), "<br>")}</p></div>' for r in REVIEWS[1:])
    body = "".join(f"<p>{p}</p>" for p in DESCRIPTION)
    after = f'<section class="reviews-widget"><h2>Customer reviews</h2><p>{REVIEWS[0]}</p>{reviews}</section>'
    art = segment.segment(html_document(article_html(body, PRODUCT, after=after)))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == DESCRIPTION


@pytest.mark.parametrize("line", ["Reviews", "37 reviews", "Film reviews", "Reviews of the week's new releases"])
def test_a_reviews_word_alone_is_no_thread_header(line: str) -> None:
    assert not is_comment_header(line)


# One heading a language, as the shop platforms' translations word it
HEADINGS = {
    "bg": "Отзиви от клиенти", "cs": "Recenze zákazníků", "da": "Kundeanmeldelser", "de": "Kundenbewertungen",
    "el": "Κριτικές πελατών", "en": "Customer reviews", "es": "Opiniones de clientes", "et": "Klientide arvustused",
    "fi": "Asiakasarvostelut", "fr": "Avis clients", "ga": "Léirmheasanna custaiméirí", "hr": "Recenzije kupaca",
    "hu": "Vásárlói vélemények", "it": "Recensioni dei clienti", "lt": "Klientų atsiliepimai",
    "lv": "Klientu atsauksmes", "mt": "Reviżjonijiet tal-klijenti", "nl": "Klantbeoordelingen",
    "pl": "Opinie klientów", "pt": "Avaliações de clientes", "ro": "Recenziile clienților",
    "sk": "Recenzie zákazníkov", "sl": "Mnenja kupcev", "sv": "Kundrecensioner", "no": "Kundeanmeldelser",
    "tr": "Müşteri yorumları", "ru": "Отзывы покупателей", "uk": "Відгуки покупців", "ar": "تقييمات العملاء",
    "zh": "顾客评价", "ja": "カスタマーレビュー", "ko": "구매후기",
    "ca": "Opinions dels clients", "id": "Ulasan pelanggan", "vi": "Đánh giá của khách hàng",
    "fa": "نظرات خریداران", "hi": "ग्राहक समीक्षाएँ",
}  # fmt: skip


@pytest.mark.parametrize("line", ["Discussion about this post", "Discussion à propos de cet article"])
def test_a_newsletters_discussion_header_heads_a_thread(line: str) -> None:
    # Substack's thread header (trial 30's French-Canadian newsletter kept two comments under it)
    assert is_comment_header(line)


def test_every_language_has_a_reviews_heading() -> None:
    assert sorted(HEADINGS) == sorted(chromewords.REVIEWS_HEADING) == sorted(chromewords.LANGUAGES)
    assert [lang for lang, h in HEADINGS.items() if not is_comment_header(h)] == []
