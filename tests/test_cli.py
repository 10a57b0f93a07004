"""The CLI as a user and a script see it: exit codes, stdout/stderr, the JSON contract."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from indexer.cli import main
from tests.conftest import SHIPPED

HIT_FIELDS = {
    "article_id",
    "title",
    "paragraph",
    "kind",
    "section",
    "score",
    "text",
    "snippet",
    "people",
    "orgs",
    "places",
    "groups",
    "dates",
    "speakers",
}
PARSE_PARAGRAPH_FIELDS = {
    "paragraph",
    "kind",
    "reason",
    "indexed",
    "section",
    "text",
    "people",
    "orgs",
    "places",
    "groups",
    "dates",
    "speakers",
}


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def shipped_paragraphs_with(phrase: str) -> list[str]:
    blocks = [b.strip() for b in SHIPPED.read_text(encoding="utf-8").split("\n\n")]
    return [b for b in blocks if phrase in b.lower()]


@pytest.fixture
def index(tmp_path: Path, article_dir: Path) -> Path:
    idx = tmp_path / "idx"
    result = run("build", str(article_dir), "--index", str(idx), "--no-entities")
    assert result.exit_code == 0, result.output
    return idx


def test_build_prints_summary_line_on_stderr(tmp_path: Path, article_dir: Path) -> None:
    idx = tmp_path / "idx"
    result = run("build", str(article_dir), "--index", str(idx), "--no-entities")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert re.search(
        r"^index at .*: 1 article, \d+ paragraphs \(1 added, 0 updated, 0 unchanged, 0 removed; \d+ "
        r"paragraphs written\) in \d+\.\d s",
        result.stderr,
        re.M,
    )
    again = run("build", str(article_dir), "--index", str(idx), "--no-entities")
    assert "(0 added, 0 updated, 1 unchanged, 0 removed; 0 paragraphs written)" in again.stderr


def test_build_defaults_to_source_folder_and_index_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(SHIPPED.parent, tmp_path / "source")
    monkeypatch.chdir(tmp_path)
    result = run("build", "--no-entities", env={"INDEXER_INDEX": str(tmp_path / "envidx")})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "envidx" / "indexer-manifest.json").is_file()
    found = run("search", "Zenz", env={"INDEXER_INDEX": str(tmp_path / "envidx")})
    assert found.exit_code == 0 and "Zenz" in found.stdout


def test_search_forced_labor_json_returns_every_body_paragraph_saying_it(index: Path) -> None:
    result = run("search", "forced labor", "--index", str(index), "--json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["schema_version"] == 1
    assert {"query", "total", "offset", "limit", "hits"} <= doc.keys()
    assert doc["query"] == "forced labor"
    expected = shipped_paragraphs_with("forced labor")
    assert len(expected) == 4  # read off the article by hand
    assert doc["total"] == 4
    assert sorted(h["text"] for h in doc["hits"]) == sorted(expected)
    for hit in doc["hits"]:
        assert HIT_FIELDS <= hit.keys()
        assert hit["kind"] == "body"
        assert hit["article_id"] == f"articles/{SHIPPED.name}"
        assert hit["title"].startswith("'Utterly Shameful'")
        assert "<em>forced</em> <em>labor</em>" in hit["snippet"]
        for name in ("people", "orgs", "places", "groups", "dates", "speakers"):
            assert isinstance(hit[name], list)


def test_id_kah_mosque_finds_exactly_one_caption(index: Path) -> None:
    for query in ('"Id Kah Mosque"', "Id Kah Mosque"):
        doc = json.loads(run("search", query, "--index", str(index), "--json").stdout)
        assert doc["total"] == 1
        assert doc["hits"][0]["kind"] == "caption"
        assert doc["hits"][0]["text"].startswith("Security personnel patrol near the Id Kah Mosque")


@pytest.mark.parametrize("query", ["subscribe", '"click here"', "newsletter", "XS", "Accessibility"])
def test_boilerplate_is_not_indexed(index: Path, query: str) -> None:
    result = run("search", query, "--index", str(index), "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["hits"] == []


def test_text_output_names_article_paragraph_kind_and_section(index: Path) -> None:
    result = run("search", "Kyrgyzstan", "--index", str(index))
    assert result.exit_code == 0
    header = result.stdout.splitlines()[0]
    assert re.fullmatch(rf"articles/{re.escape(SHIPPED.name)}:\d+ body · § 'Unprecedented' Level Of Evidence", header)
    assert "\x1b[" not in result.stdout  # no colour when stdout is not a terminal
    assert "1-1 of 1 paragraph" in result.stderr


def test_color_always_marks_matches_and_never_does_not(index: Path) -> None:
    coloured = run("search", "Kyrgyzstan", "--index", str(index), "--color", "always").stdout
    assert click.style("Kyrgyzstan", fg="red", bold=True) in coloured  # matches: bold red
    plain = run("search", "Kyrgyzstan", "--index", str(index), "--color", "never").stdout
    assert "\x1b[" not in plain


def test_jsonl_prints_one_hit_per_line(index: Path) -> None:
    result = run("search", "Xinjiang", "--index", str(index), "--jsonl", "--limit", "3")
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        hit = json.loads(line)
        assert hit["schema_version"] == 1 and HIT_FIELDS <= hit.keys()


def test_limit_and_offset_page_through_results(index: Path) -> None:
    whole = json.loads(run("search", "China", "--index", str(index), "--json", "--limit", "100").stdout)
    assert whole["total"] > 6
    keys = [(h["article_id"], h["paragraph"]) for h in whole["hits"]]
    first = json.loads(run("search", "China", "--index", str(index), "--json", "--limit", "3").stdout)
    second = json.loads(run("search", "China", "--index", str(index), "--json", "--limit", "3", "--offset", "3").stdout)
    assert [(h["article_id"], h["paragraph"]) for h in first["hits"] + second["hits"]] == keys[:6]
    assert first["next_offset"] == 3 and first["total"] == whole["total"]
    past = run("search", "China", "--index", str(index), "--json", "--offset", "500")
    assert past.exit_code == 1 and json.loads(past.stdout)["hits"] == []


def test_filters_without_query_list_matching_paragraphs_in_order(index: Path) -> None:
    doc = json.loads(run("search", "--kind", "caption", "--index", str(index), "--json").stdout)
    assert doc["total"] == 4
    assert [h["paragraph"] for h in doc["hits"]] == sorted(h["paragraph"] for h in doc["hits"])
    assert all(h["kind"] == "caption" for h in doc["hits"])
    both = json.loads(run("search", "--kind", "heading", "--kind", "title", "--index", str(index), "--json").stdout)
    assert sorted(h["kind"] for h in both["hits"]) == ["heading", "heading", "title"]
    by_article = run("search", "genocide", "--article", f"ARTICLES/{SHIPPED.name.upper()}", "--index", str(index))
    assert by_article.exit_code == 0
    other = run("search", "genocide", "--article", "other.txt", "--index", str(index))
    assert other.exit_code == 1


def test_parse_json_shows_every_block_with_its_kind() -> None:
    result = run("parse", str(SHIPPED), "--json", "--no-entities")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["schema_version"] == 1
    assert {"id", "path", "title", "byline", "dateline", "published"} <= doc["article"].keys()
    assert doc["article"]["dateline"] == "PRAGUE"
    paragraphs = doc["paragraphs"]
    assert [p["paragraph"] for p in paragraphs] == list(range(1, len(paragraphs) + 1))
    for p in paragraphs:
        assert PARSE_PARAGRAPH_FIELDS <= p.keys()
        assert p["indexed"] == (p["kind"] in {"title", "heading", "body", "caption"})
        assert p["reason"]
    kinds = {p["kind"] for p in paragraphs}
    assert kinds == {"title", "heading", "body", "caption", "byline", "boilerplate"}
    # Every line of the page is accounted for by some block (captions once).
    page_lines = {line.strip() for line in SHIPPED.read_text(encoding="utf-8").splitlines() if line.strip()}
    block_lines = {line.strip() for p in paragraphs for line in p["text"].splitlines()}
    assert page_lines == block_lines


def test_parse_jsonl_prints_one_article_per_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A title\n\nThe first paragraph says something useful here.\n", encoding="utf-8")
    shutil.copy(SHIPPED, tmp_path / SHIPPED.name)
    result = run("parse", str(tmp_path), "--jsonl", "--no-entities")
    assert result.exit_code == 0
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["article"]["id"] for d in docs] == [f"{tmp_path.name}/a.txt", f"{tmp_path.name}/{SHIPPED.name}"]
    several = run("parse", str(tmp_path), "--json", "--no-entities")
    assert several.exit_code == 2
    assert several.stderr.strip() == (
        "indexer: error: --json prints one article; use --jsonl for several files (see 'indexer parse --help')"
    )


BAD_INPUTS = [
    # (arguments, exact stderr)
    (
        ["search", "x", "--index", "{missing}"],
        "indexer: error: no index at {missing}: run 'indexer build PATHS --index {missing}' first",
    ),
    (["build", "{tmp}/nothere"], "indexer: error: no such file or folder: {tmp}/nothere: check the path"),
    (
        ["build", "{tmp}/empty"],
        "indexer: error: no articles in folder {tmp}/empty: it holds no files; expected files ending in .txt, .txt.gz, .md, "
        ".html, .htm, "
        ".html.gz, .mhtml",
    ),
    (
        ["build", "{tmp}/binary.txt"],
        "indexer: error: binary file: {tmp}/binary.txt: expected text (.txt, .md, .txt.gz) or a saved page (.html, .htm, .html.gz, .mhtml)",
    ),
    (["build", "{tmp}/blank.txt"], "indexer: error: empty file: {tmp}/blank.txt: nothing to index"),
    (
        ["build", "{tmp}/notes.pdf"],
        "indexer: error: PDF file: {tmp}/notes.pdf: indexer reads text and HTML only: convert it with "
        "pdftotext first (pdftotext {tmp}/notes.pdf OUT.txt), then index OUT.txt",
    ),
    (
        ["search", '"forced labor'],
        "indexer: error: unbalanced quote in query '\"forced labor': close the phrase with a second \"",
    ),
    (
        ["search", "(forced labor"],
        "indexer: error: unbalanced parenthesis in query '(forced labor': a '(' is not closed",
    ),
    (
        ["search", "colour:red"],
        "indexer: error: unknown field 'colour:' in query: use one of text, title, section, byline, kind, article, "
        "published, lang, person, org, place, group, speaker, date, word",
    ),
    (["search"], "indexer: error: empty query: give words to search for, or a filter such as --person"),
    (
        ["search", "AND"],
        "indexer: error: nothing to search for in 'AND': it has only stop words, operators or one-letter "
        "words: add a word",
    ),
    # README: stop words keep their places in a phrase; a phrase of only them cannot be searched,
    # and the message says why rather than "it has only stop words" of a query the user quoted.
    (
        ["search", '"to be or not to be"'],
        "indexer: error: nothing to search for in '\"to be or not to be\"': common English words (to, be, the, "
        "of...) and one-letter words (C, 5) are not indexed, so a phrase made only of them cannot be searched: add a word that is not one",
    ),
    # A "~" followed by no number was dropped and the rest searched: a mistyped distance went unnoticed.
    (
        ["search", '"forced labor"~x'],
        "indexer: error: bad slop '~x' after the phrase \"forced labor\": it is a whole number of words "
        '("forced labor"~2 allows 2 words between or out of order)',
    ),
    # ...and a number with a fraction was read as its whole part, or dropped: "blair~1.5" ran as "blair"
    (
        ["search", '"forced labor"~1.5'],
        "indexer: error: bad slop '~1.5' after the phrase \"forced labor\": it is a whole number of words "
        '("forced labor"~2 allows 2 words between or out of order)',
    ),
    (
        ["search", "forced labor~1.5"],
        "indexer: error: bad typo distance in 'labor~1.5': a whole number of typing errors, labor~1 or labor~2",
    ),
    (
        ["search", "forced labor~x"],
        "indexer: error: bad typo distance in 'labor~x': write labor~1 or labor~2 (typing errors allowed), "
        "or leave out the ~",
    ),
    (["search", "x" * 1001], "indexer: error: query too long: 1001 characters (limit 1000): shorten it"),
    (["search", "a\x07b"], "indexer: error: query contains control characters: remove them"),
    (
        ["search", "--kind", "ad"],
        "indexer: error: unknown kind 'ad' (kind: or --kind): use one of title, heading, lead, body, caption",
    ),
    # a kind of block that is never indexed: a filter on it could only answer nothing
    (
        ["search", "x", "--kind", "byline"],
        "indexer: error: unknown kind 'byline' (kind: or --kind): use one of title, heading, lead, body, caption; "
        "byline paragraphs are not indexed (see 'indexer parse FILES')",
    ),
    (
        ["search", "x", "--limit", "-1"],
        "indexer: error: Invalid value for '-n' / '--limit': -1 is not in the range x>=0. "
        "(see 'indexer search --help')",
    ),
]


@pytest.mark.parametrize("args,message", BAD_INPUTS, ids=[" ".join(a)[:40] for a, _ in BAD_INPUTS])
def test_bad_input_gives_one_line_exit_2_and_leaves_index_intact(
    tmp_path: Path, index: Path, args: list[str], message: str
) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x00\x00\x01\x02" * 64)
    (tmp_path / "blank.txt").write_text("\n  \n", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    subs = {"tmp": str(tmp_path), "missing": str(tmp_path / "missing")}
    argv = [a.format(**subs) if "{" in a else a for a in args]
    if argv[0] in ("search", "build") and "--index" not in argv:
        argv += ["--index", str(index)]
    before = snapshot(index)
    result = run(*argv)
    assert result.exit_code == 2
    assert result.stderr == message.format(**subs) + "\n"
    assert snapshot(index) == before
    assert not (tmp_path / "missing").exists()


def test_query_error_in_json_mode_is_also_a_json_record(index: Path) -> None:
    result = run("search", '"forced', "--index", str(index), "--json")
    assert result.exit_code == 2
    record = json.loads(result.stdout)
    assert record["schema_version"] == 1
    assert record["error"]["type"] == "query"
    assert "unbalanced quote" in record["error"]["message"]


def test_build_refuses_a_folder_it_did_not_create(tmp_path: Path, article_dir: Path) -> None:
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "cat.jpg").write_bytes(b"\xff\xd8")
    result = run("build", str(article_dir), "--index", str(foreign))
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: not an indexer index: {foreign} has files but no "
        "indexer-manifest.json: choose another index folder (this folder is left untouched)\n"
    )
    assert [p.name for p in foreign.iterdir()] == ["cat.jpg"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "photos"]  # no lock beside it either


def test_the_build_lock_lives_inside_the_index_folder(tmp_path: Path, article_dir: Path) -> None:
    from indexer.store import LOCK_NAME

    index = tmp_path / "idx"
    assert run("build", str(article_dir), "--index", str(index), "--no-entities").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "idx"]
    assert (index / LOCK_NAME).is_file()
    # A folder holding only a lock (a first build that failed) is no foreign folder.
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / LOCK_NAME).write_text("")
    assert run("search", "zenz", "--index", str(empty)).stderr == (
        f"indexer: error: no index at {empty} (empty folder): run 'indexer build PATHS --index {empty}' first\n"
    )
    assert run("build", str(article_dir), "--index", str(empty), "--no-entities").exit_code == 0


def test_failed_build_leaves_previous_index_searchable(tmp_path: Path, index: Path, article_dir: Path) -> None:
    before = snapshot(index)
    (article_dir / "zz-binary.txt").write_bytes(b"\x00" * 100)
    result = run("build", str(article_dir), str(article_dir / "zz-binary.txt"), "--index", str(index))
    assert result.exit_code == 2
    assert snapshot(index) == before
    assert run("search", "Zenz", "--index", str(index)).exit_code == 0


def test_every_command_has_help_with_an_example() -> None:
    for command in ("build", "search", "parse", "entities"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Examples:" in result.stdout and f"indexer {command}" in result.stdout


def test_console_script_runs_as_a_real_process(tmp_path: Path, article_dir: Path) -> None:
    exe = shutil.which("indexer", path=os.path.dirname(sys.executable)) or shutil.which("indexer")
    assert exe, "the indexer console script is not installed"
    idx = tmp_path / "idx"
    built = subprocess.run(
        [exe, "build", str(article_dir), "--index", str(idx), "--no-entities"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr
    found = subprocess.run(
        [exe, "search", '"Id Kah Mosque"', "--index", str(idx), "--jsonl"], capture_output=True, text=True, timeout=60
    )
    assert found.returncode == 0
    assert json.loads(found.stdout)["kind"] == "caption"
    missing = subprocess.run(
        [exe, "search", "x", "--index", str(tmp_path / "nope")], capture_output=True, text=True, timeout=60
    )
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    # A closed pipe (`| head -1`) ends quietly.
    piped = subprocess.run(
        f"'{exe}' search China --index '{idx}' --full --limit 50 | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert piped.stdout.count("\n") == 1 and "Traceback" not in piped.stderr and "Error" not in piped.stderr
    module = subprocess.run([sys.executable, "-m", "indexer", "--version"], capture_output=True, text=True)
    assert module.returncode == 0 and module.stdout.startswith("indexer, version")


def test_a_search_process_never_imports_spacy_or_trafilatura(shipped_index: Path) -> None:
    # Start-up of a query is what a script pays per call: the tagger and the HTML extractor
    # (seconds of imports) belong to builds only.
    code = (
        "import sys\n"
        "from indexer.cli import main\n"
        "try:\n"
        f"    main(['search', 'forced labor', '--index', {str(shipped_index)!r}, '--json', '--context', '1'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "print(sorted(m for m in ('spacy', 'thinc', 'trafilatura', 'lxml') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("whoosh", ["", "1"])
def test_searching_an_index_with_no_paragraph_finds_nothing(tmp_path: Path, whoosh: str) -> None:
    # A folder whose only page has no article text: the index exists, empty. Every kind of
    # search answers "nothing found" (exit 1), not an internal error.
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "menu.html").write_text('<html><body><a href="/">Home</a></body></html>', encoding="utf-8")
    idx = str(tmp_path / "idx")
    assert run("build", str(corpus), "--index", idx, "--no-entities", "-q").exit_code == 0
    env = {"INDEXER_WHOOSH_RANKING": whoosh}
    for args in (
        ["news"],
        ['"new york"'],
        ["new OR york"],
        ["nwes~1"],
        ["news", "--person", "x"],
        ["--person", "x"],
        ["news", "--sort", "date"],
        ["news", "--facets", "--json"],
    ):
        result = run("search", *args, "--index", idx, env=env)
        assert result.exit_code == 1, (args, result.output)
        assert "internal error" not in result.output


def test_indexer_alone_prints_its_help_and_exits_0() -> None:
    result = run()
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("Usage: indexer [OPTIONS] COMMAND [ARGS]...") and "search" in result.stdout


def test_an_unknown_short_option_after_a_query_word_gets_the_quoting_hint(index: Path) -> None:
    hint = (
        "indexer: error: No such option '-T': a query word starting with '-' reads as options; quote the "
        "query (indexer search 'genocide -Tajikistan') or put -- before it (indexer search -- genocide "
        "-Tajikistan) (see 'indexer search --help')\n"
    )
    for args in (["genocide", "-Tajikistan"], ["genocide", "-n", "2", "-Tajikistan"]):
        result = run("search", *args, "--index", str(index))
        assert (result.exit_code, result.stderr) == (2, hint), args
    # No query word before it: a query that starts with a negated word needs -- (test_cli_trial_faults).
    assert run("search", "-Tajikistan", "--index", str(index)).stderr == (
        "indexer: error: No such option '-T': a query starting with '-' needs -- before it "
        f"(indexer search --index {index} -- -Tajikistan) (see 'indexer search --help')\n"
    )
    assert run("search", "--index", str(index), "--count", "--", "genocide", "-Tajikistan").exit_code == 0


def test_entity_lists_and_filters_on_an_untagged_index_say_why_they_are_empty(shipped_index: Path) -> None:
    note = (
        f"indexer: note: the index at {shipped_index} has no entity tags (built with --no-entities): to get "
        f"them, rebuild it with entities: 'indexer build {SHIPPED} --rebuild --index {shipped_index}'\n"
    )
    listed = run("entities", "--index", str(shipped_index))
    assert (listed.exit_code, listed.stderr) == (1, note)
    for query in (["--person", "blair"], ["person:blair"], ["uyghur", "--org", "congress"]):
        found = run("search", *query, "--index", str(shipped_index))
        assert (found.exit_code, found.stderr) == (1, note + "no paragraphs found\n"), query
    plain = run("search", "zzyzxq", "--no-fallback", "--index", str(shipped_index))  # no entity asked for: no note
    assert "entity tags" not in plain.stderr
