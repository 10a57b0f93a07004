"""Top hits of plain-word queries, scored with numpy over whole posting lists.

Whoosh scores a match through a chain of matcher, scorer and collector calls, ~2 us a paragraph
in Python; a common word (16,734 paragraphs of BBC + Reuters) took ~45 ms. For the queries
people type most (words, ANDed or ORed, typo expansions, phrases, with or without entity
filters), this reads each term's postings as arrays (index/arrays.py, written by this tool's
Whoosh codec) and computes Whoosh's BM25F score (same formula, same statistics, same
byte-coded field lengths, the same floating-point operations in the same order) for all of
them at once, then keeps the best k (ties: in article order, as collect.top_hits). Anything
else (sorting, other fields, nested queries, a segment without the arrays, a phrase over terms
stored without positions) returns None and goes through Whoosh.
INDEXER_WHOOSH_RANKING=1 sends everything through Whoosh (tests compare the two).
numpy is imported on the first ranked query, not before: a search process that ranks nothing
(--help, show, stats) does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .index import arrays

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from .index.queries import Query, RankPlan
    from .index.types import Searcher
    from .index.view import IndexView

    Docs = NDArray[np.int64]  # ascending global document numbers
    Scores = NDArray[np.float64]  # one score per document
    # What a plan evaluates to: ascending document numbers and each one's score.
    Evaluation = tuple[Docs, Scores]

FIELD = "text"
# An OR of at most this many parts is merged part by part (_merged); a longer one (a typo's or
# a pattern's many words) is sorted once.
MERGED_OR = 4


class _Unrankable(Exception):
    """The query needs what the arrays do not hold (positions of a boosted field): Whoosh ranks it."""


class _Term:
    """A term's live postings over all segments: global document numbers (ascending), weights
    (term frequencies), and where each posting's positions are: `rows` indexes the term's
    postings as stored (deleted ones included), whose weights are their position counts."""

    __slots__ = ("docs", "tfs", "rows", "_counts", "_deltas", "_starts")
    _starts: NDArray[np.int64] | None  # where each stored posting's deltas start, made when first needed

    def __init__(
        self,
        docs: Docs,
        tfs: NDArray[np.float64],
        rows: NDArray[np.int64],
        counts: NDArray[np.int64] | None,
        deltas: NDArray[np.integer[Any]] | None,  # uint16 or uint32 as stored
    ) -> None:
        self.docs, self.tfs, self.rows = docs, tfs, rows
        self._counts, self._deltas, self._starts = counts, deltas, None

    def select(self, keep: NDArray[np.int64]) -> _Term:
        term = _Term(self.docs[keep], self.tfs[keep], self.rows[keep], self._counts, self._deltas)
        term._starts = self._starts
        return term

    @property
    def has_positions(self) -> bool:
        return self._deltas is not None

    def positions(self, at: NDArray[np.int64]) -> tuple[Docs, NDArray[np.int64]]:
        """(document, position) pairs of the postings at indices `at` of self.docs, in
        document then position order, decoding only those postings' deltas."""
        import numpy as np

        assert self._counts is not None and self._deltas is not None  # has_positions
        if self._starts is None:
            self._starts = np.cumsum(self._counts) - self._counts
        rows = self.rows[at]
        counts = self._counts[rows]
        deltas = self._deltas[arrays.runs(self._starts[rows], counts)].astype(np.int64)
        sums = np.cumsum(deltas)
        first = np.cumsum(counts) - counts  # each posting's first delta, once gathered
        positions = sums - np.repeat(sums[first] - deltas[first], counts)
        return np.repeat(self.docs[at], counts), positions


