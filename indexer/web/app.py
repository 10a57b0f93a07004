"""The Flask application of `indexer serve`: the JSON API and the server-rendered pages.

Every answer is built by the library the CLI uses (IndexSearcher for the searching,
render.py for the JSON, CSV and JSONL documents), so `/api/search?q=X` is the document
`indexer search X --json` prints, `/api/search.csv` is `--csv`, `/api/articles/ID` is
`indexer show ID --json`, `/api/entities` is `indexer entities --json`, `/api/stats` is
`indexer stats --json`, `/api/batch` is `--queries`. Errors carry the CLI's text (the
`message` function the app is given renders a library error's hint) in the CLI's error
record, with HTTP 400 (bad request), 404 (no such article) or 503 (no readable index).

The views are module functions reading the app's state (`Web`: the live index and the
message function) from `current_app.extensions["indexer.web"]`.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from flask import Flask, Response, current_app, g, render_template, request
from flask.typing import ResponseReturnValue, RouteCallable
from werkzeug.exceptions import HTTPException

from ..errors import ArticleNotFoundError, IndexerError, IndexFormatError, IndexNotFoundError, QueryError
from ..models import (
    FIELD_TYPE,
    HTTP_ERROR_TYPE,
    NAME_FIELDS,
    SORT_ORDERS,
    Article,
    JSONValue,
    SearchResult,
    entity_field,
)
from ..render import (
    article_to_json,
    csv_rows,
    dumps,
    entities_to_json,
    error_to_json,
    published_text,
    query_record,
    result_to_json,
    stats_to_json,
    to_csv,
)
from .live import LiveIndex
from .params import (
    FILTER_PARAMS,
    MAX_BATCH_QUERIES,
    ParamError,
    canonical_params,
    check_known,
    check_single,
    search_params,
)
from .views import GENERIC_EXAMPLES, article_view, example_queries, hit_view, page_links

if TYPE_CHECKING:
    from ..names import NameTable
    from ..search import IndexSearcher

# A request body (POST /api/batch) of at most 1 MiB: 1,000 queries of 1,000 characters.
MAX_BODY_BYTES = 1 << 20
# Pages and static files only from this server; no script at all; no framing; forms post here.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
PAGE_SIZE = 10
HERE = Path(__file__).parent
HTTP_ERRORS = {
    404: "no such page",
    405: "method not allowed (this server only reads)",
    413: f"request body larger than {MAX_BODY_BYTES:,} bytes",
}


@dataclass
class Web:
    """What the views share: the served index and how errors are worded for clients."""

    live: LiveIndex
    message: Callable[[Exception], str]


def _web() -> Web:
    web: Web = current_app.extensions["indexer.web"]
    return web


def create_app(
    index: str | Path | None = None, *, message: Callable[[Exception], str] = str, live: LiveIndex | None = None
) -> Flask:
    """The app serving the index at `index` (or $INDEXER_INDEX, or ./.indexer), read-only.

    `message(exc)` words an error for the client; the CLI passes its own, so an error reads as
    the same command-line failure would (hints naming `--flags`); the default is `str(exc)`.
    The index is opened on the first request (or by `live.open()` before, to fail early); it is
    reopened whenever a build switches generations (live.py).
    """
    app = Flask("indexer.web", template_folder=str(HERE / "templates"), static_folder=str(HERE / "static"))
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    app.url_map.merge_slashes = False  # an id is looked up as sent: no redirect for "//"
    app.extensions["indexer.web"] = Web(live or LiveIndex(index), message)
    app.jinja_env.filters["published_text"] = published_text  # "22 April 2021", in <time datetime>
    app.context_processor(placeholder)
    app.before_request(start_clock)
    app.after_request(add_headers)
    app.register_error_handler(IndexerError, library_error)
    for code in HTTP_ERRORS:
        app.register_error_handler(code, http_error)
    for rule, view, methods in ROUTES:
        app.add_url_rule(rule, view.__name__, view, methods=methods)
    return app


# -- hooks and errors -----------------------------------------------------------------------


def placeholder() -> dict[str, str]:
    """The search box's examples (views.example_queries), taken from the index served, once a
    generation (LiveIndex.cached); the generic ones while it cannot be read (an error page)."""

    def examples(searcher: IndexSearcher) -> str:
        titles = (record.title for record in searcher.records.values())
        return example_queries(titles, searcher.tagged_names(["people", "places", "orgs"], 20))

    try:
        return {"placeholder": _web().live.cached("placeholder", examples)}
    except IndexerError:
        return {"placeholder": GENERIC_EXAMPLES}


def start_clock() -> None:
    g.started = time.perf_counter()
    _web().live.take_work_ms()


def add_headers(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    if "started" in g:  # server-side times, read by bench/load_web.py: the whole request in the
        # app (waiting for the index included), and the time it held the index
        app_ms = (time.perf_counter() - g.started) * 1000
        response.headers["Server-Timing"] = f"app;dur={app_ms:.2f}, index;dur={_web().live.take_work_ms():.2f}"
    return response


def error_kind(exc: Exception) -> str:
    """The `type` of the error record, as render.error_type gives it (ParamError is `usage`)."""
    from ..render import error_type

    return error_type(exc)


def server_command(command_line: str) -> str:
    """A command an error's hint advises (errors.Command), as the web app words it: the CLI's
    command line, to run on the server, since a visitor of these pages or of the API cannot run
    it there (the app only reads the index): "run 'indexer build PATHS --index X' on the server
    first". `command_line`: the command as the CLI prints it, quoted."""
    return f"{command_line} on the server"


