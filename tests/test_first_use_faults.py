"""Faults a new user meets in a first session, each fixed by kind: the example an empty entity
value is given (a surname for every field: `place:zenz`), `=NAME` finding a name alone in its
group only in the index's own case, dates of no year (`--03`) shown bare in text output, and a
first build silent while the entity model loads, on a terminal or piped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from indexer.errors import QueryError
from indexer.models import NAME_FIELDS, Paragraph
from indexer.query import check_value
from indexer.render import TextRenderer, readable_date
from tests.conftest import SHIPPED, invoke


@pytest.fixture(scope="module")
def tagged_shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped article indexed with entity tags."""
    folder = tmp_path_factory.mktemp("tagged")
    shutil.copy(SHIPPED, folder / SHIPPED.name)
    code, _, err = invoke("build", str(folder / SHIPPED.name), "--index", str(folder / "idx"))
    assert code == 0, err
    return folder / "idx"


def _example(fieldname: str) -> str:
    with pytest.raises(QueryError) as info:
        check_value(fieldname, "")
    return str(info.value).rsplit("(", 1)[1].rstrip(")")


def test_the_example_for_an_empty_entity_value_is_a_name_of_that_field(tagged_shipped: Path) -> None:
    """Each example finds paragraphs of the shipped article in its own field (the tagger put
    the name there), so a place is never exemplified by a surname."""
    for fieldname in NAME_FIELDS:
        example = _example(fieldname)
        code, out, err = invoke("search", example, "--count", "--index", str(tagged_shipped))
        assert (code, int(out or 0) > 0) == (0, True), (fieldname, example, err)
    code, _, err = invoke("search", "--place", "=", "--index", str(tagged_shipped))
    assert code == 2 and err == "indexer: error: empty value (place: or --place): give one after it (place:xinjiang)\n"


def test_an_exact_name_filter_finds_a_name_alone_in_its_group_in_any_case(tagged_shipped: Path) -> None:
    """`=NAME` compared case and accents aside only for names the corpus table groups; a name
    with one spelling in the index was found only as the index spells it (`=xinjiang`: 0)."""
    index = str(tagged_shipped)
    code, out, _ = invoke("search", "--place", "=Xinjiang", "--count", "--index", index)
    assert code == 0 and int(out) > 0
    for typed in ("=xinjiang", "=XINJIANG", "= xinjiang "):
        assert invoke("search", "--place", typed, "--count", "--index", index)[1] == out
    assert invoke("search", "--place", "=xinjian", "--count", "--index", index)[0] == 1  # still the name whole
    assert (
        invoke("search", "--person", "=adrian zenz", "--count", "--index", index)[1]
        == invoke("search", "--person", "=Adrian Zenz", "--count", "--index", index)[1]
    )


def test_a_date_of_no_year_is_spelled_out_in_text_and_kept_in_json(tagged_shipped: Path) -> None:
    assert readable_date("--03") == "--03 (March, no year)"
    assert readable_date("--11-05") == "--11-05 (5 November, no year)"
    assert readable_date("--11-11/--11-14") == "--11-11/--11-14 (11 November to 14 November, no year)"
    for other in ("2021", "2021-03", "2021-03-05", "--13", "--00", "--03-32", "2019/2021"):
        assert readable_date(other) == other
    paragraph = Paragraph(paragraph=1, kind="body", text="In March.", dates=["2021-03", "--03"])
    assert TextRenderer.tags(paragraph) == "dates: 2021-03, --03 (March, no year)"
    index = str(tagged_shipped)
    text = invoke("entities", "--type", "date", "--index", index)[1]
    raw = [
        row["name"]
        for row in json.loads(invoke("entities", "--type", "date", "--json", "--index", index)[1])["entities"]["dates"]
    ]
    assert "--03" in raw and "  --03 (March, no year)\n" in text


def test_a_list_cut_at_its_limit_says_so_with_the_counts(tagged_shipped: Path) -> None:
    # `indexer entities people` printed 50 of 262 names with no word that there were more.
    index = str(tagged_shipped)
    every = json.loads(invoke("entities", "people", "places", "-n", "0", "--json", "--index", index)[1])["entities"]
    code, out, err = invoke("entities", "people", "places", "-n", "2", "--index", index)
    assert code == 0 and out.count("\n") == 2 + 2 + 2  # two headers, two names each
    total = f"people 2 of {len(every['people'])}, places 2 of {len(every['places'])}"
    assert f"note: the most frequent shown ({total}): -n 0 lists all" in err
    assert "note" not in invoke("entities", "people", "-n", "0", "--index", index)[2]


