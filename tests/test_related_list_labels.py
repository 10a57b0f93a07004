"""Plain text: a German label over a list of other articles' headlines ("Passend dazu", "Dazu
passend") heads a teaser list, dropped down to the article's next paragraph of prose. A wild
tuning news page kept its two related headlines under "Passend dazu" as body, in the last
section of the article."""

from __future__ import annotations

import pytest

from tests.helpers import kind_and_reason, parse_blocks

_BODY = [
    "Der Hersteller hat am Montag eine neue Software für seine Elektroautos angekündigt, die im "
    "kommenden Jahr in Europa ausgeliefert werden soll, wenn die Behörden sie zulassen.",
    "Nach Angaben des Unternehmens wurde die Software in den vergangenen Monaten von einigen "
    "hundert Testern in Kalifornien und Texas erprobt und mehrfach überarbeitet.",
    "Ob die Zulassung in Deutschland noch vor dem Sommer gelingt, ist offen; das Kraftfahrt-"
    "Bundesamt äußerte sich auf Anfrage nicht zu dem laufenden Verfahren.",
]
_RELATED = (
    "Sonne, Bier, Kollisionskurs: Wie ein Reporter die Automesse in München erlebte\n"
    "Warten auf die Zulassung: Warum die Software in Europa noch nicht fahren darf"
)


@pytest.mark.parametrize("label", ["Passend dazu", "Passend dazu:", "Dazu passend"])
def test_a_related_list_under_its_label_is_chrome(label: str) -> None:
    art = parse_blocks(
        "Neue Software für Elektroautos angekündigt | autoblatt.example",
        "Startseite\nNews\nTests\nKontakt", "Neue Software für Elektroautos angekündigt",
        *_BODY, label, _RELATED, "Tags: Software, Elektroauto", "Impressum\nDatenschutz",
    )  # fmt: skip
    assert kind_and_reason(art, "Sonne, Bier")[0] == "boilerplate"
    assert kind_and_reason(art, "Ob die Zulassung")[0] == "body"
