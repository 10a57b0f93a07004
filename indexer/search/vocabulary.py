"""Words near a typed one: edit distances and the cached typo candidates from the index's
word list (index/words.py's Vocabulary, searched with a Levenshtein automaton); and the index's
spellings of an entity name typed in another case (NameSpellings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..index.words import Vocabulary

if TYPE_CHECKING:
    from ..index.types import Reader, Schema


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance in its optimal-string-alignment form (an adjacent
    transposition counts one, as in Whoosh's automata; no substring is edited twice), by
    rapidfuzz's OSA: "uyghr" -> "uyghur" 1, "ca" -> "ac" 1, "abc" -> "ca" 3."""
    from rapidfuzz.distance import OSA

    return int(OSA.distance(a, b))


def fuzz_distance(word: str) -> int:
    return 1 if len(word) <= 7 else 2  # most typos are one edit; two only in long words


class FuzzyWords:
    """Words of the index near a typed word, cached: one automaton per word serves the typo
    retry, the OR retry and the suggestion of one search (and later searches)."""

    CACHE = 4096  # (word, distance, prefix) keys kept

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._found: dict[tuple[str, int, int], dict[str, int]] = {}

    def __call__(self, word: str, maxdist: int, prefix: int) -> dict[str, int]:
        """Words of the index within `maxdist` edits of `word` -> their distance."""
        key = (word, maxdist, prefix)
        if key not in self._found:
            if len(self._found) > self.CACHE:
                self._found.clear()
            found = {}
            for term in self.vocabulary.within(word, maxdist, prefix):
                found[term] = edit_distance(word, term) if maxdist > 1 else (0 if term == word else 1)
            self._found[key] = found
        return self._found[key]


class NameSpellings:
    """The names of an entity field the index holds with the spelling key of a typed one
    (entities.name_key: case, accents, dashes and spacing aside), for `=NAME` filters on a
    name alone in its corpus group (filters.exact_name_query: `=bbc` finds BBC). A field's
    whole-name column (`orgs_facet`...) is keyed once per searcher, on the first such filter
    on it (its terms, one name_key each)."""

    def __init__(self, reader: Reader, schema: Schema) -> None:
        self._reader = reader
        self._schema = schema
        self._keyed: dict[str, dict[str, list[str]]] = {}

    def __call__(self, fieldname: str, name: str) -> tuple[str, ...]:
        """The index's spellings of `name` in `fieldname`, sorted; () when none."""
        from ..entities import name_key

        keyed = self._keyed.get(fieldname)
        if keyed is None:
            keyed = {}
            facet = f"{fieldname}_facet"
            for term in self._reader.lexicon(facet) if facet in self._schema else ():
                text = term.decode("utf-8") if isinstance(term, bytes) else term
                keyed.setdefault(name_key(text), []).append(text)
            self._keyed[fieldname] = keyed
        return tuple(sorted(keyed.get(name_key(name), ())))
