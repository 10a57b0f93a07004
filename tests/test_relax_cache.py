"""A search without the synonym table (synonyms=False, --no-synonyms) checks a typo against the
shipped table's spellings (relax.Relaxation.typos): those are analysed once per searcher, not
again for every query (~0.6-1.6 ms a typo query; docs/quality.md), and the answers are the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer import synonyms
from indexer.models import SearchRequest
from indexer.search import IndexSearcher


def test_the_shipped_forms_are_built_once_per_searcher(shipped_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    real = synonyms.builtin_table

    def counted() -> synonyms.SynonymTable:
        built.append(1)
        return real()

    monkeypatch.setattr(synonyms, "builtin_table", counted)
    with IndexSearcher(shipped_index, synonyms=False) as searcher:
        results = [searcher.search(SearchRequest("uyghr camps", limit=3)) for _ in range(3)]
    assert len(built) == 1
    assert {(r.fallback, r.searched, r.total) for r in results} == {("fuzzy", "uyghr~1 camps", 6)}
