"""read -> segment -> tag -> index: the build and parse jobs, as library calls the CLI wraps."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import sources
from .errors import IndexNotFoundError, SourceError
from .models import Article
from .segment import segment
from .sources import SourceRef
from .store import ArticleRecord, Manifest, read_manifest, resolve_index_dir, write_index, write_manifest

ProgressFn = Callable[[int, int, int], None]  # (articles done, articles to do, paragraphs)


@dataclass
class Skipped:
    path: str
    reason: str


@dataclass
class BuildSummary:
    index_dir: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    paragraphs: int = 0  # indexed paragraphs written by this build
    total_articles: int = 0
    total_paragraphs: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


def parse_ref(ref: SourceRef, data: bytes | None = None) -> Article:
    """Read and segment one file (no entities)."""
    doc = sources.read_document(ref, data)
    article = segment(doc)
    article.warnings[:0] = doc.warnings
    return article


def tag(articles: Iterable[Article], entities: bool) -> Iterator[Article]:
    if not entities:
        return iter(articles)
    from .entities import tag_articles  # lazy: spaCy costs about a second to import

    return tag_articles(articles)


def parse_paths(
    paths: list[str], *, entities: bool = True, on_error: Callable[[SourceRef, SourceError], None] | None = None
) -> Iterator[Article]:
    """Every article under PATHS as the indexer sees it; nothing is written.

    A file that cannot be read raises SourceError, unless on_error is given: then it is reported
    there and skipped, so one bad page does not stop a folder.
    """
    refs = sources.find_sources(paths)

    def read_all() -> Iterator[Article]:
        for ref in refs:
            try:
                yield parse_ref(ref)
            except SourceError as exc:
                if on_error is None:
                    raise
                on_error(ref, exc)

    return tag(read_all(), entities)


def _load_or_new_manifest(index_dir: Path, rebuild: bool) -> tuple[Manifest, bool]:
    """The manifest to update and whether the build starts from an empty index."""
    if rebuild:
        return Manifest(), True
    try:
        return read_manifest(index_dir), False
    except IndexNotFoundError:
        return Manifest(), True


def build(
    paths: list[str],
    index: str | None = None,
    *,
    rebuild: bool = False,
    entities: bool = True,
    prune: bool = True,
    strict: bool = False,
    wait: float = 5.0,
    progress: ProgressFn | None = None,
) -> BuildSummary:
    """Index the articles under PATHS, re-reading only those whose content changed.

    Files named directly that cannot be read raise SourceError before anything is written;
    files found in folders or globs are skipped and listed in the summary (strict=True makes
    them errors too).
    """
    start = time.perf_counter()
    index_dir = resolve_index_dir(index)
    refs = sources.find_sources(paths)
    manifest, fresh = _load_or_new_manifest(index_dir, rebuild)
    if not fresh and manifest.entities != entities:
        # Mixing tagged and untagged articles would make entity filters silently incomplete.
        fresh, manifest = True, Manifest()
    manifest.entities = entities
    summary = BuildSummary(index_dir=str(index_dir))
    old = manifest.articles

    # Plan: which files changed. A file whose size and mtime match the manifest is not re-read.
    todo: list[tuple[SourceRef, bytes, str]] = []
    seen: set[str] = set()
    for ref in refs:
        seen.add(ref.id)
        rec = old.get(ref.id)
        try:
            st = ref.path.stat()
        except OSError as exc:
            _skip_or_raise(ref, SourceError(f"cannot read {ref.path}: {exc.strerror}"), strict, summary)
            continue
        if rec and not fresh and rec.path == str(ref.path) and rec.size == st.st_size and rec.mtime_ns == st.st_mtime_ns:
            summary.unchanged += 1
            continue
        try:
            data = sources.read_bytes(ref)
            digest = sources.content_hash(data)
            if rec and not fresh and rec.content_hash == digest:
                rec.path, rec.size, rec.mtime_ns = str(ref.path), st.st_size, st.st_mtime_ns
                summary.unchanged += 1
                continue
            sources.check_text_bytes(ref, data)
        except SourceError as exc:
            _skip_or_raise(ref, exc, strict, summary)
            continue
        todo.append((ref, data, digest))

    roots = {str(r.root) for r in refs}
    removed = [
        aid for aid, rec in old.items() if not fresh and prune and aid not in seen and rec.root in roots
    ]
    if not fresh and not todo and not removed:
        write_manifest(index_dir, manifest)  # records refreshed mtimes; the index is untouched
        return _finish(summary, manifest, start)

    with write_index(index_dir, manifest, fresh=fresh, wait=wait) as writer:
        if fresh:
            manifest.articles = old = {}

        def parsed() -> Iterator[tuple[SourceRef, Article]]:
            for ref, data, _ in todo:
                try:
                    yield ref, parse_ref(ref, data)
                except SourceError as exc:
                    _skip_or_raise(ref, exc, strict, summary)

        refs_by_id: dict[str, tuple[SourceRef, int, int]] = {}
        pending = parsed()

        def articles_only() -> Iterator[Article]:
            for ref, article in pending:
                st = ref.path.stat()
                refs_by_id[article.id] = (ref, st.st_size, st.st_mtime_ns)
                yield article

        done = 0
        for article in tag(articles_only(), entities):
            ref, size, mtime = refs_by_id.pop(article.id)
            n = writer.put_article(article)
            if article.id in old:
                summary.updated += 1
            else:
                summary.added += 1
            summary.paragraphs += n
            summary.warnings.extend(article.warnings)
            old[article.id] = ArticleRecord(
                id=article.id, path=str(ref.path), root=str(ref.root), content_hash=article.content_hash,
                size=size, mtime_ns=mtime, title=article.title, byline=article.byline,
                dateline=article.dateline, published=article.published, paragraphs=n,
                blocks=len(article.paragraphs),
            )
            done += 1
            if progress:
                progress(done, len(todo), summary.paragraphs)
        for aid in removed:
            writer.delete_article(aid)
            del old[aid]
            summary.removed += 1
    return _finish(summary, manifest, start)


def _skip_or_raise(ref: SourceRef, exc: SourceError, strict: bool, summary: BuildSummary) -> None:
    if ref.explicit or strict:
        raise exc
    summary.skipped.append(Skipped(str(ref.path), str(exc)))


def _finish(summary: BuildSummary, manifest: Manifest, start: float) -> BuildSummary:
    summary.total_articles = len(manifest.articles)
    summary.total_paragraphs = sum(r.paragraphs for r in manifest.articles.values())
    summary.seconds = time.perf_counter() - start
    return summary
