"""read -> segment -> tag -> index: the build and parse jobs, as library calls the CLI wraps."""

from __future__ import annotations

import os
import re
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import TypeVar

from . import htmlthread, sites, sniff, sources
from .errors import (
    Advice,
    Command,
    IndexerError,
    IndexNotFoundError,
    IndexVersionError,
    Placeholder,
    SourceError,
    UnreadableFilesError,
    literal,
    shell_word,
)
from .models import Article
from .index.manifest import (
    is_article,
    read_skips_said,
    reader_version,
    rebuild,
    recorded_files,
    recorded_ids,
    recorded_sources,
    write_skips_said,
)
from .segment import SITE_MIN_PAGES, SourceRepeats, page_lines, segment
from .sources import SourceRef
from .schema import INDEX_FORMAT_VERSION, ROOT_NAME_FORMAT, URL_FORMAT
from .store import (
    ArticleRecord,
    IndexWriter,
    Manifest,
    build_lock,
    open_searcher,
    read_manifest,
    store_missing_names,
    stored_article,
    recorded_articles,
    recorded_roots,
    resolve_index_dir,
    segments_without_postings_arrays,
    write_index,
    write_manifest,
)

ProgressFn = Callable[[int, int, int], None]  # (articles done, articles to do, paragraphs)
# What the build is doing once its files are read, as a line says it ("writing the index: the
# corpus-names table"): the steps of the commit that run minutes on a large corpus (store.PhaseFn).
PhaseFn = Callable[[str], None]
R = TypeVar("R")
# What `build` and `parse` take as PATHS: files, folders and globs, or one of them alone.
Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


@dataclass
class Skipped:
    path: str
    reason: str
    said_before: bool = False  # skipped for this reason by the last build, which said so


@dataclass
class BuildSummary:
    index_dir: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    renamed: int = 0  # unchanged articles whose id changed: re-indexed from the index, not re-read
    removed: int = 0
    paragraphs: int = 0  # indexed paragraphs written by this build
    total_articles: int = 0
    total_paragraphs: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    # Files of folders and globs passed over for their type alone (sources.is_other_file), as
    # shown, in the order found: counted by extension in the CLI's summary, listed with -v.
    others: list[str] = field(default_factory=list)
    # PATHS arguments that could not be read, each its one-line error (build's keep_going), and
    # what each is, in the same order (sources.unread_kind: "file", "folder", "pattern", "missing")
    errors: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the user should know, not a fault
    seconds: float = 0.0


def parse_ref(ref: SourceRef, data: bytes | None = None, repeats: SourceRepeats | None = None) -> Article:
    """Read and segment one file (no entities); `repeats`: the blocks repeated across the pages
    of its source (sites.py), which are chrome on it."""
    doc = sources.read_document(ref, data)
    # The article carries the reader's warnings (once), each naming the file as the user typed
    # it (doc.where), as the tagger's do (article.where, carried to its processes).
    article = segment(doc, repeats)
    article.url = doc.meta.get("url", "")
    if posters := doc.meta.get(htmlthread.POSTERS_META):  # an HTML thread's replies are their posters'
        htmlthread.credit_posters(article.paragraphs, posters)
    _compose(article)
    article.language = article_language(article)
    return article


def _compose(article: Article) -> None:
    """Text saved decomposed (NFD: "Zu" + U+0308 + "rich", as macOS and some scrapers write it)
    made canonical (NFC): the same text to a reader, one form to the entity tagger and to
    everything that compares names; stored and shown as composed."""
    import unicodedata

    def nfc(text: str) -> str:
        return text if text.isascii() else unicodedata.normalize("NFC", text)

    article.title = nfc(article.title)
    for p in article.paragraphs:
        p.text, p.section, p.turn = nfc(p.text), nfc(p.section), nfc(p.turn)


LANGUAGE_SAMPLE = 600  # characters: langid is reliable on a paragraph (and walks it byte by byte: ~0.6 ms)


# Of each paragraph, at most this many characters go into the sample: a quotation or an embedded
# post in another language ("#Instagram is working on Video Notes ..." in a German story) fills
# no sample alone (a new user's try: onlinemarketing.de's story was English, its tags junk).
LANGUAGE_PART = 200


def language_sample(article: Article) -> str:
    """The text an article's language is told from: its first indexed paragraph (the title,
    usually), then its lead and body paragraphs, LANGUAGE_PART characters of each at most, up to
    LANGUAGE_SAMPLE characters."""
    sample, size = [], 0
    for p in article.indexed_paragraphs:
        if p.kind in ("body", "lead") or size == 0:
            sample.append(p.text[:LANGUAGE_PART])
            size += len(sample[-1])
            if size >= LANGUAGE_SAMPLE:
                break
    return " ".join(sample)[:LANGUAGE_SAMPLE]


def article_language(article: Article) -> str:
    """The ISO 639-1 code of an article's indexed text ("und" when too short or unsure):
    language.detect_code on its first paragraphs (py3langid, or "en" at once for prose whose
    stop words are plainly English)."""
    from .language import UNDETERMINED, detect, detect_code

    code = detect_code(language_sample(article), sample_chars=LANGUAGE_SAMPLE)
    if code == UNDETERMINED:
        # Told again from the words alone: figures, tickers and capitals are no language, yet
        # they weigh in langid's byte n-grams. Reuters earnings tables ("CONCEPT INC <CCPT> 2ND
        # QTR FEB 28 NET Shr 11 cts vs five cts Net 656,000 ...") were undetermined in 1,878 of
        # 19,043 articles, 628 after this (those left are all figures and abbreviations:
        # "shr cts vs cts net mln vs mln"); BBC has none either way.
        words = NOT_A_WORD_RE.sub(" ", " ".join(p.text for p in article.indexed_paragraphs)).lower().split()
        code = detect(" ".join(words)[:LANGUAGE_SAMPLE]).code
    return code


# What is no evidence of a language: digits, punctuation and symbols (and `_`).
NOT_A_WORD_RE = re.compile(r"[\W\d_]+")


def tag(articles: Iterable[Article], entities: bool, workers: int = 0) -> Iterator[Article]:
    """Entity-tag articles in order: in this process, or in `workers` processes while this one
    goes on reading and writing."""
    if not entities:
        return iter(articles)
    if workers > 0:
        from .parallel import tag_in_processes

        return tag_in_processes(articles, workers)
    from .entities import tag_articles  # lazy: spaCy costs about a second to import

    return tag_articles(articles)


def path_list(paths: Paths, operation: str, verb: str) -> list[str]:
    """The paths a `build` or `parse` call was given, as a list of str: a lone str or Path is
    one path (iterating it gave one "path" per character: "no such file or folder: s"). Raises
    SourceError for no path at all, advising `operation` with PATHS (what to `verb`)."""
    found = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else [os.fspath(p) for p in paths]
    if not found:
        raise SourceError(
            "no PATHS given",
            f"name the files or folders to {verb}: {{0}}",
            (Command(operation, (Placeholder("PATHS"),)),),
        )
    return found


def trust_index(index: str | os.PathLike[str], *, wait: float = 5.0) -> None:
    """Accept an index someone else built (`indexer trust DIR`): check its files against the
    checksums its builder recorded and sign it with this user's key, so it opens. Its pickles
    then run with the user's rights: trust only an index from a source whose programs you would
    run (README "Index safety"). `wait`: seconds to wait for a build's lock. Raises
    IndexNotFoundError, IndexFormatError (damaged or changed files), IndexLockedError."""
    from .store import trust_index as sign_index

    sign_index(resolve_index_dir(os.fspath(index)), wait)


def parse_paths(
    paths: Paths,
    *,
    entities: bool = True,
    on_error: Callable[[SourceRef, SourceError], None] | None = None,
    workers: int | None = None,
    encoding: str = "",
    others: list[str] | None = None,
    follow_links: bool = False,
    skipped: list[tuple[str, str]] | None = None,
) -> Iterator[Article]:
    """Every article under PATHS as the indexer sees it, in the order of the files found;
    nothing is written. `others` gets the files passed over for their type, and `skipped` the
    symbolic links leading out of the folders given that were not followed (`follow_links`
    follows them), as (path, reason) (sources.find_sources).

    A file that cannot be read raises SourceError, unless on_error is given: then it is reported
    there (in the files' order) and skipped, so one bad page does not stop a folder. So is a
    path that names no file to read (missing, a folder or glob of no article, a file of an
    unsupported type: as `build` goes on past it, and grep), reported before any file is read,
    its ref sources.given_ref (the path as typed). No paths at all raise SourceError (the CLI
    refuses `indexer parse` without FILES); a lone str or Path is one path. `workers`: processes that read and segment the files (0: this process; None: 2
    from PARSE_PARALLEL_MIN_FILES files on, on a machine with 2 cores or more); the articles and
    the errors are the same and in the same order whatever the number. `encoding`: a Python
    codec for files neither in UTF-8 nor declaring their charset, instead of a guess.

    Two passes, as a build makes them (sites.py): the pages given are first read for their short
    blocks, and a block on SITE_MIN_PAGES pages and half of the pages of its folder among them is
    chrome on each (`segment.source_repeats`), so `indexer parse DIR` shows what `indexer build
    DIR` indexes; a page parsed alone, or with fewer than SITE_MIN_PAGES of its folder, is read once.
    """
    bad: list[SourceError] | None = None if on_error is None else []
    refs = sources.find_sources(
        path_list(paths, "parse", "read"),
        encoding=encoding,
        bad_named=bad,
        others=others,
        follow_links=follow_links,
        skipped=skipped,
    )
    for exc in bad or []:
        assert on_error is not None  # for mypy: bad is a list only with on_error
        on_error(sources.given_ref(exc.path), exc)
    return tag(_read_parsed(refs, parse_workers(workers, len(refs)), on_error), entities)


