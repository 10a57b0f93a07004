"""A build that finds files but reads no article from any is an error (exit 2) naming them by
kind, and writes nothing: a folder of an empty .txt, random bytes in a .txt and NULs in an
.html built an empty index with exit 0, so a script went on to search nothing (README: a folder
with files but no article is an error). An index already there stays as it was."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SHIPPED, invoke


def bad_folder(root: Path) -> Path:
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "rand.txt").write_bytes(bytes(range(256)) * 2)
    (bad / "nul.html").write_bytes(b"\0\0\0")
    return bad


def test_a_folder_of_no_readable_file_is_an_error(tmp_path: Path) -> None:
    bad = bad_folder(tmp_path)
    code, out, err = invoke("build", str(bad), "--index", str(tmp_path / "idx"))
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "found 3 files, none readable: 2 binary files (" in err and "1 empty file (" in err
    assert "empty.txt" in err


def test_a_rebuild_from_no_readable_file_leaves_the_index(tmp_path: Path) -> None:
    bad = bad_folder(tmp_path)
    index = str(tmp_path / "idx")
    assert invoke("build", str(SHIPPED), "--index", index)[0] == 0
    code, _, err = invoke("build", str(bad), "--index", index, "--rebuild")
    assert code == 2, err
    code, out, _ = invoke("search", "Uyghur", "--count", "--index", index)
    assert code == 0 and int(out) > 0
