"""A Ctrl-C that lands in a finalizer is raised after it, never printed and lost
(indexer/interrupts.py). A CI run of tests/test_interrupt_workers.py saw `indexer parse`
print "Exception ignored in: <function _ConnectionBase.__del__ ...> ... KeyboardInterrupt" and
run on: the interrupt had come while the garbage collector closed a pipe. Here the signal is
raised from inside the finalizer itself, so each case is the same in every run."""

from __future__ import annotations

import gc
import signal
import sys
import time
import weakref

import pytest

from indexer.interrupts import INTERRUPTED, interrupts_outside_finalizers


def _spin() -> None:
    """The code after the finalizer, where the deferred interrupt comes back (a moment later:
    RETRY_SECONDS); waits for it at most a few seconds, a bound and not a timing asserted."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        time.sleep(0.001)


class _Resource:
    """An object whose `__del__` gets Ctrl-C half-way through and still finishes."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGINT)
        self.log.append("closed")


def test_ctrl_c_in_a_del_is_raised_after_it(capsys: pytest.CaptureFixture[str]) -> None:
    log: list[str] = []
    with pytest.raises(KeyboardInterrupt), interrupts_outside_finalizers():
        _Resource(log)  # dropped at once: its __del__ runs here
        log.append("after")
        _spin()
        log.append("not reached")
    assert log == ["closed", "after"]
    assert INTERRUPTED.is_set()
    assert capsys.readouterr().err == ""  # no "Exception ignored in ..."


def test_ctrl_c_in_a_collected_cycle_is_raised_after_it(capsys: pytest.CaptureFixture[str]) -> None:
    """The garbage collector's run, as in the CI run: a cycle's `__del__` called by gc."""
    log: list[str] = []
    with pytest.raises(KeyboardInterrupt), interrupts_outside_finalizers():
        first, second = _Resource(log), _Resource([])
        first.other, second.other = second, first  # type: ignore[attr-defined]
        del first, second
        gc.collect()
        _spin()
    assert log == ["closed"]
    assert capsys.readouterr().err == ""


def test_an_interrupt_a_weakref_callback_swallowed_is_raised_again(capsys: pytest.CaptureFixture[str]) -> None:
    """A callback is not a `__del__`: the interrupt raised in it is swallowed by Python, and
    the unraisable hook raises it again instead of printing it."""

    class Target:
        pass

    def callback(_: object) -> None:
        raise KeyboardInterrupt

    target = Target()
    ref = weakref.ref(target, callback)
    with pytest.raises(KeyboardInterrupt), interrupts_outside_finalizers():
        del target
        _spin()
    assert ref() is None
    assert capsys.readouterr().err == ""


def test_other_exceptions_in_finalizers_are_still_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a KeyboardInterrupt is deferred: another exception goes to the hook that was there."""

    class Broken:
        def __del__(self) -> None:
            raise ValueError("boom")

    seen: list[type[BaseException] | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: seen.append(unraisable.exc_type))
    with interrupts_outside_finalizers():
        Broken()
    assert seen == [ValueError]


def test_handlers_are_restored_and_an_ignored_sigint_stays_ignored() -> None:
    before = signal.getsignal(signal.SIGINT)
    with interrupts_outside_finalizers():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # a job a script started with `&`
    try:
        with interrupts_outside_finalizers():
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