def _read_parsed(
    refs: list[SourceRef], n_workers: int, on_error: Callable[[SourceRef, SourceError], None] | None
) -> Iterator[Article]:
    """`parse_paths`' articles of `refs`, read and segmented in `n_workers` processes (0: this
    one), in the refs' order; a file that cannot be read goes to `on_error`, or raises."""
    method = "spawn"
    if n_workers > 0:
        from .parallel import fork_is_safe

        if fork_is_safe():  # the workers inherit the models loaded here: no start-up of their own
            _load_parse_models()
            method = "fork"
    items = list(zip(refs, _parse_repeats(refs, n_workers, method), strict=True))
    if n_workers > 0:
        from .parallel import map_in_processes

        done: Iterable[Article | SourceError] = map_in_processes(
            _parse_files, items, n_workers, PARSE_CHUNK_FILES, _init_parser, method
        )
    else:
        done = (_parse_or_error(ref, repeats) for ref, repeats in items)
    for ref, result in zip(refs, done, strict=True):
        if isinstance(result, SourceError):
            if on_error is None:
                raise result
            on_error(ref, result)
        else:
            yield result


# From this many files on, `parse` reads them in 2 processes (when the machine has 2 cores):
# a process's start-up (imports, the block model and langid's) is ~1 s of CPU, ~25 pages' worth.
PARSE_PARALLEL_MIN_FILES = 40
# Files a parsing process is given at a time: a page takes ~40 ms, so a chunk is a fraction of
# a second, the processes stay even to the last chunk and the first lines print at once.
PARSE_CHUNK_FILES = 8
# Files a first-pass process is given at a time (sites.py): a page's blocks take ~1-2 ms to cut.
PARSE_DIGEST_CHUNK_FILES = 32


def parse_workers(workers: int | None, n_files: int) -> int:
    """The processes `parse_paths` reads `n_files` files in: `workers` when given (0: none, in
    this process), else 2 (or the cores, if fewer) from PARSE_PARALLEL_MIN_FILES files on."""
    if workers is not None:
        return max(0, workers)
    cores = os.cpu_count() or 1
    return min(2, cores) if cores > 1 and n_files >= PARSE_PARALLEL_MIN_FILES else 0


def _parse_or_error(ref: SourceRef, repeats: SourceRepeats | None = None) -> Article | SourceError:
    try:
        return parse_ref(ref, None, repeats)
    except SourceError as exc:
        return exc


def _parse_files(items: list[tuple[SourceRef, SourceRepeats | None]]) -> list[Article | SourceError]:
    """A parsing process's chunk: each file's Article (segmented with its source's repeated
    blocks) or the SourceError it raised, in order."""
    return [_parse_or_error(ref, repeats) for ref, repeats in items]


def _look_or_none(ref: SourceRef) -> bytes | None:
    """A file's line keys (segment.page_lines), None when it is no plain-text page or cannot be
    read (the second pass reports why)."""
    try:
        doc = sources.read_text_document(ref)
    except SourceError:
        return None
    return None if doc is None else page_lines(doc.text)


def _look_files(refs: list[SourceRef]) -> list[bytes | None]:
    """A process's chunk of the first look: each file's line keys or None."""
    return [_look_or_none(ref) for ref in refs]


def _digest_or_none(ref: SourceRef) -> str | None:
    """A file's packed block digests (sites.text_digests), None when it cannot be read."""
    try:
        return sites.text_digests(sources.read_text_document(ref))
    except SourceError:
        return None


def _digest_files(refs: list[SourceRef]) -> list[str | None]:
    """A process's chunk of the first pass: each file's packed digests or None."""
    return [_digest_or_none(ref) for ref in refs]


def _parse_repeats(refs: list[SourceRef], n_workers: int, method: str) -> list[SourceRepeats | None]:
    """The first pass of `parse_paths`: for each of `refs`, the repeated blocks of its folder's
    pages among `refs` that are on it (sites.for_page), or None. A first look reads each page's
    lines (segment.page_lines); only the pages holding a line on enough of their folder's pages
    have their blocks cut (sites.to_cut): the same repeats as cutting every page, at a fraction
    of the cost. Folders of fewer than SITE_MIN_PAGES files are not read. In `n_workers`
    processes when given, as the second pass."""
    source = {ref.path: sites.source_of(sources.shown(ref.path)) for ref in refs}
    folders = Counter(source.values())
    todo = [ref for ref in refs if folders[source[ref.path]] >= SITE_MIN_PAGES]
    if not todo:
        return [None] * len(refs)
    looks = list(_in_processes(_look_files, _look_or_none, todo, n_workers, method))
    cut, totals = sites.to_cut([(sources.shown(ref.path), lines) for ref, lines in zip(todo, looks, strict=True)])
    del looks
    cut_refs = [todo[i] for i in cut]
    packed = dict(
        zip((r.path for r in cut_refs), _in_processes(_digest_files, _digest_or_none, cut_refs, n_workers, method))
    )
    repeats = sites.repeats_by_source(((sources.shown(path), p) for path, p in packed.items()), totals)
    return [sites.for_page(repeats.get(source[ref.path]), packed.get(ref.path) or "") for ref in refs]


def _in_processes(
    work: Callable[[list[SourceRef]], list[R]],
    one: Callable[[SourceRef], R],
    refs: list[SourceRef],
    n_workers: int,
    method: str,
) -> Iterable[R]:
    """`one` over `refs` in this process, or `work` over chunks of them in `n_workers` processes."""
    if n_workers <= 0 or not refs:
        return map(one, refs)
    from .parallel import map_in_processes

    return map_in_processes(work, refs, n_workers, PARSE_DIGEST_CHUNK_FILES, _init_digester, method)


def _init_digester() -> None:
    """A first-pass process's start: the workers' common set-up (no model: it only splits)."""
    from .parallel import init_process

    init_process()


def _init_parser() -> None:
    """A parsing process's start: the workers' common set-up, then the models (a spawned
    process loads them now, not at its first page; a forked one has them already)."""
    from .parallel import init_process

    init_process()
    _load_parse_models()


def _load_parse_models() -> None:
    """The block model (its trees' numpy arrays too), langid's model and the English stop list
    (jusText's), loaded once a process: before forking the parse workers, once for both."""
    from .blocks import default_model
    from .language import _identifier, stop_words

    model = default_model()
    if model is not None:
        model._flat()
        if model.stage2 is not None:
            model.stage2._flat()
    _identifier()
    stop_words("en")


def _load_or_new_manifest(index_dir: Path, rebuild: bool, summary: BuildSummary) -> tuple[Manifest, bool]:
    """The manifest to update and whether the build starts from an empty index."""
    if rebuild:
        return Manifest(), True
    try:
        manifest = read_manifest(index_dir)
        if not manifest.index_name:  # the first build never finished: start over
            return Manifest(), True
        # A damaged index is refused here (with a --rebuild hint) rather than updated, or
        # worse, left damaged by a build that found nothing to do.
        ix, _, searcher = open_searcher(index_dir)
        searcher.close()
        ix.close()
        return manifest, False
    except IndexNotFoundError:
        return Manifest(), True
    except IndexVersionError as exc:
        # Our own index from an older version: its analyzers differ, so every article is redone.
        summary.warnings.append(f"{exc.message}; rebuilding it now")
        return Manifest(), True


def _decoded_again(ref: SourceRef, data: bytes) -> bool:
    """Whether a file is read again for the encoding the user named (`--encoding`): bytes that
    are neither UTF-8 nor marked UTF-16, which the last build may have decoded by a guess."""
    return bool(ref.encoding) and not sources.is_unicode(data)


