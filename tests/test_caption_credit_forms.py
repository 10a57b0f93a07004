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


# English credits with no label's colon, which a new user's captions kept (issue 13)
EN_FORMS = [
    ("Sandbags stacked on the quay at dusk (CheckPoint photo)", "Sandbags stacked on the quay at dusk"),
    (
        "Sandbags stacked on the quay at dusk. Photograph by Ana Ruiz for The Post",
        "Sandbags stacked on the quay at dusk.",
    ),
    ("Sandbags stacked on the quay at dusk. Photo: AP", "Sandbags stacked on the quay at dusk."),
    ("Sandbags stacked on the quay at dusk. (AP Photo/John Smith)", "Sandbags stacked on the quay at dusk."),
    ("Sandbags stacked on the quay at dusk. Getty Images", "Sandbags stacked on the quay at dusk."),
    ("Sandbags stacked on the quay at dusk. (Photo by Ann Lee/Getty Images)", "Sandbags stacked on the quay at dusk."),
    (
        "Sandbags stacked on the quay at dusk. Photo courtesy of the port authority",
        "Sandbags stacked on the quay at dusk.",
    ),
    (
        "Sandbags stacked on the quay at dusk. (Harbour Gazette photo by Tom Lee)",
        "Sandbags stacked on the quay at dusk.",
    ),
]


@pytest.mark.parametrize(("caption", "kept"), EN_FORMS)
def test_an_english_credit_without_a_label_in_plain_text(caption: str, kept: str) -> None:
    art = parse_blocks("Port backs new quay walls", "By Ann Lee", _A, _B, caption, _C)
    (p,) = [p for p in art.paragraphs if p.text.startswith(kept[:10])]
    assert (p.kind, p.text) == ("caption", kept), p.reason


@pytest.mark.parametrize(("caption", "kept"), EN_FORMS)
@pytest.mark.parametrize("markup", ["<p>{}</p>", '<figure><img src="q.jpg"><figcaption>{}</figcaption></figure>'])
def test_an_english_credit_without_a_label_in_html(caption: str, kept: str, markup: str) -> None:
    pytest.importorskip("trafilatura")
    page = (
        '<html><head><meta charset="utf-8"><title>Port backs new quay walls</title></head><body><article>'
        f"<h1>Port backs new quay walls</h1><p>{_A}</p><p>{_B}</p>{markup.format(caption)}<p>{_C}</p>"
        "</article></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "q.html"))
    (p,) = [p for p in art.paragraphs if p.text.startswith(kept[:10])]
    assert (p.kind, p.text) == ("caption", kept), p.reason


@pytest.mark.parametrize(
    "credit", ["(CheckPoint photo)", "Photograph by Ana Ruiz for The Post", "Photo courtesy of the port authority"]
)
def test_an_english_credit_alone_is_a_credit_line(credit: str) -> None:
    art = parse_blocks("Port backs new quay walls", "By Ann Lee", _A, credit, _B, _C)
    assert {p.text: p.kind for p in art.paragraphs}[credit] == "boilerplate"
    assert [p.text for p in art.paragraphs if p.kind == "body"] == [_A, _B, _C]


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the quay was built in 1953 and has not been repaired since (see photo).",
        "A survey of photos by the harbour's longtime photographer opens at the museum on Friday.",
    ],
)
def test_prose_that_names_a_photo_stays_body(line: str) -> None:
    art = parse_blocks("Port backs new quay walls", "By Ann Lee", _A, line, _B, _C)
    assert {p.text: p.kind for p in art.paragraphs}[line] == "body"


def test_the_first_paragraph_under_an_english_credit_stays_body() -> None:
    # a credit with no label's colon is no label a caption stands under
    art = parse_blocks("Port backs new quay walls", "By Ann Lee", "Photo by Ann Lee/Getty Images", _A, _B, _C)
    assert [p.text for p in art.paragraphs if p.kind == "body"] == [_A, _B, _C]


def test_a_line_that_ends_in_a_colon_under_a_credit_is_no_caption() -> None:
    rate = "We would be glad if you rated our article today:"
    art = parse_blocks("Port backs new quay walls", "By Ann Lee", _A, _B, _C, "Photo: Ann Lee/Reuters", rate, "★★★★★")
    assert {p.text: p.kind for p in art.paragraphs}.get(rate) != "caption"


def test_one_credit_table() -> None:
    # segment's labels and the HTML captions' are one table (models.CREDIT_LABEL_WORDS)
    from indexer import htmlfigures

    for alone in ("Fotó: Kiss Anna", "사진=연합뉴스", "Bildcredit: dpa", "Photo credit: Ann Lee", "Quelle: THW"):
        assert htmlfigures._CREDIT_ALONE.match(alone), alone
        assert segment.textblocks._CREDIT_LINE.match(alone) or alone.startswith("사진"), alone


def test_a_file_photo_note_is_no_credit() -> None:
    caption = "Sandbags stacked on the quay at dusk. (file photo)"
    art = parse_blocks("Port backs new quay walls", "By Ann Lee", _A, _B, caption, _C)
    assert caption in [p.text for p in art.paragraphs]
