"""A new user's faults, each fixed by kind and checked here through the real CLI on files the
tests write: empty query forms (`""`, `()`, `person:()`) said to be common English words, files
of other types passed over without a word, `parse --json`/`--jsonl` printing no record for a
file that fails, and errors about an index that came from $INDEXER_INDEX not saying so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.errors import QueryError
from indexer.query import check_query
from tests.conftest import invoke as cli


@pytest.mark.parametrize(
    "query,said",
    [
        ('""', "empty query '\"\"': nothing between its quotes"),
        ('" "', "empty query '\" \"': nothing between its quotes"),
        ('""~2', "empty query '\"\"~2': nothing between its quotes"),
        ('"."', "empty query '\".\"': no word between its quotes"),
        ("()", "empty query '()': nothing between its parentheses"),
        ("( ( ) )", "empty query '( ( ) )': nothing between its parentheses"),
        ('"" forced', 'empty phrase "" in query \'"" forced\': put words between the quotes'),
        ("forced (labor OR ())", "empty parentheses in query 'forced (labor OR ())': put words between them"),
        ('person:""', "empty value (person:"),
        ('person:" "', "empty value (person:"),
        ("person:()", "empty value (person:"),
        ("title:()", "empty value (title:)"),
    ],
)
def test_an_empty_phrase_or_group_is_refused_as_empty_not_as_stop_words(query: str, said: str) -> None:
    with pytest.raises(QueryError) as err:
        check_query(query)
    assert str(err.value).startswith(said), str(err.value)
    assert "common English" not in str(err.value)


def test_search_of_an_empty_phrase_says_the_query_is_empty(shipped_index: Path) -> None:
    code, out, err = cli("search", '""', "--index", str(shipped_index))
    assert code == 2 and out == ""
    assert err == (
        "indexer: error: empty query '\"\"': nothing between its quotes: give words to search for, "
        "or a filter such as --person\n"
    )
    # a phrase of stop words is still said to be one, and a phrase of words is searched
    code, _, err = cli("search", '"to be or not to be"', "--index", str(shipped_index))
    assert code == 2 and "common English words" in err
    code, out, _ = cli("search", '"forced labor"', "--count", "--index", str(shipped_index))
    assert code == 0 and int(out) > 0


@pytest.mark.parametrize(
    "command", [["search", "x"], ["show", "x"], ["stats"], ["entities"], ["serve"], ["search", "x", "--json"]]
)
def test_an_index_from_the_variable_is_said_to_come_from_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    nope = tmp_path / "nope"
    monkeypatch.setenv("INDEXER_INDEX", str(nope))
    code, out, err = cli(*command)
    assert code == 2
    said = (
        f"no index at {nope} (from $INDEXER_INDEX): run 'indexer build PATHS --index {nope}' first, or set "
        "$INDEXER_INDEX to the folder of an index (unset, ./.indexer is used)"
    )
    assert err == f"indexer: error: {said}\n"
    if "--json" in command:  # the error record says the same
        assert json.loads(out)["error"] == {"type": "index", "message": said}
    # --index given: the variable is not what named the folder
    code, _, err = cli(*command, "--index", str(nope))
    assert code == 2 and "INDEXER_INDEX" not in err and f"no index at {nope}:" in err


def test_any_error_naming_the_folder_of_the_variable_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    monkeypatch.setenv("INDEXER_INDEX", str(tmp_path))
    code, _, err = cli("stats")
    assert code == 2 and err.startswith(f"indexer: error: not an indexer index: {tmp_path} (from $INDEXER_INDEX) has")
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("INDEXER_INDEX", str(tmp_path / "empty"))
    code, _, err = cli("search", "x")
    assert code == 2 and err.startswith(
        f"indexer: error: no index at {tmp_path / 'empty'} (from $INDEXER_INDEX; empty folder)"
    )


def _binary(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 4)
    return path


def test_parse_json_of_a_file_that_fails_prints_its_error_record(tmp_path: Path) -> None:
    binary = _binary(tmp_path / "binary.txt")
    message = (
        f"binary file: {binary}: expected text (.txt, .md, .txt.gz) or a saved page (.html, .htm, .html.gz, .mhtml)"
    )
    code, out, err = cli("parse", str(binary), "--json")
    assert code == 2 and err == f"indexer: error: {message}\n"
    assert json.loads(out) == {
        "schema_version": 1,
        "path": str(binary),
        "error": {"type": "error", "message": message},
    }
    # a good file and a bad one are two documents: --json refuses them as it does two articles
    good = tmp_path / "good.txt"
    good.write_text("Bridge closes\n\nThe council closed the old bridge on Tuesday for repairs.\n", encoding="utf-8")
    code, out, _ = cli("parse", "--no-entities", str(good), str(binary), "--json")
    assert code == 2 and json.loads(out)["error"]["type"] == "usage"


def test_parse_jsonl_of_a_folder_prints_a_record_for_each_file_that_fails(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("Bridge closes\n\nThe council closed the bridge on Tuesday.\n", encoding="utf-8")
    _binary(folder / "b.txt")
    (folder / "c.txt").write_text("", encoding="utf-8")
    (folder / "d.txt").write_text("Ferry timetable\n\nFerries will run every hour from Monday.\n", encoding="utf-8")
    code, out, err = cli("parse", "--no-entities", str(folder), "--jsonl")
    assert code == 2 and err.count("indexer: error:") == 2
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["article"]["title"] if "article" in r else r["path"] for r in records] == [
        "Bridge closes",
        str(folder / "b.txt"),
        str(folder / "c.txt"),
        "Ferry timetable",
    ]
    assert records[2]["error"] == {"type": "error", "message": f"empty file: {folder / 'c.txt'}: nothing to index"}


def _mixed_folder(folder: Path) -> Path:
    """The user's folder: two text articles (one with an upper-case extension), a gzipped text
    and a gzipped page, three files of other types (one gzipped); and what a walk passes over without a word: a hidden file, a
    file manager's, an index of this tool inside the folder; a README, skipped as before."""
    import gzip

    folder.mkdir()
    (folder / "a.txt").write_text("Bridge closes\n\nThe council closed the bridge on Tuesday.\n", encoding="utf-8")
    (folder / "b.TXT").write_text("Ferry timetable\n\nFerries will run every hour from Monday.\n", encoding="utf-8")
    (folder / "a.txt.gz").write_bytes(gzip.compress((folder / "a.txt").read_bytes()))
    (folder / "c.text").write_text("Plain text under another name.\n", encoding="utf-8")
    (folder / "d.xml").write_text("<a>x</a>\n", encoding="utf-8")
    (folder / "e.xml.gz").write_bytes(gzip.compress(b"<a>x</a>\n"))
    page = "<html><head><title>Flood</title></head><body><article><h1>Flood</h1><p>The river rose on Monday.</p>"
    (folder / "page.htm.gz").write_bytes(gzip.compress(page.encode() + b"</article></body></html>"))
    (folder / ".notes.xml").write_text("hidden\n", encoding="utf-8")
    (folder / "Thumbs.db").write_bytes(b"\0" * 16)
    (folder / "README.TXT").write_text("This corpus holds news articles.\n", encoding="utf-8")
    return folder


