"""Opening, creating and updating the Whoosh index beside its manifest (index/manifest.py).

The manifest is signed with the user's key (trust.py): Whoosh's files hold pickles, so a folder
is opened only when the manifest is signed by this user and every file matches its digest. The
manifest is the one commit point: readers open exactly the generation it names, so they see the
old index or the new one. Whoosh itself is reached through index/ (storage, codec, view).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Union

from . import trust
from .errors import IndexerError, IndexFormatError

# The manifest lives in index/manifest.py and the lock in lock.py; their names stay importable
# from here, where builds and searches use them together.
from .index.manifest import (
    FileEntry,
    MANIFEST_KIND,
    MANIFEST_NAME,
    SKIPS_NAME,
    ArticleRecord,
    Manifest,  # noqa: F401
    _check_not_under_a_file,
    _damaged_manifest,
    _foreign_folder,
    _has_entries,
    _replace_file,
    damaged,
    no_build_yet,
    not_a_folder,
    now_iso,
    read_manifest,
    recorded_articles,
    recorded_roots,
    write_manifest,
)
from .index.schema import build_schema
from .lock import LOCK_NAME, acquire_build_lock  # noqa: F401
from .models import ENTITY_FIELDS, Article
from .schema import ENTITY_TEXT_FIELDS, words_of

if TYPE_CHECKING:
    from .index.storage import BoundedSegmentWriter, CheckedMpWriter, IndexStorage, PinnedIndex
    from .index.types import Schema, Searcher
    from .names import NameTable

# The Whoosh writer of a build (index.storage's: one process, or several: procs > 1).
Writer = Union["BoundedSegmentWriter", "CheckedMpWriter"]
# A Whoosh document: field name -> value (texts as analysis.LanguageText, numbers as int).
WhooshDocument = dict[str, str | int]

DEFAULT_INDEX_DIR = ".indexer"
INDEX_ENV = "INDEXER_INDEX"
# The posting pools of a build's Whoosh writers, together, in MB of real memory
# (index/storage.py BoundedPostingPool): split between writer processes, so that a build's peak
# memory depends on neither the corpus size nor the number of processes. Past it a pool spills
# sorted runs to the index's temporary folder and merges them as a stream at the end (see
# README "Guarantees": peak tree RSS within a few % between 10,000 and 19,043 Reuters files).
WRITER_POOL_MB = 128
# Whoosh files of one index generation: "_g3_12.toc", "g3_abc123.seg", "g3_WRITELOCK", and
# the "g3.tmp" folder its writer spills to.
GENERATION_RE = re.compile(r"^_?(g\d+)[_.]")
MANIFEST_TMP_RE = re.compile(
    rf"^\.(?:{re.escape(MANIFEST_NAME)}|{re.escape(SKIPS_NAME)})\.\d+\.tmp$|^\.g[\d.]+(words|names)\.\d+\.tmp$"
)
# The real words of a generation's paragraphs, sorted, one a line: "g3.7.words" (see schema.py).
WORDS_SUFFIX = ".words"
# The corpus-names table of a generation's live paragraphs (names.py), JSON: "g3.7.names".
NAMES_SUFFIX = ".names"


def resolve_index_dir(index: str | os.PathLike[str] | None) -> Path:
    """The index folder: `index` (--index), else $INDEXER_INDEX, else ./.indexer.
    Raises IndexerError for an empty or blank `index`: a script's `--index "$DIR"` with DIR
    unset must not quietly use (or build into) the default index instead."""
    if index is not None:
        if not os.fspath(index).strip():
            raise IndexerError("", "empty {index}: give a folder, or leave it out to use $INDEXER_INDEX or ./.indexer")
        return Path(index)
    env = os.environ.get(INDEX_ENV)
    return Path(env) if env else Path(DEFAULT_INDEX_DIR)


class _Missing(Exception):
    """A file the manifest lists is gone: a build may have switched generations meanwhile."""


def verify_files(index_dir: Path, manifest: Manifest) -> None:
    """Check every file of the live generation against the size and SHA-256 the manifest
    (signed) records, before Whoosh reads any of it. Raises IndexFormatError naming the file.
    Costs one read of the index (SHA-256 at ~0.9 GB/s here) the first time; a file whose
    (device, inode, size, mtime, ctime) are those recorded when this user last hashed it is not
    read again (trust.load_verified)."""
    if not manifest.files:
        raise damaged(f"damaged index at {index_dir}: its manifest lists no files", index_dir)
    known = trust.load_verified(index_dir)
    checked: dict[str, list[object]] = {}
    for name, (size, digest) in sorted(manifest.files.items()):
        path = index_dir / name
        if "/" in name or name.startswith(".") or name == MANIFEST_NAME:
            raise _damaged_manifest(index_dir, index_dir / MANIFEST_NAME)
        try:
            stamp = trust.file_stamp(path.stat())
            if known.get(name) == [*stamp, digest] and stamp[2] == size:
                checked[name] = known[name]
                continue
            if stamp[2] != size or trust.file_digest(path) != (size, digest):
                raise damaged(
                    f"damaged index at {index_dir}: {name} does not match its checksum (changed or "
                    "corrupted since the build)",
                    index_dir,
                )
            if trust.file_stamp(path.stat()) == stamp:  # unchanged while it was read
                checked[name] = [*stamp, digest]
        except FileNotFoundError:
            raise _Missing(name) from None
    if checked != known:
        trust.save_verified(index_dir, checked)


def open_index(index_dir: Path, *, stored_only: bool = False) -> tuple[PinnedIndex, Manifest]:
    """Open an index this user's build wrote, for reading: the manifest's signature and every
    file's checksum are checked before Whoosh sees them, then exactly the generation the
    manifest names is opened. The manifest returned has no article records parsed
    (Manifest.article_records() gives them, from the same version). `stored_only`: the reader
    reads stored fields and records alone, so an index of other analyzers is opened too
    (read_manifest's analyzers=False)."""
    from .index.storage import IndexStorage

    for attempt in (1, 2, 3):
        manifest = read_manifest(index_dir, records=False, analyzers=not stored_only)
        if not manifest.index_name:
            raise no_build_yet(index_dir)
        try:
            verify_files(index_dir, manifest)
            storage = IndexStorage(str(index_dir), generation=manifest.generation)
            return storage.open_index(manifest.index_name), manifest
        except IndexerError:
            raise
        except Exception as exc:  # Whoosh raises many kinds on missing or damaged files
            if attempt < 3:
                time.sleep(0.02 * attempt)
                continue  # a rebuild may have switched generations between the two reads
            if isinstance(exc, (_Missing, FileNotFoundError)):
                raise damaged(
                    f"damaged index at {index_dir}: {exc if isinstance(exc, _Missing) else 'a Whoosh file'} is missing",
                    index_dir,
                ) from None
            raise damaged(f"damaged index at {index_dir} ({type(exc).__name__})", index_dir) from None
    raise AssertionError("unreachable")


def segments_without_postings_arrays(index_dir: Path) -> tuple[int, int]:
    """(segments of the live index written without postings arrays, all its segments): an
    index built before they existed is searched from Whoosh's blocks, more slowly. A segment
    with no documents is never counted: there was nothing to write (Whoosh's multiprocess
    writer leaves one when a worker process got no batch)."""
    from .index.view import IndexView

    ix, _ = open_index(index_dir)
    try:
        with ix.searcher() as searcher:
            view = IndexView(searcher)
            return (sum(1 for s in view.segments if not s.has_postings_arrays()), len(searcher.leaf_searchers()))
    finally:
        ix.close()


def open_searcher(index_dir: Path, *, stored_only: bool = False) -> tuple[PinnedIndex, Manifest, Searcher]:
    """Open the live index and a searcher on it: (index, manifest, searcher); `stored_only` as
    for open_index.

    A build that switches generations, or a Whoosh merge, may delete files between reading the
    manifest and opening them; that is retried from the manifest, so a search started during a
    build sees the old index or the new one, never an error.
    """
    last: Exception | None = None
    for attempt in range(5):
        ix, manifest = open_index(index_dir, stored_only=stored_only)
        try:
            return ix, manifest, ix.searcher()
        except Exception as exc:  # files gone under us: read the manifest again
            ix.close()
            last = exc
            time.sleep(0.02 * (attempt + 1))
    raise damaged(f"damaged index at {index_dir} ({type(last).__name__})", index_dir)


def article_documents(article: Article) -> Iterator[WhooshDocument]:
    """The Whoosh documents of an article: one per indexed paragraph."""
    from .analysis import LanguageText

    language = article.language or "und"
    for p in article.indexed_paragraphs:
        tags: dict[str, list[str] | str] = {name: getattr(p, name) for name in ENTITY_FIELDS}
        if p.turn:
            # Who wrote or said the paragraph (Paragraph.turn: a reply's poster), for its hit's
            # citation: a key of the stored `tags` JSON, not a field of its own, so the schema and
            # an index written before it are as they were (its hits have none: search/articles.turn).
            tags["turn"] = p.turn
        doc: WhooshDocument = {
            "key": f"{article.id}#{p.paragraph}",
            "article_id": article.id,
            "article": article.id.lower(),
            # Texts carry the article's language to the analyzer (stemming); stored as plain str.
            "title": LanguageText(article.title, language),
            "_stored_title": article.title,
            "paragraph": p.paragraph,
            "kind": p.kind,
            "section": LanguageText(p.section, language),
            "_stored_section": p.section,
            "text": LanguageText(p.text, language),
            "_stored_text": p.text,
            "language": language,
            "published": article.published,
            "url": article.url,
            "article_byline": article.byline,  # kept when "": its absence marks a paragraph written before
            "tags": json.dumps(tags, ensure_ascii=False, separators=(",", ":")),
        }
        # Empty values are left out: Whoosh spends time on every field it is handed.
        for name in ("section", "published", "url"):
            if not doc[name]:
                del doc[name]
                doc.pop(f"_stored_{name}", None)
        if p.dates:
            doc["dates"] = ",".join(p.dates)
        for name in ENTITY_TEXT_FIELDS:
            names = getattr(p, name)
            if names:
                # " ; " keeps names apart for phrase queries' positions in the text field.
                doc[name] = " ; ".join(names)
                doc[f"{name}_facet"] = ",".join(n.replace(",", " ") for n in names)
        yield doc


class IndexWriter:
    """Adds, replaces and deletes whole articles in one Whoosh writer; one commit at the end."""

    def __init__(self, writer: Writer, fresh: bool) -> None:
        self._writer = writer
        self._fresh = fresh
        self.words: set[str] = set()  # real words of the paragraphs written

    def put_article(self, article: Article, *, words: bool = True) -> int:
        """Add (or replace) an article's paragraphs; returns how many were written. words=False
        leaves its words out of `words` (an article renamed: the live word list has them)."""
        if not self._fresh:
            self._writer.delete_by_term("article_id", article.id)
        count = 0
        for doc in article_documents(article):
            self._writer.add_document(**doc)
            if words:
                text = doc["text"]  # a LanguageText: words_of analyses it in its language
                assert isinstance(text, str)
                self.words |= words_of(text)
            count += 1
        return count

    def delete_article(self, article_id: str) -> None:
        self._writer.delete_by_term("article_id", article_id)


def stored_article(searcher: Searcher, record: ArticleRecord, article_id: str) -> Article:
    """The article of `record` as the index stores it, under the id `article_id`: its indexed
    paragraphs (text, kind, section, entity tags) from the stored fields, its title, date and
    language from the record, so article_documents gives the documents its build wrote but for
    the id. Renaming an article costs re-indexing these (no reading, segmenting or tagging)."""
    from .search.articles import paragraph

    docs = sorted(searcher.documents(article_id=record.id), key=lambda d: int(d["paragraph"]))
    return Article(
        id=article_id,
        path=record.path,
        content_hash=record.content_hash,
        title=record.title,
        byline=record.byline,
        dateline=record.dateline,
        published=record.published,
        language=record.language,
        paragraphs=[paragraph(d) for d in docs],
        url=record.url,
    )


def read_words(index_dir: Path, manifest: Manifest) -> list[str]:
    """The sorted word list of the manifest's generation ([] if it has none). Checked with the
    other files when the index was opened (open_index)."""
    if not manifest.words_file:
        return []
    try:
        return (index_dir / manifest.words_file).read_text(encoding="utf-8").split("\n")[:-1]
    except FileNotFoundError:
        return []


def _words_file(name: str, generation: int, suffix: str = WORDS_SUFFIX) -> str:
    # "g3.7.words": one a generation, so an update never rewrites the file a reader checks;
    # not of the form "g3_<id>.<ext>", which Whoosh's clean-up takes for a segment's file.
    return f"{name}.{generation}{suffix}"


def read_names(index_dir: Path, manifest: Manifest) -> NameTable | None:
    """The corpus-names table (names.NameTable) the build stored for the manifest's generation,
    or None when the caller must derive it: the index was built before tables were stored, or
    under other naming rules (names.rules_digest), or a build has since replaced the generation
    (its file is gone; the caller's open reader still has the paragraphs to derive it from).

    The bytes read are checked against the size and SHA-256 of the signed manifest (they are
    read after open_index checked the file, so checked again); a file that does not match, or
    is not a names table, raises IndexFormatError: a damaged or crafted file is never used.
    Costs ~5 ms for BBC + Reuters' 420 KB."""
    import hashlib

    from .names import table_from_json

    if not manifest.names_file:
        return None
    entry = manifest.files.get(manifest.names_file)
    if entry is None:
        raise _damaged_manifest(index_dir, index_dir / MANIFEST_NAME)
    try:
        data = (index_dir / manifest.names_file).read_bytes()
    except FileNotFoundError:
        return None

    def names_damaged(how: str) -> IndexFormatError:
        # The rebuild command reads the whole manifest (0.5 s for 21,000 articles): only on error.
        return damaged(f"damaged index at {index_dir}: {manifest.names_file} {how}", index_dir)

    if len(data) != entry[0] or hashlib.sha256(data).hexdigest() != entry[1]:
        raise names_damaged("does not match its checksum (changed or corrupted since the build)")
    try:
        return table_from_json(data)
    except (ValueError, RecursionError):
        raise names_damaged("is not a names table") from None


def _write_names(index_dir: Path, file_name: str, ix: PinnedIndex) -> None:
    """Store the corpus-names table of the generation `ix` is pinned at (its live paragraphs),
    computed as a reader would derive it (search.articles.corpus_names): ~2 s on BBC + Reuters,
    once a build instead of once a reader process."""
    from .names import table_to_json
    from .search.articles import corpus_names

    with ix.searcher() as searcher:
        _replace_file(index_dir / file_name, table_to_json(corpus_names(searcher)))


def _write_words(index_dir: Path, file_name: str, words: set[str] | list[str]) -> None:
    _replace_file(index_dir / file_name, "".join(f"{w}\n" for w in sorted(words)))


def store_missing_names(index_dir: Path, manifest: Manifest) -> bool:
    """Store the corpus-names table of the live generation when the index has none (built
    before tables were stored), or one computed under other rules, or a damaged one: what a
    build with nothing else to write does (the caller holds the build lock; `manifest` is the
    full, live one), so a plain `indexer build` brings an older index up to date without a
    rebuild. The table goes to a new file name and the signed manifest switches to it, so a
    reader of the old manifest never sees a file change under it. Returns whether it wrote;
    OSError when the index cannot be written (a read-only index)."""
    try:
        if read_names(index_dir, manifest) is not None:
            return False
    except IndexFormatError:
        pass  # a damaged table: replaced below
    ix, _ = open_index(index_dir)  # every file checked against the signed manifest first
    try:
        base = f"{manifest.index_name}.{manifest.generation}"
        name, n = f"{base}{NAMES_SUFFIX}", 0
        while name in manifest.files or (index_dir / name).exists():
            n += 1
            name = f"{base}.{n}{NAMES_SUFFIX}"  # "g3.7.1.names": the generation's next table
        _write_names(index_dir, name, ix)
    finally:
        ix.close()
    old = manifest.names_file
    manifest.files = {k: v for k, v in manifest.files.items() if k != old}
    manifest.files[name] = list(trust.file_digest(index_dir / name))
    manifest.names_file = name
    write_manifest(index_dir, manifest)
    if old:
        _remove([index_dir / old])  # a reader that still wants it derives the table instead
    return True


def _check_writable_target(index_dir: Path) -> None:
    if index_dir.exists() and not index_dir.is_dir():
        raise not_a_folder(index_dir)
    if index_dir.is_dir() and not (index_dir / MANIFEST_NAME).is_file() and _has_entries(index_dir):
        raise _foreign_folder(index_dir)


def _os_error(index_dir: Path, exc: OSError) -> IndexerError:
    """A build's failure to write (disk full, read-only, no such parent): what is left is the
    previous index when there was one, else no index at all (never a half-written one), and
    what to do for the common causes."""
    import errno

    left = "the previous index is unchanged" if (index_dir / MANIFEST_NAME).is_file() else "no index was made"
    # What to do, by the cause (the user's next step differs: free space vs another folder).
    todo = {
        errno.ENOSPC: "free some space, or give --index a folder on another disk",
        errno.EDQUOT: "free some space, or give --index a folder on another disk",
        errno.EROFS: "give --index a folder you can write to",
        errno.EACCES: "give --index a folder you can write to",
        errno.EPERM: "give --index a folder you can write to",
    }.get(exc.errno or 0)
    return IndexerError(
        f"cannot write index at {index_dir}: {exc.strerror or exc}: {left}" + (f"; {todo}" if todo else "")
    )


@contextmanager
def build_lock(index_dir: Path, wait: float) -> Iterator[None]:
    """One build at a time per index folder: the kernel lock of lock.py, held for the block
    (IndexLockedError after `wait` seconds). A folder the build would refuse (a file, a
    non-empty folder that is not an index) is refused before anything is created in it or
    beside it. A build that fails in a folder it created leaves no folder behind (it held only
    the lock file: a search of it said "no index at ... (empty folder)")."""
    _check_not_under_a_file(index_dir)
    _check_writable_target(index_dir)
    created = not index_dir.exists()
    try:
        if created:
            index_dir.mkdir(parents=True, exist_ok=True)
        release = acquire_build_lock(index_dir, wait)
    except OSError as exc:
        raise _os_error(index_dir, exc) from None
    try:
        yield
    except BaseException:
        release()
        if created:
            _remove_lock_only_folder(index_dir)
        raise
    release()


def _remove_lock_only_folder(index_dir: Path) -> None:
    """Remove `index_dir` when it holds nothing but the build lock's file (a failed first
    build's); anything else in it, or an error removing it, leaves it as it is."""
    try:
        if [p.name for p in index_dir.iterdir()] == [LOCK_NAME]:
            (index_dir / LOCK_NAME).unlink()
            index_dir.rmdir()
    except OSError:
        pass


def _stray_files(index_dir: Path, keep: set[str] | frozenset[str]) -> list[Path]:
    """Whoosh and temporary files that are not among `keep` (the live generation's files):
    left by a killed or failed build, or the generation a finished build replaced."""
    out = []
    for p in index_dir.iterdir():
        if p.name not in keep and (GENERATION_RE.match(p.name) or MANIFEST_TMP_RE.match(p.name)):
            out.append(p)
    return out


def _remove(paths: list[Path]) -> None:
    for p in paths:
        try:
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink()
        except OSError:
            pass  # best effort: the next build cleans up what is left


def _next_name(index_dir: Path, live: str) -> str:
    used = [int(m.group(1)[1:]) for p in index_dir.iterdir() if (m := GENERATION_RE.match(p.name))]
    if live:
        used.append(int(live[1:]))
    return f"g{max(used, default=0) + 1}"


def _live_manifest(index_dir: Path) -> Manifest | None:
    """The live, verified manifest, or None (none yet, older format, damaged or not ours: a
    fresh build replaces it)."""
    try:
        live = read_manifest(index_dir, records=False)
    except IndexerError:
        return None
    return live if live.index_name and live.files else None


def _generation_files_of(index_dir: Path, ix: PinnedIndex, words_file: str, names_file: str) -> list[str]:
    """The files of the generation `ix` is pinned at: its table of contents, every file of its
    segments (read from the TOC through the restricted unpickler), its word list and names table."""
    names = [ix.toc_filename(), words_file, names_file]
    prefixes = tuple(f"{seg.segment_id()}." for seg in ix.segments())
    if prefixes:
        names += sorted(p.name for p in index_dir.iterdir() if p.name.startswith(prefixes))
    return names


@dataclass
class _Target:
    """The Whoosh generation a build writes: `name` ("g3") opened as `ix` on `storage` with
    `schema`, beside the `live` manifest's generation (None: none, or not usable), whose files
    (`keep`) stay."""

    live: Manifest | None
    keep: frozenset[str]
    name: str
    storage: IndexStorage
    schema: Schema
    ix: PinnedIndex


def writer_pool_mb(procs: int) -> int:
    """Each writer's posting pool, in MB of real memory: WRITER_POOL_MB shared by `procs`
    writer processes (at least 16 each)."""
    return max(16, WRITER_POOL_MB // max(1, procs))


def _open_writer(index_dir: Path, schema: Schema, *, fresh: bool, procs: int) -> tuple[_Target, Writer]:
    """Clean what a failed build left, create the new generation (fresh, or no usable live
    one) or open the live one, and start its Whoosh writer: (target, writer). On any error
    (Ctrl-C included) nothing of this build is left behind."""
    from .index.storage import IndexStorage

    keep: frozenset[str] | None = None
    writer: Writer | None = None
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        trust.load_key(create=True)  # a full disk or a read-only config folder fails here, not after the work
        live = _live_manifest(index_dir)
        if not (index_dir / MANIFEST_NAME).is_file():
            # Mark the folder as ours before any Whoosh file exists, so that a first build that
            # is killed leaves a folder the next build recognises and cleans.
            write_manifest(index_dir, Manifest(index_name=""))
        keep = frozenset(live.files) if live else frozenset()
        _remove(_stray_files(index_dir, keep))
        if fresh or live is None:
            name = _next_name(index_dir, live.index_name if live else "")
            storage = IndexStorage(str(index_dir), keep=keep, generation=0)
            storage.create_generation(schema, name)
        else:
            name = live.index_name
            storage = IndexStorage(str(index_dir), keep=keep, generation=live.generation)
        ix = storage.open_index(name)
        limitmb = writer_pool_mb(procs)
        if procs > 1:
            # Whoosh's multiprocess writer: sub-processes index batches into their own segments
            # (kept as they are: merging them at the end would undo the gain). Measured 1.8x
            # faster on 2 cores for builds without entity tagging (bench/README figures).
            writer = ix.writer(limitmb=limitmb, procs=procs, multisegment=True)
        else:
            writer = ix.writer(limitmb=limitmb)
    except BaseException as exc:
        # Ctrl-C here (a loaded machine takes seconds to start the writer processes) left the
        # new generation's empty TOC and spill folder behind: clean them as a failed build's.
        if writer is not None:
            try:
                writer.cancel()
            except Exception:
                pass
        if keep is not None:
            _remove(_stray_files(index_dir, keep))
        if isinstance(exc, OSError):
            raise _os_error(index_dir, exc) from None
        raise
    return _Target(live, keep, name, storage, schema, ix), writer


def _commit(
    index_dir: Path,
    manifest: Manifest,
    target: _Target,
    writer: Writer,
    words: set[str],
    *,
    merge: bool,
    optimize: bool,
    phase: Callable[[str], None] | None = None,
) -> dict[str, FileEntry]:
    """Write the word list, commit Whoosh's writer, write the corpus-names table, then the
    manifest naming the new generation and its files (the switch). Returns those files with their size and digest.
    `phase` is told of each step as it starts ("writing the index: the corpus-names table"): on
    Reuters' 19,043 files they took ~6 minutes in all, with nothing else said (README "Progress")."""
    from .index.storage import PinnedIndex, reclaiming_merge

    say = phase or (lambda what: None)

    manifest.updated = now_iso()
    manifest.created = manifest.created or manifest.updated
    # The word list before the commit: an update keeps the words of removed paragraphs too,
    # until a rebuild (a typo then expands to a word no paragraph has: harmless).
    live, name = target.live, target.name
    if live is not None and name == live.index_name:
        words = words.union(read_words(index_dir, live))
    words_file = _words_file(name, writer.generation)
    say(f"writing the index: the word list ({len(words):,} words)")
    _write_words(index_dir, words_file, words)
    # Segments mostly of deleted paragraphs (updated, renamed or removed articles) are reclaimed.
    say("writing the index: sorting and writing the postings (every word of every paragraph)")
    mergetype = partial(reclaiming_merge, merging=say) if merge and not optimize else None
    writer.commit(mergetype=mergetype, merge=merge, optimize=optimize)
    new_ix = PinnedIndex(target.storage, target.schema, name, writer.generation)
    names_file = _words_file(name, writer.generation, NAMES_SUFFIX)
    say("writing the index: the corpus-names table (the entity names and their variants)")
    _write_names(index_dir, names_file, new_ix)
    old_files = live.files if live else {}
    files: dict[str, FileEntry] = {}
    generation_files = _generation_files_of(index_dir, new_ix, words_file, names_file)
    new_files = len(set(generation_files) - set(old_files))
    say(f"writing the index: checksums of {new_files:,} new file{'' if new_files == 1 else 's'}")
    for file_name in generation_files:
        # A segment's files are written once; the TOC, word list and names are new each generation.
        known = old_files.get(file_name)
        files[file_name] = known if known else list(trust.file_digest(index_dir / file_name))
    manifest.index_name, manifest.generation = name, writer.generation
    manifest.files, manifest.words_file, manifest.names_file = files, words_file, names_file
    write_manifest(index_dir, manifest)  # the switch: from here on readers open this generation
    return files


@contextmanager
def write_index(
    index_dir: Path,
    manifest: Manifest,
    *,
    fresh: bool,
    procs: int = 1,
    merge: bool = True,
    optimize: bool = False,
    phase: Callable[[str], None] | None = None,
) -> Iterator[IndexWriter]:
    """A writer over the index; commits on success, leaves the live index untouched on error.

    The caller holds build_lock. fresh=True writes a new Whoosh generation beside the live one;
    otherwise Whoosh writes new segments and a new table of contents of the live one beside
    the files in use (none of which it may delete meanwhile). Either way the signed manifest
    naming the new files is the switch: a reader sees the old index or the new one, a killed or
    failed build leaves the old, and whatever it wrote is removed by the next build.
    procs: Whoosh writer processes (their posting pools share WRITER_POOL_MB).
    merge/optimize: Whoosh's commit options (tests and maintenance). phase: told of each step
    of the commit as it starts (_commit).
    """
    _check_writable_target(index_dir)
    target, writer = _open_writer(index_dir, build_schema(), fresh=fresh, procs=procs)
    try:
        index_writer = IndexWriter(writer, fresh or target.live is None)
        yield index_writer
        files = _commit(
            index_dir, manifest, target, writer, index_writer.words, merge=merge, optimize=optimize, phase=phase
        )
    except BaseException as exc:
        try:
            writer.cancel()  # a multiprocess writer also stops its workers (CheckedMpWriter.cancel)
        except Exception:
            pass
        target.ix.close()
        _remove(_stray_files(index_dir, target.keep))  # what this build wrote; the live files stay
        if isinstance(exc, OSError):
            raise _os_error(index_dir, exc) from None
        raise
    target.ix.close()
    _remove(_stray_files(index_dir, frozenset(files)))  # the replaced generation's files


def trust_index(index_dir: Path, wait: float = 5.0) -> Manifest:
    """Sign an index that this user has decided to accept (built by someone else, or before a
    key change) with this user's key. Checks first that the manifest and every file match the
    checksums its builder recorded (so what is signed is what was received, complete), and
    reads its segment list through the restricted unpickler. Trusting means accepting that the
    index's pickles run with the user's rights: README "Index safety"."""
    # A missing folder, or one that is not an index, is refused before the lock creates anything.
    if not read_manifest(index_dir, records=False, trusted=False).index_name:
        raise no_build_yet(index_dir)
    with build_lock(index_dir, wait):
        manifest = read_manifest(index_dir, trusted=False)
        if not manifest.index_name:
            raise no_build_yet(index_dir, lock_held=True)
        try:
            verify_files(index_dir, manifest)
        except _Missing as exc:
            raise damaged(
                f"damaged index at {index_dir}: {exc} is missing", index_dir, "rebuild it from its sources with {0}"
            ) from None
        from .index.storage import IndexStorage

        try:
            storage = IndexStorage(str(index_dir), generation=manifest.generation)
            for segment in storage.open_index(manifest.index_name).segments():
                if segment.is_compound():  # its directory is a pickle too
                    segment.open_compound_file(storage).close()
        except Exception as exc:
            raise IndexFormatError(
                f"not trusted: the index at {index_dir} holds what no index of this tool "
                f"holds ({type(exc).__name__}: {exc}): rebuild it from its sources"
            ) from None
        try:
            write_manifest(index_dir, manifest)
        except OSError as exc:
            raise IndexerError(
                f"cannot sign the index at {index_dir}: {exc.strerror or exc}: copy the folder to one you can "
                "write to and trust the copy (this index is unchanged)"
            ) from None
    return manifest
