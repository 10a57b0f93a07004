"""Screen a learned second opinion on the HTML path's kept blocks, by grouped cross-validation.

Usage (from the repo root, with the `train` extra: `pip install -e '.[train]'`):

    python -m eval.html_blocks                   # grouped-by-host CV of the HTML block model
    python -m eval.html_blocks --precision       # trafilatura's favor_precision against its default

The HTML path keeps what trafilatura extracts and our rules do not set aside (`segment` over
`htmlpage.extract`). This script asks whether a model that reads each kept paragraph's place in
the page's markup could drop the chrome among them: for every paragraph of a tuning page (never
a held-out site, see eval.extraction), MARKUP_FEATURES from where it sits (the link share of its
element, its tag, the class/id names between it and the article's container that
`htmlchrome.main_container` finds, inside or outside that container, its distance from the
article's prose) and from its text (length, sentence punctuation, stop-word share in the page's
language). Labels as `eval.train_blocks` gives them (dev: shingle overlap with the true body;
wild: the with/without strings). A gradient-boosted model is trained on four groups of sites and
scores the fifth (`extraction.cv_fold`); a kept body, heading or lead paragraph whose
P(article text) is under a threshold is dropped, and the pages are scored as `eval.extraction`
scores them. Nothing is written: the model is not shipped (see the README's Quality section for
what the screen found).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eval import extraction, train_blocks
from indexer import htmlpage, language, segment
from indexer.htmlchrome import CHROME_WORDS, locate, main_container, name_words
from indexer.htmllead import text_blocks
from indexer.models import BODY, HEADING, INDEXED_KINDS, LEAD, TITLE

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”»)]*$")
_TAGS = ("p", "li", "td", "h2", "h3", "h4", "div", "span", "blockquote", "dd")
_BOXES = ("ul", "ol", "nav", "aside", "footer", "header", "form", "table")
MARKUP_FEATURES: tuple[str, ...] = (
    "log_words",
    "sentence_end",
    "stop",
    "has_stops",
    "prose",
    "heading",
    "lead",
    "lines",
    "position",
    "before_prose",
    "after_prose",
    "prose_distance",
    "share",
    "colon_end",
    "digits",
    "capitalised",
    "found",
    "link_share",
    "in_main",
    "depth",
    "named_boxes",
    "chrome_named",
    "same_siblings",
    "in_box",
    *(f"tag_{t}" for t in _TAGS),
)
DECIDED = (BODY, HEADING, LEAD)  # what the second opinion may drop; titles and captions stay
THRESHOLDS = (0.02, 0.05, 0.1, 0.2, 0.3)
PARAMS: dict[str, Any] = {
    "n_estimators": 150,
    "max_depth": 3,
    "learning_rate": 0.08,
    "min_samples_leaf": 20,
    "subsample": 0.8,
    "max_features": 0.5,
    "random_state": 0,
}


@dataclass
class Para:
    """One paragraph of the HTML path's article: kind and text (`text` is what the labels read)."""

    kind: str
    text: str


@dataclass
class PageData:
    """A tuning page's paragraphs, their MARKUP_FEATURES rows, and labels (None: unlabelled;
    else (1 article text / 0 chrome, weight))."""

    page: extraction.Page
    paras: list[Para]
    rows: list[list[float]]
    labels: list[tuple[int, float] | None]


def markup_features(tree: Any, paras: Sequence[Para]) -> list[list[float]]:
    """One MARKUP_FEATURES row per paragraph of one page (`tree`: the page parsed by lxml, None
    when it could not be; the markup features are then -1)."""
    texts = [p.text for p in paras]
    page_blocks = text_blocks(tree) if tree is not None else []
    where = locate(page_blocks, texts) if page_blocks else [-1] * len(texts)
    owners = [page_blocks[j].owner if j >= 0 else None for j in where]
    prose = [htmlpage._prose_weight(p.text) if p.kind in (BODY, LEAD) else 0 for p in paras]
    found = [(o, w) for o, w in zip(owners, prose) if o is not None]
    main = main_container([o for o, _ in found], [w for _, w in found]) if found else None
    code = language.detect_code("\n".join(t for t, w in zip(texts, prose) if w)[:3000] or " ".join(texts))
    stops = language.stop_words(code) if code != language.UNDETERMINED else frozenset()
    ctx = _Context(main, stops, [i for i, w in enumerate(prose) if w], sum(map(len, texts)) or 1, len(paras))
    return [
        _text_row(p, i, prose[i], ctx) + _markup_row(owners[i], page_blocks[where[i]] if where[i] >= 0 else None, ctx)
        for i, p in enumerate(paras)
    ]


