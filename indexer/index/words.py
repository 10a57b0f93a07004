"""The index's real words: the sorted word list beside the index (store.py writes it, see
schema.words_of), searched as a term dictionary for typos, patterns and suggestions."""

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
