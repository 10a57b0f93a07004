"""One typed view of a searcher's segments, for ranking (ranking.py), facet and entity counts
(facets.py) and field lengths: what the codec (codec.py) wrote beside Whoosh's files, read once
per searcher through Whoosh's public reader API.

`index_view(searcher)` gives the view of a searcher, made on first use and kept while the
searcher lives (a weak-keyed table: nothing is hung on Whoosh's objects).
"""

from __future__ import annotations

import functools
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from whoosh.filedb.filetables import HashReader

from . import arrays
from .codec import LENGTH_OF_BYTE, IndexerCodec, length_bytes

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from .types import Reader, Searcher


@dataclass
class SegmentView:
    """One non-empty segment of a searcher.

    reader: Whoosh's segment reader; offset: the global number of its first document;
    size: its documents, deleted ones included; deleted: its deleted documents (ascending
    segment-local numbers, uint32) or None; written_by_us: whether IndexerCodec wrote it (so it
    carries the postings and mentions arrays).
    """

    reader: Reader
    offset: int
    size: int
    deleted: NDArray[np.uint32] | None
    written_by_us: bool
    _tables: dict[str, HashReader | None] = field(default_factory=dict, repr=False)
    _mentions: dict[str, arrays.SegmentMentions | None] = field(default_factory=dict, repr=False)

    def _table(self, ext: str, magic: bytes) -> HashReader | None:
        """One of the codec's hash files of this segment, or None (not written by our codec,
        or absent)."""
        if ext not in self._tables:
            table = None
            if self.written_by_us:
                storage, name = self.reader.storage(), self.reader.segment().make_filename(ext)
                if storage.file_exists(name):
                    table = HashReader(storage.open_file(name), storage.file_length(name), magic=magic)
            self._tables[ext] = table
        return self._tables[ext]

    def has_postings_arrays(self) -> bool:
        return self._table(arrays.POSTINGS_EXT, arrays.POSTINGS_MAGIC) is not None

    def postings(self, stem: str) -> arrays.Postings | None:
        """A text-field term's postings in this segment (deleted documents included), or None
        when the segment has no postings arrays."""
        table = self._table(arrays.POSTINGS_EXT, arrays.POSTINGS_MAGIC)
        return None if table is None else arrays.decode_postings(table.get(stem.encode("utf-8")))

    def mentions(self, fieldname: str) -> arrays.SegmentMentions | None:
        """The segment's mentions of an entity field, or None when it has no mentions arrays."""
        if fieldname not in self._mentions:
            table = self._table(arrays.MENTIONS_EXT, arrays.MENTIONS_MAGIC)
            self._mentions[fieldname] = None if table is None else arrays.SegmentMentions(table, fieldname)
        return self._mentions[fieldname]

    def length_bytes(self, fieldname: str) -> bytes:
        """Whoosh's one-byte length code of `fieldname` for each document (`size` bytes; 0: no
        length stored)."""
        column = (length_bytes(self.reader.storage(), self.reader.segment(), fieldname) or b"")[: self.size]
        return column + bytes(self.size - len(column))


class IndexView:
    """The non-empty segments of a searcher, in document-number order, and the text field's
    length codes of every document (uint8 over all segments, global document numbers)."""

    def __init__(self, searcher: Searcher) -> None:
        import numpy as np

        self.segments: list[SegmentView] = []
        for sub, offset in searcher.leaf_searchers():
            reader = sub.reader()
            size = reader.doc_count_all()
            if not size:  # an index with no paragraph yet, or a writer process that got no batch
                continue
            deleted = None
            if reader.has_deletions():
                deleted = np.array(sorted(reader.segment().deleted_docs()), dtype=np.uint32)
            self.segments.append(SegmentView(reader, offset, size, deleted, isinstance(reader.codec(), IndexerCodec)))
        self._lengths: dict[str, NDArray[np.uint8]] = {}
        # field -> what ranking.py reads once per searcher of its scorer (BM25F's K1, B and
        # average field length), None when the field's scorer is not Whoosh's BM25FScorer
        self._scoring: dict[str, tuple[float, float, float] | None] = {}

    def bm25f_parameters(self, searcher: Searcher, fieldname: str, stem: str) -> tuple[float, float, float] | None:
        """(K1, B, average field length) of the BM25F scorer `searcher` scores `fieldname` with
        (the field's own B, if set), made once per view from the scorer of one term (`stem`):
        the same for every term; None when the scorer is not Whoosh's BM25FScorer. Making a
        scorer per term also read the term's info in every segment and summed the field's
        length over the segments (~15% of a warm query)."""
        from whoosh.scoring import BM25FScorer

        if fieldname not in self._scoring:
            scorer = searcher.weighting.scorer(searcher, fieldname, stem)
            plain = type(scorer) is BM25FScorer
            self._scoring[fieldname] = (scorer.K1, scorer.B, scorer.avgfl) if plain else None
        return self._scoring[fieldname]

    def length_codes(self, fieldname: str) -> NDArray[np.uint8]:
        """The field's one-byte length codes of every document (numpy uint8, by global
        document number; 0: none stored), read once per view."""
        import numpy as np

        if fieldname not in self._lengths:
            self._lengths[fieldname] = np.frombuffer(
                b"".join(s.length_bytes(fieldname) for s in self.segments), dtype=np.uint8
            )
        return self._lengths[fieldname]

    @staticmethod
    def length_of_code() -> NDArray[np.float64]:
        """Length code -> field length (numpy float64, 256 entries, read-only); code 0 counts
        1, as in Whoosh's BM25F scorer. Made once."""
        return _length_of_code()

    def all_have_postings_arrays(self) -> bool:
        return all(s.has_postings_arrays() for s in self.segments)


def scores_with_bm25f(searcher: Searcher, fieldname: str) -> bool:
    """Whether `searcher` scores `fieldname` with plain BM25F (Whoosh's BM25F weighting, not a
    subclass) and the field is scorable: what ranking.py computes with numpy."""
    from whoosh.scoring import BM25F

    return type(searcher.weighting) is BM25F and bool(searcher.schema[fieldname].scorable)


@functools.lru_cache(maxsize=1)
def _length_of_code() -> NDArray[np.float64]:
    import numpy as np

    table = np.array(LENGTH_OF_BYTE, dtype=np.float64)
    table[0] = 1.0
    table.flags.writeable = False
    return table


_VIEWS: weakref.WeakKeyDictionary[Searcher, IndexView] = weakref.WeakKeyDictionary()


def index_view(searcher: Searcher) -> IndexView:
    """The view of a Whoosh searcher's segments, made once per searcher."""
    view = _VIEWS.get(searcher)
    if view is None:
        view = _VIEWS[searcher] = IndexView(searcher)
    return view
