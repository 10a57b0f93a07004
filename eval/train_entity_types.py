"""Cross-validate the entity re-typing model of `eval/entity_types.py` (not shipped), or train it.

Usage (from the repo root, with the `train` extra: `pip install -e '.[train]'`):

    python -m eval.train_entity_types --cv     # grouped CV by document on the tuning split only
    python -m eval.train_entity_types --out M.json   # CV, then train on all tuning docs, write M.json

Data: the 61 tuning documents of the GUM gold (`eval.gum`; the held-out quarter is never read).
The pipeline runs once, and the features of every entity of every article are computed from its
linked mentions (`indexer.entities.linked_fields`). Each tag the
pipeline prints (paragraph, field, name) is labelled against the gold paragraph it aligns with
(`score.py`'s own alignment and lenient matching): its own field when the gold has it there,
another field when the gold has it there instead, "none" when the gold has it in no field. A
row is one tag, so an entity weighs as many times as it is tagged, as in the micro F1.

Model: scikit-learn's multinomial LogisticRegression (lbfgs, deterministic) over the features of
`eval.entity_types.features`, keeping only features seen in at least MIN_DOCS training
documents (a name's own words seen in one document would only memorise that document).
Evaluation: GroupKFold by document (5 folds); the tags of each held-out fold are re-typed by the
model trained on the other folds, and all 61 documents are scored together with `score.py`'s
matching: the figure is what the tuning documents would score had they never been trained on.
C, MIN_DOCS and the margin were chosen by this CV (the grid is printed with --grid).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eval import gum
from eval import entity_types

FIELDS = ("people", "orgs", "places")
C = 0.3
MIN_DOCS = 3
MARGIN = 0.2
FOLDS = 5

Row = tuple[str, str, str, str]  # (document stem, name, field, label)


def collect(files: list[Path]) -> tuple[list[dict[str, Any]], dict[tuple[str, str], tuple[str, dict[str, float]]]]:
    """Parse records of the pipeline, and {(stem, name): (rules' field, features)}.

    The features come from each article's linked entities (`entities.linked_fields`, the step
    the indexer fills paragraphs from) over its paragraphs' NER mentions, computed here.
    """
    from indexer import entities
    from indexer.pipeline import parse_paths

    records = gum.predict_indexer(files)
    nlp = entities.load_pipeline()
    feats: dict[tuple[str, str], tuple[str, dict[str, float]]] = {}
    for art in parse_paths([str(f) for f in files], entities=False):
        paras = [p for p in art.paragraphs if p.indexed]
        texts = [entities._sanitize(p.text) for p in paras]
        mentions: list[list[entities.Mention] | None] = [entities._mentions_of(d) for d in nlp.pipe(texts)]
        linked = entities.linked_fields(entities._Job(art, paras, texts, mentions))
        occurrences: dict[str, list[entity_types.Occurrence]] = {}
        for i, m in linked.flat:
            occurrences.setdefault(m.canonical, []).append(entity_types.Occurrence(texts[i], m.start, m.end, m.label))
        for name in sorted(linked.fields):
            fld = linked.fields[name]
            if fld in entity_types.CLASSES:
                lex = entities._lexicon().get(name, ("", ""))[0]
                feats[(Path(art.path or art.id).stem, name)] = (
                    fld,
                    entity_types.features(name, fld, occurrences.get(name, []), lex),
                )
    return records, feats


def label_rows(records: list[dict[str, Any]], files: list[Path]) -> list[Row]:
    """One (stem, name, field, gold label) per tag of an aligned, indexed paragraph."""
    sc = gum.scorer()
    gold = gum.gold_docs()
    by_stem = {Path(r["article"].get("path") or r["article"]["id"]).stem: r for r in records}
    rows: list[Row] = []
    for path in files:
        gdoc, rec = gold[path.stem], by_stem.get(path.stem)
        if rec is None:
            continue
        tparas = rec["paragraphs"]
        aligned, _ = sc.align(gdoc["paragraphs"], gum.gold_full_texts(path, gdoc), tparas)
        for gp, js in zip(gdoc["paragraphs"], aligned):
            seen = set()
            for j in js:
                if tparas[j].get("kind") not in sc.INDEXED:
                    continue
                for f in FIELDS:
                    for n in tparas[j].get(f) or []:
                        if (f, n) in seen:
                            continue
                        seen.add((f, n))
                        rows.append((path.stem, n, f, _gold_field(sc, gp, f, n)))
    return rows


def _gold_field(sc: Any, gp: dict[str, Any], f: str, name: str) -> str:
    key = sc.norm_name(name)
    for g in (f, *[x for x in FIELDS if x != f]):
        if any(key in {sc.norm_name(x) for x in sc.forms_of(gp, e)} for e in gp[g]):
            return g
    return "none"


def fit(
    rows: list[Row],
    feats: dict[tuple[str, str], tuple[str, dict[str, float]]],
    c: float = C,
    min_docs: int = MIN_DOCS,
    margin: float = MARGIN,
) -> entity_types.Model:
    """A model trained on the labelled rows (features of rows without any are skipped)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    docs_of: dict[str, set[str]] = {}
    for stem, name, _, _ in rows:
        if (stem, name) in feats:
            for k in feats[(stem, name)][1]:
                docs_of.setdefault(k, set()).add(stem)
    keep = {k for k, d in docs_of.items() if len(d) >= min_docs}
    X, y = [], []
    for stem, name, f, label in rows:
        got = feats.get((stem, name))
        if got is None or got[0] != f:
            continue
        X.append({k: v for k, v in got[1].items() if k in keep})
        y.append(label)
    vec = DictVectorizer(sort=True)
    Xm = vec.fit_transform(X)
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(Xm, y)
    names = vec.get_feature_names_out()
    weights = {str(n): tuple(round(float(w), 6) for w in clf.coef_[:, i]) for i, n in enumerate(names)}
    weights = {k: w for k, w in weights.items() if any(w)}
    return entity_types.Model(
        tuple(str(c_) for c_ in clf.classes_), tuple(round(float(b), 6) for b in clf.intercept_), weights, margin
    )


def retype(
    records: list[dict[str, Any]],
    feats: dict[tuple[str, str], tuple[str, dict[str, float]]],
    model_of: dict[str, entity_types.Model],
) -> list[dict[str, Any]]:
    """Copies of the records with every tag moved to the field its document's model decides."""
    out = []
    for rec in records:
        stem = Path(rec["article"].get("path") or rec["article"]["id"]).stem
        model = model_of.get(stem)
        rec = json.loads(json.dumps(rec))
        for p in rec["paragraphs"]:
            moved: dict[str, list[str]] = {f: [] for f in FIELDS}
            for f in FIELDS:
                keep = []
                for n in p.get(f) or []:
                    got = feats.get((stem, n))
                    d = model.decide(got[1], f) if model and got and got[0] == f else f
                    if d == f:
                        keep.append(n)
                    elif d in FIELDS:
                        moved[d].append(n)
                p[f] = keep
            for f in FIELDS:
                p[f] = (p.get(f) or []) + [n for n in moved[f] if n not in (p.get(f) or [])]
        out.append(rec)
    return out


def cross_validate(
    records: list[dict[str, Any]],
    rows: list[Row],
    feats: dict[tuple[str, str], Any],
    files: list[Path],
    c: float = C,
    min_docs: int = MIN_DOCS,
    margin: float = MARGIN,
) -> dict[str, Any]:
    """Metrics of the tuning documents re-typed fold by fold (GroupKFold by document)."""
    from sklearn.model_selection import GroupKFold

    stems = sorted({f.stem for f in files})
    model_of: dict[str, entity_types.Model] = {}
    for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(stems, groups=stems):
        train = {stems[i] for i in train_idx}
        model = fit([r for r in rows if r[0] in train], feats, c, min_docs, margin)
        for i in test_idx:
            model_of[stems[i]] = model
    metrics, _ = gum.score(retype(records, feats, model_of), files)
    return metrics


def _line(name: str, m: dict[str, Any]) -> str:
    return f"{name:<28}" + "  ".join(
        f"{f} {m[f + '/lenient']['F1']:.3f}/{m[f + '/strict']['F1']:.3f}" for f in (*FIELDS, "all")
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.train_entity_types", description=__doc__.split("\n")[0])
    ap.add_argument("--cv", action="store_true", help="cross-validate only, write nothing")
    ap.add_argument("--grid", action="store_true", help="CV over a grid of C, MIN_DOCS and margin")
    ap.add_argument("--out", type=Path, help="train on all tuning documents and write the model here (JSON)")
    args = ap.parse_args(argv)
    files = gum.documents("tuning")
    records, feats = collect(files)
    rows = label_rows(records, files)
    base, _ = gum.score(records, files)
    print(f"{len(files)} tuning documents, {len(rows)} tags; F1 lenient/strict:")
    print(_line("rules alone", base))
    grid = (
        [(c, md, mg) for c in (0.1, 0.3, 1.0) for md in (2, 3, 5) for mg in (0.0, 0.2, 0.4)]
        if args.grid
        else [(C, MIN_DOCS, MARGIN)]
    )
    for c, md, mg in grid:
        print(
            _line(f"CV C={c} min_docs={md} m={mg}", cross_validate(records, rows, feats, files, c, md, mg)), flush=True
        )
    if args.cv or args.grid or not args.out:
        return 0
    model = fit(rows, feats)
    data = {
        "about": "entity re-typing model: eval/train_entity_types.py on the GUM tuning documents",
        "classes": list(model.classes),
        "intercept": list(model.intercept),
        "margin": model.margin,
        "weights": {k: list(model.weights[k]) for k in sorted(model.weights)},
    }
    args.out.write_text(json.dumps(data, indent=0, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
