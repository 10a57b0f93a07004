"""`indexer search` as a person and a script see it: notes, suggestions, context, CSV, counts,
field selection, --queries, and one-line errors (with a JSON record for scripts)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from tests.conftest import SHIPPED

HIT_FIELDS = [
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
    "matches",
    "fragment",
    "language",
    "published",
    "url",
    "byline",
    "copies",
    "turn",
]


@pytest.fixture
def search(shipped_index: Path):
    def invoke(*args: str, input: str | None = None):
        return CliRunner().invoke(main, ["search", *args, "--index", str(shipped_index)], input=input)

    return invoke


def test_json_document_has_the_contract_fields_and_the_new_ones(search) -> None:
    result = search("forced labour", "--json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert list(doc) == [
        "schema_version",
        "query",
        "total",
        "total_as_typed",
        "offset",
        "limit",
        "next_offset",
        "sort",
        "fallback",
        "searched",
        "note",
        "suggestion",
        "distinct",
        "facets",
        "hits",
    ]
    assert doc["total"] == doc["total_as_typed"] == 4 and doc["fallback"] is None and doc["suggestion"] is None
    assert doc["facets"] == {"people": [], "orgs": [], "places": [], "groups": [], "speakers": []}
    assert list(doc["hits"][0]) == HIT_FIELDS
    assert result.stderr == ""


def test_a_typo_prints_a_note_and_a_suggestion_on_stderr(search) -> None:
    result = search("uyghr camps", "-n", "1")
    assert result.exit_code == 1  # shown to a person, with a note; the query as typed found nothing
    assert result.stderr.splitlines()[:2] == [
        "indexer: note: no paragraph matches 'uyghr camps'; showing matches allowing a typo ('uyghr' as uyghur)",
        "indexer: did you mean: uyghur camps",
    ]
    assert "Uyghur" in result.stdout
    doc = json.loads(search("uyghr camps", "--json").stdout)
    assert (doc["fallback"], doc["searched"], doc["suggestion"]) == ("fuzzy", "uyghr~1 camps", "uyghur camps")
    assert (doc["total"], doc["total_as_typed"]) == (6, 0)


def test_a_typo_inside_quotes_is_suggested_not_retried(search) -> None:
    # '"generl election"' found nothing with no word why ("suggestion": null): quotes ask for the
    # words as typed, so no fuzzy retry, but "did you mean" corrects a phrase's words too.
    result = search('"forsed labor"', "-n", "1")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == 'indexer: did you mean: "forced labor"\nno paragraphs found\n'
    doc = json.loads(search('"Forsed labor" camps', "--json").stdout)
    assert (doc["fallback"], doc["suggestion"]) == (None, '"Forced labor" camps')
    assert json.loads(search('"forced labor"', "--json").stdout)["suggestion"] is None


def test_counts_and_exit_status_are_those_of_the_query_as_typed(search) -> None:
    # No paragraph holds both words (only the page chrome did, and it is not indexed).
    assert (search("Accessibility links", "--count").stdout, search("Accessibility links", "--count").exit_code) == (
        "0\n",
        1,
    )
    assert search("Accessibility links").exit_code == 1
    assert search("uyghr camps", "--count").stdout == "0\n"  # no typo retry in a count
    assert search("uyghr camps", "--jsonl").stdout == ""  # nor in data without a flag
    assert search("uyghr camps", "--csv").stdout.count("\n") == 1  # the header only
    lines = "forced labor\nuyghr camps\nwhat did Zenz say about the response\n"
    records = [json.loads(line) for line in search("--queries", "-", "--count", input=lines).stdout.splitlines()]
    assert [(r["total"], r["fallback"]) for r in records] == [(4, None), (0, None), (0, None)]
    # A question read by its important words: shown, flagged, and exit 1 since as typed it finds nothing.
    question = search("what did Zenz say about the response", "--json")
    doc = json.loads(question.stdout)
    assert question.exit_code == 1 and doc["fallback"] == "question" and doc["total"] > 0
    assert doc["total_as_typed"] == 0
    full = [json.loads(line) for line in search("--queries", "-", input=lines).stdout.splitlines()]
    assert [(r["total_as_typed"], r["fallback"]) for r in full] == [(4, None), (0, "fuzzy"), (0, "question")]


def test_an_export_that_finds_nothing_as_typed_says_what_a_fallback_finds(search) -> None:
    # --jsonl and --csv run the query as typed; an empty export names the text output's reading
    # and --fallback, which prints its hits (the exit status stays the query's as typed)
    question = "what did Zenz say about the response"
    for fmt in ("--jsonl", "--csv"):
        quiet = search(question, fmt)
        assert quiet.exit_code == 1 and "read as a question, as the text output shows it, it matches" in quiet.stderr
        assert f"which {fmt} runs" in quiet.stderr and "add --fallback to print them" in quiet.stderr
    counted = search(question, "--count")  # a count is as typed too, and says so
    assert counted.stdout == "0\n" and "which --count runs" in counted.stderr
    assert "--jsonl --fallback prints them" in counted.stderr
    typo = search("uyghr camps", "--jsonl")
    assert "allowing typos, as the text output shows it, it matches 6 paragraphs:" in typo.stderr
    loosened = search(question, "--jsonl", "--fallback", "-n", "3")
    assert loosened.exit_code == 1 and len(loosened.stdout.splitlines()) == 3
    assert "add --fallback" not in loosened.stderr
    rows = search("uyghr camps", "--csv", "--fallback", "-n", "2").stdout.splitlines()
    assert len(rows) == 3 and "Uyghur" in rows[1]
    # nothing to say when no reading finds anything, or when the query matched as typed
    assert "note" not in search("xyzzyq plugh", "--jsonl").stderr
    assert search("forced labor", "--jsonl").stderr == ""
    # --fallback only loosens exports: with --count or --no-fallback it is refused
    for other in ("--count", "--no-fallback"):
        refused = search("uyghr", "--fallback", other)
        assert refused.exit_code == 2 and f"--fallback does not go with {other}" in refused.stderr


def test_no_fallback_searches_exactly_as_typed(search) -> None:
    result = search("uyghr camps", "--no-fallback")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "indexer: did you mean: uyghur camps\nno paragraphs found\n"


def test_count_prints_only_the_number(search) -> None:
    assert search("forced labor", "--count").stdout == "4\n"
    nothing = search("xylophone", "--count", "--no-fallback")
    assert nothing.exit_code == 1 and nothing.stdout == "0\n"


def test_csv_has_a_header_and_one_row_per_hit(search) -> None:
    result = search("forced labor", "--csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == [
        f for f in HIT_FIELDS if f not in ("matches", "fragment", "published", "url", "byline", "copies", "turn")
    ]
    assert len(rows) == 5 and all(r[0] == f"source/{SHIPPED.name}" for r in rows[1:])
    picked = list(csv.reader(io.StringIO(search("forced labor", "--csv", "--fields", "text,matches").stdout)))
    assert picked[0] == ["text", "matches"]
    start, end = json.loads(picked[1][1])[0]
    assert picked[1][0][start:end] == "forced"


def test_fields_pick_hit_fields_in_json_and_jsonl(search) -> None:
    line = json.loads(search("Kyrgyzstan", "--jsonl", "--fields", "article_id,paragraph,snippet").stdout)
    assert list(line) == ["schema_version", "article_id", "paragraph", "snippet"]
    assert "<em>Kyrgyzstan</em>" in line["snippet"]


def test_context_shows_neighbours_as_grep_does(search) -> None:
    result = search('"accusations of genocide"', "-C", "1")
    lines = result.stdout.splitlines()
    assert lines[0] == f"source/{SHIPPED.name}-6 body"
    assert lines[4] == f"source/{SHIPPED.name}:7 body"
    assert f"source/{SHIPPED.name}-8 body" in lines
    doc = json.loads(search('"accusations of genocide"', "-C", "1", "--json").stdout)
    hit = doc["hits"][0]
    assert [p["paragraph"] for p in hit["before"]] == [6] and [p["paragraph"] for p in hit["after"]] == [8]
    assert hit["before"][0]["text"].startswith("Chinese authorities have been accused")
    assert "before" not in json.loads(search("genocide", "--json").stdout)["hits"][0]


def test_queries_run_every_line_and_keep_going_after_a_bad_one(search) -> None:
    result = search("--queries", "-", "-n", "1", input='forced labor\n"forced labor\n\nuyghr~\nxylophone\n')
    assert result.exit_code == 2
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["index"] for r in records] == [0, 1, 2, 3, 4]
    assert records[0]["total"] == 4 and len(records[0]["hits"]) == 1 and records[0]["query"] == "forced labor"
    assert records[1]["error"] == {
        "type": "query",
        "message": "unbalanced quote in query '\"forced labor': close the phrase with a second \"",
    }
    assert records[2]["error"]["message"].startswith("empty query")
    assert records[3]["total"] > 0 and records[4]["total"] == 0
    assert result.stderr.splitlines() == [
        "indexer: error: line 2: unbalanced quote in query '\"forced labor': close the phrase with a second \"",
        "indexer: error: line 3: empty query: give words to search for, or a filter such as --person",
    ]


def test_queries_with_count_and_from_a_file(search, tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_text("Uighur\nSinkiang\n", encoding="utf-8")
    result = search("--queries", str(path), "--count")
    assert result.exit_code == 0
    uyghur, xinjiang = (int(search(q, "--count").stdout) for q in ("Uyghur", "Xinjiang"))
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"schema_version": 1, "index": 0, "query": "Uighur", "total": uyghur, "fallback": None, "suggestion": None},
        {"schema_version": 1, "index": 1, "query": "Sinkiang", "total": xinjiang, "fallback": None, "suggestion": None},
    ]


def test_queries_file_from_notepad_or_of_the_wrong_kind(search, tmp_path: Path) -> None:
    """A byte-order mark (Notepad's UTF-8 and UTF-16) was read into the first query; a binary
    file given by mistake gave an error record for every line of garbage, and exit 0 or 2."""
    for name, data in (
        ("utf8-bom.txt", "\ufeffUighur\nlabor\n".encode()),
        ("utf16.txt", "Uighur\r\nlabor\r\n".encode("utf-16")),
    ):
        (tmp_path / name).write_bytes(data)
        result = search("--queries", str(tmp_path / name), "--count")
        assert result.exit_code == 0, result.stderr
        assert [json.loads(line)["query"] for line in result.stdout.splitlines()] == ["Uighur", "labor"]
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 8)
    result = search("--queries", str(tmp_path / "photo.txt"), "--count")
    assert result.exit_code == 2 and result.stdout.count("\n") == 1
    assert result.stderr == (
        f"indexer: error: queries file {tmp_path / 'photo.txt'} is binary, not text: give a text file, one query a line\n"
    )


BAD = [
    (
        ["ab*"],
        "query",
        "prefix too short in 'ab*': give at least 3 letters before * or ? (short prefixes are the slowest queries)",
    ),
    (["x" * 10_000], "query", "query too long: 10000 characters (limit 1000): shorten it"),
    (
        ["forced", "--fields", "colour"],
        "usage",
        "unknown hit field 'colour' in --fields: use some of article_id, title, paragraph, kind, section, score, "
        "text, snippet, people, orgs, places, groups, dates, speakers, matches, fragment, language, published, url, byline, copies, turn, "
        "before, after",
    ),
    (["forced", "--fields", "before"], "usage", "--fields before needs --context N"),
    (["forced", "--queries", "-"], "usage", "give either QUERY or --queries FILE, not both"),
    (
        ["--queries", "/no/such/file"],
        "error",
        "cannot read queries file /no/such/file: No such file or directory: check the path",
    ),
    (["forced", "--synonyms", "/no/such/file"], "error", "no such synonyms file: /no/such/file: check the path"),
]


@pytest.mark.parametrize("args,kind,message", BAD, ids=[a[0][:20] for a, _, _ in BAD])
def test_bad_input_is_one_line_and_a_json_record_for_scripts(search, args: list[str], kind: str, message: str) -> None:
    text = search(*args)
    assert text.exit_code == 2
    # click's refusals point at --help; the library's (a --fields value) list the choices themselves
    suffix = " (see 'indexer search --help')" if kind == "usage" and "--fields" not in args else ""
    assert text.stderr == f"indexer: error: {message}{suffix}\n"
    assert "Traceback" not in text.output
    as_json = search(*args, "--jsonl")
    assert as_json.exit_code == 2
    assert json.loads(as_json.stdout) == {"schema_version": 1, "error": {"type": kind, "message": message}}


def test_text_only_options_are_refused_where_they_mean_nothing(search) -> None:
    fields = search("forced", "--fields", "text")
    assert fields.exit_code == 2
    assert fields.stderr == (
        "indexer: error: --fields applies to --json, --jsonl, --csv and --queries output "
        "(see 'indexer search --help')\n"
    )
    both = search("forced", "--json", "--count")
    assert both.exit_code == 2
    assert (
        both.stderr
        == "indexer: error: choose one of --json, --jsonl, --csv and --count (see 'indexer search --help')\n"
    )


def test_offset_past_the_end_is_an_empty_result_not_an_error(search) -> None:
    result = search("forced labor", "--offset", "50", "--json")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["hits"] == [] and doc["total"] == 4 and doc["next_offset"] is None
    text = search("forced labor", "--offset", "50")
    assert text.stderr == "no paragraphs at offset 50 (there are 4)\n"


def test_show_and_stats_have_help_with_examples() -> None:
    for command in ("show", "stats"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0
        assert "Examples:" in result.stdout and f"indexer {command}" in result.stdout


def test_shell_completion_offers_commands_and_article_ids(shipped_index: Path) -> None:
    runner = CliRunner()
    env = {"_INDEXER_COMPLETE": "bash_complete", "INDEXER_INDEX": str(shipped_index)}
    commands = runner.invoke(main, [], env={**env, "COMP_WORDS": "indexer st", "COMP_CWORD": "1"})
    assert commands.stdout.splitlines() == ["plain,stats"]
    ids = runner.invoke(main, [], env={**env, "COMP_WORDS": "indexer show rf", "COMP_CWORD": "2"})
    assert ids.stdout.splitlines() == [f"plain,source/{SHIPPED.name}"]


@pytest.mark.parametrize(
    "field,option",
    [
        ("kind:foo", ["--kind", "foo"]),
        ('speaker:""', ["--speaker", ""]),
        ("lang:english", ["--lang", "english"]),
        ("lang:xx", ["--lang", "xx"]),
    ],
)
def test_a_bad_value_is_refused_with_one_message_as_field_and_as_option(search, field: str, option: list[str]) -> None:
    as_field, as_option = search(f"forced {field}"), search("forced", *option)
    assert as_field.exit_code == as_option.exit_code == 2
    assert as_field.stderr == as_option.stderr and as_field.stderr.count("\n") == 1
    if "lang" in field:  # the hint lists the codes the index holds
        assert "this index holds en" in as_field.stderr


def test_a_valid_language_the_index_lacks_gives_a_note(search) -> None:
    for args in (["forced", "--lang", "de"], ["forced lang:de"]):
        result = search(*args)
        assert result.exit_code == 1
        assert "indexer: note: no article in the index is in de (it holds en)" in result.stderr
    assert search("forced", "--lang", "en", "--count").stdout == "7\n"


def test_dangling_and_doubled_operators_are_refused_not_misread(search) -> None:
    assert search("forced", "--count").stdout == "7\n"
    for typed in ("forced AND", "AND forced", "forced OR OR labor"):
        result = search(typed)
        assert result.exit_code == 2 and result.stderr.startswith("indexer: error: operator ")
    assert search("forced OR labor", "--count").stdout == "7\n"


def test_a_multi_word_synonym_applies_to_the_words_unquoted(search, tmp_path: Path) -> None:
    # The README's example: "president xi" typed as two words also finds "Xi Jinping".
    table = tmp_path / "my-synonyms.txt"
    table.write_text("xi jinping, president xi\n", encoding="utf-8")
    assert search("president xi", "--count", "--no-synonyms").stdout == "1\n"  # "President ... Xi"
    assert search("president xi", "--count", "--synonyms", str(table)).stdout == "3\n"  # + "Xi Jinping" x2
    assert search('"president xi"', "--count", "--synonyms", str(table)).stdout == "2\n"
    assert search("president xi uyghur", "--count", "--synonyms", str(table)).stdout == "1\n"
    assert (
        search("president OR xi", "--count", "--synonyms", str(table)).stdout
        == search("president OR xi", "--count", "--no-synonyms").stdout
    )  # an operator between: no phrase


def test_a_name_joined_by_ampersand_is_searched_as_the_text_indexes_it(search) -> None:
    # "H&M" in the shipped article is one word "h&m" (its one-letter parts alone are dropped).
    result = search("H&M", "--json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["total"] == 1 and "H&M" in doc["hits"][0]["text"]
    assert search('"h&m"', "--count").stdout == search("H&M forced", "--count").stdout == "1\n"


def test_an_export_of_a_question_with_a_literal_hit_says_what_the_text_output_reads(tmp_path: Path) -> None:
    # A typed question with one paragraph holding all its words is still read by its important
    # words in the text output; --jsonl (as typed) says so, with both counts
    from indexer.pipeline import build

    folder = tmp_path / "news"
    folder.mkdir()
    paragraphs = [
        "Budget talks stall in the capital",
        "What did the minister say about the budget, reporters asked on Monday.",
        *(f"The minister defended the budget in a speech to the chamber on day {n}." for n in range(6)),
    ]
    (folder / "a.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    build([str(folder)], str(tmp_path / "idx"), entities=False)

    def run(*args: str):
        return CliRunner().invoke(main, ["search", *args, "--index", str(tmp_path / "idx")])

    question = "what did the minister say about the budget"
    doc = json.loads(run(question, "--json").stdout)
    assert doc["total_as_typed"] == 1 and doc["fallback"] == "question" and doc["total"] > 1
    export = run(question, "--jsonl")
    assert len(export.stdout.splitlines()) == 1
    assert "only 1 paragraph matches the query as typed, which --jsonl runs; read as a question" in export.stderr
    assert f"it matches {doc['total']} paragraphs: add --fallback" in export.stderr
    assert len(run(question, "--jsonl", "--fallback").stdout.splitlines()) == min(doc["total"], 10)


def test_count_says_what_it_leaves_out(search) -> None:
    # `--count --facets` printed the count alone, with no word of the facets (a new user's try)
    result = search("forced labor", "--count", "--facets", "-C", "1")
    assert result.exit_code == 0 and result.stdout.strip().isdigit()
    assert "indexer: note: --count prints the number alone: --facets and -C left out" in result.stderr
    assert "note" not in search("forced labor", "--count").stderr
