"""A typed question naming someone and asking about something ("what did NAME say about the
fare cap"): a paragraph holding the names alone (a heading, a name line) ranks after those that
hold the topic, however short it is; the count stays the question's. Own small input."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.search import IndexSearcher, SearchRequest
from tests.helpers import index_news_folder

PROFILE = """Island transport: the councillors who will decide the ferry's future

Four councillors sit on the transport committee that meets next week to vote on the winter timetable.

Greta Lindqvist

The longest-serving member of the committee, she has represented the north ward since 2011 and chairs the harbour board.

Speaking at the last meeting, Lindqvist said the fare cap had kept the ferry affordable for pensioners but warned that the subsidy would run out in the spring.

Ruth Okafor

Okafor, first elected in 2022, has campaigned for an evening crossing for hospital staff.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("question"), {"profile.txt": PROFILE})


def test_the_paragraph_with_the_topic_outranks_the_name_heading(index: Path) -> None:
    with IndexSearcher(index) as s:
        result = s.search(SearchRequest("what did Greta Lindqvist say about the fare cap"))
    assert result.fallback == "question"
    assert result.hits[0].text.startswith("Speaking at the last meeting, Lindqvist said the fare cap")
    assert [h.kind for h in result.hits] == ["body", "heading"]  # the heading is still found
    assert result.total == 2


def test_a_question_about_a_person_alone_keeps_its_ranking(index: Path) -> None:
    with IndexSearcher(index) as s:
        result = s.search(SearchRequest("who is Greta Lindqvist"))
    assert result.hits[0].text == "Greta Lindqvist"
