"""The manifest beside a Whoosh index (`indexer-manifest.json`): the folder is ours, which
format and analyzer version wrote it, which Whoosh generation is live and the size and SHA-256 of
each of its files, and each article's record (content hash, path, metadata), so builds are
incremental. It is signed with the user's key (trust.py) and is the one commit point: readers
open exactly the generation it names. No Whoosh here: JSON, hashes and the signing key.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, BinaryIO

from .. import trust
from ..errors import (
    Command,
    IndexerError,
    IndexFormatError,
    IndexNotFoundError,
    IndexTrustError,
    IndexVersionError,
    Placeholder,
    literal,
)
from ..lock import LOCK_NAME, build_running
from ..models import JSONObject
from ..schema import ANALYZER_VERSION, INDEX_FORMAT_VERSION, OLDEST_READABLE_FORMAT

MANIFEST_NAME = "indexer-manifest.json"
# The skips the last build said (`read_skips_said`): apart from the manifest, whose fields are
# the index format's (a new one would rebuild every index), and nothing an index needs.
SKIPS_NAME = "indexer-skips-said.json"
MANIFEST_KIND = "indexer-index"
# What the manifest records of an index file: [size in bytes, SHA-256 hex digest] (a JSON array).
FileEntry = list[int | str]


@dataclass
class ArticleRecord:
    id: str
    path: str
    root: str
    content_hash: str
    size: int = 0
    mtime_ns: int = 0
    title: str = ""
    byline: str = ""
    dateline: str = ""
    published: str = ""
    paragraphs: int = 0  # indexed paragraphs
    blocks: int = 0  # all blocks, indexed or not
    language: str = ""  # ISO 639-1 code of the article's text, "und" when undetermined
    # The PATHS argument the file was last found through, absolute (sources.SourceRef.given):
    # a folder, a glob or the file; "" when an older version wrote the record (then: root).
    source: str = ""
    # The address the article's page gives itself (models.Article.url); "" when none, and in a
    # record of format 4 or older, which did not keep it.
    url: str = ""
    # The page's blocks of up to segment.SITE_BLOCK_CHARS characters as packed digests
    # (sites.pack; sites.NOT_TEXT for an HTML page): what its folder's repeated blocks are counted
    # from without reading it again. None in a record of format 5 or older (read again then).
    site_digests: str | None = None
    # Those of them its source's repeated blocks held when it was segmented (sites.applied): the
    # page is segmented again when this changes (a page added to or removed from its folder).
    site_chrome: str = ""

    @property
    def article_id(self) -> str:
        """The article's id, `id`, by the name a Hit and the JSON give it (`hit.article_id`)."""
        return self.id


