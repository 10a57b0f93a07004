"""Whoosh queries run against a searcher: the top hits of a query (Whoosh's collectors), every
document it matches, how many documents hold a term. The search path (search/execute.py) says
what to run; this is how Whoosh runs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .queries import Query
    from .sorting import SortKey
    from .types import Searcher

# A hit's score: its relevance (a float), or, sorted by a facet, Whoosh's sort key (a tuple,
# which search/hits.relevance reads the relevance back from).
Score = Any


def top_hits(
    searcher: Searcher, query: Query, filter_q: Query | None, sortedby: SortKey, k: int
) -> tuple[list[tuple[int, Score]], int]:
    """The best `k` documents `query` matches among those `filter_q` lets through (None: all),
    ordered by `sortedby` (index/sorting.py; None: by score), as (global document number,
    score) pairs, and the number of all matches, counted as the collector goes."""
    # Ask Whoosh for one page past the offset: it scores only what it must.
    # optimize=False: no block skipping, so the collector counts the total as it goes
    # instead of running the query a second time to count it.
    if sortedby is not None:
        results = searcher.search(query, limit=k, filter=filter_q, sortedby=sortedby, optimize=False)
        return [(hit.docnum, hit.score) for hit in results], len(results)
    from whoosh.collectors import FilterCollector, TopCollector

    # replace=0: once its page is full, Whoosh's collector swaps the matcher for one that
    # drops the branches of an OR scoring below the page's lowest score, and stops counting
    # their paragraphs: the total then depended on the page size (52 with -n 10, 53 with
    # -n 100 for an entity value and its corpus-name variants).
    collector: Any = TopCollector(limit=k, usequality=False, replace=0)
    if filter_q is not None:
        collector = FilterCollector(collector, allow=filter_q)
    searcher.search_with_collector(query, collector)
    results = collector.results()
    return [(hit.docnum, hit.score) for hit in results], len(results)


def matching_docs(searcher: Searcher, query: Query, filter_q: Query | None = None) -> list[int]:
    """Every document `query` matches among those `filter_q` lets through (None: all), as
    ascending global document numbers."""
    from whoosh.query import And

    q = query if filter_q is None else And([query, filter_q])
    return sorted(searcher.docs_for_query(q))


def term_doc_count(searcher: Searcher, fieldname: str, text: str) -> int:
    """How many live documents hold the term `text` of `fieldname`."""
    from whoosh.query import Term

    return sum(1 for _ in searcher.docs_for_query(Term(fieldname, text)))