def _term_postings(view: IndexView, stem: str) -> _Term:
    """Every live posting of a term over all segments (each carries the postings arrays)."""
    import numpy as np

    doc_parts, weight_parts, row_parts, count_parts, delta_parts = [], [], [], [], []
    stored = 0
    positions = True
    for segment in view.segments:
        found = segment.postings(stem)
        assert found is not None  # evaluate() checked every segment has the arrays
        ids, weights = found.ids, found.weights
        if not len(ids):
            continue
        rows = np.arange(stored, stored + len(ids), dtype=np.int64)
        stored += len(ids)
        if found.deltas is None:
            positions = False
        else:
            count_parts.append(weights.astype(np.int64))
            delta_parts.append(found.deltas)
        if segment.deleted is not None:
            live = ~np.isin(ids, segment.deleted, assume_unique=True)
            ids, weights, rows = ids[live], weights[live], rows[live]
        doc_parts.append(ids.astype(np.int64) + segment.offset)
        weight_parts.append(weights)
        row_parts.append(rows)
    if not doc_parts:
        empty = np.empty(0, dtype=np.int64)
        return _Term(empty, np.empty(0, dtype=np.float64), empty, empty, empty)

    def joined(parts: list[NDArray[Any]]) -> NDArray[Any]:
        return parts[0] if len(parts) == 1 else np.concatenate(parts)

    counts = joined(count_parts) if positions else None
    deltas = joined(delta_parts) if positions else None
    return _Term(joined(doc_parts), joined(weight_parts), joined(row_parts), counts, deltas)


def plan_tree(q: Query) -> RankPlan | None:
    """The tree this module ranks for query q (index/queries.rank_tree over the text field), or
    None: derived once per query by the search plan (search/plan.py) and given to evaluate()."""
    from .index.queries import rank_tree

    return rank_tree(q, FIELD)


def evaluate(searcher: Searcher, plan: RankPlan | None, allowed: Docs | None) -> Evaluation | None:
    """(ascending documents, scores) of a plan_tree(), or None when there is none, the searcher
    does not score the text field with plain BM25F, or a segment lacks the postings arrays.
    `allowed`: ascending document numbers a filter lets through (None: no filter)."""
    from .index.view import index_view, scores_with_bm25f

    if plan is None or not scores_with_bm25f(searcher, FIELD):
        return None
    view = index_view(searcher)
    if not view.all_have_postings_arrays():
        return None
    try:
        return _Evaluation(searcher, view, allowed).run(plan)
    except _Unrankable:
        return None


def top_hits(
    searcher: Searcher, q: Query, k: int, allowed: Docs | None = None
) -> tuple[list[tuple[int, float]], int] | None:
    """The best k hits of q, as (document number, score) pairs, and the number of matches, or
    None (see evaluate)."""
    found = evaluate(searcher, plan_tree(q), allowed)
    return None if found is None else best(*found, k, searcher)


def matching_docs(searcher: Searcher, q: Query, allowed: Docs | None = None) -> Docs | None:
    """Every paragraph q matches (ascending document numbers), or None (see evaluate)."""
    found = evaluate(searcher, plan_tree(q), allowed)
    return None if found is None else found[0]


