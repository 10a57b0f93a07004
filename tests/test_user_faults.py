"""Small faults a user meets (issue 17, item 5), each on a small input written here."""

from __future__ import annotations

import re

from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.errors import IndexerError, SourceError
from indexer.sources import find_sources, is_folder_doc
from indexer.store import resolve_index_dir

ARTICLE = "Harbour News\n\nThe harbour council met on Tuesday, officials said. It approved the budget.\n"
EMPTY_INDEX = "indexer: error: empty --index: give a folder, or leave it out to use $INDEXER_INDEX or ./.indexer\n"


@pytest.mark.parametrize(
    "command", [["search", "harbour"], ["build", "{news}"], ["stats"], ["entities"], ["show", "a.txt"]]
)
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_index_option_is_an_error_not_the_default_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], value: str
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # where ./.indexer would be made or read
    args = [a.replace("{news}", str(news)) for a in command]
    result = CliRunner().invoke(main, [*args, "--index", value], env={"INDEXER_INDEX": ""})
    assert (result.exit_code, result.stderr, result.stdout) == (2, EMPTY_INDEX, "")
    assert not (tmp_path / ".indexer").exists()


def test_the_library_refuses_an_empty_index_too_and_still_reads_the_environment(monkeypatch) -> None:
    with pytest.raises(IndexerError, match=r"^empty index: give a folder"):
        resolve_index_dir("")
    monkeypatch.setenv("INDEXER_INDEX", "/tmp/elsewhere")
    assert resolve_index_dir(None) == Path("/tmp/elsewhere")
    monkeypatch.setenv("INDEXER_INDEX", "")  # an empty variable is an unset one
    assert resolve_index_dir(None) == Path(".indexer")


def test_trust_of_an_empty_folder_name_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["trust", ""])
    assert result.exit_code == 2 and "Invalid value for 'DIR': empty" in result.stderr


def test_a_folders_readme_and_license_are_not_articles(tmp_path: Path) -> None:
    (tmp_path / "business").mkdir()
    (tmp_path / "business" / "001.txt").write_text(ARTICLE, encoding="utf-8")
    for name in ("README.TXT", "readme.md", "LICENSE.txt", "Licence.md", "COPYING.txt", "ChangeLog.md"):
        (tmp_path / name).write_text("About this corpus.\n\nFor research use.\n", encoding="utf-8")
    (tmp_path / "business" / "readmission-rates.txt").write_text(ARTICLE, encoding="utf-8")  # a prefix only
    skipped: list[tuple[str, str]] = []
    refs = find_sources([str(tmp_path)], skipped=skipped)
    ids = [f"{tmp_path.name}/business/001.txt", f"{tmp_path.name}/business/readmission-rates.txt"]
    assert [r.id for r in refs] == ids
    assert len(skipped) == 6 and all("not an article (name the file itself to index it)" in r for _, r in skipped)
    # by a glob too; named on its own, a README is read like any file
    globbed: list[tuple[str, str]] = []
    found = find_sources([str(tmp_path / "**" / "*.*")], skipped=globbed)
    assert [r.id for r in found] == ids
    assert len(globbed) == 6
    assert [r.id for r in find_sources([str(tmp_path / "README.TXT")])] == [f"{tmp_path.name}/README.TXT"]
    with pytest.raises(SourceError, match="only a folder's README-type files"):
        find_sources([str(tmp_path / "*.md")])
    assert is_folder_doc(Path("README.de.md")) and not is_folder_doc(Path("news.txt"))


def test_a_build_says_which_files_it_left_out_as_folder_documentation(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news" / "README.TXT").write_text("About this corpus.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "news"), "--index", str(tmp_path / "idx"), "--no-entities"]
    )
    assert result.exit_code == 0, result.stderr
    assert "indexer: warning: skipped " in result.stderr and "README.TXT: a folder's README file" in result.stderr
    assert ": 1 article, 2 paragraphs (1 added, 0 updated, 0 unchanged, 0 removed, 1 skipped;" in result.stderr


def test_a_path_that_is_there_but_no_file_is_not_called_missing(tmp_path: Path) -> None:
    """A device or a named pipe given as PATHS exists: "no such file" would send the user
    looking for a typo. A link to a pipe (the shell's `<(cmd)`, /dev/fd/63) is neither a loop
    nor broken: it said "symbolic link loop"."""
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (tmp_path / "fd63").symlink_to(fifo)
    for path, what in (
        (str(fifo), "a named pipe (FIFO)"),
        (str(tmp_path / "fd63"), "a named pipe (FIFO)"),
        (os.devnull, "a device"),
    ):
        with pytest.raises(SourceError, match=re.escape(f"not a file or folder: {path} is {what}: save its text")):
            find_sources([path])
    result = CliRunner().invoke(main, ["parse", os.devnull])
    assert (result.exit_code, result.stderr) == (
        2,
        f"indexer: error: not a file or folder: {os.devnull} is a device: save its text to a file first, "
        "or give a file of articles, a folder or a glob\n",
    )


def test_an_interrupt_is_one_line_on_a_pipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """click's own handling prints an empty line first (to end a terminal's ^C line): on a pipe
    or in a log the error is the one line."""
    from indexer import pipeline

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "build", interrupted)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "--index", str(tmp_path / "idx")])
    assert (result.exit_code, result.stderr) == (
        130,
        "indexer: error: interrupted: nothing was changed by the unfinished work\n",
    )


def test_a_write_failure_says_what_is_left_an_old_index_or_none(tmp_path: Path) -> None:
    """'the previous index is unchanged' only when there was one: a first build that cannot
    write (no such parent, read-only, full disk) made no index."""
    from indexer.pipeline import build
    from indexer.store import _os_error

    full = OSError(28, "No space left on device")
    new = _os_error(tmp_path / "new", full)
    assert str(new) == (
        f"cannot write index at {tmp_path / 'new'}: No space left on device: no index was made; "
        "free some space, or give --index a folder on another disk"
    )
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    build([str(tmp_path / "a.txt")], str(tmp_path / "idx"), entities=False)
    old = _os_error(tmp_path / "idx", full)
    assert str(old).endswith(
        ": No space left on device: the previous index is unchanged; free some space, or give --index a folder on another disk"
    )
