"""The library/CLI boundary: errors carry hints in the library's terms that the CLI turns into
flags; shared types in models.py; the pieces of `show`, `--queries` and `entities` that live in
the library now."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.batch import run_queries
from indexer.cli import _message, main
from indexer.errors import IndexerError, QueryError, SourceError, literal
from indexer.models import (
    ENTITY_FIELDS,
    FIELD_TYPE,
    EntityTags,
    NAME_FIELDS,
    TYPE_FIELD,
    Article,
    Paragraph,
    SearchRequest,
    SearchResult,
    entity_field,
    split_paragraph_ref,
)


def test_a_hint_names_parameters_for_python_callers_and_flags_for_the_cli() -> None:
    exc = IndexerError("index at /x{1} is busy", "give {wait=SECONDS}, {rebuild}, {entities=False} or another {index}")
    assert str(exc) == "index at /x{1} is busy: give wait=SECONDS, rebuild=True, entities=False or another index"
    assert _message(exc) == "index at /x{1} is busy: give --wait SECONDS, --rebuild, --no-entities or another --index"
    # A parameter of one command's options is found on whichever command declares it.
    assert _message(IndexerError("", "{fields} b needs {context=N}")) == "--fields b needs --context N"


def test_values_in_a_hint_are_literal_and_survive_pickling() -> None:
    exc = SourceError("two files", f"rename {literal('a{b}.txt')} or use another {{index}}")
    assert str(exc) == "two files: rename a{b}.txt or use another index"
    again = pickle.loads(pickle.dumps(exc))  # errors raised in worker processes
    assert type(again) is SourceError and again.hint == exc.hint and _message(again).endswith("another --index")


def test_library_errors_name_no_flag(tmp_path: Path) -> None:
    from indexer.pipeline import build

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Title\n\nA paragraph that says something about the harbour.\n", encoding="utf-8")
    build([str(folder)], str(tmp_path / "idx"), entities=False)
    with pytest.raises(IndexerError) as caught:
        build([str(folder)], str(tmp_path / "idx"), entities=True)
    assert "--" not in str(caught.value) and "entities=False" in str(caught.value)
    assert "add --no-entities to add to it, or give --rebuild" in _message(caught.value)


def test_entity_names_are_written_once() -> None:
    assert [TYPE_FIELD[FIELD_TYPE[f]] for f in ENTITY_FIELDS] == list(ENTITY_FIELDS)
    assert set(NAME_FIELDS) == set(ENTITY_FIELDS) - {"dates"}
    assert tuple(EntityTags.__annotations__) == ENTITY_FIELDS
    assert entity_field("Person") == entity_field("people") == "people"
    with pytest.raises(ValueError):
        entity_field("thing")


def test_show_paragraph_slicing_lives_on_the_article() -> None:
    article = Article("a.txt", "news/a.txt", "h", paragraphs=[Paragraph(n, "body", f"p{n}") for n in (2, 3, 5, 6, 7)])
    assert split_paragraph_ref("a.txt:5") == ("a.txt", 5) and split_paragraph_ref("a#6") == ("a", 6)
    assert split_paragraph_ref("2021:news") == ("2021:news", None)
    assert [p.paragraph for p in article.around(5, 1).paragraphs] == [3, 5, 6]
    assert [p.paragraph for p in article.around(2, 2).paragraphs] == [2, 3, 5]
    assert len(article.paragraphs) == 5  # a copy: the article itself is unchanged
    with pytest.raises(IndexerError, match=r"no indexed paragraph 4 \(indexed: 2-3, 5-7; the others are page chrome\)"):
        article.around(4, 0)


def test_a_query_batch_reports_bad_lines_in_place() -> None:
    class Searcher:
        def search(self, request: SearchRequest) -> SearchResult:
            if request.query.startswith('"'):
                raise QueryError("unbalanced quote")
            return SearchResult(request.query, total=len(request.query), offset=0, limit=request.limit)

    outcomes = list(run_queries(Searcher(), ["ab\n", '"x\r\n', "abc"], SearchRequest(limit=3)))
    assert [(o.index, o.query) for o in outcomes] == [(0, "ab"), (1, '"x'), (2, "abc")]
    assert outcomes[0].result is not None and outcomes[0].result.total == 2 and outcomes[0].result.limit == 3
    assert isinstance(outcomes[1].error, QueryError) and outcomes[1].result is None


def test_entities_type_takes_the_field_names_its_output_uses(shipped_index: Path) -> None:
    runner = CliRunner()
    singular = runner.invoke(main, ["entities", "--index", str(shipped_index), "--type", "person", "--jsonl"])
    plural = runner.invoke(main, ["entities", "--index", str(shipped_index), "--type", "people", "--jsonl"])
    assert singular.exit_code == plural.exit_code == 1  # untagged index: nothing, not a usage error
    assert singular.output == plural.output
    wrong = runner.invoke(main, ["entities", "--index", str(shipped_index), "--type", "things"])
    assert wrong.exit_code == 2


def test_coloured_hits_wrap_exactly_as_plain_ones() -> None:
    import re

    from indexer.models import Hit
    from indexer.render import TextRenderer

    text = "The forced labor of the\twhole region, forced\nlabor again; a verylongwordthatmustbreakacrosslines end."
    matches = [(m.start(), m.end()) for m in re.finditer(r"forced\slabor|verylong\w+|end", text)]
    hit = Hit("a.txt", "T", 3, "body", "", 1.0, text, "", matches=matches, fragment=(4, len(text)))
    for width in range(14, 70, 3):
        plain = TextRenderer(color=False, width=width).hit(hit)
        coloured = TextRenderer(color=True, width=width).hit(hit)
        assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain, width
        # every match styled, and the style closed on each line it is opened on
        assert coloured.count("forced") == 2 and all(
            line.count("\x1b[0m") >= line.count("\x1b[31m") for line in coloured.splitlines()
        )


def test_declared_charset_labels_are_read_as_browsers_read_them() -> None:
    from indexer.htmlpage import decode

    # WHATWG labels (w3lib): gb2312 is gb18030, whose A1AA is an em dash (Python's gb2312: a bar)
    assert decode(b'<meta charset="gb2312"><p>\xa1\xaa</p>') == ('<meta charset="gb2312"><p>\u2014</p>', "gb18030")
    assert decode('<meta charset="x-sjis"><p>東京</p>'.encode("cp932"))[0].endswith("<p>東京</p>")
    page = '<?xml version="1.0" encoding="windows-1251"?><p>Мост</p>'
    assert decode(page.encode("cp1251")) == (page, "cp1251")


def test_the_build_lock_waits_then_names_the_wait_parameter(tmp_path: Path) -> None:
    from indexer.errors import IndexLockedError
    from indexer.lock import LOCK_NAME, acquire_build_lock, build_running

    assert not build_running(tmp_path) and not (tmp_path / LOCK_NAME).exists()  # asking creates nothing
    release = acquire_build_lock(tmp_path, 0)
    assert build_running(tmp_path)
    with pytest.raises(IndexLockedError) as caught:
        acquire_build_lock(tmp_path, 0.2)  # held (flock is per open file, so also within a process)
    assert str(caught.value).endswith("wait for it to finish, or give wait=SECONDS")
    assert _message(caught.value).endswith("wait for it to finish, or give --wait SECONDS")
    release()
    assert not build_running(tmp_path) and (tmp_path / LOCK_NAME).stat().st_size == 0  # kept, empty
    acquire_build_lock(tmp_path, 0)()


def test_edit_distance_counts_a_swap_as_one_edit_and_edits_no_substring_twice() -> None:
    from indexer.search.vocabulary import edit_distance

    assert [edit_distance(a, b) for a, b in [("uyghr", "uyghur"), ("ca", "ac"), ("abc", "ca"), ("", "ab")]] == [
        1,
        1,
        3,
        2,
    ]


def test_a_long_section_heading_is_cut_to_the_header_line() -> None:
    """A standfirst taken for a heading was printed whole after § on every paragraph's header
    line of `search` and `show` (found by the new-user trial); cut to the width with "…"."""
    from indexer.models import Article, Hit, Paragraph
    from indexer.render import TextRenderer

    section = "A long standfirst of two sentences that the page set as a heading. " * 3
    renderer = TextRenderer(color=False, width=80)
    hit = Hit("site/page.html", "T", 4, "body", section, 1.0, "Some body text.", "", matches=[], fragment=(0, 15))
    header = renderer.hit(hit).splitlines()[0]
    assert len(header) <= 80 and header.endswith("…") and "§ A long standfirst" in header
    short = Hit("site/page.html", "T", 4, "body", "Results", 1.0, "Some body text.", "", matches=[], fragment=(0, 15))
    assert renderer.hit(short).splitlines()[0] == "site/page.html:4 body · § Results"
    paragraphs = [Paragraph(4, "body", "Some body text.", section=section)]
    article = Article("site/page.html", "", "0" * 16, title="T", paragraphs=paragraphs)
    for lines in (renderer.indexed_article(article), renderer.article(article)):  # show; parse
        shown = [line for block in lines for line in block.splitlines()]
        assert any("§ A long" in line and len(line) <= 80 and line.endswith("…") for line in shown), shown
