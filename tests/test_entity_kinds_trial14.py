"""Entity kinds from trial 14 and earlier trials' notes, by kind: two sides and a score between
them, a team sheet's surnames, a club named short and long, a company named short, an office
title's first word read as a place, a transcript's "Mr X" and its speaker's label, a school, a
bridge, a state benefit, a product's model number, a letter's signature, a person "in" a town,
a maiden name in brackets. Own small inputs."""

from __future__ import annotations

import functools
import re

import pytest

from indexer import entities as E
from indexer.models import Article, Paragraph
from tests.helpers import tag_texts


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    return functools.partial(tag_texts, title=True)


def test_a_score_splits_two_sides_both_organizations(tag) -> None:
    art = tag(
        [
            "Late goal settles the derby",
            "Final whistle: Northby Albion 0-1 Southwick Rovers.\nSubstitution, Northby Albion.",
        ]
    )
    orgs = art.paragraphs[1].orgs
    assert "Northby Albion" in orgs and "Southwick Rovers" in orgs
    assert not any(re.search(r"\d", n) for n in orgs + art.paragraphs[1].places + art.paragraphs[1].people)


def test_score_split_of_one_span() -> None:
    m = E.Mention(0, 33, "GPE", "Northby Albion 2 – 2 Kelso Harriers")
    assert [(x.label, x.text) for x in E._split_coordinated(m)] == [
        ("ORG", "Northby Albion"),
        ("ORG", "Kelso Harriers"),
    ]
    # a range of years is no score
    assert E._RX_SCORE_BETWEEN.fullmatch("Treaty 1914-1918 Commission") is None


def test_a_side_of_a_result_is_a_team_in_the_whole_article() -> None:
    side = E.Mention(0, 5, "ORG", "Kelby", fld="orgs", canonical="Kelby", side_cue=True)
    other = E.Mention(0, 5, "PERSON", "Kelby", fld="people", canonical="Kelby")
    fields = {"Kelby": "people", "Ann Kelby": "people"}
    E._sides_named_as_people_or_places([(0, side), (1, other), (2, other)], set(), fields)
    assert fields["Kelby"] == "orgs"
    fields = {"Kelby": "people"}
    E._sides_named_as_people_or_places([(0, side), (1, other)], {"Kelby"}, fields)
    assert fields["Kelby"] == "people"  # a surname of a person named in full


def test_team_sheet_surnames_are_people_and_the_side_an_org(tag) -> None:
    art = tag(
        [
            "Rovers edge it",
            "Kelso Harriers: Penrose, Tilley, Marsh, Oduya (Brandt 71'), Quayle, Fenn, Lowther, Sykes.",
        ]
    )
    p = art.paragraphs[1]
    assert p.places == []
    assert p.orgs == ["Kelso Harriers"]
    assert all(" " not in n for n in p.people)


def test_a_club_named_short_and_long_is_one_club(tag) -> None:
    art = tag(
        [
            "Harbury hold on",
            "Kelso Harriers won 2-0 at Harbury Town on Saturday.",
            "Harbury manager Ian Crofts said his side had been unlucky.",
            "Harbury have now lost four in a row.",
        ]
    )
    fields = {n: f for p in art.paragraphs for f in ("orgs", "places") for n in getattr(p, f)}
    assert fields.get("Harbury Town") == "orgs"
    assert "Harbury" not in fields


def test_a_company_called_by_its_first_word_is_that_company() -> None:
    # the model's reading, as trial 13's press release got it: the short name a place
    texts = [
        "Tidewell Robotics said it had raised $60 million.",
        "Tidewell has shown that robots work in old buildings.",
        "Its depot in Tidewell opened last year.",
    ]
    long = E.Mention(0, 17, "ORG", "Tidewell Robotics", fld="orgs")
    short = E.Mention(0, 8, "GPE", "Tidewell", fld="places")
    s = texts[2].index("Tidewell")
    town = E.Mention(s, s + 8, "GPE", "Tidewell", fld="places")
    E._bodies_named_short([(0, long), (1, short)], texts)
    assert short.fld == "orgs"
    # an article that puts the name where a place stands once ("in Tidewell") names the town
    short.fld = "places"
    E._bodies_named_short([(0, long), (1, short), (2, town)], texts)
    assert short.fld == "places" and town.fld == "places"


def test_an_office_titles_first_word_is_no_place(tag) -> None:
    art = tag(
        [
            "Tenant wins appeal",
            "This is an appeal against the order of District Judge Fairlie dated 3 May 2025.",
            "The District Judge did not consider whether an outright order was reasonable.",
            "US President Obama and Chicago Mayor Rahm Emanuel were in the audience.",
        ]
    )
    assert art.paragraphs[1].places == [] and art.paragraphs[2].places == []
    assert any("Fairlie" in n for n in art.paragraphs[1].people)
    assert "Chicago" in art.paragraphs[3].places


def test_mr_surname_in_a_transcript_is_the_speaker_labelled_in_full() -> None:
    # the speakers' labels are the paragraphs' turns (segment.speakers), no mention of the text
    paras = [
        Paragraph(1, "title", "Ferry services"),
        Paragraph(2, "body", "Order. I call the first speaker."),
        Paragraph(3, "body", "Thank you, Mr Haldane. The ferries to the islands have been cut twice."),
    ]
    paras[1].turn, paras[2].turn = "Moira Haldane", "Ewan Tosh"
    art = E.tag_article(Article("t", "t", "h", paragraphs=paras))
    assert art.paragraphs[2].people == ["Moira Haldane"]


