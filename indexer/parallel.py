"""Work in worker processes, in order, with bounded memory: entity tagging and parsing.

spaCy's NER is the slow stage of a build (hundreds of paragraphs a second per core), so on a
large build it runs in worker processes while the main process reads, segments and writes the
index; `indexer parse` of many files reads and segments them in worker processes while the main
process prints. Items go out in chunks; at most a few chunks are in flight, so a corpus larger
than memory streams, and results come back in the items' order whatever the workers' speed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from types import FrameType
from typing import TypeVar

from .models import Article

CHUNK_ARTICLES = 32
# Files a parsing chunk holds: a page takes ~40 ms, so a chunk is a fraction of a second, the
# two workers stay even to the last chunk and the first lines print at once.
CHUNK_FILES = 8

T = TypeVar("T")
R = TypeVar("R")


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent dies (Linux PR_SET_PDEATHSIG): a
    build killed with kill -9 left its two tagging workers running (130 MB each, minutes
    later). Elsewhere a no-op. Called first thing in a worker process."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    known = multiprocessing.parent_process()
    parent = known.pid if known is not None else os.getppid()
    pr_set_pdeathsig = 1  # <linux/prctl.h>
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


class _WorkerInterrupt:
    """A worker's Ctrl-C state. Ctrl-C reaches the whole process group: the parent cancels the
    build, and its pool's shutdown waits for the chunks already running (with 2 workers, 15 s
    after Ctrl-C on a loaded machine). So a worker stops its chunk at once, the KeyboardInterrupt
    going back to the parent as the chunk's result, and refuses the chunks still queued; an idle
    worker only notes it (a KeyboardInterrupt there would kill it with a traceback)."""

    busy = False
    seen = False

    @classmethod
    def handle(cls, signum: int, frame: FrameType | None) -> None:
        cls.seen = True
        if cls.busy:
            raise KeyboardInterrupt


def _init_worker() -> None:
    init_process()
    from .entities import load_pipeline

    load_pipeline()


def init_process() -> None:
    """What every worker does first: die with its parent, take Ctrl-C as _WorkerInterrupt says."""
    die_with_parent()
    signal.signal(signal.SIGINT, _WorkerInterrupt.handle)


def _run_chunk(work: Callable[[list[T]], list[R]], chunk: list[T]) -> list[R]:
    """`work(chunk)`; KeyboardInterrupt once the worker has seen Ctrl-C (before or during it)."""
    if _WorkerInterrupt.seen:
        raise KeyboardInterrupt
    _WorkerInterrupt.busy = True
    try:
        return work(chunk)
    finally:
        _WorkerInterrupt.busy = False


def _tag_articles(articles: list[Article]) -> list[Article]:
    from .entities import tag_articles

    return list(tag_articles(articles))


def _tag_chunk(articles: list[Article]) -> list[Article]:
    """The articles tagged, in order; KeyboardInterrupt once the worker has seen Ctrl-C."""
    return _run_chunk(_tag_articles, articles)


def map_in_processes(
    work: Callable[[list[T]], list[R]],
    items: Iterable[T],
    workers: int,
    chunk_size: int,
    initializer: Callable[[], None] = init_process,
    start_method: str = "spawn",
) -> Iterator[R]:
    """`work` over `items` in `workers` processes, a chunk of `chunk_size` items at a time, the
    results in the items' order. `work` and `initializer` must be module-level functions (they
    are pickled by name); an exception `work` raises comes out here, at its chunk's place. At
    most 2 chunks a worker are in flight. Ctrl-C ends the running chunks (_WorkerInterrupt).
    `start_method`: "spawn" unless the caller knows fork is safe (fork_is_safe)."""
    context = multiprocessing.get_context(start_method)
    it = iter(items)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer) as pool:
        in_flight: deque[Future[list[R]]] = deque()
        try:
            while True:
                while len(in_flight) < workers * 2:
                    chunk = list(islice(it, chunk_size))
                    if not chunk:
                        break
                    in_flight.append(pool.submit(_run_chunk, work, chunk))
                if not in_flight:
                    return
                yield from in_flight.popleft().result()
        finally:
            for future in in_flight:
                future.cancel()


def fork_is_safe() -> bool:
    """Whether worker processes may be forked from this one: the platform forks, and this
    process runs no other thread (a web server calling the library) that a forked child would
    find half-way through a lock. A build never forks: it holds Whoosh files and locks that a
    child must not inherit."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def tag_in_processes(articles: Iterable[Article], workers: int) -> Iterator[Article]:
    """Entity-tag `articles` in `workers` processes (each loads the entity model), in order."""
    # spawn: the build holds Whoosh files and locks that a child must not inherit
    return map_in_processes(_tag_articles, articles, workers, CHUNK_ARTICLES, _init_worker)
