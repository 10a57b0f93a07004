"""Train the plain-text block model (indexer/data/blocks.json) and cross-validate it by site.

Usage (from the repo root, with the `train` extra: `pip install -e '.[train]'`):

    python -m eval.train_blocks               # train on every tuning page, write the model
    python -m eval.train_blocks --cv          # grouped-by-host CV figures only, nothing written
    python -m eval.train_blocks --cv --seeds 1  # the same with one ensemble instead of three (faster)
    python -m eval.train_blocks --cv --seeds 1 --drop rules      # ablation: without the rules' verdicts
    python -m eval.train_blocks --cv --seeds 1 --switch-costs 0,1  # sequence decision, each cost
    python -m eval.train_blocks --cv --seeds 1 --lexical chars=1,C=0.3  # the lexical signal's settings
    python -m eval.train_blocks --cv --seeds 1 --lexical off           # without the lexical signal
    python -m eval.train_blocks --cv --folds-file /tmp/folds.json  # the same fold models before and after a rule change
    python -m eval.train_blocks --cv --extra ../trial15 --extra ../trial17  # more labelled pages in training
    python -m eval.train_blocks --cv --seeds 1 --random-state 2  # the same data, other random draws
    python -m eval.train_blocks --cv --seeds 1 --augment 1  # with rule-blind copies of the rules' certain blocks (a screen)

Training data: the tuning pages (never the held-out sites, see eval.extraction) of
extraction-dev and extraction-wild. Each block of a page's plain-text dump is labelled by
aligning it with the page's truth:

- extraction-dev: the true article body. A block of 4+ tokens is article text when at least half
  of its 4-token shingles occur in the body; a shorter block when its tokens occur in the body
  as one run. Weight: the block's share of the page's tokens (the benchmark weighs pages equally
  and tokens within a page).
- extraction-wild: the must-have / must-not-have strings. A block containing (or contained in)
  a `with` string is article text, one with a `without` string is chrome; blocks with neither
  (or both) are not used. Weight 1 per block (the corpus sums string counts over pages).

More labelled corpora in either layout (`--extra DIR`, repeated: the trial pages our own helpers
wrote with truth, the pages of `python -m eval.news_corpus DIR`) add their tuning pages
(never a held-out site by the same sha1(host) rule) to the training data, labelled by their
layout's method and weighed within that corpus kind. Under `--cv` they only train: a fold's model
leaves out the extra pages of its hosts too (grouped by host), and the figures stay those of
extraction-dev and extraction-wild.

Only blocks whose rule kind is body, heading or boilerplate are rows: that is what the model
decides. The lexical columns (indexer.lexical: a logistic regression over the hashed words of
the labelled blocks) reach the trees out of fold (`with_lexical`). The model is scikit-learn's
GradientBoostingClassifier (fixed seed: the row samples of stochastic boosting are drawn the
same way every run, so the same data gives the same trees), exported as plain numbers that
indexer.blocks evaluates, with the regression's weights as a hashed table.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from collections.abc import Iterator
from typing import Any

from eval import extraction
from indexer import blocks as blockmodel
from indexer import lexical as lexmodel
from indexer import segment

_TOKEN = re.compile(r"\w+")
# Model size, chosen by grouped CV (dev / wild F1): depth 3 x 200 trees 0.927 / 0.879, depth 4 x
# 250 0.931 / 0.883, depth 5 x 300 0.921 / 0.885. A page's blocks go through all trees at once
# (numpy) in about a millisecond. Stochastic gradient boosting (each tree on a seeded 80% sample
# of the rows, leaves of 20+ rows) varies less from one training set to the next: with this
# release's features, grouped CV 0.940 / 0.901 against 0.941 / 0.895 with every row and leaves
# of 10. Each split then looks at a seeded half of the features (`max_features`: 0.941 / 0.899
# under grouped CV with one seed), and three such ensembles with different seeds are averaged
# (SEEDS): the rows and features each tree sees differ between the three, so the average varies
# less with the training set than one ensemble does (bagging; the wild model had ~60 tuning
# pages change score from one retraining to the next).
PARAMS: dict[str, Any] = {
    "n_estimators": 250,
    "max_depth": 4,
    "learning_rate": 0.08,
    "min_samples_leaf": 20,
    "subsample": 0.8,
    "max_features": 0.5,
    "random_state": 0,
}
# Both corpora weigh the same in training (dev has dense labels on few pages, wild sparse
# labels on many).
WILD_SHARE = 0.5
THRESHOLD = 0.5
# Seeds of the first stage (its row and feature samples): one ensemble each, log-odds averaged.
SEEDS: tuple[int, ...] = (0, 1, 2)
# The random state of a whole retraining (`--random-state N`): the first stage's seeds
# (N*k .. N*k+k-1 for k ensembles), the second stage's seed and the salts of the inner host folds
# of the lexical and stacking columns (which pages score which). 0 is the shipped model's; other
# values retrain the same data with other draws, so a change can be measured against a
# retraining's own noise (paired: both sides under each of a few states). The outer CV folds
# (extraction.cv_fold) stay fixed, so every state scores the same pages with the same folds.
RANDOM_STATE = 0
# Cost of a switch between article text and chrome in the page's sequence decision
# (blocks.sequence_keep; 0: each block on its own).
SWITCH_COST = 0.0

# Feature groups an ablation can withhold from the first stage (`--drop`): the columns are set
# to 0 in training, so no tree splits on them and the shipped trees never read them.
_NEIGHBOURS = tuple(f"n{off:+d}_" for off in blockmodel._NEIGHBOUR_OFFSETS)
FEATURE_GROUPS: dict[str, tuple[str, ...]] = {
    # what the rule pass concluded (written from the tuning pages): kinds, decisions, the
    # families of its reasons, its article run and block values
    "rules": (
        "rule_kind",
        "rule_keep",
        "rule_inside",
        "rule_value",
        "signal",
        "tail",
        *(f"reason_{name}" for name, _ in blockmodel._REASON_FAMILIES),
        "teaser_list",
        "dist_run",
        "value_share",
        *(f"{n}{name}" for n in _NEIGHBOURS for name in ("rule_keep", "signal")),
    ),
    # the rules' specific evidence only; their overall verdict (keep, inside the run) stays
    "reasons": (
        "rule_kind",
        "signal",
        "tail",
        *(f"reason_{name}" for name, _ in blockmodel._REASON_FAMILIES),
        "teaser_list",
        *(f"{n}signal" for n in _NEIGHBOURS),
    ),
    # hand-written marker patterns (comment threads, "read more", clock times)
    "markers": (
        "comment_mark",
        "comment_header",
        "after_comment_header",
        "time",
        "read_more",
        *(f"{n}comment_mark" for n in _NEIGHBOURS),
    ),
    # the kinds of short chrome named by their words: post meta lines, photo credits, prompts to
    # the reader, and blocks opening like other blocks of the page
    "kinds": ("post_meta", "credit", "prompt", "same_start"),
    # the learned lexical signal (the block's words and its neighbours')
    "lexical": blockmodel.LEXICAL_FEATURES,
}
DROPPED: tuple[str, ...] = ()


@dataclass
class PageRows:
    """One page: feature rows of all its blocks, and the labelled ones (indices into them)."""

    page: extraction.Page
    all_rows: list[list[float]]
    index: list[int]
    labels: list[int]
    weights: list[float]
    texts: list[str] = field(default_factory=list)
    # the labelled blocks the rules decided for certain (not `segment.is_decided`): rule-blind
    # copies of their rows train the first stage under `--augment` (see `rule_blind`)
    aug_index: list[int] = field(default_factory=list)
    aug_labels: list[int] = field(default_factory=list)
    aug_weights: list[float] = field(default_factory=list)

    @property
    def rows(self) -> list[list[float]]:
        return [self.all_rows[i] for i in self.index]


def _dev_labels(blocks: list[Any], body: str) -> list[tuple[int, float] | None]:
    gold_tokens = _TOKEN.findall(body)
    gold_shingles = {tuple(gold_tokens[i : i + 4]) for i in range(len(gold_tokens) - 3)}
    gold_joined = " " + " ".join(gold_tokens) + " "
    out: list[tuple[int, float] | None] = []
    sizes = []
    for b in blocks:
        toks = _TOKEN.findall(b.text)
        sizes.append(len(toks))
        if not toks:
            out.append(None)
            continue
        if len(toks) >= 4:
            sh = [tuple(toks[i : i + 4]) for i in range(len(toks) - 3)]
            label = int(sum(1 for s in sh if s in gold_shingles) >= 0.5 * len(sh))
        else:
            label = int((" " + " ".join(toks) + " ") in gold_joined)
        out.append((label, float(len(toks))))
    total = sum(w for x in out if x for w in (x[1],)) or 1.0
    return [(x[0], x[1] / total) if x else None for x in out]


def _wild_labels(blocks: list[Any], with_: list[str], without: list[str]) -> list[tuple[int, float] | None]:
    good = [extraction.collapse(s) for s in with_ if s.strip()]
    bad = [extraction.collapse(s) for s in without if s.strip()]
    out: list[tuple[int, float] | None] = []
    for b in blocks:
        text = extraction.collapse(b.text)
        long_enough = len(text) >= 12
        pos = any(g in text or (long_enough and text in g) for g in good)
        neg = any(s in text or (long_enough and text in s) for s in bad)
        out.append((1, 1.0) if pos and not neg else (0, 1.0) if neg and not pos else None)
    return out


def page_rows(page: extraction.Page) -> PageRows | None:
    """Feature rows, labels and weights of one page's plain-text dump (None: no rows)."""
    if not page.txt.is_file():
        return None
    text = page.txt.read_bytes().decode("utf-8", errors="replace")
    blocks, rows = segment.analyse_text(text)
    if not rows:
        return None
    labels = _dev_labels(blocks, page.body) if page.corpus == "dev" else _wild_labels(blocks, page.with_, page.without)
    pr = PageRows(page, rows, [], [], [], [b.text for b in blocks])
    for i, (b, lab) in enumerate(zip(blocks, labels, strict=True)):
        if lab is None:
            continue
        if not segment.is_decided(b):
            if b.kind in _BLIND_KINDS:
                pr.aug_index.append(i)
                pr.aug_labels.append(lab[0])
                pr.aug_weights.append(lab[1])
            continue
        pr.index.append(i)
        pr.labels.append(lab[0])
        pr.weights.append(lab[1])
    return pr


