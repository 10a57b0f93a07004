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


def test_a_natural_feature_is_a_place_not_a_person(tag) -> None:
    art = tag(
        [
            "Ice loss speeds up at Kettering Glacier",
            "Kettering Glacier is retreating faster than thought, a survey says.",
            "The retreat of Kettering was measured from space.",
            "The team also crossed the Brindlemoor Glacier and flew along the Ostvik River.",
            "Director Michael Bay and the racer Damon Hill watched.",
        ]
    )
    for i in (0, 1, 2):
        assert art.paragraphs[i].people == [] and art.paragraphs[i].places == ["Kettering Glacier"]
    assert art.paragraphs[3].people == []
    assert "Brindlemoor Glacier" in art.paragraphs[3].places
    assert art.paragraphs[4].people == ["Michael Bay", "Damon Hill"]


def test_a_camel_case_word_is_a_brand_not_a_person(tag) -> None:
    from indexer.entities import Mention, _relabel

    text = "TalkWeekly said it had no comment."
    m = Mention(0, 10, "PERSON", "TalkWeekly")
    assert _relabel(text, m, [m]).label == "ORG"  # type: ignore[union-attr]
    for name in ("DeAndre", "LeBron", "McCarthy", "MacLeod", "YouTuber", "Ian MacLeod"):
        m = Mention(0, len(name), "PERSON", name)
        assert _relabel(name + " said so.", m, [m]).label == "PERSON"  # type: ignore[union-attr]
    art = tag(["Fans write in", "Fans of DeAndre Jordan, LeBron James, Kevin McCarthy and Ian MacLeod wrote in."])
    assert art.paragraphs[1].orgs == []
    assert {"DeAndre Jordan", "LeBron James", "Kevin McCarthy", "Ian MacLeod"} <= set(art.paragraphs[1].people)


def test_a_nationality_opening_a_body_s_name_is_the_body(tag) -> None:
    art = tag(
        [
            "Survey ship sets sail",
            "Researchers from the British Antarctic Survey and the French Foreign Legion were on board.",
        ]
    )
    p = art.paragraphs[1]
    assert p.groups == []
    assert p.orgs == ["British Antarctic Survey", "French Foreign Legion"]


def test_the_state_as_a_party_before_a_legal_role_is_no_body(tag) -> None:
    art = tag(
        [
            "Man cleared of theft",
            "A Crown prosecutor told the court the case was closed, and Crown counsel Mary Byrne agreed.",
            "The Crown Prosecution Service said it would not appeal.",
        ]
    )
    assert art.paragraphs[1].orgs == [] and art.paragraphs[1].people == ["Mary Byrne"]
    assert art.paragraphs[2].orgs == ["Crown Prosecution Service"]


def test_a_table_s_header_row_names_nothing(tag) -> None:
    art = tag(
        [
            "Result in Westfold",
            "The count ended at dawn.",
            "Candidate | Party | Votes\nAnna Lindqvist | Labour | 12,003\nMark Obiora | Green | 9,870",
        ]
    )
    p = art.paragraphs[2]
    assert "Candidate" not in p.orgs + p.people + p.places
    assert "Anna Lindqvist" in p.people


def test_a_name_ending_in_a_common_noun_the_model_calls_a_body_as_often_as_a_person_is_a_body(tag) -> None:
    art = tag(
        [
            "Shop news",
            "The lamps were bought from Luna Candles, said shop manager Alan Reed. Luna Candles opened in 2001.",
        ]
    )
    assert art.paragraphs[1].people == ["Alan Reed"] and art.paragraphs[1].orgs == ["Luna Candles"]
