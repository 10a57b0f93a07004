"""What the index's fields are, without Whoosh: the layout and analyzer versions, the entity
fields indexed as names, the real words of a text. The Whoosh schema itself (its field classes
and analyzers) is built in index/schema.py, the package that imports Whoosh.

Bump ANALYZER_VERSION whenever a field or analyzer changes: an index written with another
version is refused with a hint to rebuild, never read with mismatched analyzers.
"""

from __future__ import annotations

from .models import NAME_FIELDS

# Version of the on-disk layout (manifest + Whoosh fields). Part of the manifest.
# 2: signed manifest listing every file with its SHA-256 (trust.py), pinned TOC generation.
# 3: segments written by this tool's Whoosh codec (index/codec.py): stored fields as JSON, not
#    pickles; the codec class recorded in the segment list.
# 4: article ids by root name (sources.root_prefixes: `bbc/business/001.txt`, not a path
#    relative to the common parent of the build's roots); article records carry `source`.
#    Bumped so that an older indexer says "written by a newer indexer" rather than "damaged"
#    (it reads a record with a field it does not know as damage). An index of format 3 is
#    read as it is, and its next build renames its ids by path (pipeline.py), without re-tagging.
# 5: article records (and paragraphs' stored fields) carry the page's address, `url`. An index
#    of format 3 or 4 is read as it is (its articles have no address); its next build re-reads
#    the HTML articles it holds to record theirs (pipeline.py).
# 6: article records carry their page's block digests and the repeated blocks of its folder it
#    was segmented with (`site_digests`, `site_chrome`: sites.py). An index of format 3 to 5 is
#    read as it is; its next build reads each of its plain-text pages once to record them.
# 7: the manifest records the version of the code that read its articles (`reader`:
#    manifest.reader_version). An index of format 3 to 6 is read as it is; its next build
#    reads every article again, as it does whenever that code changed (pipeline._reread_all).
# Bump it whenever the manifest or its article records gain, lose or change a field.
INDEX_FORMAT_VERSION = 7
# The oldest format this version reads without a rebuild: 3 differs from 4 in its ids only.
# The format whose records first carry `url`.
URL_FORMAT = 5
# The format whose records first carry `site_digests` and `site_chrome`.
SITE_FORMAT = 6
# The first format of ids by root name: a build keeps those ids (sources.keep_recorded_ids).
ROOT_NAME_FORMAT = 4
OLDEST_READABLE_FORMAT = 3
# 2: real words moved from the `exact` field's postings to a word list beside the index.
# 3: analysis.py: NFKC, case and accent folding, glued sentences, acronyms, CJK pairs,
#    stop words keep their positions, per-article language (`language` field) and stemming.
# 4: letter groups of up to 3 joined by `&` are one word (H&M, AT&T): an index of version 3
#    has no term for them, and would answer 0 without saying why.
# 5: a compound with a one-character part is one word ("e-mail" = "email", "9/11", "x-ray"):
#    split, it was indexed and searched as its other part alone ("mail", "11").
# 6: the languages Snowball 3 stems beyond Whoosh's list (Greek, Hindi, Persian, Polish,
#    Czech, ...) are stemmed: an index of version 5 holds their words unstemmed.
# 7: Thai, Lao, Khmer and Myanmar runs are split into words by ICU's dictionaries: an index of
#    version 6 holds each space-separated run as one term.
# 8: a Hebrew word is indexed with its forms without a one- or two-letter prefix ("בירושלים"
#    also as "ירושלים"): an index of version 7 has no term for them.
# 9: a line break between two items of a paragraph (list items, table rows; `analysis.LINE_GAP`)
#    skips positions, so a phrase no longer spans two items: version 8 numbered them on.
# 10: a stem too short to be distinctive (analysis.distinctive_stem: Turkish "fındık" -> "f")
#    is not used: the word is indexed whole; version 9 holds the short stem.
# 11: a word joined by an apostrophe (analysis.apostrophe_parts): a contraction is one term
#    ("won't"; version 10 held "won", so a search for "won" found it), a possessive's "'s" is
#    dropped, an Irish surname is one term ("oneill"), a Cyrillic word keeps its apostrophe; and
#    "May" and "Will" capitalised are words (analysis.NAME_STOP_WORDS: version 10 dropped them);
#    a number grouped in thousands by commas is one term ("1,000": version 10 held "000").
# 12: a capitalised word of a German or Scandinavian text ending in an "s" the stemmer keeps is
#    also indexed without it (analysis.genitive_base: "Berlusconis" under "berlusconi").
# 13: a number of one digit is a word ("9" of "9:30", "5" of "5 people"): version 12 dropped it
#    with the text's one-letter words, and a search for "9:30" found "30. September".
ANALYZER_VERSION = 13

ENTITY_TEXT_FIELDS = NAME_FIELDS  # the entity fields indexed as analysed names


def words_of(text: str) -> set[str]:
    """The real words of a text, as index/schema.py's exact_analyzer gives them: what the
    index's word list holds."""
    from .analysis import words_of as real_words

    return real_words(text)
