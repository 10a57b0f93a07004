"""Peak summed RSS (MB) of a command's process tree, sampled every 0.2 s from /proc (Linux).

Usage: python bench/tree_rss.py indexer build CORPUS --index IDX --no-entities -q --rebuild
"""

import subprocess
import sys
import time
from pathlib import Path


def tree(root):
    kids = {}
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


def rss(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


proc = subprocess.Popen(sys.argv[1:])
peak, start = 0.0, time.time()
while proc.poll() is None:
    peak = max(peak, sum(rss(p) for p in tree(proc.pid)))
    time.sleep(0.2)
print(f"peak tree RSS {peak:.0f} MB, {time.time() - start:.0f} s, exit {proc.returncode}", file=sys.stderr)
