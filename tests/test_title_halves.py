"""Plain text: a page whose <title> is "HEADLINE - SUBTITLE : SITE" and that prints the two
halves on two lines over the article has the upper one for its headline and the lower one for
its lead (`segment.head._upper_half`). A wild tuning review page lost its <h1> "Vom Boden aus
gedacht" so: the subtitle under it matched the <title> first and was taken for the title."""

from __future__ import annotations

from indexer.segment.head import UPPER_HALF_REASON
from tests.helpers import kind_and_reason, parse_blocks

_MENU = "Startseite\nRezensionen\nBuchsuche\nArchiv\nÜber uns\nKontakt"
_BODY = [
    "Es braucht ein wenig Zeit, um sich auf diesen Text einzulassen. Weder Lyrikband noch Roman, "
    "verbindet er Erzählungen aus dem Dorf mit Überlegungen zur Landwirtschaft und zum Klima.",
    "Die Autorin beginnt mit einer Anleitung zum Säen und endet mit einer Liste von Fragen, die "
    "ihre Vorfahren ihr nicht mehr beantworten können, und gerade das macht das Buch so offen.",
    "Am Ende bleibt ein Buch, das man nicht in einem Zug liest, sondern in Abschnitten, die man "
    "wieder aufschlägt, wenn man über den eigenen Boden und seine Geschichte nachdenkt.",
]
_FOOTER = ["Impressum\nDatenschutz\nKontakt", "© 2023 Rezensionsforum Nord e.V."]


def test_the_titles_first_half_over_its_second_is_the_headline() -> None:
    art = parse_blocks(
        "Vom Boden aus gedacht - Eine Autorin verwebt Dorf und Welt : rezensionsforum.example",
        _MENU, "Vom Boden aus gedacht", "Eine Autorin verwebt Dorf und Welt", "Von Vanessa Brandt",
        *_BODY, *_FOOTER,
    )  # fmt: skip
    assert art.title == "Vom Boden aus gedacht"
    assert [p.reason for p in art.paragraphs if p.kind == "title"] == [UPPER_HALF_REASON]
    assert kind_and_reason(art, "Eine Autorin verwebt")[0] == "lead"


def test_a_rubric_with_its_date_over_the_headline_is_no_headline() -> None:
    # "GALORE.de | Kultur | Literatur | 30.11. | Buch der Woche - NAME (Hrsg.) • 1619", a wild
    # tuning page: the rubric's line over the book's title is no headline's first half
    art = parse_blocks(
        "Rezensionsforum | Literatur | 30.11. | Buch der Woche - Eine Autorin verwebt Dorf und Welt",
        _MENU, "30.11. | Buch der Woche", "Eine Autorin verwebt Dorf und Welt", *_BODY, *_FOOTER,
    )  # fmt: skip
    assert art.title == "Eine Autorin verwebt Dorf und Welt"
