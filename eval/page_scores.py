"""Per-page extraction scores on the tuning pages, and what changed between two runs.

    python -m eval.page_scores /tmp/before.jsonl           # every tuning page, both formats (~3-7 min)
    python -m eval.page_scores --diff /tmp/before.jsonl /tmp/after.jsonl

The first form scores each tuning page of extraction-dev and extraction-wild (never a held-out
site: `eval.extraction.is_held_out`) in plain text and HTML with the checkout it runs from, one
JSON line a page and format: {"id", "corpus", "fmt", "p", "r", "f1", "tp", "fp", "fn", "tn"}. The
second prints each corpus and format's summary before and after (shingle P/R averaged over pages
on dev, string counts summed on wild, as `eval.extraction` sums them) and every page whose score
or counts changed: the check that a rule fixed what it was for and broke no tuning page.
"""

from __future__ import annotations

import argparse
import json
from multiprocessing import Pool
from pathlib import Path

from eval import extraction as ex

CORPORA = ("extraction-dev", "extraction-wild")


def _score(job: tuple[ex.Page, str]) -> dict[str, object]:
    page, fmt = job
    s = ex.run([page], fmt)[0]
    return {
        "id": page.page_id, "corpus": page.corpus, "fmt": fmt, "p": s.precision, "r": s.recall, "f1": s.f1,
        "tp": s.tp, "fp": s.fp, "fn": s.fn, "tn": s.tn,
    }  # fmt: skip


def score_all(root: Path, out: Path, workers: int = 2) -> None:
    """Write one JSON line a tuning page and format of the corpora under `root` to `out`."""
    jobs = [(p, fmt) for c in CORPORA for p in ex.load_pages(root / c) if not p.held_out for fmt in ("txt", "html")]
    with Pool(workers) as pool, out.open("w", encoding="utf-8") as fh:
        for row in pool.imap(_score, jobs, chunksize=4):
            fh.write(json.dumps(row) + "\n")


def _load(path: Path) -> dict[tuple[str, str, str], dict[str, float]]:
    with path.open(encoding="utf-8") as fh:
        return {(d["corpus"], d["fmt"], d["id"]): d for d in map(json.loads, fh)}


def _summary(rows: list[dict[str, float]], corpus: str) -> tuple[float, float, float]:
    if not rows:
        return 0.0, 0.0, 0.0
    if corpus == "dev":
        p, r = sum(x["p"] for x in rows) / len(rows), sum(x["r"] for x in rows) / len(rows)
    else:
        tp, fp, fn = (sum(x[k] for x in rows) for k in ("tp", "fp", "fn"))
        p, r = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def diff(before: Path, after: Path) -> list[str]:
    """The lines `--diff` prints: a summary a corpus and format, then each changed page."""
    a, b = _load(before), _load(after)
    lines = []
    for corpus in ("dev", "wild"):
        for fmt in ("txt", "html"):
            old = _summary([v for k, v in a.items() if k[:2] == (corpus, fmt)], corpus)
            new = _summary([v for k, v in b.items() if k[:2] == (corpus, fmt)], corpus)
            lines.append(f"{corpus} {fmt}: P {old[0]:.4f} R {old[1]:.4f} F1 {old[2]:.4f} -> "
                         f"P {new[0]:.4f} R {new[1]:.4f} F1 {new[2]:.4f}")  # fmt: skip
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if x is None or y is None or abs(x["f1"] - y["f1"]) > 1e-9 or (x["fp"], x["fn"]) != (y["fp"], y["fn"]):
            f1 = lambda d: f"{d['f1']:.3f} (fp {d['fp']}, fn {d['fn']})" if d else "absent"  # noqa: E731
            lines.append(f"  {' '.join(key)}: {f1(x)} -> {f1(y)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="OUT.jsonl, or with --diff: BEFORE.jsonl AFTER.jsonl")
    parser.add_argument("--diff", action="store_true", help="compare two runs")
    parser.add_argument("--root", type=Path, default=ex.CORPORA_ROOT, help="the folder holding the corpora")
    args = parser.parse_args(argv)
    if args.diff:
        if len(args.paths) != 2:
            parser.error("--diff takes BEFORE.jsonl AFTER.jsonl")
        print("\n".join(diff(*args.paths)))
        return 0
    score_all(args.root, args.paths[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
