"""Screen a learned filter over the HTML path's kept paragraphs, by CV grouped by host.

Usage (from the repo root, with the `train` extra: `pip install -e '.[train]'`):

    python -m eval.train_html                       # grouped CV, both corpora, each variant
    python -m eval.train_html --cache F.pickle      # keep the pages' features between runs
    python -m eval.train_html --fold-models DIR     # with each CV fold's plain-text block model
                                                    # (trained into DIR when absent, ~2 min a fold)

The HTML path keeps what trafilatura extracts and our rules do not set aside (`segment` over
`htmlpage.extract`). This script asks whether gradient-boosted trees over each paragraph's
place in the page can drop the chrome among the kept ones without losing article text. The
features are those of `eval.html_blocks` (MARKUP_FEATURES: the element's tag, link share,
class/id words between it and the article's container, inside that container, length,
punctuation, stop-word share) and, new here (EXTRA_FEATURES), none of them a word of the site:

- whether readability and jusText hold the paragraph (`htmlagree`; -1 when the extractor does
  not vote on the page) and whether it comes after the last paragraph both hold;
- the shipped plain-text block model's P(article text) on the paragraph, with the kept text of
  the page read as a plain-text dump (and whether the plain-text rules keep it). The shipped
  model was trained on these sites' dumps, so under CV the fold's own plain-text model is used
  with `--fold-models DIR` (`DIR/fold{k}.json`, `BlockModel.spec` of `train_blocks.fold_model(k)`,
  trained when absent), else the shipped one and the figure is marked leaky;
- position against the page's headline (`htmllead._headline`) and the longest run of prose
  paragraphs;
- chrome box words (comment, related, share, author, nav, promo groups) on any ancestor, above
  the article's container as well as below it, and the element's depth in the page;
- the rule kind and reason family of the paragraph (lead, gap put back, heading).

Labels as `eval.train_blocks` gives them (dev: shingle overlap with the true body; wild: the
with/without strings). Folds are `extraction.cv_fold` by host over the tuning pages of both
corpora (never a held-out site). The rules alone are scored on the same pages (every tuning
page is a test page of exactly one fold), so "rules" and "learned" below compare the same
pages. Nothing is written to the package: see docs/quality.md for what the screen found.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval import extraction, html_blocks, train_blocks
from indexer import blocks as blockmodel
from indexer import htmlagree, htmlpage, segment
from indexer.htmlchrome import locate, main_container, name_words
from indexer.htmllead import _headline, text_blocks
from indexer.models import BODY, HEADING, LEAD, TITLE

_BOX_GROUPS = {
    "comment": re.compile(r"^(?:comments?|kommentare?|respond|replies|reply|disqus|discussion)$"),
    "related": re.compile(
        r"^(?:related|relatedposts?|yarpp|recommended|popular|trending|similar|more|teaser|mostread)$"
    ),
    "share": re.compile(r"^(?:share|sharing|sharedaddy|shariff|social|sociable|addtoany|sharethis)$"),
    "author": re.compile(r"^(?:author|authors|bio|byline|profile|about)$"),
    "nav": re.compile(r"^(?:footer|sidebar|nav|navbar|navigation|menu|breadcrumbs?|header|widget|aside)$"),
    "promo": re.compile(
        r"^(?:promo|newsletter|subscribe|signup|optin|ad|ads|advert|sponsor|sponsored|paywall|banner)$"
    ),
}
EXTRA_FEATURES: tuple[str, ...] = (
    "readability",
    "justext",
    "after_agreed",
    "pt_prob",
    "pt_rule_keep",
    "after_headline",
    "headline_distance",
    "in_run",
    "run_distance",
    "run_side",
    "page_depth",
    *(f"box_{g}_below" for g in _BOX_GROUPS),
    *(f"box_{g}_above" for g in _BOX_GROUPS),
    "kind_lead",
    "kind_heading",
    "reason_put_back",
)
FEATURES = (*html_blocks.MARKUP_FEATURES, *EXTRA_FEATURES)
KEPT = (BODY, HEADING, LEAD)  # what the filter may drop; titles stay (the headline is indexed by design)
THRESHOLDS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5)


@dataclass
class Para:
    """One paragraph of the HTML path's article (`text` is what the labels read)."""

    kind: str
    text: str
    reason: str


