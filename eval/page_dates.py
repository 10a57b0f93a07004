"""How often the plain-text path finds a page's date and byline, with the HTML path's as reference.

    python -m eval.page_dates                # the tuning pages of extraction-wild (~2 min)
    python -m eval.page_dates --held-out     # its held-out sites instead (once, at a release)
    python -m eval.page_dates -v             # and each page the plain path leaves undated

extraction-wild has no gold for dates or bylines. The HTML path reads them from the page's
markup (<meta>, JSON-LD, <time>, the author's element: `htmlpage._page_meta`), which a text dump
of the same page has lost; so the HTML path's date and byline are a silver reference for what the
plain path should find in the dump's lines. For each page the HTML path dates (or bylines), this
counts the pages the plain path dates too, and those it dates on the same day; for a byline,
those whose names share a word with the HTML path's. A page the HTML path leaves undated is not
counted (its dump may still print a date: the "plain only" count). A figure of recall against a
reference that is itself sometimes wrong (a page's <meta> date may be its last change), not a
score; it says where the plain path misses what the page prints.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

from eval import extraction as ex

WILD = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "extraction-wild"
_WORD = re.compile(r"\w+")


@dataclass
class PageMeta:
    """One page's date (ISO, "" when none) and byline from each path."""

    page_id: str
    txt_date: str
    html_date: str
    txt_byline: str
    html_byline: str


def _meta(page: ex.Page) -> PageMeta:
    got = {}
    for fmt in ("txt", "html"):
        doc = ex.read_page(page, fmt)
        art = ex.segment.segment(doc) if doc is not None else None
        got[fmt] = (art.published, art.byline) if art is not None else ("", "")
    return PageMeta(page.page_id, got["txt"][0], got["html"][0], got["txt"][1], got["html"][1])


def _same_names(a: str, b: str) -> bool:
    """Whether two bylines share a name's word (3+ letters, casefolded)."""
    words = {w for w in _WORD.findall(a.casefold()) if len(w) >= 3}
    return bool(words & {w for w in _WORD.findall(b.casefold()) if len(w) >= 3})


def summary(rows: list[PageMeta]) -> dict[str, int]:
    """Counts over `rows`: pages, html_dated, txt_dated_too, same_day, plain_only_dated,
    html_byline, txt_byline_too, same_names."""
    dated = [r for r in rows if r.html_date]
    bylined = [r for r in rows if r.html_byline]
    return {
        "pages": len(rows),
        "html_dated": len(dated),
        "txt_dated_too": sum(1 for r in dated if r.txt_date),
        "same_day": sum(1 for r in dated if r.txt_date[:10] == r.html_date[:10]),
        "plain_only_dated": sum(1 for r in rows if r.txt_date and not r.html_date),
        "html_byline": len(bylined),
        "txt_byline_too": sum(1 for r in bylined if r.txt_byline),
        "same_names": sum(1 for r in bylined if _same_names(r.txt_byline, r.html_byline)),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=WILD, help="an extraction-wild-format folder")
    parser.add_argument("--held-out", action="store_true", help="the held-out sites, not the tuning ones")
    parser.add_argument("-v", "--verbose", action="store_true", help="each page the plain path leaves undated")
    args = parser.parse_args(argv)
    pages = [p for p in ex.load_pages(args.corpus) if p.held_out == args.held_out]
    with Pool(2) as pool:
        rows = pool.map(_meta, pages, chunksize=4)
    counts = summary(rows)
    print(
        f"{counts['pages']} pages; dated by HTML {counts['html_dated']}: plain text dates "
        f"{counts['txt_dated_too']}, {counts['same_day']} on the same day "
        f"(plain only {counts['plain_only_dated']}); bylined by HTML {counts['html_byline']}: "
        f"plain text {counts['txt_byline_too']}, {counts['same_names']} sharing a name"
    )
    if args.verbose:
        for r in rows:
            if r.html_date and not r.txt_date:
                print(f"  undated {r.page_id}  html {r.html_date}")


if __name__ == "__main__":
    main()
