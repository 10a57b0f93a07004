"""Score a trial folder of pages nobody tuned on: every page, plain text and HTML.

    python -m eval.trial eval/trials/trial26        # one line a format
    python -m eval.trial -v eval/trials/trial26     # and each page's missing and kept strings

A trial is in extraction-wild's format (`expected.json`, `html/KEY.html.gz`, `pages_txt/KEY.txt`;
eval.extraction reads it) and scored as that corpus is (must-have / must-not strings summed over
the pages), but with no held-out split: all of a trial's pages are unseen by construction.
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="trial folders (extraction-wild's format)")
    parser.add_argument("-v", "--verbose", action="store_true", help="each page's missing and kept strings")
    args = parser.parse_args(argv)
    for fmt, s in score(args.folders, args.verbose).items():
        print(f"{fmt}: {s['pages']} pages  P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
