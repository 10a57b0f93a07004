"""Peak summed RSS (MB) of a command's process tree, sampled every 0.2 s from /proc (Linux),
with the peak of each process in it (the build's main process, Whoosh's writer processes,
spaCy's tagging workers) to show which one grows.

Usage: python bench/tree_rss.py [--each] indexer build CORPUS --index IDX --no-entities -q --rebuild
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

INTERVAL = 0.2  # seconds between samples


def tree(root: int) -> list[int]:
    """The pids of `root` and all its descendants now."""
    kids: dict[int, list[int]] = {}
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                ppid = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                continue
            kids.setdefault(ppid, []).append(int(p.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += kids.get(pid, [])
    return out


def rss(pid: int) -> tuple[float, float]:
    """(resident memory now, its peak so far) of one process in MB, from the kernel's VmRSS
    and VmHWM ((0, 0) when it is gone): the peak is exact between samples."""
    now = peak = 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    return now, peak


@dataclass
class Measure:
    """One command's run: peak tree RSS (MB: the largest sum of the processes' RSS sampled at
    one moment), wall seconds, exit code, and each process's own peak RSS (MB, by pid, in order
    of first sight: the kernel's VmHWM at its last sample, so a process's growth in its last
    INTERVAL is missed)."""

    peak_mb: float = 0.0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # user + system time of the whole tree (steadier than wall time on a loaded machine)
    returncode: int = 0
    each: dict[int, float] = field(default_factory=dict)


def measure(cmd: list[str], **popen: object) -> Measure:
    """Run `cmd` and sample its process tree's RSS every INTERVAL seconds until it exits."""
    m = Measure()
    start, used = time.perf_counter(), _children_cpu()
    proc = subprocess.Popen(cmd, **popen)  # type: ignore[call-overload]
    while proc.poll() is None:
        total = 0.0
        for pid in tree(proc.pid):
            now, peak = rss(pid)
            total += now
            m.each[pid] = max(m.each.get(pid, 0.0), peak)
        m.peak_mb = max(m.peak_mb, total)
        time.sleep(INTERVAL)
    m.seconds, m.returncode = time.perf_counter() - start, proc.returncode
    m.cpu_seconds = _children_cpu() - used
    return m


def _children_cpu() -> float:
    # Every process the command waited for counts in its own children's time, so this is the tree's.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    args = sys.argv[1:]
    each = bool(args) and args[0] == "--each"
    result = measure(args[1:] if each else args)
    print(
        f"peak tree RSS {result.peak_mb:.0f} MB, {result.seconds:.0f} s ({result.cpu_seconds:.0f} s CPU), "
        f"exit {result.returncode}",
        file=sys.stderr,
    )
    if each:
        print("per process peak MB: " + " ".join(f"{v:.0f}" for v in result.each.values() if v), file=sys.stderr)