def status_of(exc: Exception) -> int:
    if isinstance(exc, (IndexNotFoundError, IndexFormatError)):
        return 503
    return 404 if isinstance(exc, ArticleNotFoundError) else 400


def _is_api(path: str) -> bool:
    """Whether a request is the JSON API's (its errors are JSON): `/api/...`, and `/api` itself,
    where a script probing the API got an HTML page."""
    return path == "/api" or path.startswith("/api/")


def library_error(exc: IndexerError) -> ResponseReturnValue:
    text = _web().message(exc)
    if _is_api(request.path):
        return json_response(error_to_json(text, error_kind(exc)), status_of(exc))
    return render_template("error.html", message=text, status=status_of(exc)), status_of(exc)


def http_error(exc: HTTPException) -> ResponseReturnValue:
    code = exc.code
    assert code is not None  # registered for the codes of HTTP_ERRORS only
    text = HTTP_ERRORS[code]
    if code == 405 and "POST" in (getattr(exc, "valid_methods", None) or ()):
        # GET /api/batch, a batch opened in a browser: "this server only reads" sent them away
        text = f"method not allowed: {request.path} takes POST, its body one query a line"
    if _is_api(request.path):
        if code == 404:  # a script's wrong path: where the API's paths are listed
            text = f"{text}: {request.path} is not in this API; its paths are listed at /api/openapi.json"
        return json_response(error_to_json(text, HTTP_ERROR_TYPE), code)
    return render_template("error.html", message=text, status=code), code


# -- JSON API -------------------------------------------------------------------------------


def api_search() -> Response:
    params = search_params(request.args, request.args.to_dict(flat=False))
    result = _web().live.use(lambda s: s.search(params.request))
    return json_response(result_to_json(result, params.fields, params.request.context > 0))


def api_search_csv() -> Response:
    # As `indexer search --csv`: the query as typed (no fallback), no facets.
    params = search_params(
        request.args, request.args.to_dict(flat=False), facets=False, fallback=False, duplicates=True
    )
    result = _web().live.use(lambda s: s.search(params.request))
    return Response(
        to_csv(csv_rows(result, params.fields, params.request.context > 0)),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="search.csv"'},
    )


