"""Entity kinds a new user found on their own pages (session 56): places read as people (a
town after a word of travel, "X born and bred", a name with a place's head noun, a town the
model calls a place as often as a person), a utility named after its region read as a person,
a one-word possessive read as a body, forum user names read as bodies, a German article kept
in a company's name. Own small inputs."""

from __future__ import annotations

import functools

import pytest

from indexer import entities as E
from tests.helpers import tag_texts


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    return functools.partial(tag_texts, title=True)


def test_a_town_at_a_journeys_end_is_a_place(tag) -> None:
    art = tag(["Storm news", "Trains from Dereham to Wymondham were cancelled after the storm brought down trees."])
    p = art.paragraphs[1]
    assert "Wymondham" in p.places and "Wymondham" not in p.people


def test_a_town_someone_is_born_and_bred_in_is_a_place(tag) -> None:
    art = tag(["Chip shop", "Sheringham born and bred, Maggie runs the chip shop on the front."])
    p = art.paragraphs[1]
    assert "Sheringham" in p.places and "Sheringham" not in p.people
    assert "Maggie" in p.people


def test_a_name_with_a_places_head_noun_is_a_place(tag) -> None:
    art = tag(["Walks", "The footpath runs from Costessey down to Clarence Bridge, where the river is wide."])
    p = art.paragraphs[1]
    assert {"Costessey", "Clarence Bridge"} <= set(p.places) and p.people == []
    art = tag(["Walks", "We cycled along Thorpe Marsh and then walked over Mousehold Heath before dark."])
    assert "Mousehold Heath" in art.paragraphs[1].places and art.paragraphs[1].people == []


def test_a_persons_surname_that_is_a_places_head_noun_stays_a_person(tag) -> None:
    art = tag(["Politics", "Edward Heath met the miners in 1974. She served under Edward Heath for years."])
    assert art.paragraphs[1].people == ["Edward Heath"]
    art = tag(["Golf", "Tiger Woods won again, and Eva Green presented the trophy."])
    assert {"Tiger Woods", "Eva Green"} <= set(art.paragraphs[1].people)
    assert not E._street_name("Ninfa Wood") and E._street_name("Hampstead Heath")  # a surname's head: only in context


def test_a_town_the_model_calls_a_place_as_often_as_a_person_is_a_place(tag) -> None:
    art = tag(
        ["Shetland", "The harbour at Lerwick was busy on Friday. Lerwick has a population of about seven thousand."]
    )
    p = art.paragraphs[1]
    assert "Lerwick" in p.places and "Lerwick" not in p.people


def test_a_utility_named_after_its_region_is_an_organization(tag) -> None:
    art = tag(["Drought", "Yorkshire Water said the reservoir levels were lower than usual."])
    p = art.paragraphs[1]
    assert p.orgs == ["Yorkshire Water"] and p.people == []
    assert E._service_name("Northern Rail") and not E._service_name("Samantha Power")
    assert not E._service_name("Mr Homes")


def test_a_one_word_possessive_before_a_common_noun_is_no_organization(tag) -> None:
    art = tag(
        [
            "Birding diary",
            "The view from Montagu's hide was better than from Bishop's hide, and Montagu's had more waders.",
            "We watched a kingfisher from Bishop's hide, then walked over to Montagu's to look at the godwits.",
        ]
    )
    assert art.paragraphs[1].orgs == [] and art.paragraphs[2].orgs == []
    # one owner before a place's noun ("Bishop's hide") and another with nothing after it
    art = tag(
        ["Birding diary", "From Bishop's hide we saw a bittern, then walked over to Montagu's to look at the godwits."]
    )
    assert art.paragraphs[1].orgs == []


def test_a_possessive_of_a_body_keeps_its_organization() -> None:
    # before a name, before a company's office, before any other noun (no place's)
    text = "Greenvale's Anna Marsh won. Acme's chief executive resigned. Labour's plans and Crumb's farm."
    names = ("Greenvale", "Acme", "Labour", "Crumb")
    ms = [E.Mention(text.index(n), text.index(n) + len(n), "ORG", n) for n in names]
    all_mentions = [ms]
    E._drop_possessive_orgs(all_mentions, [text])
    assert [m.text for m in all_mentions[0]] == ["Greenvale", "Acme", "Labour"]
    # a shop named by its possessive, in an article that names no place so
    text = "She went shopping at Macy's and bought a coat."
    all_mentions = [[E.Mention(21, 25, "ORG", "Macy")]]
    E._drop_possessive_orgs(all_mentions, [text])
    assert [m.text for m in all_mentions[0]] == ["Macy"]


def test_forum_user_names_are_no_organizations(tag) -> None:
    art = tag(["Forum thread", "Haggis_Hunter wrote that the geese had arrived, and Birder77 agreed with him."])
    p = art.paragraphs[1]
    assert p.orgs == [] and p.people == []
    assert E._user_name("tern_again") and not E._user_name("G4S") and not E._user_name("DiEM25")


def test_a_sentence_opening_german_article_is_no_part_of_a_company_name(tag) -> None:
    art = tag(
        [
            "Tram timetable",
            "The tram company in Freiburg changed its timetable this week.",
            "Die Freiburger Verkehrs AG hat den Fahrplan geändert.",
        ]
    )
    assert art.paragraphs[2].orgs == ["Freiburger Verkehrs AG"]


def test_an_article_stays_in_a_one_word_name_and_in_a_name_written_with_it() -> None:
    for text in ("Die Zeit GmbH said so.", "La Poste SA said so.", "Los Angeles Times said so."):
        assert E._drop_leading_article(text, 0, text.index(" said")) == 0
    text = "Die Erste Bank AG said so, and we asked Die Erste Bank AG again."
    assert E._drop_leading_article(text, 0, text.index(" said")) == 0
    text = "Die Erste Bank AG said so."
    assert E._drop_leading_article(text, 0, text.index(" said")) == 4
