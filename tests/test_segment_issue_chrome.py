"""A newsletter's teaser for its next issue ("Next week: ...", "Coming up: ...") and a fact
check's sources run together on one line ("Sources: ...; ...; ...") are the issue's furniture,
not its text, in plain text and HTML (issue 13: a new user's pages kept both as body). Each page
is our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE
from tests.helpers import FOOTER, MENU, PROSE, html_document, parse_blocks

CHROME = [
    "Next week: how the ferries will cope with the summer crowds.",
    "Coming up: the budget vote and what it means for the harbour, plus your letters.",
    "In the next issue: the engineers who keep the old bridges standing.",
    "Nächste Woche: Wie die Fähren den Sommer schaffen.",
    "La semaine prochaine : comment les ferries tiendront l'été.",
    "La próxima semana: cómo aguantarán los ferris el verano.",
    "Sources: City council report, March 2024; Harbour Authority statement; interview with engineer Tom Lee; "
    "Census Bureau data",
    "Sources: City council, “Harbour bridge inspection report,” March 2024; Harbour Authority, press release, "
    "April 2, 2024; U.S. Census Bureau, American Community Survey 2022; Federal Highway Administration, "
    "National Bridge Inventory 2023; interview with engineer Tom Lee, April 3, 2024",
    "Quellen: Stadtrat, Sitzungsprotokoll vom 12. März 2024; Hafenbehörde, Pressemitteilung; Statistisches Bundesamt",
    "Fuentes: Ayuntamiento, informe de marzo de 2024; Autoridad Portuaria; Instituto Nacional de Estadística",
]


@pytest.mark.parametrize("line", CHROME)
def test_in_plain_text(line: str) -> None:
    art = parse_blocks("Bridge to close", MENU, "Bridge to close", "By Jane Doe", *PROSE, line, FOOTER)
    (p,) = [p for p in art.paragraphs if p.text == line]
    assert p.kind == BOILERPLATE, p.reason
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize("line", CHROME)
def test_in_html(line: str) -> None:
    pytest.importorskip("trafilatura")
    page = (
        '<html><head><meta charset="utf-8"><title>Bridge to close</title></head><body><article>'
        f"<h1>Bridge to close</h1>{''.join(f'<p>{p}</p>' for p in PROSE)}<p>{line}</p></article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "n.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "line",
    [
        # a sentence about next week, no label's colon
        "Next week the council will vote again on the ferries, and the harbour master expects a long debate.",
        # one source's credit under a chart (a credit line, as before), not a list
        "Source: Harbour Authority annual report 2023",
        # a longer section that opens with the label is the article's
        "Coming up: " + " ".join(PROSE),
    ],
)
def test_what_stays(line: str) -> None:
    art = parse_blocks("Bridge to close", MENU, "Bridge to close", "By Jane Doe", PROSE[0], line, *PROSE[1:], FOOTER)
    (p,) = [p for p in art.paragraphs if p.text == line]
    assert not p.reason.startswith((segment.textblocks.NEXT_ISSUE_REASON, segment.textblocks.SOURCES_REASON)), p.reason
