"""Plain text: a promotion's box after the article, a title, a blurb and a button, loses its
blurb too (`segment.articleend.mark_promo_boxes`; trial 56's regional paper kept its
subscription pitch between "Lokaljournalismus braucht Unterstützung" and "Jetzt 4 Wochen
kostenlos testen" as text)."""

from __future__ import annotations

from indexer.segment.articleend import PROMO_BOX_REASON
from tests.helpers import kind_and_reason, parse_blocks

_STORY = [
    "Der Ausschuss vertagte am Dienstag die Entscheidung über die Eintrittspreise des Freibads auf "
    "die nächste Sitzung im September, nachdem die Fraktionen keine Einigung erzielt hatten.",
    "Die Stadt hofft zudem auf Fördermittel aus einem Bundesprogramm für Sportstätten, über deren "
    "Vergabe im Herbst entschieden werden soll, sagte der Bürgermeister nach der Sitzung.",
    "Für die laufende Saison ändert sich zunächst nichts: Das Bad bleibt bis Mitte September "
    "täglich geöffnet, die Preise gelten unverändert weiter.",
]
_BLURB = (
    "Unsere Reporterinnen und Reporter sitzen in jeder Ratssitzung im Landkreis, damit die Bürger "
    "wissen, was mit dem Geld der Gemeinden passiert. Diese Arbeit kostet Zeit und Geld."
)
_FOOTER = ["Impressum Datenschutz Kontakt", "© 2024 Kreiszeitung"]


def test_the_blurb_between_a_dropped_title_and_a_button_is_the_box() -> None:
    art = parse_blocks(
        "Freibad: Entscheidung vertagt", *_STORY, "Unterstützen Sie uns", _BLURB,
        "Jetzt 4 Wochen kostenlos testen", *_FOOTER,
    )  # fmt: skip
    assert kind_and_reason(art, "Jetzt 4 Wochen")[0] == "boilerplate"
    assert kind_and_reason(art, _BLURB[:30]) == ("boilerplate", PROMO_BOX_REASON)
    assert kind_and_reason(art, _STORY[2][:30])[0] == "body"


def test_under_a_heading_the_article_goes_on() -> None:
    # an article's own subheading and paragraph over a call to action: no box (trials 27, 37, 42)
    art = parse_blocks(
        "Freibad: Entscheidung vertagt", *_STORY, "Lokaljournalismus braucht Unterstützung", _BLURB,
        "Jetzt 4 Wochen kostenlos testen", *_FOOTER,
    )  # fmt: skip
    assert kind_and_reason(art, _BLURB[:30]) == ("body", "prose (length and sentence punctuation)")


def test_without_the_button_the_paragraph_stays() -> None:
    art = parse_blocks(
        "Freibad: Entscheidung vertagt", *_STORY[:2], "Unterstützen Sie uns", _BLURB,
        _STORY[2], *_FOOTER,
    )  # fmt: skip
    assert kind_and_reason(art, _BLURB[:30])[1] != PROMO_BOX_REASON
    assert kind_and_reason(art, _STORY[2][:30])[0] == "body"
