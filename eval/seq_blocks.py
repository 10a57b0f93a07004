"""Screen (issue 13, not adopted): the plain-text page's blocks labelled as a sequence, beside the
shipped per-block decision, under the grouped CV of `eval.train_blocks --cv`.

Usage (from the repo root, with the `train` extra; the CRF variants also need
`pip install python-crfsuite==0.9.12`, which the project does not depend on):

    python -m eval.seq_blocks train --dir /tmp/seq --fold 0 --fold 1   # fold models (0..4), ~3 min a fold
    python -m eval.seq_blocks train --dir /tmp/seq1 --seed 1           # one ensemble, seed 1, all folds
    python -m eval.seq_blocks score --dir /tmp/seq                     # every variant, both corpora

`train` fits fold K's model exactly as `eval.train_blocks.fit` does (lexical table out of fold,
the first-stage ensembles, a second stage over out-of-fold first-stage probabilities) on the
tuning pages outside fold K (`extraction.cv_fold`, by host), and keeps what a sequence model
needs of those training pages: their rows (lexical columns out of fold), their out-of-fold
first-stage probabilities, and the second stage over those. `score` scores each fold's pages
through `segment.segment` (so the rules, reasons and thread override are the shipped ones) with:

- `tree`: the fold model as shipped (the figures of `eval.train_blocks --cv`);
- `hmm w=W`: a four-state HMM over the blocks the model decides (chrome before the article B,
  article A, chrome inside it C, chrome after it E; no way back from E), start and transition
  probabilities counted on the training pages' labels (add-one over the allowed moves), the
  article state scored W times the tree's log-odds and the chrome states 0, Viterbi decoding;
  `hmm nested`: W (or no HMM at all) chosen per fold by block F1 on the training pages' own
  out-of-fold probabilities;
- `ghmm viterbi` / `ghmm posterior`: the same states with emissions learned too (the bin of the
  tree's log-odds per state, counted), decoded by Viterbi or by posterior P(A) >= 0.5;
- `crf ...`: a linear-chain CRF (CRFsuite, L-BFGS, L2 `c2`) over the same block features
  (standardised) plus the out-of-fold first-stage probability (log-odds and bin), labels B/A/C/E
  or A/O, trained on the chains of the training pages' labelled decided blocks.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eval import extraction
from eval import train_blocks as tb
from indexer import blocks as blockmodel
from indexer import segment

B, A, C, E = 0, 1, 2, 3
STATES = "BACE"
# allowed transitions: before -> before/article; article -> article/inside/after; inside ->
# inside/article (chrome inside the article ends with article text); after -> after
ALLOWED = {(B, B), (B, A), (A, A), (A, C), (A, E), (C, C), (C, A), (E, E)}
STARTS = (B, A)


def _pool() -> list[extraction.Page]:
    return tb.tuning_pool()


def train_fold(fold: int, out: Path) -> None:
    """Fit fold `fold`'s model as `tb.fit` does and write it with the training pages' rows and
    out-of-fold probabilities to out/fold{fold}.json."""
    pool = _pool()
    train = [p for p in pool if extraction.cv_fold(p.host) != fold]
    data = tb.rows_for(train)
    data, lexical = tb.with_lexical(data)
    first = tb.fit_stage(data)
    oof: dict[int, list[float]] = {}
    for inner, held in tb.inner_folds(data, "stack:", tb.STACK_FOLDS):
        m = tb.fit_stage(inner)
        for i in held:
            oof[i] = m.stage_probabilities(data[i].all_rows)
    context = [
        tb.PageRows(d.page, blockmodel.context_rows(d.all_rows, oof[i]), d.index, d.labels, d.weights, d.texts)
        for i, d in enumerate(data)
        if i in oof
    ]
    second = tb.fit_stage(context, tb.PARAMS2, blockmodel.CONTEXT_FEATURES)
    spec = tb._finish_spec(first.to_dict(), lexical)
    spec["stage2"] = second.to_dict()
    pages = []
    for i, d in enumerate(data):
        if i not in oof:
            continue
        q = second.stage_probabilities(blockmodel.context_rows(d.all_rows, oof[i]))
        full = [b if blockmodel.SURE_LOW < a < blockmodel.SURE_HIGH else a for a, b in zip(oof[i], q, strict=True)]
        pages.append(
            {
                "corpus": d.page.corpus,
                "page_id": d.page.page_id,
                "rows": d.all_rows,
                "index": d.index,
                "labels": d.labels,
                "weights": d.weights,
                "oof1": oof[i],
                "oof": full,
            }
        )
    out.mkdir(parents=True, exist_ok=True)
    (out / f"fold{fold}.json").write_text(json.dumps({"model": spec, "pages": pages}), encoding="utf-8")


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def states_of(labels: list[int]) -> list[int]:
    """B/A/C/E of a page's labelled blocks (page order) from their article (1) / chrome (0)
    labels: chrome before the first article block, between two, after the last."""
    pos = [i for i, y in enumerate(labels) if y]
    if not pos:
        return [B] * len(labels)
    first, last = pos[0], pos[-1]
    return [A if y else B if i < first else E if i > last else C for i, y in enumerate(labels)]


def decided_mask(page: extraction.Page) -> list[bool]:
    """Which blocks of the page's dump the block model decides (`segment.is_decided`)."""
    text = page.txt.read_bytes().decode("utf-8", errors="replace")
    blocks, _ = segment.analyse_text(text, with_features=False)
    return [segment.is_decided(b) for b in blocks]


