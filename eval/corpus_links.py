"""Tags an index shows under a corpus name the article never uses (names.py's linking, audited).

Run from the repository root, on an index built with entities:

    python -m eval.corpus_links DIR                 # the count, and the names most often so shown
    python -m eval.corpus_links DIR --tsv OUT.tsv   # every such tag: article, paragraph, field, own, shown

Every live paragraph's stored tags are read, and the corpus-names table is computed from them by
the `indexer.names` on the path (not the one the build stored), so the same index measures two
rule sets: run it once from each version's checkout (`cd /work/main && python -m
eval.corpus_links DIR`); with `-m` the current folder comes before `PYTHONPATH`, so setting
`PYTHONPATH` to the other checkout measures this one's rules again. A tag counts when the
name shown for it (`NameTable.canonical`) differs from the article's own and the article's
indexed text does not contain it (case and apostrophe style aside): "Labour" shown as
"Stevenage Labour Party" in an article that never names that branch. Spelling variants ("Sony"
-> "Sony Corporation") count too: read the names listed to tell them from wrong links.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

FIELDS = ("people", "orgs", "places", "groups", "speakers")


def _norm(text: str) -> str:
    return re.sub(r"[’‘`´ʼ]", "'", text).lower()


def stored_rows(index_dir: Path) -> list[tuple[str, int, str, dict[str, list[str]]]]:
    """(article id, paragraph, text, tags) of every live paragraph, in article order."""
    import orjson

    from indexer.store import open_searcher

    ix, _manifest, searcher = open_searcher(index_dir)
    try:
        with searcher:
            rows = [
                (d["article_id"], int(d["paragraph"]), d.get("text", ""), orjson.loads(d.get("tags") or "{}"))
                for d in searcher.documents()
            ]
    finally:
        ix.close()
    return sorted(rows, key=lambda r: (r[0], r[1]))


def unused_names(rows: list[tuple[str, int, str, dict[str, list[str]]]]) -> tuple[int, list[tuple[str, ...]]]:
    """(all tags, the tags shown under a corpus name the article never uses: (article,
    paragraph, field, own name, shown name))."""
    from indexer.names import build_name_table

    counts: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    texts: dict[str, list[str]] = defaultdict(list)
    names: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for article, _, text, tags in rows:
        texts[article].append(_norm(text))
        for f in FIELDS:
            counts[f].update(set(tags.get(f, [])))
            if tags.get(f):
                names[article].setdefault(f, set()).update(tags[f])
    try:  # each article's names too, where the rules take them (names.build_name_table)
        table = build_name_table({f: list(c.items()) for f, c in counts.items()}, [names[a] for a in sorted(names)])
    except TypeError:  # an older checkout's rules: names and paragraph counts only
        table = build_name_table({f: list(c.items()) for f, c in counts.items()})
    whole = {a: "\n".join(t) for a, t in texts.items()}
    total, out = 0, []
    for article, paragraph, _, tags in rows:
        for f in FIELDS:
            for name in tags.get(f, []):
                total += 1
                shown = table.canonical(f, name)
                if shown != name and _norm(shown) not in whole[article]:
                    out.append((article, str(paragraph), f, name, shown))
    return total, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("index", type=Path)
    ap.add_argument("--tsv", type=Path, help="write every such tag here")
    ap.add_argument("--top", type=int, default=30, help="how many (field, own, shown) rows to list")
    args = ap.parse_args(argv)
    total, found = unused_names(stored_rows(args.index))
    print(f"{len(found):,} of {total:,} tags shown under a corpus name the article never uses")
    for (f, own, shown), n in Counter((r[2], r[3], r[4]) for r in found).most_common(args.top):
        print(f"{n:6}  {f:<8} {own} -> {shown}")
    if args.tsv:
        args.tsv.write_text("".join("\t".join(r) + "\n" for r in found), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
