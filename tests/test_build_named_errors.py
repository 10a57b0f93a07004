"""A file named on the command line that cannot be read no longer stops a build (helper meta4,
from the last trial: `indexer build --index X good.txt binary.txt` exited 2 and indexed nothing).
As grep and rg do, each such file is reported on one line, the others are built, and the exit
status is 2; --strict still fails before anything is written. Files of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import SourceError
from indexer.pipeline import build
from tests.conftest import invoke
from tests.helpers import PROSE

BINARY = "binary file: {}: expected text (.txt, .md, .txt.gz) or a saved page (.html, .htm, .html.gz, .mhtml)"


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    good = tmp_path / "good.txt"
    good.write_text("Bridge closes\n\n" + "\n\n".join(PROSE) + "\n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    table = tmp_path / "notes.csv"
    table.write_text("a,b\n1,2\n", encoding="utf-8")
    return good, binary, table


def test_the_good_files_are_built_and_each_bad_one_said(tmp_path: Path) -> None:
    good, binary, table = _files(tmp_path)
    idx = tmp_path / "idx"
    code, _, err = invoke("build", "--index", str(idx), "--no-entities", str(good), str(binary), str(table))
    assert code == 2
    lines = err.splitlines()
    assert f"indexer: error: {BINARY.format(binary)}" in lines
    assert (
        f"indexer: error: unsupported file type: {table}: expected a file ending in .txt, .txt.gz, .md, .html, .htm, "
        ".html.gz, .mhtml (a file of plain text under another name: copy it to a name ending in .txt)"
    ) in lines
    assert "(1 added, 0 updated, 0 unchanged, 0 removed, 2 files not read (errors above);" in lines[-1]
    code, out, _ = invoke("search", "corroded", "--index", str(idx), "--count")
    assert (code, out.strip()) == (0, "1")


def test_strict_fails_before_anything_is_written(tmp_path: Path) -> None:
    good, binary, _ = _files(tmp_path)
    idx = tmp_path / "idx"
    code, _, err = invoke("build", "--strict", "--index", str(idx), "--no-entities", str(good), str(binary))
    assert (code, err) == (
        2,
        f"indexer: error: {BINARY.format(binary)}\nindexer: error: 1 file cannot be read or indexed; nothing was "
        "written, the index is unchanged: fix or remove it, or build without --strict to skip it\n",
    )
    assert not idx.exists()


def test_a_file_that_turns_unreadable_keeps_its_record(tmp_path: Path) -> None:
    good, binary, _ = _files(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text("Ferry timetable\n\n" + PROSE[3] + "\n", encoding="utf-8")
    idx = tmp_path / "idx"
    assert invoke("build", "--index", str(idx), "--no-entities", str(good), str(other))[0] == 0
    other.write_bytes(binary.read_bytes())
    code, _, err = invoke("build", "--index", str(idx), "--no-entities", str(good), str(other))
    assert code == 2 and f"indexer: error: {BINARY.format(other)}" in err
    assert "2 articles" in err.splitlines()[-1]  # nothing lost: the last good reading stays


def test_the_library_raises_unless_asked_to_keep_going(tmp_path: Path) -> None:
    good, binary, _ = _files(tmp_path)
    with pytest.raises(SourceError, match="binary file"):
        build([str(good), str(binary)], str(tmp_path / "a"), entities=False)
    summary = build([str(good), str(binary)], str(tmp_path / "b"), entities=False, keep_going=True)
    assert (summary.added, summary.errors) == (1, [BINARY.format(binary)])
    with pytest.raises(SourceError, match="binary file"):  # none readable: the first error, as before
        build([str(binary)], str(tmp_path / "c"), entities=False, keep_going=True)


def test_a_deleted_file_named_again_is_said_to_be_still_indexed(tmp_path: Path) -> None:
    # A trial: `indexer build work/misc/deleted.txt` said "no such file: check the path", not
    # that the article is still in the index nor how to drop it (build the folder it came from).
    src = tmp_path / "src"
    src.mkdir()
    good, _, _ = _files(src)
    (src / "binary.txt").unlink()
    (src / "notes.csv").unlink()
    other = src / "other.txt"
    other.write_text("Ferry timetable\n\n" + PROSE[3] + "\n", encoding="utf-8")
    idx = tmp_path / "idx"
    assert invoke("build", "--index", str(idx), "--no-entities", str(src))[0] == 0
    assert invoke("search", "timetable", "--index", str(idx), "--count")[1].strip() == "1"
    other.unlink()
    code, _, err = invoke("build", "--index", str(idx), "--no-entities", str(other))
    assert (code, err) == (
        2,
        f"indexer: error: no such file or folder: {other}: it is still in the index as src/other.txt: to drop it, "
        f"update the index from the folder it was indexed from: 'indexer build {src} --no-entities --index {idx}'\n",
    )
    # Named beside a good file, the build goes on, and its error line still advises a command
    # line (it printed the Python call `build([...], entities=False, index=...)`).
    code, _, err = invoke("build", "--index", str(idx), "--no-entities", str(other), str(good))
    assert (
        code == 2
        and (
            f"indexer: error: no such file or folder: {other}: it is still in the index as src/other.txt: to drop it, "
            f"update the index from the folder it was indexed from: 'indexer build {src} --no-entities --index {idx}'"
        )
        in err.splitlines()
    )
    never = src / "never.txt"
    assert invoke("build", "--index", str(idx), "--no-entities", str(never))[2] == (
        f"indexer: error: no such file or folder: {never}: check the path\n"
    )
    assert invoke("build", "--index", str(idx), "--no-entities", str(src))[0] == 0  # the advised build
    code, out, _ = invoke("search", "timetable", "--index", str(idx), "--count")
    assert (code, out.strip()) == (1, "0")


def test_a_rebuild_stops_at_a_path_that_names_nothing(tmp_path: Path) -> None:
    # --rebuild drops the articles PATHS do not hold: going on past a mistyped folder
    # (`--rebuild a bb` for `a b`) dropped b's articles. A rebuild stops there, nothing written.
    for name, title in (("a", "Bridge closes"), ("b", "Ferry timetable")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "page.txt").write_text(f"{title}\n\n" + "\n\n".join(PROSE) + "\n", encoding="utf-8")
    idx = tmp_path / "idx"
    a, b, typo = (str(tmp_path / n) for n in ("a", "b", "bb"))
    assert invoke("build", "--index", str(idx), "--no-entities", a, b)[0] == 0
    before = sorted(p.name for p in idx.iterdir())
    code, _, err = invoke("build", "--rebuild", "--index", str(idx), "--no-entities", a, typo)
    assert (code, err) == (2, f"indexer: error: no such file or folder: {typo}: check the path (did you mean {b}?)\n")
    assert sorted(p.name for p in idx.iterdir()) == before
    code, out, _ = invoke("search", "timetable", "--index", str(idx), "--count")
    assert (code, out.strip()) == (0, "1")
    # Without --rebuild the build goes on past it and drops nothing (b is not a folder built).
    code, _, err = invoke("build", "--index", str(idx), "--no-entities", a, typo)
    assert code == 2 and "1 path not found (error above)" in err
    assert invoke("search", "timetable", "--index", str(idx), "--count")[1].strip() == "1"


def test_the_summary_counts_each_bad_path_as_what_it_is(tmp_path: Path) -> None:
    # "3 files not read" was said of a missing path, a folder of no article and a glob too.
    good, binary, _ = _files(tmp_path)
    (tmp_path / "hollow").mkdir()
    args = [str(good), str(binary), str(tmp_path / "hollow"), str(tmp_path / "gone"), f"{tmp_path}/*.html"]
    code, _, err = invoke("build", "--index", str(tmp_path / "idx"), "--no-entities", *args)
    assert code == 2
    assert (
        "1 added, 0 updated, 0 unchanged, 0 removed, 1 file not read, 1 folder not read, "
        "1 pattern matching no article, 1 path not found (errors above); 5 paragraphs written"
    ) in err.splitlines()[-1]
