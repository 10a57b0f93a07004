"""The build lock: one build at a time per index folder.

A kernel lock (flock) on the file LOCK_NAME inside the index folder, taken with `filelock`
(tox's and virtualenv's lock): a build that dies, however it dies, releases it, so there is no
stale lock to clear. The file stays empty and stays in place (an index's files change only
when a build writes them). `filelock` is told not to fall back to a lock file whose mere
existence locks (its `SoftFileLock`): on a file system without flock that one would outlive a
killed build.

On a read-only file system `filelock` cannot open the file for writing: there the lock is
taken through a read-only descriptor (flock works on one), or not at all when there is no lock
file yet: nothing can be written there, and a build that needs to write says so.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from .errors import IndexLockedError

LOCK_NAME = ".indexer-build.lock"
POLL_SECONDS = 0.1  # how often a waiting build tries the lock again
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


def acquire_build_lock(index_dir: Path, wait: float) -> Callable[[], None]:
    """Take the build lock of `index_dir` (an existing folder), waiting up to `wait` seconds
    (0: not at all) for another build to release it; returns the function that releases it.
    Raises IndexLockedError when it is still held then, and OSError when the lock file cannot
    be opened at all (the caller words that one)."""
    from filelock import FileLock, Timeout

    lock_path = index_dir / LOCK_NAME
    lock = FileLock(
        lock_path,
        timeout=max(wait, 0.0),
        mode=0o644,
        thread_local=False,
        poll_interval=POLL_SECONDS,
        fallback_to_soft=False,
        preserve_lock_file=True,
    )
    try:
        lock.acquire()
    except Timeout:
        raise _locked(index_dir, lock_path) from None
    except OSError as exc:
        if exc.errno not in _READ_ONLY:
            raise
        return _read_only_lock(lock_path, index_dir, wait, exc)
    return lock.release


def build_running(index_dir: Path) -> bool:
    """Whether a build holds the lock of `index_dir` now (a shared lock would have to wait).
    Creates nothing: a folder without a lock file has no build running."""
    import fcntl

    try:
        fd = os.open(index_dir / LOCK_NAME, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)  # closing releases the lock


def _locked(index_dir: Path, lock_path: Path) -> IndexLockedError:
    return IndexLockedError(
        f"index at {index_dir} is being built by another process (lock {lock_path})",
        "wait for it to finish, or give {wait=SECONDS}",
    )


def _read_only_lock(lock_path: Path, index_dir: Path, wait: float, cause: OSError) -> Callable[[], None]:
    """The lock on a file system the build cannot write to (module docstring)."""
    import fcntl
    import time

    try:
        fd = os.open(lock_path, os.O_RDONLY)
    except FileNotFoundError:
        return lambda: None  # no lock file, and none can be made: no build can be running here
    except OSError:
        raise cause from None
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return lambda: os.close(fd)  # closing releases the flock
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise _locked(index_dir, lock_path) from None
            time.sleep(POLL_SECONDS)
