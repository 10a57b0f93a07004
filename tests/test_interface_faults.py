"""Faults where the interfaces disagreed: the Python API, the CLI, `--json` and the web API
saying different things about one thing. Each checked on small articles written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import SourceError
from indexer.pipeline import build, parse_paths
from tests.conftest import invoke
from tests.helpers import hit_count, index_articles

cli = invoke  # `indexer ARGS` in this process: (exit code, stdout, stderr)


def test_the_library_refuses_no_paths_as_the_cli_does(tmp_path: Path, shipped_index: Path) -> None:
    # `indexer.build([])` (a script's empty list) was a silent no-op that made an empty index,
    # where the CLI refuses a build with nothing to index.
    index = tmp_path / "idx"
    for nothing in ([], ()):
        with pytest.raises(SourceError) as info:
            build(nothing, index=str(index))
        assert str(info.value) == "no PATHS given: name the files or folders to index: build(PATHS)"
    assert not index.exists()
    with pytest.raises(SourceError) as info:
        parse_paths([])
    assert str(info.value) == "no PATHS given: name the files or folders to read: parse(PATHS)"
    code, _, err = cli("parse")
    assert code == 2 and "Missing argument 'FILES...'" in err
    # An existing index stays as it was.
    before = (shipped_index / "indexer-manifest.json").read_bytes()
    with pytest.raises(SourceError):
        build([], index=str(shipped_index), entities=False)
    assert (shipped_index / "indexer-manifest.json").read_bytes() == before


def test_a_lone_path_is_one_path_not_its_characters(tmp_path: Path) -> None:
    # build("news/") iterated the string: "no such file or folder: n".
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Harbour plan\n\nThe harbour board met on Monday to approve the plan.\n")
    summary = build(folder, index=str(tmp_path / "idx"), entities=False)
    assert (summary.added, summary.total_articles) == (1, 1)
    assert [a.title for a in parse_paths(str(folder), entities=False)] == ["Harbour plan"]


@pytest.mark.parametrize("param", ["person", "org", "place", "group", "speaker", "kind", "article", "lang"])
def test_an_empty_filter_parameter_is_refused_on_the_web_as_on_the_command_line(
    shipped_index: Path, param: str
) -> None:
    # `/api/search?q=...&person=` dropped the empty value and searched without the filter,
    # where `indexer search ... --person ''` (a script's unset variable) is refused, exit 2.
    pytest.importorskip("flask")
    from indexer.cli import _web_message
    from indexer.web.app import create_app

    flag = "--lang" if param == "lang" else f"--{param}"
    code, out, err = cli("search", "china", flag, "", "--index", str(shipped_index))
    assert (code, out) == (2, "") and err.startswith("indexer: error: empty value (")
    client = create_app(shipped_index, message=_web_message).test_client()
    for url in (f"/api/search?q=china&{param}=", f"/api/search.csv?q=china&{param}=%20", f"/?q=china&{param}="):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "empty value (" in response.get_data(as_text=True), url
    record = client.get(f"/api/search?q=china&{param}=").get_json()
    assert record["error"]["type"] == "query"


# One "Howard" is a surname (Michael Howard, and "Mr Howard", linked to him: both articles name
# Kent, the evidence names.py joins a bare surname on), another a given name (Howard Dean);
# "Michael" is in two names. Words and names whole tell them apart.
HOWARDS = {
    "h1.txt": "Budget row\n\nMr Howard said in Kent on Friday that the budget was far too small for the navy.\n",
    "h2.txt": "Shipyard visit\n\nMichael Howard visited a shipyard in Kent on Friday with local officials.\n",
    "h3.txt": "Clinic opening\n\nHoward Dean opened a clinic in Vermont on Saturday evening.\n",
    "h4.txt": "Fan meeting\n\nMichael Jordan met fans in Chicago on Monday to sign shirts.\n",
}


@pytest.fixture(scope="module")
def howards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """HOWARDS indexed with entities."""
    return index_articles(tmp_path_factory.mktemp("howards"), HOWARDS)


count = hit_count


def test_an_exact_name_inside_a_group_is_a_name_whole(howards: Path) -> None:
    # `person:(=Howard OR =Michael)` read each `=` as the exact-word syntax of the text (every
    # paragraph with the word Howard or Michael: 4), where `person:=Howard` and the filter
    # `--person =Howard` take the name whole.
    assert count(howards, "--person", "=Howard") == count(howards, "person:=Howard") == 2
    assert count(howards, "person:(=Howard)") == 2
    either = count(howards, "--person", "=Howard", "--person", "=Michael")
    assert count(howards, "person:(=Howard OR =Michael)") == either == 2
    assert count(howards, "people:(=Howard OR (=Michael))") == 2  # a nested group, the plural field
    assert count(howards, "person:(howard OR michael)") == 4  # words of names, as before
    assert count(howards, "(=howard OR =michael)") == 4  # no field: the words as typed, as before
    # `=` before the quotes is the same name whole as inside them, alone or in a group.
    assert count(howards, 'person:="Michael Howard"') == count(howards, 'person:"=Michael Howard"') == 2
    assert count(howards, 'person:(="Michael Howard" OR "=Howard Dean")') == 3
    assert count(howards, 'clinic OR shipyard -person:(="Howard Dean")') == count(howards, "clinic OR shipyard") - 1


DATED_PAGE = """<!doctype html><html><head><title>Harbour plan approved</title>
<meta property="article:published_time" content="2021-04-22T10:00:00Z"></head><body><article>
<h1>Harbour plan approved</h1>
<p>The harbour board met on Monday and approved the plan to dredge the channel before the summer.</p>
<p>Fishermen said the work on the harbour was long overdue and welcomed the decision of the board.</p>
</article></body></html>
"""
UNDATED_TEXT = "Harbour quay\n\nThe harbour board met on Tuesday to approve the plan for the old quay.\n"


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dated HTML page and an undated text article, indexed without entities."""
    folder = tmp_path_factory.mktemp("harbour")
    (folder / "dated.html").write_text(DATED_PAGE, encoding="utf-8")
    (folder / "undated.txt").write_text(UNDATED_TEXT, encoding="utf-8")
    build([str(folder)], str(folder / "idx"), entities=False)
    return folder