_CACHE: dict[tuple[str, str], PageRows | None] = {}

# Rule-blind copies (`--augment W`): the blocks the rules decided for certain (a comment thread,
# a promotion, a teaser list ...) join the first stage's rows a second time, weighed W, as if no
# rule had fired: their rule columns set to those of a body block without a signal. On a site
# nobody tuned for the rules miss more of its chrome, and the trees then see a block with no rule
# evidence; trained only on what the rules left open, they learned that such a block is text.
AUGMENT = 0.0
_BLIND_KINDS = ("body", "heading", "boilerplate")
_BLIND_VALUES: dict[str, float] = {
    **{name: 0.0 for name in FEATURE_GROUPS["reasons"] if not name.startswith(_NEIGHBOURS)},
    "rule_kind": blockmodel.KIND_CODES["body"],
    "rule_keep": 1.0,
}
_BLIND = tuple((blockmodel.FEATURES.index(name), value) for name, value in _BLIND_VALUES.items())


def rule_blind(row: list[float]) -> list[float]:
    """A copy of a first-stage row with the rule pass's verdict on the block itself neutral
    (body kind, kept, no signal, no reason family, no teaser list); its neighbours' columns and
    the block's own text features stay."""
    out = list(row)
    for k, value in _BLIND:
        out[k] = value
    return out