class _Evaluation:
    """One query's plan evaluated to (ascending documents, scores), each term's postings
    read once."""

    def __init__(self, searcher: Searcher, view: IndexView, allowed: Docs | None) -> None:
        self.searcher = searcher
        self.view = view
        self.allowed = allowed
        self._postings: dict[str, _Term] = {}
        self._length_codes = view.length_codes(FIELD)
        self._length_of_code = view.length_of_code()

    def postings(self, stem: str) -> _Term:
        found = self._postings.get(stem)
        if found is None:
            found = _term_postings(self.view, stem)
            if self.allowed is not None:
                found = found.select(_members(found.docs, self.allowed))
            self._postings[stem] = found
        return found

    def _parameters(self, stem: str) -> tuple[float, float, float]:
        """(K1, B, average field length) of the text field's BM25F scorer: the same for every
        term of a searcher, kept on its view (index/view.py)."""
        found = self.view.bm25f_parameters(self.searcher, FIELD, stem)
        if found is None:
            raise _Unrankable(stem)
        return found

    def scores(self, stem: str, boost: float, tfs: NDArray[np.float64], docs: Docs) -> Scores:
        """Whoosh's BM25F score of one term in each of `docs`, written as Whoosh's scorer
        writes it so that every floating-point operation is the same."""
        import numpy as np

        if not len(docs):  # nothing to score (and on an empty index Whoosh's idf fails)
            return docs.astype(np.float64)
        # What Whoosh's BM25FScorer reads: the term's idf from the top searcher (which caches
        # it), the average length, K1 and B from a scorer made once per searcher.
        K1, B, avgfl = self._parameters(stem)
        idf = self.searcher.get_parent().idf(FIELD, stem)
        fl = self._length_of_code[self._length_codes[docs]]
        s: Scores = idf * ((tfs * (K1 + 1)) / (tfs + K1 * ((1 - B) + B * fl / avgfl)))
        return s * boost if boost != 1.0 else s

    def run(self, plan: RankPlan) -> Evaluation:
        import numpy as np

        if plan[0] == "term":
            _, stem, boost = plan
            term = self.postings(stem)
            return term.docs, self.scores(stem, boost, term.tfs, term.docs)
        if plan[0] == "phrase":
            return self.phrase(plan[1], plan[2], plan[3])
        if plan[0] == "within":  # a stem of one language's analysis: that language's paragraphs only
            docs, scores = self.run(plan[1])
            keep = _members(docs, self.view.language_docs(self.searcher, plan[2]))
            return docs[keep], scores[keep]
        if plan[0] == "keep":  # a quoted phrase's words as typed (phrases.ExactPhrase)
            docs, scores = self.run(plan[1])
            kept = np.array(plan[2].keep(self.searcher, docs.tolist()), dtype=bool)
            return docs[kept], scores[kept]
        if plan[0] == "maybe":  # AndMaybe: Whoosh adds the optional score (a + b) where both match
            docs, scores = self.run(plan[1])
            optional, optional_scores = self.run(plan[2])
            both = _members(docs, optional)
            if len(both):
                scores = scores.copy()
                scores[both] = scores[both] + optional_scores[np.searchsorted(optional, docs[both])]
            return docs, scores
        kind, children, excluded = plan
        results = [self.run(child) for child in children]
        if kind == "or":
            if len(results) == 1:
                return results[0]
            if len(results) <= MERGED_OR:
                # A word's forms in each language, its spelling variants: one long list and
                # a few short ones, merged into it rather than all sorted again.
                docs, scores = results[0]
                for more in results[1:]:
                    docs, scores = _merged(docs, scores, *more)
                return docs, scores
            # Summed in query order, as the ranking has always been: bincount adds in input order.
            docs, where = np.unique(np.concatenate([d for d, _ in results]), return_inverse=True)
            return docs, cast("Scores", np.bincount(where, weights=np.concatenate([s for _, s in results])))
        docs = _common([d for d, _ in results])
        for child in excluded:  # -word: drop its paragraphs
            docs = np.delete(docs, _members(docs, self.run(child)[0]))
        total = np.zeros(len(docs), dtype=np.float64)
        for d, s in results:
            total += s[np.searchsorted(d, docs)]
        # Whoosh matches a -word with an inverse matcher that scores 1 in every paragraph it
        # lets through: the same for every hit, kept so that a score never depends on the path.
        total += float(len(excluded))
        return docs, total

    def phrase(self, stems: list[str], slop: int, gaps: list[int]) -> Evaluation:
        """A phrase as Whoosh scores it (SpanNear2 over an intersection: the sum of its words'
        scores where the words stand in order within `slop`; GappedSpanNear when stop words
        left `gaps` between them), positions read only for the paragraphs that hold every word."""
        import numpy as np

        terms = [self.postings(stem) for stem in stems]
        docs = _common([t.docs for t in terms])
        if len(docs) and all(t.has_positions for t in terms):
            at = [np.searchsorted(t.docs, docs) for t in terms]
            if slop == 1:  # the words at consecutive positions: compare (document, position) keys
                d, p = terms[0].positions(at[0])
                keys = (d << 32) | p
                offset = 0
                for term, where, gap in zip(terms[1:], at[1:], gaps):
                    offset += gap
                    d, p = term.positions(where)
                    keys = keys[_members(keys + offset, (d << 32) | p)]
                docs = np.unique(keys >> 32)
            else:
                found = [term.positions(where)[1] for term, where in zip(terms, at)]
                cuts = [np.cumsum(term.tfs[where].astype(np.int64))[:-1] for term, where in zip(terms, at)]
                per_doc = [np.split(p, c) for p, c in zip(found, cuts)]
                keep = [i for i in range(len(docs)) if _in_order(slop, [words[i].tolist() for words in per_doc], gaps)]
                docs = docs[np.array(keep, dtype=np.int64)]
        elif len(docs):  # a term stored without positions (a boosted field)
            raise _Unrankable(" ".join(stems))
        total = np.zeros(len(docs), dtype=np.float64)
        for stem, term in zip(stems, terms):
            total += self.scores(stem, 1.0, term.tfs[np.searchsorted(term.docs, docs)], docs)
        return docs, total