@dataclass
class PageData:
    """A tuning page's paragraphs, feature rows (FEATURES order; pt_prob per fold in
    `pt_probs[k]`, fold -1 the shipped model), and labels (None, or (1 article / 0 chrome, weight))."""

    page: extraction.Page
    paras: list[Para]
    rows: list[list[float]]
    labels: list[tuple[int, float] | None]
    pt_text_blocks: list[int]  # per paragraph, its block in the plain-text reading (-1: none)
    pt_rows: list[list[float]]
    pt_texts: list[str]


def _agreement(html: str, tree: Any, paras: Sequence[Para]) -> list[list[float]]:
    """[readability holds, jusText holds, after the last paragraph both hold] per paragraph;
    an extractor that does not vote on the page (`htmlagree._votes`) gives -1."""
    body = {i: p.text for i, p in enumerate(paras) if p.kind in (BODY, LEAD)}
    if not body or tree is None:
        return [[-1.0, -1.0, -1.0] for _ in paras]
    r_text = htmlagree._Text(htmlagree.readability_text(tree))
    j_text = htmlagree._Text(htmlagree.justext_text(html, "\n".join(body.values())))
    r_vote = htmlagree._votes(r_text, body) is not None
    j_vote = htmlagree._votes(j_text, body) is not None
    r_hold = [r_text.holds(p.text) for p in paras]
    j_hold = [j_text.holds(p.text) for p in paras]
    both = [i for i in body if r_hold[i] and j_hold[i]]
    last = both[-1] if both and r_vote and j_vote else None
    return [
        [
            float(r_hold[i]) if r_vote else -1.0,
            float(j_hold[i]) if j_vote else -1.0,
            -1.0 if last is None else float(i > last),
        ]
        for i in range(len(paras))
    ]


def _plain_text(paras: Sequence[Para]) -> tuple[list[int], list[list[float]], list[str], list[float]]:
    """The kept and set-aside paragraphs read as one plain-text dump: (block of each paragraph,
    -1 when not matched; the blocks' `blockmodel.FEATURES` rows; their texts; 1 when the
    plain-text rules keep the block). The rule pass's "clean page" shortcut is not taken."""
    texts = [p.text for p in paras if p.kind != TITLE]
    pt = segment.split_blocks("\n\n".join(texts))
    for b in pt:
        segment.textblocks._measure(b)
    stops = segment.model._page_stop_words(pt)
    if stops:
        for b in pt:
            toks = segment.patterns._WORD.findall(b.low)
            b.lang_stop = sum(map(stops.__contains__, toks)) / len(toks) if toks else 0.0
    segment.model._classify_text(pt)
    rows = blockmodel.features(pt, stops) if pt else []
    norm = [" ".join(b.text.split()) for b in pt]
    where: list[int] = []
    at = 0
    for p in paras:
        key = " ".join(p.text.split())
        j = next((k for k in range(at, min(at + 5, len(norm))) if norm[k] == key), -1)
        where.append(j)
        if j >= 0:
            at = j + 1
    return where, rows, [b.text for b in pt], [float(b.kind in (BODY, HEADING)) for b in pt]


def pt_probs(d: PageData, model: blockmodel.BlockModel) -> list[float]:
    """P(article text) of each paragraph of `d` by the plain-text block `model` (-1: not matched)."""
    if not d.pt_rows:
        return [-1.0] * len(d.paras)
    rows = [list(r) for r in d.pt_rows]
    model.add_lexical(rows, d.pt_texts)
    probs = model.probabilities(rows)
    return [probs[j] if j >= 0 else -1.0 for j in d.pt_text_blocks]


