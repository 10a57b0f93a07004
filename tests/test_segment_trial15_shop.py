"""Shop product pages of the fifteenth trial, each on a page of our own: customer reviews under
the description (their star rows, helpfulness polls, pros and cons) were body and a reviewer's
"Von NAME am DATE" line the page's byline; the price with its VAT star, the stock line and the
wish-list button were body too."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, INDEXED_KINDS
from indexer.segment.furniture import _furniture_label
from indexer.segment.tail import RATING
from indexer.segment.textblocks import _Block, _button_label, _measure
from tests.helpers import html_document, kind_and_reason, parse_blocks

NAME = "Emaille-Wasserkessel „Elster“ 1,7 Liter"
DESCRIPTION = (
    "Der Elster ist ein klassischer Flötenkessel aus emailliertem Stahl, der auf Gas-, Elektro- und "
    "Induktionsherden gleichermaßen funktioniert. Der Griff bleibt dank Buchenholzummantelung kühl.",
    "Beim Kochen meldet sich die Flöte mit einem hellen, aber nicht schrillen Ton. Der Deckel sitzt fest "
    "und lässt sich zum Befüllen mit einer Hand öffnen.",
)
REVIEW = "Kocht schnell und sieht auf dem Herd richtig gut aus. Die Flöte ist angenehm leise."


def _block(text: str) -> _Block:
    b = _Block(text=text, lines=text.split("\n"))
    _measure(b)
    return b


def _shop_page() -> list[str]:
    return [
        f"{NAME} | Küchenladen Auental",
        "Küchenladen Auental",
        "Mein Konto\nMerkzettel\nWarenkorb (0)",
        "Töpfe\nPfannen\nKessel\nMesser\nSale",
        NAME,
        "★★★★☆ 4,4 von 5 (21 Bewertungen)",
        "39,95 €*",
        "inkl. MwSt. zzgl. Versandkosten",
        "Sofort verfügbar, Lieferzeit 2-4 Werktage",
        "Menge 1 2 3 In den Warenkorb",
        "Beschreibung",
        *DESCRIPTION,
        "Kundenbewertungen",
        "4,4 von 5 Sternen · 21 Bewertungen · Bewertung schreiben",
        "★★★★★",
        "Schön und schnell",
        "Von Henrike aus Celle am 03.10.2025",
        REVIEW,
        "War diese Bewertung hilfreich? Ja (7) Nein (0)",
        "★★☆☆☆",
        "Email platzt am Rand ab",
        "Von Bernd W. am 21.09.2025",
        "Nach drei Monaten ist am Ausguss das Email abgeplatzt, schade um den schönen Kessel.",
        "Kunden kauften auch",
        "Teesieb aus Edelstahl 7,90 €* In den Warenkorb",
        "© 2025 Küchenladen Auental",
    ]


def test_customer_reviews_under_a_description_are_no_text_and_no_byline() -> None:
    art = parse_blocks(*_shop_page())
    for text in DESCRIPTION:
        assert kind_and_reason(art, text[:40])[0] == BODY
    kept = "\n".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    for text in (REVIEW, "War diese Bewertung", "★★", "Nach drei Monaten", "39,95", "Sofort verfügbar"):
        assert text not in kept, text
    assert art.byline == ""
    assert art.published == ""


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("★★★☆☆", True),
        ("★★★★½ 4,5 (126 reviews)", True),
        ("4,5 uit 5 · 126 reviews · Schrijf een review", True),
        ("4.7 out of 5 stars", True),
        ("Note : 4,2/5", True),
        ("5 von 5 Sternen", True),
        ("Part 2 of 5", False),
        ("The council voted 4 of 5 in favour", False),
    ],
)
def test_a_rating_line(line: str, rating: bool) -> None:
    assert bool(RATING.search(line)) is rating


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("64,90 €*", "price"),
        ("Sofort verfügbar, Lieferzeit 1-3 Werktage", "stock"),
        ("Op voorraad · Morgen in huis", "stock"),
        ("In stock", "stock"),
        ("En stock", "stock"),
        # few left, in words (trial 39's OXID shop)
        ("Nur noch wenige Exemplare auf Lager", "stock"),
        ("Only a few left in stock", "stock"),
    ],
)
def test_a_shops_price_and_stock_line_are_furniture(text: str, kind: str) -> None:
    assert _furniture_label(_block(text)) == f"page furniture ({kind})"


def test_no_stock_line_in_a_sentence() -> None:
    assert _furniture_label(_block("Die Hilfe ist sofort verfügbar, sagte der Landrat am Montag.")) == ""


@pytest.mark.parametrize("text", ["♡ Verlanglijst", "Auf den Merkzettel", "Add to wishlist", "♥ Wunschliste"])
def test_a_wish_list_button(text: str) -> None:
    assert _button_label(_block(text)).startswith("button label")


pytest.importorskip("trafilatura")


def _review(stars: str, title: str, who: str, text: str) -> str:
    return (
        f"<div class='review'><p class='stars'>{stars}</p><p class='title'>{title}</p><p class='meta'>{who}</p>"
        f"<p>{text}</p><p>Pluspunten: mooi · Minpunten: geen</p></div>"
    )


def test_html_customer_reviews_are_pruned_and_the_rating_summary_is_chrome() -> None:
    page = (
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Fluitketel Ekster</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/k'>Keuken</a></nav><main><h1>Fluitketel Ekster</h1>"
        "<ul class='usp-product'><li>30 dagen bedenktijd</li><li>Achteraf betalen met Klarna</li></ul>"
        "<section class='description'><h2>Productomschrijving</h2>"
        "<p>De Ekster is een klassieke fluitketel van geëmailleerd staal die op gas, elektrisch en inductie werkt. "
        "De handgreep blijft dankzij het beukenhout koel.</p>"
        "<p>Tijdens het koken fluit de ketel met een heldere, maar niet schelle toon. Het deksel sluit goed en "
        "gaat met één hand open.</p></section>"
        "<section class='reviews'><h2>Reviews</h2><p class='summary'>4,4 uit 5 · 21 reviews · Schrijf een review</p>"
        + _review(
            "★★★★★", "Mooi en snel", "Henrike uit Zwolle · 3 oktober 2025", "Kookt snel en staat mooi op het fornuis."
        )
        + _review(
            "★★☆☆☆", "Email bladdert", "Bert · 21 september 2025", "Na drie maanden bladdert het email bij de tuit."
        )
        + "</section></main><footer>© 2025 Keukenwinkel</footer></body></html>"
    ).encode()
    art = segment.segment(html_document(page))
    kept = "\n".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    assert "klassieke fluitketel" in kept
    for text in ("Kookt snel", "bladdert het email", "Pluspunten", "4,4 uit 5", "Henrike", "Klarna"):
        assert text not in kept, text
    assert any(p.kind == BOILERPLATE and p.text.startswith("4,4 uit 5") for p in art.paragraphs) or "4,4" not in kept


def test_a_critics_score_under_a_review_does_not_end_the_text() -> None:
    # a news site's review: "Score 4.5 out of 5" has no count of customer reviews, and the
    # article goes on under it (a deals section)
    after = "Retailers are taking orders for the new model with discounts of up to 200 dollars on some versions."
    art = parse_blocks(
        "Skip to content", "Gadget Weekly", "Reviews", "Deals",
        "Review: the new 14-inch laptop is fast, quiet and expensive",
        "By Dana Holt", "March 3, 2025",
        *(
            "The new laptop is the fastest we have tested this year, and its fans stayed quiet through a full "
            f"day of editing video and compiling code, test number {n}." for n in range(3)
        ),
        "Score 4.5 out of 5", "Where to buy", after, "© 2025 Gadget Weekly",
    )  # fmt: skip
    assert kind_and_reason(art, after[:30])[0] == BODY