def _changed(
    refs: list[SourceRef],
    old: dict[str, ArticleRecord],
    fresh: bool,
    summary: BuildSummary,
    refreshed: list[str],
    options: _WriteOptions,
    removed: list[str],
) -> Iterator[tuple[SourceRef, bytes, os.stat_result]]:
    """Files whose content differs from the manifest, streamed; unchanged ones are only counted.

    A file whose size and mtime match its record is not even read (a no-change rebuild of a
    20,000-file corpus is a stat per file); one whose content matches has its record's times
    refreshed and its id added to `refreshed`. An unchanged file recorded under another id (an
    index built when ids were relative to the common parent of the roots, or a root whose
    prefix grew) goes to options.renames as (ref, its record), to be renamed, not re-read. So
    does a new file with the content of a recorded file now gone (options.moves: `mv y/news
    y/renamed`, then `build y/renamed`), and the moved folder's files gone since go to `removed`.
    With --encoding (SourceRef.encoding) a file that needs it (not UTF-8) is read again even
    when unchanged: the encoding was asked for those files, most often to mend a wrong guess.
    """
    by_path = {} if fresh else _records_by_path(old)
    renames, moves = options.renames, options.moves
    moves.start(old, refs, options.prune)
    for ref in refs:
        rec = None if fresh else old.get(ref.id)
        mine = by_path.get(sources.shown(ref.path))
        renamed = mine is not None and mine.id != ref.id and (rec is None or rec.path != mine.path)
        rec = mine if renamed else rec
        try:
            st = ref.path.stat()
            again = rec is not None and not renamed and _recorded_empty(rec, st) and _blank_page(ref)
            data = None if rec and _same_stat(rec, ref, st) and not (ref.encoding or again) else sources.read_bytes(ref)
        except OSError as exc:
            _skip_or_raise(ref, sources.os_error(ref.path, exc, ref.where), options, summary)
            continue
        except SourceError as exc:
            _skip_or_raise(ref, exc, options, summary)
            continue
        if again and rec is not None:
            options.emptied[ref.id] = rec.id  # its record goes if the file is refused now (_parsed)
        if data is not None and (
            again or rec is None or rec.content_hash != sources.content_hash(data) or _decoded_again(ref, data)
        ):
            moved = None if fresh or rec is not None else moves.claim(sources.content_hash(data), ref)
            if moved is None:
                yield ref, data, st
                continue
            rec, renamed = moved, True
        assert rec is not None
        if data is not None or rec.source != ref.given:  # PATHS other than last time: rebuild hints name these
            _found_at(rec, ref, st)
            refreshed.append(ref.id)
        if renamed:
            renames.append((ref, rec))
        elif is_article(rec):
            summary.unchanged += 1
        else:
            summary.skipped.append(no_text_skip(ref.where))
    removed.extend(moves.deleted_since(removed))


def _found_at(rec: ArticleRecord, ref: SourceRef, st: os.stat_result) -> None:
    """`rec` updated to its file as found now (`ref`, `st`): path, times, PATHS and the folder it
    is under now too, so that a build of that folder prunes it when it is deleted (an archive
    moved: `y/news`, no longer `x/news`)."""
    rec.path, rec.size, rec.mtime_ns = sources.shown(ref.path), st.st_size, st.st_mtime_ns
    rec.source, rec.root = ref.given, sources.shown(ref.root)


class _Moves:
    """The records of files that are gone, by content hash, for the build to tell a moved file
    from a new one: a file whose content a gone file had is that article moved, not another."""

    def __init__(self) -> None:
        self._old: dict[str, ArticleRecord] = {}
        self._refs: list[SourceRef] = []
        self._prune = True
        self._found: set[str] | None = None  # the paths of `_refs`, made once when first asked
        self._gone: dict[str, list[ArticleRecord]] | None = None  # built at the first new file
        self.folders: dict[str, str] = {}  # a moved folder's old path -> its new one
        self.claimed: set[str] = set()  # the ids of the records claimed

    def start(self, old: dict[str, ArticleRecord], refs: list[SourceRef], prune: bool = True) -> None:
        """The records of the index (`old`) and the files found under PATHS (`refs`); without
        `prune` (--no-prune), a moved folder's files deleted since stay (deleted_since)."""
        self._old, self._refs, self._prune, self._found = old, refs, prune, None

    def _found_paths(self) -> set[str]:
        """The paths of the files found under PATHS, as records hold them (sources.shown)."""
        if self._found is None:
            self._found = {sources.shown(r.path) for r in self._refs}
        return self._found

    def claim(self, content_hash: str, ref: SourceRef) -> ArticleRecord | None:
        """The record of a gone file holding `content_hash` (the first by id), now `ref`'s, or
        None. A file found under PATHS is not gone: each record is claimed once."""
        if self._gone is None:
            found = self._found_paths()
            self._gone = {}
            for aid in sorted(self._old):
                rec = self._old[aid]
                if rec.content_hash and rec.path not in found and not os.path.lexists(rec.path):
                    self._gone.setdefault(rec.content_hash, []).append(rec)
        recs = self._gone.get(content_hash)
        if not recs:
            return None
        rec = recs.pop(0)
        self.claimed.add(rec.id)
        old_dir, new_dir = _moved_folder(rec.path, sources.shown(ref.path))
        if old_dir and not os.path.lexists(old_dir):
            self.folders.setdefault(old_dir, new_dir)
        return rec

    def deleted_since(self, removed: list[str]) -> list[str]:
        """The ids of the files of a moved folder that are gone from it where it is now: its old
        path gone too, and the new one a folder this build scanned whole (a folder given or
        under one), so that a file missing there was deleted, not left unread (not with
        --no-prune). Also, with or without --no-prune, those present there but changed since the
        move (no content claimed them): their files are indexed anew under the new path, so the
        old record would be the same article twice."""
        if not self.folders:
            return []
        scanned = _scanned_folders(self._refs)
        found = self._found_paths()
        skip = set(removed) | self.claimed | {r.id for r in self._refs}
        out = []
        for aid in sorted(self._old):
            rec = self._old[aid]
            if aid in skip or os.path.lexists(rec.path):
                continue
            for old_dir, new_dir in self.folders.items():
                if rec.path.startswith(old_dir + "/"):
                    now = new_dir + rec.path[len(old_dir) :]
                    if now.startswith(scanned) and (now in found or self._prune):
                        out.append(aid)
                    break
        return out


def _moved_folder(old: str, new: str) -> tuple[str, str]:
    """The folder a file moved with, before and after: the paths less their common tail of
    folders and name (`/a/y/news/x.txt`, `/a/y/renamed/x.txt` -> `/a/y/news`, `/a/y/renamed`);
    ("", "") when the file's name changed too (no folder is known to have moved)."""
    a, b = old.split("/"), new.split("/")
    if a[-1] != b[-1]:
        return "", ""
    while len(a) > 1 and len(b) > 1 and a[-1] == b[-1]:
        a.pop()
        b.pop()
    return "/".join(a), "/".join(b)


def _scanned_folders(refs: list[SourceRef]) -> tuple[str, ...]:
    """The folders given as PATHS, scanned whole (their SourceRef.given is their root), each
    with a trailing "/"."""
    return tuple(
        sorted({r.given.rstrip("/") + "/" for r in refs if not r.explicit and r.given == sources.shown(r.root)})
    )


# An earlier version recorded an empty saved page as an article of no blocks; it is an empty file
# now (sources._check_not_empty), skipped by a new build, so such a record of a small file is
# read again whether or not the file changed, and goes when the file is refused (trial: an old
# index kept the empty page, unchanged, where a new one skips it).
EMPTY_RECHECK_BYTES = 1024


def _recorded_empty(rec: ArticleRecord, st: os.stat_result) -> bool:
    """Whether `rec` records a file of no text (no blocks, no paragraphs) that is small enough
    (EMPTY_RECHECK_BYTES) to be empty: its bytes are read at every build (`_blank_page`)."""
    return not rec.blocks and not rec.paragraphs and st.st_size <= EMPTY_RECHECK_BYTES


def _blank_page(ref: SourceRef) -> bool:
    """Whether a small file's bytes, unpacked when gzipped, are only white space
    (`sources.is_blank`): an empty page, parsed again to be refused as an empty file, where a
    page of no article text (a menu) is left unparsed while unchanged."""
    data = sources.read_bytes(ref)
    if data.startswith(sniff.GZIP_MAGIC):
        try:
            data = zlib.decompressobj(wbits=31).decompress(data, EMPTY_RECHECK_BYTES + 1)
        except zlib.error:
            return False
    return sources.is_blank(data)


def _same_stat(rec: ArticleRecord, ref: SourceRef, st: os.stat_result) -> bool:
    """Whether a file is the one its record names, untouched since (path, size and mtime)."""
    return rec.path == sources.shown(ref.path) and (rec.size, rec.mtime_ns) == (st.st_size, st.st_mtime_ns)


def _records_by_path(old: dict[str, ArticleRecord]) -> dict[str, ArticleRecord]:
    """The records by the path of their file (the smallest id when two name one file): where a
    file found under a new id was recorded before."""
    by_path: dict[str, ArticleRecord] = {}
    for aid in sorted(old):
        by_path.setdefault(old[aid].path, old[aid])
    return by_path