def _json(*args: str) -> dict[str, object]:
    import json

    code, out, err = cli(*args)
    assert code == 0, err
    data: dict[str, object] = json.loads(out)
    return data


def test_a_missing_date_is_null_in_json(harbour: Path) -> None:
    # An article with no publication date said "published": "" in parse, show and stats
    # --articles, where stats' own earliest/latest dates say null.
    index = str(harbour / "idx")
    listed = _json("stats", "--articles", "--json", "--index", index)["article_list"]
    assert {a["id"].rsplit("/", 1)[1]: a["published"] for a in listed} == {  # type: ignore[union-attr,index]
        "dated.html": "2021-04-22",
        "undated.txt": None,
    }
    for name, published in (("dated.html", "2021-04-22"), ("undated.txt", None)):
        shown = _json("show", name, "--json", "--index", index)["article"]
        parsed = _json("parse", str(harbour / name), "--json", "--no-entities")["article"]
        assert shown["published"] == parsed["published"] == published  # type: ignore[index]
    # The Python API keeps its str ("" when unknown), as every str field of Article does.
    from indexer.search import show

    assert show("undated", index=index).published == ""


def test_a_hit_carries_its_articles_date(harbour: Path) -> None:
    # A hit had no date: citing it took a second call (show or stats --articles) per article.
    index = str(harbour / "idx")
    hits = _json("search", "harbour board", "--json", "--index", index)["hits"]
    dates = {h["article_id"].rsplit("/", 1)[1]: h["published"] for h in hits}  # type: ignore[union-attr,index]
    assert dates == {"dated.html": "2021-04-22", "undated.txt": None}
    assert list(hits[0])[-5:] == ["published", "url", "byline", "copies", "turn"]  # type: ignore[index]  # added after the others
    from indexer.search import search

    assert {h.article_id.rsplit("/", 1)[1]: h.published for h in search("harbour board", index=index).hits} == {
        "dated.html": "2021-04-22",
        "undated.txt": "",
    }
    # CSV keeps its columns; --fields asks for the date there.
    code, out, _ = cli("search", "harbour board", "--csv", "--index", index)
    assert code == 0 and "published" not in out.splitlines()[0]
    code, out, _ = cli("search", "harbour board", "--csv", "--fields", "published", "--sort", "date", "--index", index)
    assert out.splitlines()[:2] == ["published", "2021-04-22"]


def test_an_articles_id_has_one_name_in_every_json_document(harbour: Path) -> None:
    # Hits and `show --jsonl` records named it "article_id", article objects (parse/show --json,
    # stats --articles) "id": a script joining them had to know both. Every document now has
    # "article_id"; article objects keep "id" too (fields are never renamed or removed).
    import json

    index = str(harbour / "idx")
    hit = _json("search", "quay", "--json", "--index", index)["hits"][0]  # type: ignore[index]
    article_id = hit["article_id"]
    article = _json("show", article_id, "--json", "--index", index)["article"]
    assert article["article_id"] == article["id"] == article_id  # type: ignore[index]
    parsed = _json("parse", str(harbour / "undated.txt"), "--json", "--no-entities")["article"]
    assert parsed["article_id"] == parsed["id"] == article_id  # type: ignore[index]
    listed = _json("stats", "--articles", "--json", "--index", index)["article_list"]
    assert [a["article_id"] for a in listed] == [a["id"] for a in listed]  # type: ignore[union-attr,index]
    assert article_id in [a["article_id"] for a in listed]  # type: ignore[union-attr,index]
    code, out, _ = cli("show", article_id, "--jsonl", "--index", index)
    assert code == 0 and {json.loads(line)["article_id"] for line in out.splitlines()} == {article_id}
    # The Python API: an Article and a manifest record answer to the name a Hit uses.
    from indexer.search import IndexSearcher, SearchRequest

    with IndexSearcher(index) as searcher:
        found = searcher.search(SearchRequest("quay")).hits[0]
        assert searcher.article(found.article_id).article_id == found.article_id
        assert searcher.records[found.article_id].article_id == found.article_id
    pytest.importorskip("flask")
    from indexer.web.app import create_app

    served = create_app(index).test_client().get(f"/api/articles/{article_id}").get_json()
    assert served["article"]["article_id"] == served["article"]["id"] == article_id


