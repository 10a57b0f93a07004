"""The span union `_add_surnames` asks (entities._covered): the same answers as asking every span,
so a paragraph with 10^5 names is tagged in O(n log n) with the tags it had before."""

import random

from indexer.entities import _covered


def test_the_union_of_spans_holds_exactly_the_offsets_some_span_holds() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randrange(0, 12)):
            s = rng.randrange(0, 60)
            spans.append((s, s + rng.randrange(0, 9)))  # empty, touching and overlapping spans
        union = _covered(spans)
        for offset in range(-2, 72):
            assert union.holds(offset) == any(s <= offset < e for s, e in spans), (spans, offset)
