"""A PATHS argument that names nothing readable no longer stops `indexer parse` or `indexer
build` (last round's new user: `indexer parse a.txt photo.png b.txt` stopped at photo.png and
printed nothing). As grep does, each bad path is one error line, every other file is still
parsed (or built) and the exit status is 2, for every kind of bad path: a missing file, a folder
or glob of no article, a binary file, an unsupported extension, an unreadable file. Files of
our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.errors import SourceError
from indexer.pipeline import parse_paths
from tests.conftest import invoke
from tests.helpers import PROSE

SUFFIXES = ".txt, .txt.gz, .md, .html, .htm, .html.gz, .mhtml"


def _good(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Bridge closes\n\n" + "\n\n".join(PROSE[:2]) + "\n", encoding="utf-8")
    second.write_text("Ferry timetable\n\n" + PROSE[3] + "\n", encoding="utf-8")
    return first, second


def _bad(tmp_path: Path, kind: str) -> tuple[str, str]:
    """A bad PATHS argument of one kind and the error line it gets."""
    if kind == "missing":
        path = tmp_path / "gone.txt"
        return str(path), f"no such file or folder: {path}: check the path"
    if kind == "empty-folder":
        path = tmp_path / "hollow"
        path.mkdir()
        return str(path), f"no articles in folder {path}: it holds no files; expected files ending in {SUFFIXES}"
    if kind == "glob":
        return f"{tmp_path}/*.html", (
            f"no articles match {tmp_path}/*.html: check the pattern (quote it so the shell does not expand it)"
        )
    if kind == "binary":
        path = tmp_path / "binary.txt"
        path.write_bytes(bytes(range(256)) * 4)
        return str(path), f"binary file: {path}: expected text (.txt, .md, .txt.gz) or a saved page ({SUFFIXES[20:]})"
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return str(path), (
        f"unsupported file type: {path}: expected a file ending in {SUFFIXES} "
        "(a file of plain text under another name: copy it to a name ending in .txt)"
    )


KINDS = ["missing", "empty-folder", "glob", "binary", "unsupported"]


@pytest.mark.parametrize("kind", KINDS)
def test_parse_goes_on_past_a_bad_path_between_good_files(tmp_path: Path, kind: str) -> None:
    first, second = _good(tmp_path)
    bad, message = _bad(tmp_path, kind)
    code, out, err = invoke("parse", "--no-entities", str(first), bad, str(second))
    assert (code, err) == (2, f"indexer: error: {message}\n")
    assert "Bridge closes" in out and "Ferry timetable" in out
    code, out, err = invoke("parse", "--no-entities", "--jsonl", str(first), bad, str(second))
    assert (code, err) == (2, f"indexer: error: {message}\n")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["article"]["title"] for r in records if "article" in r] == ["Bridge closes", "Ferry timetable"]
    # the bad path gets its error record on stdout too, as every command's machine formats give one
    assert [r["error"] for r in records if "error" in r] == [{"type": "error", "message": message}]


@pytest.mark.parametrize("kind", KINDS)
def test_build_goes_on_past_a_bad_path_between_good_files(tmp_path: Path, kind: str) -> None:
    first, second = _good(tmp_path)
    bad, message = _bad(tmp_path, kind)
    idx = tmp_path / "idx"
    code, _, err = invoke("build", "--no-entities", "--index", str(idx), str(first), bad, str(second))
    assert code == 2 and f"indexer: error: {message}" in err.splitlines()
    # Counted as what it is: a missing path or a folder is no "file not read".
    said = {"missing": "1 path not found", "empty-folder": "1 folder not read", "glob": "1 pattern matching no article"}
    assert (
        "2 articles" in err.splitlines()[-1]
        and f"{said.get(kind, '1 file not read')} (error above)" in err.splitlines()[-1]
    )


@pytest.mark.parametrize("command", ["parse", "build"])
def test_a_lone_bad_path_is_still_one_error_and_nothing_else(tmp_path: Path, command: str) -> None:
    bad, message = _bad(tmp_path, "unsupported")
    idx = tmp_path / "idx"
    args = ["--index", str(idx)] if command == "build" else []
    code, out, err = invoke(command, "--no-entities", *args, bad)
    assert (code, out, err) == (2, "", f"indexer: error: {message}\n")
    assert not idx.exists()


def test_parse_goes_on_past_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _good(tmp_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("Locked\n\n" + PROSE[2] + "\n", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # as chmod 0 does for a user who is not root
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = invoke("parse", "--no-entities", "--jsonl", str(first), str(locked), str(second))
    assert (code, err) == (2, f"indexer: error: permission denied: {locked}: check the file's permissions\n")
    records = [json.loads(line) for line in out.splitlines()]  # the file's error record in its place
    assert [r["article"]["title"] if "article" in r else r["path"] for r in records] == [
        "Bridge closes",
        str(locked),
        "Ferry timetable",
    ]


def test_the_library_reports_a_bad_path_by_the_path_typed_or_raises(tmp_path: Path) -> None:
    first, second = _good(tmp_path)
    bad, message = _bad(tmp_path, "missing")
    seen: list[tuple[str, str]] = []
    articles = parse_paths(
        [str(first), bad, str(second)], entities=False, on_error=lambda ref, exc: seen.append((ref.where, str(exc)))
    )
    assert [a.title for a in articles] == ["Bridge closes", "Ferry timetable"]
    assert seen == [(bad, message)]
    with pytest.raises(SourceError, match="no such file or folder"):
        list(parse_paths([str(first), bad], entities=False))
