"""`indexer serve` (issue 18): the JSON API mirrors the CLI's documents and error texts, the
pages escape every piece of article text, and the server follows rebuilds. Flask's test
client, no sockets, except for the two `indexer serve` start-up failures."""

from __future__ import annotations

from html import escape as html_escape, unescape as html_unescape
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import _message, main
from indexer.pipeline import build
from tests.conftest import SHIPPED

pytest.importorskip("flask")

from indexer.web import create_app  # noqa: E402
from indexer.web.app import CSP  # noqa: E402

ARTICLE = SHIPPED.name

# An article written to break out of HTML wherever its text lands: element content, attribute
# values (title in <title> and in links), and a link-shaped text.
XSS_TITLE = "Evil \"title\" <script>alert(1)</script> ' onmouseover='alert(2)"
XSS_BODY = [
    'The minister said <script>document.title="pwned"</script> in a speech about harbours.',
    'Read <a href="javascript:alert(3)">this link</a> and "quoted" text \' onfocus=\'alert(4)\' x=" about harbours.',
    "<img src=x onerror=alert(5)> harbours </p></mark><b>bold</b> javascript:alert(6)",
]


def cli_json(*args: str) -> dict:
    result = CliRunner().invoke(main, list(args))
    return json.loads(result.stdout)


# Indexes built once per session, whichever module asks first (test_web_browser.py imports
# these fixtures: each module gets its own fixture definition, the build is shared).
_BUILT: dict[str, Path] = {}


def _built(name: str, tmp_path_factory: pytest.TempPathFactory, make) -> Path:
    if name not in _BUILT:
        _BUILT[name] = make(tmp_path_factory.mktemp(name))
    return _BUILT[name]


