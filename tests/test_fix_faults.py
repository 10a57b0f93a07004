"""Faults a new user's trial found, each fixed as a kind, each test on an input of our own that
fails on the code before the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

from indexer.pipeline import build
from indexer.store import read_manifest
from tests.helpers import write_corpus


def _folders(index: str) -> set[str]:
    """The folders of the files the index at `index` records, relative names."""
    return {Path(r.path).parent.name for r in read_manifest(Path(index)).articles.values()}


# -- integrity: a folder moved, then built alone under its new name ----------------------------


def test_a_moved_folder_built_alone_replaces_its_old_records(tmp_path: Path) -> None:
    # `build y`, `mv y/news y/renamed`, `build y/renamed`: every article was indexed twice (the
    # y/news records stayed until y itself was built). The same content under a new path with
    # the old file gone is the same article moved: renamed, not re-read.
    y, index = tmp_path / "y", str(tmp_path / "idx")
    write_corpus(y / "news", 3)
    write_corpus(y / "other", 1, seed=3, prefix="other")
    build([str(y)], index, entities=False)
    (y / "news").rename(y / "renamed")
    moved = build([str(y / "renamed")], index, entities=False)
    assert (moved.added, moved.updated, moved.renamed, moved.removed, moved.total_articles) == (0, 0, 3, 0, 4)
    assert _folders(index) == {"renamed", "other"}
    assert any("3 articles moved" in note for note in moved.notes)
    again = build([str(y)], index, entities=False)  # the parent built after: nothing to do
    assert (again.added, again.renamed, again.removed, again.unchanged) == (0, 0, 0, 4)


def test_a_file_deleted_after_its_folder_moved_is_pruned(tmp_path: Path) -> None:
    # `mv y/news y/renamed`, `rm y/renamed/one.txt`, `build y/renamed`: the deleted file's
    # record stayed under y/news (only --rebuild cleared it).
    y, index = tmp_path / "y", str(tmp_path / "idx")
    files = write_corpus(y / "news", 3)
    build([str(y)], index, entities=False)
    (y / "news").rename(y / "renamed")
    (y / "renamed" / files[1].name).unlink()
    moved = build([str(y / "renamed")], index, entities=False)
    assert (moved.added, moved.renamed, moved.removed, moved.total_articles) == (0, 2, 1, 2)
    assert _folders(index) == {"renamed"}


def test_an_absent_folder_whose_files_are_nowhere_else_is_kept(tmp_path: Path) -> None:
    # A folder simply absent may be a drive not mounted: its articles stay, and a copy of a
    # folder still there is new articles, not a move.
    y, index = tmp_path / "y", str(tmp_path / "idx")
    write_corpus(y / "news", 2)
    write_corpus(y / "other", 1, seed=3, prefix="other")
    build([str(y / "news")], index, entities=False)
    shutil.copytree(y / "news", y / "copy")
    copied = build([str(y / "copy")], index, entities=False)
    assert (copied.added, copied.renamed, copied.removed, copied.total_articles) == (2, 0, 0, 4)
    (y / "news").rename(tmp_path / "unmounted")
    other = build([str(y / "other")], index, entities=False)
    assert (other.added, other.renamed, other.removed, other.total_articles) == (1, 0, 0, 5)
    assert _folders(index) == {"news", "copy", "other"}
