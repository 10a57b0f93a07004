"""Faults where the interfaces disagreed: the Python API, the CLI, `--json` and the web API
saying different things about one thing. Each checked on small articles written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import SourceError
from indexer.pipeline import build, parse_paths
from tests.conftest import invoke

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
