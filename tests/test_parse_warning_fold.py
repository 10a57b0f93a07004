"""`indexer parse` of a folder prints the first warning of each kind as it comes and counts the
rest at the end, as a build does (render.WarningFold); --verbose prints every one. A new user's
folder of 40 pages printed 34 lines of one warning, one a file, where `build` said one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.render import WarningFold

# A page in Windows-1252 ("café"): read with a guess, and a warning says so, once a file.
PAGE = (
    b"Caf\xe9 news number {n}\n\nThe caf\xe9 in the old town reopened on Monday after a long renovation, "
    b"the owner said, and the first guests were served at seven in the morning."
)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    for n in range(1, 4):
        (tmp_path / f"p{n}.txt").write_bytes(PAGE.replace(b"{n}", str(n).encode()))
    return tmp_path


def _warnings(folder: Path, *more: str) -> list[str]:
    result = CliRunner().invoke(main, ["parse", str(folder), "--no-entities", "--jsonl", *more])
    assert result.exit_code == 0, result.stderr
    return result.stderr.splitlines()


def test_a_folder_gives_one_warning_of_a_kind_and_a_count(folder: Path) -> None:
    lines = _warnings(folder)
    assert len(lines) == 2
    assert lines[0].startswith(f"indexer: warning: {folder / 'p1.txt'}: not valid UTF-8")
    assert lines[1] == f"indexer: warning: and 2 more like the one on {folder / 'p1.txt'} (--verbose lists every one)"


def test_verbose_gives_every_one(folder: Path) -> None:
    lines = _warnings(folder, "--verbose")
    assert [line.split(": ")[2] for line in lines] == [str(folder / f"p{n}.txt") for n in range(1, 4)]


def test_the_count_names_the_languages_of_the_rest() -> None:
    fold = WarningFold(1)
    messages = [f"a/{n}.txt: text in {lang}: entities not tagged in 3 paragraphs" for n, lang in
                enumerate(["German (de)", "German (de)", "French (fr)", "German (de)"])]  # fmt: skip
    assert [m for m in messages if fold.take(m)] == messages[:1]
    assert fold.rest() == ["and 3 more like the one on a/0.txt: de 2, fr 1 (--verbose lists every one)"]
    one_more = WarningFold(1)
    assert [one_more.take(m) for m in messages[:2]] == [True, False]
    assert one_more.rest() == [messages[1]]  # a count would take the place of the one it counts
