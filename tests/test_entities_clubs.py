"""A club the model reads as a surname (BBC Sport, a new user's try of session 41: `indexer entities
people` listed Blackburn 18, Everton 14, Bolton 13, Gloucester 12): a one-word "person" the
article names with a team's staff after it ("Bolton manager Sam Allardyce", "Blackburn striker")
is that club in every paragraph of the article (entities._teams_by_their_staff), unless a person
of the article has it as a surname; a manager's "Allardyce's side" makes no club of him."""

from __future__ import annotations

from tests.helpers import tag_texts


def test_a_club_named_with_its_manager_is_a_club_throughout() -> None:
    a = tag_texts(
        [
            "Candela completes Bolton switch",
            "Bolton boss Sam Allardyce has signed the Roma defender Vincent Candela on a five-month deal.",
            "Candela said he had long wanted to play in England and that Bolton had made him feel welcome.",
        ],
        title=True,
    )
    for p in a.paragraphs:
        assert "Bolton" not in p.people
    assert all("Bolton" in p.orgs for p in a.paragraphs)
    assert "Sam Allardyce" in a.paragraphs[1].people


def test_a_managers_side_and_a_singers_surname_stay_people() -> None:
    a = tag_texts(
        [
            "Allardyce praises his players",
            "Allardyce's side deserved the win, said Sam Allardyce, who watched from the stand.",
            "The singer Michael Bolton will play in Manchester, and Bolton fans of his music queued all night.",
            "Elvis fans around the world marked the singer's birthday on Saturday.",
        ],
        title=True,
    )
    assert "Sam Allardyce" in a.paragraphs[1].people
    assert "Michael Bolton" in a.paragraphs[2].people and "Bolton" not in a.paragraphs[2].orgs
    assert "Elvis" not in a.paragraphs[3].orgs  # a singer's fans


def test_a_place_across_v_from_a_club_is_a_club() -> None:
    # BBC Sport's FA Cup draws: "Newcastle v Chelsea", "Everton v Crystal Palace" had the towns
    # and clubs the model calls places as places (17 in its fixture lists); a country against a
    # country stays a place (a national team is a place's name as much as a team's).
    a = tag_texts(
        [
            "FA Cup draw",
            "The draw for the fourth round was made on Monday.",
            "Newcastle v Chelsea",
            "Everton v Crystal Palace",
            "France v Israel",
        ],
        title=True,
    )
    assert a.paragraphs[2].orgs == ["Newcastle", "Chelsea"] and a.paragraphs[2].places == []
    assert a.paragraphs[3].orgs == ["Everton", "Crystal Palace"] and a.paragraphs[3].places == []
    assert a.paragraphs[4].places == ["France", "Israel"]
