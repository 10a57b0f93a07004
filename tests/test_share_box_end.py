"""Plain text: a box of short lines under the article, its share buttons on one line of it
(the tags and the author's name on the others), closes the article as a row of share buttons
alone does (`segment.articleend.end_marker`; trial 37's travel blog kept its authors' bio under
"Facebook Twitter Pinterest" / "Norwegen Bergenbahn Wandern" / "Nadine & Reto" as text)."""

from __future__ import annotations

from indexer.segment.articleend import AFTER_END_REASON
from tests.helpers import kind_and_reason, parse_blocks

_STORY = [
    "Die Bergenbahn verlässt Oslo am frühen Morgen und klettert in sieben Stunden über die "
    "Hardangervidda, vorbei an gefrorenen Seen und einsamen Hütten bis hinunter nach Bergen.",
    "In Finse stiegen wir aus und wanderten zwei Tage auf dem alten Rallarvegen, dem Weg der "
    "Bahnarbeiter, der heute eine der schönsten Wanderrouten Norwegens ist.",
    "Abends sassen wir in der Hütte am Ofen, tranken Tee und hörten dem Wind zu, der die ganze "
    "Nacht über die Hochebene fegte und an den Fensterläden rüttelte.",
    "Die letzten Stunden bis Bergen geht es wieder bergab, durch enge Täler mit tosenden Bächen "
    "und an steilen Hängen vorbei, an denen im Juni noch Schnee liegt.",
]
_BIO = (
    "Wir sind Lena und Jonas aus Thun. Seit 2016 reisen wir so oft es geht mit Zug, Velo und zu "
    "Fuss durch Europa und schreiben hier über unsere Touren."
)
_FOOTER = ["Impressum\nDatenschutz\nKontakt", "© 2024 Zugvögel Blog"]


def test_a_box_with_a_share_row_line_closes_the_article() -> None:
    art = parse_blocks(
        "Mit der Bergenbahn über die Hardangervidda", *_STORY,
        "Facebook Twitter Pinterest\nNorwegen Bergenbahn Wandern\nLena & Jonas", _BIO, *_FOOTER,
    )  # fmt: skip
    assert kind_and_reason(art, _BIO[:30]) == ("boilerplate", AFTER_END_REASON.format("share buttons"))
    assert kind_and_reason(art, _STORY[3][:30])[0] == "body"


def test_a_box_of_tags_alone_closes_nothing() -> None:
    art = parse_blocks(
        "Mit der Bergenbahn über die Hardangervidda", *_STORY,
        "Norwegen\nBergenbahn\nWandern", _BIO, *_FOOTER,
    )  # fmt: skip
    assert kind_and_reason(art, _BIO[:30])[1] != AFTER_END_REASON.format("share buttons")
