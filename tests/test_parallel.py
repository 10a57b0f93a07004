"""Worker processes (indexer.parallel): they leave Ctrl-C to their parent, which kills them when
it stops early; results in order. (A real command interrupted: test_interrupt_workers.py.)"""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from indexer import parallel


def _slow_pids(chunk: list[int]) -> list[int]:
    """A chunk that takes a while: each item -> this worker's pid (module-level: pickled by name)."""
    time.sleep(0.2)
    return [os.getpid() for _ in chunk]


def _doubled(chunk: list[int]) -> list[int]:
    """A fast chunk, a little slower the earlier it comes: its results still come in order."""
    time.sleep(0.01 * (7 - chunk[0]) if chunk[0] < 7 else 0)
    return [2 * n for n in chunk]


def _signal_state(chunk: list[int]) -> list[object]:
    """What a worker does with SIGINT and SIGTERM, and which of them it holds back."""
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    return [signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), sorted(blocked)]


def _alive(pid: int) -> bool:
    try:
        state = next(x for x in Path(f"/proc/{pid}/status").read_text().splitlines() if x.startswith("State:"))
    except (OSError, StopIteration):
        return False
    return "zombie" not in state


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks on this platform")
def test_workers_ignore_ctrl_c_and_start_with_it_held_back() -> None:
    """A worker ignores SIGINT (its parent handles Ctrl-C) and dies of SIGTERM, and holds neither
    back once started; the parent held both back while it started it (_held_interrupts), so
    a Ctrl-C during its interpreter's start-up was never a KeyboardInterrupt in it."""
    before = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    state = list(parallel.map_in_processes(_signal_state, [0], 1, 1))
    assert state == [signal.SIG_IGN, signal.SIG_DFL, []]
    assert signal.pthread_sigmask(signal.SIG_BLOCK, set()) == before  # the parent's mask as it was


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_closing_early_kills_the_workers_at_once() -> None:
    """Left before its end (Ctrl-C in the consumer, a build that fails), the map kills its
    workers: they ignore Ctrl-C, and the pool's shutdown would wait for their chunks."""
    results = parallel.map_in_processes(_slow_pids, range(100), 2, 1)
    pid = next(results)
    assert _alive(pid) and parallel._LIVE
    results.close()
    assert not _alive(pid) and not parallel._LIVE


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_stop_workers_kills_every_running_pool() -> None:
    """What the CLI calls on Ctrl-C, whoever holds the map (a generator suspended in a build)."""
    results = parallel.map_in_processes(_slow_pids, range(100), 2, 1)
    pid = next(results)
    parallel.stop_workers()
    assert not _alive(pid) and not parallel._LIVE
    results.close()  # the map's own clean-up after that is harmless


def test_results_in_order_and_the_pool_closed_at_the_end() -> None:
    assert list(parallel.map_in_processes(_doubled, range(7), 2, 2)) == [0, 2, 4, 6, 8, 10, 12]
    assert not parallel._LIVE


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_ctrl_c_during_the_closing_shutdown_leaves_the_pool_to_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C while the map, at its end, waits for its pool to shut down: the pool stays known
    until that shutdown has returned, so stop_workers (the CLI's, on Ctrl-C) still ends it. It
    was forgotten first, and `indexer parse`, its "interrupted" line printed, hung at exit
    joining the workers the interrupted shutdown had left (or printed "Bad file descriptor")."""
    real = ProcessPoolExecutor.shutdown
    pids: list[int] = []

    def interrupted(self: ProcessPoolExecutor, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if not cancel_futures:  # the map's own shutdown at its end; _stop's goes through
            pids.extend(process.pid for process in self._processes.values() if process.pid)
            raise KeyboardInterrupt
        real(self, wait, cancel_futures=cancel_futures)

    monkeypatch.setattr(ProcessPoolExecutor, "shutdown", interrupted)
    with pytest.raises(KeyboardInterrupt):
        list(parallel.map_in_processes(_doubled, range(7), 2, 2))
    assert pids and all(_alive(pid) for pid in pids) and parallel._LIVE
    parallel.stop_workers()
    assert not parallel._LIVE and not any(_alive(pid) for pid in pids)