def _extra_rows(tree: Any, paras: Sequence[Para], title: str) -> list[list[float]]:
    """The position and box features of EXTRA_FEATURES (after the agreement and plain-text
    ones), per paragraph."""
    page_blocks = text_blocks(tree) if tree is not None else []
    where = locate(page_blocks, [p.text for p in paras]) if page_blocks else [-1] * len(paras)
    head = _headline(page_blocks, title) if page_blocks else -1
    prose = [htmlpage._prose_weight(p.text) if p.kind in (BODY, LEAD) else 0 for p in paras]
    owners = [page_blocks[j].owner if j >= 0 else None for j in where]
    found = [(o, w) for o, w in zip(owners, prose) if o is not None]
    main = main_container([o for o, _ in found], [w for _, w in found]) if found else None
    above_main = set(main.iterancestors()) | {main} if main is not None else set()
    # the longest run of consecutive prose paragraphs among the kept ones
    best, start, run = (0, -1), -1, 0
    for i, p in enumerate(paras):
        if prose[i] and p.kind in (BODY, LEAD):
            start = i if run == 0 else start
            run += 1
            best = max(best, (run, start))
        elif p.kind in (BODY, LEAD, HEADING):
            run = 0
    run_len, run_start = best
    run_end = run_start + run_len - 1
    out = []
    for i, p in enumerate(paras):
        owner = owners[i]
        groups_below = dict.fromkeys(_BOX_GROUPS, 0.0)
        groups_above = dict.fromkeys(_BOX_GROUPS, 0.0)
        depth = -1.0
        if owner is not None:
            chain = [owner, *owner.iterancestors()]
            depth = float(len(chain))
            for el in chain:
                words = [w.lower() for w in name_words(el)]
                target = groups_above if el in above_main else groups_below
                for g, rx in _BOX_GROUPS.items():
                    if any(rx.match(w) for w in words):
                        target[g] = 1.0
        j = where[i]
        after = -1.0 if head < 0 or j < 0 else float(j > head)
        dist = -1.0 if head < 0 or j < 0 else math.log1p(abs(j - head))
        if run_len == 0:
            in_run, rdist, side = -1.0, -1.0, 0.0
        else:
            in_run = float(run_start <= i <= run_end)
            rdist = math.log1p(max(run_start - i, i - run_end, 0))
            side = -1.0 if i < run_start else 1.0 if i > run_end else 0.0
        out.append(
            [
                after,
                dist,
                in_run,
                rdist,
                side,
                depth,
                *groups_below.values(),
                *groups_above.values(),
                float(p.kind == LEAD),
                float(p.kind == HEADING),
                float("put back" in p.reason or "between" in p.reason),
            ]
        )
    return out


def page_data(page: extraction.Page) -> PageData | None:
    """One tuning page's paragraphs with features and labels (None: unreadable)."""
    doc = extraction.read_page(page, "html")
    if doc is None:
        return None
    article = segment.segment(doc)
    paras = [Para(p.kind, p.text, p.reason) for p in article.paragraphs]
    html, _, _ = htmlpage._read(page.html.read_bytes(), str(page.html))
    tree = htmlpage._parse(html)
    base = html_blocks.markup_features(tree, [html_blocks.Para(p.kind, p.text) for p in paras])
    agree = _agreement(html, tree, paras)
    where, pt_rows, pt_texts, pt_keep = _plain_text(paras)
    extra = _extra_rows(tree, paras, article.title or "")
    rows = [
        [*b, *a, -1.0, pt_keep[where[i]] if where[i] >= 0 else -1.0, *e]
        for i, (b, a, e) in enumerate(zip(base, agree, extra))
    ]
    if page.corpus == "dev":
        labels = train_blocks._dev_labels(paras, page.body)
    else:
        labels = train_blocks._wild_labels(paras, page.with_, page.without)
    labels = [None if p.kind == TITLE else lab for p, lab in zip(paras, labels)]
    return PageData(page, paras, rows, labels, where, pt_rows, pt_texts)


