"""A photo's credit at the end of its caption, or of a paragraph holding a caption, is kept out of
the indexed text and named in the reason (issue 13: extraction-wild's annotators count credits as
not article text; a search for "Getty" should not find every captioned photo). Our own pages."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, CAPTION, HEADING, Article
from tests.helpers import PROSE, MENU, FOOTER, kind_and_reason, parse_blocks as parse


def page(line: str) -> Article:
    return parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)


def found(art: Article, start: str):  # noqa: ANN201 - a Paragraph
    (p,) = [p for p in art.paragraphs if p.text.startswith(start)]
    return p


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "The old bridge at dawn, seen from the ferry pier. © AFP / MARCO BERTORELLO",
            "The old bridge at dawn, seen from the ferry pier.",
            "© AFP / MARCO BERTORELLO",
        ),
        (
            "The old bridge at dawn, seen from the ferry pier. | © Kevin C. Cox/Getty Images",
            "The old bridge at dawn, seen from the ferry pier.",
            "© Kevin C. Cox/Getty Images",
        ),
        (
            "Die alte Brücke im Morgenlicht, vom Fähranleger aus gesehen (REUTERS/Denis Balibouse)",
            "Die alte Brücke im Morgenlicht, vom Fähranleger aus gesehen",
            "(REUTERS/Denis Balibouse)",
        ),
        (
            "Commuters queue for the ferry on Monday, Nov. 4, in Harbourtown. (AP Photo/Jeffrey T. Barnes)",
            "Commuters queue for the ferry on Monday, Nov. 4, in Harbourtown.",
            "(AP Photo/Jeffrey T. Barnes)",
        ),
        (
            "Flood water by the old bridge on Monday. Photograph: Christopher Furlong/Getty Images",
            "Flood water by the old bridge on Monday.",
            "Photograph: Christopher Furlong/Getty Images",
        ),
        (
            "Rescue teams by the old bridge. Oli Scarff/AFP via Getty Images",
            "Rescue teams by the old bridge.",
            "Oli Scarff/AFP via Getty Images",
        ),
        (
            "Le maire sur le vieux pont. Photo AFP / Jeff Pachoud",
            "Le maire sur le vieux pont.",
            "Photo AFP / Jeff Pachoud",
        ),
        ("Sandbags outside a house on the quay. Picture: PA", "Sandbags outside a house on the quay.", "Picture: PA"),
        (
            "The mayor visits the closed bridge. Mike Blake/Reuters files",
            "The mayor visits the closed bridge.",
            "Mike Blake/Reuters files",
        ),
    ],
)
def test_a_captions_credit_is_kept_out_of_its_text(line: str, text: str, credit: str) -> None:
    p = found(page(line), text[:20])
    assert (p.kind, p.text) == (CAPTION, text)
    assert p.reason.endswith(f"photo credit kept out of the text: '{credit}'")


def test_a_line_that_ends_with_a_credit_is_a_caption_not_a_heading() -> None:
    # it was a heading without sentence punctuation, naming the § section of the paragraphs below
    art = page("Golf im TV: Die Übertragungszeiten der großen Turniere im Überblick (Foto: Getty)")
    p = found(art, "Golf im TV")
    assert (p.kind, p.text) == (CAPTION, "Golf im TV: Die Übertragungszeiten der großen Turniere im Überblick")
    assert not [q for q in art.paragraphs if q.kind == HEADING]
    assert all(q.section == "" for q in art.paragraphs if q.kind == BODY)


def test_a_body_paragraphs_photo_credit_goes_and_a_source_or_agency_stays() -> None:
    credit = PROSE[1] + " (Foto: Kantonspolizei Aargau)"
    art = parse("Bridge to close", MENU, "Bridge to close", PROSE[0], credit, *PROSE[2:], FOOTER)
    assert found(art, PROSE[1][:30]).text == PROSE[1]
    # in body text a source names a statistic's origin, an agency the story's author: both stay
    for tail in (" (Source: Eurostat)", " (dpa/gem)", " (Quelle: Statistisches Bundesamt)"):
        art = parse("Bridge to close", MENU, "Bridge to close", PROSE[0], PROSE[1] + tail, *PROSE[2:], FOOTER)
        assert found(art, PROSE[1][:30]).text == PROSE[1] + tail


def test_a_caption_with_a_copyright_credit_is_no_legal_notice() -> None:
    # "© dpa" after a caption's sentence was a legal notice, which ends the article: the
    # paragraphs after the caption were lost as "outside the article text"
    caption = "Hochwasser an der alten Brücke im Juni 2013. © dpa / Jörg Müller"
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], caption, *PROSE[2:], FOOTER)
    p = found(art, "Hochwasser")
    assert (p.kind, p.text) == (CAPTION, "Hochwasser an der alten Brücke im Juni 2013.")
    assert [q.text for q in art.paragraphs if q.kind == BODY] == PROSE
    # a footer's copyright line stays one
    assert found(art, "© 2024").kind not in (BODY, CAPTION)


@pytest.mark.parametrize(
    "line",
    [
        # the rights words of languages the credit test did not know (chromewords.RIGHTS_KEYS)
        "© Hírlap Kft. Minden jog fenntartva.",
        "© Lehti Oy. Kaikki oikeudet pidätetään.",
        "© Gazeta Portowa. Wszelkie prawa zastrzeżone.",
        "© Liman Ajansı. Tüm hakları saklıdır.",
        # and the old ones, the key word alone
        "© The Harbour Gazette, rights reserved.",
        "© Hafenblatt, Rechte vorbehalten.",
    ],
)
def test_a_rights_line_in_any_language_is_no_picture_credit(line: str) -> None:
    """A short "© NAME" line that reserves rights is the site's legal notice, not a photo's
    credit, in every language of chromewords (`textblocks._RIGHTS`)."""
    assert kind_and_reason(page(line), line[:8])[1] != "photo credit or source line"
    block = segment.split_blocks(line)[0]
    segment.textblocks._measure(block)
    assert not segment.textblocks._is_copyright_credit(block)


@pytest.mark.parametrize("line", ["© Federal Reserve", "© Reserva Federal", "Foto: © Reserve Bank"])
def test_a_credit_to_a_reserve_bank_is_a_picture_credit(line: str) -> None:
    """A credit naming a reserve bank is a photo's credit: the rights words are those of a
    reserving phrase ("reserved", "reservados"), not any word starting "reserv"."""
    block = segment.split_blocks(line)[0]
    segment.textblocks._measure(block)
    assert segment.textblocks._is_copyright_credit(block)


@pytest.mark.parametrize(
    "line",
    [
        "Tin, ảnh: Phòng Truyền thông",  # Vietnamese: "news, photos" (trial 49's university page)
        "Ảnh: Nguyễn Văn An",
        "צילום: דנה לוי",
    ],
)
def test_a_labelled_credit_in_vietnamese_or_hebrew_is_a_credit_line(line: str) -> None:
    assert kind_and_reason(page(line), line[:6]) == ("boilerplate", "photo credit or source line")
