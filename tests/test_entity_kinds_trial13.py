"""Kinds of wrong entity types a new user met in `indexer entities` (trial 13): a natural
feature named with a leading noun ("Lake X", "Gulf of X", "Buhayrat al-X") read as a person; a
language's name ("Arabic:") read as a group; a post-office box read as a body; a research
center read as a place; two companies joined by "and" read as one. Own small inputs, not the
trial's pages."""

from __future__ import annotations

import functools

import pytest

from indexer.entities import Mention, _split_coordinated
from tests.helpers import tag_texts


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    return functools.partial(tag_texts, title=True)


def test_features_named_by_a_leading_noun_are_places(tag) -> None:
    art = tag(
        [
            "Drought hits the lakes",
            "Lake Tarnow (Arabic: بحيرة تارنو, romanized: Buhayrat al-Tarnow) is a shallow lagoon near Mount Kelby.",
            "Fishermen said the Lago Verbano was also dry, as was the Gulf of Tarsa east of the Bay of Kelso.",
        ]
    )
    p = art.paragraphs
    assert p[1].people == [] and p[1].places == ["Lake Tarnow", "Buhayrat al-Tarnow", "Mount Kelby"]
    assert p[2].places == ["Lago Verbano", "Gulf of Tarsa", "Bay of Kelso"]


def test_a_language_is_no_group(tag) -> None:
    art = tag(
        [
            "Drought hits the lakes",
            "Lake Tarnow (Arabic: بحيرة تارنو) is a shallow lagoon.",
            'The word "Tarnow" (Arabic for "marsh") was used by fishermen, and by Greeks.',
            "In French, the lagoon has another name.",
        ]
    )
    p = art.paragraphs
    assert p[1].groups == [] and p[3].groups == []
    assert p[2].groups == ["Greeks"]


def test_a_post_office_box_is_no_body(tag) -> None:
    art = tag(
        [
            "Library appeal",
            "Donations may be sent to the Osk Valley Trust, P.O. Box 318, Middlebury, VT 05753.",
        ]
    )
    assert art.paragraphs[1].orgs == ["Osk Valley Trust"]


def test_a_body_named_as_a_place_is_a_body() -> None:
    from indexer.entities import _relabel

    text = "Researchers at the University of Iowa's RUMEX Center counted the closures."
    s = text.index("RUMEX")
    m = Mention(s, s + len("RUMEX Center"), "GPE", "RUMEX Center")
    assert _relabel(text, m, [m]).label == "ORG"
    venue = Mention(0, len("Lincoln Center"), "FAC", "Lincoln Center")
    assert _relabel("Lincoln Center was full.", venue, [venue]).label == "FAC"


def test_two_companies_joined_by_and_are_two() -> None:
    def split(name: str) -> list[str]:
        return [m.text for m in _split_coordinated(Mention(0, len(name), "ORG", name))]

    assert split("Kestrel Health and Meridian Scripts") == ["Kestrel Health", "Meridian Scripts"]
    assert split("UPX Health and Optum Rx") == ["UPX Health", "Optum Rx"]
    # one name with "and" inside
    assert split("Landlord and Tenant Board") == ["Landlord and Tenant Board"]
    assert split("National Oceanic and Atmospheric Administration") == [
        "National Oceanic and Atmospheric Administration"
    ]
    assert split("Department of Health and Social Care") == ["Department of Health and Social Care"]


def test_the_first_word_of_a_sentence_case_heading_names_nothing(tag) -> None:
    art = tag(
        [
            "Lagoon guide",
            "Contents\n1\tGeography\n2\tExternal links",
            "Apple earnings",
            "Analysts said Apple sold more phones than expected.",
        ]
    )
    p = art.paragraphs
    assert p[1].orgs == []
    assert p[2].orgs == ["Apple"]  # the prose names the company: the heading does too


def test_a_company_short_name_is_its_full_name() -> None:
    from indexer.entities import _same_org_head

    # "Kelvar Robotics" is "Kelvar" in the same release; a line of business is no other body
    assert _same_org_head(["kelvar"], ["kelvar", "robotics"])
    assert _same_org_head(["orvane"], ["orvane", "therapeutics"])
    # a product or event named after it stays apart
    assert not _same_org_head(["kelvar"], ["kelvar", "science", "fair"])
