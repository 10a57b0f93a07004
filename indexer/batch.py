"""Many queries in one process (`indexer search --queries FILE`): one open index, one start-up,
one outcome per line, a bad query reported in its place instead of ending the run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Protocol

from .errors import IndexerError
from .models import QueryOutcome, SearchRequest, SearchResult


class Searcher(Protocol):
    def search(self, request: SearchRequest) -> SearchResult: ...


def run_queries(searcher: Searcher, lines: Iterable[str], request: SearchRequest) -> Iterator[QueryOutcome]:
    """Each line (its line ending dropped) searched as `request`'s query, in order. A line that
    raises IndexerError (a bad query) gives an outcome carrying that error; other errors raise."""
    for number, line in enumerate(lines):
        text = line.rstrip("\r\n")
        try:
            result = searcher.search(replace(request, query=text))
        except IndexerError as exc:
            yield QueryOutcome(number, text, error=exc)
        else:
            yield QueryOutcome(number, text, result=result)
