"""What a search asks for (models.py's SearchRequest and Filters), checked before anything runs."""

from __future__ import annotations

from ..errors import QueryError
from ..models import MATCH_MODES, MAX_CONTEXT, SORT_ORDERS, Filters, SearchRequest

__all__ = ["MAX_CONTEXT", "MAX_LIMIT", "MODES", "SORTS", "Filters", "SearchRequest", "checked_limit"]

MAX_LIMIT = 10_000
SORTS = SORT_ORDERS
MODES = MATCH_MODES


def checked_limit(request: SearchRequest) -> int:
    """The page size a request gets (at most MAX_LIMIT), once its options are checked.

    Raises QueryError naming the option when paging, sort, mode or context is out of range.
    """
    if request.limit < 0 or request.offset < 0:
        raise QueryError("", "{limit} and {offset} must be zero or more")  # the CLI names its flags
    if request.sort not in SORTS:
        raise QueryError(f"unknown sort '{request.sort}': use one of {', '.join(SORTS)}")
    if request.mode not in MODES:
        raise QueryError(f"unknown mode '{request.mode}': use and or or")
    if not 0 <= request.context <= MAX_CONTEXT:
        raise QueryError("", f"{{context}} must be between 0 and {MAX_CONTEXT}")
    return min(request.limit, MAX_LIMIT)
