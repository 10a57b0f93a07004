"""Clubs named after a place, a river or a region with no "FC", "KS" or "SV" (a town's name
and a river's, two place names), which the model reads as a person's given name and surname:
a fixture's result line ("Home – Away 3:1 (0:1)", "Home vs Away 2-1") names both sides as teams,
and the article's other mentions of them follow (helper users: a Polish club was a "person"
in a match report). Names written here, none a real club's."""

from __future__ import annotations


import pytest

from indexer import entities
from tests.helpers import tag_texts


@pytest.mark.parametrize(
    ("texts", "clubs"),
    [
        (
            [
                "Derby win at home",
                "Harzel Ostrowice beat Jagodna Wielkie in front of 600 fans on Saturday.",
                "Harzel Ostrowice – Jagodna Wielkie 3:1 (0:1)",
            ],
            ["Harzel Ostrowice", "Jagodna Wielkie"],
        ),
        (
            ["Cup tie", "Saxby Lenton won away at Ormley Brook on Sunday.", "Ormley Brook – Saxby Lenton 0:2 (0:1)"],
            ["Saxby Lenton", "Ormley Brook"],
        ),
        (
            ["Late winner", "Thornwick Vale vs Kelmarsh Abbey 2-1", "A late goal gave Thornwick Vale the points."],
            ["Thornwick Vale", "Kelmarsh Abbey"],
        ),
        (
            ["Derby", "Wiesental Kirchberg gewann das Derby.", "Wiesental Kirchberg - Rotbach Talheim 2:0 (1:0)"],
            ["Wiesental Kirchberg", "Rotbach Talheim"],
        ),
    ],
)
def test_the_sides_of_a_fixtures_result_are_clubs_in_the_whole_article(texts: list[str], clubs: list[str]) -> None:
    art = tag_texts(texts, title=True)
    people = {n for p in art.paragraphs for n in p.people}
    orgs = {n for p in art.paragraphs for n in p.orgs}
    assert people & set(clubs) == set()
    assert set(clubs) <= orgs


def test_a_result_between_two_players_named_in_full_keeps_them_people() -> None:
    art = tag_texts(
        ["Final in the rain", "Anna Kowalska – Maria Novak 6:4 (2:1)", "Anna Kowalska won her first title."],
        title=True,
    )
    assert "Anna Kowalska" in art.paragraphs[1].people


@pytest.mark.linear
def test_the_fixture_search_is_linear() -> None:
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "A." * 1500, "Ab – " * 600):
        entities._fixture_sides(text, [])
