"""The Whoosh schema of an index: each field's Whoosh class, analyzer and options (the field
names and versions are indexer/schema.py's, which imports no Whoosh).

Bump schema.ANALYZER_VERSION whenever a field or analyzer here changes.
"""

from __future__ import annotations

from typing import Any

from ..schema import ENTITY_TEXT_FIELDS


def text_analyzer() -> Any:
    """Paragraph text, title and section: analysis.py's chain, stemmed per language."""
    from ..analysis import text_analyzer as analyzer

    return analyzer()


def exact_analyzer() -> Any:
    # Unstemmed, no stop words: fuzzy terms and spelling suggestions need real words
    # ("sterilisations~1" finds nothing against stems).
    from ..analysis import name_analyzer

    return name_analyzer()


def entity_analyzer() -> Any:
    # Names are matched word by word, case- and accent-insensitively, unstemmed: "zenz" matches
    # "Adrian Zenz", "zurich" matches "Zürich", and "central asia" is a phrase inside "Central Asia".
    from ..analysis import name_analyzer

    return name_analyzer()


def build_schema() -> Any:
    """The Whoosh Schema every index of this tool is written and read with (whoosh.fields.Schema):
    paragraph text, title and section stemmed (analysis.py), real words for typos and
    suggestions, the entity fields as names and as facets, and the stored fields shown."""
    from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
    from whoosh.formats import Existence, Positions

    stemmed = text_analyzer()
    # Title and section words filter (title:, section:) rather than rank; unscored fields skip
    # Whoosh's per-document length columns, which made a build ~25% slower (bench/wbench notes).
    # A query word that analyses into several terms (CJK pairs, "U.S.-based") is a phrase.
    title = TEXT(analyzer=stemmed, stored=True, multitoken_query="phrase")
    title.scorable = False
    section = TEXT(analyzer=stemmed, stored=True, multitoken_query="phrase")
    section.scorable = False
    # Real words (for typos `uyghr~`, patterns `sanction*` and suggestions) are not indexed per
    # paragraph: indexing them cost 30% of a build. They are a sorted word list beside the index
    # (store.py), expanded at query time into the stems of the text field. This field holds no
    # postings: it is only the query parser's name for "real words, not stems" (index/parser.py).
    exact = TEXT(analyzer=exact_analyzer(), phrase=False)
    exact.format = Existence(field_boost=1.0)
    exact.scorable = False
    fields: dict[str, Any] = {
        # "<article id>#<paragraph>": the unique key of a document.
        "key": ID(stored=True, unique=True),
        "article_id": ID(stored=True, sortable=True),
        # Lower-cased article id, for case-insensitive --article filters.
        "article": ID(),
        "title": title,
        # Sorted and shown, never searched by range: one term a document, not eight.
        "paragraph": NUMERIC(stored=True, sortable=True, bits=32, signed=False, shift_step=32),
        "kind": ID(stored=True),
        "section": section,
        "text": TEXT(analyzer=stemmed, stored=True, phrase=True, multitoken_query="phrase"),
        "exact": exact,
        "published": ID(stored=True, sortable=True),
        # The article's address and byline, shown with its hits: stored only (`byline:` is the
        # parser's field). No `url`: none; no `article_byline` (stored even when ""): written
        # before it, and its hit reads the article's record (hits.py). No analyzer change.
        "url": STORED(),
        "article_byline": STORED(),
        # The article's language (ISO 639-1, "und" when undetermined): the `lang:` field and
        # --lang filter, the stemmer its text was analysed with, and `indexer stats`.
        "language": ID(stored=True),
        "dates": KEYWORD(commas=True, lowercase=False),
        # JSON of the paragraph's entity lists, for display.
        "tags": STORED(),
    }
    ent = entity_analyzer()
    for name in ENTITY_TEXT_FIELDS:
        fields[name] = TEXT(analyzer=ent, phrase=True, multitoken_query="phrase")
        # Whole canonical names: `indexer entities` counts paragraphs per name from these terms.
        # (Search facets count the hits' stored tags, which measured faster than term vectors.)
        fields[f"{name}_facet"] = KEYWORD(commas=True, lowercase=False)
    from .codec import SafePositions

    for fieldobj in fields.values():  # positions decoded without unrestricted pickle
        if type(fieldobj.format) is Positions:
            fieldobj.format = SafePositions(field_boost=fieldobj.format.field_boost)
    return Schema(**fields)
