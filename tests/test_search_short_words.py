"""A one-character word typed beside other words is too short to be a term and is left out; a
note says so and how to find it (quoted with its neighbour). `Channel 4` searched "Channel"
alone with nothing said (BBC: 115 paragraphs, "Channel 4" quoted 29)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import index_news_folder, search_json


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pages = {
        "tv.txt": "Ratings\n\nHousewives lifted Channel 4 ratings on Sunday, the channel said.",
        "bbc.txt": "Schedule\n\nThe BBC channel moved its news to a later slot on Monday.",
        "plan.txt": "Bridge\n\nThe council chose Plan B for the new bridge on Monday, the plan said.",
        "plans.txt": "Budget\n\nThe plan for the budget was put off on Tuesday, the council said.",
    }
    return index_news_folder(tmp_path_factory.mktemp("short"), pages)


def test_a_one_letter_word_is_left_out_with_a_note(index: Path) -> None:
    answer = search_json(index, "Plan B")
    assert answer["total"] == 2
    assert answer["note"] == (
        "'B' is one character, too short to search alone, left out: quote it with the word beside it "
        '("Plan B") to find the two together'
    )
    quoted = search_json(index, '"Plan B"')
    assert quoted["total"] == 1 and not quoted["note"]


def test_a_one_digit_number_is_a_word(index: Path) -> None:
    # analyzers 13: "Channel 4" finds the two, no note (it searched "Channel" alone before)
    answer = search_json(index, "Channel 4")
    assert answer["total"] == 1 and not answer["note"]


@pytest.mark.parametrize("query", ["channel", "a channel", "Channel OR 4x"])
def test_no_note_without_such_a_word(index: Path, query: str) -> None:
    assert not search_json(index, query)["note"]
