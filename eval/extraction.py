"""Score article-body extraction on the Scrapinghub extraction-dev pages.

Usage (from the repo root):

    python -m eval.extraction                 # P/R/F1 for pages_txt/ and html/, ten worst pages
    python -m eval.extraction --json          # the same as one JSON document on stdout
    python -m eval.extraction --show ID       # print every block of one page with kind and reason

Scoring is the benchmark's own (see the corpus README): tokens are `\\w+` matches, 4-token
shingles are compared as multisets, tp/fp/fn are normalised per page, precision and recall are
means over pages (a page with nothing on either side counts 1) and F1 is their harmonic mean.

The prediction for a page is what the indexer keeps as article text: body paragraphs and
in-article headings, joined by blank lines. Pages are split by sorted ID into a "tune" half
(even positions) and a "held-out" half (odd positions) so tuning can be checked for overfitting.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from indexer import htmlpage, segment
from indexer.errors import IndexerError
from indexer.models import BODY, HEADING, Article, Document

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "extraction-dev"
KEPT_KINDS = frozenset({BODY, HEADING})
_TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass
class PageScore:
    page_id: str
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def score_page(page_id: str, predicted: str, true: str) -> PageScore:
    """Precision and recall of one page, as the benchmark's evaluate.py computes them."""
    pred, gold = shingles(predicted), shingles(true)
    tp = float(sum((pred & gold).values()))
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    total = tp + fp + fn
    if total:  # per-page normalisation: every page weighs the same in the means
        tp, fp, fn = tp / total, fp / total, fn / total
    precision = 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))
    recall = 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
    return PageScore(page_id, precision, recall)


def summarise(scores: list[PageScore]) -> dict[str, float | int]:
    if not scores:
        return {"pages": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    p = sum(s.precision for s in scores) / len(scores)
    r = sum(s.recall for s in scores) / len(scores)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"pages": len(scores), "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def kept_text(article: Article) -> str:
    return "\n\n".join(p.text for p in article.paragraphs if p.kind in KEPT_KINDS)


def text_document(path: Path) -> Document:
    data = path.read_bytes()
    return Document(
        id=path.name.split(".")[0],
        path=str(path),
        content_hash=hashlib.sha256(data).hexdigest(),
        text=data.decode("utf-8", errors="replace"),
    )


def html_document(path: Path) -> Document:
    data = path.read_bytes()
    text, blocks, meta, warnings = htmlpage.extract(data, str(path))
    return Document(
        id=path.name.split(".")[0],
        path=str(path),
        content_hash=hashlib.sha256(data).hexdigest(),
        text=text,
        format="html",
        blocks=blocks,
        meta=meta,
        warnings=warnings,
    )


FORMATS = {
    # name: (folder, file suffix, Document builder)
    "txt": ("pages_txt", ".txt", text_document),
    "html": ("html", ".html.gz", html_document),
}


def page_files(corpus: Path, fmt: str) -> dict[str, Path]:
    folder, suffix, _ = FORMATS[fmt]
    return {p.name[: -len(suffix)]: p for p in sorted((corpus / folder).glob("*" + suffix))}


def evaluate(corpus: Path, fmt: str, truth: dict[str, str]) -> tuple[list[PageScore], float]:
    _, _, build = FORMATS[fmt]
    scores: list[PageScore] = []
    started = time.perf_counter()
    for page_id, path in page_files(corpus, fmt).items():
        if page_id not in truth:
            continue
        try:
            predicted = kept_text(segment.segment(build(path)))
        except IndexerError as exc:  # an honest zero for a page we could not read
            print(f"warning: {exc}", file=sys.stderr)
            predicted = ""
        scores.append(score_page(page_id, predicted, truth[page_id]))
    return scores, time.perf_counter() - started


def report(scores: list[PageScore], seconds: float, ordered_ids: list[str]) -> dict[str, object]:
    position = {page_id: i for i, page_id in enumerate(ordered_ids)}
    tune = [s for s in scores if position[s.page_id] % 2 == 0]
    held_out = [s for s in scores if position[s.page_id] % 2 == 1]
    worst = sorted(scores, key=lambda s: (s.f1, s.page_id))[:10]
    return {
        "all": summarise(scores),
        "tune": summarise(tune),
        "held_out": summarise(held_out),
        "seconds": round(seconds, 2),
        "worst": [
            {"id": s.page_id, "precision": round(s.precision, 4), "recall": round(s.recall, 4),
             "f1": round(s.f1, 4)}
            for s in worst
        ],
    }


def load_truth(corpus: Path) -> dict[str, str]:
    truth_file = corpus / "ground-truth.json"
    if not truth_file.is_file():
        sys.exit(
            f"error: no extraction corpus at {corpus} (missing ground-truth.json); "
            "pass --corpus DIR pointing at shared/corpus/extraction-dev"
        )
    with truth_file.open(encoding="utf-8") as fh:
        return {k: v.get("articleBody", "") or "" for k, v in json.load(fh).items()}


def show(corpus: Path, page_id: str, fmt: str) -> None:
    """Debug view: every block of one page with its kind, reason and section."""
    files = page_files(corpus, fmt)
    matches = [k for k in files if k.startswith(page_id)]
    if len(matches) != 1:
        sys.exit(f"error: {len(matches)} {fmt} pages match {page_id!r} in {corpus}")
    article = segment.segment(FORMATS[fmt][2](files[matches[0]]))
    print(f"# {matches[0]} title={article.title!r} byline={article.byline!r} "
          f"dateline={article.dateline!r} published={article.published!r}")
    for p in article.paragraphs:
        mark = "+" if p.kind in KEPT_KINDS else " "
        print(f"{mark}{p.paragraph:3d} {p.kind:11s} {p.reason[:48]:48s} | {p.text[:110]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.extraction", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="extraction-dev folder (default: ../shared/corpus/extraction-dev)")
    parser.add_argument("--json", action="store_true", help="print a JSON summary instead of text")
    parser.add_argument("--format", choices=sorted(FORMATS), action="append",
                        help="score only this format (repeatable; default: both)")
    parser.add_argument("--show", metavar="ID", help="print the blocks of one page (ID prefix)")
    args = parser.parse_args(argv)

    corpus: Path = args.corpus
    truth = load_truth(corpus)
    formats = args.format or ["txt", "html"]
    if args.show:
        show(corpus, args.show, formats[0])
        return 0

    ordered_ids = sorted(truth)
    results: dict[str, object] = {}
    for fmt in formats:
        scores, seconds = evaluate(corpus, fmt, truth)
        results[fmt] = report(scores, seconds, ordered_ids)

    if args.json:
        json.dump({"schema_version": 1, "corpus": str(corpus), "split": "sorted ID, even=tune odd=held_out",
                   "formats": results}, sys.stdout, indent=2)
        print()
        return 0
    for fmt, res in results.items():
        assert isinstance(res, dict)
        print(f"== {fmt} ({res['all']['pages']} pages, {res['seconds']} s)")
        for half in ("all", "tune", "held_out"):
            s = res[half]
            print(f"  {half:9s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}  ({s['pages']} pages)")
        print("  ten worst pages:")
        for w in res["worst"]:
            print(f"    {w['id'][:16]}  P={w['precision']:.3f} R={w['recall']:.3f} F1={w['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