def api_batch() -> Response:
    # As `indexer search --queries FILE`: one JSONL record per line of the body, errors in place.
    from ..batch import open_queries, run_queries

    web = _web()
    params = search_params(request.args, request.args.to_dict(flat=False), facets=False, duplicates=True)
    if request.mimetype == "application/json":
        lines = _json_queries(request.get_data(cache=False))
    else:
        # Read as `--queries FILE` reads a file: a mark and UTF-16 decoded, binary refused whole.
        body = io.BytesIO(request.get_data(cache=False))
        lines = list(open_queries(body, "the request body", "send text, one query a line"))
    if len(lines) > MAX_BATCH_QUERIES:
        raise ParamError(f"{len(lines):,} queries in one batch (limit {MAX_BATCH_QUERIES:,}): split the file")

    def run(searcher: IndexSearcher) -> list[str]:
        records = []
        for outcome in run_queries(searcher, lines, params.request):
            text = web.message(outcome.error) if outcome.error is not None else ""
            records.append(dumps(query_record(outcome, params.fields, params.request.context > 0, False, text)))
        return records

    return Response("".join(r + "\n" for r in web.live.use(run)), mimetype="application/x-ndjson")


def _json_queries(body: bytes) -> list[str]:
    """The queries of a JSON batch body: an array of strings (`["labor", "sanctions"]`) or an
    object holding one as "queries". A JSON body was read as text, so `["labor", "sanctions"]`
    was searched as one query with its brackets and quotes (a user's trial). ParamError for
    anything else."""
    import json

    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        doc = None
    queries = doc.get("queries") if isinstance(doc, dict) and len(doc) == 1 else doc
    if not isinstance(queries, list) or not all(isinstance(q, str) for q in queries):
        raise ParamError(
            'a JSON body must be an array of query strings (["labor", "sanctions"]) or {"queries": [...]}; '
            "or send text/plain, one query a line"
        )
    return queries


def api_article(article_id: str) -> Response:
    check_known(list(request.args), ())
    return json_response({**article_to_json(find_article(article_id)), "focus": None})


def api_entities() -> Response:
    from ..search import entity_counts

    check_known(list(request.args), ("type", "limit"))
    check_single(request.args.to_dict(flat=False), ("type",))
    fields = entity_fields(request.args.getlist("type"))
    raw = request.args.get("limit", "50")
    if not raw.isdigit():
        raise ParamError(f"limit must be a whole number, not '{raw[:40]}'")
    limit = int(raw)
    counts = _web().live.cached(("entities", tuple(fields), limit), lambda s: entity_counts(s.index_dir, fields, limit))
    return json_response(entities_to_json(counts))


def api_stats() -> Response:
    check_known(list(request.args), ())
    return json_response(stats_to_json(_web().live.cached("stats", lambda s: s.stats())))


def api_openapi() -> Response:
    from .openapi import openapi

    return json_response(openapi())


# -- pages ----------------------------------------------------------------------------------


def page_search() -> ResponseReturnValue:
    web = _web()
    args = canonical_params(request.args.to_dict(flat=False))
    try:
        check_known(list(args), ("q", *FILTER_PARAMS, "sort", "offset", "duplicates"))
        params = search_params(request.args, args, limit=PAGE_SIZE)
        asked = bool(params.request.query.strip() or params.request.filters.any())
        result = web.live.use(lambda s: s.search(params.request)) if asked else None
    except (ParamError, QueryError) as exc:
        page: dict[str, object] = {"result": None, "chips": [], "hits": [], "facets": [], "links": {}}
        return render_template("search.html", error=web.message(exc), args=request.args, sorts=SORT_ORDERS, **page), 400
    page = search_page(args, result)
    return render_template("search.html", error=None, args=request.args, sorts=SORT_ORDERS, **page)


def search_page(args: dict[str, list[str]], result: SearchResult | None) -> dict[str, object]:
    """The search template's data: result, hits, chips (active filters, each with the URL
    without it), facets (each name with the URL adding it) and the paging and export links."""
    chips = [
        {"param": name, "value": value, "label": f"{name}: {value}", "remove": search_url(drop(args, name, value))}
        for name in FILTER_PARAMS
        for value in args.get(name, [])
        if value.strip()
    ]
    facets = []
    for field_name, rows in (result.facets or {}).items() if result is not None else ():
        param = FIELD_TYPE[field_name]  # type: ignore[index]
        if rows:
            # `=Name`: the name itself and its corpus variants, as the facet counted them (filters.py),
            # not every name with its words (`org=BBC` also finds *BBC World Service*).
            entries = [
                {"name": n, "count": c, "active": f"={n}" in args.get(param, []), "href": facet_url(args, param, n)}
                for n, c in rows
            ]
            facets.append({"field": field_name, "rows": entries})
    hits = [hit_view(h) for h in result.hits] if result is not None else []
    links = page_links(args, result) if result is not None else {}
    return {"result": result, "hits": hits, "facets": facets, "chips": chips, "links": links}


