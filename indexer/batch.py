"""Many queries in one process (`indexer search --queries FILE`): one open index, one start-up,
one outcome per line, a bad query reported in its place instead of ending the run."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import IO, Protocol

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


def open_queries(raw: IO[bytes], what: str, fix: str = "give a text file, one query a line") -> io.TextIOWrapper:
    """`raw`'s lines as text, one query a line, however they come: a file (`--queries FILE`),
    standard input (`--queries -`) or a request body (`POST /api/batch`) alike.

    A byte-order mark is no part of the first query (Notepad writes one in UTF-8, and its
    "Unicode" is UTF-16, decoded as such, as is UTF-16 without a mark: sources.utf16_without_bom);
    undecodable bytes are replaced. Raises IndexerError naming `what` ("queries file X",
    "standard input", "the request body", then `fix`) when the first 8 KiB look binary (sources.looks_binary):
    every line of such input would be an error record, so it is refused whole. Only what is
    already buffered is looked at, so a pipe that feeds queries one at a time is not waited on."""
    from .sources import UTF16_BOMS, looks_binary, utf16_without_bom

    stream = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[type-var]
    head = stream.peek(8192)[:8192]
    if looks_binary(head):
        raise IndexerError(f"{what} is binary, not text: {fix}")
    encoding = "utf-16" if head.startswith(UTF16_BOMS) else utf16_without_bom(head) or "utf-8-sig"
    return io.TextIOWrapper(stream, encoding=encoding, errors="replace")
