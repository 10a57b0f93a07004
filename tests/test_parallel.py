"""Tagging worker processes (indexer.parallel): Ctrl-C ends a worker's chunk at once."""

from __future__ import annotations

import signal
from collections.abc import Iterable, Iterator

import pytest

from indexer import entities, parallel
from indexer.models import Article

State = parallel._WorkerInterrupt


@pytest.fixture(autouse=True)
def fresh_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(State, "seen", False)
    monkeypatch.setattr(State, "busy", False)


def test_ctrl_c_stops_the_running_chunk_and_the_queued_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """A build with 2 workers took 15 s to end after Ctrl-C: the pool waited for its running
    chunks. Ctrl-C (to the whole process group) now ends a worker's chunk where it is."""
    tagged: list[int] = []

    def tag(articles: Iterable[Article]) -> Iterator[Article]:
        for n, article in enumerate(articles):
            if n == 1:
                State.handle(signal.SIGINT, None)  # Ctrl-C arrives mid-chunk
            tagged.append(n)
            yield article

    monkeypatch.setattr(entities, "tag_articles", tag)
    chunk = [Article(id=f"a{n}.txt", path=f"a{n}.txt", content_hash=str(n), title="", paragraphs=[]) for n in range(3)]
    with pytest.raises(KeyboardInterrupt):
        parallel._tag_chunk(chunk)
    assert tagged == [0] and State.seen and not State.busy
    with pytest.raises(KeyboardInterrupt):  # a chunk that was queued is refused untouched
        parallel._tag_chunk(chunk)
    assert tagged == [0]


def test_an_idle_worker_only_notes_ctrl_c() -> None:
    State.handle(signal.SIGINT, None)  # no KeyboardInterrupt: it would kill the idle worker
    assert State.seen