def rows_for(pages: list[extraction.Page]) -> list[PageRows]:
    out = []
    for p in pages:
        key = (p.corpus, str(p.txt))  # the file: an extra corpus may reuse another's page ids
        if key not in _CACHE:
            _CACHE[key] = page_rows(p)
        if _CACHE[key] is not None:
            out.append(_CACHE[key])
    return out  # type: ignore[return-value]


STACK_FOLDS = 4
PARAMS2: dict[str, Any] = {
    "n_estimators": 100,
    "max_depth": 3,
    "learning_rate": 0.1,
    "min_samples_leaf": 10,
    "subsample": 1.0,
    "random_state": 0,
}


def fit(data: list[PageRows]) -> blockmodel.BlockModel:
    """Both stages on `data`: the first over block features; the second over the first's
    probabilities of each block and its neighbours, learned from out-of-fold probabilities
    (STACK_FOLDS folds grouped by host, so no page sees a first stage trained on itself)."""
    lexical = None
    if LEXICAL:
        data, lexical = with_lexical(data)
    first = fit_stage(data)
    if not STACKING:
        return blockmodel.BlockModel(_finish_spec(first.to_dict(), lexical))
    oof: dict[int, list[float]] = {}
    for inner, held in inner_folds(data, _salt("stack"), STACK_FOLDS):
        m = fit_stage(inner)
        for i in held:
            oof[i] = m.stage_probabilities(data[i].all_rows)
    context = [
        PageRows(d.page, blockmodel.context_rows(d.all_rows, oof[i]), d.index, d.labels, d.weights, d.texts)
        for i, d in enumerate(data)
        if i in oof
    ]
    second = fit_stage(context, {**PARAMS2, "random_state": RANDOM_STATE}, blockmodel.CONTEXT_FEATURES)
    spec = _finish_spec(first.to_dict(), lexical)
    spec["stage2"] = second.to_dict()
    return blockmodel.BlockModel(spec)