PARAMS: dict[str, Any] = {
    "n_estimators": 150,
    "max_depth": 3,
    "learning_rate": 0.08,
    "min_samples_leaf": 10,
    "subsample": 0.8,
    "max_features": 0.5,
    "random_state": 0,
}


def _columns(variant: str) -> list[int]:
    names = list(FEATURES)
    if variant == "markup":  # the earlier screen's features only
        return list(range(len(html_blocks.MARKUP_FEATURES)))
    if variant == "no_pt":
        return [i for i, n in enumerate(names) if n != "pt_prob"]
    return list(range(len(names)))


def fit(data: Sequence[PageData], cols: Sequence[int], all_paras: bool, rows_of: Any) -> Any:
    """Gradient-boosted trees on the labelled paragraphs (kept ones; with `all_paras` the ones
    the rules set aside too); both corpora weigh the same."""
    from sklearn.ensemble import GradientBoostingClassifier

    total = {"dev": 0.0, "wild": 0.0}
    X, y, w, corp = [], [], [], []
    for d in data:
        rows = rows_of(d)
        for p, row, lab in zip(d.paras, rows, d.labels):
            if lab is None or not (all_paras or p.kind in KEPT):
                continue
            X.append([row[c] for c in cols])
            y.append(lab[0])
            w.append(lab[1])
            corp.append(d.page.corpus)
            total[d.page.corpus] += lab[1]
    w = [x / total[c] * 1000.0 for x, c in zip(w, corp)]
    return GradientBoostingClassifier(**PARAMS).fit(X, y, sample_weight=w)


def _summary(data: Sequence[PageData], drops: Sequence[Sequence[bool]], corpus: str) -> dict[str, float]:
    scores = [html_blocks.score(d, dr) for d, dr in zip(data, drops) if d.page.corpus == corpus]  # type: ignore[arg-type]
    return extraction.summarise_counts(scores) if corpus == "wild" else extraction.summarise(scores)


def _line(label: str, data: Sequence[PageData], drops: Sequence[Sequence[bool]]) -> str:
    w, v = _summary(data, drops, "wild"), _summary(data, drops, "dev")
    n = sum(map(sum, drops))
    return (
        f"  {label:24s} ({n:4d}) wild F1={w['f1']:.4f} P={w['precision']:.4f} R={w['recall']:.4f} "
        f"(tp {w['tp']}, fp {w['fp']}, fn {w['fn']}); dev F1={v['f1']:.4f} P={v['precision']:.4f} R={v['recall']:.4f}"
    )


