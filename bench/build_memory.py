"""Does a build's peak memory grow with the corpus? Builds the first N files (by sorted name) of a
corpus and the whole corpus side by side, each several times in turn, and prints each run's
peak tree RSS (bench/tree_rss.py), the peak of each process, the build's time, and the medians.

    python bench/build_memory.py ../shared/corpus/reuters21578 --first 10000 --repeat 2
    python bench/build_memory.py ../shared/corpus/reuters21578 --entities
    # an older checkout's code, same interpreter (PYTHONPATH wins over the editable install):
    python bench/build_memory.py ../shared/corpus/reuters21578 --code /tmp/old

The subset is copied (not linked: links leaving the folder given are skipped) into a temporary
folder and removed afterwards, as are the indexes. Runs under `nice -n 10`, from that folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from tree_rss import measure  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--first", type=int, default=10000, help="files in the smaller corpus")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--entities", action="store_true", help="build with entity tagging")
    parser.add_argument(
        "--code",
        action="append",
        default=[],
        help="a folder holding an `indexer` package to run instead (repeatable: compared)",
    )
    args = parser.parse_args()
    args.corpus = args.corpus.resolve()

    files = sorted(p for p in args.corpus.iterdir() if p.is_file() and p.suffix == ".txt")
    with tempfile.TemporaryDirectory(prefix="build-memory-") as tmp:
        subset = Path(tmp) / f"first{args.first}"
        subset.mkdir()
        for p in files[: args.first]:
            shutil.copy2(p, subset / p.name)
        corpora = {f"{min(args.first, len(files))} files": subset, f"{len(files)} files": args.corpus}
        codes = args.code or [""]
        results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
        for round_ in range(args.repeat):
            for code in codes:
                for label, folder in corpora.items():
                    env = dict(os.environ, PYTHONPATH=code) if code else None
                    index = Path(tmp) / "index"
                    cmd = [
                        "nice",
                        "-n",
                        "10",
                        sys.executable,
                        "-m",
                        "indexer",
                        "build",
                        str(folder),
                        "--index",
                        str(index),
                        "--rebuild",
                        "-q",
                    ]
                    if not args.entities:
                        cmd.append("--no-entities")
                    # Run from the temporary folder: `python -m` puts the current folder first on
                    # sys.path, which would pick up a checkout's `indexer` over --code.
                    m = measure(cmd, env=env, stdout=subprocess.DEVNULL, cwd=tmp)
                    shutil.rmtree(index, ignore_errors=True)
                    if m.returncode != 0:
                        raise SystemExit(f"build failed (exit {m.returncode}): {' '.join(cmd)}")
                    each = " ".join(f"{v:.0f}" for v in m.each.values() if v >= 1)
                    print(
                        f"round {round_ + 1} {code or 'this checkout'} {label}: peak {m.peak_mb:.0f} MB, "
                        f"{m.seconds:.1f} s, {m.cpu_seconds:.1f} s CPU; per process {each}",
                        flush=True,
                    )
                    results.setdefault((code or "this checkout", label), []).append(
                        (m.peak_mb, m.seconds, m.cpu_seconds)
                    )
        print("medians:")
        for (code, label), runs in results.items():
            print(
                f"  {code} {label}: peak {statistics.median(r[0] for r in runs):.0f} MB, "
                f"{statistics.median(r[1] for r in runs):.1f} s, {statistics.median(r[2] for r in runs):.1f} s CPU "
                f"({len(runs)} runs)"
            )


if __name__ == "__main__":
    main()
