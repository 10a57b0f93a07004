"""A surname after a title of one sex is not a full name of a given name of the other sex (BBC
politics/011: "Mrs Howard will make solo visits", Michael Howard's wife, was tagged as him and
quoted as him: "she said" made him a speaker of her words). Own small input."""

from __future__ import annotations

import pytest

from indexer.givennames import other_sex, sex_of
from tests.helpers import tag_texts


def _people(texts: list[str]) -> list[list[str]]:
    return [p.people for p in tag_texts(texts, title=True).paragraphs]


def test_a_wife_is_not_her_husband() -> None:
    people = _people(
        [
            "Mrs Howard gets key campaign role",
            "Michael Howard's wife, Sandra, is to play a leading role in the Conservative election campaign.",
            "Mr Howard will host a news conference every morning, the party chairman said.",
            "Mrs Howard has appeared beside her husband on television, where she said she often criticised him.",
        ]
    )
    assert people[0] == ["Mrs Howard"]
    assert "Michael Howard" in people[2] and "Mrs Howard" not in people[2]
    assert "Mrs Howard" in people[3] and "Michael Howard" not in people[3]


@pytest.mark.parametrize(
    ("full", "titled"),
    [("Theresa Villiers", "Mrs Villiers"), ("Andrea Nahles", "Frau Nahles"), ("Andrea Leadsom", "Mr Leadsom")],
)
def test_a_title_that_fits_or_a_name_of_either_sex_links(full: str, titled: str) -> None:
    # the same sex, or a given name both sexes have ("Andrea"): the surname is the full name
    surname = full.split()[-1]
    people = _people([f"{full} spoke in the debate.", f"Later, {titled} told reporters the vote was close."])
    assert people[1] == [full], surname


def test_other_sex() -> None:
    assert sex_of("Michael") == "m" and sex_of("Sandra") == "f" and sex_of("Andrea") == ""
    assert other_sex("Mrs", "Michael Howard") and other_sex("Mr.", "Sandra Howard")
    assert not other_sex("Mrs", "Sandra Howard") and not other_sex("Dr", "Michael Howard")
    assert not other_sex("Mrs", "Andrea Howard")