def _finish_spec(spec: dict[str, Any], lexical: lexmodel.LexicalModel | None = None) -> dict[str, Any]:
    """The decision settings of the shipped model: the sequence decision's switch cost, the
    features withheld from training (recorded so the file says what the trees can read), and
    the lexical table."""
    spec = dict(spec)
    if lexical is not None:
        spec["lexical"] = lexical.to_dict()
    if SWITCH_COST:
        spec["switch_cost"] = SWITCH_COST
    if DROPPED:
        spec["dropped_features"] = list(DROPPED)
    if EXTRA_NAMES:
        spec["extra_corpora"] = list(EXTRA_NAMES)
    if RANDOM_STATE:
        spec["random_state"] = RANDOM_STATE
    return spec


def _salt(name: str) -> str:
    """The salt of an inner fold split ("stack", "lex") under RANDOM_STATE: "NAME:" at state 0
    (the shipped model's folds), "NAME/N:" otherwise."""
    return f"{name}:" if not RANDOM_STATE else f"{name}/{RANDOM_STATE}:"


STACKING = True

# The lexical signal (indexer.lexical): hashed terms, their options, and the logistic
# regression's inverse regularisation C. Its scores reach the trees out of fold: inner folds
# grouped by host (LEX_FOLDS), so no tree sees a score from a table trained on its own page.
LEXICAL: dict[str, Any] = {"bits": 18, "chars": False, "bigrams": True, "edges": 0, "words": True, "C": 1.0}
LEX_FOLDS = 5