@dataclass
class _Context:
    main: Any
    stops: frozenset[str]
    prose: list[int]
    chars: int
    n: int


def _text_row(p: Para, i: int, prose: int, ctx: _Context) -> list[float]:
    tokens = _WORD.findall(p.text.lower())
    words = p.text.split()
    first = ctx.prose[0] if ctx.prose else ctx.n
    last = ctx.prose[-1] if ctx.prose else -1
    return [
        math.log1p(len(tokens)),
        float(bool(_SENTENCE_END.search(p.text.strip()))),
        sum(t in ctx.stops for t in tokens) / len(tokens) if tokens and ctx.stops else 0.0,
        float(bool(ctx.stops)),
        float(bool(prose)),
        float(p.kind == HEADING),
        float(p.kind == LEAD),
        math.log1p(p.text.count("\n") + 1),
        i / max(ctx.n - 1, 1),
        float(i < first),
        float(i > last),
        math.log1p(min((abs(i - k) for k in ctx.prose), default=99)),
        len(p.text) / ctx.chars,
        float(p.text.rstrip().endswith(":")),
        sum(c.isdigit() for c in p.text) / max(len(p.text), 1),
        sum(w[:1].isupper() for w in words) / max(len(words), 1),
    ]


def _markup_row(owner: Any, block: Any, ctx: _Context) -> list[float]:
    """The markup part of a row: `block` is the paragraph's page block (`htmllead.TextBlock`),
    `owner` its element; None when the paragraph was not found in the page."""
    if owner is None:
        return [-1.0] * (8 + len(_TAGS))
    chain = [owner, *owner.iterancestors()]
    inside = ctx.main is not None and any(el is ctx.main for el in chain)
    below = chain[: next((k for k, el in enumerate(chain) if el is ctx.main), len(chain))]
    names = [name_words(el) for el in below]
    parent = owner.getparent()
    same = (
        [s for s in parent if s.tag == owner.tag and s.get("class") == owner.get("class")] if parent is not None else []
    )
    tag = owner.tag if isinstance(owner.tag, str) else ""
    depth = len(chain) - (len(list(ctx.main.iterancestors())) + 1 if ctx.main is not None else 0)
    return [
        1.0,
        block.link_chars / max(len(block.text), 1),
        float(inside),
        float(depth),
        float(sum(bool(n) for n in names)),
        float(any(CHROME_WORDS.match(w) for n in names for w in n)),
        math.log1p(len(same)),
        float(any(isinstance(el.tag, str) and el.tag in _BOXES for el in below[:8])),
        *(float(tag == t) for t in _TAGS),
    ]


def page_data(page: extraction.Page) -> PageData | None:
    """The HTML path's paragraphs of one page with features and labels (None: unreadable)."""
    doc = extraction.read_page(page, "html")
    if doc is None:
        return None
    article = segment.segment(doc)
    paras = [Para(p.kind, p.text) for p in article.paragraphs]
    html, _, _ = htmlpage._read(page.html.read_bytes(), str(page.html))
    tree = htmlpage._parse(html)
    rows = markup_features(tree, paras)
    if page.corpus == "dev":
        labels = train_blocks._dev_labels(paras, page.body)
    else:
        labels = train_blocks._wild_labels(paras, page.with_, page.without)
    return PageData(page, paras, rows, [None if p.kind == TITLE else lab for p, lab in zip(paras, labels)])


def fit(data: Sequence[PageData]) -> Any:
    """A GradientBoostingClassifier (PARAMS) on the labelled rows; both corpora weigh the same."""
    from sklearn.ensemble import GradientBoostingClassifier

    total = {"dev": 0.0, "wild": 0.0}
    for d in data:
        total[d.page.corpus] += sum(lab[1] for lab in d.labels if lab)
    X, y, w = [], [], []
    for d in data:
        for row, lab in zip(d.rows, d.labels):
            if lab is not None:
                X.append(row)
                y.append(lab[0])
                w.append(lab[1] / total[d.page.corpus] * 1000.0)
    return GradientBoostingClassifier(**PARAMS).fit(X, y, sample_weight=w)


