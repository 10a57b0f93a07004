"""The two array files the codec (codec.py) writes beside Whoosh's own in every segment.

**Postings arrays (`<segment id>.fps`).** Whoosh keeps a term's postings in blocks of 128, each
a zlib-compressed pickle of document numbers, weights and positions (each posting's positions a
pickle of its own). Decoding those in Python was half the time of a search for common words (a
word in 16,734 of 137,359 paragraphs: ~12 ms) and most of a phrase search. The codec's field
writer writes the text field's document numbers, weights and positions a second time, as arrays
numpy reads without a copy, keyed by term in a Whoosh hash file of the segment.

Per term: a 12-byte header (posting count, weight code, position code, position count), the
segment-local document numbers as little-endian uint32, the weights (none when all are 1, else
uint8 when all are whole numbers below 256, else float32: the exact values Whoosh keeps), then
the positions: each posting's as deltas (the first from 0), uint16 or uint32, in posting order;
a posting has as many positions as its weight. No positions when a weight is not its number of
positions (a boosted field): such phrases are left to Whoosh.

**Mentions arrays (`<segment id>.fct`).** `indexer search --facets` counts the people,
organizations, places, groups and speakers named in every matching paragraph; read from each
hit's stored record that cost ~16 us a hit (0.9 s for the 54,225 paragraphs of BBC + Reuters
that say "said"). The codec's per-document writer keeps, per entity field, the names it meets in
the paragraphs' stored tags (exactly as displayed): the names (JSON), then two parallel uint32
arrays, (paragraph, name number) for every mention. Counting a hit set is then a sorted lookup
and a bincount.

**Article order arrays (`<segment id>.ford`).** Hits of equal score come in article order
(article id, then paragraph number), so an index updated in place (whose document numbers are
the order paragraphs were written in) answers as a fresh build. Read per tied hit from Whoosh's
columns that cost ~3 ms a query on BBC (a column reader decodes its whole offsets table in
Python: warm single-word queries 1.51 -> 2.94 ms). The codec's per-document writer keeps each
paragraph's stored `article_id` and `paragraph`: the segment's article ids, sorted (JSON), then
two uint32 arrays, each document's index into them and its paragraph number. A searcher merges
the segments' id lists once into one integer key a document (index/view.py), and ties are
broken by a numpy sort.

All three files are files of the segment, so Whoosh bundles them into the compound segment file,
rewrites them on merges (a merge writes its segment through the same codec) and deletes them
with the segment. Nothing here is a pickle.
"""

from __future__ import annotations

import json
import struct
import sys
from array import array
from itertools import chain
from typing import Any

from ..schema import ENTITY_TEXT_FIELDS
from ..trust import safe_loads

FIELD = "text"  # the field whose postings are kept as arrays
POSTINGS_EXT = ".fps"
POSTINGS_MAGIC = b"IXP2"
MENTIONS_EXT = ".fct"
MENTIONS_MAGIC = b"IXF1"
ORDER_EXT = ".ford"
ORDER_MAGIC = b"IXO1"
_HEADER = struct.Struct("<IBBxxI")
ONES, BYTES, FLOATS = 0, 1, 2  # weight codes
NO_POSITIONS, SHORT, LONG = 0, 2, 4  # position codes: bytes per delta
_BIG_ENDIAN = sys.byteorder == "big"


class PostingsSink:
    """The postings of the term being written, gathered block by block (the codec's postings
    writer hands over each block's ids, weights and encoded values)."""

    __slots__ = ("ids", "weights", "counts", "deltas")

    def __init__(self, positions: bool = True) -> None:
        self.ids = array("I")
        self.weights = array("f")
        self.counts: array | None = array("I") if positions else None
        self.deltas: array | None = array("I") if positions else None

    def add(self, ids: Any, weights: Any, values: list[bytes]) -> None:
        self.ids.extend(ids)
        self.weights.extend(weights)
        if self.deltas is None or self.counts is None:
            return
        # Each value is Whoosh's Positions encoding: a 4-byte count, then a protocol-2 pickle
        # of the position deltas. The pickles' bodies, set inside one outer list, unpickle in
        # one call. Through the restricted unpickler: a merge reads these from an existing
        # segment, and a list of ints names no class.
        try:
            lists = safe_loads(b"\x80\x02](" + b"".join([v[6:-1] for v in values]) + b"e.")
            self.counts.extend(map(len, lists))
            self.deltas.extend(chain.from_iterable(lists))
        except Exception:  # not the encoding expected: no positions for this term
            self.counts = self.deltas = None


