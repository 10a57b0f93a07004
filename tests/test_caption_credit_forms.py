"""A caption with its credit at the end ("Sandbags on the quay. Credit: Reuters") is a caption
whose credit is taken off, in plain text and HTML, whatever the credit's label (helper html4,
from the trial: a short one was dropped whole as a credit line, "Crédit :" was not a credit)."""

from __future__ import annotations

import pytest

from indexer import segment
from tests.helpers import html_document, parse_blocks

_A = (
    "GRIMSBY — The port authority on Monday approved a scheme of new quay walls along the estuary, "
    "ending a decade of argument over who should pay for the repairs."
)
_B = (
    "The vote followed a heated session in which fishermen described water reaching the fish market "
    "during the storms of 2015 and again last winter."
)
_C = "Work is due to start in the autumn and should take three years, the authority said on Monday."

FORMS = [
    ("Sandbags on the quay. Credit: Reuters", "Sandbags on the quay."),
    ("Sandbags stacked on the quay. Photo credit: Ann Lee/Reuters", "Sandbags stacked on the quay."),
    ("Sandbags on the quay. Image: Getty", "Sandbags on the quay."),
    ("Sandbags on the quay (Credit: Reuters)", "Sandbags on the quay"),
    ("Des sacs de sable sur le quai. Crédit : AFP", "Des sacs de sable sur le quai."),
    ("Des sacs de sable sur le quai. Crédit photo : Anne Roy/AFP", "Des sacs de sable sur le quai."),
    ("Sandsäcke am Kai. Foto: dpa", "Sandsäcke am Kai."),
]


@pytest.mark.parametrize(("caption", "kept"), FORMS)
def test_caption_with_a_credit_in_plain_text(caption: str, kept: str) -> None:
    art = parse_blocks("Port backs new quay walls", "By Ann Lee", _A, _B, caption, _C)
    (p,) = [p for p in art.paragraphs if p.text.startswith(kept[:10])]
    assert (p.kind, p.text) == ("caption", kept), p.reason


@pytest.mark.parametrize(("caption", "kept"), FORMS)
def test_caption_with_a_credit_in_html(caption: str, kept: str) -> None:
    pytest.importorskip("trafilatura")
    page = (
        '<html><head><meta charset="utf-8"><title>Port backs new quay walls</title></head><body><article>'
        f"<h1>Port backs new quay walls</h1><p>{_A}</p><p>{_B}</p><p>{caption}</p><p>{_C}</p></article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "q.html"))
    (p,) = [p for p in art.paragraphs if p.text.startswith(kept[:10])]
    assert (p.kind, p.text) == ("caption", kept), p.reason


def test_a_credit_alone_is_still_a_credit_line() -> None:
    art = parse_blocks("Port backs new quay walls", "By Ann Lee", _A, "(AP Photo/Ann Lee)", _B, "Credit: Reuters", _C)
    kinds = {p.text: p.kind for p in art.paragraphs}
    assert kinds["(AP Photo/Ann Lee)"] == "boilerplate" and kinds["Credit: Reuters"] == "boilerplate"
