"""Facet counts: how many paragraphs of a hit set name each person, organization, place, group
and speaker, from the mentions arrays this tool's Whoosh codec writes in every segment
(index/arrays.py): a sorted lookup and a bincount per segment, names exactly as tagged."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .index.arrays import runs


def count(searcher: Any, docs: Any, fields: tuple[str, ...]) -> dict[str, Counter[str]] | None:
    """How many of `docs` (ascending global document numbers, numpy int) name each name, per
    field (ENTITY_TEXT_FIELDS names); None when a segment has no mentions arrays (the caller
    then counts from the stored tags)."""
    import numpy as np

    from .index.view import index_view

    counts: dict[str, Counter[str]] = {field: Counter() for field in fields}
    for segment in index_view(searcher).segments:
        lo, hi = np.searchsorted(docs, [segment.offset, segment.offset + segment.size])
        local = docs[lo:hi] - segment.offset
        for field in fields:
            found = segment.mentions(field)
            if found is None:
                return None
            if not len(local) or not len(found.docs):
                continue
            # Each hit's run of mentions in the paragraph-ordered arrays, gathered.
            starts = np.searchsorted(found.docs, local, "left")
            sizes = np.searchsorted(found.docs, local, "right") - starts
            tally = np.bincount(found.ids[runs(starts, sizes)], minlength=len(found.names))
            for number in np.flatnonzero(tally):
                counts[field][found.names[number]] += int(tally[number])
    return counts
