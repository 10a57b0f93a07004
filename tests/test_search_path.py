"""The search path, walked for one request, visits each step once, in order (issue 17): a real
search is traced with sys.setprofile and the modules of indexer/search/ it enters are mapped to
the steps the README's Architecture section names (request -> compile -> relax -> plan ->
execute -> hits); no step is entered again once a later one began, and ranking.py never calls
back into the search path."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from indexer.search import Filters, IndexSearcher, SearchRequest

STEPS = ("request", "compile", "relax", "plan", "execute", "hits")
# Each module of indexer/search/ and the step it serves; searcher.py walks them (no step).
STEP_OF = {
    "request": "request",
    "compile": "compile",
    "parser": "compile",
    "variants": "compile",
    "filters": "compile",
    "vocabulary": "compile",
    "relax": "relax",
    "plan": "plan",
    "execute": "execute",
    "copies": "execute",  # the ranking's copies of a text folded into one hit
    "hits": "hits",
    "highlight": "hits",
    "articles": "hits",  # a hit's entity tags and its context paragraphs
}
SEARCH = "indexer.search."
WALKER = "indexer.search.searcher"


def _module(frame: FrameType | None) -> str:
    return frame.f_globals.get("__name__", "") if frame is not None else ""


def _collapsed(steps: list[str]) -> list[str]:
    return [s for i, s in enumerate(steps) if i == 0 or s != steps[i - 1]]


class Trace:
    """The calls one search makes into indexer/search/ and ranking.py: `walked` the steps
    searcher.py calls, in order; `entered` the step of every call at any depth; `back` the
    calls ranking.py makes into indexer/search/."""

    def __init__(self) -> None:
        self.walked: list[str] = []
        self.entered: list[str] = []
        self.back: list[str] = []

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event != "call":
            return
        module, caller = _module(frame), _module(frame.f_back)
        if caller == "indexer.ranking" and module.startswith(SEARCH):
            self.back.append(f"{module}.{frame.f_code.co_name}")
        step = STEP_OF.get(module.removeprefix(SEARCH)) if module.startswith(SEARCH) else None
        if step is None:
            return
        self.entered.append(step)
        if caller == WALKER:
            self.walked.append(step)


def traced(run: Callable[[], object]) -> Trace:
    trace = Trace()
    sys.setprofile(trace)
    try:
        run()
    finally:
        sys.setprofile(None)
    return trace


@pytest.fixture
def searcher(shipped_index: Path) -> Iterator[IndexSearcher]:
    with IndexSearcher(shipped_index) as s:
        yield s


@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest("uyghur diaspora", Filters(kinds=["body"]), limit=3, context=1, facets=True),
        SearchRequest('"forced labor" OR camps', limit=5, sort="date"),
        SearchRequest("sanction*", limit=2, offset=1),
    ],
    ids=["words-filter-facets-context", "phrase-or-by-date", "pattern-paged"],
)
def test_one_request_walks_each_step_once_in_order(searcher: IndexSearcher, request_: SearchRequest) -> None:
    searcher.search(request_)  # warm: caches made on first use (names, word list) are not steps
    trace = traced(lambda: searcher.search(request_))
    assert searcher.search(request_).total >= 3  # answered as typed: no retry, no suggestion
    assert _collapsed(trace.walked) == list(STEPS)
    # At any depth: once a step began, no earlier step's module is entered again.
    entered = _collapsed(trace.entered)
    assert [STEPS.index(s) for s in entered] == sorted(STEPS.index(s) for s in entered), entered
    assert not trace.back


def test_a_filter_only_request_skips_compiling_a_query_and_relaxing(searcher: IndexSearcher) -> None:
    request = SearchRequest("", Filters(kinds=["body"]), limit=2)
    searcher.search(request)
    trace = traced(lambda: searcher.search(request))
    assert _collapsed(trace.walked) == ["request", "compile", "plan", "execute", "hits"]
    assert not trace.back


def test_a_retried_reading_is_compiled_planned_and_executed_in_turn(searcher: IndexSearcher) -> None:
    # The trace sees a step entered again: a typo finds nothing as typed, so the relax policy's
    # fuzzy reading is compiled, planned and executed after the typed one was.
    request = SearchRequest("diaspra", limit=2)
    searcher.search(request)
    trace = traced(lambda: searcher.search(request))
    assert searcher.search(request).fallback == "fuzzy"
    assert _collapsed(trace.walked)[:9] == [*STEPS[:5], "relax", "compile", "plan", "execute"]
