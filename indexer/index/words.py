"""The index's real words: the sorted word list beside the index (store.py writes it, see
schema.words_of), searched as a term dictionary for typos, patterns and suggestions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from whoosh.automata.fsa import NFA


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

    def contains(self, word: str) -> bool:
        """Whether `word` (case-folded, as the list holds words) is a real word of the index."""
        from bisect import bisect_left

        at = bisect_left(self.words, word)
        return at < len(self.words) and self.words[at] == word

    def matching(self, pattern: str) -> list[str]:
        """Words matching a pattern of `*` (any characters) and `?` (one character)."""
        pattern = pattern.lower()
        literal = re.split(r"[*?]", pattern, maxsplit=1)[0]
        regex = re.compile(
            "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern) + r"\Z", re.DOTALL
        )
        return [w for w in self._range(literal) if regex.match(w)]

    def within(self, word: str, maxdist: int, prefix: int = 0) -> Iterator[str]:
        """Words within `maxdist` edits of `word` that share its first `prefix` letters; an
        edit is an insertion, deletion, change or swap of two adjacent letters (damerau_automaton)."""
        from bisect import bisect_left

        from whoosh.automata.fsa import find_all_matches

        words = self.words
        if not words:
            return iter(())

        def first_at_or_after(text: str) -> str | None:
            i = bisect_left(words, text)
            return words[i] if i < len(words) else None

        dfa = damerau_automaton(word.lower(), maxdist, prefix).to_dfa()
        return find_all_matches(dfa, first_at_or_after)


def damerau_automaton(term: str, k: int, prefix: int = 0) -> NFA:
    """An automaton accepting the strings within `k` edits of `term` whose first `prefix`
    letters are term's: Whoosh's Levenshtein automaton (whoosh.automata.lev, built through its
    NFA class) plus a swap of two adjacent letters as one edit, the optimal-string-alignment
    distance that search/vocabulary.edit_distance measures (Lucene's FuzzyQuery counts swaps
    the same way). Whoosh's own automaton counts a swap as two: "cranse" was not within 1 of
    "cranes". States are (position in term, edits); (position, edits, 1) is halfway through a
    swap, after its first letter."""
    from whoosh.automata.fsa import ANY, EPSILON, NFA

    nfa = NFA((0, 0))
    for i in range(prefix):
        nfa.add_transition((i, 0), term[i], (i + 1, 0))
    for i in range(prefix, len(term)):
        c = term[i]
        for e in range(k + 1):
            nfa.add_transition((i, e), c, (i + 1, e))  # the same letter
            if e < k:
                nfa.add_transition((i, e), ANY, (i, e + 1))  # a letter inserted
                nfa.add_transition((i, e), EPSILON, (i + 1, e + 1))  # term's letter left out
                nfa.add_transition((i, e), ANY, (i + 1, e + 1))  # a letter changed
                if i + 1 < len(term) and term[i + 1] != c:  # term[i:i + 2] typed swapped
                    nfa.add_transition((i, e), term[i + 1], (i, e + 1, 1))
                    nfa.add_transition((i, e + 1, 1), c, (i + 2, e + 1))
    for e in range(k + 1):
        if e < k:
            nfa.add_transition((len(term), e), ANY, (len(term), e + 1))
        nfa.add_final_state((len(term), e))
    return nfa
