"""The index's real words (its word list, see schema.py), for typos, patterns and suggestions."""

from __future__ import annotations

import re
from collections.abc import Iterator


class Vocabulary:
    """The real words of an index (sorted), searched as Lucene searches a term dictionary:
    typo terms by walking a Levenshtein automaton over it, patterns by a range of it."""

    def __init__(self, words: list[str]) -> None:
        self.words = words

    def _range(self, prefix: str) -> list[str]:
        from bisect import bisect_left

        lo = bisect_left(self.words, prefix)
        hi = bisect_left(self.words, prefix + "\U0010ffff", lo)
        return self.words[lo:hi]

    def starting(self, prefix: str) -> list[str]:
        return self._range(prefix.lower())

    def matching(self, pattern: str) -> list[str]:
        """Words matching a pattern of `*` (any characters) and `?` (one character)."""
        pattern = pattern.lower()
        literal = re.split(r"[*?]", pattern, maxsplit=1)[0]
        regex = re.compile(
            "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern) + r"\Z", re.DOTALL
        )
        return [w for w in self._range(literal) if regex.match(w)]

    def within(self, word: str, maxdist: int, prefix: int = 0) -> Iterator[str]:
        """Words within `maxdist` edits of `word` that share its first `prefix` letters."""
        from bisect import bisect_left

        from whoosh.automata.fsa import find_all_matches
        from whoosh.automata.lev import levenshtein_automaton

        words = self.words
        if not words:
            return iter(())

        def first_at_or_after(text: str) -> str | None:
            i = bisect_left(words, text)
            return words[i] if i < len(words) else None

        dfa = levenshtein_automaton(word.lower(), maxdist, prefix).to_dfa()
        return find_all_matches(dfa, first_at_or_after)


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
