"""Speakers of a habit of saying and of a decision passed on to the writer: "'...,' she used to
say" (would say, likes to say) is the person named a sentence or a paragraph before; a company
that "told me" something with no quotation in the paragraph is no speaker, while a body's
statement in news and a quoted one stay. Own small inputs (entities._speakers)."""

from __future__ import annotations

import pytest

from tests.helpers import tag_texts

TITLE = "The bakery on Mill Lane"


@pytest.mark.parametrize("verb", ["used to say", "would say", "liked to say", "would often say"])
def test_a_habit_of_saying_names_the_person_before(verb: str) -> None:
    art = tag_texts(
        [
            TITLE,
            "My aunt Greta Lindqvist kept the bakery on Mill Lane for thirty years. She never weighed "
            f"the flour. \u201cThe oven tells you when it is ready,\u201d she {verb}.",
        ],
        title=True,
    )
    assert art.paragraphs[1].speakers == ["Greta Lindqvist"]


def test_the_person_of_the_paragraph_before_says_an_opening_quotation() -> None:
    art = tag_texts(
        [
            TITLE,
            "My aunt Greta Lindqvist kept the bakery on Mill Lane for thirty years.",
            "\u201cThe oven tells you when it is ready,\u201d she would say, sleeves rolled to the elbow.",
        ],
        title=True,
    )
    assert art.paragraphs[2].speakers == ["Greta Lindqvist"]


def test_a_company_that_told_the_writer_a_decision_is_no_speaker() -> None:
    art = tag_texts(
        [
            "Two months on, still no deposit",
            "In March my letting agent, Northgate Lettings Limited, told me they were keeping the "
            "whole deposit for cleaning.",
        ],
        title=True,
    )
    assert art.paragraphs[1].speakers == []


def test_a_company_quoted_or_reported_in_news_stays_a_speaker() -> None:
    art = tag_texts(
        [
            "Letting agent keeps deposits",
            "Northgate Lettings Limited said the deductions were lawful and would be reviewed.",
            "\u201cEvery deduction is itemised,\u201d Northgate Lettings Limited told us.",
        ],
        title=True,
    )
    assert art.paragraphs[1].speakers == ["Northgate Lettings Limited"]
    assert art.paragraphs[2].speakers == ["Northgate Lettings Limited"]
