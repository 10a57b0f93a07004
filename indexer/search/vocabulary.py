"""Words near a typed one: edit distances and the cached typo candidates from the index's
word list (index/words.py's Vocabulary, searched with a Levenshtein automaton)."""

from __future__ import annotations

from ..index.words import Vocabulary


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