def transitions(
    pages: list[dict[str, Any]], masks: dict[tuple[str, str], list[bool]]
) -> tuple[list[float], list[list[float]]]:
    """Log start and transition probabilities of the four states, counted (add-one over the
    allowed moves) between decided blocks that are next to each other in the decided sequence
    and both labelled, on the training pages."""
    start = [1.0 if s in STARTS else 0.0 for s in range(4)]
    count = [[1.0 if (s, t) in ALLOWED else 0.0 for t in range(4)] for s in range(4)]
    for pg in pages:
        mask = masks[(pg["corpus"], pg["page_id"])]
        order = [i for i, d in enumerate(mask) if d]
        rank = {i: r for r, i in enumerate(order)}
        labelled = [i for i in pg["index"] if i in rank]
        st = dict(zip(labelled, states_of([pg["labels"][pg["index"].index(i)] for i in labelled]), strict=True))
        if order and order[0] in st:
            start[st[order[0]]] += 1
        for a, b in zip(labelled, labelled[1:]):
            if rank[b] == rank[a] + 1 and (st[a], st[b]) in ALLOWED:
                count[st[a]][st[b]] += 1
    total = sum(start)
    log_start = [math.log(x / total) if x else -math.inf for x in start]
    log_trans = []
    for s in range(4):
        row_total = sum(count[s])
        log_trans.append([math.log(x / row_total) if x else -math.inf for x in count[s]])
    return log_start, log_trans


def viterbi(emit: list[list[float]], log_start: list[float], log_trans: list[list[float]]) -> list[int]:
    """Best state sequence for per-item state scores `emit` (n x S)."""
    n_states = len(log_start)
    score = [log_start[s] + emit[0][s] for s in range(n_states)]
    back: list[list[int]] = []
    for row in emit[1:]:
        new, ptr = [], []
        for t in range(n_states):
            best, arg = -math.inf, 0
            for s in range(n_states):
                v = score[s] + log_trans[s][t]
                if v > best:
                    best, arg = v, s
            new.append(best + row[t])
            ptr.append(arg)
        score = new
        back.append(ptr)
    state = max(range(n_states), key=lambda s: score[s])
    path = [state]
    for ptr in reversed(back):
        state = ptr[state]
        path.append(state)
    return path[::-1]


def hmm_keep(
    probs: list[float], eligible: list[bool], hmm: tuple[list[float], list[list[float]]], weight: float
) -> list[bool]:
    """Article text or not per block: the HMM's Viterbi path over the eligible blocks, the
    article state scored weight * logit(p), the three chrome states 0."""
    order = [i for i, e in enumerate(eligible) if e]
    keep = [False] * len(probs)
    if not order:
        return keep
    emit = [[0.0, weight * _logit(probs[i]), 0.0, 0.0] for i in order]
    for i, s in zip(order, viterbi(emit, *hmm), strict=True):
        keep[i] = s == A
    return keep


# emission bins of the tree's probability, on the log-odds scale
EMIT_EDGES = (-6.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 6.0)


def _bin(p: float) -> int:
    x = _logit(p)
    return sum(x >= e for e in EMIT_EDGES)


def emissions(pages: list[dict[str, Any]], key: str = "oof") -> list[list[float]]:
    """Log P(bin of the tree's probability | state), counted (add-one) over the training pages'
    labelled blocks with their out-of-fold probabilities."""
    nb = len(EMIT_EDGES) + 1
    count = [[1.0] * nb for _ in range(4)]
    for pg in pages:
        for i, s in zip(pg["index"], states_of(pg["labels"]), strict=True):
            count[s][_bin(pg[key][i])] += 1
    return [[math.log(c / sum(row)) for c in row] for row in count]


