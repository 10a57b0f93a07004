"""One reading of a request as the searcher runs it: compiled once, executed once.

A query string passes through several forms while it is compiled (query.py's tokens, the
Whoosh query string, the Whoosh query); the Plan is the last one, and the only one the later
steps read: execute.py ranks and counts from it, highlight.py reads its terms. Ranking's tree
(ranking.py) is derived here once, and the evaluation it gives (every matching paragraph with
its score) is kept on the plan, so the hits and the facet counts of a search share one
evaluation instead of planning and evaluating the query again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..index.sorting import SortKey, sort_key
from ..models import SortOrder

if TYPE_CHECKING:
    from ..index.queries import RankPlan
    from ..index.queries import Query
    from ..ranking import Evaluation


@dataclass
class Plan:
    """query: the Whoosh query (None never: a filter-only request runs its filter as the
    query); filter: the filter query or None; sortedby: Whoosh's sort key (None: relevance);
    tree: ranking.py's tree of `query` when numpy can evaluate it, else None; has_query: the
    request had a query string (False: only filters, shown in article order). Executing the
    plan (execute.py) fills `evaluated` and `evaluation`."""

    query: Query
    filter: Query | None
    sortedby: SortKey
    tree: RankPlan | None
    has_query: bool
    evaluated: bool = field(default=False, repr=False, compare=False)
    # (ascending documents, scores) once evaluated by ranking.py, None when it could not.
    evaluation: Evaluation | None = field(default=None, repr=False, compare=False)


def make_plan(q: Query, filter_q: Query | None, sort: SortOrder | str, *, has_query: bool) -> Plan:
    """The plan for Whoosh query `q` under filter `filter_q`, sorted by `sort` ("score",
    "date", "position"). INDEXER_WHOOSH_RANKING=1 in the environment leaves ranking to
    Whoosh (tests compare the two)."""
    sortedby = sort_key(sort, has_query=has_query)
    tree = None
    if not os.environ.get("INDEXER_WHOOSH_RANKING"):
        from ..ranking import plan_tree

        tree = plan_tree(q)
    return Plan(q, filter_q, sortedby, tree, has_query)