def _python_call(text: str) -> None:
    """Bind a hint's Python form to the function `indexer` exports under its name, placeholders
    (PATHS, FILES, DIR) bound to values: TypeError when the function lacks a parameter."""
    import ast
    import inspect

    import indexer

    call = ast.parse(text, mode="eval").body
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name), text
    function = getattr(indexer, call.func.id)
    binder = lambda *args, **kwargs: inspect.signature(function).bind(*args, **kwargs)  # noqa: E731
    eval(text, {call.func.id: binder, "PATHS": ["news"], "FILES": ["a.txt"], "DIR": "/x"})


def test_every_advised_commands_python_form_is_a_call_the_library_takes(tmp_path: Path) -> None:
    # `stats(articles=True)` (an article no id answers to) named a parameter indexer.stats
    # lacked; `trust('/x')` a function indexer has not (indexer.trust is the signing module).
    from indexer.errors import Command, Placeholder, call_command
    from indexer.index.manifest import build_first, rebuild, trust_it
    from indexer.search.articles import LIST_ARTICLES

    commands = [
        LIST_ARTICLES,
        build_first(tmp_path),
        rebuild(tmp_path),
        rebuild(tmp_path, entities=False),
        trust_it(tmp_path),
        Command("parse", (Placeholder("FILES"),)),
        Command("parse", ("a.txt",)),
        Command("build", ("a", "b"), (("index", "/x"),)),
    ]
    for command in commands:
        _python_call(call_command(command))


def test_what_a_hint_advises_runs_in_python(tmp_path: Path, shipped_index: Path) -> None:
    import shutil

    import indexer

    # stats(articles=True): every article's record, as `indexer stats --articles` lists them.
    listed = indexer.stats(index=shipped_index, articles=True).article_list
    assert listed is not None and [r.article_id for r in listed] == [r.id for r in listed] and len(listed) == 1
    assert indexer.stats(index=shipped_index).article_list is None
    code, out, _ = cli("stats", "--json", "--index", str(shipped_index))
    assert code == 0 and "article_list" not in out  # the CLI's JSON as before
    # trust_index(DIR): an index copied from elsewhere, accepted.
    copy = tmp_path / "copy"
    shutil.copytree(shipped_index, copy)
    indexer.trust_index(copy)
    assert indexer.stats(index=copy).articles == 1
    # A filter named in a hint is a field of `filters`, and a lone str is one value of it.
    with pytest.raises(indexer.QueryError) as info:
        indexer.search("*", index=shipped_index)
    assert "give a filter (filters=Filters(kinds='body'))" in str(info.value)
    with pytest.raises(indexer.QueryError) as info:
        indexer.search("", index=shipped_index)
    assert str(info.value) == "empty query: give words to search for, or a filter such as filters=Filters(people=...)"
    kinds = indexer.search(index=shipped_index, filters=indexer.Filters(kinds="caption")).total
    assert kinds == indexer.search(index=shipped_index, filters=indexer.Filters(kinds=["caption"])).total == 4


def test_no_synonyms_holds_in_the_typo_retry(tmp_path: Path) -> None:
    # `indexer search labour --no-synonyms` ("the table off: exactly 'labour'") found "labor"
    # all the same: the typo retry made `labour~1`, one edit from the variant turned off.
    from indexer.search import search

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Dock strike\n\nThe labor union at the harbor called a strike on Monday.\n")
    index = str(tmp_path / "idx")
    build([str(folder)], index=index, entities=False)
    assert search("labour", index=index).total == 1  # the table on: its variant
    off = search("labour", index=index, synonyms=False)
    assert (off.total, off.fallback, off.suggestion) == (0, None, "labor")  # as typed; "did you mean" says
    both = search("labour union", index=index, synonyms=False)
    assert (both.total, both.fallback) == (0, None)
    # A real typo is still retried with the table off.
    typo = search("unoin", index=index, synonyms=False)
    assert (typo.total, typo.fallback) == (1, "fuzzy")
    code, out, err = cli("search", "labour", "--no-synonyms", "--index", index)
    assert (code, out) == (1, "") and err == (
        "indexer: note: no paragraph has the word 'labour'\nindexer: did you mean: labor\nno paragraphs found\n"
    )


def test_the_line_around_a_span_is_that_whole_line() -> None:
    # entities._link_to_header_names took it with `text.find("\n", end) % (len(text) + 1)`.
    from indexer.entities import line_around

    text = "Wikinews interviews Noam Chomsky\nphilosopher Noam Chomsky\nlast line"
    for word, line in (("interviews", 0), ("philosopher", 1), ("last", 2), ("line", 2)):
        start = text.index(word)
        assert line_around(text, start, start + len(word)) == text.split("\n")[line]
    assert line_around("one line", 4, 8) == "one line" and line_around("", 0, 0) == ""
