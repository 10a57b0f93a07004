"""The OpenAPI 3.1 description served at /api/openapi.json (hand-written: the API is small,
and its documents are render.py's, described in README "Scripts and JSON")."""

from __future__ import annotations

from ..models import ENTITY_NAMES, ERROR_TYPES, KINDS, SORT_ORDERS, JSONObject
from ..search.request import MAX_CONTEXT
from .params import FILTER_PARAMS, MAX_BATCH_QUERIES, MAX_PAGE


def _param(name: str, description: str, schema: JSONObject, repeat: bool = False) -> JSONObject:
    if repeat:
        schema = {"type": "array", "items": schema}
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
        **({"style": "form", "explode": True} if repeat else {}),
    }


_ERROR: JSONObject = {
    "description": "An error record: {schema_version, error: {type, message}}; the message is the CLI's.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}


def _search_parameters() -> list[JSONObject]:
    """The parameters of /api/search, /api/search.csv and /api/batch."""
    return [
        _param("q", "Query in the query language of `indexer search` (at most 1,000 characters).", {"type": "string"}),
        *(
            _param(
                name,
                f"Filter: `indexer search --{name}` (repeatable).",
                {"type": "string", **({"enum": list(KINDS)} if name == "kind" else {})},
                repeat=True,
            )
            for name in FILTER_PARAMS
        ),
        _param("sort", "Order of hits.", {"type": "string", "enum": list(SORT_ORDERS), "default": "score"}),
        _param("limit", "Hits per page.", {"type": "integer", "minimum": 0, "maximum": MAX_PAGE, "default": 10}),
        _param("offset", "Hits to skip.", {"type": "integer", "minimum": 0, "default": 0}),
        _param(
            "context",
            "Paragraphs before and after each hit, as the hits' `before` and `after` (as --context N).",
            {"type": "integer", "minimum": 0, "maximum": MAX_CONTEXT, "default": 0},
        ),
        _param("facets", "Count entity names over all matches (default true in JSON, as --json).", {"type": "boolean"}),
        _param("fields", "Hit fields, comma-separated (as --fields).", {"type": "string"}),
        _param("mode", "How plain words combine.", {"type": "string", "enum": ["and", "or"], "default": "and"}),
        _param(
            "fallback",
            "Retry a query that finds nothing (a Thai compound split, typos, any word, question).",
            {"type": "boolean"},
        ),
        _param(
            "duplicates",
            "Show each copy of a paragraph found in several articles as a hit (default false in JSON and "
            "on the page: copies folded into the best-ranked one, listed in its `copies`; true in CSV and batch).",
            {"type": "boolean"},
        ),
    ]


def _search_paths(search_params: list[JSONObject], json_doc: JSONObject) -> JSONObject:
    return {
        "/api/search": {
            "get": {
                "summary": "Search (indexer search --json)",
                "parameters": search_params,
                "responses": {"200": {"description": "Result", "content": json_doc}, "400": _ERROR, "503": _ERROR},
            }
        },
        "/api/search.csv": {
            "get": {
                "summary": "Search as CSV (indexer search --csv)",
                "parameters": search_params,
                "responses": {
                    "200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}},
                    "400": _ERROR,
                    "503": _ERROR,
                },
            }
        },
        "/api/batch": {
            "post": {
                "summary": f"Many queries, one a line (at most {MAX_BATCH_QUERIES:,}; as --queries)",
                "parameters": search_params[1:],
                "requestBody": {
                    "required": True,
                    "content": {
                        "text/plain": {"schema": {"type": "string"}},
                        "application/json": {"schema": {"type": "array", "items": {"type": "string"}}},
                    },
                },
                "responses": {
                    "200": {
                        "description": "One JSON record a line",
                        "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
                    },
                    "400": _ERROR,
                    "413": _ERROR,
                },
            }
        },
    }


def _read_paths(json_doc: JSONObject) -> JSONObject:
    return {
        # The route's own variable name (app.ROUTES: /api/articles/<path:article_id>), the name
        # every document gives an article's id; its `/` may be sent as it is or as %2F.
        "/api/articles/{article_id}": {
            "get": {
                "summary": "An article as indexed (indexer show ARTICLE --json)",
                "parameters": [
                    {
                        "name": "article_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                        "description": "Article id (`source/rferl-uyghur-diaspora-2021.txt`: its `/` as it is or as "
                        "%2F), or a unique part of it (`rferl`).",
                    }
                ],
                "responses": {"200": {"description": "Article", "content": json_doc}, "404": _ERROR},
            }
        },
        "/api/entities": {
            "get": {
                "summary": "Entity names with paragraph counts (indexer entities --json)",
                "parameters": [
                    _param(
                        "type",
                        "Entity type: singular, plural or a synonym (person, people, persons...).",
                        {"type": "string", "enum": list(ENTITY_NAMES)},
                        repeat=True,
                    ),
                    _param("limit", "Names per type (0: all).", {"type": "integer", "minimum": 0, "default": 50}),
                ],
                "responses": {"200": {"description": "Names", "content": json_doc}, "400": _ERROR},
            }
        },
        "/api/stats": {
            "get": {
                "summary": "What the index holds (indexer stats --json)",
                "responses": {"200": {"description": "Statistics", "content": json_doc}},
            }
        },
    }


def openapi() -> JSONObject:
    """The description as a JSON-able dict."""
    search_params = _search_parameters()
    json_doc: JSONObject = {"application/json": {"schema": {"type": "object", "required": ["schema_version"]}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "indexer",
            "version": "1",
            "description": "Read-only search over a news-article index. Documents are those of the CLI's "
            "--json output, with the same schema_version.",
        },
        "paths": {**_search_paths(search_params, json_doc), **_read_paths(json_doc)},
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["schema_version", "error"],
                    "properties": {
                        "schema_version": {"type": "integer"},
                        "error": {
                            "type": "object",
                            "properties": {
                                "type": {"type": "string", "enum": list(ERROR_TYPES)},
                                "message": {"type": "string"},
                            },
                        },
                    },
                }
            }
        },
    }