def forward_backward(
    emit: list[list[float]], log_start: list[float], log_trans: list[list[float]]
) -> list[list[float]]:
    """Posterior P(state) of each item (log-space sums)."""

    def lse(xs: list[float]) -> float:
        m = max(xs)
        return m if m == -math.inf else m + math.log(sum(math.exp(x - m) for x in xs))

    n, ns = len(emit), len(log_start)
    fwd = [[log_start[s] + emit[0][s] for s in range(ns)]]
    for t in range(1, n):
        fwd.append([lse([fwd[-1][s] + log_trans[s][u] for s in range(ns)]) + emit[t][u] for u in range(ns)])
    bwd = [[0.0] * ns for _ in range(n)]
    for t in range(n - 2, -1, -1):
        bwd[t] = [lse([log_trans[s][u] + emit[t + 1][u] + bwd[t + 1][u] for u in range(ns)]) for s in range(ns)]
    out = []
    for t in range(n):
        z = lse([fwd[t][s] + bwd[t][s] for s in range(ns)])
        out.append([math.exp(fwd[t][s] + bwd[t][s] - z) for s in range(ns)])
    return out


def ghmm_keep(
    probs: list[float],
    eligible: list[bool],
    hmm: tuple[list[float], list[list[float]]],
    emit_table: list[list[float]],
    posterior: bool,
    threshold: float = 0.5,
) -> list[bool]:
    """Article text or not per block from the generative HMM (emission: the bin of the tree's
    probability per state): the Viterbi path, or the posterior P(article) >= threshold."""
    order = [i for i, e in enumerate(eligible) if e]
    keep = [False] * len(probs)
    if not order:
        return keep
    emit = [[emit_table[s][_bin(probs[i])] for s in range(4)] for i in order]
    if posterior:
        for i, post in zip(order, forward_backward(emit, *hmm), strict=True):
            keep[i] = post[A] >= threshold
    else:
        for i, s in zip(order, viterbi(emit, *hmm), strict=True):
            keep[i] = s == A
    return keep


def block_f1(pages: list[dict[str, Any]], keeps: list[list[bool]]) -> float:
    """Weighted block F1 of `keeps` against the labelled blocks (both corpora weighing the same,
    as in training)."""
    tot = {"dev": 0.0, "wild": 0.0}
    for pg in pages:
        tot[pg["corpus"]] += sum(pg["weights"])
    tp = fp = fn = 0.0
    for pg, keep in zip(pages, keeps, strict=True):
        scale = 1.0 / tot[pg["corpus"]]
        for i, y, w in zip(pg["index"], pg["labels"], pg["weights"], strict=True):
            k = keep[i]
            tp += w * scale * (k and y)
            fp += w * scale * (k and not y)
            fn += w * scale * (not k and y)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


# ---- CRF ----------------------------------------------------------------------------------

P_BINS = (0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95)


def crf_items(
    rows: list[list[float]], first: list[float], scale: tuple[list[float], list[float]]
) -> list[dict[str, float]]:
    """CRFsuite attributes of each row: the features standardised (clipped to +-5), the first
    stage's log-odds / 4 and its bin."""
    mean, std = scale
    out = []
    for r, p in zip(rows, first, strict=True):
        item = {
            name: max(-5.0, min(5.0, (v - mean[k]) / std[k]))
            for k, (name, v) in enumerate(zip(blockmodel.FEATURES, r, strict=True))
            if std[k] > 0
        }
        item["p_logit"] = _logit(p) / 4
        item[f"p_bin={sum(p >= t for t in P_BINS)}"] = 1.0
        item["bias"] = 1.0
        out.append(item)
    return out


