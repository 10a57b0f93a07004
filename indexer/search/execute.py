"""Running a compiled query: its top hits (numpy ranking for plain words, Whoosh for the rest)
and the entity names over all its matches (facets)."""

from __future__ import annotations

import json
import os
from typing import Any

from .articles import FACET_FIELDS
from .request import SearchRequest

FACET_LIMIT = 10


class Executor:
    """Queries run against one Whoosh searcher; the last filter's paragraphs are kept, since
    ranking and facet counts of one search both ask."""

    def __init__(self, searcher: Any, names: Any = lambda: None) -> None:
        self._searcher = searcher
        self._names = names  # the index's corpus names (names.NameTable) on first use, or None
        self._last_filter: tuple[Any, Any] = (None, None)  # (filter query, its paragraphs)

    def run(self, q: Any, filter_q: Any, request: SearchRequest, limit: int, *, has_query: bool) -> Any:
        sortedby: Any = None
        if request.sort == "date":
            from whoosh.sorting import FieldFacet, MultiFacet

            # Newest first; within a date, by relevance (the score is part of the sort key, and
            # the hit's score is read back from it), then in article order.
            facets = [FieldFacet("published", reverse=True), FieldFacet("article_id"), FieldFacet("paragraph")]
            if has_query:
                from whoosh.sorting import ScoreFacet

                facets.insert(1, ScoreFacet())
            sortedby = MultiFacet(facets)
        elif request.sort == "position" or not has_query:
            sortedby = ["article_id", "paragraph"]
        if sortedby is None and not os.environ.get("INDEXER_WHOOSH_RANKING"):
            from ..ranking import plain_query, top_hits

            if plain_query(q):
                allowed = None if filter_q is None else self._filter_docs(filter_q)
                fast = top_hits(self._searcher, q, max(request.offset + limit, 1), allowed)
                if fast is not None:
                    return fast
        # Ask Whoosh for one page past the offset: it scores only what it must.
        # optimize=False: no block skipping, so the collector counts the total as it goes
        # instead of running the query a second time to count it.
        return self._searcher.search(q, limit=max(request.offset + limit, 1), filter=filter_q, sortedby=sortedby,
                                     optimize=False)

    def _filter_docs(self, filter_q: Any) -> Any:
        """The paragraphs a filter lets through, as ascending document numbers; the last
        filter's are kept, since ranking and facet counts of one search both ask."""
        import numpy as np

        if self._last_filter[0] != filter_q:
            docs = np.array(sorted(self._searcher.docs_for_query(filter_q)), dtype=np.int64)
            self._last_filter = (filter_q, docs)
        return self._last_filter[1]

    def facet_counts(self, q: Any, filter_q: Any = None, limit: int = FACET_LIMIT) -> dict[str, list[tuple[str, int]]]:
        """Entity names over every paragraph matching q, most frequent first.

        Counted from the mentions arrays each segment carries (facets.py): a bincount over the
        hits: 887 -> 73 ms for the 54,225 paragraphs of BBC + Reuters saying "said". A
        segment written without them is counted from each hit's stored tags (term vectors
        measured slower, and Whoosh's FieldFacet(allow_overlap=True) fails on a paragraph
        without a vector).
        """
        from collections import Counter

        from .. import facets
        from ..ranking import matching_docs

        docs = None
        if not os.environ.get("INDEXER_WHOOSH_RANKING"):
            allowed = None if filter_q is None else self._filter_docs(filter_q)
            docs = matching_docs(self._searcher, q, allowed)
        if docs is None:
            import numpy as np
            from whoosh.query import And

            found = self._searcher.docs_for_query(q if filter_q is None else And([q, filter_q]))
            docs = np.array(sorted(found), dtype=np.int64)
        counts = facets.count(self._searcher, docs, FACET_FIELDS)
        if counts is None:
            reader = self._searcher.reader()
            counts = {name: Counter() for name in FACET_FIELDS}
            for docnum in docs.tolist():
                tags = reader.stored_fields(docnum).get("tags")
                if tags and tags != "{}":
                    tags = json.loads(tags)
                    for name in FACET_FIELDS:
                        if tags.get(name):
                            counts[name].update(tags[name])
        table = self._names()
        if table is not None:  # one row per corpus name: "José Mourinho" and "Jose Mourinho"
            return {name: table.merge(name, c.items())[:limit] for name, c in counts.items()}
        return {name: sorted(c.items(), key=lambda r: (-r[1], r[0].lower()))[:limit] for name, c in counts.items()}
