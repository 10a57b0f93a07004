"""A typed question asking what someone said ("what did Blair say about Iraq") ranks the
paragraphs quoting that person (the `speaker` field) and holding the topic first."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from indexer.models import Article
from indexer.query import check_query
from indexer.search import IndexSearcher, SearchRequest
from indexer.search.relax import quoted_name

QUOTE = '"We will stay in Iraq until the job is done," Mr Blair said on Tuesday, speaking to troops in Basra.'


def fake_tag(articles: Iterable[Article], entities: bool, workers: int = 0) -> Iterator[Article]:
    """A stand-in for the spaCy tagger: Blair is a person wherever named, a speaker where he
    is said to speak."""
    for article in articles:
        for p in article.paragraphs:
            if entities and p.indexed and "Blair" in p.text:
                p.people = ["Tony Blair"]
                p.speakers = ["Tony Blair"] if "Blair said" in p.text else []
        yield article


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from indexer import pipeline

    root = tmp_path_factory.mktemp("quoted")
    docs = root / "docs"
    docs.mkdir()
    (docs / "visit.txt").write_text(
        "Blair in Iraq\n\n"
        "The prime minister arrived in Basra on Tuesday for a visit that had not been announced.\n\n"
        f"{QUOTE}\n\n"
        "Opposition parties said the visit was a stunt before the election, and asked about Iraq.\n"
    )
    (docs / "budget.txt").write_text(
        "Budget day\n\n"
        "Mr Blair sat beside the chancellor as the budget was read, and said nothing all afternoon.\n\n"
        "Blair allies and critics of the war in Iraq both cheered the tax cuts.\n"
    )
    saved = pipeline.tag
    pipeline.tag = fake_tag  # type: ignore[assignment]
    try:
        pipeline.build([str(docs)], str(root / "index"), entities=True)
    finally:
        pipeline.tag = saved  # type: ignore[assignment]
    return root / "index"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did Blair say about Iraq", ("Blair", 3)),
        ("what has Tony Blair said on the war", ("Tony Blair", 4)),
        ("What did the minister say about Iraq", None),  # no name before the verb
        ("what did Blair do in Iraq", None),  # no verb of saying
        ("who said the troops would stay in Iraq", ("*", 1)),  # anyone's words
        ("what did the Bank of England say about rates", ("Bank of England", 6)),  # a particle inside
    ],
)
def test_the_person_whose_words_a_question_asks_for(question: str, expected: tuple[str, int] | None) -> None:
    assert quoted_name(check_query(question)) == expected


def test_a_question_about_someones_words_ranks_their_quotes_first(index: Path) -> None:
    with IndexSearcher(index) as searcher:
        result = searcher.search(SearchRequest("what did Blair say about Iraq", limit=3))
        assert result.fallback == "question"
        assert result.hits[0].text == QUOTE
        assert "those quoting Blair first" in (result.note or "")
        # Asked without the question, the title (short, both words) ranks first, as BM25 has it.
        plain = searcher.search(SearchRequest("Blair Iraq", limit=3))
        assert plain.hits[0].text != QUOTE


def test_who_said_ranks_quoted_paragraphs_first(index: Path) -> None:
    with IndexSearcher(index) as searcher:
        result = searcher.search(SearchRequest("who said anything about Iraq", limit=3))
        assert result.fallback == "question"
        assert result.hits[0].text == QUOTE
        assert "those quoting someone first" in (result.note or "")


def test_quotes_come_first_when_no_paragraph_holds_the_topic(index: Path) -> None:
    with IndexSearcher(index) as searcher:
        result = searcher.search(SearchRequest("what did Blair say about zzqqx", limit=3))
        assert result.hits[0].text == QUOTE
        assert "'zzqqx' in no paragraph, those quoting Blair first" in (result.note or "")


def test_a_question_about_someone_nobody_quotes_does_not_claim_an_order(index: Path) -> None:
    with IndexSearcher(index) as searcher:
        result = searcher.search(SearchRequest("what did the Chancellor say about Iraq", limit=3))
        assert result.fallback == "question" and result.hits
        assert "quoting" not in (result.note or "") and "best answers first" in (result.note or "")
