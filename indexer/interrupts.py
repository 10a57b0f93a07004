"""Ctrl-C (SIGINT) and SIGTERM in a command: raised as KeyboardInterrupt, never lost in a finalizer.

Python raises a signal handler's exception at the next bytecode the main thread runs, and that
may be inside a finalizer the garbage collector or a dropped reference called: an object's
`__del__`, a weakref callback. There an exception cannot propagate: Python prints it ("Exception
ignored in: <function _ConnectionBase.__del__ ...> Traceback ... KeyboardInterrupt") and goes on
as if no Ctrl-C had come, so `indexer parse` printed a traceback and ran to its end (a CI run of
tests/test_interrupt_workers.py). Here the handler defers the interrupt while a `__del__` runs
(a timer trips the signal again a moment later, when the finalizer has returned), and an
interrupt swallowed anyway (in a finalizer that is not a `__del__`, such as a weakref callback)
is deferred the same way by the unraisable-exception hook instead of printed. The command's one
"interrupted" line and exit code 130 follow as for any Ctrl-C (cli.IndexerGroup).
"""

from __future__ import annotations

import _thread
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import CodeType, FrameType

# Set by the handler: a long job polls it (pipeline.run_build's `cancelled`), for the interrupt a
# library callback swallowed before this module's hook could raise it again.
INTERRUPTED = threading.Event()


def _in_finalizer(frame: FrameType | None) -> bool:
    """Whether `frame` or a frame under it is a `__del__` or this module's unraisable hook,
    where an exception raised would be printed and dropped instead of unwinding the command."""
    while frame is not None:
        if frame.f_code.co_name == "__del__" or frame.f_code is _HOOK_CODE:
            return True
        frame = frame.f_back
    return False


# How long a deferred interrupt waits before it is tripped again (seconds): a finalizer closing a
# pipe or a file takes microseconds; one that waits longer just sees the handler defer again.
RETRY_SECONDS = 0.01

_pending = threading.Event()  # an interrupt deferred and not raised yet


def _trip_again(signum: int) -> None:
    """Trip `signum` again from a timer thread (a trip from this thread would run the handler
    at once, still inside the finalizer), unless the interrupt was raised meanwhile."""

    def trip() -> None:
        if _pending.is_set():
            _thread.interrupt_main(signal.Signals(signum))

    _pending.set()
    timer = threading.Timer(RETRY_SECONDS, trip)
    timer.daemon = True
    timer.start()


def raise_interrupt(signum: int, frame: FrameType | None) -> None:
    """The handler for SIGINT and SIGTERM: sets INTERRUPTED and raises KeyboardInterrupt, or,
    inside a finalizer, defers it (`_trip_again`): the finalizer finishes its work, and the
    interrupt is raised in the code that runs after it."""
    INTERRUPTED.set()
    if _in_finalizer(frame):
        _trip_again(signum)
        return
    _pending.clear()
    raise KeyboardInterrupt


def _unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """sys.unraisablehook: a KeyboardInterrupt a finalizer swallowed (one that is not a
    `__del__`, such as a weakref callback) is raised again after it (`_trip_again`), not
    printed; anything else goes to the hook that was there."""
    if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
        _trip_again(signal.SIGINT)
        return
    _previous_hook(unraisable)


_HOOK_CODE: CodeType = _unraisable.__code__
_previous_hook = sys.__unraisablehook__


@contextmanager
def interrupts_outside_finalizers() -> Iterator[None]:
    """Within: Ctrl-C raises KeyboardInterrupt in the main thread's own code, never inside a
    finalizer (raise_interrupt, the unraisable hook); the handlers and hook that were there are
    back after. Python's default SIGINT handler only is replaced: a SIGINT a shell set to be
    ignored (a job started with `&` in a script) stays ignored. Main thread only (Python sets
    signal handlers there); elsewhere a no-op."""
    global _previous_hook
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    INTERRUPTED.clear()
    handler = signal.getsignal(signal.SIGINT)
    hook = sys.unraisablehook
    if hook is not _unraisable:  # not within another such block (a command run by a command)
        _previous_hook = hook
    if handler is signal.default_int_handler:
        signal.signal(signal.SIGINT, raise_interrupt)
    sys.unraisablehook = _unraisable
    try:
        yield
    finally:
        _pending.clear()  # a deferred interrupt not raised by now is not raised after
        sys.unraisablehook = hook
        if handler is signal.default_int_handler:
            signal.signal(signal.SIGINT, handler)


def stop_on_sigterm() -> None:
    """SIGTERM (`timeout`, `kill`) unwinds like Ctrl-C, so a build's cleanup runs and the live
    index is never left half-written; left as it is until the process exits."""
    signal.signal(signal.SIGTERM, raise_interrupt)
