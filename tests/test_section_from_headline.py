"""A heading over the headline (a section's label, a kicker: "Nacionales", "Bestseller-Autorin
im Talk") is no section of the article under the headline (issue 13: on the wild tuning HTML
pages every hit of a Paraguayan paper's story showed "§ Nacionales"; 7 pages so). Our own pages."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import HEADING, TITLE
from tests.helpers import PROSE, html_document

TITLE_TEXT = "Harbour bridge to close for a year"


def _page(label: str) -> bytes:
    body = (
        "".join(f"<p>{p}</p>" for p in PROSE[:2])
        + "<h2>What comes next</h2>"
        + "".join(f"<p>{p}</p>" for p in PROSE[2:])
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE_TEXT}</title></head><body>'
        f"<article><h2>{label}</h2><h1>{TITLE_TEXT}</h1>{body}</article></body></html>"
    ).encode()


def test_a_label_over_the_headline_heads_no_paragraph_under_it() -> None:
    art = segment.segment(html_document(_page("City news")))
    kinds = [(p.kind, p.text) for p in art.paragraphs]
    assert (TITLE, TITLE_TEXT) in kinds
    sections = {p.text: p.section for p in art.paragraphs}
    assert sections[PROSE[0]] == "" and sections[PROSE[1]] == ""
    assert sections[PROSE[2]] == "What comes next"
    if (HEADING, "City news") in kinds:  # the label itself may stay a heading, over nothing
        assert sections["City news"] == "City news"


def test_a_separator_left_of_a_kicker_in_the_headline_is_no_part_of_the_title() -> None:
    # Cicero's <h1>: the kicker, a hidden " - ", the headline; the kicker goes, the dash stayed
    h1 = (
        '<h1 itemprop="headline"><span class="teaser-small__kicker cicero-red text-uppercase">Corona-Pandemie'
        '</span>\n<span class="visually-hidden"> - </span>\n<span class="h1 font-41-sans-serif">'
        "„Es kommt auch darauf an, wie die Menschen sterben“</span></h1>"
    )
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    page = (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Corona-Pandemie - „Es kommt auch '
        f"darauf an, wie die Menschen sterben“ | Cicero</title></head><body><article>{h1}{body}</article></body></html>"
    )
    art = segment.segment(html_document(page.encode()))
    assert not art.title.startswith(("-", " "))
    assert all(not p.text.startswith("- ") for p in art.paragraphs if p.kind == TITLE)


@pytest.mark.linear
def test_the_title_lead_pattern_is_linear() -> None:
    from indexer.segment.metadata import _TITLE_LEAD

    for text in ("- " * 50_000 + "x", "-" + " " * 100_000, "|" * 100_000):
        _TITLE_LEAD.match(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("PA", "boilerplate"),
        ("Getty Images", "boilerplate"),
        ("Bildnachweis: Quelle, cc-Lizenz", "boilerplate"),
        ("Inspiration: Buccellati (Foto: Silvia Rivoltella)", "caption"),
        ("What comes next", "heading"),
        ("Photography in the age of phones", "heading"),
    ],
)
def test_a_photo_credit_set_as_a_heading_heads_no_section(text: str, kind: str) -> None:
    from indexer.segment import metadata, textblocks

    b = textblocks._Block(text=text, lines=[text], kind=HEADING)
    textblocks._measure(b)
    metadata._credit_heading(b)
    assert b.kind == kind


def test_an_agencys_name_under_a_photo_is_no_section_of_the_text() -> None:
    from tests.helpers import FOOTER, MENU, parse_blocks

    caption = "Early morning light bathes the skyscrapers of the City of London, at the start of a busy week"
    art = parse_blocks(MENU, "Harbour bridge to close for a year", PROSE[0], caption, "PA", *PROSE[1:], FOOTER)
    assert all(p.section != "PA" for p in art.paragraphs)


@pytest.mark.linear
def test_the_credit_patterns_are_linear() -> None:
    from indexer.segment.metadata import _CREDIT_ALONE, _CREDIT_IN_BRACKETS, _CREDIT_LABEL

    for text in (" " * 100_000 + "PA", "(foto:" + "a" * 100_000, "(" * 100_000, "foto" + " " * 100_000):
        _CREDIT_ALONE.match(text)
        _CREDIT_LABEL.match(text)
        _CREDIT_IN_BRACKETS.search(text)
