"""Score article-body extraction on extraction-dev and extraction-wild, plain text and HTML.

Usage (from the repo root):

    python -m eval.extraction                  # both corpora, txt and html, tuning split (+ grouped CV)
    python -m eval.extraction --held-out       # ...and the held-out sites, summary figures only
    python -m eval.extraction --json           # the same as one JSON document on stdout
    python -m eval.extraction --corpus DIR     # one corpus folder (repeatable)
    python -m eval.extraction --show ID        # every block of one page with kind and reason

Two corpora, each scored by its own method (see ../shared/corpus/README.md and
../shared/corpus/extraction-wild/README.md):

- extraction-dev (`ground-truth.json`): the Scrapinghub benchmark's shingle F1. Tokens are `\\w+`
  matches, 4-token shingles compared as multisets, tp/fp/fn normalised per page, precision and
  recall means over pages, F1 their harmonic mean. The prediction is body paragraphs and
  in-article headings joined by blank lines (not the lead, the title or captions: this corpus's
  true bodies leave the standfirst out).
- extraction-wild (`expected.json`): trafilatura's with/without strings. Each `with` string found
  in the kept text (every indexed paragraph: title, headings, lead, body, captions; whitespace
  collapsed, case kept) is a true positive, each missing one a false negative; each `without`
  string found a false positive. Counts are summed over pages, then P, R and F1.

Beside our HTML pipeline, each corpus's HTML pages are scored with `trafilatura.extract` alone
(the pinned version, its default settings, on the page's unpacked bytes: its own decoding), the
natural peer: the `trafilatura` line, and per page in `--show` (which strings it keeps), and the
count of tuning pages where our pipeline scores better or worse than it.

Splits (the team's rule, HELPERS.md): a page is held out when its site (the URL's host, lower
case, a leading `www.` dropped; "" when the URL has none) has sha1(host) % 5 == 0. Everything
else is the tuning split. Held-out figures are printed only with `--held-out`, and then only as
summaries (no per-page scores), so they can be reported once without being looked at while
tuning. `--cv` (the default when a learned block model is shipped) retrains the model with
`eval.train_blocks` on k-1 groups of tuning sites and scores the k-th, grouped by host.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from indexer import htmlpage, segment
from indexer.errors import IndexerError
from indexer.models import BODY, HEADING, INDEXED_KINDS, Article, Document

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPORA_ROOT = REPO_ROOT.parent / "shared" / "corpus"
DEFAULT_CORPUS = CORPORA_ROOT / "extraction-dev"
WILD_CORPUS = CORPORA_ROOT / "extraction-wild"
DEFAULT_CORPORA = (DEFAULT_CORPUS, WILD_CORPUS)
KEPT_KINDS = frozenset({BODY, HEADING})
_TOKEN = re.compile(r"\w+")
SHINGLE = 4
CV_FOLDS = 5

Predictor = Callable[[Document], Article]


# --------------------------------------------------------------------------------------------
# Pages and splits
# --------------------------------------------------------------------------------------------


def host_of(url: str) -> str:
    """The site of a page: the URL's host, lower case, a leading "www." dropped ("" if none)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        host = ""
    return host[4:] if host.startswith("www.") else host


def is_held_out(host: str) -> bool:
    """The team's fixed held-out rule for the extraction corpora: sha1(host) % 5 == 0."""
    return int(hashlib.sha1(host.encode()).hexdigest(), 16) % 5 == 0


def is_hard(page: "Page") -> bool:
    """Whether a page is one of trafilatura's "hard" evaluation pages (its URL is "hard::NAME").

    These carry no real URL, hence no host, so `is_held_out("")` puts every one of them in the
    held-out part: a population the tuning part never has (22 of extraction-wild's 102 held-out
    pages). `--held-out` reports them apart as well as together.
    """
    return page.url.startswith("hard::")


def cv_fold(host: str, folds: int = CV_FOLDS) -> int:
    """Cross-validation fold of a (tuning) site: all pages of one host share a fold."""
    return int(hashlib.sha1(("cv:" + host).encode()).hexdigest(), 16) % folds


@dataclass
class Page:
    """One page of a corpus: its id, site, files and truth.

    `body` is the true article text (extraction-dev), `with_`/`without` the strings that must /
    must not be in the kept text (extraction-wild); a page has one kind of truth or the other.
    """

    corpus: str  # "dev" or "wild"
    page_id: str
    url: str
    host: str
    txt: Path
    html: Path
    body: str = ""
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)

    @property
    def held_out(self) -> bool:
        return is_held_out(self.host)


