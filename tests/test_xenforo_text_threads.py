"""A XenForo thread copied as text: its title glued over "Thread starter NAME Start date DATE",
each post under its poster's panel over the post's number ("NAME" / "Well-known member" / "Oct
14, 2024" / "#1", the panel's fields too: "Joined" / "Jan 11, 2018" ...). Two new users' threads
(tests/data, written for the project) had no title, lost replies after the article's run, indexed
the posters' names and ranks as paragraphs and credited no reply to its poster."""

from __future__ import annotations

from pathlib import Path

from indexer.segment.tail import NUMBERED_PANEL_REASON, STARTER_REASON
from tests.helpers import parse_blocks

DATA = Path(__file__).parent / "data"


def _parse(name: str):  # type: ignore[no-untyped-def]
    return parse_blocks((DATA / name).read_text(encoding="utf-8"))


def test_a_thread_with_short_panels() -> None:
    art = _parse("forum_xenforo_ferry_en.txt")
    assert art.title == "Aberdeen–Lerwick ferry cancelled three nights running – anyone else stuck?"
    assert art.byline == "Haggis_Hunter"
    body = {p.text.split(",")[0]: p for p in art.paragraphs if p.kind == "body"}
    assert "Cheers Sue" in body  # the last reply, "outside the article text" before
    assert body["Cheers Sue"].turn == "Haggis_Hunter"
    assert body["They did for me in 2022"].turn == "ShetlandSue"
    names = [p for p in art.paragraphs if p.text in ("ShetlandSue", "Member", "Bressay Boy", "Active member")]
    assert {(p.kind, p.reason) for p in names} == {("boilerplate", NUMBERED_PANEL_REASON)}
    # the quoted sentence of the first post, under "Haggis_Hunter said:", is no reply's text
    quoted = "Anyone know if they'll let you switch to the Kirkwall sailing"
    assert [p.kind for p in art.paragraphs if p.text.startswith(quoted)] == ["body", "boilerplate"]


def test_a_thread_whose_panels_list_their_fields() -> None:
    art = _parse("forum_xenforo_en.txt")
    assert art.title == "Tessly weir removal - will the trout come back?"
    assert art.byline == "Moira_Fenwick"
    (starter,) = [p for p in art.paragraphs if p.reason == STARTER_REASON]
    assert starter.text == "Moira_Fenwick"
    turns = {p.text.split()[0]: p.turn for p in art.paragraphs if p.kind == "body"}
    assert turns["No,"] == "Dennis Okoro" and turns["Shame,"] == "Grayling_Gary"
    assert not [p for p in art.paragraphs if p.kind == "body" and p.text in ("Location", "Harlow Bridge", "Joined")]