def train_crf(
    pages: list[dict[str, Any]], four: bool, c2: float, with_p: bool
) -> tuple[Any, tuple[list[float], list[float]]]:
    """A CRFsuite model on the chains of the training pages' labelled decided blocks."""
    import pycrfsuite

    rows = [pg["rows"][i] for pg in pages for i in pg["index"]]
    n = len(rows)
    mean = [sum(r[k] for r in rows) / n for k in range(len(rows[0]))]
    std = [math.sqrt(sum((r[k] - mean[k]) ** 2 for r in rows) / n) for k in range(len(rows[0]))]
    scale = (mean, std)
    trainer = pycrfsuite.Trainer(verbose=False)
    for pg in pages:
        if not pg["index"]:
            continue
        first = [pg["oof1"][i] if with_p else 0.5 for i in pg["index"]]
        items = crf_items([pg["rows"][i] for i in pg["index"]], first, scale)
        if not with_p:
            items = [{k: v for k, v in it.items() if not k.startswith("p_")} for it in items]
        labels = [STATES[s] for s in states_of(pg["labels"])] if four else ["A" if y else "O" for y in pg["labels"]]
        trainer.append(pycrfsuite.ItemSequence(items), labels)
    trainer.set_params({"c1": 0.0, "c2": c2, "max_iterations": 200})
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)  # read into memory: the file may go
    return tagger, scale


class SeqModel:
    """The fold's block model with its per-block decision replaced by `decode(model, rows,
    probs, eligible)` (what `segment.apply_model` calls)."""

    def __init__(self, base: blockmodel.BlockModel, decode: Any) -> None:
        self.base, self.decode = base, decode
        self.threshold, self.lexical = base.threshold, base.lexical
        self._rows: Any = None

    def add_lexical(self, rows: Any, texts: Any, tokens: Any = None) -> list[float]:
        return self.base.add_lexical(rows, texts, tokens)

    def stage_probabilities(self, rows: Any) -> list[float]:
        return self.base.stage_probabilities(rows)

    def probabilities(self, rows: Any) -> list[float]:
        self._rows = rows
        return self.base.probabilities(rows)

    def keep(self, probs: Any, eligible: Any) -> list[bool]:
        return self.decode(self.base, self._rows, list(probs), list(eligible))


def crf_decoder(tagger: Any, scale: Any, with_p: bool) -> Any:
    def decode(
        base: blockmodel.BlockModel, rows: list[list[float]], probs: list[float], eligible: list[bool]
    ) -> list[bool]:
        order = [i for i, e in enumerate(eligible) if e]
        keep = [False] * len(probs)
        if not order:
            return keep
        sub = [rows[i] for i in order]
        first = base.stage_probabilities(sub) if with_p else [0.5] * len(sub)
        items = crf_items(sub, first, scale)
        if not with_p:
            items = [{k: v for k, v in it.items() if not k.startswith("p_")} for it in items]
        for i, lab in zip(order, tagger.tag(pycrfsuite_items(items)), strict=True):
            keep[i] = lab == "A"
        return keep

    return decode


def pycrfsuite_items(items: list[dict[str, float]]) -> Any:
    import pycrfsuite

    return pycrfsuite.ItemSequence(items)


def fold_variants(
    f: dict[str, Any],
    masks: dict[tuple[str, str], list[bool]],
    weights: list[float],
    crfs: list[tuple[bool, float, bool]],
) -> dict[str, Any]:
    """One fold's models by variant name, each fitted on that fold's training pages only."""
    base = blockmodel.BlockModel(f["model"])
    trained = [pg for pg in f["pages"] if (pg["corpus"], pg["page_id"]) in masks]
    hmm = transitions(trained, masks)
    table = emissions(trained)
    print(f"HMM start {_rounded([hmm[0]])[0]}, transitions {_rounded(hmm[1])}, emissions {_rounded(table)}")
    out: dict[str, Any] = {"tree": base}
    for w in weights:
        out[f"hmm w={w:g}"] = SeqModel(base, lambda b, r, p, e, w=w: hmm_keep(p, e, hmm, w))

    def oof_keeps(w: float) -> list[list[bool]]:
        masked = [(pg["oof"], masks[(pg["corpus"], pg["page_id"])]) for pg in trained]
        if w == math.inf:
            return [[p >= base.threshold and m for p, m in zip(probs, mask, strict=True)] for probs, mask in masked]
        return [hmm_keep(probs, mask, hmm, w) for probs, mask in masked]

    # the weight (inf: no sequence decision) with the best block F1 on the training pages' own
    # out-of-fold probabilities: a choice that never sees the fold's test pages
    best = max([*weights, math.inf], key=lambda w: block_f1(trained, oof_keeps(w)))
    print(f"nested HMM weight {best}")
    out["hmm nested"] = base if best == math.inf else SeqModel(base, lambda b, r, p, e, w=best: hmm_keep(p, e, hmm, w))
    for post in (False, True):
        out[f"ghmm {'posterior' if post else 'viterbi'}"] = SeqModel(
            base, lambda b, r, p, e, post=post: ghmm_keep(p, e, hmm, table, post)
        )
    for four, c2, with_p in crfs:
        tagger, scale = train_crf(trained, four, c2, with_p)
        name = f"crf {'BACE' if four else 'A/O'} c2={c2:g}{'' if with_p else ' no-p'}"
        out[name] = SeqModel(base, crf_decoder(tagger, scale, with_p))
    return out


