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
    from whoosh.collectors import FilterCollector, UnlimitedCollector

    # Every match with its score, not Whoosh's top k: its top k breaks ties of score by
    # document number, which is the order paragraphs were written in (an index updated in
    # place orders them otherwise than a fresh build); ties go by article order here
    # (by_score_then_article). Every match was scored anyway, to count them (TopCollector
    # with replace=0: the pruning it does otherwise made the total depend on the page size).
    collector: Any = UnlimitedCollector()
    if filter_q is not None:
        collector = FilterCollector(collector, allow=filter_q)
    searcher.search_with_collector(query, collector)
    results = collector.results()
    scored = [(docnum, score) for score, docnum in results.top_n]
    return by_score_then_article(searcher, scored, k), len(scored)


def by_score_then_article(searcher: Searcher, scored: list[tuple[int, float]], k: int) -> list[tuple[int, float]]:
    """The first `k` of (document number, score) pairs given highest score first, those of
    equal score in article order (article id, then paragraph number, read from the columns
    only for them), so equal scores come in the same order in a fresh build and in an index
    updated in place, whose document numbers differ."""
    if not scored:
        return scored
    from collections import Counter

    ties = Counter(score for _, score in scored)
    if len(ties) == len(scored):  # no two alike (most ranked queries): as given
        return scored[:k]
    cut = scored[min(k, len(scored)) - 1][1]  # equal scores past the page's last one do not matter
    tied = [doc for doc, score in scored if ties[score] > 1 and score >= cut]
    if not tied:
        return scored[:k]
    reader = searcher.reader()
    ids, numbers = reader.column_reader("article_id"), reader.column_reader("paragraph")
    keys = {doc: (ids[doc], numbers[doc]) for doc in tied}
    return sorted(scored, key=lambda pair: (-pair[1], keys.get(pair[0], ("", 0))))[:k]


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