def page_article(article_id: str) -> str:
    def read(searcher: IndexSearcher) -> tuple[Article, NameTable]:
        return searcher.article(article_id), searcher.names

    article, names = _web().live.use(read)
    return render_template("article.html", **article_view(article, lambda f, n: names.groups.get(f, {}).get(n, (n,))))


ROUTES: list[tuple[str, RouteCallable, list[str]]] = [
    ("/api/search", api_search, ["GET"]),
    ("/api/search.csv", api_search_csv, ["GET"]),
    ("/api/batch", api_batch, ["POST"]),
    ("/api/articles/<path:article_id>", api_article, ["GET"]),
    ("/api/entities", api_entities, ["GET"]),
    ("/api/stats", api_stats, ["GET"]),
    ("/api/openapi.json", api_openapi, ["GET"]),
    ("/", page_search, ["GET"]),
    ("/articles/<path:article_id>", page_article, ["GET"]),
]


# -- helpers --------------------------------------------------------------------------------


def find_article(ref: str) -> Article:
    """The article `ref` names (an id or a unique part, as `indexer show`); ArticleNotFoundError (HTTP 404)."""
    return _web().live.use(lambda s: s.article(ref))


def entity_fields(types: list[str]) -> list[str]:
    """The entity fields `type=` values name (as `indexer entities --type`); default all names."""
    fields: list[str] = []
    for t in types:
        try:
            fields.append(entity_field(t))
        except ValueError as exc:
            raise ParamError(f"type: {exc}") from None
    return list(dict.fromkeys(fields)) or list(NAME_FIELDS)


def json_response(data: JSONValue, status: int = 200) -> Response:
    """`data` as the CLI's JSON (render.dumps: UTF-8, not ASCII-escaped)."""
    return Response(dumps(data) + "\n", status=status, mimetype="application/json")


def search_url(args: dict[str, list[str]]) -> str:
    """The search page's URL with these parameters (repeated ones repeated)."""
    return "/?" + urlencode(args, doseq=True) if args else "/"


OR_RE = re.compile(r"\bOR\b|\|\|")


def facet_url(args: dict[str, list[str]], param: str, name: str) -> str:
    """The search page narrowed to the paragraphs a facet row counts: the results shown AND
    tagged `name` (`=NAME`: the name whole, filters.exact_name_query). A first filter of its type
    is a `param==NAME` filter (a chip); with one already there, repeated values of one filter
    being alternatives (either name, as on the command line), the name is added to the query
    as `param:"=NAME"` instead, which is ANDed, so the click still gives the count shown."""
    value = f"={name}"
    held = [v for v in args.get(param, []) if v.strip()]
    if not held or value in held or '"' in name:  # a name with a `"` cannot be quoted in a query
        return search_url(add(args, param, value))
    out = {k: list(v) for k, v in args.items() if k != "offset"}
    term = f'{param}:"{value}"'
    query = " ".join(out.get("q", [])).strip()
    if term not in query:
        # Grouped when it has an OR, which binds looser than the AND joining the name to it.
        out["q"] = [f"({query}) {term}" if OR_RE.search(query) else f"{query} {term}".strip()]
    return search_url(out)


def add(args: dict[str, list[str]], name: str, value: str) -> dict[str, list[str]]:
    """The page's parameters with `name=value` added (a facet clicked), back to the first page."""
    out = {k: list(v) for k, v in args.items() if k != "offset"}
    if value not in out.setdefault(name, []):
        out[name].append(value)
    return out


def drop(args: dict[str, list[str]], name: str, value: str) -> dict[str, list[str]]:
    """The page's parameters without `name=value` (a chip removed), back to the first page."""
    out = {k: [x for x in v if not (k == name and x == value)] for k, v in args.items() if k != "offset"}
    return {k: v for k, v in out.items() if v}


__all__ = ["CSP", "MAX_BODY_BYTES", "create_app", "server_command"]