def little_endian(values: array) -> bytes:
    """An array's bytes as the files store them, whatever this machine's byte order."""
    if _BIG_ENDIAN:
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def encode_postings(sink: PostingsSink) -> bytes:
    """One term's postings as stored in the file (C-speed checks: this runs for every term)."""
    ids, weights, counts, deltas = sink.ids, sink.weights, sink.counts, sink.deltas
    n = len(ids)
    tail = b""
    code = ONES
    if weights.count(1.0) != n:
        code = FLOATS
        if min(weights) >= 0 and max(weights) < 256:
            small = bytes(map(int, weights))
            if array("B", small) == weights:  # whole numbers
                code, tail = BYTES, small
        if code == FLOATS:
            tail = little_endian(weights)
    positions, count, stored = NO_POSITIONS, 0, b""
    if deltas is not None and counts is not None and len(counts) == n and counts == weights:
        packed = array("H" if not deltas or max(deltas) < 65536 else "I", deltas)
        positions, count, stored = packed.itemsize, len(packed), little_endian(packed)
    return _HEADER.pack(n, code, positions, count) + little_endian(ids) + tail + stored


class Postings:
    """One term's postings in one segment: segment-local document numbers (uint32, deleted
    documents included), weights (float64, term frequencies), and the position deltas of every
    posting in posting order (uint16 or uint32; None: not stored)."""

    __slots__ = ("ids", "weights", "deltas")

    def __init__(self, ids: Any, weights: Any, deltas: Any) -> None:
        self.ids, self.weights, self.deltas = ids, weights, deltas


def decode_postings(data: bytes | None) -> Postings:
    """A term's postings from its bytes in the postings file (None: the term is not in the
    segment, so no postings)."""
    import numpy as np

    if data is None:
        return Postings(np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.float64), np.empty(0, dtype=np.uint16))
    n, code, positions, count = _HEADER.unpack_from(data)
    start = _HEADER.size
    ids = np.frombuffer(data, dtype="<u4", count=n, offset=start)
    start += 4 * n
    if code == ONES:
        weights = np.ones(n, dtype=np.float64)
    elif code == BYTES:
        weights = np.frombuffer(data, dtype=np.uint8, count=n, offset=start).astype(np.float64)
        start += n
    else:
        weights = np.frombuffer(data, dtype="<f4", count=n, offset=start).astype(np.float64)
        start += 4 * n
    deltas = None
    if positions:
        deltas = np.frombuffer(data, dtype="<u2" if positions == SHORT else "<u4", count=count, offset=start)
    return Postings(ids, weights, deltas)


def runs(starts: Any, sizes: Any) -> Any:
    """The indices of consecutive runs of an array, run i being `sizes[i]` items from
    `starts[i]`, one run after another: how a few postings' positions, or a few paragraphs'
    entity mentions, are gathered from arrays that hold them all."""
    import numpy as np

    before = np.cumsum(sizes) - sizes  # where each run starts once gathered
    return np.repeat(starts - before, sizes) + np.arange(int(sizes.sum()))


