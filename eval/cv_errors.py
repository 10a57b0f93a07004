"""The plain-text block model's out-of-fold false keeps on the tuning pages (issue 13).

Usage (from the repo root, with the `train` extra):

    python -m eval.train_blocks --cv --folds-file /tmp/folds.json   # train (or read) the fold models
    python -m eval.cv_errors /tmp/folds.json /tmp/errors.jsonl      # their kept chrome, one JSON line each

Each tuning page (never a held-out site: `train_blocks.tuning_pool`) is segmented with the fold
model trained without its site, so both the trees and the rules are judged on pages whose site
did not shape the trees. A false keep is, on extraction-wild, a must-not string found in the
indexed text (with the paragraph holding it); on extraction-dev, a kept body or heading
paragraph at least half of whose 4-token shingles are not in the true body (with its share of
the page's true tokens). Each line gives the page, the paragraph's kind, reason and text, its
place against the kept body (before / inside / after) and its neighbours; a summary by reason
goes to stdout. Grouping into kinds (teasers, author boxes, prompts, captions) is read by hand.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eval import extraction
from eval import train_blocks as tb
from indexer import segment
from indexer.models import BODY, INDEXED_KINDS, Paragraph

_TOKEN = re.compile(r"\w+")


def _place(i: int, kept: list[int]) -> str:
    if not kept:
        return "no body kept"
    return "before" if i < kept[0] else "after" if i > kept[-1] else "inside"


def page_errors(page: extraction.Page, paras: list[Paragraph]) -> list[dict[str, Any]]:
    """The false keeps of one segmented tuning page (see the module's docstring)."""
    kept = [i for i, p in enumerate(paras) if p.kind == BODY]
    out: list[dict[str, Any]] = []

    def record(i: int, **extra: Any) -> None:
        p = paras[i]
        near = [(paras[j].kind, paras[j].text[:80]) for j in (i - 1, i + 1) if 0 <= j < len(paras)]
        out.append(
            {
                "corpus": page.corpus,
                "page": page.page_id,
                "kind": p.kind,
                "reason": p.reason,
                "text": p.text[:400],
                "words": len(p.text.split()),
                "place": _place(i, kept),
                "near": near,
                **extra,
            }
        )

    if page.corpus == "wild":
        for s in page.without:
            want = extraction.collapse(s)
            hits = [
                i
                for i, p in enumerate(paras)
                if p.kind in INDEXED_KINDS and want and want in extraction.collapse(p.text)
            ]
            if hits:
                record(hits[0], string=s)
        return out
    gold = _TOKEN.findall(page.body)
    true = extraction.shingles(page.body)  # the scorer's own shingles
    joined = " " + " ".join(gold) + " "
    for i, p in enumerate(paras):
        if p.kind not in extraction.KEPT_KINDS:
            continue
        toks = _TOKEN.findall(p.text)
        if len(toks) >= extraction.SHINGLE:
            grams = extraction.shingles(p.text)
            foreign = sum(n for g, n in grams.items() if g not in true) / sum(grams.values())
        else:
            foreign = 0.0 if (" " + " ".join(toks) + " ") in joined else 1.0
        if foreign >= 0.5:
            record(i, share=len(toks) / max(len(gold), 1))
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m eval.cv_errors FOLDS.json OUT.jsonl", file=sys.stderr)
        return 2
    folds, out = Path(args[0]), Path(args[1])
    if not folds.is_file():
        print(
            f"error: no fold models at {folds}: write them with python -m eval.train_blocks --cv --folds-file {folds}",
            file=sys.stderr,
        )
        return 2
    pool = tb.tuning_pool()
    tb.use_fold_file(folds, pool)
    rows: list[dict[str, Any]] = []
    for page in pool:
        model = tb.fold_model(extraction.cv_fold(page.host), extraction.CV_FOLDS, pool)
        doc = extraction.read_page(page, "txt")
        if doc is not None:
            rows.extend(page_errors(page, segment.segment(doc, model=model).paragraphs))
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for corpus in ("dev", "wild"):
        mine = [r for r in rows if r["corpus"] == corpus]
        print(f"{corpus}: {len(mine)} false keeps; by place {dict(Counter(r['place'] for r in mine))}")
        for reason, n in Counter(r["reason"] for r in mine).most_common(10):
            print(f"  {n:4d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
