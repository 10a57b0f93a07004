"""The build's first pass (each folder's pages read for their repeated blocks, sites.py) shows
its progress as the second pass does: a bar on a terminal (click's, as the articles'), lines in
a log once it has run a while. It said nothing: a large folder's first pass looked hung. Pages
of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import write_corpus


def test_the_build_tells_reading_of_each_file_of_the_first_pass(tmp_path: Path) -> None:
    from indexer.pipeline import build

    write_corpus(tmp_path / "news", 5, paragraphs=2)
    told: list[tuple[int, int, int]] = []
    articles: list[tuple[int, int, int]] = []
    news, idx = str(tmp_path / "news"), str(tmp_path / "idx")
    build([news], idx, entities=False, reading=lambda *a: told.append(a), progress=lambda *a: articles.append(a))
    assert told == [(n, 5, 0) for n in range(5)]  # before each file: the files read so far, of all
    assert articles and articles[-1][:2] == (5, 5)  # then the articles' own progress, as before
    told.clear()
    build([news], idx, entities=False, reading=lambda *a: told.append(a))
    assert told == []  # nothing changed: nothing read


def test_log_lines_say_a_long_first_pass_only(capsys: pytest.CaptureFixture[str]) -> None:
    from indexer.cli import _LineProgress

    now = [0.0]
    progress = _LineProgress(entities=False, interval=10, clock=lambda: now[0], heartbeat=False)
    for n in range(4):  # a small build's first pass: done within the interval, no line
        progress.reading(n, 4)
    assert capsys.readouterr().err == ""
    now[0] = 12
    progress.reading(2_000, 19_043)
    now[0] = 15
    progress.reading(3_000, 19_043)  # one line an interval
    now[0] = 23
    progress.reading(9_600, 19_043)
    progress(10_000, 19_043, 0)  # the articles' first line, as before
    assert capsys.readouterr().err.splitlines() == [
        "indexer: reading 2,000/19,043 files (10%): the blocks repeated across each folder's pages",
        "indexer: reading 9,600/19,043 files (50%): the blocks repeated across each folder's pages",
        "indexer: checking 19,043 files for changes (10,000 checked so far), indexing the new and changed",
    ]


def test_the_terminal_bar_of_the_first_pass_gives_way_to_the_articles(capsys: pytest.CaptureFixture[str]) -> None:
    from indexer.cli import _BuildProgress

    progress = _BuildProgress(entities=False, heartbeat=False)
    progress.reading(0, 40)
    progress.reading(25, 40)
    assert progress.bar is not None and (progress.bar.label, progress.bar.pos) == ("reading", 25)
    progress(0, 40, 0)
    assert progress.bar is not None and (progress.bar.label, progress.bar.pos, progress.bar.length) == (
        "indexing",
        0,
        40,
    )
    progress.clear()