def build(
    paths: Paths,
    index: str | None = None,
    *,
    rebuild: bool = False,
    entities: bool = True,
    prune: bool = True,
    strict: bool = False,
    wait: float = 5.0,
    workers: int | None = None,
    progress: ProgressFn | None = None,
    phase: PhaseFn | None = None,
    reading: ProgressFn | None = None,
    follow_links: bool = False,
    cancelled: Callable[[], bool] | None = None,
    paths_given: bool = True,
    encoding: str = "",
    skips_shown: bool = True,
    keep_going: bool = False,
) -> BuildSummary:
    """Index the articles under PATHS, re-reading only those whose content changed.

    A file named that cannot be read raises SourceError before anything is written (with `keep_going`, not `strict`
    nor `rebuild`, which would drop a mistyped folder's articles: in `summary.errors`); files found in folders or globs
    are skipped and listed; strict=True makes each (and a PDF found) an error, all raised at once after reading on, as
    UnreadableFilesError (a SourceError; `errors`, `paths`: every one), nothing written. Tagging uses `workers`
    processes. `progress`: told of articles done, `reading`: of the first pass's files (sites.py), `phase`: of later
    steps; `cancelled` (a signal handler's flag), polled after each article: True raises KeyboardInterrupt.

    Articles leave the index only when asked: those gone from the folders built (prune), or all not under PATHS with
    rebuild=True (counted in `removed`). Refused (SourceError): files found but none read, no PATHS, rebuild=True
    with paths_given=False (PATHS defaulted to source/) on an index built from other folders, an older-version index
    whose folders PATHS do not all cover; (IndexerError) an index of the other `entities`. `skips_shown`: --quiet.
    """
    start = time.perf_counter()
    path_strs = path_list(paths, "build", "index")
    index_dir = resolve_index_dir(index)
    default = None if paths_given else _default_paths(path_strs, index_dir, rebuild)
    refs, summary, refused = _sources(path_strs, follow_links, index_dir, encoding, strict, keep_going and not rebuild)
    summary.notes.extend([default] if default else [])
    with build_lock(index_dir, wait):
        recorded, fresh, before, refs = _starting_point(index_dir, refs, summary, rebuild, paths_given, entities)
        old = recorded.articles
        manifest = replace(recorded, articles={} if fresh else dict(old), entities=entities, reader=reader_version())
        removed = _to_remove(refs, {} if fresh else old, manifest.articles, prune, index_dir)
        refreshed: list[str] = []
        options = _WriteOptions(entities, workers, strict, progress, cancelled, len(summary.skipped), prune, phase)
        options.reading, options.total, options.refused = reading, len(refs), refused
        options.folders = {aid: sites.source_of(rec.path) for aid, rec in manifest.articles.items()}
        # The first pass (sites.py), before the writer opens (see _digested); then renames and removed are whole.
        changed = _digested(_changed(refs, old, fresh, summary, refreshed, options, removed), summary, options, removed)
        todo = _site_plan(manifest, list(changed), refs, removed, refreshed, options, summary)
        _refuse_none_read(fresh and not todo and bool(refs) and not options.renames, path_strs, summary)
        if not todo and not removed and not options.renames and not fresh:
            _update_without_writing(index_dir, manifest, refreshed, summary)
            return _finish(summary, manifest, start, fresh, skips_shown)
        stats = _parsed(todo, summary, options, removed)
        _write(index_dir, manifest, fresh, stats, removed, len(refs), options, summary)
        _after_write(index_dir, manifest, fresh, before, summary)
        return _finish(summary, manifest, start, fresh, skips_shown)


def _refuse_none_read(nothing: bool, paths: list[str], summary: BuildSummary) -> None:
    """Raise SourceError (`_none_read`) when a build would write an index of `nothing` (a new
    one, no article to write, none renamed) though it found files, each of them skipped."""
    if nothing and summary.skipped:
        raise SourceError(_none_read(paths, summary.skipped))


