"""Spelling variants from the synonym table, applied to terms, phrases and field values."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..schema import ENTITY_TEXT_FIELDS

if TYPE_CHECKING:
    from ..index.queries import Query
    from ..index.types import Reader, Schema
    from ..names import NameTable
    from ..synonyms import SynonymTable

# Fields whose words the synonym table expands (not ids, kinds, dates or the fuzzy field).
SYNONYM_FIELDS = frozenset({"text", "title", "section", *ENTITY_TEXT_FIELDS})
PEOPLE = "people"


# shipped_forms per schema (a searcher's): id -> (the schema, weakly, its forms). Built for every
# typo query, the forms cost ~0.6 ms of each (docs/quality.md); an index's schema is one object
# for its searcher's life. A Whoosh Schema is unhashable, hence the id and the weak check.
_SHIPPED: dict[int, tuple[weakref.ref[Schema], dict[tuple[str, ...], list[tuple[str, ...]]]]] = {}


def shipped_forms(schema: Schema) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """The shipped table's variants on the text field (Synonyms.forms), for a search that runs
    without the table (synonyms=False): which words it spells other ways (relax.py). Built once
    per schema object (so once per searcher), not for every query."""
    from ..synonyms import builtin_table

    held = _SHIPPED.get(id(schema))
    if held is not None and held[0]() is schema:
        return held[1]
    forms = Synonyms(builtin_table(), schema).forms("text")
    if len(_SHIPPED) >= 16:  # searchers come and go (a server reopens after each build)
        _SHIPPED.clear()
    _SHIPPED[id(schema)] = (weakref.ref(schema), forms)
    return forms


class Synonyms:
    """The synonym table analysed per field, and the query rewriting that uses it."""

    def __init__(self, table: SynonymTable, schema: Schema) -> None:
        self._table = table
        self._schema = schema
        self._maps: dict[tuple[str, str], dict[tuple[str, ...], list[tuple[str, ...]]]] = {}
        self._multiword: dict[tuple[str, str], tuple[frozenset[tuple[str, ...]], int]] = {}

    def forms(self, fieldname: str, language: str = "en") -> dict[tuple[str, ...], list[tuple[str, ...]]]:
        """The table's variants on `fieldname`, each analysed as the field analyses a query in
        `language` (an analysis language, compile.analysis_scopes; English by default, as the
        field's analyzer without one): analysed variant -> the variants of its group."""
        key = (fieldname, language)
        if key not in self._maps:
            if fieldname in SYNONYM_FIELDS and fieldname in self._schema:
                fieldobj = self._schema[fieldname]
                self._maps[key] = self._table.expansions(
                    lambda text: list(fieldobj.process_text(text, mode="query", language=language))
                )
            else:
                self._maps[key] = {}
        return self._maps[key]

    def multiword(self, fieldname: str, language: str = "en") -> tuple[frozenset[tuple[str, ...]], int]:
        """The variants of more than one word (analysed in `language`, as forms) and the most
        words one has: what a query's adjacent words, analysed in that language, are matched
        against (compile.py), gathered once per field and language."""
        key = (fieldname, language)
        found = self._multiword.get(key)
        if found is None:
            keys = frozenset(k for k in self.forms(fieldname, language) if len(k) > 1)
            found = self._multiword[key] = (keys, max(map(len, keys), default=0))
        return found

    def term(self, q: Query, language: str = "en") -> Query:
        """A term query with the table's variants of its term ORed in (`q` itself when it has none
        or is no plain term); `language`: the analysis language that made the term (the table
        analysed in it: a stem of one language is no variant's stem in another)."""
        from ..index import queries

        parts = queries.term_parts(q)
        forms = self.forms(parts[0], language).get((parts[1],)) if parts is not None else None
        if not forms or parts is None:
            return q
        fieldname, _, boost = parts
        return queries.any_of(
            [
                queries.term(fieldname, f[0], boost=boost) if len(f) == 1 else queries.phrase(fieldname, f, boost=boost)
                for f in forms
            ]
        )

    def phrase(
        self,
        fieldname: str,
        words: list[str],
        slop: int = 1,
        boost: float = 1.0,
        char_ranges: Sequence[tuple[int, int]] | None = None,
        gaps: list[int] | None = None,
        language: str = "en",
    ) -> Query:
        """The phrase of `words` (analysed terms) with the table's variants ORed in: of the whole
        phrase, and word for word (at most 16 combinations); the phrase class of the parser and
        the compiler (phrases.typed_phrase's `phraseclass`), NOTHING for no words. `language`:
        the analysis language that made `words` (as term's)."""
        from itertools import islice, product

        from ..index import queries

        if not words:  # a phrase of stop words only
            return queries.NOTHING
        forms = self.forms(fieldname, language)
        whole = forms.get(tuple(words)) or [tuple(words)]
        alternatives: list[tuple[str, ...]] = []
        for form in whole:  # "east turkestan" is itself a variant of xinjiang
            per_word = [[f[0] for f in forms.get((w,), [(w,)]) if len(f) == 1] for w in form]
            for combo in islice(product(*per_word), 16):
                if combo not in alternatives:
                    alternatives.append(combo)
        # Word-for-word variants keep the stop-word gaps of the phrase typed.
        phrases = [
            queries.gapped_phrase(
                fieldname,
                a,
                slop=slop,
                boost=boost,
                char_ranges=char_ranges if list(a) == words else None,
                gaps=gaps if len(a) == len(words) else None,
            )
            if len(a) > 1
            else queries.term(fieldname, a[0], boost=boost)
            for a in alternatives
        ]
        return queries.either(phrases)


def value_query(
    schema: Schema, synonyms: Synonyms | None, fieldname: str, value: str, names: NameTable | None = None
) -> Query | None:
    """The query for one value of a field: what `--place usa` (a filter option), `place:usa`
    and `place:"united states"` (the field syntax) all run, so the two forms find the same.

    The value is analysed by the field's own analyzer; its words are one term or a phrase, with
    the synonym table's variants ORed in (`usa` also finds *United States*), and, given the
    index's corpus names (`names.NameTable`), the other names of its group (`org:"labour
    party"` also finds paragraphs tagged *Labour*). None when the value has no words.
    """
    from ..index import queries

    readings = name_readings(schema, fieldname, value)
    if not readings:
        return None
    qs = []
    for words in readings:  # the value in any case (`analysis.case_readings`: "lena.k" finds Lena.K)
        if synonyms is not None:
            qs.append(synonyms.phrase(fieldname, words))
        else:
            qs.append(queries.term(fieldname, words[0]) if len(words) == 1 else queries.phrase(fieldname, words))
    others = [name_variant_query(fieldname, v) for v in (names.variants(fieldname, value) if names is not None else ())]
    return queries.any_of([*qs, *others]) if len(qs) > 1 or others else qs[0]


def name_readings(schema: Schema, fieldname: str, value: str) -> list[list[str]]:
    """The words of a name value by the field's analyzer in each of its case readings
    (`analysis.case_readings`), distinct, as typed first; [] when it has no words."""
    from ..analysis import case_readings

    out: list[list[str]] = []
    for reading in case_readings(value):
        words = list(schema[fieldname].process_text(reading, mode="query"))
        if words and words not in out:
            out.append(words)
    return out


def name_variant_query(fieldname: str, name: str) -> Query:
    """Paragraphs tagged with exactly `name` in entity field `fieldname`: a term of the field's
    whole-name column (`people_facet`...). A corpus variant is matched whole, not by its words:
    by its words, "Howard" (Michael Howard's surname, in his group) also found *Howard Dean*."""
    from ..index import queries

    return queries.term(f"{fieldname}_facet", name)


# Stemmers that strip a word's prefixes too (Snowball's Arabic: "ال"), so a stem need not start
# as its word does: NamesApart looks a stem's names up by their start, and leaves these out.
PREFIX_STEMMING = frozenset({"ar"})


class NamesApart:
    """The person names of one open index that a typed word's stem would find but that are not
    the word: the words of the `people` field (the tagger's, folded) sharing the word's stem in
    an analysis language, "williams" for `William`, "harris" for `harry`, "irakli" for `Irak`
    (index.phrases.NotAnotherName keeps their paragraphs out). `reader`: the searcher's;
    `terms`: the compiler's QueryTerms (a word's terms in a field and language); `known`: whether
    the index holds a typed word as written (its word list): a word it does not hold, one edit
    from a name, is that name mistyped ("blaire" found 11 of Blair's 472 paragraphs, a new user's
    try). Looked up
    per word from the stem's start (a stem keeps its word's first letters), remembered per word."""

    def __init__(
        self,
        reader: Reader,
        terms: Callable[[str, str, str], tuple[str, ...]],
        known: Callable[[str], bool] | None = None,
    ) -> None:
        self._reader = reader
        self._terms = terms
        self._known = known
        self._found: dict[tuple[str, str], tuple[str, ...]] = {}

    def others(self, text: str, stem: str, language: str) -> tuple[str, ...]:
        """The `people` words other than `text` (a typed word) whose stem in `language` is
        `stem` (its own), in name order; () for most words, and where stems may not keep a
        word's start (PREFIX_STEMMING)."""
        key = (text, language)
        found = self._found.get(key)
        if found is None:
            found = self._lookup(text, stem, language)
            if found and self._mistyped_name(text, found):
                found = ()  # a name mistyped ("blaire"): the name is meant
            if len(self._found) >= 10_000:
                self._found.clear()
            self._found[key] = found
        return found

    def _mistyped_name(self, text: str, names: tuple[str, ...]) -> bool:
        """Whether typed word `text` is one of `names` mistyped: the index holds no such word
        (`known`), and a name is one edit away ("blaire": blair; "Irak" is two from irakli)."""
        from ..analysis import casefold, fold_accents
        from .vocabulary import edit_distance

        if self._known is None or self._known(text):
            return False
        typed = fold_accents(casefold(text))
        return any(edit_distance(typed, name) <= 1 for name in names)

    def _lookup(self, text: str, stem: str, language: str) -> tuple[str, ...]:
        if language in PREFIX_STEMMING or len(stem) < 3 or PEOPLE not in self._reader.indexed_field_names():
            return ()
        own = set(self._terms(text, language, PEOPLE))
        start = stem[: max(2, len(stem) - 2)]  # "harri" for "harris": Snowball's y -> i, -es, -e ...
        found = []
        for name in self._reader.expand_prefix(PEOPLE, start):
            name = name.decode("utf-8") if isinstance(name, bytes) else name
            if name not in own and stem in self._terms(name, language, "text"):
                found.append(name)
        return tuple(sorted(found))