def corpus_kind(corpus: Path) -> str:
    """ "dev" (ground-truth.json) or "wild" (expected.json); exits with a clear message otherwise."""
    if (corpus / "ground-truth.json").is_file():
        return "dev"
    if (corpus / "expected.json").is_file():
        return "wild"
    sys.exit(
        f"error: no extraction corpus at {corpus} (missing ground-truth.json or expected.json); "
        "pass --corpus DIR pointing at shared/corpus/extraction-dev or extraction-wild"
    )


def load_pages(corpus: Path) -> list[Page]:
    """Every page of an extraction corpus with its truth, sorted by id."""
    kind = corpus_kind(corpus)
    name = "ground-truth.json" if kind == "dev" else "expected.json"
    with (corpus / name).open(encoding="utf-8") as fh:
        raw = json.load(fh)
    pages = []
    for page_id in sorted(raw):
        entry = raw[page_id]
        url = entry.get("url", "") or ""
        page = Page(
            kind,
            page_id,
            url,
            host_of(url),
            corpus / "pages_txt" / f"{page_id}.txt",
            corpus / "html" / f"{page_id}.html.gz",
        )
        if kind == "dev":
            page.body = entry.get("articleBody", "") or ""
        else:
            page.with_ = list(entry.get("with", []))
            page.without = list(entry.get("without", []))
        pages.append(page)
    return pages


def load_truth(corpus: Path) -> dict[str, str]:
    """extraction-dev's true article bodies by page id (kept for callers of the old API)."""
    return {p.page_id: p.body for p in load_pages(corpus)}


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------


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


FORMATS: dict[str, Callable[[Path], Document]] = {"txt": text_document, "html": html_document}


def page_file(page: Page, fmt: str) -> Path:
    return page.txt if fmt == "txt" else page.html


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


@dataclass
class PageScore:
    """One page's score. Shingle pages: normalised precision and recall. String pages: counts."""

    page_id: str
    precision: float
    recall: float
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

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


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, as trafilatura's evaluation compares strings."""
    return " ".join(text.split())


def score_strings(page_id: str, predicted: str, with_: Iterable[str], without: Iterable[str]) -> PageScore:
    """trafilatura's with/without counts for one page (substring match, case kept)."""
    text = collapse(predicted)
    tp = fn = fp = tn = 0
    for s in with_:
        if collapse(s) in text:
            tp += 1
        else:
            fn += 1
    for s in without:
        if collapse(s) in text:
            fp += 1
        else:
            tn += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return PageScore(page_id, p, r, tp, fp, fn, tn)


