"""A court judgment saved as plain text (sixteenth trial, on pages of our own): its "Date:" field
in figures whose two numbers could each be the month ("12/05/2025") dated nothing on a page of
no known region, though the page's other evidence tells the order: another slash date that can
be read one way only, or the court's country in a neutral citation ("[2025] EWHC 1234 (Ch)" is
England's, day first). With no such evidence the date is still refused."""

from __future__ import annotations

import pytest

from indexer.pubdate import find_date, page_slash_order
from tests.helpers import FOOTER, MENU, parse_blocks

_REASONS = (
    "1. This is a claim by the buyer of a narrowboat, Mrs Elspeth Varga, for the cost of repairing "
    "its hull, which she says the seller knew to be holed when it was sold in 2023.",
    "2. The seller denies that he knew of any defect and says the hull was damaged after the sale, "
    "when the boat was moored at a marina on the canal.",
)


def _header(date: str, citation: str = "[2026] EWHC 877 (KB)") -> str:
    return (
        f"Neutral Citation Number: {citation}\nCase No: KB-2025-004410\nIN THE HIGH COURT OF JUSTICE\n"
        f"Date: {date}\nBefore :\nMR JUSTICE TREWIN\nBetween :\nELSPETH VARGA  Claimant\n- and -\n"
        "DOMINIC HALE  Defendant"
    )


@pytest.mark.parametrize(
    ("text", "language", "order"),
    [
        ("Date: 03/04/2026", "en-US", "md"),  # the language first
        ("Filed 03/04/2026, amended 17/04/2026", "", "dm"),  # a slash date read one way only
        ("Filed 03/04/2026, amended 04/17/2026", "en", "md"),
        ("Filed 17/04/2026, amended 04/17/2026", "", ""),  # both orders: none known
        ("[2026] EWHC 877 (KB) Date: 03/04/2026", "en", "dm"),  # England and Wales
        ("[2025] UKSC 12", "", "dm"),
        ("[2024] IEHC 45", "", "dm"),
        ("[2024] NSWSC 1021", "", "dm"),
        ("[2026] ABCD 12", "", ""),  # no court this knows
        ("Date: 03/04/2026", "en", ""),
    ],
)
def test_the_page_s_own_evidence_orders_its_slash_dates(text: str, language: str, order: str) -> None:
    assert page_slash_order(text, language) == order


def test_find_date_takes_the_page_s_order() -> None:
    assert find_date("Date: 03/04/2026", "en", order="dm") == "2026-04-03"
    assert find_date("Date: 03/04/2026", "en", order="md") == "2026-03-04"
    assert find_date("Date: 03/04/2026", "en") == ""
    assert find_date("Date: 04/17/2026", "en", order="dm") == "2026-04-17"  # one reading only


def test_a_judgment_s_slash_date_is_read_in_its_court_s_order() -> None:
    art = parse_blocks(MENU, _header("03/04/2026"), "JUDGMENT", *_REASONS, FOOTER)
    assert art.published == "2026-04-03"


def test_a_judgment_s_slash_date_is_read_in_the_order_of_its_other_dates() -> None:
    header = _header("03/04/2026", citation="KB 877 of 2026") + "\nHearing date: 19/03/2026"
    art = parse_blocks(MENU, header, "JUDGMENT", *_REASONS, FOOTER)
    assert art.published == "2026-04-03"


def test_an_ambiguous_slash_date_with_no_evidence_is_still_refused() -> None:
    art = parse_blocks(MENU, _header("03/04/2026", citation="KB 877 of 2026"), "JUDGMENT", *_REASONS, FOOTER)
    assert art.published == ""


def test_a_judgment_headed_by_its_citation_is_titled_by_its_parties() -> None:
    # each field a block of its own, as a court's site saves it (BAILII's text)
    art = parse_blocks(*_header("14 April 2026").split("\n"), "JUDGMENT", *_REASONS)
    assert art.title == "ELSPETH VARGA v DOMINIC HALE"
    assert art.paragraphs[0].kind == "lead" and art.paragraphs[0].text.startswith("Neutral Citation Number:")
    assert art.published == "2026-04-14"


def test_a_case_name_line_of_the_header_is_its_title() -> None:
    header = _header("14 April 2026").replace("IN THE HIGH COURT", "Varga v Hale\nIN THE HIGH COURT")
    assert parse_blocks(*header.split("\n"), "JUDGMENT", *_REASONS).title == "Varga v Hale"


def test_parties_on_one_line_with_their_roles_in_brackets() -> None:
    header = (
        "Neutral Citation Number: [2026] EWHC 90 (TCC)\nCase No: HT-2026-000031\nDate: 2 March 2026\n"
        "Before: HIS HONOUR JUDGE OKAFOR\nBetween: ROSALIND PRITCHARD (Claimant) and KESTREL BUILD LIMITED (Defendant)"
    )
    art = parse_blocks(*header.split("\n"), *_REASONS)
    assert art.title == "ROSALIND PRITCHARD v KESTREL BUILD LIMITED"


def test_a_real_headline_over_the_header_stays_the_title() -> None:
    header = _header("14 April 2026").split("\n")
    art = parse_blocks(MENU, "Boat buyer wins hull claim", *header, "JUDGMENT", *_REASONS, FOOTER)
    assert art.title == "Boat buyer wins hull claim"
