"""The index folder as Whoosh sees it, and Whoosh's writers as this tool runs them: subclasses of
Whoosh's FileStorage, FileIndex, MpWriter and SubWriterTask (top-level classes, so that Whoosh's
multiprocess writer pickles them by name under spawn and forkserver)."""

from __future__ import annotations

import marshal
import os
import pickle
import queue
import signal
import struct
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, FileIndex
from whoosh.multiproc import MpWriter, SubWriterTask, finish_subsegment
from whoosh.util import random_name
from whoosh.writing import MERGE_SMALL, PostingPool, SegmentWriter

from ..errors import IndexerError
from .schema import build_schema
from .codec import IndexerCodec, SafeStructFile


class IndexStorage(FileStorage):
    """The index folder. Files open as SafeStructFile (the segment list and compound
    directories Whoosh unpickles on open go through the restricted unpickler); `open_index`
    gives the pinned generation with this code's schema (Whoosh then skips the schema pickle);
    files in `keep` (the live generation, while a build writes the next) are not deleted by
    Whoosh's clean-up: the build removes them after the manifest has switched, so a reader of
    the old manifest still finds them."""

    def __init__(self, path: str, keep: frozenset[str] = frozenset(), generation: int = -1) -> None:
        super().__init__(path)
        self.keep = keep
        self.generation = generation

    def open_file(self, name: str, **kwargs: Any) -> Any:
        return SafeStructFile(open(self._fpath(name), "rb"), name=name, **kwargs)

    def open_index(self, indexname: str = "MAIN", schema: Any = None, indexclass: Any = None) -> PinnedIndex:
        # Also what Whoosh's writer sub-processes call (they get this storage pickled).
        return PinnedIndex(self, schema or build_schema(), indexname, self.generation)

    def create_generation(self, schema: Any, indexname: str) -> None:
        """Write the empty table of contents (generation 0) of a new index `indexname`."""
        TOC.create(self, schema, indexname)

    def delete_file(self, name: str) -> None:
        if name not in self.keep:
            super().delete_file(name)


class PinnedIndex(FileIndex):
    """A Whoosh index fixed at one table-of-contents generation (the one the manifest names),
    not the newest file in the folder: a build's commit before its manifest switch is invisible
    to readers. Its writers write with IndexerCodec."""

    def __init__(self, storage: Any, schema: Any, indexname: str, generation: int) -> None:
        self.storage, self._schema, self.indexname, self.generation = storage, schema, indexname, generation
        self._read_toc()  # fail now, not at the first search, when the TOC is unreadable

    def _read_toc(self) -> Any:
        return TOC.read(self.storage, self.indexname, gen=self.generation, schema=self._schema)

    def latest_generation(self) -> int:
        return self.generation

    def segments(self) -> list[Any]:
        """The segments of the pinned generation (read through the restricted unpickler)."""
        return list(self._read_toc().segments)

    def toc_filename(self) -> str:
        """The file name of the pinned generation's table of contents."""
        return TOC._filename(self.indexname, self.generation)

    def writer(self, procs: int = 1, **kwargs: Any) -> Any:
        kwargs.setdefault("codec", IndexerCodec())
        if procs > 1:
            return CheckedMpWriter(self, procs=procs, **kwargs)
        return BoundedSegmentWriter(self, **kwargs)


# What one posting held in a pool costs in memory besides its term's and value's bytes: the
# list's pointer, the 5-tuple, two bytes objects, a docnum int and a weight float, each rounded
# up to CPython's 16-byte allocation unit (~230 bytes with Reuters' words; Whoosh's estimate,
# written for 32-bit Python 2, counts ~170: a 256 MB pool took ~350 MB).
def _allocated(size: int) -> int:
    return -(-size // 16) * 16


POSTING_BYTES = (
    8
    + _allocated(sys.getsizeof((0,) * 5))
    + 2 * _allocated(sys.getsizeof(b""))
    + _allocated(sys.getsizeof(2**20))
    + _allocated(sys.getsizeof(1.0))
)
RUN_CHUNK = 2048  # postings a spilled run is written and read back in (~0.5 MB each)
_CHUNK_SIZE = struct.Struct("<I")


class BoundedPostingPool(PostingPool):
    """Whoosh's posting pool (the postings of a segment being written, sorted by field, term
    and document before the segment is written), its limit counted in real memory: it spills
    a sorted run to the temporary folder once its postings take `limitmb` MB of this process's
    memory (POSTING_BYTES each, plus their term and value bytes), so a writer's memory stays
    bounded whatever the corpus size; at the end the runs are merged as a stream. Runs are
    written as marshal chunks of RUN_CHUNK postings (strings, bytes and numbers only: nothing
    to execute when read back), not one pickle per posting as Whoosh writes them: spilling and
    merging then cost little next to indexing."""

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        # item = (field name, term bytes, document number, weight, value bytes or None)
        self.fieldnames.add(item[0])
        value = item[4]
        self.currentsize += POSTING_BYTES + len(item[1]) + (len(value) if value is not None else 0)
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f: Any, items: Iterable[Any]) -> None:
        # Each chunk: its length (4 bytes, little-endian), then marshal's bytes of the list.
        it = iter(items)
        while chunk := list(islice(it, RUN_CHUNK)):
            data = marshal.dumps(chunk)
            f.write(_CHUNK_SIZE.pack(len(data)))
            f.write(data)
        f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        # marshal.load on a file reads it in tiny pieces (~6 us a posting): whole chunks instead.
        f = self._open_run(path)
        try:
            while head := f.read(_CHUNK_SIZE.size):
                yield from marshal.loads(f.read(_CHUNK_SIZE.unpack(head)[0]))
        finally:
            f.close()
            self._remove_run(path)


