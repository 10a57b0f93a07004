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
