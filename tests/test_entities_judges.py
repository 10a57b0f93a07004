"""A court's header names its judge by a judicial style and its parties by their roles, often in
capitals (sixteenth trial): "HIS HONOUR JUDGE PELLING KC" (the surname alone, then post-nominal
letters) was no person, nor "MARGARET HARLOW (Claimant)", while "Case No: HT-2025-000112" gave
the org "HT-2025". Inputs of our own."""

from __future__ import annotations

import functools

import pytest

from tests.helpers import tag_texts


@pytest.fixture(scope="module")
def tag():
    return functools.partial(tag_texts, title=True)


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("HIS HONOUR JUDGE TREWIN KC", "TREWIN"),
        ("Before: HIS HONOUR JUDGE TREWIN KC", "TREWIN"),
        ("Before: MRS JUSTICE OKAFOR", "OKAFOR"),
        ("Before: HER HONOUR JUDGE ELSPETH TREWIN KC", "ELSPETH TREWIN"),
        ("DISTRICT JUDGE MALLORY", "MALLORY"),
    ],
)
def test_a_judge_after_a_judicial_style(tag, line: str, person: str) -> None:
    art = tag(["Judgment", line])
    assert art.paragraphs[1].people == [person]


def test_a_judge_named_in_full_links_the_surname(tag) -> None:
    art = tag(
        [
            "Judgment",
            "Before: HIS HONOUR JUDGE ELSPETH TREWIN KC",
            "HIS HONOUR JUDGE TREWIN KC",
            "Judge Trewin said so.",
        ]
    )
    assert art.paragraphs[2].people == ["ELSPETH TREWIN"] and art.paragraphs[3].people == ["ELSPETH TREWIN"]


@pytest.mark.parametrize(
    "line",
    [
        "Between: ROSALIND PRITCHARD (Claimant) and KESTREL BUILD LIMITED (Defendant)",
        "ROSALIND PRITCHARD  Claimant",
    ],
)
def test_a_party_in_capitals_with_its_role_is_a_person(tag, line: str) -> None:
    assert tag(["Judgment", line]).paragraphs[1].people == ["ROSALIND PRITCHARD"]


def test_a_company_party_is_no_person(tag) -> None:
    art = tag(["Judgment", "KESTREL BUILD LIMITED  Defendant"])
    assert art.paragraphs[1].people == []


def test_a_case_number_is_no_org(tag) -> None:
    art = tag(["Judgment", "Case No: HT-2026-000031", "Claim No: KB/2026/0044"])
    assert art.paragraphs[1].orgs == [] and art.paragraphs[2].orgs == []


def test_a_style_word_in_prose_is_no_judge(tag) -> None:
    art = tag(["Judgment", "The judge said the justice system was slow and the Judge Of The Year award was late."])
    assert art.paragraphs[1].people == []