def _bound_pool(writer: SegmentWriter, limitmb: int) -> None:
    # SegmentWriter makes its pool in __init__ and ignores its `poolclass` argument: replaced
    # before the first posting, when the pool holds nothing and no file.
    writer.pool = BoundedPostingPool(writer._tempstorage, writer.newsegment, limitmb=limitmb)


class BoundedSegmentWriter(SegmentWriter):
    """Whoosh's segment writer with a BoundedPostingPool of `limitmb` MB (Whoosh's default
    128). Every writer this tool opens is one: the single-process build's, each writer
    process's, and the multiprocess writer's own (which merges small segments on update)."""

    def __init__(self, ix: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        _bound_pool(self, limitmb)


_INTERRUPTS = {signal.SIGINT, signal.SIGTERM}


def _block_interrupts() -> set[int | signal.Signals] | None:
    """Hold back SIGINT and SIGTERM in this thread; returns the previous mask (None where the
    platform has no pthread_sigmask: nothing is held)."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)


def _restore_signal_mask(previous: set[int | signal.Signals] | None) -> None:
    """Undo _block_interrupts: a signal that came meanwhile is delivered now."""
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _unblock_interrupts() -> None:
    """Let SIGINT and SIGTERM through again (in a worker forked while they were held)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _INTERRUPTS)


class IndexerSubWriterTask(SubWriterTask):
    """Whoosh's writer sub-process, killed with its parent on Linux (Whoosh's workers outlived
    a killed build and, forked, held its build lock, blocking every later build), leaving
    Ctrl-C to the parent, and reporting a full disk by its exit code."""

    def run(self) -> None:
        from ..parallel import die_with_parent

        die_with_parent()
        # Ctrl-C reaches the whole process group: the parent cancels the build.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # forked with the CLI's handler
        _unblock_interrupts()  # blocked by the parent around the fork (CheckedMpWriter._new_task)
        try:
            self._run()
        except OSError as exc:
            # A full disk: the parent reports it in one line (CheckedMpWriter), from the exit
            # code; a traceback from each worker would bury that line.
            os._exit(exc.errno if exc.errno and 1 < exc.errno < 255 else 2)

    def _run(self) -> None:
        # SubWriterTask.run with a BoundedSegmentWriter (Whoosh's makes a SegmentWriter there).
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = BoundedSegmentWriter(ix, _lk=False, **self.kwargs)
        while self.running:
            jobinfo = self.jobqueue.get()
            if jobinfo is None:
                break
            self._process_file(*jobinfo)
        if not self.running:
            writer.cancel()
            return
        if self.multisegment:  # a segment of its own, as the build uses it
            result = (None, writer.pool.fieldnames, writer._finalize_segment())
        else:  # one sorted run for the parent to merge
            result = finish_subsegment(writer, self.kwargs.get("k", 64))
        self.resultqueue.put(result, timeout=5)


