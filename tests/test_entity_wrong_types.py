"""Types a user sees wrong in `entities`: post-nominal letters after a person ("Michael O'Dea
KC", "Jane Doe MP OBE") are no organization; a name ending in a word of clubs' and companies'
names ("Kentdale Harriers", "Marske United", "Acme Widgets Ltd") is no person or place. Own
small inputs."""

from __future__ import annotations

import functools

import pytest

from tests.helpers import tag_texts


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    return functools.partial(tag_texts, title=True)


def test_post_nominal_letters_are_no_organization(tag) -> None:
    art = tag(
        [
            "Engineer on trial over car park collapse",
            "Defence barrister Michael O’Dea KC told the jury his client had relied on a second opinion.",
        ]
    )
    assert art.paragraphs[1].orgs == []
    assert art.paragraphs[1].people == ["Michael O’Dea"]


def test_a_club_is_no_person_or_place(tag) -> None:
    art = tag(
        [
            "Fell runner dies at 91",
            "In the following two decades she won more than 60 races, and helped to found Kentdale Harriers in 1981.",
            "Rovers are at home to Marske United on Tuesday night.",
        ]
    )
    assert art.paragraphs[1].people == [] and art.paragraphs[1].orgs == ["Kentdale Harriers"]
    assert art.paragraphs[2].places == [] and "Marske United" in art.paragraphs[2].orgs
