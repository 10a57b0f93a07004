"""Per-query time of typo queries searched without the synonym table (synonyms=False), the
path of relax.Relaxation.typos: median ms a query over PASSES passes after a warm-up, and the
answers (total, fallback, searched, hits) as JSON to compare two versions with.

    python bench/typo_queries.py INDEX_DIR answers.json
    PYTHONPATH=/path/to/other/worktree python bench/typo_queries.py INDEX_DIR other.json && cmp answers.json other.json
"""

from __future__ import annotations

import json
import statistics
import sys
import time

from indexer.models import SearchRequest
from indexer.search import IndexSearcher

QUERIES = ["uyghr camps", "labour sanctons", "beijng genocide", "forcd labor"]
PASSES = 21


def main(index: str, out: str) -> None:
    with IndexSearcher(index, synonyms=False) as searcher:
        for q in QUERIES:  # warm: word list, parsers, names
            searcher.search(SearchRequest(q, limit=5))
        per_query = []
        for _ in range(PASSES):
            start = time.perf_counter()
            for q in QUERIES:
                searcher.search(SearchRequest(q, limit=5))
            per_query.append((time.perf_counter() - start) / len(QUERIES) * 1000)
        answers = []
        for q in QUERIES:
            r = searcher.search(SearchRequest(q, limit=5))
            answers.append([q, r.total, r.fallback, r.searched, [[h.article_id, h.paragraph] for h in r.hits]])
    print(f"{statistics.median(per_query):.2f} ms a query (median of {PASSES} passes of {len(QUERIES)} queries)")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(answers, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