class MentionsSink:
    """The names met so far in one segment: per field, a number for each name and the
    (paragraph, name number) pairs; the current paragraph's are held until it is finished."""

    def __init__(self) -> None:
        self.numbers: dict[str, dict[str, int]] = {f: {} for f in ENTITY_TEXT_FIELDS}
        self.docs: dict[str, array] = {f: array("I") for f in ENTITY_TEXT_FIELDS}
        self.ids: dict[str, array] = {f: array("I") for f in ENTITY_TEXT_FIELDS}
        self.docnum = -1
        self.pending: list[tuple[str, str]] = []

    def start(self, docnum: int) -> None:
        self.docnum, self.pending = docnum, []

    def add_tags(self, tags: str) -> None:
        """A paragraph's stored `tags` value: JSON of its entity lists."""
        if '":["' not in tags:  # every list empty (an index without entities): nothing to parse
            return
        found = json.loads(tags)
        for name in ENTITY_TEXT_FIELDS:
            for value in found.get(name) or ():
                self.pending.append((name, value))

    def finish(self) -> None:
        for field, value in self.pending:
            numbers = self.numbers[field]
            number = numbers.get(value)
            if number is None:
                number = numbers[value] = len(numbers)
            self.docs[field].append(self.docnum)
            self.ids[field].append(number)
        self.pending = []

    def cancel(self) -> None:
        self.pending = []

    def items(self) -> list[tuple[bytes, bytes]]:
        """(key, value) pairs of the mentions file."""
        out = []
        for field in ENTITY_TEXT_FIELDS:
            out.append((f"names:{field}".encode(), json.dumps(list(self.numbers[field]), ensure_ascii=False).encode()))
            for key, values in (("docs", self.docs[field]), ("ids", self.ids[field])):
                out.append((f"{key}:{field}".encode(), little_endian(values)))
        return out


class SegmentMentions:
    """One segment's mentions of one field, ordered by paragraph: `names` (as tagged), and
    parallel arrays `docs` (segment-local paragraph numbers, int64, ascending) and `ids` (index
    into `names`)."""

    def __init__(self, table: Any, field: str) -> None:
        import numpy as np

        self.names: list[str] = json.loads(table[f"names:{field}".encode()])
        docs = np.frombuffer(table[f"docs:{field}".encode()], dtype="<u4")
        ids = np.frombuffer(table[f"ids:{field}".encode()], dtype="<u4")
        order = np.argsort(docs, kind="stable")
        self.docs, self.ids = docs[order].astype(np.int64), ids[order]


class OrderSink:
    """Each document's article id and paragraph number, as the segment's per-document writer
    meets them (stored fields: a merge hands over the same values); a document without them
    (none of this tool's) is article "" paragraph 0."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}  # article id -> its number, in order met
        self.articles = array("I")
        self.paragraphs = array("I")
        self.article, self.paragraph = "", 0

    def start(self, docnum: int) -> None:
        while len(self.articles) < docnum:  # never in practice: Whoosh numbers documents in turn
            self.articles.append(self._number(""))
            self.paragraphs.append(0)
        self.article, self.paragraph = "", 0

    def add(self, fieldname: str, value: Any) -> None:
        if fieldname == "article_id" and isinstance(value, str):
            self.article = value
        elif fieldname == "paragraph" and isinstance(value, int) and 0 <= value < 1 << 32:
            self.paragraph = value

    def finish(self) -> None:
        self.articles.append(self._number(self.article))
        self.paragraphs.append(self.paragraph)

    def _number(self, article: str) -> int:
        number = self.numbers.get(article)
        if number is None:
            number = self.numbers[article] = len(self.numbers)
        return number

    def items(self) -> list[tuple[bytes, bytes]]:
        """(key, value) pairs of the order file: the ids sorted, each document's index into them."""
        ids = sorted(self.numbers)
        rank = array("I", bytes(4 * len(ids)))
        for at, article in enumerate(ids):
            rank[self.numbers[article]] = at
        articles = array("I", [rank[n] for n in self.articles])
        return [
            (b"ids", json.dumps(ids, ensure_ascii=False).encode("utf-8")),
            (b"articles", little_endian(articles)),
            (b"paragraphs", little_endian(self.paragraphs)),
        ]


class SegmentOrder:
    """One segment's article order: `ids` (its article ids, sorted as Python sorts str: by code
    point, as Whoosh sorts the article_id column's UTF-8 bytes), and per segment-local document
    `articles` (index into `ids`, uint32) and `paragraphs` (uint32)."""

    def __init__(self, table: Any) -> None:
        import numpy as np

        self.ids: list[str] = json.loads(table[b"ids"])
        self.articles = np.frombuffer(table[b"articles"], dtype="<u4")
        self.paragraphs = np.frombuffer(table[b"paragraphs"], dtype="<u4")