def fit_lexical(data: list[PageRows]) -> lexmodel.LexicalModel:
    """The lexical table from the labelled blocks' texts of `data` (logistic regression over
    hashed terms, rows weighted as the trees' rows are: both corpora the same in all)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    bits = int(LEXICAL["bits"])
    options = {k: LEXICAL[k] for k in ("chars", "bigrams", "edges", "words")}
    indptr, cols, vals, y, w = [0], [], [], [], []
    for d, scale in _scaled(data):
        for i, label, weight in zip(d.index, d.labels, d.weights, strict=True):
            counts, n = lexmodel.bucket_counts(d.texts[i], options, bits)
            norm = 1.0 / math.sqrt(n) if n else 0.0
            for h in sorted(counts):
                cols.append(h)
                vals.append(counts[h] * norm)
            indptr.append(len(cols))
            y.append(label)
            w.append(weight * scale)
    X = csr_matrix((np.array(vals), np.array(cols), np.array(indptr)), shape=(len(y), 1 << bits))
    clf = LogisticRegression(C=float(LEXICAL["C"]), solver="lbfgs", max_iter=2000)
    clf.fit(X, y, sample_weight=np.array(w) / (sum(w) / len(w)))
    return lexmodel.LexicalModel(clf.coef_[0].astype(np.float32), float(clf.intercept_[0]), bits, options)


def _scaled(data: list[PageRows]) -> list[tuple[PageRows, float]]:
    """Each page with the factor its weights take so both corpora weigh WILD_SHARE / the rest."""
    total = {"dev": 0.0, "wild": 0.0}
    for d in data:
        total[d.page.corpus] += sum(d.weights)
    share = {"dev": 1 - WILD_SHARE, "wild": WILD_SHARE}
    return [(d, share[d.page.corpus] / total[d.page.corpus] if total[d.page.corpus] else 0.0) for d in data]


def inner_folds(data: list[PageRows], salt: str, folds: int) -> Iterator[tuple[list[PageRows], list[int]]]:
    """Inner folds by host for out-of-fold columns: for each fold with pages on both sides, the
    pages to train on and the indices into `data` of the pages to score (hosts hashed with
    `salt`, so the stacking and lexical folds differ from each other and from the outer CV's)."""
    for k in range(folds):
        inner = [d for d in data if extraction.cv_fold(salt + d.page.host, folds) != k]
        held = [i for i, d in enumerate(data) if extraction.cv_fold(salt + d.page.host, folds) == k]
        if held and inner:
            yield inner, held


def with_lexical(data: list[PageRows]) -> tuple[list[PageRows], lexmodel.LexicalModel]:
    """`data` with its lexical columns filled out of fold (each page scored by a table trained
    without its host's inner fold), and the table trained on all of `data` (the one shipped)."""
    scores: dict[int, list[float]] = {}
    for inner, held in inner_folds(data, _salt("lex"), LEX_FOLDS):
        table = fit_lexical(inner)
        for i in held:
            scores[i] = [table.score(t) for t in data[i].texts]
    out = []
    for i, d in enumerate(data):
        rows = [list(r) for r in d.all_rows]
        blockmodel.fill_lexical(rows, scores.get(i, [0.0] * len(rows)))
        out.append(replace(d, all_rows=rows))
    return out, fit_lexical(data)


def fit_stage(
    data: list[PageRows],
    params: dict[str, Any] | None = None,
    features: tuple[str, ...] = blockmodel.FEATURES,
    seeds: tuple[int, ...] | None = None,
) -> blockmodel.BlockModel:
    """One gradient-boosted ensemble on the labelled rows of `data`, exported."""
    from sklearn.ensemble import GradientBoostingClassifier

    params = params or PARAMS
    X: list[list[float]] = []
    y: list[int] = []
    w: list[float] = []
    corpus_weight = {"dev": 0.0, "wild": 0.0}
    for d in data:
        corpus_weight[d.page.corpus] += sum(d.weights)
    scale = {
        "dev": (1 - WILD_SHARE) / corpus_weight["dev"] if corpus_weight["dev"] else 0.0,
        "wild": WILD_SHARE / corpus_weight["wild"] if corpus_weight["wild"] else 0.0,
    }
    masked = {features.index(f) for f in DROPPED if f in features}
    for d in data:
        if masked:
            X.extend([0.0 if k in masked else v for k, v in enumerate(r)] for r in d.rows)
        else:
            X.extend(d.rows)
        y.extend(d.labels)
        w.extend(x * scale[d.page.corpus] * 1000.0 for x in d.weights)
        if AUGMENT and features is blockmodel.FEATURES:
            X.extend(rule_blind(d.all_rows[i]) for i in d.aug_index)
            y.extend(d.aug_labels)
            w.extend(x * scale[d.page.corpus] * 1000.0 * AUGMENT for x in d.aug_weights)
    seeds = seeds if seeds is not None else (SEEDS if params is PARAMS else (params["random_state"],))
    specs = []
    for seed in seeds:
        clf = GradientBoostingClassifier(**{**params, "random_state": seed})
        clf.fit(X, y, sample_weight=w)
        specs.append(export(clf, features, params))
    return blockmodel.BlockModel(average(specs), features)


def average(specs: list[dict[str, Any]]) -> dict[str, Any]:
    """Ensembles of the same data and settings with different seeds as one: every tree kept,
    the learning rate divided by their number, so the score is the mean of their log-odds
    (bagging the boosted models; a model that varies less with its row samples)."""
    if len(specs) == 1:
        return specs[0]
    spec = dict(specs[0])
    spec["trees"] = [t for s in specs for t in s["trees"]]
    spec["init"] = sum(s["init"] for s in specs) / len(specs)
    spec["learning_rate"] = specs[0]["learning_rate"] / len(specs)
    spec["trained_with"] = f"{specs[0]['trained_with']} x {len(specs)} seeds, log-odds averaged"
    return spec


LEAF_DIGITS = 9


def _stable(x: float) -> float:
    """A leaf value to LEAF_DIGITS significant digits: two trainings on the same rows can differ
    in the last bit of a leaf (numpy's sums vary with memory alignment), and the shipped file
    must come out the same bytes. Thresholds are kept exact (a float32 midpoint, see blocks)."""
    return float(f"{float(x):.{LEAF_DIGITS}g}")


def export(
    clf: Any, features: tuple[str, ...] = blockmodel.FEATURES, params: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The fitted classifier as plain numbers (see indexer.blocks.BlockModel)."""
    import numpy as np

    prior = clf.init_.class_prior_[1] if hasattr(clf.init_, "class_prior_") else None
    if prior is None:  # the raw prediction of the init estimator for any row
        init = float(clf._raw_predict_init(np.zeros((1, len(features))))[0, 0])
    else:
        init = float(np.log(prior / (1 - prior)))
    trees = []
    for est in clf.estimators_[:, 0]:
        t = est.tree_
        trees.append(
            {
                "feature": [int(f) for f in t.feature],
                "threshold": [float(x) for x in t.threshold],
                "left": [int(c) for c in t.children_left],
                "right": [int(c) for c in t.children_right],
                "value": [_stable(v) for v in t.value[:, 0, 0]],
            }
        )
    import sklearn

    params = params or PARAMS
    return {
        "format": blockmodel.FORMAT_VERSION,
        "trained_with": f"scikit-learn {sklearn.__version__} GradientBoostingClassifier {json.dumps(params, sort_keys=True)}",
        "features": list(features),
        "init": _stable(init),
        "learning_rate": float(clf.learning_rate),
        "threshold": THRESHOLD,
        "trees": trees,
    }


# Tuning pages of the extra corpora (`--extra`): training data only, never scored by --cv.
EXTRA_PAGES: list[extraction.Page] = []
EXTRA_NAMES: list[str] = []


def tuning_pool(extra: list[extraction.Page] | None = None) -> list[extraction.Page]:
    """Tuning pages of every corpus present (never a held-out site), then those of `extra`
    and of the extra training corpora (EXTRA_PAGES) not already in it."""
    pool = [p for c in extraction.DEFAULT_CORPORA if c.is_dir() for p in extraction.load_pages(c) if not p.held_out]
    seen = {(p.corpus, p.page_id) for p in pool}
    pool += [p for p in extra or [] if (p.corpus, p.page_id) not in seen and not p.held_out]
    files = {p.txt for p in pool}
    pool += [p for p in EXTRA_PAGES if p.txt not in files]
    return pool


def use_extra(dirs: list[Path]) -> int:
    """Add the tuning pages of the corpora in `dirs` (extraction-dev or extraction-wild layout:
    ground-truth.json or expected.json, pages_txt/) to the training data (EXTRA_PAGES); returns
    how many. A held-out site by the corpora's rule (sha1(host) % 5 == 0, a page without a host
    among them) stays out. Exits with a message when a folder holds no corpus."""
    for d in dirs:
        pages = [p for p in extraction.load_pages(d) if not p.held_out and p.txt.is_file()]
        EXTRA_PAGES.extend(pages)
        EXTRA_NAMES.append(f"{d.name}: {len(pages)} pages")
    return len(EXTRA_PAGES)


_FOLD_MODELS: dict[tuple[int, int], blockmodel.BlockModel] = {}


def use_fold_file(path: Path, pool: list[extraction.Page], folds: int = extraction.CV_FOLDS) -> bool:
    """Read the CV fold models from `path` when it exists (True), else train them and write them
    there (False): a change to the rules alone is then scored with the very trees it was scored
    with before (`--folds-file`), apart from a retraining's noise (~0.006 wild F1)."""
    if path.is_file():
        specs = json.loads(path.read_text(encoding="utf-8"))
        for k in range(folds):
            _FOLD_MODELS[(k, folds)] = blockmodel.BlockModel(specs[str(k)])
        return True
    models = {str(k): fold_model(k, folds, pool).to_dict() for k in range(folds)}
    path.write_text(json.dumps(models, separators=(",", ":")) + "\n", encoding="utf-8")
    return False


def fold_model(fold: int, folds: int, pool: list[extraction.Page]) -> blockmodel.BlockModel:
    key = (fold, folds)
    if key not in _FOLD_MODELS:
        train = [p for p in pool if extraction.cv_fold(p.host, folds) != fold]
        _FOLD_MODELS[key] = fit(rows_for(train))
    return _FOLD_MODELS[key]


def cross_validate(
    pages: list[extraction.Page], fmt: str, folds: int = extraction.CV_FOLDS
) -> list[extraction.PageScore] | None:
    """Scores of `pages` each predicted by a model trained without its site's fold (grouped
    by host over the tuning pages of both corpora). None for HTML: the model is not used there."""
    if fmt != "txt":
        return None
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("note: scikit-learn not installed (pip install -e '.[train]'): no cross-validation", file=sys.stderr)
        return None
    pool = tuning_pool(pages)
    scores = []
    for page in pages:
        model = fold_model(extraction.cv_fold(page.host, folds), folds, pool)
        # the same trees, scored under each `--switch-costs` and `--thresholds` value
        model.switch_cost, model.threshold = SWITCH_COST, THRESHOLD
        scores.extend(extraction.run([page], fmt, lambda doc, m=model: segment.segment(doc, model=m)))
    return scores


def check_export(data: list[PageRows]) -> float:
    """Largest difference between exported trees and scikit-learn's own decision function
    (a quick fit on the first 2,000 rows)."""
    from sklearn.ensemble import GradientBoostingClassifier

    X = [r for d in data for r in d.rows][:2000]
    clf = GradientBoostingClassifier(**PARAMS)
    y = [lab for d in data for lab in d.labels][:2000]
    clf.fit(X, y)
    exported = blockmodel.BlockModel(export(clf))
    ref = clf.decision_function(X)
    return max(abs(exported.decision(x) - float(r)) for x, r in zip(X, ref, strict=True))


def _use_params(text: str) -> None:
    """Override first-stage PARAMS from "name=value,..." (`--params`, a screen). Raises
    ValueError on an unknown name or a value that is not a number."""
    for item in filter(None, text.split(",")):
        name, _, value = item.partition("=")
        if name not in PARAMS or name == "random_state":
            raise ValueError(
                f"unknown setting {name!r} in --params (known: {', '.join(sorted(set(PARAMS) - {'random_state'}))})"
            )
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"--params {name} takes a number, not {value!r}") from None
        # counts are ints; a float min_samples_leaf or max_features would be read as a fraction
        PARAMS[name] = int(number) if name in ("n_estimators", "max_depth", "min_samples_leaf") else number


