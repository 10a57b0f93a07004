"""A hit in text output names what it is cited by, under its title: the page's address, byline
and date, those the page gave (render.TextRenderer.citation). A new user's finding: hits printed
no byline or date, which JSON had, so finding who wrote a quote and when meant opening the
article. A title hit gives them after its text (its text is the title); a page that gave none
prints no such line."""

from __future__ import annotations


import pytest
from click.testing import CliRunner

from indexer.cli import main
from tests.helpers import index_news_folder

STORY = """Extra ferries to run while the harbour bridge is closed

By Jane Roe
22 April 2021

The city will run extra ferries every ten minutes while the harbour bridge is closed for repairs, the transport office said on Thursday, and the fares will stay as they are for the whole year.

Commuters who crossed the bridge by car can leave it at the new park-and-ride by the ferry terminal, which opens next month with four hundred places.
"""
NOTES = """Ferry timetable

The ferries leave the north pier every ten minutes from six in the morning to midnight, and every half hour at night, all year round, whatever the weather.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(index_news_folder(tmp_path_factory.mktemp("citation"), {"ferries.txt": STORY, "notes.txt": NOTES}))


def _hits(index: str, query: str, article: str) -> list[str]:
    args = ["search", query, "--article", article, "--index", index, "--color", "never", "--sort", "position"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.stderr
    return result.stdout.split("\n\n")


def test_a_body_hit_gives_the_byline_and_date_under_its_title(index: str) -> None:
    body = next(h for h in _hits(index, "park-and-ride", "ferries.txt") if " body" in h.splitlines()[0])
    assert body.splitlines()[1:3] == [
        "  Extra ferries to run while the harbour bridge is closed",
        "  by Jane Roe · 2021-04-22",
    ]


def test_a_title_hit_gives_them_after_its_text(index: str) -> None:
    title = _hits(index, "harbour bridge", "ferries.txt")[0].splitlines()
    assert title[0].endswith(":1 title")
    assert title[1:3] == ["  Extra ferries to run while the harbour bridge is closed", "  by Jane Roe · 2021-04-22"]


def test_a_page_that_gave_none_prints_no_such_line(index: str) -> None:
    hit = _hits(index, "north pier", "notes.txt")[0].splitlines()
    assert hit[1] == "  Ferry timetable" and hit[2].startswith("  The ferries leave")
    assert not any(line.startswith("  by ") for line in hit)
