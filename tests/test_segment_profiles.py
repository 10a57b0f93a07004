"""A bio of someone other than the byline's author is the article's text, not an author box
(helper html4, from the trial: a piece about two reporters lost both profiles, and their names
were added to the byline)."""

from __future__ import annotations

from tests.helpers import parse_blocks

_TEXT = (
    "This year's prize for local journalism went to two reporters from the Hull Courier for their "
    "reporting on neglect in the city's care homes, the judges said on Monday."
)
_P1 = (
    "Grace Okonjo is a reporter covering health and social care in East Yorkshire. She joined the paper "
    "in 2019 after four years at the Grimsby Telegraph."
)
_P2 = (
    "Callum Reddish is a data journalist covering local government in the region. He joined the paper "
    "in 2021 after five years at the BBC."
)


def test_profiles_of_other_reporters_under_a_byline_are_body() -> None:
    art = parse_blocks(
        "The two reporters who uncovered the scandal",
        "By Nadia Fenwick",
        _TEXT,
        f"Grace Okonjo\n{_P1}",
        f"Callum Reddish\n{_P2}",
    )
    kinds = {p.text.split("\n")[0][:20]: p.kind for p in art.paragraphs}
    assert kinds["Grace Okonjo is a re"] == "body" and kinds["Callum Reddish is a "] == "body", kinds
    assert art.byline == "Nadia Fenwick"


def test_a_bio_of_the_byline_author_is_still_an_author_box() -> None:
    bio = "Nadia Fenwick is a reporter covering the courts in Hull. She joined the paper in 2016."
    art = parse_blocks("The two reporters who uncovered the scandal", "By Nadia Fenwick", _TEXT, _TEXT[:90] + ".", bio)
    (p,) = [p for p in art.paragraphs if p.text.startswith("Nadia Fenwick is")]
    assert p.reason.startswith("author box")


def test_a_profile_of_someone_else_with_article_text_after_it_is_body() -> None:
    more = "The judges praised the pair's use of inspection records, which the council had refused to publish."
    art = parse_blocks("The reporter who uncovered the scandal", "By Nadia Fenwick", _TEXT, _P1, more, more[:60] + ".")
    (p,) = [p for p in art.paragraphs if p.text.startswith("Grace Okonjo is")]
    assert p.kind == "body", p.reason


def test_a_guests_bio_at_the_end_under_another_byline_is_still_an_author_box() -> None:
    art = parse_blocks("The reporter who uncovered the scandal", "By Nadia Fenwick", _TEXT, _TEXT[:90] + ".", _P1)
    (p,) = [p for p in art.paragraphs if p.text.startswith("Grace Okonjo is")]
    assert p.reason.startswith("author box")


def test_the_byline_is_matched_case_aside() -> None:
    bio = "Nadia Fenwick is a reporter covering the courts in Hull. She joined the paper in 2016."
    art = parse_blocks("The two reporters", "BY NADIA FENWICK", _TEXT, _P1, _P2, bio)
    (p,) = [p for p in art.paragraphs if p.text.startswith("Nadia Fenwick is")]
    assert p.reason.startswith("author box")
