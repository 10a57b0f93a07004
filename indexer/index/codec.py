"""This tool's Whoosh codec: Whoosh's W3 format, extended through its supported extension point.

A `Codec` passed to `ix.writer(codec=...)` is recorded in every segment it writes (the segment
list pickles it), so every later reader, merge and writer sub-process (`MpWriter` hands its
keyword arguments to them, pickled under spawn) uses the same classes. What `IndexerCodec` adds
to `W3Codec`, each by subclassing the W3 class that does the work:

- **postings arrays**: its field writer writes the text field's postings a second time as
  arrays (arrays.py, `.fps`) while Whoosh writes its blocks;
- **mentions arrays**: its per-document writer writes the entity names of every paragraph as
  arrays (arrays.py, `.fct`) from the stored tags;
- **article order arrays**: the same writer writes each paragraph's article id and number as
  arrays (arrays.py, `.ford`), so equal scores are ordered by article without reading columns;
- **fast lengths**: its per-document reader reads a field's length column as one bytes object
  (Whoosh reads one byte through four layers of calls, and stats the disk for every lookup in a
  field without lengths: writing looks up the length of every posting, 1.35M lookups for BBC's
  12,772 paragraphs; a BBC single-process build 16.6 s -> 13.6 s, warm searches ~10% faster);
- **no unrestricted pickle**: stored fields are JSON (not pickles) and every pickle Whoosh
  still reads from a segment (postings blocks, inlined postings, block headers, hash-file
  trailers, compound directories) goes through trust.SafeUnpickler;
- **zero-copy compound reads**: Whoosh wraps each part of a compound segment file (an mmap) in
  BytesIO(view), which copies it: every search process read the whole index into memory
  (0.09 s and 350 MB at 137,000 paragraphs); this segment's compound storage reads only what
  is asked for.

Nothing of Whoosh is replaced at run time: `import indexer` leaves Whoosh as it is for any
other code in the process (tests/test_whoosh_untouched.py).
"""

from __future__ import annotations

import json
import zlib
from typing import Any

import orjson

from whoosh.codec.whoosh3 import (
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PerDocReader,
    W3PerDocWriter,
    W3PostingsWriter,
    W3Segment,
    W3TermInfo,
    W3TermsReader,
    _lenfield,
    byte_to_length,
)
from whoosh.columns import CompressedBytesColumn, WrappedColumn, WrappedColumnReader, WrappedColumnWriter
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filetables import HashWriter
from whoosh.filedb.structfile import BufferFile, StructFile
from whoosh.formats import Positions
from whoosh.reading import TermNotFound

from ..errors import IndexFormatError
from ..trust import SafeUnpickler, safe_loads
from . import arrays

# Whoosh's one-byte length codes -> the length each stands for (index 0: no length stored).
LENGTH_OF_BYTE: tuple[int, ...] = tuple(byte_to_length(b) for b in range(256))
STORED = "_stored"  # Whoosh's column of stored fields


def damaged(segment_part: str, exc: Exception) -> IndexFormatError:
    """The error for per-document data this codec never writes (a crafted or damaged
    segment): one line, never a traceback or an unpickled object."""
    return IndexFormatError(
        f"damaged index: its {segment_part} hold what no index of this tool holds "
        f"({type(exc).__name__}): rebuild it from its sources"
    )


def _load(data: bytes, segment_part: str) -> Any:
    """Unpickle per-document data through trust.SafeUnpickler; damage is IndexFormatError."""
    try:
        return safe_loads(data)
    except Exception as exc:
        raise damaged(segment_part, exc) from None