def _merged(docs: Docs, scores: Scores, more: Docs, more_scores: Scores) -> Evaluation:
    """The union of two evaluated lists (each ascending, without repeats), scores added where
    a document is in both: the same documents and the same sums, in the same order of
    addition, as np.unique and np.bincount over both (0.0 + a + b), in O(n + m log n)."""
    import numpy as np

    if not len(more):
        return docs, scores
    if not len(docs):
        return more, more_scores + 0.0  # a copy, as bincount's sums are
    at = np.searchsorted(docs, more)
    inside = at < len(docs)
    inside[inside] = docs[at[inside]] == more[inside]
    scores = scores + 0.0  # a copy: the operands may be kept (a term's scores)
    scores[at[inside]] += more_scores[inside]
    new = ~inside
    if new.any():
        docs = np.insert(docs, at[new], more[new])
        scores = np.insert(scores, at[new], more_scores[new])
    return docs, scores


def _members(docs: NDArray[np.int64], within: NDArray[np.int64]) -> NDArray[np.int64]:
    """Positions in `docs` of the documents also in `within` (both ascending)."""
    import numpy as np

    if not len(within) or not len(docs):
        return np.empty(0, dtype=np.int64)
    at = np.searchsorted(within, docs)
    at[at == len(within)] = 0
    return np.flatnonzero(within[at] == docs)


def _common(lists: list[Docs]) -> Docs:
    """The documents in every list (each ascending), ascending; the shortest first."""
    order = sorted(lists, key=len)
    docs = order[0]
    for other in order[1:]:
        docs = docs[_members(docs, other)]
    return docs


def best(docs: Docs, scores: Scores, k: int, searcher: Searcher | None = None) -> tuple[list[tuple[int, float]], int]:
    """The k best of evaluated documents, as (document number, score) pairs: highest score
    first, then, given the `searcher`, those of equal score in article order (article id,
    paragraph: collect.by_score_then_article), else lower document number first; and how
    many documents there were."""
    import numpy as np

    n = len(docs)
    if n > k:
        kth = np.partition(scores, n - k)[n - k]  # the k-th highest score
        keep = np.flatnonzero(scores >= kth)  # with every document tied with the k-th
        docs, scores = docs[keep], scores[keep]
    if searcher is not None:
        from .index.collect import by_score_then_article

        return by_score_then_article(searcher, docs, scores, k), n
    order = np.lexsort((docs, -scores))[:k]
    return [(int(docs[i]), float(scores[i])) for i in order], n


def _in_order(slop: int, positions: list[list[int]], gaps: list[int] | None = None) -> bool:
    """Whoosh's SpanNear2(ordered=True, mindist=1): each word starts 1 to `slop` positions
    after the span of the words before it ends; with `gaps` (phrases.GappedSpanNear), word
    i+1 starts gaps[i] to gaps[i] + slop - 1 positions after."""
    spans = [(p, p) for p in positions[0]]
    for i, later in enumerate(positions[1:]):
        low = gaps[i] if gaps else 1
        high = low + slop - 1
        found = set()
        for start, end in spans:
            for p in later:
                if p < start:
                    continue
                if p > end + high:
                    break
                dist = 0 if p <= end else p - end
                if low <= dist <= high:
                    found.add((start, max(end, p)))
        if not found:
            return False
        spans = sorted(found)
    return True
