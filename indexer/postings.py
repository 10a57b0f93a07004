"""The text field's postings once more, as plain arrays, for ranking with numpy.

Whoosh keeps a term's postings in blocks of 128, each a zlib-compressed pickle of document
numbers, weights and positions (each posting's positions a pickle of its own). Decoding those
in Python was half the time of a search for common words (a word in 16,734 of 137,359
paragraphs: ~12 ms) and most of a phrase search. While Whoosh writes a segment, this writes
the text field's document numbers, weights and positions a second time, as arrays numpy reads
without a copy, keyed by term in a Whoosh hash file of the segment (`<segment id>.fps`). The
file is one of the segment's files, so Whoosh bundles it into the compound segment file,
carries it through merges (a merge writes a new segment through the same writer) and deletes
it with the segment. A segment without the file (written before this existed, or by a worker
process started without the hook) is read from Whoosh's blocks.

Per term: a 12-byte header (posting count, weight code, position code, position count), the
segment-local document numbers as little-endian uint32, the weights (none when all are 1, else
uint8 when all are whole numbers below 256, else float32: the exact values Whoosh keeps), then
the positions: each posting's as deltas (the first from 0), uint16 or uint32, in posting order;
a posting has as many positions as its weight. No positions when a weight is not its number of
positions (a boosted field): phrases then read Whoosh's blocks.
"""

from __future__ import annotations

import pickle
import struct
import sys
from array import array
from itertools import chain
from typing import Any

FIELD = "text"
EXT = ".fps"
MAGIC = b"IXP2"
_HEADER = struct.Struct("<IBBxxI")
ONES, BYTES, FLOATS = 0, 1, 2  # weight codes
NO_POSITIONS, SHORT, LONG = 0, 2, 4  # position codes: bytes per delta
_BIG_ENDIAN = sys.byteorder == "big"


class _Sink:
    """The postings of the term being written, gathered block by block."""

    __slots__ = ("ids", "weights", "counts", "deltas")

    def __init__(self) -> None:
        self.ids = array("I")
        self.weights = array("f")
        self.counts: array | None = array("I")
        self.deltas: array | None = array("I")

    def add(self, ids: Any, weights: Any, values: list[bytes]) -> None:
        self.ids.extend(ids)
        self.weights.extend(weights)
        if self.deltas is None:
            return
        # Each value is Whoosh's Positions encoding: a 4-byte count, then a protocol-2 pickle
        # of the position deltas. The pickles' bodies, set inside one outer list, unpickle in
        # one call (0.29 us a posting against 0.42 one by one).
        try:
            lists = pickle.loads(b"\x80\x02](" + b"".join([v[6:-1] for v in values]) + b"e.")
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


def encode(sink: _Sink) -> bytes:
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


def patch(cls: Any, marker: str, **methods: Any) -> None:
    """Replace methods of a Whoosh class, and mark the class as done (hooks install once)."""
    for name, method in methods.items():
        setattr(cls, name, method)
    setattr(cls, marker, True)


def install_writer_hook() -> None:
    """Make Whoosh's segment writer also write the `.fps` file of each segment it writes
    (in this process and in worker processes forked after this call)."""
    from whoosh.codec.whoosh3 import W3FieldWriter, W3PostingsWriter
    from whoosh.filedb.filetables import HashWriter
    from whoosh.formats import Positions

    if getattr(W3FieldWriter, "_indexer_postings", False):
        return

    write_block = W3PostingsWriter._write_block
    finish_postings = W3PostingsWriter.finish_postings

    def write_block_too(self: Any, last: bool = False) -> None:
        sink = self.__dict__.get("_indexer_sink")
        if sink is not None:
            sink.add(self._ids, self._weights, self._values)
        write_block(self, last)

    def finish_postings_too(self: Any) -> Any:
        sink = self.__dict__.get("_indexer_sink")
        ids, weights, values = self._ids, self._weights, self._values
        terminfo = finish_postings(self)
        if sink is not None and not self._blockcount:  # no block written: Whoosh inlined them
            sink.add(ids, weights, values)
        return terminfo

    start_field = W3FieldWriter.start_field
    start_term = W3FieldWriter.start_term
    finish_term = W3FieldWriter.finish_term
    close = W3FieldWriter.close

    def start_field_too(self: Any, fieldname: str, fieldobj: Any) -> None:
        start_field(self, fieldname, fieldobj)
        if fieldname == FIELD:
            if self.__dict__.get("_indexer_table") is None:
                self._indexer_table = HashWriter(self._segment.create_file(self._storage, EXT), magic=MAGIC)
            self._postwriter._indexer_sink = _Sink()
            self._indexer_positions = type(fieldobj.format) is Positions

    def start_term_too(self: Any, btext: bytes) -> None:
        start_term(self, btext)
        if self._postwriter.__dict__.get("_indexer_sink") is not None:
            sink = self._postwriter._indexer_sink = _Sink()
            if not self._indexer_positions:
                sink.counts = sink.deltas = None

    def finish_term_too(self: Any) -> None:
        finish_term(self)
        sink = self._postwriter.__dict__.get("_indexer_sink")
        if sink is not None:
            self._indexer_table.add(self._btext, encode(sink))

    def close_too(self: Any) -> None:
        table = self.__dict__.pop("_indexer_table", None)
        if table is not None:
            table.close()
        close(self)

    patch(W3PostingsWriter, "_indexer_postings", _write_block=write_block_too, finish_postings=finish_postings_too)
    patch(W3FieldWriter, "_indexer_postings", start_field=start_field_too, start_term=start_term_too,
          finish_term=finish_term_too, close=close_too)


def open_segment_file(reader: Any, ext: str, magic: bytes) -> Any:
    """One of our hash files of a segment, or None: absent (written before it existed),
    unreadable or of another version, and the caller reads Whoosh's own data instead."""
    from whoosh.filedb.filetables import HashReader

    name = reader.segment().make_filename(ext)
    storage = reader.storage()
    try:
        if storage.file_exists(name):
            return HashReader(storage.open_file(name), storage.file_length(name), magic=magic)
    except Exception:
        pass
    return None


def _table(reader: Any) -> Any:
    """The segment's postings table, opened once per segment reader; None if it has none."""
    cache = reader.__dict__
    if "_indexer_fps" not in cache:
        cache["_indexer_fps"] = open_segment_file(reader, EXT, MAGIC)
    return cache["_indexer_fps"]


def has_table(reader: Any) -> bool:
    return _table(reader) is not None


def runs(starts: Any, sizes: Any) -> Any:
    """The indices of consecutive runs of an array, run i being `sizes[i]` items from
    `starts[i]`, one run after another: how a few postings' positions, or a few paragraphs'
    entity mentions, are gathered from arrays that hold them all."""
    import numpy as np

    before = np.cumsum(sizes) - sizes  # where each run starts once gathered
    return np.repeat(starts - before, sizes) + np.arange(int(sizes.sum()))


class Postings:
    """One term's postings in one segment: segment-local document numbers (deleted documents
    included), weights, and the position deltas of every posting (None: not stored)."""

    __slots__ = ("ids", "weights", "deltas")

    def __init__(self, ids: Any, weights: Any, deltas: Any) -> None:
        self.ids, self.weights, self.deltas = ids, weights, deltas


def read(reader: Any, stem: str) -> Postings | None:
    """A term's postings in one segment as numpy arrays, or None when the segment has no
    postings table."""
    import numpy as np

    table = _table(reader)
    if table is None:
        return None
    data = table.get(stem.encode("utf-8"))
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
