"""Score a trial folder of pages nobody tuned on: every page, plain text and HTML.

    python -m eval.trial eval/trials/trial26        # one line a format
    python -m eval.trial -v eval/trials/trial26     # and each page's missing and kept strings
    python -m eval.trial --all --base ../base         # every set, beside a base checkout's figures

A trial is in extraction-wild's format (`expected.json`, `html/KEY.html.gz`, `pages_txt/KEY.txt`;
eval.extraction reads it) and scored as that corpus is (must-have / must-not strings summed over
the pages), but with no held-out split: all of a trial's pages are unseen by construction.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from eval import extraction as ex


def score(folders: list[Path], verbose: bool = False) -> dict[str, dict[str, float | int]]:
    """{format: eval.extraction.summarise_counts over every page of `folders`}; with `verbose`,
    each page's missing must-have and kept must-not strings are printed."""
    pages = [p for folder in folders for p in ex.load_pages(folder)]
    out = {}
    for fmt in ("txt", "html"):
        scores = ex.run(pages, fmt)
        out[fmt] = ex.summarise_counts(scores)
        if verbose:
            for page, s in zip(pages, scores):
                if s.fp or s.fn:
                    doc = ex.read_page(page, fmt)
                    text = ex.collapse(ex.indexed_text(ex.segment.segment(doc))) if doc else ""
                    missing = [w for w in page.with_ if ex.collapse(w) not in text]
                    kept = [w for w in page.without if ex.collapse(w) in text]
                    print(f"  {fmt} {page.page_id} missing: {missing} kept: {kept}")
    return out


TRIALS = Path(__file__).parent / "trials"
_LINE_RE = re.compile(r"^(txt|html): (\d+) pages  P=([\d.]+) R=([\d.]+) F1=([\d.]+)$", re.M)


def all_trials() -> list[Path]:
    """Every built trial set under eval/trials (a folder with expected.json), in name order."""
    return sorted(d for d in TRIALS.iterdir() if (d / "expected.json").is_file())


def line(fmt: str, s: dict[str, float | int]) -> str:
    """One format's figures as main prints them (and as base_score reads them back)."""
    return f"{fmt}: {s['pages']} pages  P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}"


def base_score(checkout: Path, folder: Path) -> dict[str, tuple[float, float, float]]:
    """{format: (P, R, F1)} of `folder` scored by the code of another checkout (its own
    `python -m eval.trial`, run there, so any earlier release's can be the base).

    Raises RuntimeError with the base's stderr when it fails or prints no figures."""
    run = subprocess.run(
        [sys.executable, "-m", "eval.trial", str(folder.resolve())],
        cwd=checkout,
        capture_output=True,
        text=True,
    )
    found = {m[0]: (float(m[2]), float(m[3]), float(m[4])) for m in _LINE_RE.findall(run.stdout)}
    if run.returncode or not found:
        raise RuntimeError(f"{checkout}: eval.trial {folder.name} failed: {run.stderr.strip()[-500:]}")
    return found


def compare(folders: list[Path], base: Path) -> int:
    """Score each folder here and with the checkout `base` side by side (the base in a second
    process while this one scores, so two cores are both used); one line a set and format,
    `*` where a figure differs. Returns how many lines differ."""
    changed = 0
    with ThreadPoolExecutor(1) as pool:
        futures = [pool.submit(base_score, base, f) for f in folders]
        for folder, future in zip(folders, futures):
            new = score([folder])
            old = future.result()
            for fmt, s in new.items():
                ours = (round(s["precision"], 3), round(s["recall"], 3), round(s["f1"], 3))
                theirs = old.get(fmt)
                mark = " " if theirs == ours else "*"
                changed += mark == "*"
                was = f"F1 {theirs[2]:.3f} ->" if theirs else "(base: none) ->"
                print(
                    f"{mark} {folder.name:9} {fmt:4} {was} {ours[2]:.3f}  (P {ours[0]:.3f} R {ours[1]:.3f})", flush=True
                )
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="trial folders (extraction-wild's format)")
    parser.add_argument("-v", "--verbose", action="store_true", help="each page's missing and kept strings")
    parser.add_argument("--all", action="store_true", help="every set under eval/trials, each scored alone")
    parser.add_argument(
        "--base", type=Path, metavar="CHECKOUT", help="score each set alone here and with CHECKOUT's code, side by side"
    )
    args = parser.parse_args(argv)
    folders = all_trials() if args.all else args.folders
    if not folders:
        parser.error("give trial folders, or --all")
    if args.base:
        changed = compare(folders, args.base)
        print(f"{changed} of {2 * len(folders)} figures differ from {args.base}")
        return 0
    if args.all:
        for folder in folders:
            for fmt, s in score([folder]).items():
                print(f"{folder.name} {line(fmt, s)}", flush=True)
        return 0
    for fmt, s in score(folders, args.verbose).items():
        print(line(fmt, s))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
