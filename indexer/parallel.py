"""Entity tagging in worker processes, in order, with bounded memory.

spaCy's NER is the slow stage of a build (hundreds of paragraphs a second per core), so on a
large build it runs in worker processes while the main process reads, segments and writes the
index. Articles go out in chunks; at most a few chunks are in flight, so a corpus larger than
memory streams.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from types import FrameType

from .models import Article

CHUNK_ARTICLES = 32


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
    die_with_parent()
    signal.signal(signal.SIGINT, _WorkerInterrupt.handle)
    from .entities import load_pipeline

    load_pipeline()


def _tag_chunk(articles: list[Article]) -> list[Article]:
    """The articles tagged, in order; KeyboardInterrupt once the worker has seen Ctrl-C."""
    from .entities import tag_articles

    if _WorkerInterrupt.seen:
        raise KeyboardInterrupt
    _WorkerInterrupt.busy = True
    try:
        return list(tag_articles(articles))
    finally:
        _WorkerInterrupt.busy = False


def tag_in_processes(articles: Iterable[Article], workers: int) -> Iterator[Article]:
    # spawn, not fork: the parent may hold Whoosh files and locks that a child must not inherit.
    context = multiprocessing.get_context("spawn")
    it = iter(articles)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker) as pool:
        in_flight: deque[Future[list[Article]]] = deque()
        try:
            while True:
                while len(in_flight) < workers * 2:
                    chunk = list(islice(it, CHUNK_ARTICLES))
                    if not chunk:
                        break
                    in_flight.append(pool.submit(_tag_chunk, chunk))
                if not in_flight:
                    return
                yield from in_flight.popleft().result()
        finally:
            for future in in_flight:
                future.cancel()