class JsonColumn(WrappedColumn):
    """A column of JSON objects (a document's stored fields: str and int values), in place of
    Whoosh's PickleColumn: reading an index never unpickles a stored field."""

    class Writer(WrappedColumnWriter):
        def add(self, docnum: int, v: Any) -> None:
            self._child.add(
                docnum, b"" if v is None else json.dumps(v, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            )

    class Reader(WrappedColumnReader):
        def __getitem__(self, docnum: int) -> Any:
            v = self._child[docnum]
            try:
                # orjson: the same dict as json.loads, ~5x faster (a hit's fields are read per search)
                return orjson.loads(v) if v else None
            except ValueError as exc:  # not JSON (orjson.JSONDecodeError is one): a pickle, or damage
                raise damaged("stored fields", exc) from None


STORED_COLUMN = JsonColumn(CompressedBytesColumn())


class SafePositions(Positions):
    """Whoosh's Positions format (a posting's value: its count, then a pickle of its position
    deltas), decoded through trust.SafeUnpickler. schema.py gives it to every positional
    field, so Whoosh's own phrase matching never unpickles a value unrestricted."""

    def decode_positions(self, valuestring: bytes) -> list[int]:
        if not valuestring.endswith(b"."):  # as Whoosh's: values may come without the STOP
            valuestring += b"."
        position, positions = 0, []
        for delta in _load(valuestring[4:], "positions"):
            position += delta
            positions.append(position)
        return positions


class SafeStructFile(StructFile):
    """Whoosh's file class, reading its pickles through trust.SafeUnpickler."""

    def read_pickle(self) -> Any:
        return SafeUnpickler(self.file).load()


class _ViewFile:
    """A read-only file over a memoryview: reads copy only what is asked for."""

    def __init__(self, view: Any) -> None:
        self._view = view
        self._pos = 0

    def read(self, n: int | None = -1) -> bytes:
        start = self._pos
        end = len(self._view) if n is None or n < 0 else min(len(self._view), start + n)
        self._pos = max(start, end)
        return bytes(self._view[start:end])

    def readline(self, limit: int = -1) -> bytes:
        end = len(self._view) if limit is None or limit < 0 else min(len(self._view), self._pos + limit)
        data = bytes(self._view[self._pos : end])
        cut = data.find(b"\n")
        if cut >= 0:
            data = data[: cut + 1]
        self._pos += len(data)
        return data

    def seek(self, pos: int, whence: int = 0) -> int:
        self._pos = pos if whence == 0 else self._pos + pos if whence == 1 else len(self._view) + pos
        return self._pos

    def tell(self) -> int:
        return self._pos

    def write(self, data: bytes) -> int:
        raise OSError("read-only")

    def truncate(self, size: int | None = None) -> int:
        raise OSError("read-only")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


class ViewBufferFile(BufferFile):
    """One part of a compound segment file: Whoosh's BufferFile over the mmap, without the
    BytesIO copy of the whole part, its pickles read through trust.SafeUnpickler."""

    def __init__(self, buf: Any, name: str | None = None, onclose: Any = None) -> None:
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = buf
        self.file = _ViewFile(memoryview(buf))

    def subset(self, position: int, length: int, name: str | None = None) -> ViewBufferFile:
        return ViewBufferFile(self.get(position, length), name=name or self._name)

    def read_pickle(self) -> Any:
        return SafeUnpickler(self.file).load()


class SafeCompoundStorage(CompoundStorage):
    """A compound segment file whose parts open as ViewBufferFile (or SafeStructFile when the
    file cannot be memory-mapped). Its directory is read through the container file's
    read_pickle (SafeStructFile, from the index storage)."""

    def open_file(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if self._source is None:
            f = super().open_file(name, *args, **kwargs)
            return SafeStructFile(f.file, name=name) if type(f) is StructFile else f
        from whoosh.filedb.compound import memoryview_

        offset, length = self.range(name)
        return ViewBufferFile(memoryview_(self._source, offset, length), name=name)


class IndexerSegment(W3Segment):
    """Whoosh's W3 segment, opening its compound file as SafeCompoundStorage."""

    def open_compound_file(self, storage: Any) -> SafeCompoundStorage:
        name = self.make_filename(self.COMPOUND_EXT)
        return SafeCompoundStorage(storage.open_file(name), use_mmap=storage.supports_mmap)


class IndexerPostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer that also hands each block to `sink` (a PostingsSink, set by
    the field writer for the text field's terms; None: nothing captured)."""

    sink: arrays.PostingsSink | None = None

    def _write_block(self, last: bool = False) -> None:
        if self.sink is not None:
            self.sink.add(self._ids, self._weights, self._values)
        super()._write_block(last)

    def finish_postings(self) -> Any:
        ids, weights, values = self._ids, self._weights, self._values
        terminfo = super().finish_postings()
        if self.sink is not None and not self._blockcount:  # no block written: Whoosh inlined them
            self.sink.add(ids, weights, values)
        return terminfo


class IndexerFieldWriter(W3FieldWriter):
    """Whoosh's field writer that also writes the segment's postings arrays (arrays.py)."""

    def __init__(self, codec: Any, storage: Any, segment: Any) -> None:
        super().__init__(codec, storage, segment)
        self._table: Any = None  # the postings arrays file, made when the text field starts
        self._sink: arrays.PostingsSink | None = None
        self._positions = False

    def start_field(self, fieldname: str, fieldobj: Any) -> None:
        super().start_field(fieldname, fieldobj)
        self._sink = None
        if fieldname == arrays.FIELD:
            if self._table is None:
                self._table = HashWriter(self._create_file(arrays.POSTINGS_EXT), magic=arrays.POSTINGS_MAGIC)
            self._positions = type(fieldobj.format) in (Positions, SafePositions)

    def start_term(self, btext: bytes) -> None:
        super().start_term(btext)
        if self._fieldname == arrays.FIELD:
            self._sink = self._postwriter.sink = arrays.PostingsSink(self._positions)

    def finish_term(self) -> None:
        super().finish_term()
        if self._sink is not None:
            self._table.add(self._btext, arrays.encode_postings(self._sink))
            self._sink = self._postwriter.sink = None

    def close(self) -> None:
        if self._table is not None:
            self._table.close()
            self._table = None
        super().close()


class IndexerPerDocWriter(W3PerDocWriter):
    """Whoosh's per-document writer with stored fields as JSON, that also writes the
    segment's mentions arrays (arrays.py) from each paragraph's stored `tags`, and its article
    order arrays from the stored `article_id` and `paragraph`."""

    def __init__(self, codec: Any, storage: Any, segment: Any) -> None:
        self._mentions = arrays.MentionsSink()
        self._order = arrays.OrderSink()
        super().__init__(codec, storage, segment)

    def _create_column(self, fieldname: str, column: Any) -> None:
        super()._create_column(fieldname, STORED_COLUMN if fieldname == STORED else column)

    def start_doc(self, docnum: int) -> None:
        super().start_doc(docnum)
        self._mentions.start(docnum)
        self._order.start(docnum)

    def add_field(self, fieldname: str, fieldobj: Any, value: Any, length: Any) -> None:
        super().add_field(fieldname, fieldobj, value, length)
        if fieldname == "tags" and isinstance(value, str):
            self._mentions.add_tags(value)
        elif value is not None:
            self._order.add(fieldname, value)

    def finish_doc(self) -> None:
        super().finish_doc()
        self._mentions.finish()
        self._order.finish()

    def cancel_doc(self) -> None:
        super().cancel_doc()
        self._mentions.cancel()

    def close(self) -> None:
        if not self.is_closed:
            table = HashWriter(self._create_file(arrays.MENTIONS_EXT), magic=arrays.MENTIONS_MAGIC)
            for key, value in self._mentions.items():
                table.add(key, value)
            table.close()
            table = HashWriter(self._create_file(arrays.ORDER_EXT), magic=arrays.ORDER_MAGIC)
            for key, value in self._order.items():
                table.add(key, value)
            table.close()
        super().close()


def length_bytes(storage: Any, segment: Any, fieldname: str) -> bytes | None:
    """A segment's length column of `fieldname` as raw bytes (one Whoosh length byte a
    document; documents past its end have none), or None when the field keeps no lengths.
    `storage`: the segment's files (a reader's `storage()`)."""
    name = W3Codec.column_filename(segment, _lenfield(fieldname))
    if not storage.file_exists(name):
        return None
    length = storage.file_length(name)
    f = storage.open_file(name)
    try:
        return f.get(0, length)  # a fixed one-byte column: the bytes themselves, from offset 0
    finally:
        f.close()


class IndexerPerDocReader(W3PerDocReader):
    """Whoosh's per-document reader with stored fields read as JSON and field lengths read
    from each length column once, as bytes."""

    def __init__(self, storage: Any, segment: Any) -> None:
        super().__init__(storage, segment)
        self._length_columns: dict[str, bytes | None] = {}

    def length_column(self, fieldname: str) -> bytes | None:
        """The field's length bytes (length_bytes), read once per reader."""
        if fieldname not in self._length_columns:
            self._length_columns[fieldname] = length_bytes(self._storage, self._segment, fieldname)
        return self._length_columns[fieldname]

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        column = self.length_column(fieldname)
        if column is None or docnum >= len(column):
            return default
        b = column[docnum]
        return LENGTH_OF_BYTE[b] if b else default

    def stored_fields(self, docnum: int) -> dict[str, Any]:
        reader = self._cached_reader(STORED, STORED_COLUMN)
        v = reader[docnum] if reader is not None else None
        return {} if v is None else v


class SafeTermInfo(W3TermInfo):
    """W3TermInfo whose inlined postings are read through trust.SafeUnpickler."""

    @classmethod
    def from_bytes(cls, s: bytes) -> W3TermInfo:
        st = cls._struct
        vals = st.unpack(s[: st.size])
        if not vals[0]:  # postings in the postings file: nothing pickled here
            return W3TermInfo.from_bytes(s)
        # W3TermInfo.from_bytes, the inlined postings read safely.
        terminfo = cls()
        terminfo._weight, terminfo._df = vals[1], vals[2]
        terminfo._minlength, terminfo._maxlength = byte_to_length(vals[3]), byte_to_length(vals[4])
        terminfo._maxweight = vals[5]
        terminfo._minid = None if vals[6] == 0xFFFFFFFF else vals[6]
        terminfo._maxid = None if vals[7] == 0xFFFFFFFF else vals[7]
        terminfo._inlined = _load(s[st.size :], "inlined postings")
        return terminfo


class SafeTermsReader(W3TermsReader):
    """W3TermsReader reading term infos as SafeTermInfo."""

    def items(self) -> Any:
        return ((self._keydecoder(k), SafeTermInfo.from_bytes(v)) for k, v in self._tindex.items())

    def items_from(self, fieldname: str, prefix: bytes) -> Any:
        start = self._keycoder(fieldname, prefix)
        return ((self._keydecoder(k), SafeTermInfo.from_bytes(v)) for k, v in self._tindex.items_from(start))

    def term_info(self, fieldname: str, tbytes: bytes) -> W3TermInfo:
        key = self._keycoder(fieldname, tbytes)
        try:
            return SafeTermInfo.from_bytes(self._tindex[key])
        except KeyError:
            raise TermNotFound(f"No term {fieldname}:{tbytes!r}") from None


class SafeLeafMatcher(W3LeafMatcher):
    """W3LeafMatcher reading its postings blocks through trust.SafeUnpickler."""

    def _read_data(self) -> None:
        b = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)
        if self._compression:
            try:
                b = zlib.decompress(b)
            except zlib.error as exc:
                raise damaged("postings blocks", exc) from None
        self._data = _load(b, "postings blocks")


class IndexerCodec(W3Codec):
    """W3Codec with this tool's writers and readers (see the module docstring). Pass an
    instance as `ix.writer(codec=IndexerCodec())`; readers find it in each segment."""

    def per_document_writer(self, storage: Any, segment: Any) -> IndexerPerDocWriter:
        return IndexerPerDocWriter(self, storage, segment)

    def field_writer(self, storage: Any, segment: Any) -> IndexerFieldWriter:
        return IndexerFieldWriter(self, storage, segment)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> IndexerPostingsWriter:
        return IndexerPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(self, dbfile: Any, terminfo: Any, format_: Any, term: Any = None, scorer: Any = None) -> Any:
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return SafeLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)

    def per_document_reader(self, storage: Any, segment: Any) -> IndexerPerDocReader:
        return IndexerPerDocReader(storage, segment)

    def terms_reader(self, storage: Any, segment: Any) -> SafeTermsReader:
        name = segment.make_filename(self.TERMS_EXT)
        return SafeTermsReader(
            self, storage.open_file(name), storage.file_length(name), segment.open_file(storage, self.POSTS_EXT)
        )

    def new_segment(self, storage: Any, indexname: str) -> IndexerSegment:
        return IndexerSegment(self, indexname)