def _rounded(table: list[list[float]]) -> list[list[float]]:
    return [[round(math.exp(x), 3) for x in row] for row in table]


def print_scores(name: str, pool: list[extraction.Page], models: dict[int, Any]) -> None:
    """Grouped CV figures of one variant on both corpora: each page scored through
    `segment.segment` with its fold's model, all pages together and each fold's."""
    for corpus in ("dev", "wild"):
        pages = [p for p in pool if p.corpus == corpus]
        scores = []
        for page in pages:
            m = models[extraction.cv_fold(page.host)]
            scores.extend(extraction.run([page], "txt", lambda doc, m=m: segment.segment(doc, model=m)))
        s = extraction.summary(corpus, scores)
        extra = f" tp={s['tp']} fp={s['fp']} fn={s['fn']}" if "tp" in s else ""
        by_fold = [
            extraction.summary(
                corpus, [sc for p, sc in zip(pages, scores, strict=True) if extraction.cv_fold(p.host) == k]
            )
            for k in range(extraction.CV_FOLDS)
        ]
        per_fold = " ".join(f"{f['f1']:.4f}" for f in by_fold)
        print(
            f"{name:22s} {corpus}: P={s['precision']:.4f} R={s['recall']:.4f} F1={s['f1']:.4f}{extra}; folds {per_fold}",
            flush=True,
        )


def score(folder: Path, crfs: list[tuple[bool, float, bool]], weights: list[float]) -> int:
    """Every variant's grouped CV figures, both corpora, each fold's pages with its fold's file."""
    pool = _pool()
    masks = {(p.corpus, p.page_id): decided_mask(p) for p in pool}
    if crfs and importlib.util.find_spec("pycrfsuite") is None:
        print("note: python-crfsuite not installed (pip install python-crfsuite==0.9.12): no CRF", file=sys.stderr)
        crfs = []
    variants: dict[str, dict[int, Any]] = {}
    for k in range(extraction.CV_FOLDS):
        f = json.loads((folder / f"fold{k}.json").read_text(encoding="utf-8"))
        print(f"fold {k}: ", end="")
        for name, model in fold_variants(f, masks, weights, crfs).items():
            variants.setdefault(name, {})[k] = model
    for name, models in variants.items():
        print_scores(name, pool, models)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.seq_blocks", description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("train", "score"))
    parser.add_argument("--dir", type=Path, required=True, help="folder of the fold files")
    parser.add_argument("--fold", type=int, action="append", help="train: the fold(s) to fit")
    parser.add_argument("--weights", default="1,2,4,8", help="score: HMM emission weights")
    parser.add_argument(
        "--crf",
        default="41,21",
        help="score: CRFs, each LABELS then c2 [/nop]: 4 (B/A/C/E) or 2 (A/O) labels, the L2 weight c2, "
        "/nop without the trees' probability",
    )
    parser.add_argument("--seed", type=int, help="train: one first-stage ensemble with this seed")
    parser.add_argument("--seeds", type=int, default=len(tb.SEEDS), help="first-stage ensembles averaged")
    args = parser.parse_args(argv)
    tb._use_seeds(args.seeds)
    if args.seed is not None:
        tb.SEEDS = (args.seed,)
    started = time.perf_counter()
    if args.step == "train":
        for k in args.fold or range(extraction.CV_FOLDS):
            train_fold(k, args.dir)
            print(f"fold {k} written in {time.perf_counter() - started:.0f} s", flush=True)
        return 0
    try:
        weights = [float(x) for x in args.weights.split(",")]
        crfs = [
            (c[0] == "4", float(c[1:].removesuffix("/nop")), not c.endswith("/nop")) for c in args.crf.split(",") if c
        ]
    except ValueError:
        parser.error(
            f"--weights takes numbers, --crf items such as 41 or 20.1/nop; not {args.weights!r} / {args.crf!r}"
        )
    missing = [k for k in range(extraction.CV_FOLDS) if not (args.dir / f"fold{k}.json").is_file()]
    if missing:
        parser.error(f"no fold{missing[0]}.json in {args.dir}: run `python -m eval.seq_blocks train --dir {args.dir}`")
    return score(args.dir, crfs, weights)


if __name__ == "__main__":
    sys.exit(main())