class CheckedMpWriter(MpWriter):
    """Whoosh's multiprocess writer, made to fail rather than lose documents: Whoosh commits
    whatever results its sub-processes returned, so a writer process that died (a full disk)
    silently dropped its batches, and with the job queue full the parent waited for it forever.
    This one starts IndexerSubWriterTask, checks on its workers while it waits to hand them a
    batch, and refuses to write the table of contents unless every one of them finished
    cleanly; a worker's OSError comes back as its errno (its exit code). Its own pool and
    its processes' are BoundedPostingPools of `limitmb` MB each."""

    # Whoosh's buffer of documents not yet handed to a worker: (0, the document's fields).
    docbuffer: list[tuple[int, dict[str, object]]]

    def __init__(self, ix: Any, limitmb: int = 128, **kwargs: Any) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        _bound_pool(self, limitmb)

    def _new_task(self) -> IndexerSubWriterTask:
        task = IndexerSubWriterTask(
            self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment
        )
        self.tasks.append(task)
        # Forked with Ctrl-C and SIGTERM held back: one arriving during the fork raised
        # KeyboardInterrupt inside an at-fork hook (filelock's, in the parent), where Python prints
        # "Exception ignored" with a traceback and drops it. Held, it reaches the parent once the
        # fork is done; the worker ignores Ctrl-C before it unblocks (IndexerSubWriterTask.run).
        blocked = _block_interrupts()
        try:
            task.start()
        finally:
            _restore_signal_mask(blocked)
        return task

    def _check_tasks(self, finished: bool = False) -> None:
        for task in self.tasks:
            code = task.exitcode
            if (code is not None and code != 0) or (finished and code is None):
                if code and 0 < code < 255 and code != 1:
                    raise OSError(code, os.strerror(code))
                raise IndexerError(f"a writer process failed (exit {code}): the previous index is unchanged")

    def _enqueue(self) -> None:
        # MpWriter._enqueue, but never blocked on a queue no live worker reads.
        filename = f"{random_name()}.doclist"
        with self.temp_storage().create_file(filename).raw_file() as f:
            for item in self.docbuffer:
                pickle.dump(item, f, 2)
        if len(self.tasks) < self.procs:
            self._new_task()
        jobinfo = (filename, len(self.docbuffer))
        while True:
            try:
                self.jobqueue.put(jobinfo, timeout=0.5)
                break
            except queue.Full:
                self._check_tasks()
        self.docbuffer = []

    def _commit_toc(self, segments: Any) -> None:
        self._check_tasks(finished=True)  # the workers were joined: all must have succeeded
        super()._commit_toc(segments)

    def cancel(self) -> None:
        """Whoosh's cancel, then stop what it leaves behind: its workers keep running, and each
        queue's feeder thread would wait at exit for the dead workers to read (a hang)."""
        try:
            super().cancel()
        finally:
            for task in self.tasks:
                if task.is_alive():
                    task.terminate()
            for task in self.tasks:
                # Reaped before the build removes their files: a worker still writing into
                # the spill folder made that removal fail, and left files behind, under load.
                task.join(timeout=10)
            for q in (self.jobqueue, self.resultqueue):
                q.cancel_join_thread()
                q.close()


class _MergeReport:
    """A writer as a merge policy sees it, saying each segment it merges as it starts (`say`):
    Whoosh's add_reader copies a whole segment's postings, a step of its own on a large index."""

    def __init__(self, writer: Any, say: Callable[[str], None], total: int) -> None:
        self.writer, self.say, self.total, self.merged = writer, say, total, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.writer, name)  # storage, schema: what MERGE_SMALL reads

    def add_reader(self, reader: Any) -> None:
        self.merged += 1
        self.say(f"writing the index: merging segments ({self.merged} of the {self.total} in the index so far)")
        self.writer.add_reader(reader)


def reclaiming_merge(writer: Any, segments: list[Any], merging: Callable[[str], None] | None = None) -> list[Any]:
    """Whoosh merge policy (`writer.commit(mergetype=reclaiming_merge)`; the segments of the
    index but the one being written -> those kept as they are; `merging`, when given, is told of
    each segment merged as it starts, store._commit's phase): a segment none of whose
    documents is live is dropped, one with more than half of them deleted is merged (rewritten
    without them, as Lucene's TieredMergePolicy reclaims deletes), then Whoosh's MERGE_SMALL
    merges the small ones. MERGE_SMALL alone sorts segments by all their documents, deleted
    ones included, so a large segment whose articles were all updated or renamed stayed in the
    index for good: BBC politics (7.4 MB) was 14.5 MB after the migration of its article ids."""
    from whoosh.reading import SegmentReader

    if merging is not None:
        writer = _MergeReport(writer, merging, len(segments))
    kept = []
    for segment in segments:
        if segment.deleted_count() * 2 > segment.doc_count_all():
            if segment.doc_count():  # its live documents go into the segment being written
                reader = SegmentReader(writer.storage, writer.schema, segment)
                writer.add_reader(reader)
                reader.close()
        else:
            kept.append(segment)
    return list(MERGE_SMALL(writer, kept))
