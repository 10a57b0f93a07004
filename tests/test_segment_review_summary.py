"""A shop's product page copied as text whose review widget prints its summary with the first
review's stars glued to it ("Based on 212 reviews" / "Write a review" / "★★★★★"): the summary
opens the customer reviews, so the first review (its title, writer and date, its text) is no
more the page's text than the others (helper forum2, issue 13; trial 20's Shopify page kept its
first review as body). Our own pages."""

from __future__ import annotations

import pytest

from indexer.models import BODY, INDEXED_KINDS
from tests.helpers import parse_blocks

DESCRIPTION = {
    "en": [
        "Our enamel kettle is pressed from a single sheet of steel and coated twice by hand, so it takes "
        "the heat of gas, induction and wood stoves alike.",
        "The handle stays cool, the spout pours without dripping, and the lid sits tight even at a rolling boil.",
        "Wash it by hand with warm water and dry it on the stove; never use steel wool on the enamel.",
    ],
    "de": [
        "Unser Emaille-Kessel wird aus einem einzigen Stahlblech gepresst und zweimal von Hand beschichtet, "
        "damit er auf Gas, Induktion und Holzherd gleichermaßen funktioniert.",
        "Der Griff bleibt kühl, die Tülle tropft nicht, und der Deckel sitzt auch beim Kochen fest.",
        "Bitte von Hand mit warmem Wasser spülen und auf dem Herd trocknen, niemals mit Stahlwolle.",
    ],
    "fr": [
        "Notre bouilloire émaillée est emboutie dans une seule feuille d'acier et émaillée deux fois à la "
        "main, pour le gaz, l'induction et les poêles à bois.",
        "La poignée reste froide, le bec verse sans goutter et le couvercle tient même à gros bouillon.",
        "Lavez-la à la main à l'eau tiède et séchez-la sur le feu ; jamais de laine d'acier sur l'émail.",
    ],
}
WIDGET = {
    "en": ("Customer Reviews", "Based on 38 reviews Write a review\n★★★★★", "Margit H. on Nov 14, 2025"),
    "de": ("Kundenbewertungen", "Basierend auf 38 Bewertungen Bewertung schreiben\n★★★★★", "Margit H. am 14.11.2025"),
    "fr": ("Avis clients", "Basé sur 38 avis Écrire un avis\n★★★★★", "Margit H. le 14/11/2025"),
}
REVIEWS = {
    "en": ("Boils fast", "Boils fast and looks lovely on the stove. The lid never rattles, even at full heat."),
    "de": ("Kocht schnell", "Kocht schnell und sieht schön aus auf dem Herd. Der Deckel klappert nie."),
    "fr": ("Chauffe vite", "Chauffe vite et très jolie sur la cuisinière. Le couvercle ne claque jamais."),
}


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_the_first_review_under_the_summary_is_no_text(lang: str) -> None:
    heading, summary, writer = WIDGET[lang]
    title, review = REVIEWS[lang]
    blocks = ["Enamel Kettle 2 l – Blechwerk", "Enamel Kettle 2 l", "49,00 €\nAdd to cart", *DESCRIPTION[lang]]
    blocks += [
        heading,
        summary,
        title,
        writer,
        review,
        "★★★★☆",
        "Solid",
        "Jonas B.",
        "Solid and well made, no complaints at all.",
        "« Previous 1 2 3 Next »",
        "You may also like",
        "Enamel Mug\n12,00 €\nEnamel Pot 3 l\n59,00 €",
        "© 2025 Blechwerk. All rights reserved.",
    ]
    art = parse_blocks(*blocks)
    kept = [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS]
    assert review not in kept
    for para in DESCRIPTION[lang]:
        assert para in [p.text for p in art.paragraphs if p.kind == BODY]
    assert art.byline == ""
