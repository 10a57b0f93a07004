"""`indexer build` given no PATHS indexes source/ (README "Commands"): it did so without a word,
also into an index built from other folders, where it adds source/'s articles to theirs. A note
now says what it indexed, and how to update the index from its other folders."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from indexer.cli import main
from tests.conftest import SHIPPED
from tests.helpers import write_corpus, without_progress


def _build(*args: str) -> list[str]:
    result = CliRunner().invoke(main, ["build", "--no-entities", *args])
    assert result.exit_code == 0, result.stderr
    return without_progress(result.stderr).splitlines()


def _untimed(line: str) -> str:
    """A build's summary line without its closing " in N.N s"."""
    return re.sub(r" in [0-9.,]+ s$", "", line)


def test_a_build_without_paths_says_it_indexed_source(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "source").mkdir()
    shutil.copy(SHIPPED, tmp_path / "source" / SHIPPED.name)
    write_corpus(tmp_path / "news", 1, paragraphs=2)
    monkeypatch.chdir(tmp_path)
    lines = _build()
    assert lines[0] == "indexer: note: no PATHS given: indexed source/ (the default)"
    assert lines[1].startswith("index at .indexer: 1 article, 37 paragraphs (1 added,") and len(lines) == 2
    assert _build("news")[0].startswith("index at .indexer: 2 articles")  # PATHS given: no note
    lines = _build()
    news = os.path.join(str(tmp_path.resolve()), "news")
    assert lines[0] == (
        f"indexer: note: no PATHS given: indexed source/ (the default) into an index also built from {news}: "
        f"to update it from those, run 'indexer build {news} --no-entities --index .indexer'"
    )
    # -q: the summary line only (its time left out: two builds' timings differ on a loaded machine)
    assert [_untimed(line) for line in _build("-q")] == [_untimed(lines[1])]


def test_the_summary_line_says_where_the_index_is(tmp_path: Path, monkeypatch) -> None:
    # It opened with the bare folder, ".indexer: 1 article, ...", read as a misspelt "indexer:"
    # prefix; now "index at DIR", as the errors about an index name it, and where the folder came
    # from when no --index was typed.
    write_corpus(tmp_path / "news", 1, paragraphs=2)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("INDEXER_INDEX", raising=False)
    assert _build("news")[-1].startswith("index at .indexer: 1 article, ")
    monkeypatch.setenv("INDEXER_INDEX", str(tmp_path / "env-idx"))
    assert _build("news")[-1].startswith(f"index at {tmp_path / 'env-idx'} (from $INDEXER_INDEX): 1 article, ")
    assert _build("news", "--index", "mine")[-1].startswith("index at mine: 1 article, ")
