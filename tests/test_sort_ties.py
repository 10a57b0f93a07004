"""Hits of equal score come in article and paragraph order, not in the order the paragraphs were
written (their document numbers): an index updated in place listed them otherwise than a fresh
build of the same files. And `--sort article` is the article order users reach for (last round's
new user), the order `--sort position` gives. Articles of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import invoke

SAME = "The harbour pilots refused the night shift on Monday."


def _write(folder: Path, name: str, other: str) -> None:
    (folder / name).write_text(f"{name[:-4].title()} news\n\n{SAME}\n\n{other}\n", encoding="utf-8")


@pytest.fixture
def updated(tmp_path: Path) -> Path:
    """An index of a.txt and b.txt (the same paragraph in each), then a.txt changed and the index
    updated: a.txt's paragraphs are written again, after b.txt's."""
    folder = tmp_path / "news"
    folder.mkdir()
    _write(folder, "a.txt", "Dock workers met the port authority to discuss the rota.")
    _write(folder, "b.txt", "A ferry was delayed by fog in the estuary for two hours.")
    idx = tmp_path / "idx"
    assert invoke("build", "--no-entities", "--index", str(idx), str(folder))[0] == 0
    _write(folder, "a.txt", "Dock workers met the port authority again to discuss the rota.")
    code, _, err = invoke("build", "--no-entities", "--index", str(idx), str(folder))
    assert code == 0 and "1 updated" in err
    return idx


def _hits(idx: Path, *args: str) -> list[tuple[str, int, float]]:
    code, out, err = invoke("search", *args, "--index", str(idx), "--jsonl", "--fields", "article_id,paragraph,score")
    assert code == 0, err
    return [(h["article_id"], h["paragraph"], h["score"]) for h in map(json.loads, out.splitlines())]


@pytest.mark.parametrize("whoosh", ["", "1"])  # numpy's ranking, and Whoosh's (INDEXER_WHOOSH_RANKING)
def test_equal_scores_in_article_order_after_an_update(
    updated: Path, whoosh: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if whoosh:
        monkeypatch.setenv("INDEXER_WHOOSH_RANKING", "1")
    else:
        monkeypatch.delenv("INDEXER_WHOOSH_RANKING", raising=False)
    hits = _hits(updated, "pilots night shift")
    assert [(a, p) for a, p, _ in hits] == [("news/a.txt", 2), ("news/b.txt", 2)]
    assert hits[0][2] == hits[1][2]
    # The page cut among equal scores takes the first in article order too.
    assert [(a, p) for a, p, _ in _hits(updated, "pilots night shift", "-n", "1")] == [("news/a.txt", 2)]


def test_sort_article_is_article_and_paragraph_order(updated: Path) -> None:
    by_article = _hits(updated, "harbour OR ferry OR dock", "--sort", "article")
    assert [(a, p) for a, p, _ in by_article] == [
        ("news/a.txt", 2),
        ("news/a.txt", 3),
        ("news/b.txt", 2),
        ("news/b.txt", 3),
    ]
    assert by_article == _hits(updated, "harbour OR ferry OR dock", "--sort", "position")