def test_a_school_is_an_organization_and_a_bridge_a_place(tag) -> None:
    art = tag(
        [
            "Lanterns light up the town",
            "Pupils from St Bride's Primary built a paper swan for the parade.",
            "The band led the procession from the Corn Market to Giant's Bridge.",
            "Crowds gathered near Mecca's Grand Mosque.",
        ]
    )
    assert art.paragraphs[1].orgs == ["St Bride's Primary"] and art.paragraphs[1].places == []
    assert "Giant's Bridge" in art.paragraphs[2].places and art.paragraphs[2].orgs == []
    assert "Grand Mosque" in art.paragraphs[3].places


def test_a_state_benefit_is_no_entity() -> None:
    for name in ("Universal Credit", "Child Benefit", "Jobseeker's Allowance", "Winter Fuel Payment", "Bürgergeld"):
        assert not E._plausible(name, "ORG"), name
    for name in ("Credit Suisse", "Global Payments", "Benefit Cosmetics"):
        assert E._plausible(name, "ORG"), name
    assert E._plausible("Times Educational Supplement", "ORG")


def test_a_product_cut_before_its_model_number_is_no_organization() -> None:
    text = "For reliable schedules, the Dustmaster Glide 2 is worth the extra money."
    s = text.index("Dustmaster")
    m = E.Mention(s, s + len("Dustmaster Glide"), "ORG", "Dustmaster Glide")
    assert E._product_names(text, [m]) == []
    for text, name in (
        ("Scorers: Makofo 66.", "Makofo"),  # a surname and a minute
        ("He moves from BBC Radio 4.", "BBC Radio"),
        ("The Workers Union 70,000 members.", "Workers Union"),
        ("On BBC News 24, he said so.", "BBC News"),
        ("Result: Arsenal 2, Chelsea 1.", "Chelsea"),
        ("Result: Arsenal 2 Chelsea 1.", "Arsenal"),
    ):
        s = text.index(name)
        m = E.Mention(s, s + len(name), "ORG", name)
        assert E._product_names(text, [m]) == [m], text


def test_a_letters_signature_names_a_village_not_a_second_writer(tag) -> None:
    art = tag(["Letters", "Restore the bus and half the traffic goes.", "Niamh Foley, Glenbrack"])
    assert art.paragraphs[2].people == ["Niamh Foley"]
    assert art.paragraphs[2].places == ["Glenbrack"]


def test_a_one_word_person_always_in_or_near_is_a_place() -> None:
    flat = []
    for text in ("My childhood in Varenna started early.", "We moved near Varenna later."):
        s = text.index("Varenna")
        m = E.Mention(s, s + 7, "PERSON", "Varenna", fld="people", canonical="Varenna")
        m.in_cue = E._in_cue(text, m)
        flat.append((0, m))
    fields = {"Varenna": "people"}
    E._places_named_as_people(flat, set(), fields)
    assert fields["Varenna"] == "places"
    # once "in" a film among other mentions: still a person
    text = "He starred in Nightjar."
    s = text.index("Nightjar")
    m1 = E.Mention(s, s + 8, "PERSON", "Nightjar", fld="people", canonical="Nightjar")
    m1.in_cue = E._in_cue(text, m1)
    m2 = E.Mention(0, 8, "PERSON", "Nightjar", fld="people", canonical="Nightjar")
    fields = {"Nightjar": "people"}
    E._places_named_as_people([(0, m1), (1, m2)], set(), fields)
    assert fields["Nightjar"] == "people"
    assert not E._in_cue("her faith in Jesus.", E.Mention(12, 17, "PERSON", "Jesus"))


def test_a_maiden_name_in_brackets(tag) -> None:
    art = tag(["Obituary", "She was the daughter of Arthur and Edith (Crane) Holloway of Dunmore."])
    people = art.paragraphs[1].people
    assert "Edith Holloway" in people and "Arthur Holloway" in people
    assert not any("Crane" in n for n in people)


# Patterns searched in a paragraph's text, and patterns only matched whole against a mention's
# text (a name: short, but tried on long junk too).
@pytest.mark.linear
@pytest.mark.parametrize(
    ("rx", "searched"),
    [
        (E._RX_RESULT_LINE, True),
        (E._RX_SIDE_BEFORE, True),
        (E._RX_SIDE_AFTER, True),
        (E._RX_LINE_UP, True),
        (E._SIGNATURE_WORD, False),  # (the signature's shape: models.signature_parts, no pattern)
        (E._SIGNATURE_NOT_SPACING, True),
        (E._RX_MAIDEN, True),
        (E._RX_FACILITY, True),
        (E._RX_SCHOOL, True),
        (E._RX_MODEL_NUMBER, True),
        (E._RX_SCORE_END, True),
        (E._RX_SCORE_BETWEEN, False),
        (E._RX_BENEFIT, False),
    ],
)
def test_new_patterns_are_linear(rx: re.Pattern[str], searched: bool) -> None:
    for probe in (" " * 3000, "a a " * 750, "Ab " * 1000, "1" * 3000, "Ab, " * 750, "Ab 1-0 " * 430):
        if searched:
            rx.search(probe)
        rx.fullmatch(probe)
