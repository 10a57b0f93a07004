"""Faults a new user met, each fixed by kind and checked here through the real CLI on small
articles written for the test: date ranges in a query, the rebuild hint after a glob build,
and the paragraph numbers `show ARTICLE:N` names when N is not one of them; days the calendar
lacks in date values, a range with no TO, and an empty path argument to build and parse."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from tests.conftest import invoke
from indexer.errors import shell_word
from indexer.index.manifest import MANIFEST_NAME
from indexer.models import number_runs
from indexer.query import check_value

PAGE = (
    "<html><head><title>Harbour report</title>"
    '<meta property="article:published_time" content="{date}T10:00:00Z"></head>'
    "<body><article><h1>Harbour report of {date}</h1>"
    "<p>The harbour committee met on Tuesday to discuss the new cranes and the budget for next year.</p>"
    "<p>Members agreed to review the plan again next month, officials said after the meeting.</p>"
    "</article></body></html>"
)
DATES = ("2018-03-02", "2019-11-16", "2021-01-05")


cli = invoke  # `indexer ARGS` in this process: (exit code, stdout, stderr)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three pages published on DATES, indexed without entities."""
    folder = tmp_path_factory.mktemp("harbour")
    for date in DATES:
        (folder / f"report-{date}.html").write_text(PAGE.format(date=date), encoding="utf-8")
    code, _, err = cli("build", str(folder), "--index", str(folder / "idx"), "--no-entities")
    assert code == 0, err
    return folder / "idx"


def count(index: Path, query: str) -> int:
    code, out, err = cli("search", query, "--count", "--index", str(index))
    assert code in (0, 1), err
    return int(out)


def test_a_published_range_finds_the_articles_of_its_dates(harbour: Path) -> None:
    per_year = {year: count(harbour, f"published:{year}") for year in ("2018", "2019", "2020", "2021")}
    assert per_year["2019"] > 0 and per_year["2020"] == 0
    assert count(harbour, "published:[2019 TO *]") == per_year["2019"] + per_year["2021"]
    assert count(harbour, "published:[2018 TO 2021]") == sum(per_year.values())
    assert count(harbour, "published:{2018 TO 2021}") == per_year["2019"]  # braces: the ends left out
    assert count(harbour, "published:[2018-03-03 TO 2019-11-16]") == per_year["2019"]
    assert count(harbour, "harbour published:[TO 2018]") == count(harbour, "harbour published:2018") > 0


@pytest.mark.parametrize("query", ["[a TO c]", "title:[a TO z]", "harbour {a to b}"])
def test_a_range_on_words_is_refused_in_one_line(harbour: Path, query: str) -> None:
    code, out, err = cli("search", query, "--index", str(harbour))
    assert (code, out) == (2, "")
    assert err.startswith("indexer: error: range ") and "ranges are supported on dates only" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_brackets_without_a_range_are_punctuation(harbour: Path) -> None:
    # "[harbour]" holds "to" only inside a word: Whoosh read "[harbour toronto]"-like groups as ranges.
    assert count(harbour, "[harbour] committee") == count(harbour, "harbour committee") > 0
    assert count(harbour, "[tomorrow]") == 0


def test_the_rebuild_hint_rebuilds_what_was_built_from_a_glob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "other.txt").write_text("Other\n\nA report on something else entirely.\n")
    folder = tmp_path / "my news"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(f"Report {name}\n\nThe committee met on Tuesday about the budget.\n")
    (folder / "c.html").write_text(PAGE.format(date=DATES[0]), encoding="utf-8")
    index = tmp_path / "idx"
    code, _, err = cli("build", f"{folder}/*.txt", "--index", str(index), "--no-entities")
    assert code == 0, err
    # Double quotes: shlex.quote's single quotes closed the message's own ('indexer build '/x/*.txt' ...').
    glob = f'"{folder}/*.txt"'
    # --rebuild without PATHS would index source/ only: refused, naming the glob built from.
    code, _, err = cli("build", "--rebuild", "--no-entities", "--index", str(index))
    assert code == 2 and err.count("\n") == 1
    assert f"was built from {folder}/*.txt, and --rebuild without PATHS would index only " in err
    assert f"name them, as in 'indexer build {glob} --rebuild --no-entities --index {index}'" in err
    manifest = json.loads((index / MANIFEST_NAME).read_text())
    manifest["analyzer_version"] = 0  # as an older release wrote it: a rebuild is asked for
    (index / MANIFEST_NAME).write_text(json.dumps(manifest))

    code, _, err = cli("search", "committee", "--index", str(index))
    assert code == 2 and err.count("\n") == 1
    hint = err.split("rebuild it with '", 1)[1].rsplit("'", 1)[0]
    assert hint == f"indexer build {glob} --rebuild --no-entities --index {index}" and "'" not in hint
    code, _, err = cli(*shlex.split(hint)[1:])
    assert code == 0, err
    rebuilt = json.loads((index / MANIFEST_NAME).read_text())
    assert sorted(rebuilt["articles"]) == ["my news/a.txt", "my news/b.txt"] and rebuilt["entities"] is False