def test_a_surname_typed_wrong_in_a_filter_suggests_the_person(tagged_shipped: Path) -> None:
    # `--person blunket` said "no paragraph names a person 'blunket'" with no suggestion: the
    # whole name "David Blunkett" is too far from one word; its surname is not.
    code, _, err = invoke("search", "uyghur", "--person", "sidick", "--index", str(tagged_shipped))
    assert code == 1 and "no paragraph names a person 'sidick' (did you mean Qelbinur Sidik?)" in err


def test_a_build_reports_progress_before_the_tagger_loads(tmp_path: Path) -> None:
    """The first call comes before any article is tagged (spaCy loads for ~30 s in a fresh
    clone): the CLI's bar is drawn then, saying what it waits for."""
    from indexer.cli import _BuildProgress
    from indexer.pipeline import build

    calls: list[tuple[int, int, int]] = []
    build([str(SHIPPED)], str(tmp_path / "idx"), entities=False, progress=lambda *a: calls.append(a))
    assert calls[0] == (0, 1, 0) and calls[-1][:2] == (1, 1) and calls[-1][2] > 0
    assert "entity model" in (_BuildProgress(entities=True).item(0) or "")
    assert _BuildProgress(entities=False).item(0) is None and _BuildProgress().item(37) == "37 paragraphs"


def test_a_build_piped_prints_sparse_progress_lines_quiet_none(tmp_path: Path) -> None:
    """Stderr no terminal (CliRunner's, a pipe, a script): no bar's redrawing, but not silence
    either: a line at the start, and at most one an interval after; -q prints the summary only."""
    from tests.helpers import write_corpus

    write_corpus(tmp_path / "news", 3, paragraphs=2)
    code, _, err = invoke("build", str(tmp_path / "news"), "--index", str(tmp_path / "idx"), "--no-entities")
    lines = err.splitlines()
    assert code == 0 and lines[0] == "indexer: indexing 3 files" and "\r" not in err and "\x1b" not in err
    assert len(lines) == 2 and lines[1].startswith(f"index at {tmp_path / 'idx'}: 3 articles")
    code, _, err = invoke("build", str(tmp_path / "news"), "--index", str(tmp_path / "idx2"), "--no-entities", "-q")
    assert code == 0 and len(err.splitlines()) == 1 and "indexing" not in err


def test_piped_progress_lines_come_an_interval_apart(capsys: pytest.CaptureFixture[str]) -> None:
    """_LineProgress on a clock of its own: the first call prints (the entity model loading),
    later ones only once `interval` seconds passed and articles were done since."""
    from indexer.cli import _LineProgress

    now = [0.0]
    progress = _LineProgress(entities=True, interval=10, clock=lambda: now[0])
    progress(0, 2000, 0)  # printed: the start
    now[0] = 5
    progress(100, 2000, 900)  # 5 s: too soon
    now[0] = 12
    progress(300, 2000, 2500)  # printed
    now[0] = 30
    progress(300, 2000, 2500)  # nothing done since: silent
    progress(1000, 2000, 12345)  # printed
    assert capsys.readouterr().err.splitlines() == [
        "indexer: indexing 2,000 files, loading the entity model (spaCy)",
        "indexer: indexing 300/2,000 files (15%), 2,500 paragraphs",
        "indexer: indexing 1,000/2,000 files (50%), 12,345 paragraphs",
    ]


def test_an_updates_first_progress_line_counts_no_files_it_has_not_checked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An update finds its changed files as it stats them: when the first changed file comes
    after 200 unchanged (or skipped) ones of 350, the start line says so, not 'indexing 150 files' (2 had
    changed); a first build (nothing checked yet) still counts the files it will read."""
    from indexer.cli import _LineProgress

    _LineProgress(entities=True, clock=lambda: 0.0)(200, 350, 0)
    _LineProgress(entities=False, clock=lambda: 0.0)(0, 1, 0)
    assert capsys.readouterr().err.splitlines() == [
        "indexer: checking 350 files for changes (200 checked so far), indexing the new and "
        "changed, loading the entity model (spaCy)",
        "indexer: indexing 1 file",
    ]


def test_the_progress_bar_counts_paragraphs_as_the_piped_lines_do() -> None:
    """The bar's text after it: one paragraph in the singular, thousands grouped."""
    from indexer.cli import _BuildProgress

    assert [_BuildProgress().item(n) for n in (1, 37, 12345)] == ["1 paragraph", "37 paragraphs", "12,345 paragraphs"]
