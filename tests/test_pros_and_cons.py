"""A review's pros and cons in its text (`segment.kept._keep_pros_and_cons`): a label of the good
points over their list, a label of the bad over theirs. Trial 39's motorbike test (written
blind) lost its "Plus" / "Minus" box, its lists' short lines dropped as a menu's; three wild
tuning pages have such boxes too. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.models import INDEXED_KINDS
from indexer.segment.kept import PROS_CONS_REASON
from tests.helpers import parse_blocks

PROSE = [
    "Herzstück der Maschine ist ein flüssigkeitsgekühlter Reihenzweizylinder mit 798 Kubikzentimetern, "
    "der schon knapp über Leerlaufdrehzahl kräftig anschiebt und bis zum Begrenzer sauber hochdreht.",
    "Auf unserer Testrunde über Timmelsjoch und Jaufenpass genehmigte sich die Maschine im Schnitt "
    "4,3 Liter auf hundert Kilometer, mit dem 19-Liter-Tank sind damit über 400 Kilometer drin.",
]
SPECS = "Motor Zweizylinder-Reihenmotor, 798 cm³\nLeistung 70 kW (95 PS) bei 8.750/min\nGewicht 221 kg vollgetankt"
VERDICT = (
    "Unterm Strich ist sie keine Maschine für die Wüste, aber eine ehrliche und günstige Reiseenduro "
    "für alle, die viel fahren wollen und dabei nicht jeden Euro zweimal umdrehen möchten."
)


@pytest.mark.parametrize(
    ("pros", "good", "cons", "bad"),
    [
        (
            "Plus",
            "durchzugsstarker, sparsamer Motor\numfangreiche Serienausstattung\nhohe Reichweite",
            "Minus",
            "Gabel im Gelände überfordert\nhohe Sitzbank serienmäßig",
        ),
        (
            "Pros:",
            "strong, frugal twin\ngenerous standard kit\nlong range on one tank",
            "Cons:",
            "fork overwhelmed off road\ntall seat as standard",
        ),
        (
            "Points forts",
            "moteur souple et sobre\néquipement de série complet\ngrande autonomie",
            "Points faibles",
            "fourche vite dépassée hors route\nselle haute de série",
        ),
    ],
)
def test_a_reviews_pros_and_cons_under_their_labels_are_text(pros: str, good: str, cons: str, bad: str) -> None:
    art = parse_blocks(
        "Brenta Tornante 800 im Test: Viel Reise für wenig Geld",
        "News\nTests\nTouren\nAusrüstung\nGebrauchtkauf",
        *PROSE,
        "Technische Daten",
        SPECS,
        pros,
        good,
        cons,
        bad,
        "Fazit",
        VERDICT,
        "Impressum Datenschutz Kontakt",
    )
    kept = [" ".join(p.text.split()) for p in art.paragraphs if p.kind in INDEXED_KINDS]
    for part in (pros, good, cons, bad):
        assert " ".join(part.split()) in kept


def test_a_menu_between_two_such_words_at_the_pages_top_stays_chrome() -> None:
    # no article's prose above and no list kept: a shop's filter ("Plus" / sizes / "Minus")
    art = parse_blocks(
        "Brenta Tornante 800 im Test: Viel Reise für wenig Geld",
        "Plus",
        "News\nTests\nTouren\nAusrüstung\nGebrauchtkauf",
        "Minus",
        "Heft & Abo\nNewsletter\nKontakt",
        *PROSE,
        VERDICT,
    )
    kept = " ".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    assert "Gebrauchtkauf" not in kept
    assert all(p.reason != PROS_CONS_REASON for p in art.paragraphs)
