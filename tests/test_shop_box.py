"""A product box of a plain-text dump (the product's name, its price and a shop's buying button:
"349,00 EUR Preis prüfen bei Amazon*", "Buy at ShopKart for Rs 18,999 Buy at BazaarBay for Rs
19,249") is chrome, as the HTML path drops the button by its link (`htmlpage._SHOP_BUTTON`); a
sentence about where to buy, and the review around the boxes, stay. Trials 41 and 42 (a lawn
mower test, a phone review) kept the boxes as text. Pages of our own."""

from __future__ import annotations

import pytest

from indexer import htmlpage
from indexer.models import BODY, BOILERPLATE
from indexer.segment import head, textblocks
from indexer.segment.patterns import PROMOTION_REASON
from tests.helpers import FOOTER, MENU, kind_and_reason as kind_of, parse_blocks as parse

TITLE = "Akku-Staubsauger im Test: Drei Geräte für kleine Wohnungen"
REVIEW = [
    "Wir haben drei kabellose Staubsauger vier Wochen lang in einer Zweizimmerwohnung mit Teppich, "
    "Parkett und zwei Katzen getestet und dabei Saugleistung, Lautstärke und Akkulaufzeit gemessen.",
    "Der Testsieger saugt auch Katzenhaare aus dem Teppich zuverlässig auf und hält im Eco-Modus gut "
    "vierzig Minuten durch, ist mit 2,9 Kilogramm aber das schwerste Gerät im Vergleich.",
    "Das günstigste Modell ist angenehm leise, verliert bei voller Leistung aber schon nach zwölf "
    "Minuten an Kraft und eignet sich deshalb eher für schnelle Einsätze zwischendurch.",
]


@pytest.mark.parametrize(
    "box",
    [
        "Saugfix Pro 300 Akku-Staubsauger\n249,00 EUR Preis prüfen bei Amazon*",
        "Saugfix Pro 300 Akku-Staubsauger\n€ 249,00 Jetzt kaufen",
        "Where to buy the Saugfix Pro 300\nBuy at ShopKart for Rs 18,999 Buy at BazaarBay for Rs 19,249",
        "Saugfix Pro 300\nCheck price on Amazon",
    ],
)
def test_a_product_box_between_the_reviews_paragraphs_is_chrome(box: str) -> None:
    art = parse(TITLE, MENU, TITLE, REVIEW[0], REVIEW[1], box, REVIEW[2], FOOTER)
    kind, reason = kind_of(art, box[:12])
    assert kind == BOILERPLATE and reason.startswith(PROMOTION_REASON) and "buying button" in reason, reason
    assert [p.text for p in art.paragraphs if p.kind == BODY] == REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # a sentence about buying ends with a full stop: the article's own
        "The cheapest of the three, it is easy to buy at Aldi for €4.99.",
        "Im Handel kostet das Gerät derzeit rund 249 Euro, im Angebot auch weniger.",
        # a list's item that names a price and no button
        "Saugfix Pro 300: 249 Euro",
    ],
)
def test_a_sentence_or_a_price_without_a_button_is_no_shop_box(text: str) -> None:
    assert textblocks.shop_box(head._measured(text)) == ""


def test_the_html_path_reads_the_same_buttons() -> None:
    # the HTML path's pattern is the plain-text one's buying phrase and price at a shop
    for text in ("Preis prüfen", "Check prices", "£2,998 at Vanmoof", "ab 69 € bei Otto", "Jetzt kaufen"):
        assert htmlpage._SHOP_BUTTON.match(text), text
    assert not htmlpage._SHOP_BUTTON.match("He bought it at the market.")
