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

    python -m eval.cv_errors --drops /tmp/folds.json /tmp/drops.jsonl  # their dropped article text

With `--drops`, the other side: the out-of-fold false drops. On extraction-wild, each must-have
string not in the indexed text, with the block(s) holding it (one block, or the run of blocks it
spans; "not in the page's blocks" when no run of blocks holds it, e.g. the dump lacks it); on
extraction-dev, each dropped paragraph (not body or heading) of 4+ tokens at least half of whose
shingles are in the true body, with its share of the page's true tokens. Each block gives its
kind and reason, the rules' own kind and reason before the model (`rule_reason`), the model's
P(article text) where it decided the block (`prob`), its place against the kept body and its
neighbours; a summary by reason (quoted words folded) goes to stdout.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval import extraction
from eval import train_blocks as tb
from indexer import segment
from indexer.models import BODY, INDEXED_KINDS, Document, Paragraph

_TOKEN = re.compile(r"\w+")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\d+")


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


class Recorder:
    """A block model that remembers the P(article text) it gave each block of the last page
    (`probs`); everything else is the wrapped model's."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.probs: list[float] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)

    def probabilities(self, rows: Any) -> list[float]:
        self.probs = list(self.model.probabilities(rows))
        return self.probs


@dataclass
class Decided:
    """One segmented page and what decided each of its blocks (the lists run in block order,
    one item per paragraph): the rules' (kind, reason) before the model, and the model's
    P(article text) where it decided the block (None where the rules' answer was final)."""

    paras: list[Paragraph]
    rules: list[tuple[str, str]]
    probs: list[float | None]
    source: str = ""  # the page as read (to tell a string the dump lacks)


def decide(doc: Document, model: Any) -> Decided:
    """Segment a plain-text page with `model` (a fold model) and keep the rules' verdicts and
    the model's probabilities beside the result (see `Decided`)."""
    blocks, _ = segment.analyse_text(doc.text, with_features=False)
    rec = Recorder(model)
    paras = segment.segment(doc, model=rec).paragraphs
    probs: list[float | None] = [None] * len(paras)
    if rec.probs and len(rec.probs) == len(paras) == len(blocks):
        probs = [round(p, 3) if segment.is_decided(b) else None for b, p in zip(blocks, rec.probs, strict=True)]
    rules = [(b.kind, b.reason) for b in blocks] if len(blocks) == len(paras) else [("", "")] * len(paras)
    return Decided(paras, rules, probs, doc.text)


def _holding(texts: list[str], want: str, span: int = 12) -> list[int]:
    """The shortest run of consecutive blocks whose joined text holds `want` (collapsed), the
    first such; [] when none of up to `span` blocks does."""
    for i in range(len(texts)):
        for j in range(i, min(len(texts), i + span)):
            if want in extraction.collapse(" ".join(texts[i : j + 1])):
                while i < j and want in extraction.collapse(" ".join(texts[i + 1 : j + 1])):
                    i += 1
                return list(range(i, j + 1))
    return []


def _block(d: Decided, i: int, kept: list[int]) -> dict[str, Any]:
    p = d.paras[i]
    near = [(d.paras[j].kind, d.paras[j].reason, d.paras[j].text[:80]) for j in (i - 1, i + 1) if 0 <= j < len(d.paras)]
    return {
        "kind": p.kind,
        "reason": p.reason,
        "rule_kind": d.rules[i][0],
        "rule_reason": d.rules[i][1],
        "prob": d.probs[i],
        "text": p.text[:400],
        "words": len(p.text.split()),
        "block": i,
        "place": _place(i, kept),
        "near": near,
    }


def page_drops(page: extraction.Page, d: Decided) -> list[dict[str, Any]]:
    """The false drops of one segmented tuning page (see the module's docstring)."""
    kept = [i for i, p in enumerate(d.paras) if p.kind == BODY]
    base = {"corpus": page.corpus, "page": page.page_id}
    out: list[dict[str, Any]] = []
    if page.corpus == "wild":
        indexed = extraction.collapse("\n\n".join(p.text for p in d.paras if p.kind in INDEXED_KINDS))
        texts = [p.text for p in d.paras]
        for s in page.with_:
            want = extraction.collapse(s)
            if not want or want in indexed:
                continue
            run = _holding(texts, want)
            dropped = [i for i in run if d.paras[i].kind not in INDEXED_KINDS] or run
            if not dropped:
                where = "not in the dump" if want not in extraction.collapse(d.source) else "not in the page's blocks"
                out.append({**base, "string": s, "reason": where, "place": "", "blocks": 0})
                continue
            first = _block(d, dropped[0], kept)
            others = [_block(d, i, kept) for i in dropped[1:]]
            out.append({**base, "string": s, **first, "blocks": len(run), "others": others})
        return out
    gold = _TOKEN.findall(page.body)
    # the true shingles the kept text lacks (a dropped repeat of a kept paragraph loses nothing)
    missing = extraction.shingles(page.body) - extraction.shingles(
        "\n\n".join(p.text for p in d.paras if p.kind in extraction.KEPT_KINDS)
    )
    for i, p in enumerate(d.paras):
        toks = _TOKEN.findall(p.text)
        if p.kind in extraction.KEPT_KINDS or len(toks) < extraction.SHINGLE:
            continue
        grams = extraction.shingles(p.text)
        inside = sum(min(n, missing[g]) for g, n in grams.items()) / sum(grams.values())
        if inside >= 0.5:
            out.append(
                {**base, **_block(d, i, kept), "inside": round(inside, 2), "share": len(toks) / max(len(gold), 1)}
            )
    return out


def _summary(rows: list[dict[str, Any]], what: str) -> None:
    for corpus in ("dev", "wild"):
        mine = [r for r in rows if r["corpus"] == corpus]
        print(f"{corpus}: {len(mine)} {what}; by place {dict(Counter(r['place'] for r in mine))}")
        for reason, n in Counter(_QUOTED.sub("…", r["reason"]) for r in mine).most_common(25):
            print(f"  {n:4d}  {reason}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    drops = "--drops" in args
    args = [a for a in args if a != "--drops"]
    if len(args) != 2:
        print("usage: python -m eval.cv_errors [--drops] FOLDS.json OUT.jsonl", file=sys.stderr)
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
        if doc is None:
            continue
        if drops:
            rows.extend(page_drops(page, decide(doc, model)))
        else:
            rows.extend(page_errors(page, segment.segment(doc, model=model).paragraphs))
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    _summary(rows, "false drops" if drops else "false keeps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