@pytest.fixture(scope="session")
def tagged_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped article indexed with entities (facets, chips, who is quoted)."""

    def make(folder: Path) -> Path:
        build([str(SHIPPED)], str(folder / "index"), entities=True)
        return folder / "index"

    return _built("web", tmp_path_factory, make)


@pytest.fixture
def client(tagged_index: Path):
    return create_app(tagged_index, message=_message).test_client()


# -- the API mirrors the CLI ------------------------------------------------------------------


def test_search_is_the_cli_json_document(client, tagged_index: Path) -> None:
    api = client.get("/api/search?q=forced+labor&limit=3").get_json()
    assert api == cli_json("search", "forced", "labor", "-n", "3", "--json", "--index", str(tagged_index))
    assert api["schema_version"] == 1 and api["total"] == 4 and len(api["hits"]) == 3
    assert api["facets"]["groups"]  # --json always counts facets


def test_filters_paging_fields_and_sort_as_the_cli(client, tagged_index: Path) -> None:
    api = client.get(
        "/api/search?q=uyghur&place=Xinjiang&kind=body&offset=1&limit=2&sort=position&fields=article_id,paragraph"
    ).get_json()
    cli = cli_json(
        "search",
        "uyghur",
        "--place",
        "Xinjiang",
        "--kind",
        "body",
        "--offset",
        "1",
        "-n",
        "2",
        "--sort",
        "position",
        "--fields",
        "article_id,paragraph",
        "--json",
        "--index",
        str(tagged_index),
    )
    assert api == cli and api["hits"] and set(api["hits"][0]) == {"article_id", "paragraph"}


def test_csv_entities_stats_and_article_as_the_cli(client, tagged_index: Path) -> None:
    cli = CliRunner().invoke(main, ["search", "forced", "labor", "--csv", "--index", str(tagged_index)])
    response = client.get("/api/search.csv?q=forced+labor")
    assert response.mimetype == "text/csv" and response.get_data(as_text=True) == cli.stdout
    assert client.get("/api/entities?type=person&type=places").get_json() == cli_json(
        "entities", "--type", "person", "--type", "places", "--json", "--index", str(tagged_index)
    )
    api_stats = client.get("/api/stats").get_json()
    assert api_stats == cli_json("stats", "--json", "--index", str(tagged_index))
    article = client.get(f"/api/articles/{ARTICLE}").get_json()
    assert article == cli_json("show", ARTICLE, "--json", "--index", str(tagged_index))


def test_batch_is_the_queries_jsonl(client, tagged_index: Path, tmp_path: Path) -> None:
    queries = 'forced labor\n"unclosed\nuyghr camps\n'
    (tmp_path / "q.txt").write_text(queries, encoding="utf-8")
    cli = CliRunner().invoke(
        main, ["search", "--queries", str(tmp_path / "q.txt"), "-n", "2", "--index", str(tagged_index)]
    )
    response = client.post("/api/batch?limit=2", data=queries.encode(), content_type="text/plain")
    assert response.status_code == 200 and response.mimetype == "application/x-ndjson"
    lines = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert lines == [json.loads(line) for line in cli.stdout.splitlines()]
    assert [("error" in r) for r in lines] == [False, True, False]
    # A JSON body: an array of queries, or {"queries": [...]}, the same records (it was searched
    # as one query, brackets and quotes included: a user's trial); any other JSON is refused
    as_list = ["forced labor", '"unclosed', "uyghr camps"]
    for body in (as_list, {"queries": as_list}):
        response = client.post("/api/batch?limit=2", data=json.dumps(body), content_type="application/json")
        assert [json.loads(line) for line in response.get_data(as_text=True).splitlines()] == lines
    for bad in ('{"q": "labor"}', '"labor"', "[1, 2]", "[labor"):
        response = client.post("/api/batch", data=bad, content_type="application/json")
        assert response.status_code == 400 and "array of query strings" in response.get_json()["error"]["message"]


def test_bad_parameters_are_400_with_the_cli_text(client, tagged_index: Path) -> None:
    long_query = "word " * 250
    api = client.get("/api/search", query_string={"q": long_query})
    cli = cli_json("search", long_query, "--json", "--index", str(tagged_index))
    assert api.status_code == 400 and api.get_json() == cli and api.get_json()["error"]["type"] == "query"
    fields = client.get("/api/search?q=labor&fields=bogus")
    assert fields.status_code == 400
    assert (
        fields.get_json()["error"]["message"]
        == cli_json("search", "labor", "--fields", "bogus", "--json", "--index", str(tagged_index))["error"]["message"]
    )
    for bad, words in [
        ("q=labor&persn=Zenz", "unknown parameter 'persn'"),
        ("q=labor&limit=ten", "whole number"),
        ("q=labor&limit=5000", "between 0 and 1,000"),
        ("q=labor&facets=maybe", "true or false"),
        ("", "empty query"),
        ("q=labor&sort=best", "unknown sort 'best'"),
    ]:
        response = client.get(f"/api/search?{bad}")
        assert response.status_code == 400, bad
        assert words in response.get_json()["error"]["message"], bad


def test_unknown_and_traversing_article_ids_are_404(client) -> None:
    for ref in ("no-such-article", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd"):
        response = client.get(f"/api/articles/{ref}")
        assert response.status_code == 404, ref
        assert response.get_json()["error"]["type"] in ("not_found", "http")
    assert client.get("/articles/nothing-here").status_code == 404


def test_limits_body_size_and_batch_length(client) -> None:
    assert client.post("/api/batch", data=b"x" * (1 << 20 + 1)).status_code == 413
    many = client.post("/api/batch", data="labor\n" * 1001)
    assert many.status_code == 400 and "limit 1,000" in many.get_json()["error"]["message"]
    assert client.delete("/api/search?q=labor").status_code == 405  # nothing writes


def test_missing_index_is_503_and_openapi_lists_the_endpoints(tmp_path: Path) -> None:
    app = create_app(tmp_path / "none", message=_message).test_client()
    response = app.get("/api/search?q=labor")
    assert response.status_code == 503 and response.get_json()["error"]["type"] == "index"
    spec = app.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.") and {"/api/search", "/api/batch", "/api/articles/{article_id}"} <= set(
        spec["paths"]
    )


def test_a_rebuild_is_served_on_the_next_request(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "a.txt").write_text("Harbour news\n\nThe harbour bridge closed for repairs on Tuesday.\n", "utf-8")
    index = tmp_path / "index"
    build([str(folder)], str(index), entities=False)
    client = create_app(index).test_client()
    assert client.get("/api/search?q=crossings").get_json()["total"] == 0
    (folder / "b.txt").write_text("Ferry news\n\nThe ferry service doubled its crossings on Wednesday.\n", "utf-8")
    build([str(folder)], str(index), entities=False)
    assert client.get("/api/search?q=crossings").get_json()["total"] == 1
    build([str(folder)], str(index), entities=False, rebuild=True)  # a new generation, the old one removed
    assert client.get("/api/search?q=repairs+OR+crossings").get_json()["total"] == 2


# -- pages -------------------------------------------------------------------------------------


def test_search_page_hits_facets_chips_paging_and_headers(client) -> None:
    page = client.get("/?q=uyghur")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and page.headers["Content-Security-Policy"] == CSP
    assert page.headers["Server-Timing"].startswith("app;dur=") and ", index;dur=" in page.headers["Server-Timing"]
    assert "<mark>" in html and "rferl-uyghur-diaspora-2021.txt:" in html
    assert 'rel="next" href="/?q=uyghur&amp;offset=10"' in html
    assert 'href="/api/search?q=uyghur"' in html and 'href="/api/search.csv?q=uyghur"' in html
    assert "/?q=uyghur&amp;place=%3DXinjiang" in html  # a facet is a link adding its exact-name filter
    filtered = client.get("/?q=uyghur&place=Xinjiang").get_data(as_text=True)
    assert "Remove filter place: Xinjiang" in filtered and 'href="/?q=uyghur"' in filtered  # the chip removes it
    assert "<script" not in html
    second = client.get("/?q=uyghur&offset=10").get_data(as_text=True)
    assert 'rel="prev" href="/?q=uyghur"' in second
    bad = client.get('/?q="unclosed')
    assert bad.status_code == 400 and 'role="alert"' in bad.get_data(as_text=True)


def test_the_csv_link_of_a_page_showing_a_fallback_holds_its_rows(client) -> None:
    # the CSV endpoint runs a query as typed (as --csv); a page showing a question's hits links
    # to its CSV with the fallback asked for, so the file holds the rows the page shows
    page = client.get("/?q=what+did+Zenz+say+about+the+response").get_data(as_text=True)
    link = re.search(r'href="(/api/search\.csv\?[^"]+)"', page)
    assert link is not None and "fallback=true" in link.group(1)
    rows = client.get(html_unescape(link.group(1))).get_data(as_text=True).splitlines()
    assert len(rows) > 1 and "Zenz" in "\n".join(rows[1:])
    as_typed = client.get("/api/search.csv?q=what+did+Zenz+say+about+the+response").get_data(as_text=True)
    assert len(as_typed.splitlines()) == 1  # the API's own default is unchanged


def test_article_page_marks_names_and_anchors_paragraphs(client) -> None:
    html = client.get(f"/articles/{ARTICLE}").get_data(as_text=True)
    assert 'id="p6"' in html and 'class="ent ent-places"' in html
    assert "Who is quoted" in html and 'href="#p' in html


def test_an_untitled_article_is_not_named_twice(tmp_path: Path) -> None:
    # A trial: a hit of an article with no title showed its id as the heading and again in the
    # line under it ("misc/x.html" / "misc/x.html:1 · body").
    (tmp_path / "src").mkdir()
    body = "".join(
        f"<p>The harbour authority said on day {n} that the dockworkers would return to work after a long strike.</p>"
        for n in (1, 2)
    )
    (tmp_path / "src" / "untitled.html").write_text(f"<html><body><article>{body}</article></body></html>", "utf-8")
    build([str(tmp_path / "src")], str(tmp_path / "index"), entities=False)
    client = create_app(tmp_path / "index").test_client()
    hit = client.get("/api/search?q=harbour").get_json()["hits"][0]
    assert hit["title"] == "" and hit["article_id"] == "src/untitled.html"
    for page, hits in ((client.get("/?q=harbour"), 2), (client.get("/articles/src/untitled.html"), 1)):
        html = page.get_data(as_text=True)
        main = html[html.index("<main") :]
        assert main.count(">src/untitled.html<") == hits and "src/untitled.html:" not in main, main


@pytest.fixture(scope="session")
def xss_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One article written to break out of HTML (XSS_TITLE, XSS_BODY), file name included."""

    def make(folder: Path) -> Path:
        (folder / "src").mkdir()
        # Markup in a text file is removed as an HTML fragment's (sniff.has_html_markup): the
        # payloads are written as character references, which the reader decodes, so the
        # indexed text holds them raw, as a page's text can.
        text = XSS_TITLE + "\n\n" + "\n\n".join(XSS_BODY) + "\n"
        (folder / "src" / 'evil"<script>.txt').write_text(html_escape(text, quote=False), "utf-8")
        build([str(folder / "src")], str(folder / "index"), entities=False)
        return folder / "index"

    return _built("xss", tmp_path_factory, make)