def _none_read(paths: list[str], skipped: list[Skipped]) -> str:
    """The error of a build that found files but read no article from any: "no articles in bad:
    found 3 files, none readable: 2 binary files (bad/nul.html, bad/rand.txt), 1 empty file
    (bad/empty.txt)", at most 3 named a kind. Its index was not written (README: a folder with
    files but no article is an error)."""
    kinds: dict[str, list[str]] = {}
    for s in skipped:
        kinds.setdefault(s.reason.split(":", 1)[0], []).append(s.path)
    parts = []
    for kind, where in sorted(kinds.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        named = ", ".join(where[:3]) + (f" and {len(where) - 3:,} more" if len(where) > 3 else "")
        parts.append(f"{len(where):,} {kind}{'s' if len(where) > 1 and kind.endswith('file') else ''} ({named})")
    return f"no articles in {' '.join(paths)}: found {_count(len(skipped), 'file')}, none readable: {', '.join(parts)}"


def _after_write(
    index_dir: Path, manifest: Manifest, fresh: bool, before: Iterable[str], summary: BuildSummary
) -> None:
    """The summary told of old segments left to merge (an update), or of the articles a new
    generation dropped: what the old one held (`before`, its ids) and this build did not write."""
    if not fresh:
        _note_old_segments(index_dir, summary)
    else:
        summary.removed += len(set(before) - set(manifest.articles))


def _reread_pages(old: dict[str, ArticleRecord], refs: list[SourceRef], version: int, summary: BuildSummary) -> None:
    """An index of a format before URL_FORMAT kept no page addresses: its HTML articles' records
    in `old` are marked as changed (no content hash, no modification time), so that a build
    reads them again, as it does an edited file, and records the address each page gives
    (pageurl.page_address); a note says how many of those under PATHS this build reads. A plain-text
    article has none to record, so it is left as it is. Those not under PATHS stay marked for
    the build that names their folder. A page is told by what the file holds, as the build
    reads it (sources.holds_html: a `.txt` holding a saved page is one), by its name only when
    the file is gone."""
    by_path = {sources.shown(ref.path): ref for ref in refs}
    pages = {rec.path for rec in old.values() if _holds_html(rec, by_path.get(rec.path))}
    if n := _mark_read_again(old, refs, pages):
        summary.notes.append(
            f"this index (format {version}) kept no page addresses: {_count(n, 'HTML article')} read again to "
            'record the address each page gives (README "Scripts and JSON")'
        )


def _reread_all(old: dict[str, ArticleRecord], refs: list[SourceRef], summary: BuildSummary) -> None:
    """An index whose articles other code read (Manifest.reader is not this package's
    reader_version: another release, or the code changed since): every record in `old` is
    marked as changed, so that a build reads its file again as it does an edited one, and a
    note says how many of those under PATHS this build reads. The rest stay marked for the
    build that names their folder. Without this an upgrade's extraction and tagging reached
    only the files edited since, and two indexes of the same files differed by their history."""
    if n := _mark_read_again(old, refs, {rec.path for rec in old.values()}):
        summary.notes.append(
            f"this index was built by another version of the indexer: {_count(n, 'article')} read again with this one"
        )


def _mark_read_again(old: dict[str, ArticleRecord], refs: list[SourceRef], paths: set[str]) -> int:
    """Mark the records in `old` whose path is in `paths` as changed (no content hash, no
    modification time), so that a build reads their files again as it does edited ones; returns
    how many of those files are under PATHS (`refs`), the ones this build reads."""
    for aid, rec in old.items():
        if rec.path in paths:
            old[aid] = replace(rec, content_hash="", mtime_ns=-1)
    return sum(1 for ref in refs if sources.shown(ref.path) in paths)


def _holds_html(rec: ArticleRecord, ref: SourceRef | None) -> bool:
    """Whether the file of `rec` (found as `ref` under PATHS, else at its recorded path) is read
    as an HTML page; a file no longer there by its name, one that cannot be read as no page."""
    if ref is None:
        path = Path(rec.path)
        if not path.is_file():
            return sources.unpacked_name(rec.path).endswith(sources.HTML_SUFFIXES)
        ref = SourceRef(path, rec.id, Path(rec.root), False)
    try:
        return sources.holds_html(ref)
    except SourceError:  # unreadable now: the build that reads it says why
        return False


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _starting_point(
    index_dir: Path, refs: list[SourceRef], summary: BuildSummary, rebuild: bool, paths_given: bool, entities: bool
) -> tuple[Manifest, bool, dict[str, str], list[SourceRef]]:
    """Under the build lock, what a build starts from: (the manifest recorded, whether the build
    starts from an empty index, {article id: root folder} of what the index held when it does,
    to count what leaves it, `refs` with the ids the index already gives their files:
    sources.keep_recorded_ids). Raises IndexerError for the builds `build` refuses (PATHS
    defaulted on a rebuild, the other entity setting, an older-version index PATHS do not cover)
    before anything is written. The HTML articles of an index older than URL_FORMAT are marked
    to be read again (_reread_pages)."""
    if rebuild and not paths_given:
        _refuse_default_rebuild(index_dir, {sources.shown(r.root) for r in refs})
    manifest, fresh = _load_or_new_manifest(index_dir, rebuild, summary)
    if not fresh and manifest.entities != entities:
        raise _other_entity_setting(index_dir, manifest, refs)
    if not fresh and manifest.format_version < URL_FORMAT:
        _reread_pages(manifest.articles, refs, manifest.format_version, summary)
    if not fresh and manifest.reader != reader_version():
        _reread_all(manifest.articles, refs, summary)
    before = recorded_articles(index_dir) if fresh else {}
    if fresh and not rebuild and before:
        # Our index of an older version is redone whole: only from every folder it came from.
        _refuse_shrinking_restart(index_dir, refs)
    return manifest, fresh, before, sources.keep_recorded_ids(refs, _recorded_ids(index_dir, manifest))


def _recorded_ids(index_dir: Path, recorded: Manifest) -> list[tuple[str, str, str]]:
    """The (id, path, root) of every article the index gives an id by the root-name rule
    (format 4 on), for sources.keep_recorded_ids: from `recorded`, or, when the build starts
    over (--rebuild, an older analyzer), from the manifest on disk, so that a rebuild keeps
    the ids too. An index of format 3 gives none: its ids are migrated (renamed) instead."""
    if recorded.articles:
        if recorded.format_version < ROOT_NAME_FORMAT:
            return []
        return [(rec.id, rec.path, rec.root) for rec in recorded.articles.values()]
    return recorded_ids(index_dir, ROOT_NAME_FORMAT)


def _update_without_writing(index_dir: Path, manifest: Manifest, refreshed: list[str], summary: BuildSummary) -> None:
    """A build that found no article to write or remove: the manifest keeps the new times of
    files touched but unchanged, the corpus-names table is stored if missing, and old segments
    are noted; no commit, no entity model loaded."""
    _remember_times(index_dir, manifest, refreshed, summary)
    _store_names(index_dir, manifest, summary)
    _note_old_segments(index_dir, summary)


def _sources(
    paths: list[str],
    follow_links: bool,
    index_dir: Path,
    encoding: str = "",
    strict: bool = False,
    keep_going: bool = False,
) -> tuple[list[SourceRef], BuildSummary, list[tuple[str, SourceError]]]:
    """The article files under `paths` and a summary listing those left out. A file named
    directly must be readable (and an HTML page parseable) before anything is written: else
    SourceError, or with `keep_going` (and not `strict`) its error in the summary's `errors` and
    the file left out (its earlier record, if any, kept), unless no file is left (then the first
    error is raised); with `strict` so must every document found (a
    PDF, a .docx: `strict` fails on a file that is not indexed because it cannot be read,
    whatever its name; a folder's README, a browser's resource folder and links leaving the
    folders are left out by choice). With `strict`, each of those is returned among the refused,
    (its path, its error), for the build to list them all (_refuse); when there are any, every
    other file is checked and UnreadableFilesError raised here (_check_every_file)."""
    links, others, refused = list[tuple[str, str]](), list[str](), list[tuple[str, SourceError]]()
    bad: list[SourceError] | None = [] if keep_going or strict else None
    try:
        refs = sources.find_sources(
            paths, follow_links=follow_links, skipped=links, encoding=encoding, bad_named=bad, others=others
        )
    except SourceError as exc:
        raise _gone_but_indexed(exc, index_dir) from None
    kinds = [sources.unread_kind(exc.path) if exc.path else "file" for exc in bad or []]
    if bad:  # a path gone but indexed is said so among the others too
        bad[:] = [_gone_but_indexed(exc, index_dir) for exc in bad]
    unread = [(path, reason) for path, reason in links if strict and sources.is_unread_document(Path(path))]
    if strict:
        refused.extend((exc.path or "", exc) for exc in bad or [])
        refused.extend((path, SourceError(reason)) for path, reason in unread)
    good = []
    for ref in refs:
        try:
            if ref.explicit:  # a file the user named must be good before anything is written
                data = sources.read_bytes(ref)
                sources.check_text_bytes(ref, data)
                if sources.holds_html(ref, data):  # by what it holds, as the build reads it
                    parse_ref(ref, data)
        except SourceError as exc:
            if bad is None:
                raise
            if strict:
                refused.append((ref.where, exc))
                continue
            bad.append(exc)
            kinds.append("file")
            continue
        good.append(ref)
    if refused:  # (with strict, `bad` is among them)
        _check_every_file(good, refused)  # raises: the build fails, so it lists them all
    if bad and not good:
        raise bad[0]
    summary = BuildSummary(str(index_dir), skipped=[Skipped(path, why) for path, why in links], others=others)
    # Advice: the library's text, which each interface renders its own way (the CLI: command lines)
    summary.errors = [Advice(exc.message, exc.hint, exc.commands) for exc in bad or []]
    summary.unread = kinds
    return good, summary, refused


def _gone_but_indexed(exc: SourceError, index_dir: Path) -> SourceError:
    """`exc` said of a named file that is gone but still indexed (`indexer build x/gone.txt`
    after deleting it: a trial's "no such file: check the path" left the user to guess): the
    article it still is and the build of the folder it was indexed from, which drops it. `exc`
    itself for any other error (its `path`, the argument as typed, exists or is none), or when
    no trusted index records the path."""
    if not exc.path or os.path.lexists(Path(exc.path).expanduser()):
        return exc
    try:
        recorded = read_manifest(index_dir)
    except IndexerError:  # no index yet, or one this user has not trusted: no hint from it
        return exc
    path = os.path.abspath(Path(exc.path).expanduser())
    record = next((r for r in recorded.articles.values() if r.path == path), None)
    if record is None:
        return exc
    where = f"no such file or folder: {exc.path}: it is still in the index as {literal(record.id)}"
    if record.source and Path(record.source).is_dir():
        build_it = _build_command([record.source], index_dir, recorded.entities, False)
        return SourceError(where, "to drop it, update the index from the folder it was indexed from: {0}", (build_it,))
    return SourceError(where, "to drop it, rebuild the index from its folders")


def _other_entity_setting(index_dir: Path, manifest: Manifest, refs: list[SourceRef]) -> IndexerError:
    """A build with the other entity setting than the index's: mixing tagged and untagged
    articles would make entity filters silently incomplete, and starting over would drop every
    article not under PATHS: the user chooses."""
    # By file, not by root: a file indexed on its own (root: its folder) and then found in the
    # parent folder given is under PATHS ("none is under PATHS" said so of bbc/sport/199.txt
    # when `bbc` was given); a rebuild keeps exactly the files PATHS find.
    files = {sources.shown(r.path) for r in refs}
    outside, total = sum(1 for rec in manifest.articles.values() if rec.path not in files), len(manifest.articles)
    # "(keeping only articles under PATHS: 1 of its 1 are not)" read as a riddle to a new user.
    if not outside:
        dropping = "every article of it is under PATHS"
    elif outside == total:
        dropping = f"dropping all {total} of its articles: none is under PATHS"
    else:
        dropping = f"dropping the {outside} of its {total} articles not under PATHS"
    return IndexerError(
        f"index at {index_dir} was built {'with' if manifest.entities else 'without'} entities",
        f"{'drop' if manifest.entities else 'add'} {{entities=False}} to add to it, or give {{rebuild}} to "
        f"start it over {'without' if manifest.entities else 'with'} entities ({dropping}); the index is unchanged",
    )


def _to_remove(
    refs: list[SourceRef],
    old: dict[str, ArticleRecord],
    records: dict[str, ArticleRecord],
    prune: bool,
    index_dir: Path,
) -> list[str]:
    """The ids of articles this build removes: gone from the paths given (when pruning), or
    indexed before under another id (a build of `bbc`, then of `bbc/business`): one article per
    file. An id another folder's file already has is refused (SourceError).

    Gone from the paths given: a file under a folder given that its scan no longer finds (deleted,
    moved away, or no longer indexable), whatever folder it was first built from (`mv y/news
    y/renamed`, then `build y`: the y/news records go); or a file of a folder this build reads
    from that no longer exists. A file or a glob given is no scan of its folder: the folder's
    other files stay (`build news/001.txt` after `build news` removed the other articles of news)."""
    seen = {ref.id for ref in refs}
    roots = {sources.shown(r.root) for r in refs}
    files = {sources.shown(r.path) for r in refs}
    scanned = _scanned_folders(refs)
    _refuse_id_collisions(refs, old, roots, index_dir)

    def gone(rec: ArticleRecord) -> bool:
        return rec.path.startswith(scanned) or (rec.root in roots and not os.path.lexists(rec.path))

    return [aid for aid, rec in records.items() if aid not in seen and ((prune and gone(rec)) or rec.path in files)]


def _remember_times(index_dir: Path, manifest: Manifest, refreshed: list[str], summary: BuildSummary) -> None:
    """Files touched but unchanged in content: their new times go in the manifest, so the next
    build does not read them again (a warning when the index is read-only)."""
    if not refreshed:
        return
    try:
        write_manifest(index_dir, manifest)
    except OSError as exc:  # a read-only index: nothing needed writing
        summary.warnings.append(
            f"could not record the new modification times of {len(refreshed)} unchanged "
            f"file(s) in {index_dir} ({exc.strerror or exc}): the next build reads them again"
        )


def _store_names(index_dir: Path, manifest: Manifest, summary: BuildSummary) -> None:
    """A build with nothing to write still stores the corpus-names table of an index built
    before tables were stored (store.store_missing_names); a warning when it cannot write."""
    try:
        store_missing_names(index_dir, manifest)
    except OSError as exc:  # a read-only index: the table is derived when needed, as before
        summary.warnings.append(
            f"could not store the corpus-names table in {index_dir} "
            f"({exc.strerror or exc}): searches derive it when they need it"
        )


@dataclass
class _WriteOptions:
    """The build options that shape writing: tagging, its workers, strictness, progress."""

    entities: bool
    workers: int | None
    strict: bool
    progress: ProgressFn | None
    cancelled: Callable[[], bool] | None
    # What find_sources left out before any file was read (links leaving the folders, README
    # files, a browser's resource folders, PDFs): in summary.skipped but not among the files
    # the progress counts, so "checked" never exceeds the files to read.
    found_skipped: int = 0
    prune: bool = True  # articles gone from the folders built leave the index
    phase: PhaseFn | None = None  # the steps after the articles (build's `phase`)
    # Unchanged files found under a new id, with their records (filled as _changed runs).
    renames: list[tuple[SourceRef, ArticleRecord]] = field(default_factory=list)
    # Of those, the files moved: found under a new path, with the content of a file now gone.
    moves: _Moves = field(default_factory=lambda: _Moves())
    # Files an earlier version recorded as holding no text, read again: id -> their record's id.
    emptied: dict[str, str] = field(default_factory=dict)
    # Each article to write: id -> (its packed block digests, the repeated ones among them): sites.py.
    site: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Unchanged articles segmented again because their folder's repeated blocks changed.
    resegmented: set[str] = field(default_factory=set)
    # The folder of each article recorded, before the build moved any (sites.source_of).
    folders: dict[str, str] = field(default_factory=dict)
    reading: ProgressFn | None = None  # told of the first pass's files (build's `reading`)
    total: int = 0  # the files found to build (done and to do)
    pages: int = 0  # the pages the second pass reads (new and changed, and those segmented again)
    # With `strict`: (path, error) of each file that cannot be read or indexed (_skip_or_raise).
    refused: list[tuple[str, SourceError]] = field(default_factory=list)

    def checked(self, summary: BuildSummary) -> int:
        """The files to read that are known unchanged or skipped so far, for progress."""
        return summary.unchanged + len(summary.skipped) - self.found_skipped


@dataclass
class _Page:
    """A file for the second pass: found as `ref` (`st` its stat), its packed block digests
    (sites.pack), its source's repeated blocks; `expect`: the content hash of an unchanged
    article segmented again (its file must still hold it), "" for a changed file."""

    ref: SourceRef
    st: os.stat_result
    packed: str
    repeats: SourceRepeats | None = None
    expect: str = ""


def _digested(
    changed: Iterable[tuple[SourceRef, bytes, os.stat_result]],
    summary: BuildSummary,
    options: _WriteOptions,
    removed: list[str],
) -> Iterator[_Page]:
    """The first pass over the changed files: each read (sources.read_document) for its short
    blocks' digests, streamed, before the writer opens: one that turns out unreadable (a binary
    file) must not cost a no-change build the entity model and a commit. Those that cannot be read are skipped (or raise, with
    `options.strict`). A file of `options.emptied` (its id -> the id of its record of no text)
    that is refused goes to `removed`: the index then holds what a new build would. Each file
    read is told to `options.reading` (a large folder's first pass takes a minute)."""
    read = 0  # pages read (a skipped one is counted by options.checked)
    for ref, data, st in changed:
        if options.reading:
            options.reading(read + options.checked(summary), options.total, 0)
        try:
            packed = sites.text_digests(sources.read_text_document(ref, data))
        except SourceError as exc:
            _skip_or_raise(ref, exc, options, summary)
            if ref.id in options.emptied:
                removed.append(options.emptied[ref.id])
            continue
        read += 1
        yield _Page(ref, st, packed)


def _parsed(
    todo: list[_Page],
    summary: BuildSummary,
    options: _WriteOptions,
    removed: list[str],
) -> Iterator[tuple[SourceRef, os.stat_result, Article]]:
    """The second pass: each page of `todo` read again and segmented with its source's repeated
    blocks, streamed in `todo`'s order (in worker processes for a large build: _parse_pages). A
    changed file that cannot be read now is skipped as in `_digested`; an unchanged article
    segmented again whose file no longer holds what it indexed keeps its record and its
    paragraphs, with a warning (its folder's next build reads it)."""
    for page, result in zip(todo, _parse_pages(todo, options), strict=True):
        ref = page.ref
        article = None if isinstance(result, SourceError) else result
        if isinstance(result, SourceError) and not page.expect:
            _skip_or_raise(ref, result, options, summary)
            if ref.id in options.emptied:
                removed.append(options.emptied[ref.id])
            continue
        if page.expect and (article is None or article.content_hash != page.expect):
            options.resegmented.discard(ref.id)
            summary.warnings.append(
                f"{ref.where}: changed or unreadable since it was indexed: it keeps the paragraphs it had, "
                "though the blocks repeated across its folder's pages changed; build its folder to read it again"
            )
            continue
        assert article is not None
        yield ref, page.st, article


def _parse_pages(todo: list[_Page], options: _WriteOptions) -> Iterator[Article | SourceError]:
    """Each page of `todo` segmented (parse_ref, with its source's repeated blocks), or the
    SourceError it raised, in order: in this process, or in worker processes as `indexer parse`
    has them (parse_workers: `options.workers`, else 2 from PARSE_PARALLEL_MIN_FILES pages on),
    spawned (a build never forks: its Whoosh files and lock must not reach a child), a chunk of
    PARSE_CHUNK_FILES pages at a time, as `indexer parse` does. The same articles either way:
    the same function on the same file and repeats; at most 2 chunks a process in flight."""
    items = [(page.ref, page.repeats) for page in todo]
    n_workers = parse_workers(options.workers, len(items))
    if n_workers <= 0:
        return (_parse_or_error(ref, repeats) for ref, repeats in items)
    from .parallel import map_in_processes

    return map_in_processes(_parse_files, items, n_workers, PARSE_CHUNK_FILES, _init_parser, "spawn")


def _site_plan(
    manifest: Manifest,
    changed: list[_Page],
    refs: list[SourceRef],
    removed: list[str],
    refreshed: list[str],
    options: _WriteOptions,
    summary: BuildSummary,
) -> list[_Page]:
    """The second pass's pages: the `changed` files, each with its source's repeated blocks as
    counted over every page the index holds after this build (the changed files' digests, the
    others' recorded ones: sites.repeats_by_source), and the unchanged articles whose share of
    them changed (_resegmented), so that the index holds what a fresh build would. Records of an
    older format get their digests first (_record_digests). Fills options.site. With `strict`,
    the files the first pass could not read are raised first (_refuse), before anything is written.
    Sets options.pages (their count: a build says it started before it reads the first)."""
    _refuse(options.refused)
    records = manifest.articles
    out = set(removed) | {p.ref.id for p in changed} | {rec.id for _, rec in options.renames}
    kept = [rec for aid, rec in records.items() if aid not in out]
    digested = _record_digests(kept + [rec for _, rec in options.renames], refreshed, manifest.format_version, summary)
    # Only a folder a page joined or left (or whose pages had no digests) can have new repeats.
    touched = {sites.source_of(path) for path in digested} | {options.folders[a] for a in out if a in options.folders}
    touched |= {sites.source_of(sources.shown(p.ref.path)) for p in changed}
    touched |= {sites.source_of(sources.shown(ref.path)) for ref, _ in options.renames}
    kept = [rec for rec in kept if sites.source_of(rec.path) in touched]
    pages: list[tuple[str, str | None]] = [(sources.shown(p.ref.path), p.packed) for p in changed]
    pages += [(rec.path, rec.site_digests) for rec in kept]
    pages += [(sources.shown(ref.path), rec.site_digests) for ref, rec in options.renames]
    repeats = sites.repeats_by_source(pages)
    for p in changed:
        p.repeats = sites.for_page(repeats.get(sites.source_of(sources.shown(p.ref.path))), p.packed)
    todo = changed + _resegmented(kept, repeats, refs, options, removed)
    for p in todo:
        options.site[p.ref.id] = (p.packed, sites.applied(p.repeats, p.packed))
    if options.resegmented:
        summary.notes.append(
            f"{_count(len(options.resegmented), 'unchanged article')} segmented again: the blocks repeated "
            'across the pages of their folder changed (README "Building an archive")'
        )
    options.pages = len(todo)
    return todo


def _resegmented(
    kept: list[ArticleRecord],
    repeats: dict[str, SourceRepeats],
    refs: list[SourceRef],
    options: _WriteOptions,
    removed: list[str],
) -> list[_Page]:
    """The unchanged articles (`kept`, and the renamed ones of options.renames) whose share of
    their source's repeated blocks (sites.applied) is not the one they were segmented with: to
    be read and segmented again. A renamed one leaves options.renames: its old id goes to
    `removed`, its file is read and added under its new id. The others' ids go to
    options.resegmented (counted unchanged, and noted)."""
    by_id = {ref.id: ref for ref in refs}
    found = [(by_id.get(rec.id) or _record_ref(rec), rec, rec.content_hash) for rec in kept]
    found += [(ref, rec, "") for ref, rec in options.renames]
    todo: list[_Page] = []
    for ref, rec, expect in found:
        mine = repeats.get(sites.source_of(sources.shown(ref.path)))
        if rec.site_digests is None or sites.applied(mine, rec.site_digests) == rec.site_chrome:
            continue
        try:
            st = ref.path.stat()
        except OSError:
            st = os.stat_result((0,) * 10)  # gone: _parsed says so (expect) or skips it
        if not expect:  # renamed: its old id leaves, its new one is added
            options.renames.remove((ref, rec))
            removed.append(rec.id)
        else:
            options.resegmented.add(ref.id)
        todo.append(_Page(ref, st, rec.site_digests, sites.for_page(mine, rec.site_digests), expect))
    return todo


def _record_ref(rec: ArticleRecord) -> SourceRef:
    """The file of a record not under this build's PATHS, as a SourceRef to read it again."""
    return SourceRef(Path(rec.path), rec.id, Path(rec.root), False, given=rec.source)


def _record_digests(
    records: list[ArticleRecord], refreshed: list[str], version: int, summary: BuildSummary
) -> list[str]:
    """Records of an index older than SITE_FORMAT have no block digests: each one's file is read
    once (when it still holds what was indexed) to record them, with a note; those it cannot be
    read for stay without, not counted in their folder, and are tried again next build. Returns
    the paths of the records without digests."""
    missing = [rec for rec in records if rec.site_digests is None]
    if not missing:
        return []
    for rec in missing:
        try:
            data = sources.read_bytes(_record_ref(rec))
            same = sources.content_hash(data) == rec.content_hash
            packed = sites.text_digests(sources.read_text_document(_record_ref(rec), data)) if same else None
        except (OSError, SourceError):
            continue
        if packed is not None:
            rec.site_digests, rec.site_chrome = packed, ""
            refreshed.append(rec.id)
    summary.notes.append(
        f"this index (format {version}) kept no block digests: {_count(len(missing), 'unchanged article')} read "
        "again to record them (blocks repeated across a folder's pages are chrome)"
    )
    return [rec.path for rec in missing]


def _write(
    index_dir: Path,
    manifest: Manifest,
    fresh: bool,
    stats: Iterable[tuple[SourceRef, os.stat_result, Article]],
    removed: list[str],
    total: int,
    options: _WriteOptions,
    summary: BuildSummary,
) -> None:
    """Tag and write the changed, parsed files (`stats`) and delete `removed`, in one commit
    (write_index); `manifest.articles` is updated in place. KeyboardInterrupt when `cancelled`."""
    pending: dict[str, tuple[SourceRef, os.stat_result]] = {}
    large = _LargePages(options.phase if options.entities else None)

    def parsed() -> Iterator[Article]:
        for ref, st, article in stats:
            pending[article.id] = (ref, st)
            large.start(article)
            yield article

    records = manifest.articles
    n_workers = _tag_workers(options.workers, options.entities, total)
    # Two cores go to spaCy when tagging; without tagging, Whoosh itself indexes in two.
    procs = 2 if not options.entities and (os.cpu_count() or 1) > 1 and total >= PARALLEL_MIN_FILES else 1
    done = 0
    with write_index(index_dir, manifest, fresh=fresh, procs=procs, phase=options.phase) as writer:
        source = parsed()
        if options.pages and options.progress:
            # Before the first page is read and the tagger loads (spaCy: ~30 s in a fresh clone):
            # a page of 12 MB took minutes to read with nothing said (a new user's try)
            options.progress(options.checked(summary), total, 0)
        first = next(source, None)  # none: no tagger to load (spaCy: seconds) for renames and removals
        for article in () if first is None else tag(chain([first], source), options.entities, n_workers):
            ref, st = pending.pop(article.id)
            large.done(article)
            n = writer.put_article(article)
            _count_or_skip(article, ref, n, records, options, summary)
            records[article.id] = _record(article, ref, st, n, options.site.get(article.id))
            done += 1
            if options.progress:
                options.progress(done + options.checked(summary), total, summary.paragraphs)
            _stop_if(options.cancelled)
        _refuse(options.refused)  # strict: a file unreadable since the first pass cancels the commit
        if options.phase and (done or removed or options.renames):
            # The last articles' tagging ends (its processes stop) and the commit begins: on a
            # large build, minutes with no article to count (README "Progress").
            options.phase(f"writing the index ({_count(done, 'article')} read)")
        _rename(index_dir, writer, manifest, options, summary, (done, total))
        manifest.format_version = INDEX_FORMAT_VERSION  # every id under PATHS is this version's now
        for aid in removed:
            if aid in records:  # not renamed
                writer.delete_article(aid)
                del records[aid]
                summary.removed += 1
        _stop_if(options.cancelled)  # last chance: leaving this block commits


def _count_or_skip(
    article: Article,
    ref: SourceRef,
    paragraphs: int,
    records: dict[str, ArticleRecord],
    options: _WriteOptions,
    summary: BuildSummary,
) -> None:
    """An article just written, counted (`_count_written`) with its warnings; one of no paragraph
    (only chrome) counted skipped instead (`no_text_skip`): its warning is the skip's, unless it
    names a cause (a garbled encoding). Its record is kept all the same (not read again)."""
    if paragraphs:
        _count_written(article.id, paragraphs, records, options, summary)
        summary.warnings.extend(article.warnings)
        return
    summary.skipped.append(no_text_skip(ref.where))
    summary.warnings.extend(w for w in article.warnings if "no article text" not in w or "garbled" in w)


def _count_written(
    aid: str, paragraphs: int, records: dict[str, ArticleRecord], options: _WriteOptions, summary: BuildSummary
) -> None:
    """An article just written, counted: added, updated, or (segmented again, its file
    unchanged: options.resegmented) neither, as it is counted unchanged and noted."""
    if aid in options.resegmented:
        pass
    elif aid in records:
        summary.updated += 1
    else:
        summary.added += 1
    summary.paragraphs += paragraphs


class _LargePages:
    """The pages of LARGE_PAGE_PARAGRAPHS or more being tagged: minutes with no article done, so
    each is said as a step of the build (`phase`, None: not said) while it is tagged, and said
    again by the heartbeat; "" ends the step when the page comes back."""

    def __init__(self, phase: PhaseFn | None) -> None:
        self.phase = phase
        self.ids: set[str] = set()

    def start(self, article: Article) -> None:
        if self.phase is None:
            return
        n = len(article.indexed_paragraphs)
        if n >= LARGE_PAGE_PARAGRAPHS:
            self.ids.add(article.id)
            self.phase(f"tagging the entities of {article.where or article.path}: {n:,} paragraphs")

    def done(self, article: Article) -> None:
        if article.id in self.ids and self.phase:
            self.ids.discard(article.id)
            self.phase("")


def _rename(
    index_dir: Path,
    writer: IndexWriter,
    manifest: Manifest,
    options: _WriteOptions,
    summary: BuildSummary,
    progress: tuple[int, int],
) -> None:
    """Give the unchanged articles of options.renames their new ids: each one's stored
    paragraphs re-indexed under it (store.stored_article) and its record moved; nothing is
    re-read or re-tagged. A note says so, with an example (README "Article ids"). `progress`:
    (articles written, articles to do), for options.progress."""
    renames, records = options.renames, manifest.articles
    if not renames:
        return
    ix, _, searcher = open_searcher(index_dir)  # the live generation: this build commits beside it
    try:
        for ref, rec in renames:
            writer.delete_article(rec.id)
            summary.paragraphs += writer.put_article(stored_article(searcher, rec, ref.id), words=False)
            summary.renamed += 1
            if options.progress:
                options.progress(
                    progress[0] + summary.renamed + options.checked(summary),
                    progress[1],
                    summary.paragraphs,
                )
            _stop_if(options.cancelled)
    finally:
        searcher.close()
        ix.close()
    for _, rec in renames:  # all old ids out before new ones go in: two files may swap ids
        del records[rec.id]
    for ref, rec in renames:
        records[ref.id] = replace(rec, id=ref.id, root=sources.shown(ref.root))
    ref, rec = renames[0]
    moved = len(options.moves.claimed)
    what = (
        "article ids migrated to this version's rule (the root folder's name and the path under it): "
        if manifest.format_version < INDEX_FORMAT_VERSION
        else f"{_count(moved, 'article')} moved (the same content under a new path, the old file gone): ids changed, "
        if moved
        else "article ids changed with the folders given: "
    )
    summary.notes.append(
        f"{what}{summary.renamed} renamed (e.g. {rec.id} -> {ref.id}) without re-reading or "
        're-tagging; scripts and links need the new ids (README "Article ids")'
    )


def _record(
    article: Article, ref: SourceRef, st: os.stat_result, paragraphs: int, site: tuple[str, str] | None = None
) -> ArticleRecord:
    """The manifest's record of an article just written (`paragraphs`: how many were indexed;
    `site`: its packed block digests and the repeated ones among them, _WriteOptions.site)."""
    return ArticleRecord(
        id=article.id,
        path=sources.shown(ref.path),
        root=sources.shown(ref.root),
        content_hash=article.content_hash,
        size=st.st_size,
        mtime_ns=st.st_mtime_ns,
        title=article.title,
        byline=article.byline,
        dateline=article.dateline,
        published=article.published,
        url=article.url,
        paragraphs=paragraphs,
        blocks=len(article.paragraphs),
        language=article.language,
        source=ref.given,
        site_digests=site[0] if site else None,
        site_chrome=site[1] if site else "",
    )


def _default_paths(paths: list[str], index_dir: Path, rebuild: bool = False) -> Advice:
    """The note a build given no PATHS makes, saying what it indexed (it added source/ to any
    index without a word): "no PATHS given: indexed source/ (the default)", and when the index
    at `index_dir` was built from other folders too, how to update it from them. Raises
    SourceError when the default folder is missing (_check_default_paths). `rebuild`: the build
    asked for --rebuild, which the advised command keeps."""
    _check_default_paths(paths, index_dir, rebuild)
    folders = ", ".join(p.rstrip("/") + "/" for p in paths)
    given = {str(Path(p).resolve()) for p in paths}
    recorded, entities = recorded_sources(index_dir, existing=True)
    others = [f for f in recorded if f not in given]
    if not others:
        return Advice(f"no PATHS given: indexed {folders} (the default)")
    update = _build_command(others, index_dir, entities, rebuild)
    return Advice(
        f"no PATHS given: indexed {folders} (the default) into an index also built from {literal(', '.join(others))}",
        "to update it from those, run {0}",
        (update,),
    )


def _build_command(paths: list[str], index_dir: Path, entities: bool, rebuild: bool) -> Command:
    """The build of `paths` into the index at `index_dir` a hint advises, with the switches it
    needs to run: --no-entities for an index built without entity tags (else the build it
    advises is refused: "built without entities"), and --rebuild when the user asked for it
    (a user's trial: the advised command dropped both)."""
    options: list[tuple[str, str | None]] = [("rebuild", None)] if rebuild else []
    if not entities:
        options.append(("entities", "False"))
    options.append(("index", str(index_dir)))
    return Command("build", tuple(paths), tuple(options))


def _check_default_paths(paths: list[str], index_dir: Path, rebuild: bool = False) -> None:
    """PATHS defaulted (to source/, the shipped article's folder) where there is no such folder,
    as in a user's own folder: SourceError saying so and what to give, the folders the index at
    `index_dir` was built from when it has any ("no such file or folder: source" read as a
    missing file the user had named)."""
    if any(Path(p).exists() for p in paths):
        return
    folders = ", ".join(p.rstrip("/") + "/" for p in paths)
    here = f"no PATHS given and no {folders} folder in {literal(Path.cwd())} (the default)"
    built_from, entities = recorded_sources(index_dir, existing=True)
    if built_from:
        update = _build_command(built_from, index_dir, entities, rebuild)
        verb = "rebuild" if rebuild else "update"
        hint = f"name the files or folders to index; to {verb} this index from those it was built from, run {{0}}"
        raise SourceError(here, hint, (update,))
    raise SourceError(here, "name the files or folders to index: {0}", (Command("build", (Placeholder("PATHS"),)),))


def _refuse_default_rebuild(index_dir: Path, roots: set[str]) -> None:
    """`indexer build --rebuild` without PATHS indexes source/ only: on an index built from other
    folders that would shrink it to source/, so the PATHS it was built from (folders, globs,
    files) must be named."""
    recorded = recorded_roots(index_dir)
    if recorded and not set(recorded) <= roots:
        built_from = ", ".join(recorded_sources(index_dir)[0])
        raise IndexerError(
            "",  # the parameter is the subject: the whole line is the hint
            f"index at {literal(index_dir)} was built from {literal(built_from)}, and {{rebuild}} without "
            f"PATHS would index only {literal(', '.join(sorted(roots)))}: name them, as "
            "in {0} (the index is unchanged)",
            (rebuild(index_dir),),
        )


def _refuse_shrinking_restart(index_dir: Path, refs: list[SourceRef]) -> None:
    """A build that must start over by itself (the index is of an older version) keeps only the
    files PATHS find: refused unless they find every file the index holds (by file, not by
    folder: a file built on its own, then its parent folder, is covered). A file that is still
    there asks for its folder; one that is gone (moved, deleted) could not be read again, so its
    article would be lost without a word (trial 16: an upgrade dropped a moved folder's
    letters): put back, or dropped by an explicit --rebuild (`rebuild`: from the folders that
    are still there)."""
    found = {sources.shown(r.path) for r in refs}
    unread = {path: root for path, root in recorded_files(index_dir).items() if path not in found}
    missing = sorted({root for path, root in unread.items() if os.path.lexists(path)})
    if missing:
        raise IndexerError(
            f"index at {index_dir} must be rebuilt (an older version wrote it), and it holds articles from "
            f"{', '.join(missing)} too",
            "rebuild it from all its folders with {0} (the index is unchanged)",
            (rebuild(index_dir),),
        )
    if unread:
        gone = sorted(set(unread.values()))
        raise IndexerError(
            f"index at {index_dir} must be rebuilt (an older version wrote it), and {len(unread):,} of its "
            f"articles were read from files that are gone (from {', '.join(gone)}): rebuilding would drop them",
            "put those files back and build again, or drop them with {0} (the index is unchanged)",
            (rebuild(index_dir),),
        )


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    """Raise KeyboardInterrupt when the caller says the build was interrupted."""
    if cancelled is not None and cancelled():
        raise KeyboardInterrupt


def _refuse_id_collisions(
    refs: list[SourceRef], old: dict[str, ArticleRecord], roots: set[str], index_dir: Path
) -> None:
    """An id the index already gives a file of a folder outside this build: replacing that
    article silently would lose it (folders of the same name built apart give the same ids)."""
    for ref in refs:
        rec = old.get(ref.id)
        # A recorded file that is gone is not another folder's article to protect: the archive
        # was moved (`mv x/news y/`), and the file now found under the id takes its article.
        gone = rec is not None and not os.path.lexists(rec.path)
        if rec is not None and rec.root not in roots and rec.path != sources.shown(ref.path) and not gone:
            raise SourceError(
                f"article id {ref.id} in {index_dir} is already {rec.path} (built from {rec.root}); "
                f"{sources.shown(ref.path)} would replace it",
                "build both folders in one command so their ids tell them apart, or use another {index}",
            )


def _note_old_segments(index_dir: Path, summary: BuildSummary) -> None:
    """An update keeps the segments an older version wrote; say how to get them rewritten."""
    old, total = segments_without_postings_arrays(index_dir)
    if old:
        summary.warnings.append(
            Advice(
                f"{old} of {total} segments of the index at {index_dir} were written by an older version "
                "and are searched more slowly",
                "{0} rewrites them",
                (rebuild(index_dir),),
            )
        )


# Below this many files, starting tagging processes (each loads spaCy) costs more than it saves.
PARALLEL_MIN_FILES = 200
# A page of this many indexed paragraphs takes minutes to tag (spaCy reads ~340 a second per
# core): the build says so while it runs (`_write`), as it says its steps after the articles.
LARGE_PAGE_PARAGRAPHS = 2_000


def _tag_workers(workers: int | None, entities: bool, n_files: int) -> int:
    if not entities:
        return 0
    if workers is not None:
        return max(0, workers)
    return min(2, os.cpu_count() or 1) if n_files >= PARALLEL_MIN_FILES else 0


def _skip_or_raise(ref: SourceRef, exc: SourceError, options: _WriteOptions, summary: BuildSummary) -> None:
    """A file that cannot be read or indexed: with `options.strict` refused (options.refused),
    the build reading on to list every such file at once (_refuse); else a file named (a race:
    _sources checked it) raises `exc`, and one found in a folder is skipped (summary.skipped)."""
    if options.strict:
        options.refused.append((ref.where, exc))
    elif ref.explicit:
        raise exc
    else:
        summary.skipped.append(Skipped(ref.where, str(exc)))


def no_text_skip(where: str) -> Skipped:
    """The skip of a page read whole that has no paragraph to index (a menu, a page of links,
    all chrome): counted as skipped, as an empty or a binary file is, not as an article of no
    paragraphs (trial 16: a page of navigation alone was counted among the articles). Its
    record stays in the manifest (ArticleRecord.paragraphs 0, `is_article` False), so an
    unchanged one is not read again, and is said skipped at each build as the others are."""
    return Skipped(
        where, f"page of no article text: {where}: only page chrome, nothing to index (see {_parse_hint(where)})"
    )


def _parse_hint(where: str) -> str:
    """`indexer parse WHERE` as a hint names it (the command that says why each block went)."""
    return f"'indexer parse {shell_word(where)}'"


def _refuse(refused: list[tuple[str, SourceError]]) -> None:
    """The files a strict build could not read or index, when there are any: raised together, as
    one UnreadableFilesError, before the build writes (or, inside the writer, before it commits,
    which the error cancels: store.write_index)."""
    if refused:
        raise UnreadableFilesError(tuple(refused))


def _check_every_file(refs: list[SourceRef], refused: list[tuple[str, SourceError]]) -> None:
    """A strict build that has refused a path already (_sources: one named that cannot be read, a
    PDF found) fails: each other file is read as the first pass reads it (sources.read_bytes,
    sources.read_text_document), without the index or its lock, so that the one error lists all
    (_refuse) and nothing is created (no index folder for a new index)."""
    for ref in refs:
        if ref.explicit:  # named: _sources read it whole already
            continue
        try:
            sources.read_text_document(ref, sources.read_bytes(ref))
        except OSError as exc:
            refused.append((ref.where, sources.os_error(ref.path, exc, ref.where)))
        except SourceError as exc:
            refused.append((ref.where, exc))
    _refuse(refused)


def _skips_said(index_dir: Path, summary: BuildSummary, fresh: bool, shown: bool = True) -> None:
    """Mark the skips of `summary` that the last build said already (read_skips_said; none
    after --rebuild or on a new index) and record this build's as the ones said: the CLI says
    only the new ones (a folder's README, a PDF, a binary file are skipped at every build and
    the user was told once), and a skip that stops and comes back is new again. Skips not
    `shown` (a quiet build) are not recorded: the next build that shows skips says them. A
    record that cannot be written (a read-only index) only means the skips are said again."""
    said = frozenset() if fresh else read_skips_said(index_dir)
    for skip in summary.skipped:
        skip.said_before = skip.reason in said
    now = {skip.reason for skip in summary.skipped}
    if not shown:  # keep the record of what was said, less the skips that stopped
        now &= said
    if now != said:
        try:
            write_skips_said(index_dir, now)
        except OSError:
            pass


def _finish(
    summary: BuildSummary, manifest: Manifest, start: float, fresh: bool = False, skips_shown: bool = True
) -> BuildSummary:
    """The summary's totals and time, once the build is done (under its lock), and the skips it
    said recorded (`_skips_said`)."""
    _skips_said(Path(summary.index_dir), summary, fresh, skips_shown)
    summary.total_articles = sum(map(is_article, manifest.articles.values()))
    summary.total_paragraphs = sum(r.paragraphs for r in manifest.articles.values())
    summary.seconds = time.perf_counter() - start
    return summary
