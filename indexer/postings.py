"""The text field's postings once more, as plain arrays, for ranking with numpy.

Whoosh keeps a term's postings in blocks of 128, each a zlib-compressed pickle of document
numbers, weights and positions. Decoding those blocks in Python was half the time of a search
for common words (a word in 16,734 of 137,359 paragraphs: ~12 ms). While Whoosh writes a
segment, this writes the text field's document numbers and weights a second time, as arrays
numpy reads without a copy, keyed by term in a Whoosh hash file of the segment
(`<segment id>.fps`). The file is one of the segment's files, so Whoosh bundles it into the
compound segment file, carries it through merges (a merge writes a new segment through the
same writer) and deletes it with the segment. A segment without the file (written before this
existed, or by a worker process started without the hook) is read from Whoosh's blocks.

Per term: an 8-byte header (posting count, weight code), the segment-local document numbers
as little-endian uint32, then the weights: none when all are 1, else uint8 when all are whole
numbers below 256, else float32 (the exact values Whoosh keeps).
"""

from __future__ import annotations

import struct
import sys
from array import array
from typing import Any

FIELD = "text"
EXT = ".fps"
MAGIC = b"IXP1"
_HEADER = struct.Struct("<IB3x")
ONES, BYTES, FLOATS = 0, 1, 2
_BIG_ENDIAN = sys.byteorder == "big"


class _Sink:
    """The postings of the term being written, gathered block by block."""

    __slots__ = ("ids", "weights")

    def __init__(self) -> None:
        self.ids = array("I")
        self.weights = array("f")


def encode(ids: array, weights: array) -> bytes:
    """One term's postings as stored in the file (C-speed checks: this runs for every term)."""
    n = len(ids)
    if _BIG_ENDIAN:
        ids = array("I", ids)
        ids.byteswap()
    tail = b""
    code = ONES
    if weights.count(1.0) != n:
        code = FLOATS
        if min(weights) >= 0 and max(weights) < 256:
            small = bytes(map(int, weights))
            if array("B", small) == weights:  # whole numbers
                code, tail = BYTES, small
        if code == FLOATS:
            floats = array("f", weights)
            if _BIG_ENDIAN:
                floats.byteswap()
            tail = floats.tobytes()
    return _HEADER.pack(n, code) + ids.tobytes() + tail


def install_writer_hook() -> None:
    """Make Whoosh's segment writer also write the `.fps` file of each segment it writes
    (in this process and in worker processes forked after this call)."""
    from whoosh.codec.whoosh3 import W3FieldWriter, W3PostingsWriter
    from whoosh.filedb.filetables import HashWriter

    if getattr(W3FieldWriter, "_indexer_postings", False):
        return

    write_block = W3PostingsWriter._write_block
    finish_postings = W3PostingsWriter.finish_postings

    def write_block_too(self: Any, last: bool = False) -> None:
        sink = self.__dict__.get("_indexer_sink")
        if sink is not None:
            sink.ids.extend(self._ids)
            sink.weights.extend(self._weights)
        write_block(self, last)

    def finish_postings_too(self: Any) -> Any:
        sink = self.__dict__.get("_indexer_sink")
        ids, weights = self._ids, self._weights
        terminfo = finish_postings(self)
        if sink is not None and not self._blockcount:  # no block written: Whoosh inlined them
            sink.ids.extend(ids)
            sink.weights.extend(weights)
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

    def start_term_too(self: Any, btext: bytes) -> None:
        start_term(self, btext)
        sink = self._postwriter.__dict__.get("_indexer_sink")
        if sink is not None:
            sink.ids, sink.weights = array("I"), array("f")

    def finish_term_too(self: Any) -> None:
        finish_term(self)
        sink = self._postwriter.__dict__.get("_indexer_sink")
        if sink is not None:
            self._indexer_table.add(self._btext, encode(sink.ids, sink.weights))

    def close_too(self: Any) -> None:
        table = self.__dict__.pop("_indexer_table", None)
        if table is not None:
            table.close()
        close(self)

    W3PostingsWriter._write_block = write_block_too
    W3PostingsWriter.finish_postings = finish_postings_too
    W3FieldWriter.start_field = start_field_too
    W3FieldWriter.start_term = start_term_too
    W3FieldWriter.finish_term = finish_term_too
    W3FieldWriter.close = close_too
    W3FieldWriter._indexer_postings = True


def _table(reader: Any) -> Any:
    """The segment's postings table, opened once per segment reader; None if it has none."""
    cache = reader.__dict__
    if "_indexer_fps" not in cache:
        from whoosh.filedb.filetables import HashReader

        table = None
        name = reader.segment().make_filename(EXT)
        storage = reader.storage()
        try:
            if storage.file_exists(name):
                table = HashReader(storage.open_file(name), storage.file_length(name), magic=MAGIC)
        except Exception:  # unreadable: rank this segment from Whoosh's own postings
            table = None
        cache["_indexer_fps"] = table
    return cache["_indexer_fps"]


def has_table(reader: Any) -> bool:
    return _table(reader) is not None


def read(reader: Any, stem: str) -> tuple[Any, Any] | None:
    """(document numbers, weights) of a term in one segment, as numpy arrays (segment-local
    numbers, deleted documents included), or None when the segment has no postings table."""
    import numpy as np

    table = _table(reader)
    if table is None:
        return None
    data = table.get(stem.encode("utf-8"))
    if data is None:
        return np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.float64)
    n, code = _HEADER.unpack_from(data)
    start = _HEADER.size
    ids = np.frombuffer(data, dtype="<u4", count=n, offset=start)
    start += 4 * n
    if code == ONES:
        weights = np.ones(n, dtype=np.float64)
    elif code == BYTES:
        weights = np.frombuffer(data, dtype=np.uint8, count=n, offset=start).astype(np.float64)
    else:
        weights = np.frombuffer(data, dtype="<f4", count=n, offset=start).astype(np.float64)
    return ids, weights
