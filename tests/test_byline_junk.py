"""Bylines that named nobody (a new user's list of an index's authors): a headline or heading
opening with "Von" and a capitalised noun ("Von Fans gefeiert: ...", "Von Rechts wegen") read as
"By NAME", and the extractor's author field holding one word of a line it took for a byline
("Un" of "Un documentaire de NAME", "Eine", "Фото", "User"). Own small input."""

from __future__ import annotations

import pytest

from indexer.models import BYLINE
from indexer.segment.textblocks import _meta_authors
from tests.helpers import parse_blocks

PROSE = (
    "Der Verein hat am Samstag sein neues Stadion eröffnet, nachdem die Bauarbeiten fast drei Jahre "
    "gedauert hatten und die Kosten deutlich über dem Plan lagen, wie der Vorstand mitteilte."
)


@pytest.mark.parametrize(
    "line",
    [
        "Von Fans gefeiert: Publikumsliebling ist jetzt Manager!",
        "Von Eulen inspirierte Flügel könnten Windparks leiser machen",
        "Von Rechts wegen",
        "Von Barzahler-Rabatten profitieren",
    ],
)
def test_a_line_opening_with_von_and_a_noun_is_no_byline(line: str) -> None:
    art = parse_blocks("Neues Stadion eröffnet", line, PROSE, PROSE.replace("Samstag", "Sonntag"))
    assert art.byline == ""
    assert all(p.kind != BYLINE for p in art.paragraphs)


@pytest.mark.parametrize(("line", "byline"), [("Von Anna Berg", "Anna Berg"), ("Von Reuters aus Berlin", "Reuters")])
def test_a_byline_stays_a_byline(line: str, byline: str) -> None:
    art = parse_blocks("Neues Stadion eröffnet", line, PROSE, PROSE.replace("Samstag", "Sonntag"))
    assert art.byline == byline


@pytest.mark.parametrize("author", ["Un", "Eine", "Hecho", "Фото", "User"])
def test_a_metadata_author_of_one_word_that_names_nobody_is_none(author: str) -> None:
    assert _meta_authors(author) == []


@pytest.mark.parametrize(
    ("author", "names"),
    [("Robert", ["Robert"]), ("Ela", ["Ela"]), ("Peter Amende; Harald Bauer", ["Peter Amende", "Harald Bauer"])],
)
def test_a_given_name_is_a_name_though_a_word_list_holds_it(author: str, names: list[str]) -> None:
    # jusText's lists of frequent words hold "robert" (English, German) and "ela" (Portuguese)
    assert _meta_authors(author) == names


@pytest.mark.parametrize(("line", "byline"), [("Von: det/dpa", "det/dpa"), ("By jkr/AFP", "jkr/AFP")])
def test_an_editors_initials_and_the_wire_are_the_byline(line: str, byline: str) -> None:
    # a wild tuning page's "Von: det/dpa" was a heading, and the section of every paragraph under it
    art = parse_blocks("Neues Stadion eröffnet", line, PROSE, PROSE.replace("Samstag", "Sonntag"))
    assert art.byline == byline
    assert all(p.section == "" for p in art.paragraphs)


@pytest.mark.linear
def test_the_desk_and_wire_byline_pattern_is_linear() -> None:
    from indexer.segment.patterns import _BY_DESK_WIRE

    run = " " * 100_000
    for text in (f"Von{run}x", f"Von:{run}x", f"Von: det/{run}x"):
        _BY_DESK_WIRE.match(text)
