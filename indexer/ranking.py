"""Top hits of plain-word queries, scored a posting block at a time.

Whoosh scores a match through a chain of matcher, scorer and collector calls, ~2 us a paragraph
in Python; a common word (16,734 paragraphs of BBC + Reuters) took ~45 ms. For the queries
people type most (words, ANDed or ORed, typo expansions), this reads each term's posting blocks
whole and computes the same BM25F score (same formula, same statistics, same byte-coded field
lengths) in one loop, then keeps the best k (ties: lower document number first, as Whoosh).
Anything else (phrases, filters, sorting, other fields) returns None and
goes through Whoosh. INDEXER_WHOOSH_RANKING=1 sends everything through Whoosh (tests compare).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Any

from .store import field_lengths, length_table

FIELD = "text"
_LENGTHS: list[int] = []


@dataclass
class RankedHit:
    """What the search layer reads of a Whoosh hit."""

    searcher: Any
    docnum: int
    score: float

    def fields(self) -> dict[str, Any]:
        return self.searcher.stored_fields(self.docnum)


class RankedResults:
    """The page of hits and the total, in the shape of Whoosh's Results where it is used."""

    def __init__(self, hits: list[RankedHit], total: int) -> None:
        self._hits = hits
        self._total = total

    def __len__(self) -> int:
        return self._total

    def __iter__(self) -> Any:
        return iter(self._hits)


def _plain_terms(q: Any) -> tuple[str, list[tuple[str, float]]] | None:
    """("and" | "or", [(stem, boost)]) for a Term or an And/Or of Terms on the text field."""
    from whoosh.query import And, Or, Term

    def term(node: Any) -> tuple[str, float] | None:
        if type(node) is Term and node.fieldname == FIELD and isinstance(node.text, str):
            return node.text, float(node.boost)
        return None

    if type(q) is Term:
        t = term(q)
        return ("and", [t]) if t else None
    if type(q) in (And, Or) and q.boost == 1.0 and q.subqueries:
        terms = [term(s) for s in q.subqueries]
        if all(terms):
            return ("and" if type(q) is And else "or"), [t for t in terms if t]
    return None


def _postings(searcher: Any, stem: str) -> tuple[list[int], list[float], list[int]]:
    """Every live posting of a term over all segments: global document numbers, term
    frequencies, and the byte-coded field length of each document."""
    from whoosh.codec.whoosh3 import W3LeafMatcher
    from whoosh.matching.wrappers import FilterMatcher

    docs: list[int] = []
    weights: list[float] = []
    lengths: list[int] = []
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        if (FIELD, stem) not in reader:
            continue
        column = field_lengths(reader._perdoc, FIELD) or b""
        n = len(column)
        m = reader.postings(FIELD, stem)
        deleted = None
        if isinstance(m, FilterMatcher):  # the segment has deleted documents: skip them here
            m, deleted = m.child, reader.deleted_docs_set
        ids: list[int] = []
        tfs: list[float] = []
        if isinstance(m, W3LeafMatcher):
            while m.is_active():  # whole blocks: ids and weights as arrays
                if m._ids is None:
                    m._read_ids()
                if m._weights is None:
                    m._read_weights()
                ids.extend(m._ids[m._i:])
                tfs.extend(m._weights[m._i:])
                m._next_block()
        else:  # a term with one posting is stored inline, in another matcher class
            while m.is_active():
                ids.append(m.id())
                tfs.append(m.weight())
                m.next()
        if deleted:
            live = [i for i, d in enumerate(ids) if d not in deleted]
            ids, tfs = [ids[i] for i in live], [tfs[i] for i in live]
        weights.extend(tfs)
        lengths.extend(column[d] if d < n else 0 for d in ids)
        docs.extend(ids if not offset else [offset + d for d in ids])
    return docs, weights, lengths


def _scorer(searcher: Any, stem: str, boost: float, K1: float, B: float) -> Any:
    """score(tf, length byte) of one term: Whoosh's BM25F with its statistics and byte-coded
    lengths (a missing length counts 1, as Whoosh's scorer does); memoised, since a term
    frequency and a length byte take few values."""
    idf = searcher.idf(FIELD, stem)
    avgfl = searcher.avg_field_length(FIELD) or 1
    table = _LENGTHS
    memo: dict[tuple[float, int], float] = {}

    def score(tf: float, b: int) -> float:
        key = (tf, b)
        s = memo.get(key)
        if s is None:
            fl = table[b] if b else 1
            s = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
            if boost != 1.0:
                s = s * boost
            memo[key] = s
        return s

    return score


def top_hits(searcher: Any, q: Any, k: int) -> RankedResults | None:
    """The best k hits of q and the number of matches, or None when q is not plain words."""
    from whoosh.scoring import BM25F

    plan = _plain_terms(q)
    weighting = searcher.weighting
    if (plan is None or type(weighting) is not BM25F or weighting._field_B
            or not searcher.schema[FIELD].scorable):
        return None
    if not _LENGTHS:
        _LENGTHS.extend(length_table())
    mode, terms = plan
    postings = [_postings(searcher, stem) for stem, _ in terms]
    scorers = [_scorer(searcher, stem, boost, weighting.K1, weighting.B) for stem, boost in terms]
    if len(terms) == 1:
        (docs, tfs, lens), score = postings[0], scorers[0]
        negated = [-score(tf, b) for tf, b in zip(tfs, lens)]
        total = len(docs)
        best = heapq.nsmallest(k, zip(negated, docs))
    else:
        if mode == "and":
            common = set(postings[0][0]).intersection(*(p[0] for p in postings[1:]))
        else:
            common = None
        combined: dict[int, float] = {}
        for (docs, tfs, lens), score in zip(postings, scorers):
            for d, tf, b in zip(docs, tfs, lens):
                if common is None or d in common:
                    combined[d] = combined.get(d, 0.0) + score(tf, b)
        total = len(combined)
        best = heapq.nsmallest(k, ((-s, d) for d, s in combined.items()))
    return RankedResults([RankedHit(searcher, d, -neg) for neg, d in best], total)
