"""A formal document's header of "Label: value" fields over its text (fourteenth trial, on pages
of our own): a judgment's "Neutral Citation Number: / Case No: / Date: / Before: / Between:"
block, the parties with their roles and counsel under it, was dropped whole as a list of short
lines, so the page had no date and its judge, parties and counsel could not be searched. Now its
"Date:" field is the page's date and the header a head paragraph (lead) of the article; a press
release's "Date:" / "Contact:" fields give its date."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import LEAD
from tests.helpers import FOOTER, MENU, html_document, parse_blocks

_REASONS = (
    "1. This is a claim by the tenant, Mr Arjun Mehta, for damages for disrepair at a flat in Otley, "
    "which the defendant landlord has owned since 2019.",
    "2. For the reasons that follow the claim succeeds in part, and the defendant must pay the sum "
    "of £4,150 together with the costs of the claim.",
)
_HEADER = (
    "Neutral Citation Number: [2026] EWHC 512 (KB)\nCase No: QB-2025-000731\n"
    "IN THE HIGH COURT OF JUSTICE\nDate: 14 April 2026\nBefore:\nMRS JUSTICE ALDERTON\nBetween:\n"
    "ARJUN MEHTA  Claimant\n- and -\nWHARFEDALE LETTINGS LIMITED  Defendant\n"
    "Ms Nadia Quist (instructed by Otley Legal) for the Claimant\n"
    "Mr Felix Brandt (instructed by Harker & Co) for the Defendant\nHearing date: 2 March 2026"
)


def _lead(art: object) -> str:
    return " ".join(p.text for p in art.paragraphs if p.kind == LEAD)  # type: ignore[attr-defined]


def test_a_judgment_s_header_block_gives_the_date_and_stays_searchable() -> None:
    art = parse_blocks(MENU, "Mehta v Wharfedale Lettings Ltd", _HEADER, "JUDGMENT", *_REASONS, FOOTER)
    assert art.published == "2026-04-14"
    lead = _lead(art)
    assert "MRS JUSTICE ALDERTON" in lead and "WHARFEDALE LETTINGS LIMITED" in lead and "Felix Brandt" in lead
    assert art.title == "Mehta v Wharfedale Lettings Ltd"


def test_a_header_set_out_in_blocks_of_its_own() -> None:
    # the same fields with a blank line between each (a judgment saved from a court's site)
    blocks = [x for x in _HEADER.split("\n") if x not in ("Before:", "Between:")]
    art = parse_blocks(MENU, "Mehta v Wharfedale Lettings Ltd", *blocks, *_REASONS, FOOTER)
    assert art.published == "2026-04-14"
    assert "MRS JUSTICE ALDERTON" in _lead(art) and "Nadia Quist" in _lead(art)


def test_a_tribunal_decision_s_header() -> None:
    header = (
        "Appeal Number: UI-2026-001234\nDate of decision: 9 February 2026\nBefore\n"
        "UPPER TRIBUNAL JUDGE OKONJO\nBetween\nKM  Appellant\nand\n"
        "THE SECRETARY OF STATE FOR THE HOME DEPARTMENT  Respondent\nRepresentation:\n"
        "For the Appellant: Mr T Vance, counsel\nFor the Respondent: Ms R Idris, Senior Presenting Officer"
    )
    art = parse_blocks(MENU, "KM v Secretary of State for the Home Department", header, *_REASONS, FOOTER)
    assert art.published == "2026-02-09"
    assert "UPPER TRIBUNAL JUDGE OKONJO" in _lead(art) and "R Idris" in _lead(art)


def test_a_press_release_s_date_field_dates_it_and_its_text_stays_body() -> None:
    art = parse_blocks(
        MENU,
        "Council opens new riverside library",
        "FOR IMMEDIATE RELEASE\nDate: 3 March 2026\nContact: Press Office, 01234 567890",
        "The council opened its new riverside library on Tuesday, with space for 40,000 books and a "
        "children's reading room on the ground floor.",
        "The building replaces the old library on Market Street, which closed last year after its roof "
        "was found to be unsafe.",
        FOOTER,
    )
    assert art.published == "2026-03-03"
    assert not _lead(art)
    assert sum(p.kind == "body" for p in art.paragraphs) == 2


def test_a_menu_with_court_and_contact_items_is_no_header() -> None:
    art = parse_blocks(
        "Home\nCourt\nContact\nJudges", "Mehta v Wharfedale Lettings Ltd", "Date: 14 April 2026", *_REASONS, FOOTER
    )
    assert not _lead(art)


def test_an_html_judgment_s_header() -> None:
    rows = "".join(f"<p>{ln}</p>" for ln in _HEADER.split("\n"))
    page = (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Mehta v Wharfedale Lettings Ltd'
        "</title></head><body><nav><a href='/'>Home</a> <a href='/search'>Search</a></nav><main>"
        f"<h1>Mehta v Wharfedale Lettings Ltd</h1><div class='header'>{rows}</div><h2>JUDGMENT</h2>"
        + "".join(f"<p>{p}</p>" for p in _REASONS)
        + "</main><footer><p>\u00a9 Crown copyright</p></footer></body></html>"
    ).encode()
    pytest.importorskip("trafilatura")
    art = segment.segment(html_document(page))
    assert art.published == "2026-04-14"
    assert "MRS JUSTICE ALDERTON" in _lead(art) and "Otley Legal" in _lead(art)
