"""`indexer serve`'s description and messages say what the server really takes: the OpenAPI
paths are its routes with their own parameter names (`/api/articles/{article_id}`, where it said
`{id}`), an error names a query parameter as a request sends it ("person: or person=", where it
read "person: or person"), and every parameter a web message advises is one the API accepts
(`context`, which "fields=before needs context=N" advised, was refused as unknown)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from indexer.cli import _web_message
from indexer.errors import IndexerError
from indexer.query import FIELD_FORMS, check_value
from tests.conftest import invoke

pytest.importorskip("flask")

from indexer.web import create_app  # noqa: E402
from indexer.web.app import ROUTES  # noqa: E402
from indexer.web.openapi import openapi  # noqa: E402
from indexer.web.params import SEARCH_PARAMS  # noqa: E402


def _template(rule: str) -> str:
    """A Flask rule as an OpenAPI path: /api/articles/<path:article_id> -> /api/articles/{article_id}."""
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule)


def test_the_openapi_paths_are_the_routes_with_their_parameter_names() -> None:
    spec = openapi()
    api = {_template(rule): methods for rule, _, methods in ROUTES if rule.startswith("/api/")}
    assert set(spec["paths"]) | {"/api/openapi.json"} == set(api)
    for path, item in spec["paths"].items():
        assert {m.upper() for m in item} == set(api[path]), path
        for operation in item.values():
            named = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert named == set(re.findall(r"{(\w+)}", path)), path


def test_the_article_path_answers_with_the_documented_parameter(shipped_index: Path) -> None:
    client = create_app(shipped_index).test_client()
    for sent in ("source/rferl-uyghur-diaspora-2021.txt", "source%2Frferl-uyghur-diaspora-2021.txt", "rferl"):
        response = client.get(f"/api/articles/{sent}")
        assert response.status_code == 200, sent
        assert response.get_json()["article"]["article_id"] == "source/rferl-uyghur-diaspora-2021.txt"


@pytest.mark.parametrize("field", sorted(FIELD_FORMS))
def test_a_web_message_names_each_fields_parameter_as_a_request_sends_it(field: str) -> None:
    with pytest.raises(IndexerError) as info:
        check_value(field, "")
    web = _web_message(info.value)
    assert re.search(r"\bor [a-z]+\)", web) is None, web  # "(person: or person)" said nothing
    params = re.findall(r"\b([a-z_]+)=", web)
    assert set(params) <= set(SEARCH_PARAMS), web


def test_empty_filters_on_the_search_page_read_as_parameters(shipped_index: Path) -> None:
    from indexer.web.params import FILTER_PARAMS

    client = create_app(shipped_index, message=_web_message).test_client()
    for param in FILTER_PARAMS:
        html = client.get(f"/?q=china&{param}=").get_data(as_text=True)
        query_field = {"lang": "lang"}.get(param, param)
        assert f"empty value ({query_field}: or {param}=): give one after it" in html, param


def test_context_is_a_parameter_of_the_api_as_the_messages_advise(shipped_index: Path) -> None:
    client = create_app(shipped_index, message=_web_message).test_client()
    refused = client.get("/api/search?q=forced+labor&fields=article_id,before")
    assert refused.status_code == 400
    assert refused.get_json()["error"]["message"] == "fields=before needs context=N"
    api = client.get("/api/search?q=forced+labor&context=1&limit=2").get_json()
    code, out, err = invoke("search", "forced", "labor", "-C", "1", "-n", "2", "--json", "--index", str(shipped_index))
    assert code == 0, err
    assert api == json.loads(out) and api["hits"][0]["before"]
    asked = client.get("/api/search?q=forced+labor&context=1&limit=1&fields=paragraph,before").get_json()
    assert list(asked["hits"][0]) == ["paragraph", "before"]
    csv = client.get("/api/search.csv?q=forced+labor&context=1&limit=1").get_data(as_text=True)
    assert csv.splitlines()[0].endswith(",before,after")
    too_far = client.get("/api/search?q=forced+labor&context=21")
    assert too_far.status_code == 400 and "context must be between 0 and 20" in too_far.get_json()["error"]["message"]


def test_no_comment_sends_a_reader_to_the_function_it_stands_in() -> None:
    # render.article_rows said "(see article_rows)" inside article_rows: a pointer to itself.
    import ast

    for path in sorted(Path(__file__).resolve().parents[1].joinpath("indexer").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                body = "\n".join(lines[node.lineno - 1 : node.end_lineno])
                assert f"(see {node.name})" not in body, f"{path.name}: {node.name}"
