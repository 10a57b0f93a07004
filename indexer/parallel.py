"""Work in worker processes, in order, with bounded memory: entity tagging and parsing.

spaCy's NER (hundreds of paragraphs a second per core) and segmenting (~40 ms a page) are the
slow stages of a build, so on a large build they run in worker processes while the main process
reads and writes the index; `indexer parse` of many files reads and segments them in worker
processes while the main process prints. Items go out in chunks; at most a few chunks are in
flight, so a corpus larger than memory streams, and results come back in the items' order
whatever the workers' speed.

Ctrl-C reaches the whole process group: the workers ignore it from their very start (the parent
holds SIGINT back while it starts them: _held_interrupts; init_process), and the parent, which
handles it, kills them (map_in_processes left early, stop_workers), so an interrupted command
prints its one line and no worker runs on.
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
from contextlib import contextmanager
from itertools import islice
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


# The signals a worker leaves to its parent: Ctrl-C and `timeout`/`kill` reach the whole process
# group, and the parent, which handles them, stops its workers (stop_workers).
_INTERRUPTS = {signal.SIGINT, signal.SIGTERM}


def init_process() -> None:
    """What every worker does first: ignore Ctrl-C (SIGINT) and die of SIGTERM, then let both in
    (the parent held them back while it started this process: _held_interrupts), and die with
    its parent. Ctrl-C reaches the whole process group: the parent cancels the build and stops
    its workers; a worker taking it too printed a traceback (a KeyboardInterrupt during its
    interpreter's start-up: "Fatal Python error: init_import_site", or in its pool's loop)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the parent's handler
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _INTERRUPTS)
    die_with_parent()


def _init_worker() -> None:
    init_process()
    from .entities import load_pipeline

    load_pipeline()


@contextmanager
def _held_interrupts() -> Iterator[None]:
    """Hold back SIGINT and SIGTERM in this thread while worker processes start (a pool starts
    them as work is submitted): the signal mask is inherited through fork and exec, so a new
    worker takes neither until init_process ignores Ctrl-C (the standard library's resource
    tracker starts the same way). A signal that came meanwhile reaches this process afterwards,
    so a Ctrl-C is never lost, and never falls between a worker's start and its registration
    in the pool (a worker the pool does not know would not be stopped)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _tag_articles(articles: list[Article]) -> list[Article]:
    from .entities import tag_articles

    return list(tag_articles(articles))


# The pools running now, for stop_workers; held until each has shut down (map_in_processes,
# _stop): a map ended by Ctrl-C half-way through its pool's shutdown is garbage at once, and a
# weak set lost its pool while the workers ran on (the command hung at exit, waiting for them).
_LIVE: set[ProcessPoolExecutor] = set()


def _stop(pool: ProcessPoolExecutor) -> None:
    """End `pool` now: its workers killed (they ignore Ctrl-C, and a chunk of tagging runs for
    seconds; what they were doing is thrown away), their queued work cancelled, its threads
    and processes joined, so that nothing runs on and nothing waits at exit for them."""
    processes = getattr(pool, "_processes", None) or {}  # Python 3.14 has pool.kill_workers()
    for process in list(processes.values()):
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)
    _LIVE.discard(pool)


def stop_workers() -> None:
    """Kill the worker processes of every pool of this process still running (map_in_processes):
    what an interrupted command calls before it exits (the CLI's Ctrl-C), so that no worker
    runs on and the exit does not wait for the chunks in flight. Safe to call at any time."""
    for pool in list(_LIVE):
        _stop(pool)


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
    are pickled by name), and `initializer` must call init_process first; an exception `work`
    raises comes out here, at its chunk's place. At most 2 chunks a worker are in flight. The
    workers ignore Ctrl-C: an exception here (KeyboardInterrupt) or the iterator closed before
    its end kills them (stop_workers does it from outside). `start_method`: "spawn" unless the
    caller knows fork is safe (fork_is_safe)."""
    context = multiprocessing.get_context(start_method)
    it = iter(items)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer)
    _LIVE.add(pool)
    finished = False
    try:
        in_flight: deque[Future[list[R]]] = deque()
        while True:
            while len(in_flight) < workers * 2:
                chunk = list(islice(it, chunk_size))
                if not chunk:
                    break
                with _held_interrupts():
                    in_flight.append(pool.submit(work, chunk))
            if not in_flight:
                break
            yield from in_flight.popleft().result()
        finished = True
    finally:
        if finished:
            # Known to stop_workers until its shutdown has returned: a Ctrl-C while it waits
            # for the workers to exit left them running, and the command hung at exit.
            pool.shutdown(wait=True)
            _LIVE.discard(pool)
        else:
            _stop(pool)


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