def test_show_names_the_paragraphs_an_article_has(tmp_path: Path, harbour: Path) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "plain.txt").write_text("Budget talks\n\nThe committee met on Tuesday.\n\nIt agreed on the plan.\n")
    (folder / "chrome.txt").write_text(
        "Budget talks resume\n\nBy Jane Smith\n\nThe committee met on Tuesday to discuss the new budget.\n\n"
        "Share this article on Facebook\n\nMembers agreed to review the plan again next month, officials said, "
        "after a long debate about schools and roads.\n\n"
        "Copyright 2021 News Corp. All rights reserved.\n"
    )
    index = tmp_path / "idx"
    assert cli("build", str(folder), "--index", str(index), "--no-entities")[0] == 0
    said = {}
    for article, where in (("plain.txt", index), ("chrome.txt", index), ("report-2019-11-16.html", harbour)):
        code, out, _ = cli("show", article, "--json", "--index", str(where))
        numbers = [p["paragraph"] for p in json.loads(out)["paragraphs"]]
        code, out, err = cli("show", f"{article}:99", "--index", str(where))
        assert (code, out) == (2, "") and err.count("\n") == 1
        # 99 is past each page's last block: said so, with the page's count, not "chrome".
        assert "has no paragraph 99: its page has " in err and f" (indexed: {number_runs(numbers)}): " in err
        said[article] = err
    # Every block of the plain article is indexed; the byline splits the other's runs.
    assert "its page has 3 blocks (indexed: 1-3): 'indexer parse " in said["plain.txt"]
    assert ", " in said["chrome.txt"].split("(indexed: ")[1].split(";")[0]


def test_paragraph_numbers_are_written_as_runs() -> None:
    assert number_runs([2, 3, 5, 6, 7]) == "2-3, 5-7"
    assert number_runs([1, 6]) == "1, 6"
    assert number_runs([]) == "none"
    assert number_runs(list(range(1, 40, 2))) == "1, 3, 5, 7, 9, 11, 13, …, 39"


@pytest.mark.parametrize(
    "query",
    [
        "published:2021-02-29",
        "date:2019-04-31",
        "date:--02-30",
        "published:[2019-02-29 TO 2021]",
        "published:[2019 TO 2021-06-31]",
    ],
)
def test_a_day_the_calendar_lacks_is_refused_in_one_line(harbour: Path, query: str) -> None:
    # These matched nothing with exit 1, as if no article had the (impossible) date.
    code, out, err = cli("search", query, "--index", str(harbour))
    assert code == 2 and out == ""
    assert err.startswith("indexer: error: no such day") and err.count("\n") == 1, err


@pytest.mark.parametrize("value", ["2020-02-29", "--02-29", "2021-04-30", "2021-12-31", "2021-02", "2021"])
def test_real_days_are_accepted(value: str) -> None:
    check_value("dates", value)
    check_value("published", value)


def test_a_range_without_to_is_called_so(harbour: Path) -> None:
    code, _, err = cli("search", "published:[2019]", "--index", str(harbour))
    assert code == 2 and err.startswith("indexer: error: range without TO in query"), err
    code, _, err = cli("search", "published:[2019 TO", "--index", str(harbour))
    assert code == 2 and err.startswith("indexer: error: unclosed range in query"), err


