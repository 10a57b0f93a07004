"""Whoosh queries run against a searcher: the top hits of a query (Whoosh's collectors), every
document it matches, how many documents hold a term. The search path (search/execute.py) says
what to run; this is how Whoosh runs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .queries import Query
    from .view import IndexView
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
    import numpy as np

    top = collector.results().top_n  # (score, document number) pairs
    docs = np.fromiter((docnum for _, docnum in top), dtype=np.int64, count=len(top))
    scores = np.fromiter((score for score, _ in top), dtype=np.float64, count=len(top))
    return by_score_then_article(searcher, docs, scores, k), len(top)


def by_score_then_article(searcher: Searcher, docs: Any, scores: Any, k: int) -> list[tuple[int, float]]:
    """The first `k` of documents (global numbers, numpy int64) by their `scores` (float64, one
    each): highest score first, those of equal score in article order (article id, then
    paragraph number), so equal scores come in the same order in a fresh build and in an index
    updated in place, whose document numbers differ. One numpy sort over the searcher's article
    keys (view.IndexView.article_keys, made once per searcher); an index with segments written
    before those existed has the article ids of its tied hits read from Whoosh's columns."""
    import numpy as np

    from .view import index_view

    if not len(docs):
        return []
    view = index_view(searcher)
    keys = view.article_keys()
    order: Any = np.lexsort((keys[docs], -scores))[:k] if keys is not None else _ties_by_columns(view, docs, scores, k)
    return [(int(docs[i]), float(scores[i])) for i in order]


def _ties_by_columns(view: IndexView, docs: Any, scores: Any, k: int) -> list[int]:
    """by_score_then_article's order (positions in `docs`) without article keys: the article
    id and paragraph of each hit tied with another at or above the k-th score read from the
    columns, the rest by score alone."""
    import numpy as np

    order = np.lexsort((docs, -scores))
    ranked = scores[order]
    cut = ranked[min(k, len(ranked)) - 1]  # equal scores past the page's last one do not matter
    upto = int(np.searchsorted(-ranked, -cut, side="right"))
    head = order[:upto]
    values, counts = np.unique(scores[head], return_counts=True)
    tied = set(values[counts > 1].tolist())
    if not tied:
        return order[:k].tolist()
    keys = {int(i): view.article_key(int(docs[i])) for i in head if float(scores[i]) in tied}
    return sorted(head.tolist(), key=lambda i: (-float(scores[i]), keys.get(i, ("", 0))))[:k]


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
