"""HTTP query parameters -> the library's SearchRequest, with the web's own limits.

The parameters are the CLI's option names without dashes (`person`, `kind`, `lang`, `sort`,
`limit`, `offset`, `context`, `facets`, `fields`), each filter repeatable as its flag is. What the library
checks (sort order, query syntax, query length: query.py's 1,000 characters) it checks, so a
bad value gets the CLI's message; what is the web's own (an unknown parameter, a number that is
not one, a page larger than MAX_PAGE) raises ParamError here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import DATE_FILTER_NAMES, ParameterError, date_filter_hint
from ..models import ENTITY_NAMES, FIELD_TYPE, NAME_FIELDS, SORT_NAMES, Filters, SearchRequest

# A page of hits over HTTP: each hit is highlighted, and a client asking for the CLI's 10,000
# would hold the (serialised) index for seconds. Page on with `offset`.
MAX_PAGE = 1000
# Queries in one POST /api/batch body (and the body is at most MAX_BODY_BYTES, app.py).
MAX_BATCH_QUERIES = 1000

# Parameter -> Filters field: the CLI's filter flags without dashes (--person -> people).
FILTER_PARAMS: dict[str, str] = {
    **{FIELD_TYPE[f]: f for f in NAME_FIELDS},
    "kind": "kinds",
    "article": "articles",
    "lang": "languages",
}
SEARCH_PARAMS = (
    "q",
    *FILTER_PARAMS,
    "sort",
    "limit",
    "offset",
    "context",
    "facets",
    "fields",
    "mode",
    "fallback",
    "duplicates",
)
TRUE, FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def canonical_params(lists: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """`lists` (every value of each parameter) with each other name of an entity filter
    (models.ENTITY_NAMES: `people`, `persons`, `organization`, `location`) renamed to its filter
    parameter (`person`, `org`, `place`), as `indexer search --people` is `--person`; the values
    of both names kept, in order. Any other parameter as given."""
    out: dict[str, list[str]] = {}
    for name, values in lists.items():
        field = ENTITY_NAMES.get(name.lower())
        key = FIELD_TYPE[field] if field is not None and field in NAME_FIELDS else name
        out.setdefault(key, []).extend(values)
    return out


class ParamError(ParameterError):
    """A query parameter the web API cannot take (HTTP 400, type `usage`)."""


@dataclass
class SearchParams:
    """A parsed search: the library request, and the hit fields asked for (None: all)."""

    request: SearchRequest
    fields: tuple[str, ...] | None


def _whole(args: Mapping[str, str], name: str, default: int, high: int | None = None) -> int:
    raw = args.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ParamError(f"{name} must be a whole number, not '{raw[:40]}'") from None
    if value < 0 or (high is not None and value > high):
        raise ParamError(f"{name} must be between 0 and {high:,}" if high is not None else f"{name} must be 0 or more")
    return value


def _flag(args: Mapping[str, str], name: str, default: bool) -> bool:
    raw = args.get(name, "").strip().lower()
    if raw == "":
        return default
    if raw in TRUE:
        return True
    if raw in FALSE:
        return False
    raise ParamError(f"{name} must be true or false, not '{raw[:40]}'")


def check_known(names: Sequence[str], allowed: Sequence[str]) -> None:
    """Raise ParamError for a parameter the endpoint does not take (a typo filters nothing)."""
    for name in names:
        if name not in allowed:
            if not allowed:
                raise ParamError(f"unknown parameter '{name[:40]}': this address takes no parameters")
            if name.lower() in DATE_FILTER_NAMES and "q" in allowed:
                raise ParamError(f"unknown parameter '{name[:40]}': {date_filter_hint('', q='q=')}")
            raise ParamError(f"unknown parameter '{name[:40]}': use some of {', '.join(allowed)}")


def check_single(lists: Mapping[str, list[str]], repeatable: Sequence[str]) -> None:
    """Raise ParamError for a parameter given more than once that is not `repeatable`: Flask reads
    the first of them, so `q=iraq&q=war` searched `iraq` alone, the rest dropped without a word."""
    for name, values in lists.items():
        if len(values) > 1 and name not in repeatable:
            again = ", ".join(repeatable)
            raise ParamError(f"{name} given {len(values)} times: give it once (only {again} may be repeated)")


def search_params(
    args: Mapping[str, str],
    lists: Mapping[str, list[str]],
    *,
    facets: bool = True,
    fallback: bool = True,
    limit: int = 10,
    duplicates: bool = False,
) -> SearchParams:
    """The request that `args` (first values) and `lists` (every value of a repeatable
    parameter) ask for. Defaults are `indexer search --json`'s: fallback on, facets on, copies
    folded; the CSV endpoint passes `indexer search --csv`'s (as typed, no facets, every copy).

    Raises ParamError (unknown parameter, bad number) or ParameterError (bad field list)."""
    from ..render import parse_fields
    from ..search.request import MAX_CONTEXT

    lists = canonical_params(lists)
    check_known(list(lists), SEARCH_PARAMS)
    check_single(lists, tuple(FILTER_PARAMS))
    # Every value as given, an empty one too: the library refuses `person=` as the CLI refuses
    # `--person ''` (a script's unset variable), where dropping it searched without the filter.
    filters = Filters(**{field: tuple(lists.get(name, [])) for name, field in FILTER_PARAMS.items()})
    mode = args.get("mode", "and") or "and"
    request = SearchRequest(
        query=args.get("q", ""),
        filters=filters,
        limit=_whole(args, "limit", limit, MAX_PAGE),
        offset=_whole(args, "offset", 0),
        # The paragraphs before and after each hit (`--context N`): the `before` and `after` fields.
        context=_whole(args, "context", 0, MAX_CONTEXT),
        # `newest`, `relevance` too (models.SORT_NAMES), as --sort takes them; checked by the library
        sort=SORT_NAMES.get((args.get("sort") or "score").lower(), args.get("sort", "")),  # type: ignore[arg-type]
        mode=mode,  # type: ignore[arg-type]
        fallback=_flag(args, "fallback", fallback),
        facets=_flag(args, "facets", facets),
        duplicates=_flag(args, "duplicates", duplicates),
    )
    fields = parse_fields(args["fields"], context=request.context > 0) if args.get("fields") else None
    return SearchParams(request, fields)