@pytest.mark.parametrize("command", ["build", "parse"])
def test_an_empty_path_is_refused_not_read_as_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    # `indexer build "$DIR"` with DIR unset indexed whatever the current folder held.
    (tmp_path / "notes.txt").write_text("Private notes about the harbour budget and the cranes.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(command, "", "--index", str(tmp_path / "idx")) if command == "build" else cli(command, "")
    assert code == 2 and out == ""
    assert err == "indexer: error: empty path '': give a file, folder or glob ('.' for the current folder)\n"
    assert not (tmp_path / "idx").exists()


@pytest.mark.parametrize(
    "path", ["/news/plain", "/news/*.txt", "/my news/a.txt", "/news/it's", "/a$b/c d", 'x"y z', "a!b c"]
)
def test_a_path_in_a_printed_command_is_one_shell_word_free_of_single_quotes_when_it_can_be(path: str) -> None:
    word = shell_word(path)
    assert shlex.split(word) == [path]  # the shell reads back the path, glob characters unexpanded
    if not set(path) & set('$`\\"!'):
        assert not word.startswith("'"), word  # a single quote would close the message's own


@pytest.mark.parametrize("ref", ["", " "])
def test_an_empty_article_id_is_refused_not_read_as_every_article(harbour: Path, ref: str) -> None:
    # "" is a part of every id: `indexer show "$ID"` with ID unset printed the index's only article.
    code, out, err = cli("show", ref, "--index", str(harbour))
    assert code == 2 and out == ""
    assert err.startswith("indexer: error: empty article id: give an id") and err.count("\n") == 1, err


def test_an_article_is_found_by_its_file_path_as_show_prints_it(harbour: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`show` prints each article's file beside its id; pasted back, to `show`, `--article` or
    `article:`, absolute or relative to the working folder, it names that article (it said "no
    article '/.../report-2019-11-16.html'" and counted 0)."""
    index = str(harbour)
    path = harbour.parent / "report-2019-11-16.html"
    code, out, err = cli("show", f"{path}:1", "--index", index)
    assert code == 0, err
    assert out.splitlines()[0] == f"{harbour.parent.name}/report-2019-11-16.html  ({path})"
    whole = count(harbour, f"article:{harbour.parent.name}/report-2019-11-16.html")
    assert whole > 0
    assert count(harbour, f'article:"{path}"') == whole
    code, out, _ = cli("search", "--article", str(path), "--count", "--index", index)
    assert int(out) == whole
    monkeypatch.chdir(harbour.parent)
    code, out, _ = cli("search", "--article", "./report-2019-11-16.html", "--count", "--index", index)
    assert int(out) == whole
    # A pattern of paths, as the shell reads it, names the articles of the files it matches.
    code, out, _ = cli("search", "--article", f"{harbour.parent}/report-201*.html", "--count", "--index", index)
    assert int(out) == 2 * whole
    # A path of no indexed file still says so in one line.
    code, _, err = cli("show", str(harbour.parent / "nothing.html"), "--index", index)
    assert code == 2 and err.count("\n") == 1 and "no article" in err


def test_a_field_value_that_matches_nothing_gets_the_note_the_option_gets(harbour: Path) -> None:
    """`article:harbor` in the query and `--article harbor` are one filter (README): both say which
    value matched nothing, and the id part meant (the field form printed "no paragraphs found"
    alone)."""
    notes = []
    for args in (("article:harbor",), ("harbour", "--article", "harbor")):
        code, out, err = cli("search", *args, "--index", str(harbour))
        assert code == 1
        notes.append([line for line in err.splitlines() if "no article id matches" in line])
    assert notes[0] == notes[1] and notes[0] and f"did you mean {harbour.parent.name}?" in notes[0][0]


def test_a_mistyped_folder_of_ids_gets_a_did_you_mean(harbour: Path) -> None:
    """`--article bbc/politik` said "no article id matches" with no suggestion: the ids' parts
    were compared one by one with the whole value (a new user's try, session 41)."""
    folder = harbour.parent.name
    code, _, err = cli("search", "harbour", "--article", f"{folder}/report-2019-11-1.htm", "--index", str(harbour))
    assert code == 1 and f"did you mean {folder}/report-2019-11-16.html" in err


def test_a_folder_on_disk_names_its_articles_and_a_path_that_matches_nothing_says_so(
    harbour: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--article x/business`, a real folder typed from where it is, found nothing ("no article id
    matches 'x/business'"); a path pattern that matched no file printed no note at all."""
    index = str(harbour)
    monkeypatch.chdir(harbour.parent.parent)
    folder = f"{harbour.parent.name}/../{harbour.parent.name}"  # a path, not a part of an id
    code, out, _ = cli("search", "--article", folder, "--count", "--index", index)
    assert int(out) == count(harbour, f"article:{harbour.parent.name}")
    code, _, err = cli("search", "harbour", "--article", "/nowhere/00*.txt", "--index", index)
    assert code == 1 and "no article id matches '/nowhere/00*.txt'" in err


def test_the_start_of_a_file_name_gets_the_ids_that_start_so(harbour: Path) -> None:
    """`--article 5defe` (the start of a page's name, as `indexer show 5defe` takes it) said "no
    article id matches" with no suggestion (a new user's try)."""
    code, _, err = cli("search", "harbour", "--article", "report-2018", "--index", str(harbour))
    assert code == 1 and f"no article id matches 'report-2018' (did you mean report-{DATES[0]}?)" in err
    code, _, err = cli("search", "harbour", "--article", "repo", "--index", str(harbour))
    assert code == 1 and "(did you mean repo*?)" in err  # more than two start so: the pattern