def test_build_counts_the_files_of_other_types_and_v_lists_them(tmp_path: Path) -> None:
    from tests.helpers import without_progress

    folder = _mixed_folder(tmp_path / "x")
    idx = tmp_path / "idx"
    code, _, err = cli("build", str(folder), "--index", str(idx), "--no-entities")
    assert code == 0, err
    last = err.splitlines()[-1]
    assert last.startswith(f"index at {idx}: 4 articles, ")  # a.txt, a.txt.gz, b.TXT and page.htm.gz are read
    assert "1 skipped, 3 other files not read (1 .gz, 1 .text, 1 .xml; -v lists them)" in last
    assert "not read, of another type" not in err
    code, _, err = cli("build", str(folder), "--index", str(idx), "--no-entities", "-v")
    notes = [line for line in without_progress(err).splitlines() if "of another type" in line]
    assert notes == [f"indexer: note: not read, of another type: {folder / n}" for n in ("c.text", "d.xml", "e.xml.gz")]
    assert "3 other files not read (1 .gz, 1 .text, 1 .xml)" in err.splitlines()[-1]
    # an index of this tool inside the folder is not walked (its files are no one's articles)
    code, _, err = cli("build", str(folder), "--index", str(folder / "idx"), "--no-entities")
    code, _, err = cli("build", str(folder), "--index", str(folder / "idx"), "--no-entities")
    assert code == 0 and "3 other files not read (1 .gz, 1 .text, 1 .xml; -v lists them)" in err.splitlines()[-1]


def test_a_glob_and_parse_count_them_too(tmp_path: Path) -> None:
    folder = _mixed_folder(tmp_path / "x")
    code, _, err = cli("build", f"{folder}/*", "--index", str(tmp_path / "idx"), "--no-entities")
    assert code == 0 and "3 other files not read (1 .gz, 1 .text, 1 .xml; -v lists them)" in err.splitlines()[-1]
    code, out, err = cli("parse", str(folder), "--no-entities", "--jsonl")
    assert code == 0 and len(out.splitlines()) == 4
    assert err.splitlines()[-1] == "indexer: note: 3 other files not read (1 .gz, 1 .text, 1 .xml)"


def test_the_index_marker_is_the_manifest_name() -> None:
    from indexer.index.manifest import MANIFEST_NAME
    from indexer.sources import INDEX_MANIFEST

    assert INDEX_MANIFEST == MANIFEST_NAME
