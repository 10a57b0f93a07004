"""indexer: a searchable full-text index of news articles, paragraph by paragraph.

The Python API is what the CLI uses:

    import indexer
    summary = indexer.build(["source/"], index=".indexer")
    result = indexer.search("forced labor", index=".indexer", limit=5)
    for hit in result.hits:
        print(hit.article_id, hit.paragraph, hit.snippet)
    article = indexer.show("rferl", index=".indexer")   # an article as indexed
    print(indexer.stats(index=".indexer").paragraphs)
    for article in indexer.parse(["source/"], entities=False):
        print(article.title, len(article.paragraphs))

Names are imported lazily so `import indexer` stays cheap for the search path.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "build": ("pipeline", "build"),
    "parse": ("pipeline", "parse_paths"),
    "trust_index": ("pipeline", "trust_index"),
    "IndexSearcher": ("search", "IndexSearcher"),
    "SearchRequest": ("search", "SearchRequest"),
    "Filters": ("search", "Filters"),
    "entity_counts": ("search", "entity_counts"),
    "show": ("search", "show"),
    "stats": ("search", "stats"),
    "IndexStats": ("search", "IndexStats"),
    "load_synonyms": ("synonyms", "load_synonyms"),
    "Article": ("models", "Article"),
    "Paragraph": ("models", "Paragraph"),
    "Hit": ("models", "Hit"),
    "ParagraphRef": ("models", "ParagraphRef"),
    "SearchResult": ("models", "SearchResult"),
    "BuildSummary": ("pipeline", "BuildSummary"),
    "IndexerError": ("errors", "IndexerError"),
    "SourceError": ("errors", "SourceError"),
    "QueryError": ("errors", "QueryError"),
    "IndexNotFoundError": ("errors", "IndexNotFoundError"),
    "IndexFormatError": ("errors", "IndexFormatError"),
    "IndexLockedError": ("errors", "IndexLockedError"),
    "UnreadableFilesError": ("errors", "UnreadableFilesError"),
}

# Bound eagerly, not lazily: importing the submodule `indexer.search` would otherwise leave the
# package attribute `indexer.search` pointing at the module instead of the function. The
# package imports its other names at first use (search/__init__.py, _LAZY), so this stays cheap.
from .search import search  # noqa: E402, F401 (exported: __all__ below)

__all__ = sorted([*_EXPORTS, "search"])


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        module, attr = _EXPORTS[name]
        return getattr(importlib.import_module(f"{__name__}.{module}"), attr)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
