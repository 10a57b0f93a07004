"""Build messages name each file as the user gave it: the PATHS argument as typed and the path
under it, never an absolute path for one file and the typed one for the next (a trial of BBC
printed `skipped corpus/bbc/README.TXT` beside `/work/shared/corpus/bbc/sport/199.txt: not
valid UTF-8`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import main
from indexer.errors import Advice


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
        "indexer: warning: skipped page of no article text: news/world/menu.txt: only page chrome, nothing to index "
        "(see 'indexer parse news/world/menu.txt')",
        "indexer: warning: news/world/latin1.txt: not valid UTF-8 (byte 3); decoded as Windows-1252 (a guess): "
        "if letters look wrong, give its encoding with --encoding NAME; if they look right, --encoding cp1252 keeps "
        "this reading without this warning",
    ]
    assert str(tmp_path) not in result.stderr


def test_the_taggers_warnings_name_files_as_typed_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The entity tagger's own warnings ("text in German (de): entities not tagged ...") are
    # made by the process that tags, from the Article it is sent: the file as typed travels on
    # the Article (`where`), so the warning is made right there, not rewritten afterwards.
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "de.txt").write_text(
        "Neue Regierung\n\nDie neue Regierung wurde am Montag in Berlin vereidigt, nachdem die Parteien "
        "wochenlang verhandelt hatten.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "news", "--index", "idx", "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert "indexer: warning: news/de.txt: text in German (de): entities not tagged in 2 paragraphs" in result.stderr
    assert str(tmp_path) not in result.stderr


def test_articles_carry_the_file_as_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Document and Article carry `where` (the file as typed) from the reader on, so every stage
    # builds its warnings with it; an absolute path given stays absolute.
    from indexer import sources
    from indexer.pipeline import parse_ref

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "menu.txt").write_text("Home\n\nNews\n\nSport\n\nContact us\n\nPrivacy policy\n")
    monkeypatch.chdir(tmp_path)
    (typed,) = sources.find_sources(["news"])
    (absolute,) = sources.find_sources([str(tmp_path / "news")])
    article = parse_ref(typed)
    assert (article.where, article.path) == ("news/menu.txt", str(tmp_path / "news" / "menu.txt"))
    (warning,) = article.warnings
    assert str(warning).startswith("news/menu.txt: no article text found (5 blocks, all page chrome)")
    assert isinstance(warning, Advice) and [c.args for c in warning.commands] == [("news/menu.txt",)]
    assert parse_ref(absolute).where == str(tmp_path / "news" / "menu.txt")
