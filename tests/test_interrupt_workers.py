"""Ctrl-C reaches a command's whole process group, its worker processes too (parallel.py): a
real `indexer build` / `indexer parse` interrupted at several moments, the start-up of its
workers among them, prints one line, exits 130, leaves no worker running and the index as it
was. A build's workers were interrupted during their interpreter's start-up and printed
"Fatal Python error: init_import_site" and a traceback (a user's report). No timing is
asserted: each run is interrupted when the build has started its k-th child process (its
workers as they start), or after a delay, and a build that finished first is a success too."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indexer import pipeline
from tests.helpers import write_corpus
from tests.test_reliability import answers

EXE = shutil.which("indexer", path=os.path.dirname(sys.executable)) or shutil.which("indexer") or "indexer"
LINE = "indexer: error: interrupted: nothing was changed by the unfinished work\n"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc to see the workers start; sends signals to a group"
)


def _children(pid: int) -> set[int]:
    """The live processes whose parent is `pid` (its workers, and multiprocessing's helper)."""
    found = set()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(proc.name))
    return found


def _interrupted(args: list[str], nth_child: int, delay: float) -> tuple[int, str, set[int]]:
    """Run `indexer ARGS` in a process group of its own and send SIGINT to the group once it
    has started `nth_child` child processes (0: at once), then `delay` seconds later; returns
    the exit code, stderr and every child seen."""
    proc = subprocess.Popen(
        [EXE, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    seen: set[int] = set()
    while proc.poll() is None and len(seen) < nth_child:
        seen |= _children(proc.pid)
        time.sleep(0.005)
    time.sleep(delay)
    seen |= _children(proc.pid)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err, seen


def _gone(pids: set[int]) -> bool:
    """Whether none of `pids` runs any more (waits a little: a reaped pid leaves /proc at once)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() for pid in pids):
            return True
        time.sleep(0.05)
    return False


def _check(code: int, err: str, seen: set[int], finished_ok: bool = True, line: str = LINE) -> None:
    assert "Traceback" not in err and "Fatal Python error" not in err, err
    assert "Exception ignored" not in err, err
    if code == 0 and finished_ok:  # the build was done before the signal came
        return
    assert code == 130, err
    assert err.endswith(line) and err.count("\n") == 1, err
    assert _gone(seen), f"workers left running: {seen}"


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("interrupt")
    write_corpus(root / "base", 3, seed=1)
    # Enough pages for the build's (and parse's) segmenting workers (PARSE_PARALLEL_MIN_FILES).
    write_corpus(root / "more", pipeline.PARSE_PARALLEL_MIN_FILES + 20, seed=2, prefix="more", paragraphs=3)
    pristine = root / "pristine"
    subprocess.run([EXE, "build", str(root / "base"), "--index", str(pristine), "--no-entities", "-q"], check=True)
    return {"base": root / "base", "more": root / "more", "pristine": pristine}


# (the child process to wait for, then seconds): a spawning build's first child is
# multiprocessing's resource tracker, then its segmenting workers start (its second pass): at the
# start of each, and with both at work. (Ctrl-C before the command's own interpreter has started
# is Python's start-up, not this tool's: not tried.)
MOMENTS = [(1, 0.0), (2, 0.0), (3, 0.0), (3, 0.05), (3, 0.5)]


@pytest.mark.parametrize(("nth_child", "delay"), MOMENTS)
def test_ctrl_c_during_a_build_with_workers_is_one_line(
    corpora: dict[str, Path], tmp_path: Path, nth_child: int, delay: float
) -> None:
    index = tmp_path / "idx"
    shutil.copytree(corpora["pristine"], index)
    old = answers(index)
    args = ["build", str(corpora["base"]), str(corpora["more"]), "--index", str(index), "--no-entities", "-q"]
    code, err, seen = _interrupted(args, nth_child, delay)
    _check(code, err, seen)
    assert answers(index) == old if code == 130 else answers(index) != old


@pytest.mark.parametrize(("nth_child", "delay"), [(1, 0.0), (3, 0.0)])
def test_ctrl_c_during_parse_with_workers_is_one_line(corpora: dict[str, Path], nth_child: int, delay: float) -> None:
    """`indexer parse` has workers too (forked from a process without threads, else spawned):
    its first pass's (1) and its second pass's (3)."""
    code, err, seen = _interrupted(["parse", str(corpora["more"]), "--no-entities", "--jsonl"], nth_child, delay)
    _check(code, err, seen, line="indexer: error: interrupted\n")  # parse writes nothing to keep


def test_ctrl_c_while_tagging_workers_start(corpora: dict[str, Path], tmp_path: Path) -> None:
    """The user's case: entity-tagging workers (spaCy) interrupted while they start; with
    --workers 2, the build's segmenting workers are its first two children, the taggers next."""
    index = tmp_path / "idx"
    args = ["build", str(corpora["more"]), "--index", str(index), "--workers", "2", "-q"]
    code, err, seen = _interrupted(args, 4, 0.0)
    _check(code, err, seen)
