"""`indexer show` and `indexer stats`: the index as stored, for a person and a script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.schema import INDEX_FORMAT_VERSION
from tests.conftest import SHIPPED
from tests.test_search_api import tagged_index  # noqa: F401 (fixture)

ID = f"source/{SHIPPED.name}"  # shipped_index is built from the file: its folder names it


@pytest.fixture
def run(shipped_index: Path):
    def invoke(*args: str, index: Path | None = None):
        return CliRunner().invoke(main, [*args, "--index", str(index or shipped_index)])

    return invoke


def test_show_prints_every_indexed_paragraph_whole(run) -> None:
    result = run("show", ID)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith(ID)
    assert (
        "  title: 'Utterly Shameful': Uyghurs' Frustration Grows Over Lack Of International Action Against China"
        in lines
    )
    assert "  byline: Reid Standish" in lines
    assert (
        " 4 caption" in lines
        and " 13 heading · § 'Unprecedented' Level Of Evidence" in lines
        and " 39 body · § Pushing For A Response" in lines
    )
    assert "Subscribe" not in result.stdout  # page chrome is not indexed
    assert "global response would be different" in result.stdout.replace("\n  ", " ")


def test_show_one_paragraph_with_its_neighbours(run) -> None:
    result = run("show", "rferl:19", "-C", "1")
    assert result.exit_code == 0
    headers = [line for line in result.stdout.splitlines() if line[:1] in " >" and "body" in line]
    assert headers == [
        " 18 body · § 'Unprecedented' Level Of Evidence",
        ">19 body · § 'Unprecedented' Level Of Evidence",
        " 20 body · § 'Unprecedented' Level Of Evidence",
    ]
    doc = json.loads(run("show", f"{ID}:19", "-C", "0", "--json").stdout)
    assert doc["schema_version"] == 1 and doc["focus"] == 19 and doc["article"]["id"] == ID
    assert [p["paragraph"] for p in doc["paragraphs"]] == [19]
    assert doc["paragraphs"][0]["text"].startswith("“We’ve never had this level of documentation")
    assert {"paragraph", "kind", "section", "text", "people", "orgs", "places", "groups", "dates", "speakers"} <= doc[
        "paragraphs"
    ][0].keys()


def test_show_jsonl_prints_one_paragraph_per_line(run) -> None:
    lines = run("show", ID, "--jsonl").stdout.splitlines()
    assert len(lines) == 37
    first = json.loads(lines[0])
    assert first["schema_version"] == 1 and first["article_id"] == ID and first["kind"] == "title"


def test_show_prints_entity_tags(tagged_index: Path) -> None:  # noqa: F811
    result = CliRunner().invoke(main, ["show", "rferl:12", "-C", "0", "--index", str(tagged_index)])
    assert "  people: Adrian Zenz | speakers: Adrian Zenz" in result.stdout.splitlines()


@pytest.mark.parametrize(
    "ref,message",
    [
        ("nope", "no article 'nope' in the index at {index}: 'indexer stats --articles' lists them"),
        (
            "rferl-uyghur-diaspora-2012.txt",
            "no article 'rferl-uyghur-diaspora-2012.txt' in the index at {index}: did you mean '" + ID + "'?",
        ),
        (  # an article, then no paragraph number: said so, not "no such article"
            "rferl:abc",
            f"'rferl:abc' names {ID} and then no paragraph: 'abc' is no paragraph number: give rferl:N, N a number",
        ),
        (
            "rferl#",
            f"'rferl#' names {ID} and then no paragraph: no paragraph number after '#': give rferl#N, N a number",
        ),
        (
            f"{ID}:45",
            f"{ID} has no indexed paragraph 45 (indexed: 3-39; the others are page chrome): "
            f"'indexer parse {SHIPPED}' shows every block",
        ),
    ],
)
def test_show_bad_reference_is_one_line_exit_2(run, shipped_index: Path, ref: str, message: str) -> None:
    result = run("show", ref)
    assert result.exit_code == 2
    assert result.stderr == "indexer: error: " + message.format(index=shipped_index) + "\n"
    record = json.loads(run("show", ref, "--json").stdout)
    assert record["error"]["message"] == message.format(index=shipped_index)


def test_stats_text_and_json(run, shipped_index: Path) -> None:
    result = run("stats")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"index       {shipped_index}"
    assert "articles    1" in lines
    assert "paragraphs  37 (title 1, heading 2, body 30, caption 4)" in lines
    assert "entities    not tagged (built with --no-entities)" in lines
    assert any(line.startswith(f"format      {INDEX_FORMAT_VERSION} (analyzers ") for line in lines)
    doc = json.loads(run("stats", "--json", "--articles").stdout)
    assert doc["schema_version"] == 1 and doc["articles"] == 1 and doc["paragraphs"] == 37
    assert doc["kinds"] == {"title": 1, "heading": 2, "body": 30, "caption": 4}
    assert doc["size_bytes"] > 0 and doc["updated"] and doc["format_version"] == INDEX_FORMAT_VERSION
    assert doc["article_list"][0]["id"] == ID and doc["article_list"][0]["paragraphs"] == 37
    # each article's language, as `show --json` gives it (it was only in the totals)
    assert doc["article_list"][0]["language"] == "en"
    assert f"   37  -           {ID}  'Utterly Shameful'" in run("stats", "--articles").stdout


def test_stats_counts_entity_names(tagged_index: Path) -> None:  # noqa: F811
    doc = json.loads(CliRunner().invoke(main, ["stats", "--json", "--index", str(tagged_index)]).stdout)
    assert doc["entities"] is True
    assert doc["names"]["people"] == 4 and doc["names"]["speakers"] == 1


def test_stats_of_a_missing_index(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--index", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert result.stderr == (
        f"indexer: error: no index at {tmp_path / 'none'}: run 'indexer build PATHS --index "
        f"{tmp_path / 'none'}' first\n"
    )


def test_stats_and_entities_count_only_names_of_live_paragraphs(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from indexer import pipeline
    from tests.test_search_api import fake_tag

    monkeypatch.setattr(pipeline, "tag", fake_tag)
    folder, index = tmp_path / "news", tmp_path / "idx"
    folder.mkdir()
    article = folder / "talks.txt"
    first = "Talks In Prague\n\nZenz spoke in Prague on Monday about the talks.\n\nBiden sent a letter.\n"
    article.write_text(first, encoding="utf-8")
    pipeline.build([str(folder)], str(index), entities=True)
    article.write_text(first.replace("Biden sent a letter.", "A letter was sent."), encoding="utf-8")
    pipeline.build([str(folder)], str(index), entities=True)  # the old paragraphs: deleted documents
    doc = json.loads(CliRunner().invoke(main, ["stats", "--json", "--index", str(index)]).stdout)
    listed = json.loads(CliRunner().invoke(main, ["entities", "--json", "--index", str(index)]).stdout)
    assert listed["entities"]["people"] == [{"name": "Adrian Zenz", "count": 1}]
    assert doc["names"]["people"] == 1 and doc["names"]["places"] == 1


def test_names_with_control_characters_are_printed_escaped(tmp_path: Path) -> None:
    folder, index = tmp_path / "news", tmp_path / "idx"
    folder.mkdir()
    name = "red\x1b[31m\nline\tname.txt"  # a file name with a terminal escape, a newline and a tab
    (folder / name).write_text(
        "Harbour \x1b[1mNews\n\nThe harbour council met on Tuesday, officials said.\n", encoding="utf-8"
    )
    assert CliRunner().invoke(main, ["build", str(folder), "--index", str(index), "--no-entities"]).exit_code == 0
    shown = "red\\x1b[31m\\nline\\tname.txt"
    outputs = {
        "search": CliRunner().invoke(main, ["search", "harbour", "--index", str(index)]).stdout,
        "context": CliRunner().invoke(main, ["search", "council", "-C", "1", "--index", str(index)]).stdout,
        "stats": CliRunner().invoke(main, ["stats", "--articles", "--index", str(index)]).stdout,
        "show": CliRunner().invoke(main, ["show", "line", "--index", str(index)]).stdout,
    }
    for command, out in outputs.items():
        assert "\x1b" not in out and "\t" not in out and shown in out, (command, out)
    assert outputs["search"].startswith(f"news/{shown}:1 title\n")
    assert f"  news/{shown}  Harbour News" in outputs["stats"]
    # Data keeps the name as it is: JSON escapes it its own way.
    doc = json.loads(CliRunner().invoke(main, ["search", "harbour", "--json", "--index", str(index)]).stdout)
    assert doc["hits"][0]["article_id"] == f"news/{name}"


def test_stats_say_articles_in_other_languages_are_not_entity_tagged() -> None:
    from indexer.render import stats_lines
    from indexer.search import IndexStats

    def entity_line(languages: dict[str, int]) -> str:
        info = IndexStats("i", 2, 3, "", "", True, 5, 9, {"body": 9}, 1, {"people": 4}, languages=languages)
        return next(line for line in stats_lines(info) if line.startswith("entities"))

    assert entity_line({"en": 3, "de": 1, "fr": 1}) == (
        "entities    4 people; 2 articles in other languages mostly untagged (the entity model reads English)"
    )
    assert entity_line({"en": 4, "und": 1}) == "entities    4 people"


def test_stats_articles_text_has_a_header_and_aligned_titles() -> None:
    """`stats --articles` printed rows with no header (a bare "-" for no date) and each title
    right after its id, so titles of ids of other lengths did not line up."""
    from indexer.index.manifest import ArticleRecord
    from indexer.render import article_table

    records = [
        ArticleRecord(
            id="a/1.txt",
            path="/a/1.txt",
            root="/a",
            content_hash="x",
            paragraphs=12,
            title="First",
            published="2021-04-22",
        ),
        ArticleRecord(
            id="a/longer-name.txt", path="/a/longer-name.txt", root="/a", content_hash="y", paragraphs=3, title="Second"
        ),
    ]
    assert article_table(records) == [
        "paras  published   id                 title",
        "   12  2021-04-22  a/1.txt            First",
        "    3  -           a/longer-name.txt  Second",
    ]


def test_stats_count_the_corpus_names_entities_lists(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A name tagged in full and by its surname is one corpus name (names.py): `stats` counted
    the names as tagged (two people) while `indexer entities` listed one (a user's trial)."""
    from indexer import pipeline

    def tag(articles, entities, workers=0):  # noqa: ANN001, ANN202
        for article in articles:
            for p in article.paragraphs:
                p.people = [n for n in ("Adrian Zenz", "Zenz") if n in p.text][:1] if p.indexed else []
            yield article

    monkeypatch.setattr(pipeline, "tag", tag)
    folder, index = tmp_path / "news", tmp_path / "idx"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Talks In Prague\n\nAdrian Zenz spoke in Prague on Monday.\n\nZenz left on Tuesday.\n", encoding="utf-8"
    )
    pipeline.build([str(folder)], str(index), entities=True)
    doc = json.loads(CliRunner().invoke(main, ["stats", "--json", "--index", str(index)]).stdout)
    listed = json.loads(CliRunner().invoke(main, ["entities", "--json", "--index", str(index)]).stdout)
    assert listed["entities"]["people"] == [{"name": "Adrian Zenz", "count": 2}]
    assert doc["names"]["people"] == len(listed["entities"]["people"]) == 1
