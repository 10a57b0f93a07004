"""Searching an index: a request (query string, filters, paging) turned into hits.

One request walks these modules once, in this order:

- `request.py`: the request and its filters, checked (`checked_limit`);
- `compile.py`: the query string checked and rewritten (`query.py`), multi-word synonyms
  grouped, compiled into a query (plain words directly, the rest by index/parser.py, which asks
  `parser.py` what a word means; `variants.py` ORs in the synonym table's spellings,
  `filters.py` builds the filters, `vocabulary.py` expands typos and patterns against the
  index's real words), all through index/queries.py's constructors;
- `relax.py`: the other readings of the query to try, as data (a typed question read by its
  words that matter; when nothing is found, typos allowed, then any word), and "did you mean";
- `plan.py`: each reading compiled once into a Plan (the query, the filter, the sort,
  ranking's tree);
- `execute.py`: the plan run once (numpy ranking for plain words, `ranking.py`; Whoosh for
  the rest, index/collect.py) into a Ranking, its copies of one text folded into one hit
  (`copies.py`: a relevance ranking read deeper while copies leave the page short), and the
  facet counts over the same evaluation's matches;
- `hits.py` with `highlight.py`: each hit of the page with its matched words as character
  offsets, its best fragment and its context paragraphs (`articles.py`).

`articles.py` also serves articles, paragraphs and statistics (`show`, `stats`, `entities`).
`searcher.py` holds IndexSearcher, which walks a request through the steps, each once and in
order for a request answered as typed (tests/test_search_path.py). No module here imports
Whoosh: indexer/index/ is imported lazily, and only what each step needs: start-up time matters
to scripts.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..models import Article, MatchMode, SearchResult, SortOrder

if TYPE_CHECKING:
    from ..index.words import Vocabulary
    from .articles import FACET_FIELDS, IndexStats, entity_counts
    from .compile import date_within
    from .execute import FACET_LIMIT
    from .highlight import (
        HIGHLIGHT_SCAN_CHARS,
        SNIPPET_CHARS,
        SNIPPET_CLOSE,
        SNIPPET_OPEN,
        HighlightTerms,
        Highlighter,
        best_fragment,
        join_phrases,
        mark,
    )
    from .relax import SUGGEST_BELOW
    from .request import MAX_CONTEXT, MAX_LIMIT, MODES, SORTS, Filters, SearchRequest
    from .searcher import IndexSearcher

# The names above, each from the module that defines it, imported at first use (PEP 562): the
# package binds search() for `import indexer`, which `indexer parse` and a build import too, and
# the search path's modules cost them ~0.15 s of CPU (whoosh's analysis, query.py, the store).
_LAZY = {
    **dict.fromkeys(("FACET_FIELDS", "IndexStats", "entity_counts"), ".articles"),
    "date_within": ".compile",
    "FACET_LIMIT": ".execute",
    **dict.fromkeys(
        (
            "HIGHLIGHT_SCAN_CHARS",
            "SNIPPET_CHARS",
            "SNIPPET_CLOSE",
            "SNIPPET_OPEN",
            "HighlightTerms",
            "Highlighter",
            "best_fragment",
            "join_phrases",
            "mark",
        ),
        ".highlight",
    ),
    "SUGGEST_BELOW": ".relax",
    **dict.fromkeys(("MAX_CONTEXT", "MAX_LIMIT", "MODES", "SORTS", "Filters", "SearchRequest"), ".request"),
    "IndexSearcher": ".searcher",
    "Vocabulary": "..index.words",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value  # the next lookup is an ordinary one
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FACET_FIELDS",
    "FACET_LIMIT",
    "HIGHLIGHT_SCAN_CHARS",
    "MAX_CONTEXT",
    "MAX_LIMIT",
    "MODES",
    "SNIPPET_CHARS",
    "SNIPPET_CLOSE",
    "SNIPPET_OPEN",
    "SORTS",
    "SUGGEST_BELOW",
    "Filters",
    "HighlightTerms",
    "Highlighter",
    "IndexSearcher",
    "IndexStats",
    "SearchRequest",
    "Vocabulary",
    "best_fragment",
    "date_within",
    "entity_counts",
    "join_phrases",
    "mark",
    "search",
    "show",
    "stats",
]


def search(
    query: str = "",
    index: str | Path | None = None,
    *,
    filters: Filters | None = None,
    limit: int = 10,
    offset: int = 0,
    sort: SortOrder = "score",
    mode: MatchMode = "and",
    fallback: bool = True,
    context: int = 0,
    facets: bool = False,
    suggest: bool = True,
    synonyms: bool = True,
    synonyms_file: str | os.PathLike[str] | None = None,
    duplicates: bool = False,
) -> SearchResult:
    """One search against the index at `index` (or $INDEXER_INDEX, or ./.indexer).

    Ranked by relevance, a paragraph whose text a better hit shows (the same paragraph in
    another article) is folded into that hit's `copies`; `duplicates=True` shows each copy.
    For many queries, open an IndexSearcher once and call its search() per query.
    """
    from .request import Filters, SearchRequest
    from .searcher import IndexSearcher

    request = SearchRequest(
        query, filters or Filters(), limit, offset, sort, mode, fallback, context, facets, suggest, duplicates
    )
    with IndexSearcher(index, synonyms=synonyms, synonyms_file=synonyms_file) as searcher:
        return searcher.search(request)


def show(ref: str, index: str | Path | None = None, *, context: int = 2) -> Article:
    """An article as indexed, as `indexer show` prints it: `ref` is ARTICLE (any unique part of
    its id, or its file) or ARTICLE:N (also ARTICLE#N), which gives paragraph N with `context`
    indexed paragraphs before and after it. Raises ArticleNotFoundError for no such article,
    IndexerError for no such paragraph (the message says which numbers are indexed). Reads
    stored fields alone, so an index of other analyzers is shown too (IndexSearcher's
    stored_only; a search of it asks for the rebuild)."""
    from ..models import split_paragraph_ref
    from .searcher import IndexSearcher

    name, focus = split_paragraph_ref(ref)
    with IndexSearcher(index, synonyms=False, stored_only=True) as searcher:
        article = searcher.article(name)
        blocks = searcher.blocks_of(article.id)
    return article if focus is None else article.around(focus, context, blocks)


def stats(index: str | Path | None = None, *, articles: bool = False) -> IndexStats:
    """Counts, dates, languages and size of the index at `index`; with `articles=True` also
    every article's record in `article_list`, by id (`indexer stats --articles`; a page of
    chrome alone, recorded but skipped, is none: manifest.is_article). An index of
    other analyzers is counted too (its `analyzer_version` tells; `show`)."""
    from ..index.manifest import is_article
    from .searcher import IndexSearcher

    with IndexSearcher(index, synonyms=False, stored_only=True) as searcher:
        info = searcher.stats()
        if articles:
            info.article_list = sorted(filter(is_article, searcher.records.values()), key=lambda r: r.id)
        return info
