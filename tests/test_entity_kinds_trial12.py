"""Kinds of wrong entity types a new user met in `indexer entities` (trial 12): events,
streets and small towns read as people; people in a results table read as bodies and the
table's header as one; a body's name cut at its "and"; a utility read as a place; a demonym
inside a longer name read as a group; a site's menu and a form's code read as bodies; a town
after "residents of" missed. Own small inputs, not the trial's pages."""

from __future__ import annotations

import functools

import pytest

from tests.helpers import tag_texts


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    return functools.partial(tag_texts, title=True)


def test_a_race_is_no_person(tag) -> None:
    art = tag(
        [
            "Runners brave the wind at the Lisbon Marathon",
            "Ana Duarte of Portugal won the 30th Lisbon Marathon on Sunday, ahead of Joana Pires of Spain.",
        ]
    )
    assert art.paragraphs[0].people == []
    assert art.paragraphs[1].people == ["Ana Duarte", "Joana Pires"]


def test_streets_are_places_not_people(tag) -> None:
    art = tag(
        [
            "Marathon route announced",
            "The final stretch ran along Rua Augusta and then along Unter den Eichen, race director Pedro Mota said.",
        ]
    )
    assert art.paragraphs[1].people == ["Pedro Mota"]
    assert art.paragraphs[1].places == ["Rua Augusta", "Unter den Eichen"]


def test_towns_after_a_noun_of_settlements_and_a_constituency(tag) -> None:
    art = tag(
        [
            "Bus cuts hit the villages",
            "Anna Price (Ashby and Coalville) (LD)",
            "In my constituency, villages such as Nether Stowey and Crowcombe have lost their buses.",
            "I thank the hon. Member for Ashby and Coalville for securing this debate.",
            "Residents of Tonopah packed the meeting on Thursday, and the town of Gerlach sent a letter.",
            "My aunt lived in Borgo Tossignano, above the valley.",
        ]
    )
    p = art.paragraphs
    assert p[1].people == ["Anna Price"] and p[1].places == ["Ashby and Coalville"] and p[1].orgs == []
    assert p[2].people == [] and p[2].orgs == [] and p[2].places == ["Nether Stowey", "Crowcombe"]
    assert p[3].places == ["Ashby and Coalville"]
    assert p[4].places == ["Tonopah", "Gerlach"] and p[4].people == []
    assert p[5].people == [] and p[5].places == ["Borgo Tossignano"]


def test_a_results_table_holds_people_under_a_header(tag) -> None:
    art = tag(
        [
            "Elite women's results",
            "Pos | Athlete | Country | Time\n1 | Ana Duarte | POR | 2:21:02\n"
            "2 | Lemlem Tesfaye | ETH | 2:21:40\n3 | Birtukan Haile | ETH | 2:22:15",
        ]
    )
    assert art.paragraphs[1].orgs == []
    assert art.paragraphs[1].people == ["Ana Duarte", "Lemlem Tesfaye", "Birtukan Haile"]


def test_a_name_with_and_inside_is_one_body(tag) -> None:
    art = tag(
        [
            "Tenants win refund",
            "She took her case to the Landlord and Tenant Tribunal in March.",
            "He bought socks at Marks and Spencer and shoes at Procter and Gamble.",
        ]
    )
    assert art.paragraphs[1].orgs == ["Landlord and Tenant Tribunal"]
    assert art.paragraphs[2].people == [] and art.paragraphs[2].orgs == ["Marks and Spencer", "Procter and Gamble"]


def test_a_utility_billing_is_a_company(tag) -> None:
    art = tag(
        [
            "Aunt's recipe",
            "My uncle found it on the back of an electricity bill from Endesa, written in pencil.",
        ]
    )
    assert art.paragraphs[1].places == [] and art.paragraphs[1].orgs == ["Endesa"]


def test_a_demonym_inside_a_longer_name_is_no_group(tag) -> None:
    art = tag(
        [
            "Council meets on the mine",
            "Elders of the Yerington Indian Colony met on Monday.",
            "Warm water carried south by the East Greenland Current has changed the fishery.",
            "The French President met the Indian Prime Minister.",
        ]
    )
    assert art.paragraphs[1].groups == []
    assert art.paragraphs[2].places == ["East Greenland Current"]
    assert art.paragraphs[3].groups == ["French", "Indians"]  # before a title: the nationality


def test_a_menu_row_and_a_forms_code_are_no_bodies(tag) -> None:
    art = tag(
        [
            "Tenants win refund",
            "Economy Education Environment Health Opinion Podcasts Events",
            "You can file a form T4 with the board to ask for a refund. I filed the T4 in May.",
        ]
    )
    assert art.paragraphs[1].orgs == []
    assert art.paragraphs[2].orgs == []
