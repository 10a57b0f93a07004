"""Top hits of plain-word queries, scored a posting block at a time.

Whoosh scores a match through a chain of matcher, scorer and collector calls, ~2 us a paragraph
in Python; a common word (16,734 paragraphs of BBC + Reuters) took ~45 ms. For the queries
people type most (words, ANDed or ORed, typo expansions, phrases), this reads each term's
posting blocks whole and computes the same BM25F score (same formula, same statistics, same
byte-coded field lengths) in one loop, then keeps the best k (ties: lower document number first,
as Whoosh). Anything else (filters, sorting, other fields) returns None and goes through
Whoosh. INDEXER_WHOOSH_RANKING=1 sends everything through Whoosh (tests compare).
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
    """("and" | "or" | "phrase", [(stem, boost)]) for a Term, an And/Or of Terms or a Phrase on
    the text field."""
    from whoosh.query import And, Or, Phrase, Term

    if type(q) is Phrase and q.fieldname == FIELD and q.boost == 1.0 and len(q.words) > 1:
        return "phrase", [(w, 1.0) for w in q.words]

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


def _postings(searcher: Any, stem: str, values: list[Any] | None = None,
              lengths: bool = True) -> tuple[list[int], list[float], list[int]]:
    """Every live posting of a term over all segments: global document numbers, term
    frequencies, and the byte-coded field length of each document (and, into `values`, the
    encoded positions of each posting)."""
    from whoosh.codec.whoosh3 import W3LeafMatcher
    from whoosh.matching.wrappers import FilterMatcher

    docs: list[int] = []
    weights: list[float] = []
    length_bytes: list[int] = []
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
        vals: list[Any] = []
        if isinstance(m, W3LeafMatcher):
            while m.is_active():  # whole blocks: ids and weights as arrays
                if m._ids is None:
                    m._read_ids()
                if m._weights is None:
                    m._read_weights()
                ids.extend(m._ids[m._i:])
                tfs.extend(m._weights[m._i:])
                if values is not None:
                    if m._values is None:
                        m._read_values()
                    vals.extend(m._values[m._i:])
                m._next_block()
        else:  # a term with one posting is stored inline, in another matcher class
            while m.is_active():
                ids.append(m.id())
                tfs.append(m.weight())
                if values is not None:
                    vals.append(m.value())
                m.next()
        if deleted:
            live = [i for i, d in enumerate(ids) if d not in deleted]
            ids, tfs = [ids[i] for i in live], [tfs[i] for i in live]
            vals = [vals[i] for i in live] if values is not None else vals
        weights.extend(tfs)
        if values is not None:
            values.extend(vals)
        if lengths:
            length_bytes.extend(column[d] if d < n else 0 for d in ids)
        docs.extend(ids if not offset else [offset + d for d in ids])
    return docs, weights, length_bytes


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
    if mode == "phrase":
        return _phrase_hits(searcher, q, terms, k, weighting)
    scorers = [_scorer(searcher, stem, boost, weighting.K1, weighting.B) for stem, boost in terms]
    if len(terms) == 1:
        (docs, tfs, lens), score = _postings(searcher, terms[0][0]), scorers[0]
        return _ranked(searcher, zip(docs, [score(tf, b) for tf, b in zip(tfs, lens)]), k, len(docs))
    combined: dict[int, float] = {}
    if mode == "or":
        for (stem, _), score in zip(terms, scorers):  # summed in query order, as Whoosh does
            docs, tfs, lens = _postings(searcher, stem)
            for d, tf, b in zip(docs, tfs, lens):
                combined[d] = combined.get(d, 0.0) + score(tf, b)
    else:  # AND: lengths are looked up only for the paragraphs that have every word (12% faster)
        tf_maps = []
        for stem, _ in terms:
            docs, tfs, _ = _postings(searcher, stem, lengths=False)
            tf_maps.append(dict(zip(docs, tfs)))
        length_of = _length_lookup(searcher)
        for d in set(tf_maps[0]).intersection(*tf_maps[1:]):
            b = length_of(d)
            total = 0.0
            for tf_map, score in zip(tf_maps, scorers):
                total += score(tf_map[d], b)
            combined[d] = total
    return _ranked(searcher, combined.items(), k, len(combined))


def _length_lookup(searcher: Any) -> Any:
    """Global document number -> its byte-coded text length."""
    from bisect import bisect_right

    offsets, columns = [], []
    for sub, offset in searcher.leaf_searchers():
        offsets.append(offset)
        columns.append(field_lengths(sub.reader()._perdoc, FIELD) or b"")

    def length_of(d: int) -> int:
        i = bisect_right(offsets, d) - 1
        local = d - offsets[i]
        column = columns[i]
        return column[local] if local < len(column) else 0

    return length_of


def _ranked(searcher: Any, scored: Any, k: int, total: int) -> RankedResults:
    """The k best of (document, score) pairs: highest score first, then lower document number."""
    best = heapq.nsmallest(k, ((-s, d) for d, s in scored))
    return RankedResults([RankedHit(searcher, d, -neg) for neg, d in best], total)


def _phrase_hits(searcher: Any, q: Any, terms: list[tuple[str, float]], k: int, weighting: Any) -> RankedResults:
    """A phrase as Whoosh scores it (SpanNear2 over an intersection: the sum of its words'
    scores where the words stand in order within `slop`), positions decoded only for the
    paragraphs that hold every word."""
    fmt = searcher.schema[FIELD].format
    reader = searcher.reader()
    if any((FIELD, stem) not in reader for stem, _ in terms):
        return RankedResults([], 0)
    columns = []
    for stem, _ in terms:
        values: list[Any] = []
        docs, tfs, lens = _postings(searcher, stem, values)
        columns.append((docs, tfs, lens, values))
    common = set(columns[0][0]).intersection(*(c[0] for c in columns[1:]))
    rows = [{d: (tf, b, v) for d, tf, b, v in zip(*c) if d in common} for c in columns]
    scorers = [_scorer(searcher, stem, 1.0, weighting.K1, weighting.B) for stem, _ in terms]
    slop = q.slop
    combined: dict[int, float] = {}
    for d in common:
        if _in_order(slop, [fmt.decode_positions(row[d][2]) for row in rows]):
            combined[d] = sum(score(row[d][0], row[d][1]) for row, score in zip(rows, scorers))
    return _ranked(searcher, combined.items(), k, len(combined))


def _in_order(slop: int, positions: list[list[int]]) -> bool:
    """Whoosh's SpanNear2(ordered=True, mindist=1): each word starts 1 to `slop` positions
    after the span of the words before it ends."""
    spans = [(p, p) for p in positions[0]]
    for later in positions[1:]:
        found = set()
        for start, end in spans:
            for p in later:
                if p < start:
                    continue
                if p > end + slop:
                    break
                dist = 0 if p <= end else p - end
                if 1 <= dist <= slop:
                    found.add((start, max(end, p)))
        if not found:
            return False
        spans = sorted(found)
    return True
