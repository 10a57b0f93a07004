"""A build's warnings: the first of each kind with a count of the rest, so a folder of 10,000
German articles or binary files does not print 10,000 lines, nor a folder of pages in eight
languages a few lines and a count line for each language (found by new-user trials)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from indexer.cli import main
from indexer.render import WARNINGS_PER_KIND, collapse_warnings


def test_collapse_keeps_the_first_of_each_kind_and_counts_the_rest() -> None:
    german = [f"news/de{i}.txt: text in German (de): entities not tagged in {i + 2} paragraphs" for i in range(8)]
    french = ["news/fr.txt: text in French (fr): entities not tagged in 1 paragraph"]
    control = ["news/c.txt: 1 control character removed"]
    lines = collapse_warnings(german[:4] + french + control + german[4:], per_kind=3)
    # every language one kind, counted by language; a count's singular and plural one kind
    assert lines == [
        german[0],
        german[1],
        german[2] + " (and 6 more like it: de 5, fr 1; --verbose lists every one)",
        control[0],
    ]
    assert collapse_warnings(german + french) == [
        german[0] + " (and 8 more like it: de 7, fr 1; --verbose lists every one)"
    ]
    assert collapse_warnings(german) == [german[0] + " (and 7 more like it; --verbose lists every one)"]


def test_collapse_keeps_everything_when_asked_or_when_few() -> None:
    many = [f"skipped binary file: f/b{i}.txt: expected text" for i in range(9)]
    assert collapse_warnings(many, per_kind=0) == many
    assert collapse_warnings(many[:2]) == many[:2]  # a count line would save none
    # a path in the middle of the message is not what tells kinds apart
    assert collapse_warnings(many, per_kind=1) == [many[0] + " (and 8 more like it; --verbose lists every one)"]


def _folder_of_binary_files(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "f"
    folder.mkdir()
    for i in range(n):
        (folder / f"b{i}.txt").write_bytes(bytes(range(256)) * 2)
    (folder / "good.txt").write_text("A title\n\nA paragraph about Paris and London.\n", encoding="utf-8")
    return folder


def test_build_prints_a_count_instead_of_every_skipped_file(tmp_path: Path) -> None:
    folder = _folder_of_binary_files(tmp_path, WARNINGS_PER_KIND + 3)
    args = ["build", str(folder), "--index", str(tmp_path / "ix"), "--no-entities"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("indexer: warning:")]
    assert len(lines) == WARNINGS_PER_KIND
    assert all("skipped binary file" in line for line in lines)
    assert lines[-1].endswith(" (and 3 more like it; --verbose lists every one)")
    assert "1 article" in result.stderr and f"{WARNINGS_PER_KIND + 3} skipped" in result.stderr

    verbose = CliRunner().invoke(main, [*args[:3], str(tmp_path / "ix2"), "--no-entities", "--verbose"])
    every = [line for line in verbose.stderr.splitlines() if line.startswith("indexer: warning:")]
    assert len(every) == WARNINGS_PER_KIND + 3 and "more like" not in verbose.stderr