def score(d: PageData, drop: Sequence[bool]) -> extraction.PageScore:
    """The page scored as eval.extraction scores it, without the `drop`ped paragraphs."""
    kept = [p for p, gone in zip(d.paras, drop) if not gone]
    if d.page.corpus == "dev":
        text = "\n\n".join(p.text for p in kept if p.kind in extraction.KEPT_KINDS)
        return extraction.score_page(d.page.page_id, text, d.page.body)
    text = "\n\n".join(p.text for p in kept if p.kind in INDEXED_KINDS)
    return extraction.score_strings(d.page.page_id, text, d.page.with_, d.page.without)


def cross_validate(data: Sequence[PageData], folds: int = extraction.CV_FOLDS) -> dict[int, list[float]]:
    """{index in `data`: P(article text) of each paragraph} from a model trained without the
    page's fold of sites (`extraction.cv_fold`)."""
    probs: dict[int, list[float]] = {}
    for fold in range(folds):
        test = [i for i, d in enumerate(data) if extraction.cv_fold(d.page.host, folds) == fold]
        model = fit([d for d in data if extraction.cv_fold(d.page.host, folds) != fold])
        for i in test:
            probs[i] = [float(p) for p in model.predict_proba(data[i].rows)[:, 1]] if data[i].rows else []
    return probs


def _summaries(data: Sequence[PageData], drops: Sequence[Sequence[bool]]) -> str:
    wild = [score(d, dr) for d, dr in zip(data, drops) if d.page.corpus == "wild"]
    dev = [score(d, dr) for d, dr in zip(data, drops) if d.page.corpus == "dev"]
    w, v = extraction.summarise_counts(wild), extraction.summarise(dev)
    return (
        f"wild P={w['precision']:.4f} R={w['recall']:.4f} F1={w['f1']:.4f} (tp {w['tp']}, fp {w['fp']}, "
        f"fn {w['fn']}); dev P={v['precision']:.4f} R={v['recall']:.4f} F1={v['f1']:.4f}"
    )


def run_cv(pages: Sequence[extraction.Page]) -> None:
    """Print the tuning figures as they are and with the CV model's drops at each threshold."""
    data = [d for d in (page_data(p) for p in pages) if d is not None]
    labelled = sum(lab is not None for d in data for lab in d.labels)
    chrome = sum(
        lab is not None and lab[0] == 0 and p.kind in DECIDED for d in data for p, lab in zip(d.paras, d.labels)
    )
    print(f"{len(data)} pages, {labelled} labelled paragraphs, {chrome} of them kept chrome")
    print(f"  as shipped          {_summaries(data, [[False] * len(d.paras) for d in data])}")
    probs = cross_validate(data)
    for t in THRESHOLDS:
        drops = [[p.kind in DECIDED and q < t for p, q in zip(d.paras, probs[i])] for i, d in enumerate(data)]
        print(f"  drop P<{t:<4} ({sum(map(sum, drops)):3d})  {_summaries(data, drops)}")


def run_precision(pages: Sequence[extraction.Page]) -> None:
    """Print the tuning figures with trafilatura's default and with its favor_precision mode."""
    for name, flag in (("default", False), ("favor_precision", True)):
        htmlpage.FAVOR_PRECISION = flag
        for corpus in ("wild", "dev"):
            scores = extraction.run([p for p in pages if p.corpus == corpus], "html")
            s = extraction.summary(corpus, scores)
            print(f"  {name:16s} {corpus}: P={s['precision']:.4f} R={s['recall']:.4f} F1={s['f1']:.4f}")
    htmlpage.FAVOR_PRECISION = False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.html_blocks", description=__doc__.split("\n")[0])
    parser.add_argument("--precision", action="store_true", help="screen favor_precision instead of the model")
    args = parser.parse_args(argv)
    pages = train_blocks.tuning_pool()
    if args.precision:
        run_precision(pages)
        return 0
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("error: scikit-learn is not installed: pip install -e '.[train]'")
    run_cv(pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
