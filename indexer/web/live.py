"""The index a long-running server reads: one IndexSearcher, reopened when a build switches
generations, so every request sees the old index or the new one, never a half-written one."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from ..errors import IndexerError
from ..search import IndexSearcher
from ..store import MANIFEST_NAME, resolve_index_dir

T = TypeVar("T")
# How often `watch` looks for a new generation: a stat of the manifest (~5 us) twice a second.
WATCH_SECONDS = 0.5
# The search `_warmed` runs: a word nearly every news paragraph set has, so that highlighting and
# facet counting run too (a word with no hits still loads the rest).
WARM_QUERY = "said"


def _warmed(searcher: IndexSearcher) -> IndexSearcher:
    """`searcher`, after one search with facets (which loads the corpus-names table, the
    segments' postings and mentions arrays, and imports the modules of the search path): the
    first real search then costs what any search does (~0.2 s of CPU less on BBC + Reuters)."""
    from ..models import SearchRequest

    searcher.names  # noqa: B018 (loads the table)
    searcher.search(SearchRequest(WARM_QUERY, limit=1, facets=True))
    return searcher


class LiveIndex:
    """An index folder served read-only to many requests (threads), one at a time.

    A build writes a new generation beside the live one and switches by replacing the manifest
    (store.py), so the manifest file's identity (inode, mtime, size: a `stat`, ~5 us) tells
    when to reopen: checked before every request, the searcher opened on the generation the
    manifest names. Requests are serialised by a lock: an IndexSearcher's readers share file
    positions, and the work is CPU-bound under the GIL, so threads would not run it faster.

    Raises IndexNotFoundError / IndexFormatError (store.py) from `use` when the folder holds no
    readable index (removed, or never built); the next request tries again.
    """

    def __init__(self, index: str | os.PathLike[str] | None = None) -> None:
        self.index_dir: Path = resolve_index_dir(index)
        self._lock = threading.Lock()
        self._searcher: IndexSearcher | None = None
        self._key: tuple[int, int, int] | None = None
        self._cache: dict[Any, Any] = {}
        self._local = threading.local()  # per request thread: ms spent holding the index

    def _manifest_key(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.index_dir / MANIFEST_NAME)
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _reopen(self, key: tuple[int, int, int] | None) -> IndexSearcher:
        self._close()
        self._searcher = IndexSearcher(self.index_dir)  # raises IndexerError when unreadable
        self._key = key
        return self._searcher

    def _close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._key = None
        self._cache.clear()

    @contextmanager
    def _current(self) -> Iterator[IndexSearcher]:
        with self._lock:
            started = time.perf_counter()
            try:
                key = self._manifest_key()
                searcher = self._searcher
                if searcher is None or key != self._key:
                    searcher = self._reopen(key)
                yield searcher
            finally:
                self._local.work = getattr(self._local, "work", 0.0) + time.perf_counter() - started

    def take_work_ms(self) -> float:
        """Milliseconds this thread held the index since the last call (the search itself,
        without waiting for other requests): the `index` metric of the Server-Timing header."""
        work, self._local.work = getattr(self._local, "work", 0.0), 0.0
        return work * 1000

    def use(self, work: Callable[[IndexSearcher], T]) -> T:
        """`work(searcher)` on the live generation. A failure that is not the library's own
        error (a file of the old generation removed by a build under an open reader) is retried
        once on a freshly opened searcher; IndexerError (a bad query) is the caller's."""
        with self._current() as searcher:
            try:
                return work(searcher)
            except IndexerError:
                raise
            except Exception:
                if self._manifest_key() == self._key:
                    raise  # the index did not change: a real fault, not a switch
                return work(self._reopen(self._manifest_key()))

    def cached(self, key: Any, work: Callable[[IndexSearcher], T]) -> T:
        """`work(searcher)`'s result, kept until the index changes (entity lists, stats)."""

        def run(searcher: IndexSearcher) -> T:
            if key not in self._cache:
                self._cache[key] = work(searcher)
            return self._cache[key]

        return self.use(run)

    def refresh(self) -> bool:
        """Open the generation a build has just switched to, warm it, and swap it in, without
        holding the index meanwhile: requests go on with the old generation (its files stay
        open) until the new one is ready, instead of the first request after the switch paying
        its opening (`watch` calls this). True when it swapped; False when nothing changed, the
        index cannot be read (the next request reports why) or it changed again meanwhile."""
        key = self._manifest_key()
        if key is None or key == self._key:
            return False
        try:
            fresh = _warmed(IndexSearcher(self.index_dir))
        except Exception:  # noqa: BLE001 (a request opens it itself and reports the error)
            return False
        with self._lock:
            # Opened after `key` was read, so at least that new: installed only if still current.
            if self._manifest_key() != key or self._key == key:
                fresh.close()
                return False
            self._close()
            self._searcher, self._key = fresh, key
        return True

    def watch(self, stop: threading.Event, interval: float = WATCH_SECONDS) -> None:
        """Until `stop` is set: every `interval` seconds, a `stat` of the manifest and, when a
        build switched generations, `refresh` (run in a thread by `serve`)."""
        while not stop.wait(interval):
            try:
                self.refresh()
            except Exception:  # noqa: BLE001, S112 (never let the watcher die: requests reopen anyway)
                continue

    def open(self) -> None:
        """Open the index now (start-up), so a missing or foreign index fails before serving."""
        self.use(lambda searcher: None)

    def close(self) -> None:
        with self._lock:
            self._close()
