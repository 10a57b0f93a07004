"""The Flask application of `indexer serve`: the JSON API and the server-rendered pages.

Every answer is built by the library the CLI uses (IndexSearcher for the searching,
render.py for the JSON, CSV and JSONL documents), so `/api/search?q=X` is the document
`indexer search X --json` prints, `/api/search.csv` is `--csv`, `/api/articles/ID` is
`indexer show ID --json`, `/api/entities` is `indexer entities --json`, `/api/stats` is
`indexer stats --json`, `/api/batch` is `--queries`. Errors carry the CLI's text (the
`message` function the app is given renders a library error's hint) in the CLI's error
record, with HTTP 400 (bad request), 404 (no such article) or 503 (no readable index).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask, Response, g, render_template, request

from ..errors import IndexerError, IndexFormatError, IndexNotFoundError, QueryError
from ..models import ENTITY_FIELDS, FIELD_TYPE, NAME_FIELDS, SORT_ORDERS, entity_field
from ..render import (
    article_to_json,
    csv_rows,
    dumps,
    entities_to_json,
    error_to_json,
    query_record,
    result_to_json,
    stats_to_json,
    to_csv,
)
from .live import LiveIndex
from .params import FILTER_PARAMS, MAX_BATCH_QUERIES, ParamError, check_known, search_params
from .views import article_view, hit_view, page_links

# A request body (POST /api/batch) of at most 1 MiB: 1,000 queries of 1,000 characters.
MAX_BODY_BYTES = 1 << 20
# Pages and static files only from this server; no script at all; no framing; forms post here.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
PAGE_SIZE = 10
HERE = Path(__file__).parent


class ArticleNotFound(IndexerError):
    """No article (or no unique one) answers to the id in the URL (HTTP 404)."""


def create_app(
    index: str | Path | None = None, *, message: Callable[[Exception], str] = str, live: LiveIndex | None = None
) -> Flask:
    """The app serving the index at `index` (or $INDEXER_INDEX, or ./.indexer), read-only.

    `message(exc)` words an error for the client; the CLI passes its own, so an error reads as
    the same command-line failure would (hints naming `--flags`); the default is `str(exc)`.
    The index is opened on the first request (call `app.extensions["indexer"].open()` to fail
    early); it is reopened whenever a build switches generations (live.py).
    """
    app = Flask("indexer.web", template_folder=str(HERE / "templates"), static_folder=str(HERE / "static"))
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    app.url_map.merge_slashes = False  # an id is looked up as sent: no redirect for "//"
    app.json.sort_keys = False  # type: ignore[attr-defined]
    live = live or LiveIndex(index)
    app.extensions["indexer"] = live

    def error_json(exc: Exception, status: int) -> Response:
        kind = (
            "usage"
            if isinstance(exc, ParamError)
            else "query"
            if isinstance(exc, QueryError)
            else "index"
            if isinstance(exc, (IndexNotFoundError, IndexFormatError))
            else "not_found"
            if isinstance(exc, ArticleNotFound)
            else "error"
        )
        return json_response(error_to_json(message(exc), kind), status)

    def status_of(exc: Exception) -> int:
        if isinstance(exc, (IndexNotFoundError, IndexFormatError)):
            return 503
        return 404 if isinstance(exc, ArticleNotFound) else 400

    @app.before_request
    def start_clock() -> None:
        g.started = time.perf_counter()
        live.take_work_ms()

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        if "started" in g:  # server-side times, read by bench/load_web.py: the whole request in the
            # app (waiting for the index included), and the time it held the index
            response.headers["Server-Timing"] = (
                f"app;dur={(time.perf_counter() - g.started) * 1000:.2f}, index;dur={live.take_work_ms():.2f}"
            )
        return response

    @app.errorhandler(IndexerError)
    def library_error(exc: IndexerError) -> Any:
        if request.path.startswith("/api/"):
            return error_json(exc, status_of(exc))
        return render_template("error.html", message=message(exc), status=status_of(exc)), status_of(exc)

    @app.errorhandler(404)
    @app.errorhandler(405)
    @app.errorhandler(413)
    def http_error(exc: Any) -> Any:
        text = {
            404: "no such page",
            405: "method not allowed (this server only reads)",
            413: f"request body larger than {MAX_BODY_BYTES:,} bytes",
        }[exc.code]
        if request.path.startswith("/api/"):
            return json_response(error_to_json(text, "http"), exc.code)
        return render_template("error.html", message=text, status=exc.code), exc.code

    # -- JSON API -----------------------------------------------------------------------------

    @app.get("/api/search")
    def api_search() -> Response:
        params = search_params(request.args, request.args.to_dict(flat=False))
        result = live.use(lambda s: s.search(params.request))
        return json_response(result_to_json(result, params.fields))

    @app.get("/api/search.csv")
    def api_search_csv() -> Response:
        # As `indexer search --csv`: the query as typed (no fallback), no facets.
        params = search_params(request.args, request.args.to_dict(flat=False), facets=False, fallback=False)
        result = live.use(lambda s: s.search(params.request))
        return Response(
            to_csv(csv_rows(result, params.fields)),
            mimetype="text/csv",
            headers={"Content-Disposition": 'attachment; filename="search.csv"'},
        )

    @app.post("/api/batch")
    def api_batch() -> Response:
        # As `indexer search --queries FILE`: one JSONL record per line of the body, errors in place.
        from ..batch import run_queries

        params = search_params(request.args, request.args.to_dict(flat=False), facets=False)
        body = request.get_data(cache=False, as_text=False).decode("utf-8", errors="replace")
        lines = body.splitlines()
        if len(lines) > MAX_BATCH_QUERIES:
            raise ParamError(f"{len(lines):,} queries in one batch (limit {MAX_BATCH_QUERIES:,}): split the file")

        def run(searcher: Any) -> list[str]:
            records = []
            for outcome in run_queries(searcher, lines, params.request):
                text = message(outcome.error) if outcome.error is not None else ""
                records.append(dumps(query_record(outcome, params.fields, False, False, text)))
            return records

        records = live.use(run)
        return Response("".join(r + "\n" for r in records), mimetype="application/x-ndjson")

    @app.get("/api/articles/<path:article_id>")
    def api_article(article_id: str) -> Response:
        check_known(list(request.args), ())
        article = find_article(article_id)
        return json_response({**article_to_json(article), "focus": None})

    @app.get("/api/entities")
    def api_entities() -> Response:
        check_known(list(request.args), ("type", "limit"))
        fields = entity_fields(request.args.getlist("type"))
        limit = request.args.get("limit", "50")
        if not limit.isdigit():
            raise ParamError(f"limit must be a whole number, not '{limit[:40]}'")
        return json_response(entities_to_json(entity_counts(fields, int(limit))))

    @app.get("/api/stats")
    def api_stats() -> Response:
        check_known(list(request.args), ())
        return json_response(stats_to_json(live.cached("stats", lambda s: s.stats())))

    @app.get("/api/openapi.json")
    def api_openapi() -> Response:
        from .openapi import openapi

        return json_response(openapi())

    # -- pages --------------------------------------------------------------------------------

    @app.get("/")
    def page_search() -> Any:
        args = request.args.to_dict(flat=False)
        try:
            check_known(list(args), ("q", *FILTER_PARAMS, "sort", "offset"))
            params = search_params(request.args, args, limit=PAGE_SIZE)
            asked = bool(params.request.query.strip() or params.request.filters.any())
            result = live.use(lambda s: s.search(params.request)) if asked else None
        except (ParamError, QueryError) as exc:
            return render_template(
                "search.html",
                error=message(exc),
                args=request.args,
                result=None,
                chips=[],
                sorts=SORT_ORDERS,
                hits=[],
                facets=[],
                links={},
            ), 400
        chips = [
            {
                "param": name,
                "value": value,
                "label": f"{name}: {value}",
                "remove": search_url(drop(args, name, value)),
            }
            for name in FILTER_PARAMS
            for value in args.get(name, [])
            if value.strip()
        ]
        facets = []
        if result is not None and result.facets:
            for field_name, rows in result.facets.items():
                if not rows:
                    continue
                param = FIELD_TYPE[field_name]  # type: ignore[index]
                facets.append(
                    {
                        "field": field_name,
                        "rows": [
                            {
                                "name": name,
                                "count": count,
                                "active": name in args.get(param, []),
                                "href": search_url(add(args, param, name)),
                            }
                            for name, count in rows
                        ],
                    }
                )
        hits = [hit_view(h) for h in result.hits] if result is not None else []
        links = page_links(args, result) if result is not None else {}
        return render_template(
            "search.html",
            error=None,
            args=request.args,
            result=result,
            hits=hits,
            facets=facets,
            chips=chips,
            sorts=SORT_ORDERS,
            links=links,
        )

    @app.get("/articles/<path:article_id>")
    def page_article(article_id: str) -> Any:
        article = find_article(article_id)
        return render_template("article.html", **article_view(article))

    # -- helpers ------------------------------------------------------------------------------

    def find_article(ref: str) -> Any:
        try:
            return live.use(lambda s: s.article(ref))
        except (IndexNotFoundError, IndexFormatError):
            raise
        except IndexerError as exc:  # unknown or ambiguous: nothing answers to this URL
            raise ArticleNotFound(exc.message, exc.hint) from None

    def entity_fields(types: list[str]) -> list[str]:
        fields: list[str] = []
        for t in types:
            try:
                fields.append(entity_field(t))
            except ValueError:
                raise ParamError(
                    f"unknown entity type '{t[:40]}': use one of {', '.join(FIELD_TYPE[f] for f in ENTITY_FIELDS)}"
                ) from None
        return list(dict.fromkeys(fields)) or list(NAME_FIELDS)

    def entity_counts(fields: list[str], limit: int) -> dict[str, list[tuple[str, int]]]:
        from ..search import entity_counts as counts

        return live.cached(("entities", tuple(fields), limit), lambda s: counts(s.index_dir, fields, limit))

    return app


def json_response(data: Any, status: int = 200) -> Response:
    """`data` as the CLI's JSON (render.dumps: UTF-8, not ASCII-escaped)."""
    return Response(dumps(data) + "\n", status=status, mimetype="application/json")


def search_url(args: dict[str, list[str]]) -> str:
    """The search page's URL with these parameters (repeated ones repeated)."""
    from urllib.parse import urlencode

    return "/?" + urlencode(args, doseq=True) if args else "/"


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


__all__ = ["CSP", "MAX_BODY_BYTES", "ArticleNotFound", "create_app"]
