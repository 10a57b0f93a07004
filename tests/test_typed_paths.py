"""Build messages name each file as the user gave it: the PATHS argument as typed and the path
under it, never an absolute path for one file and the typed one for the next (a trial of BBC
printed `skipped corpus/bbc/README.TXT` beside `/work/shared/corpus/bbc/sport/199.txt: not
valid UTF-8`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main


def test_build_warnings_name_files_as_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = tmp_path / "news" / "world"
    news.mkdir(parents=True)
    (news / "ok.txt").write_text("Harbour\n\nThe harbour bridge reopened to traffic on Monday morning.\n")
    (news / "latin1.txt").write_bytes(b"Caf\xe9\n\nThe caf\xe9 by the harbour reopened on Monday morning.\n")
    (news / "empty.txt").write_bytes(b"")
    (news / "menu.txt").write_text("Home\n\nNews\n\nSport\n\nContact us\n\nPrivacy policy\n\nCookies\n")
    (tmp_path / "news" / "README.txt").write_text("What this folder holds.\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "news", "--index", "idx", "--no-entities", "-v"])
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("indexer: warning:")]
    assert warnings == [
        "indexer: warning: skipped news/README.txt: a folder's README file, not an article (name the file "
        "itself to index it)",
        "indexer: warning: skipped empty file: news/world/empty.txt: nothing to index",
        "indexer: warning: news/world/latin1.txt: not valid UTF-8 (byte 3); decoded as Windows-1252",
        "indexer: warning: news/world/menu.txt: no article text found (6 blocks, all page chrome); see "
        "'indexer parse news/world/menu.txt' for why each block was dropped",
    ]
    assert str(tmp_path) not in result.stderr


def test_the_taggers_warnings_name_files_as_typed_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The entity tagger's own warnings ("text in German (de): entities not tagged ...") are
    # added after reading, by the worker that tags: they named the file by its absolute path.
    from indexer import pipeline

    def tag(articles, entities, workers=0):  # type: ignore[no-untyped-def]
        for article in articles:
            article.warnings.append(f"{article.path}: text in German (de): entities not tagged in 1 paragraph")
            yield article

    monkeypatch.setattr(pipeline, "tag", tag)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Harbour\n\nThe harbour bridge reopened to traffic on Monday morning.\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "news", "--index", "idx", "--no-entities"])
    assert result.exit_code == 0, result.stderr
    assert "indexer: warning: news/a.txt: text in German (de): entities not tagged in 1 paragraph\n" in result.stderr
