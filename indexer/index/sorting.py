"""Whoosh's sort keys for the orders a search can ask for (models.SortOrder)."""

from __future__ import annotations

from typing import Any, TypeAlias

from ..models import SortOrder

# Whoosh's `sortedby`: None (by score), a list of field names, or a whoosh.sorting.MultiFacet.
SortKey: TypeAlias = Any


def sort_key(sort: SortOrder | str, *, has_query: bool) -> SortKey:
    """Whoosh's `sortedby` for a search sorted by `sort` ("score", "date", "position"): None for
    relevance (the scorer's order), else a field list or a whoosh.sorting.MultiFacet. A search
    without a query string (`has_query=False`: filters only) is in article order unless sorted
    by date."""
    if sort == "date":
        from whoosh.sorting import FieldFacet, MultiFacet

        # Newest first; within a date, by relevance (the score is part of the sort key, and
        # the hit's score is read back from it), then in article order.
        facets = [FieldFacet("published", reverse=True), FieldFacet("article_id"), FieldFacet("paragraph")]
        if has_query:
            from whoosh.sorting import ScoreFacet

            facets.insert(1, ScoreFacet())
        return MultiFacet(facets)
    if sort == "position" or not has_query:
        return ["article_id", "paragraph"]
    return None
