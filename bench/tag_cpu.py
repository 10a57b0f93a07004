"""CPU seconds a paragraph of the entity stage alone, and a digest of the tags it gives.

    python bench/tag_cpu.py ../shared/corpus/bbc:8 ../shared/corpus/reuters21578:40 --rounds 3
    python bench/tag_cpu.py ... --articles /tmp/sub.pkl            # parse once, reuse
    PYTHONPATH=/path/to/other/checkout python bench/tag_cpu.py ... --articles /tmp/sub.pkl

Each ROOT:STEP takes every STEP-th file under ROOT (sorted), read and segmented without entities
(`parse_paths`); `--articles FILE` keeps those parsed articles in FILE (a pickle this script
wrote) and reads them from there when it exists, so two checkouts tag the very same input.
Each round tags them in a fresh process (`entities.tag_articles`, one process, as a build's
worker does) and counts the CPU time of the tagging only (`time.process_time`, model load
excluded): on a shared machine CPU time varies far less than wall time. Prints one JSON line a
round and the median; `digest` is a SHA-256 over every paragraph's tags and the articles'
warnings: two sides with the same digest gave byte-identical tags.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import statistics
import subprocess
import sys
import time
from pathlib import Path

from indexer.models import Article


def parse(specs: list[str]) -> list[Article]:
    """The articles of every STEP-th file of each ROOT:STEP, parsed without entities."""
    from indexer.pipeline import parse_paths

    files: list[str] = []
    for spec in specs:
        root, _, step = spec.rpartition(":")
        found = sorted(p for p in Path(root).rglob("*") if p.is_file())
        files += [str(p) for p in found[:: int(step)]]
    return list(parse_paths(files, entities=False, on_error=lambda ref, exc: None))


def one_round(path: str) -> dict[str, object]:
    """Tag the pickled articles at `path` in this process: CPU seconds and the tags' digest."""
    from indexer.entities import load_pipeline, tag_articles

    with open(path, "rb") as fh:
        articles = pickle.load(fh)
    load_pipeline()
    start = time.process_time()
    tagged = list(tag_articles(articles))
    cpu = time.process_time() - start
    digest = hashlib.sha256()
    paragraphs = 0
    for a in tagged:
        for p in a.paragraphs:
            paragraphs += p.indexed
            row = [a.id, p.paragraph, p.people, p.orgs, p.places, p.groups, p.dates, p.speakers, a.warnings]
            digest.update(json.dumps(row, ensure_ascii=False).encode())
    return {
        "paragraphs": paragraphs,
        "cpu_s": round(cpu, 2),
        "ms_per_paragraph": round(1000 * cpu / paragraphs, 3),
        "digest": digest.hexdigest()[:16],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("specs", nargs="*", metavar="ROOT:STEP")
    ap.add_argument("--articles", help="pickle of the parsed articles: written once, then read")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--one-round", help=argparse.SUPPRESS)  # the child process of a round
    args = ap.parse_args()
    if args.one_round:
        print(json.dumps(one_round(args.one_round)))
        return 0
    path = args.articles or "/tmp/tag_cpu_articles.pkl"
    if not (args.articles and Path(path).exists()):
        if not args.specs:
            ap.error("give ROOT:STEP specs, or --articles of an existing file")
        with open(path, "wb") as fh:
            pickle.dump(parse(args.specs), fh)
    rounds = []
    for _ in range(args.rounds):
        out = subprocess.run(
            [sys.executable, __file__, "--one-round", path], check=True, capture_output=True, text=True
        ).stdout
        rounds.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(rounds[-1]), flush=True)
    print(json.dumps({"median_ms_per_paragraph": statistics.median(r["ms_per_paragraph"] for r in rounds)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
