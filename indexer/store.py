"""Opening, creating and updating the Whoosh index, and the manifest kept beside it.

The manifest (`indexer-manifest.json`) says the folder is ours, which format and analyzer
version wrote it, and what each article's content hash was, so builds are incremental. Whoosh's
table of contents is a pickle: a folder without our manifest is never opened.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import IndexFormatError, IndexLockedError, IndexNotFoundError, IndexerError
from .models import ENTITY_FIELDS, Article
from .schema import ANALYZER_VERSION, ENTITY_TEXT_FIELDS, INDEX_FORMAT_VERSION, build_schema

MANIFEST_NAME = "indexer-manifest.json"
MANIFEST_KIND = "indexer-index"
DEFAULT_INDEX_DIR = ".indexer"
INDEX_ENV = "INDEXER_INDEX"
WRITER_LIMIT_MB = 256  # DESIGN: a large limitmb made big builds ~35% faster


def resolve_index_dir(index: str | os.PathLike[str] | None) -> Path:
    """--index, else $INDEXER_INDEX, else ./.indexer."""
    if index:
        return Path(index)
    env = os.environ.get(INDEX_ENV)
    return Path(env) if env else Path(DEFAULT_INDEX_DIR)


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


@dataclass
class Manifest:
    format_version: int = INDEX_FORMAT_VERSION
    analyzer_version: int = ANALYZER_VERSION
    created: str = ""
    updated: str = ""
    entities: bool = True
    articles: dict[str, ArticleRecord] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = MANIFEST_KIND
        data["articles"] = {k: asdict(v) for k, v in sorted(self.articles.items())}
        return data


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def read_manifest(index_dir: Path) -> Manifest:
    """Read and check the manifest. Raises IndexNotFoundError or IndexFormatError."""
    path = index_dir / MANIFEST_NAME
    if not index_dir.exists():
        raise IndexNotFoundError(
            f"no index at {index_dir}: run 'indexer build PATHS --index {index_dir}' first"
        )
    if not index_dir.is_dir():
        raise IndexFormatError(f"not an index folder: {index_dir} is a file: choose another --index")
    if not path.is_file():
        if not any(index_dir.iterdir()):
            raise IndexNotFoundError(
                f"no index at {index_dir} (empty folder): run 'indexer build PATHS --index {index_dir}' first"
            )
        raise _foreign_folder(index_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("kind") != MANIFEST_KIND:
            raise ValueError("wrong kind")
        version = int(data["format_version"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise IndexFormatError(
            f"damaged index manifest: {path}: rebuild with 'indexer build --rebuild --index {index_dir}'"
        ) from None
    if version > INDEX_FORMAT_VERSION:
        raise IndexFormatError(
            f"index at {index_dir} was written by a newer indexer (format {version}, this one reads "
            f"{INDEX_FORMAT_VERSION}): upgrade indexer or rebuild with --rebuild"
        )
    analyzer = int(data.get("analyzer_version", 0))
    if version < INDEX_FORMAT_VERSION or analyzer != ANALYZER_VERSION:
        raise IndexFormatError(
            f"index at {index_dir} uses an older format (format {version}, analyzers {analyzer}): "
            f"rebuild it with 'indexer build --rebuild --index {index_dir}'"
        )
    try:
        articles = {k: ArticleRecord(**v) for k, v in data.get("articles", {}).items()}
    except TypeError:
        raise IndexFormatError(
            f"damaged index manifest: {path}: rebuild with 'indexer build --rebuild --index {index_dir}'"
        ) from None
    return Manifest(
        format_version=version,
        analyzer_version=analyzer,
        created=str(data.get("created", "")),
        updated=str(data.get("updated", "")),
        entities=bool(data.get("entities", True)),
        articles=articles,
    )


def write_manifest(index_dir: Path, manifest: Manifest) -> None:
    # Write-then-rename: a reader or a killed build never sees half a manifest.
    tmp = index_dir / f".{MANIFEST_NAME}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(manifest.to_json(), indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, index_dir / MANIFEST_NAME)


def open_index(index_dir: Path) -> tuple[Any, Manifest]:
    """Open an index this tool wrote, for reading. Checks the manifest before Whoosh sees it."""
    from whoosh import index as whoosh_index

    manifest = read_manifest(index_dir)
    try:
        ix = whoosh_index.open_dir(str(index_dir))
    except whoosh_index.EmptyIndexError:
        raise IndexFormatError(
            f"damaged index at {index_dir}: Whoosh files are missing: rebuild with "
            f"'indexer build --rebuild --index {index_dir}'"
        ) from None
    except Exception as exc:  # Whoosh raises many kinds on damaged files
        raise IndexFormatError(
            f"damaged index at {index_dir} ({type(exc).__name__}): rebuild with "
            f"'indexer build --rebuild --index {index_dir}'"
        ) from None
    return ix, manifest


def article_documents(article: Article) -> Iterator[dict[str, Any]]:
    """The Whoosh documents of an article: one per indexed paragraph."""
    for p in article.indexed_paragraphs:
        tags = {name: getattr(p, name) for name in ENTITY_FIELDS}
        doc: dict[str, Any] = {
            "key": f"{article.id}#{p.paragraph}",
            "article_id": article.id,
            "article": article.id.lower(),
            "title": article.title,
            "paragraph": p.paragraph,
            "kind": p.kind,
            "section": p.section,
            "text": p.text,
            "exact": p.text,
            "published": article.published,
            "tags": json.dumps(tags, ensure_ascii=False, separators=(",", ":")),
        }
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

    def __init__(self, writer: Any, fresh: bool) -> None:
        self._writer = writer
        self._fresh = fresh

    def put_article(self, article: Article) -> int:
        if not self._fresh:
            self._writer.delete_by_term("article_id", article.id)
        count = 0
        for doc in article_documents(article):
            self._writer.add_document(**doc)
            count += 1
        return count

    def delete_article(self, article_id: str) -> None:
        self._writer.delete_by_term("article_id", article_id)


def _staging_dir(index_dir: Path) -> Path:
    return index_dir.parent / f".{index_dir.name}.building-{os.getpid()}"


def _check_writable_target(index_dir: Path) -> None:
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexFormatError(f"not an index folder: {index_dir} is a file: choose another --index")
    if index_dir.is_dir() and any(index_dir.iterdir()) and not (index_dir / MANIFEST_NAME).is_file():
        raise _foreign_folder(index_dir)


def _foreign_folder(index_dir: Path) -> IndexFormatError:
    return IndexFormatError(
        f"not an indexer index: {index_dir} has files but no {MANIFEST_NAME}: "
        "choose another --index (this folder is left untouched)"
    )


@contextmanager
def write_index(index_dir: Path, manifest: Manifest, *, fresh: bool, wait: float = 5.0) -> Iterator[IndexWriter]:
    """A writer over the index; commits on success, leaves the old index untouched on error.

    fresh=True builds a new index in a staging folder beside the target and swaps it in when it
    is complete, so an existing index stays readable until the last moment and a failed or
    killed build leaves it as it was. Otherwise the existing index is updated in one commit
    (Whoosh writes new segments and then renames its table of contents into place).
    """
    from whoosh import index as whoosh_index
    from whoosh.index import LockError

    _check_writable_target(index_dir)
    if fresh:
        target = _staging_dir(index_dir)
        if target.exists():
            shutil.rmtree(target)
        try:
            target.mkdir(parents=True)
            ix = whoosh_index.create_in(str(target), build_schema())
        except OSError as exc:
            raise IndexerError(f"cannot create index at {index_dir}: {exc.strerror or exc}") from None
    else:
        target = index_dir
        ix, _ = open_index(index_dir)
    try:
        writer = ix.writer(timeout=wait, limitmb=WRITER_LIMIT_MB)
    except LockError:
        raise IndexLockedError(
            f"index at {index_dir} is locked by another build (lock file {index_dir / 'MAIN_WRITELOCK'}): "
            "wait for it to finish and try again"
        ) from None
    try:
        yield IndexWriter(writer, fresh)
        manifest.updated = now_iso()
        manifest.created = manifest.created or manifest.updated
        writer.commit(optimize=fresh)
    except BaseException:
        writer.cancel()
        ix.close()
        if fresh:
            shutil.rmtree(target, ignore_errors=True)
        raise
    ix.close()
    try:
        write_manifest(target, manifest)
        if fresh:
            _swap_in(target, index_dir)
    except OSError as exc:
        if fresh:
            shutil.rmtree(target, ignore_errors=True)
        raise IndexerError(f"cannot write index at {index_dir}: {exc.strerror or exc}") from None


def _swap_in(staging: Path, index_dir: Path) -> None:
    if index_dir.exists():
        old = index_dir.parent / f".{index_dir.name}.old-{os.getpid()}"
        os.replace(index_dir, old)
        os.replace(staging, index_dir)
        shutil.rmtree(old, ignore_errors=True)
    else:
        index_dir.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging, index_dir)