def test_article_text_is_escaped_everywhere(xss_index: Path) -> None:
    client = create_app(xss_index).test_client()
    results = client.get("/?q=harbours").get_data(as_text=True)
    article_id = client.get("/api/search?q=harbours").get_json()["hits"][0]["article_id"]
    from urllib.parse import quote

    article = client.get("/articles/" + quote(article_id)).get_data(as_text=True)
    for html in (results, article):
        for raw in ("<script", "<img", "<b>", '<a href="javascript:', '"pwned"', "onmouseover='", "onfocus='"):
            assert raw not in html, raw
        assert "&lt;script&gt;" in html and "&lt;a href=&#34;javascript:alert(3)&#34;&gt;" in html


# -- the command -------------------------------------------------------------------------------


def test_serve_fails_in_one_line_on_a_missing_index_or_a_taken_port(tmp_path: Path, shipped_index: Path) -> None:
    missing = subprocess.run(
        [sys.executable, "-m", "indexer", "serve", "--index", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "error:" in missing.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = subprocess.run(
            [sys.executable, "-m", "indexer", "serve", "--index", str(shipped_index), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert busy.returncode == 2 and busy.stderr.splitlines()[-1] == (
        f"indexer: error: port 127.0.0.1:{port} is in use (another server?): choose another with --port N"
    )
    assert busy.stderr.count("\n") == 1


def test_search_command_does_not_import_the_web_stack(shipped_index: Path) -> None:
    code = (
        "import sys; from indexer.cli import main; "
        f"main(['search', 'forced', 'labor', '--index', {str(shipped_index)!r}], standalone_mode=False); "
        "print(sorted(m for m in ('flask', 'waitress', 'werkzeug', 'jinja2') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env={**os.environ, "NO_COLOR": "1"}
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_an_unknown_article_is_the_same_error_record_in_the_api_and_the_cli(client, tagged_index: Path) -> None:
    """`indexer show nosuch --json` typed it "error" where the API said "not_found"."""
    api = client.get("/api/articles/nosuch").get_json()
    result = subprocess.run(
        [sys.executable, "-m", "indexer", "show", "nosuch", "--json", "--index", str(tagged_index)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert json.loads(result.stdout) == api and api["error"]["type"] == "not_found"
