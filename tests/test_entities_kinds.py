"""Fault kinds found by error analysis on the GUM tuning documents (issue 12), each as a small
input written here with the right value (never a GUM text)."""

from __future__ import annotations

import pytest

from indexer.models import Article, Paragraph


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    from indexer.entities import tag_article

    def run(texts: list[str], title: bool = True) -> Article:
        paras = [Paragraph(i + 1, "title" if title and i == 0 else "body", t) for i, t in enumerate(texts)]
        return tag_article(Article("t", "t", "h", paragraphs=paras))

    return run


def test_a_surname_never_links_to_a_relative_who_has_it_as_a_middle_name(tag) -> None:
    art = tag(
        [
            "Recent appointments",
            "His daughter Mirela Vasco Ortiz wrote a memoir.",
            "Later, Vasco taught mathematics at the university.",
        ],
        title=False,
    )
    assert "Mirela Vasco Ortiz" not in art.paragraphs[2].people


def test_a_title_that_is_a_name_is_the_subject_its_surname_links_to(tag) -> None:
    art = tag(
        [
            "Tomasz Eryk Wolanski",
            "Born in Gdansk, Wolanski studied physics in Warsaw.",
            "In 1950 Wolanski married the pianist Ewa Brandt.",
        ]
    )
    assert art.paragraphs[0].people == ["Tomasz Eryk Wolanski"]
    assert "Tomasz Eryk Wolanski" in art.paragraphs[2].people


def test_an_acronym_is_the_name_it_abbreviates_not_a_longer_name_that_contains_it(tag) -> None:
    art = tag(
        [
            "Prints for a campus museum",
            "The prints went on show at the University of Northern Vermont in March.",
            "Twelve prints were given to UNV Art Collections by a foundation.",
            "UNV will show them again next year.",
        ],
        title=False,
    )
    assert art.paragraphs[3].orgs == ["University of Northern Vermont"]


def test_a_country_named_often_is_not_a_person_because_one_phrase_looked_like_a_name(tag) -> None:
    art = tag(
        [
            "Sensors across the island",
            "We set up sensors in Taiwan and the data from Taiwan is open.",
            "The second plan, Bio Taiwan, was announced by the ministry.",
            "Schools in Taiwan use the maps.",
        ],
        title=False,
    )
    assert art.paragraphs[1].places == ["Taiwan"] and art.paragraphs[3].places == ["Taiwan"]
    assert not art.paragraphs[3].people


def test_a_country_that_plays_is_its_team_in_every_paragraph_about_the_game(tag) -> None:
    art = tag(
        [
            "Cup report",
            "Norway defeated Chile 2 – 1 at the city stadium on Monday.",
            "In the 30th minute the referee awarded Norway a penalty.",
            "Chile had more possession but Norway held the lead.",
        ],
        title=False,
    )
    for p in art.paragraphs[1:]:
        assert "Norway" in p.orgs and "Norway" not in p.places