def run(data: list[PageData], fold_models: Path | None, variants: Sequence[str], show: float = 0.0) -> None:
    """Print the rules alone and each variant's CV drops at each threshold, on all tuning pages;
    with `show`, each fold's figures at that threshold beside the rules' on the same pages, and
    the dropped paragraphs that hold a labelled string (tuning pages only)."""
    folds = extraction.CV_FOLDS
    fold_of = [extraction.cv_fold(d.page.host, folds) for d in data]
    shipped = blockmodel.default_model()
    per_fold: dict[int, blockmodel.BlockModel | None] = {}
    for k in range(folds):
        f = fold_models / f"fold{k}.json" if fold_models else None
        if f is not None and not f.is_file():  # train it (~2 min a fold) and keep it for the next run
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(json.dumps(train_blocks.fold_model(k, folds, train_blocks.tuning_pool()).spec))
        per_fold[k] = blockmodel.BlockModel(json.loads(f.read_text())) if f else None
    leaky = any(m is None for m in per_fold.values())
    col = FEATURES.index("pt_prob")
    honest: list[list[list[float]]] = []
    for d, k in zip(data, fold_of):
        probs = pt_probs(d, per_fold[k] or shipped)  # type: ignore[arg-type]
        honest.append([[*r[:col], q, *r[col + 1 :]] for r, q in zip(d.rows, probs)])
    index = {id(d): i for i, d in enumerate(data)}

    def rows_of(d: PageData, table: list[list[list[float]]] = honest) -> list[list[float]]:
        return table[index[id(d)]]

    labelled = sum(lab is not None for d in data for lab in d.labels)
    chrome = sum(lab is not None and lab[0] == 0 and p.kind in KEPT for d in data for p, lab in zip(d.paras, d.labels))
    print(
        f"{len(data)} tuning pages, {labelled} labelled paragraphs, {chrome} of them kept chrome; "
        f"plain-text model per fold: {'no (shipped: leaky)' if leaky else 'yes'}"
    )
    none = [[False] * len(d.paras) for d in data]
    print(_line("rules alone", data, none))
    for variant in variants:
        name, _, scope = variant.partition("+")
        cols = _columns(name)
        probs: dict[int, list[float]] = {}
        for k in range(folds):
            model = fit([d for d, f in zip(data, fold_of) if f != k], cols, scope == "all", rows_of)
            for i, d in enumerate(data):
                if fold_of[i] == k and d.rows:
                    probs[i] = [float(p) for p in model.predict_proba([[r[c] for c in cols] for r in rows_of(d)])[:, 1]]
        for t in THRESHOLDS:
            drops = [
                [p.kind in KEPT and q < t for p, q in zip(d.paras, probs.get(i, [1.0] * len(d.paras)))]
                for i, d in enumerate(data)
            ]
            print(_line(f"{variant} P<{t}", data, drops))
        if show:
            _show(data, fold_of, probs, show)
        sys.stdout.flush()


def _show(data: list[PageData], fold_of: list[int], probs: dict[int, list[float]], t: float) -> None:
    """Per fold: the rules alone and the filter at threshold `t` on that fold's test pages; then
    every dropped paragraph that carries a label (1 article / 0 chrome) with its probability."""
    for k in range(extraction.CV_FOLDS):
        sub = [(i, d) for i, d in enumerate(data) if fold_of[i] == k]
        pages = [d for _, d in sub]
        none = [[False] * len(d.paras) for d in pages]
        drops = [
            [p.kind in KEPT and q < t for p, q in zip(d.paras, probs.get(i, [1.0] * len(d.paras)))] for i, d in sub
        ]
        print(f"  fold {k}: {len(pages)} pages")
        print(_line("    rules alone", pages, none))
        print(_line(f"    learned P<{t}", pages, drops))
    for i, d in enumerate(data):
        for p, q, lab in zip(d.paras, probs.get(i, []), d.labels):
            if p.kind in KEPT and q < t and lab is not None:
                print(f"    {d.page.corpus} {d.page.page_id[:10]} label={lab[0]} p={q:.3f} {p.kind}: {p.text[:90]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.train_html", description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help="pickle of the pages' features (written when absent)")
    parser.add_argument("--fold-models", type=Path, help="folder of the plain-text fold models (fold{k}.json)")
    parser.add_argument("--variants", default="markup,no_pt,all,no_pt+all,all+all")
    parser.add_argument("--show", type=float, default=0.0, help="per fold figures and drops at this threshold")
    parser.add_argument(
        "--params", default="", help="GradientBoostingClassifier settings, e.g. max_depth=2,n_estimators=300"
    )
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("error: scikit-learn is not installed: pip install -e '.[train]'")
    if args.cache and args.cache.is_file():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = [d for d in (page_data(p) for p in train_blocks.tuning_pool()) if d is not None]
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))
    for item in filter(None, args.params.split(",")):
        key, _, value = item.partition("=")
        PARAMS[key] = float(value) if "." in value else int(value)
    run(data, args.fold_models, args.variants.split(","), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