def _use_lexical(text: str) -> None:
    """Screen the lexical signal's settings ("bits=16,C=0.3,edges=8,chars=0,bigrams=0,words=0")
    or leave it out ("off": its columns stay 0). Raises ValueError on an unknown name."""
    global LEXICAL
    if text == "off":
        LEXICAL = {}
        return
    for item in filter(None, text.split(",")):
        name, _, value = item.partition("=")
        if name not in LEXICAL:
            raise ValueError(f"unknown setting {name!r} in --lexical (known: {', '.join(sorted(LEXICAL))}, or off)")
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"--lexical {name} takes a number, not {value!r}") from None
        LEXICAL[name] = (
            bool(number) if name in ("chars", "bigrams", "words") else number if name == "C" else int(number)
        )


def _use_augment(weight: float) -> None:
    """Train the first stage with rule-blind copies weighed `weight` from now on (AUGMENT)."""
    global AUGMENT
    AUGMENT = weight


def _use_threshold(threshold: float) -> None:
    """Decide article text at P >= threshold in models trained from now on."""
    global THRESHOLD
    THRESHOLD = threshold


def _use_seeds(n: int, state: int = 0) -> None:
    """Train n first-stage ensembles from now on, under the retraining's random state `state`
    (RANDOM_STATE): seeds state*n .. state*n+n-1, so two states never share an ensemble's seed.
    Raises ValueError when n < 1 or state < 0."""
    global SEEDS, RANDOM_STATE
    if n < 1 or state < 0:
        raise ValueError(f"--seeds takes 1 or more and --random-state 0 or more, not {n} and {state}")
    RANDOM_STATE = state
    SEEDS = tuple(range(state * n, state * n + n))


