"""The Whoosh schema and analyzers. Whoosh's internals (codec, files, writers) are imported only
in the `index` package; this module, search/, ranking.py and the analysers use its public API.

Bump ANALYZER_VERSION whenever a field or analyzer changes: an index written with another
version is refused with a hint to rebuild, never read with mismatched analyzers.
"""

from __future__ import annotations

from typing import Any

from .models import NAME_FIELDS

# Version of the on-disk layout (manifest + Whoosh fields). Part of the manifest.
# 2: signed manifest listing every file with its SHA-256 (trust.py), pinned TOC generation.
# 3: segments written by this tool's Whoosh codec (index/codec.py): stored fields as JSON, not
#    pickles; the codec class recorded in the segment list.
INDEX_FORMAT_VERSION = 3
# 2: real words moved from the `exact` field's postings to a word list beside the index.
# 3: analysis.py: NFKC, case and accent folding, glued sentences, acronyms, CJK pairs,
#    stop words keep their positions, per-article language (`language` field) and stemming.
# 4: letter groups of up to 3 joined by `&` are one word (H&M, AT&T): an index of version 3
#    has no term for them, and would answer 0 without saying why.
# 5: a compound with a one-character part is one word ("e-mail" = "email", "9/11", "x-ray"):
#    split, it was indexed and searched as its other part alone ("mail", "11").
# 6: the languages Snowball 3 stems beyond Whoosh's list (Greek, Hindi, Persian, Polish,
#    Czech, ...) are stemmed: an index of version 5 holds their words unstemmed.
ANALYZER_VERSION = 6

ENTITY_TEXT_FIELDS = NAME_FIELDS  # the entity fields indexed as analysed names


def text_analyzer() -> Any:
    """Paragraph text, title and section: analysis.py's chain, stemmed per language."""
    from .analysis import text_analyzer as analyzer

    return analyzer()


def exact_analyzer() -> Any:
    # Unstemmed, no stop words: fuzzy terms and spelling suggestions need real words
    # ("sterilisations~1" finds nothing against stems).
    from .analysis import name_analyzer

    return name_analyzer()


def words_of(text: str) -> set[str]:
    """The real words of a text, as exact_analyzer gives them: what the index's word list holds."""
    from .analysis import words_of as real_words

    return real_words(text)


def entity_analyzer() -> Any:
    # Names are matched word by word, case- and accent-insensitively, unstemmed: "zenz" matches
    # "Adrian Zenz", "zurich" matches "Zürich", and "central asia" is a phrase inside "Central Asia".
    from .analysis import name_analyzer

    return name_analyzer()


def build_schema() -> Any:
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
    # postings: it is only the query parser's name for "real words, not stems" (search/parser.py).
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
    from .index.codec import SafePositions

    for fieldobj in fields.values():  # positions decoded without unrestricted pickle
        if type(fieldobj.format) is Positions:
            fieldobj.format = SafePositions(field_boost=fieldobj.format.field_boost)
    return Schema(**fields)
