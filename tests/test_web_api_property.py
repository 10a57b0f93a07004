"""Property-based check of the JSON API against its own OpenAPI description (issue 18):
schemathesis generates requests from /api/openapi.json for every operation (valid and
not), and each answer must be no 5xx, a status and content type the description lists, a body
its response schema admits, and, for every error, the CLI's error record. Driven through
hypothesis directly (schemathesis' pytest plugin does not run under this pytest), derandomised
and bounded: ~10 s."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from indexer.cli import _message
from tests.test_web import tagged_index  # noqa: F401 (fixture, built once per session)

schemathesis = pytest.importorskip("schemathesis", reason="needs schemathesis (test extra)")
pytest.importorskip("flask")

from indexer.web import create_app  # noqa: E402

OPERATIONS = [
    "GET /api/search",
    "GET /api/search.csv",
    "POST /api/batch",
    "GET /api/articles/{article_id}",
    "GET /api/entities",
    "GET /api/stats",
]


@pytest.fixture(scope="module")
def api_schema(tagged_index: Path):  # noqa: F811
    return schemathesis.openapi.from_wsgi("/api/openapi.json", create_app(tagged_index, message=_message))


def test_the_description_lists_every_operation(api_schema) -> None:
    found = [f"{op.method.upper()} {op.path}" for op in (r.ok() for r in api_schema.get_all_operations())]
    assert sorted(found) == sorted(OPERATIONS)


@pytest.mark.parametrize("name", OPERATIONS)
def test_generated_requests_get_no_server_error_and_the_cli_error_record(api_schema, name: str) -> None:
    from schemathesis.checks import (
        content_type_conformance,
        not_a_server_error,
        response_schema_conformance,
        status_code_conformance,
    )

    method, path = name.split(" ")
    operation = api_schema[path][method]
    seen: dict[int, int] = {}

    @settings(max_examples=20, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
    @given(operation.as_strategy())
    def check(case) -> None:
        response = case.call()
        seen[response.status_code] = seen.get(response.status_code, 0) + 1
        case.validate_response(
            response,
            checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance],
        )
        if response.status_code >= 400:
            # The CLI's error record (`indexer search --json` on a bad query): one line of text.
            error = response.json()["error"]
            assert isinstance(error["message"], str) and "\n" not in error["message"].strip(), error
            assert error["type"] in ("query", "usage", "not_found", "http", "index", "error"), error

    check()
    assert seen and all(code < 500 for code in seen), seen


def test_a_non_ascii_language_code_is_refused_not_an_internal_error(tagged_index: Path) -> None:  # noqa: F811
    # Found by the check above: `lang=0\x80` reached PyStemmer, which encodes the code as ASCII.
    from click.testing import CliRunner

    from indexer.cli import main

    result = CliRunner().invoke(main, ["search", "uyghur", "--lang", "é1", "--index", str(tagged_index)])
    assert result.exit_code == 2 and "unknown language code 'é1'" in result.stderr, result.stderr
    response = create_app(tagged_index, message=_message).test_client().post("/api/batch?lang=%C3%A91", data="uyghur")
    # A batch answers each query with its record, an error record for this one (as --queries).
    assert response.status_code == 200 and "unknown language code 'é1'" in response.get_data(as_text=True)
