"""A typed question against an interview's Q/A pairs: the answer paragraph carries what was asked
for, so a question line ("Q: ...") never ranks above its own answer, and a question line that
matches gives its place to the answer; a past tense finds an irregular verb's other forms (the
synonym table). Own small input."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.search import IndexSearcher, SearchRequest
from tests.helpers import index_news_folder

INTERVIEW = """The harbourmaster who wants a bigger breakwater

Ines Varga has managed Lowhaven harbour since 2014. We asked her about the storm season.

Q: Who is buying the new pontoons?

A: The fishermen's cooperative put in most of it, and a lottery grant covered the rest of the cost.

Q: Why does the breakwater matter so much?

A: Without it the winter swell comes straight into the moorings and the smaller boats sink.

Q: What happens next winter?

A: We wait for the engineers' report and hope the funding arrives before November.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("qa"), {"interview.txt": INTERVIEW})


def test_the_answer_takes_its_question_lines_place(index: Path) -> None:
    with IndexSearcher(index) as s:
        result = s.search(SearchRequest("who bought the harbour's new pontoons?"))
    assert result.fallback == "question"
    # "bought" finds "buying" (an irregular verb's forms), in the question line only: its answer,
    # which names who paid, ranks in its place.
    assert result.hits[0].text.startswith("A: The fishermen's cooperative")
    assert not any(h.text.startswith("Q: Who is buying") for h in result.hits)
    assert result.total == len(result.hits)


def test_a_question_line_never_outranks_its_answer(index: Path) -> None:
    with IndexSearcher(index) as s:
        result = s.search(SearchRequest("why does the breakwater matter for the boats?"))
    texts = [h.text for h in result.hits]
    answer = texts.index("A: Without it the winter swell comes straight into the moorings and the smaller boats sink.")
    question = texts.index("Q: Why does the breakwater matter so much?")
    assert answer < question
    assert [h.score for h in result.hits] == sorted((h.score for h in result.hits), reverse=True)


def test_keywords_still_find_the_question_line_itself(index: Path) -> None:
    with IndexSearcher(index) as s:
        result = s.search(SearchRequest("pontoons"))
    assert [h.text for h in result.hits] == ["Q: Who is buying the new pontoons?"]
