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


# The topic held by another article alone (a Halloween costume's "weapon") and, in the article
# about the person asked about, by a paragraph without the name ("the minister" warned...) or in
# a form the stemmer does not join (a Spanish "armas nucleares": Snowball makes "nucleares"
# "nuclear" and "nuclear" "nucl").
MURATOV = """Nobel laureate Dmitry Muratov warns of escalation

Dmitry Muratov, the editor who shared the Nobel Peace Prize, spoke to reporters in Geneva on Tuesday.

The foreign minister said on Monday that the West should not underestimate the risk of a nuclear conflict.

Muratov said he would not rule out the use of the bomb, and called on both sides to talk.
"""
COSTUMES = """Costumes for a last-minute party

A cardboard shield and a foam sword make a knight; leave any real weapons at home.

Paint a wooden spoon silver and it passes for a weapon in the dark, and nuclear green face paint makes a ghoul.
"""


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("named"), {"muratov.txt": MURATOV, "costumes.txt": COSTUMES})


def test_the_article_naming_the_person_comes_before_the_topic_elsewhere(two_articles: Path) -> None:
    with IndexSearcher(two_articles) as s:
        result = s.search(SearchRequest("what did Muratov say about nuclear weapons", limit=10))
    assert result.fallback == "question"
    ids = [h.article_id for h in result.hits]
    # the topic in Muratov's article, then the paragraphs naming him, then the costumes
    assert result.hits[0].text.startswith("The foreign minister said on Monday")
    assert ids.index("news/costumes.txt") > max(i for i, a in enumerate(ids) if a == "news/muratov.txt")
