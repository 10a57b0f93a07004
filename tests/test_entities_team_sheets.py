"""Team sheets of initials and surnames (BBC Sport's line-ups, a new user's try of session 41):
the model read "G Cooper" and "K Morgan" as organizations and "I Gough" as "Gough"
(entities._initials_players), and a sheet's "H Luscombe" stood apart from the report's "Hal
Luscombe", which then left the report's "Luscombe" unlinked (entities._initials_fit)."""

from __future__ import annotations

import pytest

from tests.helpers import tag_texts

REPORT = [
    "Wales win in Rome",
    "Hal Luscombe and Gareth Thomas scored before half-time, and Stephen Jones kicked the conversions.",
    "Luscombe went over again after the break.",
    "G Thomas (capt); H Luscombe, T Shanklin, G Henson, S Williams; S Jones, D Peel; A Jones, B Cockbain.",
    "R McBryde, J Yapp, I Gough, R Sowden-Taylor, G Cooper, C Sweeney, K Morgan.",
]


@pytest.fixture(scope="module")
def report():
    return tag_texts(REPORT, title=True)


def test_every_player_of_a_sheet_of_initials_is_a_person(report) -> None:
    bench = report.paragraphs[4]
    assert bench.orgs == [] and bench.places == []
    assert set(bench.people) == {
        "R McBryde",
        "J Yapp",
        "I Gough",
        "R Sowden-Taylor",
        "G Cooper",
        "C Sweeney",
        "K Morgan",
    }


def test_initials_are_the_full_name_the_report_gives(report) -> None:
    sheet = report.paragraphs[3]
    assert {"Hal Luscombe", "Gareth Thomas", "Stephen Jones"} <= set(sheet.people)
    assert "A Jones" in sheet.people  # another Jones: not Stephen
    assert "Hal Luscombe" in report.paragraphs[2].people  # the surname alone, linked as before the sheet


@pytest.mark.parametrize(
    "line",
    [
        "Subs Not Used: Cooper, Knight.",  # surnames alone: no initials to go by
        "The UK Parliament, EU Council, US Congress and UN Assembly met.",
        "Offices in New York, Los Angeles, San Francisco and Chicago.",
    ],
)
def test_other_lists_are_left_to_the_model(line: str) -> None:
    tagged = tag_texts(["Notes", line], title=True).paragraphs[1]
    assert not any(" " in p and p.split()[0].isupper() and len(p.split()[0]) <= 2 for p in tagged.people)
