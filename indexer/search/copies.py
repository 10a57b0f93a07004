"""Copies of a paragraph folded into one hit.

The same paragraph is often in several articles of a pile: a story filed twice, a page saved
under two names, a wire story in several papers. In BBC News 196 of the 2,225 files are a
byte-for-byte copy of another (98 texts twice), and more share most of their paragraphs
(tech/212 and tech/225). Ranked by relevance, the copies of a paragraph score the same and come
one after another, so a page of ten hits showed three twice. A relevance-ranked search keeps the
best-ranked copy of each text as the hit and lists the others' places with it (`Hit.copies`),
as a web search engine folds its near-identical results; `duplicates` (`--duplicates`) shows
every copy. The key is the paragraph's text with its runs of white space as one space (the
words as written: case and punctuation kept), so only a true copy is folded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from ..index.types import Searcher

T = TypeVar("T")
# Hits ranked to fold the copies on a page of `k`: FOLD_FETCH * k + FOLD_SLACK, then four times
# as many while the copies leave fewer than k + 1 texts (the one more says a page follows); every
# match when there are at most FOLD_ALL, so the different paragraphs are counted (SearchResult.
# distinct): reading 5,000 paragraphs' keys costs ~80 ms the first time (then they are kept).
FOLD_FETCH = 2
FOLD_SLACK = 10
FOLD_ALL = 5_000
# Keys a CopyKeys keeps (16-byte digests: ~10 MB at most with the dict's own).
KEYS_KEPT = 65_536


def text_key(text: str) -> bytes:
    """The key copies of a paragraph share: a 16-byte BLAKE2b digest of its text with every run
    of white space (line breaks included) as one space and none at the ends."""
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=16).digest()


@dataclass
class Folded(Generic[T]):
    """Ranked hits with the copies of a text folded: `hits`, the first (best-ranked) hit of each
    text in ranking order, and for each its `copies`, the later hits of the same text, in
    ranking order (`copies[i]` belongs to `hits[i]`)."""

    hits: list[T] = field(default_factory=list)
    copies: list[list[T]] = field(default_factory=list)


def peers(hits: Sequence[T], key_of: Callable[[T], bytes]) -> list[list[T]]:
    """For each of `hits` (a page shown whole: --duplicates, article or date order), the other
    hits of the page with its text, in page order: where else it is, as a folded hit says."""
    keys = [key_of(hit) for hit in hits]
    by_key: dict[bytes, list[int]] = {}  # key -> the places of its hits (a page of up to 10,000)
    for i, key in enumerate(keys):
        by_key.setdefault(key, []).append(i)
    return [[hits[j] for j in by_key[key] if j != i] for i, key in enumerate(keys)]


def fold(hits: Sequence[T], key_of: Callable[[T], bytes]) -> Folded[T]:
    """`hits` (best first) folded by `key_of` (a hit's text_key): each key's first hit kept in
    place, the later ones listed as its copies. Deterministic: the order of `hits` decides."""
    folded: Folded[T] = Folded()
    first: dict[bytes, int] = {}  # key -> its hit's place in folded.hits
    for hit in hits:
        key = key_of(hit)
        at = first.get(key)
        if at is None:
            first[key] = len(folded.hits)
            folded.hits.append(hit)
            folded.copies.append([])
        else:
            folded.copies[at].append(hit)
    return folded


class CopyKeys:
    """The text_key of an open index's paragraphs by document number, read from their stored
    text on first use and kept (a served index answers the same queries again; the store is
    dropped when it holds KEYS_KEPT). `searcher`: Whoosh's, whose document numbers stay valid
    while it is open."""

    def __init__(self, searcher: Searcher) -> None:
        self._searcher = searcher
        self._keys: dict[int, bytes] = {}

    def of(self, docnum: int) -> bytes:
        """The key of global document `docnum`."""
        key = self._keys.get(docnum)
        if key is None:
            if len(self._keys) >= KEYS_KEPT:
                self._keys.clear()
            key = self._keys[docnum] = text_key(self._searcher.stored_fields(docnum).get("text", ""))
        return key

    def of_hit(self, hit: tuple[int, Any]) -> bytes:
        """The key of a ranked hit, (document number, score)."""
        return self.of(hit[0])
