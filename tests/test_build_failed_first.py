"""A first build that fails (a folder of nothing readable) left its index folder behind with only
the build lock's file in it; the next search then said "no index at idxz (empty folder)" (a new
user's finding). A failed build leaves no folder it created, and an existing one as it was."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import invoke
from indexer.lock import LOCK_NAME


def _unreadable(folder: Path) -> Path:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    return folder


def test_a_failed_first_build_leaves_no_index_folder(tmp_path: Path) -> None:
    bad = _unreadable(tmp_path / "bad")
    code, _, err = invoke("build", "--index", str(tmp_path / "idx"), str(bad))
    assert code == 2 and err.startswith("indexer: error: no articles in ")
    assert not (tmp_path / "idx").exists()


def test_a_failed_build_keeps_a_folder_that_was_there(tmp_path: Path) -> None:
    bad = _unreadable(tmp_path / "bad")
    (tmp_path / "idx").mkdir()  # an empty folder the user made for the index
    code, _, _ = invoke("build", "--index", str(tmp_path / "idx"), str(bad))
    assert code == 2
    assert (tmp_path / "idx").is_dir()
    assert [p.name for p in (tmp_path / "idx").iterdir()] in ([], [LOCK_NAME])