def _configure(drop: str, costs: str) -> list[float]:
    """Withhold the named feature groups (`--drop`); the switch costs to score (the first is
    the one a trained model gets). Raises ValueError on an unknown group or a cost that is not
    a number."""
    global DROPPED, SWITCH_COST
    names = [g for g in drop.split(",") if g]
    unknown = [g for g in names if g not in FEATURE_GROUPS]
    if unknown:
        raise ValueError(f"unknown feature group {unknown[0]!r} in --drop (known: {', '.join(FEATURE_GROUPS)})")
    DROPPED = tuple(dict.fromkeys(f for g in names for f in FEATURE_GROUPS[g]))
    values = _numbers(costs, "--switch-costs")
    SWITCH_COST = values[0]
    return values


def _numbers(text: str, option: str) -> list[float]:
    """The numbers of a comma-separated option value; ValueError naming `option` otherwise."""
    try:
        return [float(c) for c in text.split(",")]
    except ValueError:
        raise ValueError(f"{option} takes numbers separated by commas, not {text!r}") from None


def _print_cv(pool: list[extraction.Page], cost: float, threshold: float, label: str) -> None:
    """Grouped CV figures of both corpora with the sequence decision's switch cost `cost` and
    the decision threshold `threshold`: each fold's (its sites' pages scored by the model
    trained without them) and all pages together (the corpus's own summary over every page)."""
    global SWITCH_COST, THRESHOLD
    SWITCH_COST, THRESHOLD = cost, threshold
    extra = {p.txt for p in EXTRA_PAGES}
    scored = [p for p in pool if p.txt not in extra]
    for corpus in sorted({p.corpus for p in scored}):
        pages = [p for p in scored if p.corpus == corpus]
        scores = cross_validate(pages, "txt") or []
        s = extraction.summary(corpus, scores)
        extra = f" tp={s['tp']} fp={s['fp']} fn={s['fn']}" if "tp" in s else ""
        folds = [
            extraction.summary(corpus, [sc for p, sc in zip(pages, scores) if extraction.cv_fold(p.host) == k])
            for k in range(extraction.CV_FOLDS)
        ]
        per_fold = " ".join(f"{f['f1']:.4f}" for f in folds)
        mean = sum(float(f["f1"]) for f in folds) / len(folds)
        print(
            f"{corpus} txt grouped CV{label}: P={s['precision']:.4f} "
            f"R={s['recall']:.4f} F1={s['f1']:.4f} ({s['pages']} pages){extra}; "
            f"folds F1 {per_fold}, mean {mean:.4f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.train_blocks", description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="print grouped-by-host CV figures; write nothing")
    parser.add_argument("--out", type=Path, default=blockmodel.MODEL_FILE, help="model file to write")
    parser.add_argument(
        "--seeds",
        type=int,
        default=len(SEEDS),
        help=f"first-stage ensembles averaged (default {len(SEEDS)}; 1 is 3x faster)",
    )
    parser.add_argument(
        "--drop",
        default="",
        help=f"feature groups withheld from training, comma-separated ({', '.join(FEATURE_GROUPS)}; an ablation)",
    )
    parser.add_argument(
        "--switch-costs",
        default=str(SWITCH_COST),
        help="sequence decision's switch cost(s), comma-separated; --cv scores each with the same fold models",
    )
    parser.add_argument(
        "--params",
        default="",
        help="first-stage settings to screen, e.g. min_samples_leaf=50,max_depth=3 (GradientBoostingClassifier's)",
    )
    parser.add_argument(
        "--thresholds",
        default=str(THRESHOLD),
        help="decision threshold(s) on P(article text), comma-separated; --cv scores each with the same fold models",
    )
    parser.add_argument(
        "--folds-file",
        type=Path,
        help="with --cv: the fold models from this file if it exists, else trained and written there "
        "(score a change to the rules with the same trees)",
    )
    parser.add_argument(
        "--lexical",
        default="",
        help="lexical signal settings to screen, e.g. bits=16,C=0.3,edges=8,chars=0 (or off: without it)",
    )
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="another labelled corpus (extraction-dev or -wild layout) whose tuning pages join the "
        "training data only; repeatable (e.g. eval/pages, a python -m eval.news_corpus folder)",
    )
    parser.add_argument(
        "--augment",
        type=float,
        default=AUGMENT,
        metavar="W",
        help="weight of rule-blind copies of the blocks the rules decided for certain in the first "
        "stage's training (0: none, the default)",
    )
    parser.add_argument(
        "--random-state",
        type=int,
        default=RANDOM_STATE,
        metavar="N",
        help=f"random state of the whole retraining: seeds of both stages, salts of the inner folds "
        f"(default {RANDOM_STATE}, the shipped model's; retrain under a few to measure a change against the noise)",
    )
    args = parser.parse_args(argv)
    try:
        _use_seeds(args.seeds, args.random_state)
        costs = _configure(args.drop, args.switch_costs)
        thresholds = _numbers(args.thresholds, "--thresholds")
        _use_params(args.params)
        _use_lexical(args.lexical)
    except ValueError as exc:
        parser.error(str(exc))  # exit 2 with the usage line
    _use_threshold(thresholds[0])  # the one a trained model gets
    _use_augment(args.augment)
    started = time.perf_counter()
    if args.extra:
        print(f"extra training pages: {use_extra(args.extra)} ({'; '.join(EXTRA_NAMES)})")
    pool = tuning_pool()
    if not pool:
        sys.exit("error: no extraction corpora beside the repo (../shared/corpus/extraction-dev, extraction-wild)")
    if args.cv:
        if args.folds_file is not None:
            loaded = use_fold_file(args.folds_file, pool)
            print(f"fold models {'read from' if loaded else 'written to'} {args.folds_file}")
        for cost in costs:
            for thr in thresholds:
                label = (f" (switch cost {cost:g})" if len(costs) > 1 else "") + (
                    f" (threshold {thr:g})" if len(thresholds) > 1 else ""
                )
                _print_cv(pool, cost, thr, label)
        print(f"{time.perf_counter() - started:.1f} s")
        return 0
    data = rows_for(pool)
    diff = check_export(data)
    if diff > 1e-6:
        sys.exit(f"error: exported trees differ from scikit-learn's by {diff}")
    model = fit(data)
    n = sum(len(d.rows) for d in data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"wrote {args.out}: {len(model.trees)} trees, {n} labelled blocks from {len(data)} pages "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