@functools.lru_cache(maxsize=1)
def reader_version() -> str:
    """The version of the code that turns files into indexed articles: the first 16 hex digits
    of the SHA-256 of every file of the installed `indexer` package (code and data: the block
    model, name lists, month names), by path, bytecode caches left out. An index records the
    one that read its articles (Manifest.reader); a build by other code reads them again
    (pipeline._reread_all), so an upgrade's better extraction and tagging reach articles whose
    files did not change, and the index holds what a fresh build of this version would.
    Computed once a process (~14 MB read, ~30 ms)."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if "__pycache__" in path.parts or path.suffix == ".pyc" or not path.is_file():
            continue
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


@dataclass
class Manifest:
    format_version: int = INDEX_FORMAT_VERSION
    analyzer_version: int = ANALYZER_VERSION
    # reader_version() of the code that read the articles recorded; "" in an index written
    # before it was recorded.
    reader: str = ""
    created: str = ""
    updated: str = ""
    entities: bool = True
    # Whoosh index name of the live generation in the folder ("" while the first build runs).
    # A rebuild writes a new generation beside the old one and switches by rewriting this
    # manifest, so readers see the old index or the new one, never a half-built one.
    index_name: str = ""
    # Whoosh's table-of-contents generation readers open (an update writes generation + 1
    # beside it; the manifest switches to it), and every file of it: name -> [bytes, sha256].
    generation: int = -1
    files: dict[str, FileEntry] = field(default_factory=dict)
    words_file: str = ""  # the generation's word list (one of `files`)
    names_file: str = ""  # its corpus-names table (one of `files`; "" in an index built before them)
    articles: dict[str, ArticleRecord] = field(default_factory=dict)
    # The verified manifest text, so article records come from the same version as the header.
    raw: str = field(default="", repr=False, compare=False)

    def to_json(self, records: bool = True) -> JSONObject:
        """The manifest as JSON data, seal blank; records=False leaves out "articles"."""
        # "kind", then the checksum and signature (fixed layout: _SEAL_RE finds them), "articles"
        # last: a search parses only what comes before it (see read_manifest).
        data: JSONObject = {
            "kind": MANIFEST_KIND,
            "checksum": _BLANK_CHECKSUM,
            "signature": _BLANK_SIGNATURE,
            "key_id": "",
        }
        data.update((f.name, getattr(self, f.name)) for f in fields(self) if f.name not in ("articles", "raw"))
        if records:
            data["articles"] = {k: asdict(v) for k, v in sorted(self.articles.items())}
        return data

    def article_records(self) -> dict[str, ArticleRecord]:
        """The article records: those read, else parsed from the verified text read with the
        header (records=False), so they belong to the same index version."""
        if self.articles or not self.raw:
            return self.articles
        self.articles = _records_of(json.loads(self.raw).get("articles", {}))
        return self.articles


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


# What a search needs of the manifest is its first few kilobytes; the article records after
# them are ~450 bytes an article (9 MB, 0.13 s of JSON parsing, for 21,000 articles).
_ARTICLES_KEY = '\n "articles": '
# The first format whose manifest starts with its kind, checksum and signature (index safety).
FIRST_SEALED_FORMAT = 2
_BLANK_CHECKSUM = "sha256:" + "0" * 64
_BLANK_SIGNATURE = "hmac-sha256:" + "0" * 64
# The seal at the head of a manifest: its SHA-256 (damage) and the HMAC of that under the
# user's key (trust), both computed with these two values blanked.
_SEAL_RE = re.compile(
    r'\A\{\n "kind": "[^"\n]*",\n "checksum": "sha256:([0-9a-f]{64})",\n '
    r'"signature": "hmac-sha256:([0-9a-f]{64})",\n "key_id": "([0-9a-f]*)",\n'
)


def recorded_articles(index_dir: Path) -> dict[str, str]:
    """Article id -> the folder (as given to `indexer build`) it was built from, read leniently
    from the manifest of `index_dir` without checking its seal or version (an older version's
    too): for counting and naming in messages only, never for opening. {} when the manifest is
    missing, unreadable or lists no articles."""
    try:
        data = json.loads((index_dir / MANIFEST_NAME).read_bytes().decode("utf-8"))
        return {str(aid): str(rec["root"]) for aid, rec in data["articles"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def recorded_ids(index_dir: Path, since_format: int) -> list[tuple[str, str, str]]:
    """(id, path, root) of every article the manifest of `index_dir` records, when its format is
    `since_format` or later (not newer than this version's) and its seal shows this user wrote
    it, whatever its analyzer version: a build starting over (--rebuild, new analyzers) keeps
    the ids (sources.keep_recorded_ids). [] when missing, damaged, of another format or another
    user's: ids that could come from anyone are not taken."""
    path = index_dir / MANIFEST_NAME
    try:
        text, data, version = _parse_manifest(index_dir, path, True)
        if not since_format <= version <= INDEX_FORMAT_VERSION:
            return []
        _check_seal(index_dir, path, text, trusted=True)
        return [(str(aid), str(rec["path"]), str(rec["root"])) for aid, rec in data["articles"].items()]
    except (IndexerError, OSError, KeyError, TypeError, AttributeError, ValueError):
        return []


def recorded_files(index_dir: Path) -> dict[str, str]:
    """File path -> the folder it was built from, of every article of the manifest of
    `index_dir`, read leniently as recorded_articles does (messages and checks only); {} when
    unreadable."""
    try:
        data = json.loads((index_dir / MANIFEST_NAME).read_bytes().decode("utf-8"))
        return {str(rec["path"]): str(rec["root"]) for rec in data["articles"].values()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def recorded_roots(index_dir: Path) -> list[str]:
    """The folders the articles of the index at `index_dir` were built from, sorted
    (recorded_articles); [] when they cannot be read."""
    return sorted(set(recorded_articles(index_dir).values()))


def recorded_sources(index_dir: Path, existing: bool = False) -> tuple[list[str], bool]:
    """The PATHS the articles of the index at `index_dir` were found through (folders, globs,
    files; the folder for a record of an older version), sorted, and whether the index has
    entities; read leniently as recorded_articles does. ([], True) when unreadable.
    `existing`: only those still on disk (a glob: its folder), for a command to run now: a
    folder moved or unmounted since made every suggested build fail ("no such file or folder")."""
    try:
        data = json.loads((index_dir / MANIFEST_NAME).read_bytes().decode("utf-8"))
        paths = {str(rec.get("source") or rec["root"]) for rec in data["articles"].values()}
        built_with_entities = data.get("entities") is not False
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return [], True
    if existing:
        paths = {p for p in paths if _still_there(p)}
    return sorted(paths), built_with_entities


def _still_there(path: str) -> bool:
    """Whether a recorded PATHS entry can be given to a build now: the file or folder exists, or,
    for a glob, the folder its matches are under (sources.glob_base) does."""
    import os

    from ..sources import GLOB_CHARS, glob_base

    return os.path.lexists(glob_base(path) if GLOB_CHARS & set(path) else path)


def build_first(index_dir: Path) -> Command:
    """The advice for a folder with no index yet: build it there (errors.Command; the CLI says
    'indexer build PATHS --index DIR')."""
    return Command("build", (Placeholder("PATHS"),), (("index", str(index_dir)),))


def rebuild(index_dir: Path, *, entities: bool | None = None) -> Command:
    """The build that redoes the index at `index_dir` as it was built (errors.Command): from
    the folders, globs and files its articles were found through, entities off when it has
    none (PATHS when they cannot be read): a rebuild given no PATHS would index source/ only,
    and one given a glob's folder would add every other file in it. `entities`: True or False
    to rebuild with or without entity tags instead of as it was built."""
    paths, built_with_entities = recorded_sources(index_dir, existing=True)
    entities = built_with_entities if entities is None else entities
    options: list[tuple[str, str | None]] = [("rebuild", None)]
    if not entities:
        options.append(("entities", "False"))
    options.append(("index", str(index_dir)))
    return Command("build", tuple(paths) or (Placeholder("PATHS"),), tuple(options))


def trust_it(index_dir: Path) -> Command:
    """The advice to accept the index at `index_dir` as this user's (errors.Command)."""
    return Command("trust", (str(index_dir),))


def damaged(message: str, index_dir: Path, advice: str = "rebuild with {0}") -> IndexFormatError:
    """The error for damage to the index at `index_dir`: `message` says what and where, the
    hint `advice` names its rebuild (rebuild(): "{0}")."""
    return IndexFormatError(message, advice, (rebuild(index_dir),))


def _damaged_manifest(index_dir: Path, path: Path) -> IndexFormatError:
    return damaged(f"damaged index manifest: {path}", index_dir)


def _untrusted(index_dir: Path, how: str) -> IndexTrustError:
    return IndexTrustError(
        f"index at {index_dir} {how}",
        "opening it could run code it carries (README, 'Index safety'): if you trust where it came from, "
        "run {0}; else rebuild it from its sources with {1}",
        (trust_it(index_dir), rebuild(index_dir)),
    )


def _check_seal(index_dir: Path, path: Path, text: str, trusted: bool) -> None:
    """Damage first (the checksum anyone can recompute), then whose key signed it."""
    seal = _SEAL_RE.match(text)
    if seal is None:
        raise _damaged_manifest(index_dir, path)
    checksum, signature, signer = seal.groups()
    blank = text[: seal.start(1)] + "0" * 64 + text[seal.end(1) : seal.start(2)] + "0" * 64 + text[seal.end(2) :]
    if hashlib.sha256(blank.encode("utf-8")).hexdigest() != checksum:
        raise _damaged_manifest(index_dir, path)
    if not trusted:
        return
    key = trust.load_key(create=False)
    if not trust.signature_ok(key, checksum, signature):
        if signature == "0" * 64:
            raise _untrusted(index_dir, "is not signed")
        raise _untrusted(
            index_dir,
            "was signed by another user or machine"
            if key is None or signer != trust.key_id(key)
            else "has a signature that does not match",
        )


def no_build_yet(index_dir: Path, *, lock_held: bool = False) -> IndexNotFoundError:
    """The error for a folder whose first build has not completed: it is running (it holds the
    build lock) or it failed or was interrupted, which leaves the folder marked as ours and empty.
    lock_held: the caller holds the build lock itself (so no build is running)."""
    if not lock_held and build_running(index_dir):
        return IndexNotFoundError(
            f"no index at {index_dir} yet: its first build is still running: wait for it to finish"
        )
    return IndexNotFoundError(
        f"no index at {index_dir}",
        "no build of it has completed (the first one failed or was interrupted): run {0}",
        (build_first(index_dir),),
    )


def _records_of(data: Any) -> dict[str, ArticleRecord]:
    """Article records from the manifest's JSON; TypeError or AttributeError if malformed."""
    return {k: ArticleRecord(**v) for k, v in data.items()}


def _has_entries(index_dir: Path) -> bool:
    """Whether a folder holds anything but a build lock (a first build that failed leaves one)."""
    return any(p.name != LOCK_NAME for p in index_dir.iterdir())


def not_a_folder(index_dir: Path) -> IndexFormatError:
    """The refusal of an --index that exists but is no folder, saying what it is: a file, or
    a device (`--index /dev/null`), a named pipe or a socket, which are not files either."""
    import stat

    try:
        mode = index_dir.stat().st_mode
    except OSError:
        mode = 0
    what = (
        "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a named pipe"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a file"
    )
    return IndexFormatError(
        f"not an index folder: {literal(index_dir)} is {what}", "give {index} a folder (a new one for a new index)"
    )


def _check_not_under_a_file(index_dir: Path) -> None:
    """`--index notes.txt/idx`: say which file is in the way, instead of "no index" (search)
    or "File exists" (build)."""
    for parent in index_dir.parents:
        if parent.exists():
            if not parent.is_dir():
                raise IndexFormatError(
                    f"not an index folder: {index_dir} is inside {parent}, which is a file: choose another index folder"
                )
            return


def read_manifest(index_dir: Path, *, records: bool = True, trusted: bool = True, analyzers: bool = True) -> Manifest:
    """Read and check the manifest: its checksum (damage), version, and that this user's key
    signed it. Raises IndexNotFoundError, IndexFormatError, IndexVersionError (an older format:
    rebuild) or IndexTrustError (not signed by this user; trusted=False skips that check, for
    `indexer trust`). analyzers=False accepts an index whose analyzer version alone differs
    (a readable format, other analyzers): its stored fields and records are read as they are,
    for `stats` and `show`, which analyse nothing; its terms are not this version's, so no
    search may read it (Manifest.analyzer_version tells).

    records=False skips parsing the article records (Manifest.articles is left empty until
    Manifest.article_records()): searches need only the header, and a large archive's records
    cost more to parse than the search itself. The whole file is read and checked either way.
    """
    path = index_dir / MANIFEST_NAME
    _check_is_index_folder(index_dir, path)
    text, data, version = _parse_manifest(index_dir, path, records)
    analyzer = _check_versions(index_dir, data, version, analyzers=analyzers)
    _check_seal(index_dir, path, text, trusted=trusted)
    try:
        return _manifest_of(data, version, analyzer, raw="" if records else text)
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        raise _damaged_manifest(index_dir, path) from None


def _check_is_index_folder(index_dir: Path, path: Path) -> None:
    """Refuse a folder that holds no manifest (missing, a file, empty, someone else's) before
    reading: IndexNotFoundError or IndexFormatError, each naming what to do."""
    if not index_dir.exists():
        _check_not_under_a_file(index_dir)
        raise IndexNotFoundError(f"no index at {index_dir}", "run {0} first", (build_first(index_dir),))
    if not index_dir.is_dir():
        raise not_a_folder(index_dir)
    if not path.is_file():
        if not _has_entries(index_dir):
            raise IndexNotFoundError(
                f"no index at {index_dir} (empty folder)", "run {0} first", (build_first(index_dir),)
            )
        raise _foreign_folder(index_dir)


def _parse_manifest(index_dir: Path, path: Path, records: bool) -> tuple[str, dict[str, Any], int]:
    """The manifest's text, its JSON (without the article records when records=False: only the
    header before _ARTICLES_KEY is parsed) and its format version; IndexFormatError if damaged."""
    try:
        text = path.read_bytes().decode("utf-8")
        cut = text.find(_ARTICLES_KEY, 0, 1 << 20)
        if not records and cut > 0:
            data = json.loads(text[:cut].rstrip().rstrip(",") + "\n}")
        else:
            data = json.loads(text)
        version = int(data["format_version"])
        # Format 1 had no seal, so no kind either: an older version's index, not a damaged one.
        if data.get("kind") != MANIFEST_KIND and not ("kind" not in data and 0 < version < FIRST_SEALED_FORMAT):
            raise ValueError("wrong kind")
        return text, data, version
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise _damaged_manifest(index_dir, path) from None


def _check_versions(index_dir: Path, data: dict[str, Any], version: int, *, analyzers: bool = True) -> int:
    """The analyzer version, once the format and analyzers are this indexer's: a newer format is
    refused (IndexFormatError), checked before anything else of the manifest is (a newer
    format's records may have fields this version does not know); a format older than
    OLDEST_READABLE_FORMAT or other analyzers ask for a rebuild (IndexVersionError), other
    analyzers only when `analyzers` (see read_manifest)."""
    if version > INDEX_FORMAT_VERSION:  # its layout may differ: say so before checking it
        raise IndexFormatError(
            f"index at {index_dir} was written by a newer indexer (format {version}, this one reads "
            f"{INDEX_FORMAT_VERSION})",
            "upgrade indexer or rebuild with {0}",
            (rebuild(index_dir),),
        )
    analyzer = int(data.get("analyzer_version", 0))
    if version < OLDEST_READABLE_FORMAT or (analyzers and analyzer != ANALYZER_VERSION):
        # Never opened (a build starts over without reading it), so not checked further.
        raise IndexVersionError(
            f"index at {index_dir} uses {_other_version(version, analyzer)}",
            "rebuild it with {0}",
            (rebuild(index_dir),),
        )
    return analyzer


def _other_version(version: int, analyzer: int) -> str:
    """What differs in an index this version cannot search, for its message: "an older format
    (format 2, analyzers 5)", or its analyzers alone, older or newer than this version's (an
    index a later release wrote, then read by an earlier one, has newer analyzers in the same
    format: trial 16 was told such an index was "older")."""
    if version < OLDEST_READABLE_FORMAT:
        return f"an older format (format {version}, analyzers {analyzer})"
    age = "older" if analyzer < ANALYZER_VERSION else "newer"
    return f"{age} analyzers (version {analyzer}; this indexer's are {ANALYZER_VERSION}) in format {version}"


def is_article(rec: ArticleRecord) -> bool:
    """Whether a manifest record is an article: a page with paragraphs indexed; not a page of
    chrome alone (pipeline.no_text_skip), recorded so that an unchanged one is not read again
    but counted skipped, by builds and `stats` alike (an older version's record of an empty
    page is read again and refused: pipeline._recorded_empty)."""
    return rec.paragraphs > 0


def search_needs_rebuild(index_dir: Path, analyzer_version: int) -> str:
    """The one-line note of an index opened for its stored fields alone (read_manifest's
    analyzers=False) whose `analyzer_version` is not this version's: what it holds is shown as
    stored, but a search needs a rebuild ("{0}": where the caller names the command); '' when
    its analyzers are this version's."""
    if analyzer_version == ANALYZER_VERSION:
        return ""
    age = "older" if analyzer_version < ANALYZER_VERSION else "newer"
    return (
        f"index at {index_dir} uses {age} analyzers (version {analyzer_version}; this indexer's are "
        f"{ANALYZER_VERSION}): shown as stored; to search it, rebuild it with {{0}}"
    )


def _manifest_of(data: dict[str, Any], version: int, analyzer: int, raw: str) -> Manifest:
    """The Manifest of checked JSON; TypeError, ValueError, IndexError, KeyError or
    AttributeError when a field is malformed."""
    files: dict[str, FileEntry] = {str(k): [int(v[0]), str(v[1])] for k, v in dict(data.get("files", {})).items()}
    return Manifest(
        format_version=version,
        analyzer_version=analyzer,
        reader=str(data.get("reader", "")),
        created=str(data.get("created", "")),
        updated=str(data.get("updated", "")),
        entities=bool(data.get("entities", True)),
        index_name=str(data.get("index_name", "")),
        generation=int(data.get("generation", -1)),
        files=files,
        words_file=str(data.get("words_file", "")),
        names_file=str(data.get("names_file", "")),
        articles=_records_of(data.get("articles", {})),
        raw=raw,
    )


def read_skips_said(index_dir: Path) -> frozenset[str]:
    """The reasons (each naming its file) of the files the last build skipped and said so, from
    SKIPS_NAME in `index_dir`. A missing, unreadable or damaged file, or one not in this shape,
    is no error: nothing was said, so every skip is said again."""
    try:
        data = json.loads((index_dir / SKIPS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return frozenset()
    reasons = data.get("skips_said") if isinstance(data, dict) else None
    return frozenset(r for r in reasons if isinstance(r, str)) if isinstance(reasons, list) else frozenset()


def write_skips_said(index_dir: Path, reasons: Iterable[str]) -> None:
    """Record `reasons` as the skips said (SKIPS_NAME), written then renamed as the manifest is;
    OSError is the caller's (a read-only index: the skips are said again, nothing worse)."""
    text = json.dumps({"schema_version": 1, "skips_said": sorted(set(reasons))}, indent=1, ensure_ascii=False)
    _replace_file(index_dir / SKIPS_NAME, text + "\n")


def _replace_file(path: Path, content: str | Callable[[BinaryIO], object]) -> None:
    """Write-then-rename: a reader or a killed build never sees half a file. The temporary
    name (".NAME.PID.tmp") is one that MANIFEST_TMP_RE lets the next build clean up.
    `content`: the text (written as UTF-8), or a function that writes the bytes into the open
    temporary file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            if isinstance(content, str):
                fh.write(content.encode("utf-8"))
            else:
                content(fh)
            fh.flush()
            os.fsync(fh.fileno())  # the rename is the commit: the bytes must be there first
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _manifest_pieces(manifest: Manifest, key_id: str) -> Iterator[str]:
    """The manifest's text in pieces: exactly json.dumps(manifest.to_json(), indent=1,
    ensure_ascii=False) with `key_id` filled in, but the header first (seal still blank), then
    one piece per article record, so that writing it never holds the whole text: the JSON
    encoder's pieces of it took ~60 MB at 19,000 articles, the largest part of a build's growth
    with the corpus in its main process. (JSON escapes a newline inside a string, so every
    newline of a record's text is its layout, indented here one level deeper.)"""
    data = manifest.to_json(records=False)
    data["key_id"] = key_id
    head = json.dumps(data, indent=1, ensure_ascii=False)
    assert head.endswith("\n}")
    if not manifest.articles:
        yield head[:-2] + ',\n "articles": {}\n}'
        return
    yield head[:-2] + ',\n "articles": {\n'
    separator = ""
    for aid in sorted(manifest.articles):
        record = json.dumps(asdict(manifest.articles[aid]), indent=1, ensure_ascii=False).replace("\n", "\n  ")
        yield f"{separator}  {json.dumps(aid, ensure_ascii=False)}: {record}"
        separator = ",\n"
    yield "\n }\n}"


def write_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Write the manifest signed with this user's key (made on first use): the commit point.
    Streamed: the article records go out one by one while their SHA-256 is taken; the seal at
    the head is filled in last (its blanks have the length of the values)."""
    key = trust.load_key(create=True)
    assert key is not None

    def write(fh: BinaryIO) -> None:
        digest = hashlib.sha256()
        head = b""
        for piece in _manifest_pieces(manifest, trust.key_id(key)):
            data = piece.encode("utf-8")
            head = head or data
            digest.update(data)
            fh.write(data)
        checksum = digest.hexdigest()
        sealed = head.replace(_BLANK_CHECKSUM.encode(), f"sha256:{checksum}".encode(), 1).replace(
            _BLANK_SIGNATURE.encode(), f"hmac-sha256:{trust.sign(key, checksum)}".encode(), 1
        )
        assert len(sealed) == len(head)
        fh.seek(0)
        fh.write(sealed)

    _replace_file(index_dir / MANIFEST_NAME, write)


def _foreign_folder(index_dir: Path) -> IndexFormatError:
    return IndexFormatError(
        f"not an indexer index: {index_dir} has files but no {MANIFEST_NAME}{_articles_in(index_dir)}: "
        "choose another index folder (this folder is left untouched)"
    )


def _articles_in(folder: Path, most: int = 100_000) -> str:
    """ " (it holds 2,225 article files: ...)" when `folder` holds files the build reads as articles
    (sources.is_supported), as a folder of articles given as --index does (the arguments
    swapped, or a corpus taken for the index); "" when it holds none. Counts at most `most`."""
    import os

    from ..sources import is_folder_doc, is_supported

    n = 0
    for _, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        n += sum(1 for f in filenames if is_supported(Path(f)) and not is_folder_doc(Path(f)))
        if n >= most:
            break
    if not n:
        return ""
    return (
        f" (it holds {n:,} article file{'s' * (n > 1)}: an index is the folder a build "
        "writes (--index DIR), not the articles' folder)"
    )
