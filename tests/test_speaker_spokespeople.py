"""A spokesperson, aide, adviser, representative or lawyer speaking for a person ("a spokeswoman
for NAME said", "an aide to NAME told", "his spokesman said he ...") is no quotation of the
person: the words are theirs, said on the person's behalf (entities._RX_AGENT_FOR,
_RX_AGENT_SUBJECT). A body's spokesperson stays the body speaking; a spokesperson named is the
speaker. Own small inputs (entities._speakers)."""

from __future__ import annotations

import pytest

from tests.helpers import tag_texts


@pytest.mark.parametrize(
    "text",
    [
        "\u201cMs Okafor is resting at home,\u201d a spokeswoman for Adaeze Okafor said on Tuesday.",
        "A spokesperson for Adaeze Okafor told reporters the singer would return in May.",
        "\u201cThe tour goes ahead,\u201d an aide to Adaeze Okafor said.",
        "An adviser to Adaeze Okafor said the contract had not been signed.",
        "Lawyers for Adaeze Okafor and Bruno Costa said the claim had no merit.",
        "The singer, a representative for Adaeze Okafor said, would not appeal.",
        "A lawyer for Adaeze Okafor denied the report, saying: \u201cIt is untrue.\u201d",
    ],
)
def test_who_speaks_for_a_person_does_not_make_them_a_speaker(text: str) -> None:
    assert tag_texts([text]).paragraphs[0].speakers == []


def test_his_spokesman_said_he_is_no_speaker() -> None:
    art = tag_texts(
        [
            "The singer Adaeze Okafor cancelled her concert in Leeds on Saturday. Her spokesman "
            "said she would rest for a week before the tour went on."
        ]
    )
    assert art.paragraphs[0].speakers == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the spokesperson named speaks
        ("\u201cShe is resting,\u201d said Tomas Berg, a spokesman for Adaeze Okafor.", ["Tomas Berg"]),
        # a body's spokesperson is the body speaking (the project's convention)
        ("A spokesman for Microsoft said the update would ship in June.", ["Microsoft"]),
        # the person speaking for themselves
        ("Adaeze Okafor said she would return to the stage in May.", ["Adaeze Okafor"]),
    ],
)
def test_named_spokespeople_bodies_and_people_themselves_still_speak(text: str, speakers: list[str]) -> None:
    assert tag_texts([text]).paragraphs[0].speakers == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a new user's try of BBC: "according to Bank of England deputy governor Rachel Lomax" made
        # the bank the speaker (the body's "of" held the rule back), not its officer
        (
            "Growth was faster than reported in the third quarter, according to Harbour Bank of Wales "
            "deputy governor Adaeze Okafor.",
            "Adaeze Okafor",
        ),
        ("Prices will rise again next year, said Harbour Bank of Wales chairman Bruno Costa on Monday.", "Bruno Costa"),
        ("Prices will rise again next year, according to the Harbour Bank of Wales.", "Harbour Bank of Wales"),
    ],
)
def test_a_bodys_officer_named_after_it_is_the_speaker(text: str, speaker: str) -> None:
    assert tag_texts([text]).paragraphs[0].speakers == [speaker]


def test_a_second_source_after_a_body_is_no_officer_of_it() -> None:
    text = "Prices held up, according to lender Harbour Bank of Wales and builder Adaeze Okafor."
    assert tag_texts([text]).paragraphs[0].speakers[:1] == ["Harbour Bank of Wales"]
