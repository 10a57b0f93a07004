"""Faults a new user met (trial round): queries read from standard input or a POST body were not
read as a queries file is, single-valued API parameters given twice dropped all but the first
without a word, a date "option" got click's unrelated suggestions, and a dict of filters or no
query in Python ended in an AttributeError."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import indexer
from indexer.cli import _message, main
from indexer.models import SearchRequest


def search(index: Path, *args: str, input: bytes | None = None):
    return CliRunner().invoke(main, ["search", *args, "--index", str(index)], input=input)


@pytest.fixture
def client(shipped_index: Path):
    pytest.importorskip("flask")
    from indexer.web import create_app

    return create_app(shipped_index, message=_message).test_client()


NOTEPAD = [
    ("utf-8 with a mark", "\ufeffUighur\nlabor\n".encode()),
    ("utf-16 with a mark", "Uighur\r\nlabor\r\n".encode("utf-16")),
    ("utf-16 without one", "Uighur\r\nlabor\r\n".encode("utf-16-le")),
]
BINARY = bytes(range(256)) * 8


@pytest.mark.parametrize("name,data", NOTEPAD, ids=[n for n, _ in NOTEPAD])
def test_queries_on_standard_input_are_read_as_a_file_is(shipped_index: Path, name: str, data: bytes) -> None:
    """`cat questions.txt | indexer search --queries -` read UTF-16 as UTF-8: every line an
    error record of control characters."""
    result = search(shipped_index, "--queries", "-", "--count", input=data)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["query"] for line in result.stdout.splitlines()] == ["Uighur", "labor"]


def test_binary_standard_input_is_refused_whole(shipped_index: Path) -> None:
    result = search(shipped_index, "--queries", "-", "--count", input=BINARY)
    assert result.exit_code == 2
    assert result.stderr == "indexer: error: standard input is binary, not text: give a text file, one query a line\n"
    assert json.loads(result.stdout)["error"]["type"] == "error"


def test_an_empty_queries_file_says_so(shipped_index: Path, tmp_path: Path) -> None:
    """An empty queries file (or input) printed nothing at all and exited 1."""
    (tmp_path / "q.txt").write_bytes(b"")
    result = search(shipped_index, "--queries", str(tmp_path / "q.txt"))
    assert (result.exit_code, result.stdout) == (1, "")
    assert (
        result.stderr
        == f"indexer: note: queries file {tmp_path / 'q.txt'} holds no queries (one query a line): nothing searched\n"
    )
    result = search(shipped_index, "--queries", "-", "--count", input=b"")
    assert result.exit_code == 1 and "standard input holds no queries" in result.stderr


@pytest.mark.parametrize("name,data", NOTEPAD, ids=[n for n, _ in NOTEPAD])
def test_batch_body_is_read_as_a_queries_file_is(client, name: str, data: bytes) -> None:
    """POST /api/batch kept a UTF-8 mark in the first query and read UTF-16 as UTF-8."""
    response = client.post("/api/batch?limit=0", data=data)
    assert response.status_code == 200
    assert [json.loads(line)["query"] for line in response.get_data(as_text=True).splitlines()] == ["Uighur", "labor"]


def test_binary_batch_body_is_refused_whole(client) -> None:
    response = client.post("/api/batch", data=BINARY)
    assert response.status_code == 400
    assert (
        response.get_json()["error"]["message"] == "the request body is binary, not text: send text, one query a line"
    )


@pytest.mark.parametrize(
    "url,message",
    [
        (
            "/api/search?q=uyghur&q=labor",
            "q given 2 times: give it once (only person, org, place, group, speaker, kind, article, lang may be repeated)",
        ),
        (
            "/api/search.csv?q=labor&limit=1&limit=5",
            "limit given 2 times: give it once (only person, org, place, group, speaker, kind, article, lang may be repeated)",
        ),
        ("/api/entities?limit=1&limit=2", "limit given 2 times: give it once (only type may be repeated)"),
        ("/api/stats?x=1", "unknown parameter 'x': this address takes no parameters"),
        (
            "/api/search?q=labor&published=2021",
            "unknown parameter 'published': filter by date in the query: 'q=date:2019' (a date the paragraph names) "
            "or 'q=published:2021-04' (the article's date), ranges 'q=date:[2019 TO 2021]', comparisons "
            "'q=published:>=2021'",
        ),
    ],
)
def test_api_parameters_are_not_silently_dropped(client, url: str, message: str) -> None:
    """`q=uyghur&q=labor` searched `uyghur` alone; `/api/stats?x=1` said "use some of " and
    nothing; `published=2021` listed the filters, none of them a date."""
    response = client.get(url)
    assert response.status_code == 400
    assert response.get_json()["error"] == {"type": "usage", "message": message}


def test_search_page_refuses_a_repeated_query_too(client) -> None:
    response = client.get("/?q=uyghur&q=labor")
    assert response.status_code == 400 and b"q given 2 times" in response.data


def test_batch_opened_in_a_browser_says_to_post(client) -> None:
    response = client.get("/api/batch")
    assert response.status_code == 405
    assert (
        response.get_json()["error"]["message"]
        == "method not allowed: /api/batch takes POST, its body one query a line"
    )


@pytest.mark.parametrize(
    "args,example",
    [
        (["--date", "2019"], "indexer search date:2019"),
        (["uyghur", "camps", "--published", "2021-04"], 'indexer search "uyghur camps published:2021-04"'),
        (["labor", "--since=2019"], 'indexer search "labor published:>=2019"'),
        (["labor", "--until", "last week"], 'indexer search "labor published:<=2021"'),
        # a new user's counts: --before 2020 gave [* TO 2020], 2020 in it; the comparison typed kept
        (["labor", "--before", "2020"], 'indexer search "labor published:<2020"'),
        (["labor", "--after", "2020-06"], 'indexer search "labor published:>2020-06"'),
        (["labor", "--published", ">=2019"], 'indexer search "labor published:>=2019"'),
    ],
)
def test_a_date_option_says_where_dates_go(shipped_index: Path, args: list[str], example: str) -> None:
    """`--date 2019` got "Did you mean one of: '--article', '--index', '--place'?"."""
    result = search(shipped_index, *args)
    assert result.exit_code == 2
    name = next(a for a in args if a.startswith("--")).split("=")[0]
    assert result.stderr == (
        f"indexer: error: No such option '{name}': filter by date in the query: 'date:2019' (a date the paragraph "
        "names) or 'published:2021-04' (the article's date), ranges 'date:[2019 TO 2021]', comparisons "
        "'published:>=2021'; "
        f"here: {example} (see 'indexer search --help')\n"
    )


def test_python_filters_as_a_dict_and_no_query(shipped_index: Path) -> None:
    """`search("labor", filters={"kinds": ["body"]})` and `search(None, filters=...)` raised
    AttributeError from inside the search."""
    as_dict = indexer.search("labor", index=shipped_index, filters={"kinds": ["body"]})  # type: ignore[arg-type]
    assert (
        as_dict.total == indexer.search("labor", index=shipped_index, filters=indexer.Filters(kinds="body")).total > 0
    )
    assert indexer.search(None, index=shipped_index, filters=indexer.Filters(kinds="title")).total == 1  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="query must be a str, not int"):
        indexer.search(3, index=shipped_index)  # type: ignore[arg-type]
    # a name Filters has no field for: named, with the field meant (a user's trial: a bare
    # "Filters.__init__() got an unexpected keyword argument 'bogus'")
    # entity types by any name of the README's one table, as everywhere else (trial4: "place")
    for key in ("people", "person", "Person", "persons", "per"):
        assert SearchRequest(filters={key: "Zenz"}).filters == indexer.Filters(people="Zenz")  # type: ignore[arg-type]
    for key in ("location", "place", "GPE"):
        assert SearchRequest(filters={key: ["Lodz"]}).filters == indexer.Filters(places=["Lodz"])  # type: ignore[arg-type]
    assert indexer.search(None, index=shipped_index, filters={"kind": "title"}).total == 1  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"unknown filter 'peple': did you mean 'people'\? filters are people, orgs"):
        indexer.search("labor", index=shipped_index, filters={"peple": ["Zenz"]})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"'date' is no filter: dates go in the query"):
        indexer.search("labor", index=shipped_index, filters={"date": "2019"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"filter 'place' names 'places' again"):
        indexer.search("labor", index=shipped_index, filters={"places": "A", "place": "B"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^unknown filter 'bogus': filters are people, "):
        indexer.search("labor", index=shipped_index, filters={"bogus": ["x"]})  # type: ignore[arg-type]