def summarise(scores: list[PageScore]) -> dict[str, float | int]:
    """Shingle pages: means of per-page P and R, then F1 (the benchmark's way)."""
    if not scores:
        return {"pages": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    p = sum(s.precision for s in scores) / len(scores)
    r = sum(s.recall for s in scores) / len(scores)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"pages": len(scores), "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def summarise_counts(scores: list[PageScore]) -> dict[str, float | int]:
    """String pages: tp, fp, fn summed over pages, then P, R, F1 (trafilatura's way)."""
    tp = sum(s.tp for s in scores)
    fp = sum(s.fp for s in scores)
    fn = sum(s.fn for s in scores)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "pages": len(scores),
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def kept_text(article: Article) -> str:
    """What extraction-dev scores: body paragraphs and in-article headings."""
    return "\n\n".join(p.text for p in article.paragraphs if p.kind in KEPT_KINDS)


def indexed_text(article: Article) -> str:
    """What extraction-wild scores: every paragraph the index holds (title, headings, body, captions)."""
    return "\n\n".join(p.text for p in article.paragraphs if p.kind in INDEXED_KINDS)


def score_article(page: Page, article: Article | None) -> PageScore:
    if page.corpus == "dev":
        return score_page(page.page_id, kept_text(article) if article else "", page.body)
    return score_strings(page.page_id, indexed_text(article) if article else "", page.with_, page.without)


def summary(corpus: str, scores: list[PageScore]) -> dict[str, float | int]:
    return summarise(scores) if corpus == "dev" else summarise_counts(scores)


# --------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------


def read_page(page: Page, fmt: str) -> Document | None:
    """The page's Document, or None (with a warning on stderr) when it cannot be read."""
    path = page_file(page, fmt)
    if not path.is_file():
        return None
    try:
        return FORMATS[fmt](path)
    except IndexerError as exc:  # an honest zero for a page we could not read
        print(f"warning: {exc}", file=sys.stderr)
        return None


def trafilatura_text(page: Page) -> str | None:
    """What `trafilatura.extract` alone, with its default settings, returns for the page's HTML
    ("" when it finds nothing; None when the file is missing or unreadable)."""
    import trafilatura

    if not page.html.is_file():
        return None
    try:
        data = htmlpage.decompress(page.html.read_bytes(), str(page.html))
    except IndexerError as exc:
        print(f"warning: {exc}", file=sys.stderr)
        return None
    return trafilatura.extract(data) or ""


def score_text(page: Page, text: str | None) -> PageScore:
    """One page's score for a text that is already the kept text (a peer extractor's output)."""
    if page.corpus == "dev":
        return score_page(page.page_id, text or "", page.body)
    return score_strings(page.page_id, text or "", page.with_, page.without)


def run_trafilatura(pages: list[Page]) -> list[PageScore]:
    """Score `trafilatura.extract` alone (`trafilatura_text`) on `pages`."""
    return [score_text(p, trafilatura_text(p)) for p in pages]


def versus(ours: list[PageScore], peer: list[PageScore]) -> dict[str, int]:
    """How many pages (same order in both lists) our F1 is above, below or equal to the peer's."""
    better = sum(a.f1 > b.f1 + 1e-9 for a, b in zip(ours, peer))
    worse = sum(a.f1 < b.f1 - 1e-9 for a, b in zip(ours, peer))
    return {"better": better, "worse": worse, "same": len(ours) - better - worse}


def run(pages: list[Page], fmt: str, predict: Predictor = segment.segment) -> list[PageScore]:
    """Score `predict` on `pages` in format `fmt` ("txt" or "html")."""
    scores = []
    for page in pages:
        doc = read_page(page, fmt)
        article = None
        if doc is not None:
            try:
                article = predict(doc)
            except IndexerError as exc:
                print(f"warning: {exc}", file=sys.stderr)
        scores.append(score_article(page, article))
    return scores


def cross_validate(pages: list[Page], fmt: str, folds: int = CV_FOLDS) -> list[PageScore] | None:
    """Grouped-by-host CV of the learned block model: None when no model applies to `fmt`."""
    try:
        from eval import train_blocks
    except ImportError:
        return None
    return train_blocks.cross_validate(pages, fmt, folds)


def worst(scores: list[PageScore], n: int = 10) -> list[dict[str, object]]:
    return [
        {"id": s.page_id, "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
        for s in sorted(scores, key=lambda s: (s.f1, s.page_id))[:n]
    ]


def evaluate_corpus(corpus: Path, formats: list[str], held_out: bool, cv: bool) -> dict[str, object]:
    pages = load_pages(corpus)
    kind = pages[0].corpus if pages else corpus_kind(corpus)
    tune = [p for p in pages if not p.held_out]
    out: dict[str, object] = {
        "corpus": str(corpus),
        "kind": kind,
        "pages": len(pages),
        "tune_pages": len(tune),
        "sites": len({p.host for p in tune}),
    }
    for fmt in formats:
        started = time.perf_counter()
        res: dict[str, object] = {}
        scores = run(tune, fmt)
        res["tune"] = summary(kind, scores)
        res["worst"] = worst(scores)
        if cv:
            cv_scores = cross_validate(tune, fmt)
            if cv_scores is not None:
                res["cv"] = summary(kind, cv_scores)
        if fmt == "html":  # the natural peer: trafilatura alone on the same pages
            peer = run_trafilatura(tune)
            res["trafilatura"] = summary(kind, peer)
            res["versus_trafilatura"] = versus(scores, peer)
        if held_out:
            held = [p for p in pages if p.held_out]
            held_scores = run(held, fmt)
            res["held_out"] = summary(kind, held_scores)
            peer_held = run_trafilatura(held) if fmt == "html" else None
            if peer_held is not None:
                res["trafilatura_held_out"] = summary(kind, peer_held)
            # The wild corpus's "hard::" pages (trafilatura's own set of hard pages) have no host,
            # so the split rule puts all 22 in the held-out part and none in tuning: report them
            # apart so a reader can tell that population from the held-out sites.
            hard = {p.page_id for p in held if is_hard(p)}
            if hard:
                for name, part in (("held_out_hard", True), ("held_out_sites", False)):
                    res[name] = summary(kind, [s for s in held_scores if (s.page_id in hard) == part])
                    if peer_held is not None:
                        res["trafilatura_" + name] = summary(
                            kind, [s for s in peer_held if (s.page_id in hard) == part]
                        )
        res["seconds"] = round(time.perf_counter() - started, 2)
        out[fmt] = res
    return out


def show(corpora: list[Path], page_id: str, fmt: str) -> None:
    """Debug view: every block of one tuning page with its kind, reason and section."""
    matches = [p for c in corpora for p in load_pages(c) if p.page_id.startswith(page_id)]
    if len(matches) != 1:
        sys.exit(f"error: {len(matches)} pages match {page_id!r}")
    page = matches[0]
    if page.held_out:
        sys.exit(f"error: {page.page_id} is a held-out page ({page.host}); it is not shown")
    doc = read_page(page, fmt)
    if doc is None:
        sys.exit(f"error: cannot read {page_file(page, fmt)}")
    article = segment.segment(doc)
    print(
        f"# {page.page_id} {page.url} title={article.title!r} byline={article.byline!r} "
        f"dateline={article.dateline!r} published={article.published!r}"
    )
    kept = KEPT_KINDS if page.corpus == "dev" else INDEXED_KINDS
    for p in article.paragraphs:
        mark = "+" if p.kind in kept else " "
        print(f"{mark}{p.paragraph:3d} {p.kind:11s} {p.reason[:48]:48s} | {p.text[:110]!r}")
    peer = trafilatura_text(page) if fmt == "html" else None
    if page.corpus == "wild":
        # each string as we do, then as trafilatura alone does (html only): "ok" right, "-" wrong
        text = collapse(indexed_text(article))
        alone = collapse(peer) if peer is not None else None

        def mark(s: str, want: bool) -> str:
            return "" if alone is None else (" ok" if (collapse(s) in alone) == want else "  -")

        for s in page.with_:
            print(("  ok   with    " if collapse(s) in text else "  MISS with    ") + f"{mark(s, True)} {s[:90]!r}")
        for s in page.without:
            print(("  BAD  without " if collapse(s) in text else "  ok   without ") + f"{mark(s, False)} {s[:90]!r}")
    elif peer is not None:
        ours, alone_score = score_article(page, article), score_text(page, peer)
        print(f"  shingle F1 {ours.f1:.3f}; trafilatura alone {alone_score.f1:.3f}")


def _line(name: str, s: dict[str, object]) -> str:
    return f"  {name:20s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}  ({s['pages']} pages)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.extraction", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="an extraction corpus folder (repeatable; default: extraction-dev and extraction-wild)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON summary instead of text")
    parser.add_argument(
        "--format", choices=sorted(FORMATS), action="append", help="score only this format (repeatable; default: both)"
    )
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="also score the held-out sites (summary only; for the final report, not for tuning)",
    )
    parser.add_argument("--no-cv", dest="cv", action="store_false", help="skip grouped cross-validation")
    parser.add_argument("--show", metavar="ID", help="print the blocks of one tuning page (ID prefix)")
    args = parser.parse_args(argv)

    corpora: list[Path] = args.corpus or [c for c in DEFAULT_CORPORA if c.is_dir()] or [DEFAULT_CORPUS]
    for c in corpora:
        corpus_kind(c)
    formats = args.format or ["txt", "html"]
    if args.show:
        show(corpora, args.show, formats[0])
        return 0

    results = [evaluate_corpus(c, formats, args.held_out, args.cv) for c in corpora]
    if args.json:
        json.dump(
            {"schema_version": 2, "split": "held out: sha1(host) % 5 == 0; CV grouped by host", "corpora": results},
            sys.stdout,
            indent=2,
        )
        print()
        return 0
    for res in results:
        print(
            f"# {res['corpus']} ({res['kind']}: {res['pages']} pages, {res['tune_pages']} for tuning "
            f"from {res['sites']} sites)"
        )
        for fmt in formats:
            r = res[fmt]
            assert isinstance(r, dict)
            print(f"== {fmt} ({r['seconds']} s)")
            for name in (
                "tune",
                "cv",
                "held_out",
                "held_out_sites",
                "held_out_hard",
                "trafilatura",
                "trafilatura_held_out",
                "trafilatura_held_out_sites",
                "trafilatura_held_out_hard",
            ):
                if name in r:
                    print(_line(name, r[name]))
            if "versus_trafilatura" in r:
                v = r["versus_trafilatura"]
                print(
                    f"  tuning pages against trafilatura alone: {v['better']} better, {v['worse']} worse, {v['same']} same"
                )
            print("  ten worst tuning pages:")
            for w in r["worst"]:
                print(f"    {w['id'][:16]}  P={w['precision']:.3f} R={w['recall']:.3f} F1={w['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
