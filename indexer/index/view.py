"""One typed view of a searcher's segments, for ranking (ranking.py), facet and entity counts
(facets.py) and field lengths: what the codec (codec.py) wrote beside Whoosh's files, read once
per searcher through Whoosh's public reader API.

`index_view(searcher)` gives the view of a searcher, made on first use and kept while the
searcher lives (a weak-keyed table: nothing is hung on Whoosh's objects).
"""

from __future__ import annotations

import bisect
import functools
import weakref
from dataclasses import dataclass, field
from collections.abc import Sequence
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

    def article_order(self) -> arrays.SegmentOrder | None:
        """The segment's article order arrays, or None when it has none (written by an older
        version) or they do not fit it (one entry a document, indexes within the ids)."""
        table = self._table(arrays.ORDER_EXT, arrays.ORDER_MAGIC)
        if table is None:
            return None
        order = arrays.SegmentOrder(table)
        fits = len(order.articles) == self.size == len(order.paragraphs)
        if not fits or (self.size and int(order.articles.max()) >= len(order.ids)):
            return None
        return order

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
        self._article_keys: NDArray[np.int64] | None | bool = False  # False: not read yet
        self._columns: dict[str, list[object]] = {}  # field -> each segment's column reader
        # field -> what ranking.py reads once per searcher of its scorer (BM25F's K1, B and
        # average field length), None when the field's scorer is not Whoosh's BM25FScorer
        self._scoring: dict[str, tuple[float, float, float] | None] = {}
        self._languages: dict[tuple[str, ...], NDArray[np.int64]] = {}  # language codes -> their documents

    def language_docs(self, searcher: Searcher, codes: Sequence[str]) -> NDArray[np.int64]:
        """The live documents whose `language` is one of `codes` (ascending global document
        numbers, int64), read once per view and list of codes."""
        import numpy as np

        key = tuple(codes)
        found = self._languages.get(key)
        if found is None:
            from whoosh.query import Or, Term

            q = Or([Term("language", c) for c in key])
            found = self._languages[key] = np.array(sorted(searcher.docs_for_query(q)), dtype=np.int64)
        return found

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

    def article_keys(self) -> NDArray[np.int64] | None:
        """One int64 a document (global document numbers) that sorts as (article id, paragraph
        number): the article's place among all the segments' article ids, times 2**32, plus the
        paragraph number. Made once per view from the segments' article order arrays (~1 ms for
        BBC); None when a segment has none (written by an older version: article_key reads
        Whoosh's columns instead)."""
        if self._article_keys is False:
            self._article_keys = self._make_article_keys()
        return self._article_keys  # type: ignore[return-value]

    def _make_article_keys(self) -> NDArray[np.int64] | None:
        import numpy as np

        orders = [s.article_order() for s in self.segments]
        if any(order is None for order in orders):
            return None
        present = [order for order in orders if order is not None]
        if not present:  # an index with no paragraph
            return np.zeros(0, dtype=np.int64)
        ids = present[0].ids if len(present) == 1 else sorted(set().union(*(o.ids for o in present)))
        place = {article: at for at, article in enumerate(ids)}
        end = self.segments[-1].offset + self.segments[-1].size if self.segments else 0
        keys = np.zeros(end, dtype=np.int64)
        for segment, order in zip(self.segments, present):
            own = np.array([place[article] for article in order.ids], dtype=np.int64)
            keys[segment.offset : segment.offset + segment.size] = (
                own[order.articles] << 32
            ) | order.paragraphs.astype(np.int64)
        return keys

    def article_key(self, docnum: int) -> tuple[str, int]:
        """(article id, paragraph number) of one document, read from Whoosh's columns through
        readers made once per view: for segments without article order arrays."""
        at = bisect.bisect_right([s.offset for s in self.segments], docnum) - 1
        segment = self.segments[at]
        if "article_id" not in self._columns:
            for name in ("article_id", "paragraph"):
                self._columns[name] = [s.reader.column_reader(name) for s in self.segments]
        local = docnum - segment.offset
        article, paragraph = self._columns["article_id"][at], self._columns["paragraph"][at]
        return article[local], paragraph[local]  # type: ignore[index]

    @staticmethod
    def length_of_code() -> NDArray[np.float64]:
        """Length code -> field length (numpy float64, 256 entries, read-only); code 0 counts
        1, as in Whoosh's BM25F scorer. Made once."""
        return _length_of_code()

    def all_have_postings_arrays(self) -> bool:
        return all(s.has_postings_arrays() for s in self.segments)


def has_terms(reader: Reader, fieldname: str) -> bool:
    """Whether any paragraph of the index holds a term in `fieldname` ("published": whether any
    article has a publication date; plain-text articles state none)."""
    return any(True for _ in reader.lexicon(fieldname))


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
