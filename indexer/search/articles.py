"""Articles and statistics of an open index: `show ARTICLE`, context paragraphs, `stats`, `entities`."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import orjson

from ..errors import ArticleNotFoundError, Command, literal
from ..models import ENTITY_FIELDS, KINDS, Article, EntityTags, IndexStats, Paragraph
from ..schema import ENTITY_TEXT_FIELDS
from ..store import ArticleRecord, open_searcher, resolve_index_dir

if TYPE_CHECKING:
    from ..index.manifest import Manifest
    from ..index.types import Searcher
    from ..names import NameTable

FACET_FIELDS = ENTITY_TEXT_FIELDS

# The advice for an id that names no article: list the index's articles (the CLI says
# 'indexer stats --articles').
LIST_ARTICLES = Command("stats", (), (("articles", None),))


# A byline of plain letters (most are): its words as the names' analyzer gives them, by a regular
# expression (~1 us against the analyzer's ~100 us: 20,000 bylines took 2.3 s).
_PLAIN_BYLINE = re.compile(r"[A-Za-z ,\-]*")  # (an apostrophe's word is the analyzer's: "O'Neil" is one)
_LETTERS = re.compile(r"[a-z]+")


def byline_words(byline: str) -> tuple[str, ...]:
    """A byline's words as a `byline:` query's are analysed: the names' analyzer's terms (case
    and accents folded, unstemmed, every word kept)."""
    if _PLAIN_BYLINE.fullmatch(byline):
        return tuple(_LETTERS.findall(byline.lower()))
    from ..analysis import name_analyzer

    return tuple(t.text for t in name_analyzer()(byline))


def byline_forms(byline: str) -> tuple[str, ...]:
    """A byline's words as `ids_by_byline` matches them: `byline_words` of the byline as written
    and, where they differ, "" then those of the byline in lower case, which a `byline:` query
    is analysed in (index.parser). The tokenizer reads case: a capital after a dot opens a glued
    sentence, so a username "Henry.K" is the words "henry" "k", and "henry.k" one word; with
    both, `byline:henry.k`, `byline:Henry.K` and `byline:henry` all find it (trial 16: forum
    usernames). "" separates the readings: no query word is empty, so no run spans both."""
    words = byline_words(byline)
    lower = byline_words(byline.lower())
    return words if lower == words else (*words, "", *lower)


class Articles:
    """The articles of an open index (`searcher`: Whoosh's; `manifest`: store.py's): records
    read on first use, paragraphs of recently shown articles cached."""

    CACHE = 256  # articles whose paragraphs are kept

    def __init__(
        self,
        searcher: Searcher,
        manifest: Manifest,
        index_dir: Path,
        names: Callable[[], NameTable | None] = lambda: None,
    ) -> None:
        self._searcher = searcher
        self.manifest = manifest
        self.index_dir = index_dir
        self._names = names  # the index's corpus names (names.NameTable) on first use, or None
        self._records: dict[str, ArticleRecord] | None = None
        self._by_path: dict[str, str] | None = None
        self._bylines: dict[str, tuple[str, ...]] | None = None
        self._paragraphs: dict[str, list[Paragraph]] = {}

    def tags(self, stored: dict[str, Any]) -> EntityTags:
        """A stored paragraph's entity lists with each name as the index shows it (`tags` with the
        corpus names of `names`): the name `indexer entities`, the facets and the entity filters
        use, so a hit tagged "Donald Trump" is one `--person "Donald Trump"` finds and its facet
        counts, though its article says only "Trump". The table is read for the first paragraph
        with a name."""
        found = tags(stored)
        if any(found[f] for f in ENTITY_TEXT_FIELDS):
            table = self._names()
            if table is not None:
                return canonical_tags(found, table.canonical)
        return found

    @property
    def records(self) -> dict[str, ArticleRecord]:
        """The manifest's article records, read on first use (searches never need them)."""
        if self._records is None:
            self._records = self.manifest.article_records()
        return self._records

    def byline(self, article_id: str) -> str:
        """The article's byline as its record has it ("" when none): for hits of paragraphs
        stored before they carried it (the records are read on the first such hit)."""
        return getattr(self.records.get(article_id), "byline", "") or ""

    def id_for_path(self, ref: str) -> str | None:
        """The id of the article read from the file `ref` names (absolute, `~/`, or relative to the
        working folder; a path has a `/` in it), or None. `indexer show` prints each article's
        file beside its id, and a user pastes that path back: records hold resolved paths
        (sources.py), so `ref` is resolved the same way."""
        from ..sources import GLOB_CHARS  # here: the search path loads no reader otherwise

        found = self.ids_for_path(ref)
        return found[0] if len(found) == 1 and not GLOB_CHARS & set(ref) else None

    def ids_for_path(self, ref: str) -> list[str]:
        """The ids of the articles read from the files `ref` names, in path order: one file (see
        `id_for_path`), a folder on disk (every article under it: `--article ./x/business`), or
        a pattern of files (`*`, `?`, `[...]` as the shell reads them: `~/news/2021-*.txt`). []
        when `ref` is no path (it has no `/`) or names no article's file."""
        if "/" not in ref and os.sep not in ref:
            return []
        from ..sources import GLOB_CHARS  # here: the search path loads no reader otherwise

        try:
            path = Path(ref).expanduser()
            if GLOB_CHARS & set(ref):  # a pattern: made absolute, not resolved (it names no file)
                pattern = os.path.normpath(path if path.is_absolute() else Path.cwd() / path)
                return [aid for p, aid in sorted(self._paths().items()) if fnmatch.fnmatchcase(p, pattern)]
            resolved = path.resolve()
            found = self._paths().get(str(resolved))
            if found is None and resolved.is_dir():  # a folder: the articles under it
                under = str(resolved).rstrip("/") + "/"
                return [aid for p, aid in sorted(self._paths().items()) if p.startswith(under)]
        except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL byte
            return []
        return [found] if found is not None else []

    def ids_by_byline(self, words: Sequence[str], pattern: str = "") -> list[str]:
        """The ids of the articles whose byline (as the manifest records it) holds `words`
        (names' analysed terms: case and accents folded) one after the other, or, when
        `pattern` is given (fnmatch, folded the same), a word matching it; in id order, []
        for no words. The bylines' words are read on first use (a `byline:` query's): the
        manifest's records, which other searches never read."""
        if self._bylines is None:
            self._bylines = {}
            words_of: dict[str, tuple[str, ...]] = {}  # each distinct byline analysed once
            for aid, r in sorted(self.records.items()):
                if byline := getattr(r, "byline", ""):
                    if byline not in words_of:
                        words_of[byline] = byline_forms(byline)
                    self._bylines[aid] = words_of[byline]
        if pattern:
            return [aid for aid, ws in self._bylines.items() if any(w and fnmatch.fnmatchcase(w, pattern) for w in ws)]
        want, n = tuple(words), len(words)
        if not n:
            return []
        return [aid for aid, ws in self._bylines.items() if any(ws[i : i + n] == want for i in range(len(ws) - n + 1))]

    def _paths(self) -> dict[str, str]:
        """Article ids by their file's resolved path, built on first use."""
        if self._by_path is None:
            self._by_path = {r.path: aid for aid, r in sorted(self.records.items()) if getattr(r, "path", "")}
        return self._by_path

    def paragraphs(self, article_id: str) -> list[Paragraph]:
        """The indexed paragraphs of an article, in order, as stored."""
        if article_id not in self._paragraphs:
            if len(self._paragraphs) > self.CACHE:
                self._paragraphs.clear()
            docs = sorted(self._searcher.documents(article_id=article_id), key=lambda d: int(d["paragraph"]))
            self._paragraphs[article_id] = [paragraph(d, self.tags(d)) for d in docs]
        return self._paragraphs[article_id]

    def resolve(self, ref: str) -> str:
        """An article id from what a user typed: the id, any case, the article's file (its path as
        `show` prints it, or relative to the working folder), or a unique part of the id."""
        if not ref.strip():
            # "" is a part of every id: it named the only article, or all of them as ambiguous
            raise ArticleNotFoundError(
                "empty article id", "give an id or a unique part of it ({0} lists them)", (LIST_ARTICLES,)
            )
        ids = sorted(self.records)
        if ref in self.records:
            return ref
        by_path = self.id_for_path(ref)
        if by_path is not None:
            return by_path
        low = ref.lower()
        for candidates in (
            [i for i in ids if i.lower() == low],
            [i for i in ids if i.lower().startswith(low)],
            [i for i in ids if low in i.lower()],
        ):
            if len(candidates) == 1:
                return candidates[0]
            if len(candidates) > 1:
                shown = ", ".join(candidates[:5]) + (", ..." if len(candidates) > 5 else "")
                raise ArticleNotFoundError(
                    f"article '{ref}' is ambiguous: it matches {len(candidates)} articles "
                    f"({shown}): give more of its id"
                )
        # "rferl:abc": an article followed by something that is no paragraph number, which
        # split_paragraph_ref left in the id; say what is wrong with it, not that no id matched.
        head, sep, tail = max(ref.rpartition(":"), ref.rpartition("#"), key=lambda t: len(t[0]))
        if sep and head.strip() and not tail.isdigit():
            try:
                found = self.resolve(head)
            except ArticleNotFoundError:
                pass
            else:  # the article is there: "no article" first misled a new user
                raise ArticleNotFoundError(
                    f"'{ref}' names {found} and then no paragraph",
                    literal(
                        (f"'{tail}' is no paragraph number" if tail else f"no paragraph number after '{sep}'")
                        + f": give {head}{sep}N, N a number"
                    ),
                )
        import difflib

        close = difflib.get_close_matches(ref, ids, n=1, cutoff=0.6)
        hint = f"did you mean '{literal(close[0])}'?" if close else "{0} lists them"
        raise ArticleNotFoundError(f"no article '{ref}' in the index at {self.index_dir}", hint, (LIST_ARTICLES,))

    def article(self, ref: str) -> Article:
        """An article as indexed: its metadata and indexed paragraphs with their entity tags."""
        article_id = self.resolve(ref)
        record = self.records.get(article_id)
        article = Article(
            id=article_id, path=getattr(record, "path", ""), content_hash=getattr(record, "content_hash", "")
        )
        for name in ("title", "byline", "dateline", "published", "language", "url"):
            setattr(article, name, getattr(record, name, "") if record else "")
        article.paragraphs = list(self.paragraphs(article_id))
        if article.content_hash:
            same = (r.id for r in self.records.values() if r.content_hash == article.content_hash)
            article.copies = sorted(i for i in same if i != article_id)
        return article

    def stats(self) -> IndexStats:
        from ..index.collect import term_doc_count

        kinds: dict[str, int] = {}
        for kind in KINDS:
            n = term_doc_count(self._searcher, "kind", kind)
            if n:
                kinds[kind] = n
        # Names of live paragraphs only (the lexicon keeps those of deleted ones until a merge),
        # one per corpus name, as `indexer entities` lists them: counted as tagged, "Blair" and
        # "Tony Blair" were two people here and one there (a user's trial: 1,021 against 1,010).
        table = self._names() or corpus_names(self._searcher)
        names = {f: len(rows) for f, rows in canonical_rows(self._searcher, table, FACET_FIELDS).items()}
        from ..index.manifest import is_article

        articles = [r for r in self.records.values() if is_article(r)]  # (not a page of chrome alone)
        dates = sorted(r.published for r in articles if r.published)
        size = sum(p.stat().st_size for p in self.index_dir.iterdir() if p.is_file())
        return IndexStats(
            index=str(self.index_dir),
            format_version=self.manifest.format_version,
            analyzer_version=self.manifest.analyzer_version,
            created=self.manifest.created,
            updated=self.manifest.updated,
            entities=self.manifest.entities,
            articles=len(articles),
            paragraphs=self._searcher.doc_count(),
            kinds=kinds,
            size_bytes=size,
            names=names,
            published=(dates[0], dates[-1]) if dates else ("", ""),
            languages=count_languages(articles),
            copies=count_copies(articles),
        )


def count_copies(records: Iterable[ArticleRecord]) -> int:
    """How many of the articles hold the same file bytes as another (equal `content_hash`): each
    group of equal files counts all but one. A record without a hash (none recorded) is none."""
    from collections import Counter

    counts = Counter(r.content_hash for r in records if r.content_hash)
    return sum(n - 1 for n in counts.values())


def count_languages(records: Iterable[ArticleRecord]) -> dict[str, int]:
    """Articles per language code, most first (then by code); "und" for undetermined."""
    from collections import Counter

    counts = Counter(getattr(r, "language", "") or "und" for r in records)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def tags(stored: dict[str, Any]) -> EntityTags:
    """The entity lists of a stored paragraph (kept as JSON in its `tags` field)."""
    tags = orjson.loads(stored.get("tags") or "{}")  # as json.loads, ~3x faster: once per hit
    # A dict over ENTITY_FIELDS is an EntityTags (its keys are those; tests/test_interfaces.py).
    return cast(EntityTags, {k: list(tags.get(k, [])) for k in ENTITY_FIELDS})


def turn(stored: dict[str, Any]) -> str:
    """Who wrote or said a stored paragraph (Paragraph.turn: a forum reply's poster), kept in its
    `tags` JSON (store.article_documents); "" when none, as in an index written before it."""
    raw = stored.get("tags") or ""
    if '"turn":' not in raw:  # (most paragraphs: no second parse of their tags)
        return ""
    return str(orjson.loads(raw).get("turn") or "")


def canonical_tags(found: EntityTags, canonical: Callable[[str, str], str]) -> EntityTags:
    """`found` with every name of an entity text field replaced by its corpus name
    (`canonical(field, name)`, names.NameTable.canonical), in the paragraph's order, once each
    (two names of one group in a paragraph are one). Dates stay as they are."""
    out = dict(found)
    for f in ENTITY_TEXT_FIELDS:
        if found.get(f):
            out[f] = list(dict.fromkeys(canonical(f, n) for n in found[f]))
    return cast(EntityTags, out)


def paragraph(stored: dict[str, Any], found: EntityTags | None = None) -> Paragraph:
    """A stored paragraph; its entity lists `found` (Articles.tags) or, without, as stored."""
    return Paragraph(
        paragraph=int(stored["paragraph"]),
        kind=stored.get("kind", ""),
        text=stored.get("text", ""),
        section=stored.get("section", ""),
        turn=turn(stored),
        **(found if found is not None else tags(stored)),
    )


def entity_counts(index: str | Path | None, fields: Sequence[str], limit: int = 0) -> dict[str, list[tuple[str, int]]]:
    """Canonical names of each entity field with the number of paragraphs naming each (a
    paragraph naming two variants of one corpus name counted once, as a filter by it finds it)."""
    from ..store import read_names

    index_dir = resolve_index_dir(index)
    ix, manifest, searcher = open_searcher(index_dir)
    try:
        with searcher:
            # One row per corpus name (names.py): the table the build stored, else derived from
            # the names as tagged (each field's table depends on that field's rows only).
            table = read_names(index_dir, manifest)
            if table is None:
                table = corpus_names(searcher)
            return {f: rows[: limit or None] for f, rows in canonical_rows(searcher, table, fields).items()}
    finally:
        ix.close()


def canonical_rows(searcher: Searcher, table: NameTable, fields: Sequence[str]) -> dict[str, list[tuple[str, int]]]:
    """Each field's [(corpus name, paragraphs naming it)], most first, by the corpus names of
    `table` (names.NameTable): what `indexer entities` lists and `indexer stats` counts. Dates
    are counted as they are."""
    rows = entity_rows(searcher, fields, canonical=table.canonical)
    return {f: table.merge(f, rows[f]) if f in ENTITY_TEXT_FIELDS else rows[f] for f in fields}


def corpus_names(searcher: Searcher) -> NameTable:
    """The corpus-names table (names.NameTable) derived from the live paragraphs `searcher`
    reads: what a build stores beside its generation (store.py), and what a reader computes when
    the index has no stored table."""
    from ..names import build_name_table
    from ..schema import ENTITY_TEXT_FIELDS

    return build_name_table(entity_rows(searcher, ENTITY_TEXT_FIELDS), entity_articles(searcher, ENTITY_TEXT_FIELDS))


def entity_articles(searcher: Searcher, fields: Sequence[str]) -> list[dict[str, list[str]]]:
    """Each live article's names per field (`{field: names, sorted}`, one mapping an article,
    in article-id order): the article evidence names.build_name_table joins bare surnames on.
    From the mentions arrays and the `article_id` column (~0.3 s for BBC + Reuters' 118,000
    paragraphs), else, in an index written without mentions arrays, from the stored tags."""
    from ..index.view import index_view

    found: dict[str, dict[str, set[str]]] = {}
    for segment in index_view(searcher).segments:
        mentions = [(f, segment.mentions(f)) for f in fields]
        if any(m is None for _, m in mentions):
            return _stored_entity_articles(searcher, fields)
        column = segment.reader.column_reader("article_id")
        deleted = set(segment.deleted.tolist()) if segment.deleted is not None else set()
        article_of: dict[int, str] = {}
        for f, m in mentions:
            assert m is not None
            for doc, number in zip(m.docs.tolist(), m.ids.tolist()):
                if doc in deleted:
                    continue
                if doc not in article_of:
                    article_of[doc] = column[doc]
                found.setdefault(article_of[doc], {}).setdefault(f, set()).add(m.names[number])
    return [{f: sorted(names) for f, names in found[a].items()} for a in sorted(found)]


def _stored_entity_articles(searcher: Searcher, fields: Sequence[str]) -> list[dict[str, list[str]]]:
    """`entity_articles` from the live paragraphs' stored tags (an index without mentions arrays)."""
    found: dict[str, dict[str, set[str]]] = {}
    for stored in searcher.documents():
        paragraph_tags: dict[str, Any] = orjson.loads(stored.get("tags") or "{}")
        for f in fields:
            names = paragraph_tags.get(f) or []
            if names:
                found.setdefault(stored["article_id"], {}).setdefault(f, set()).update(names)
    return [{f: sorted(names) for f, names in found[a].items()} for a in sorted(found)]


def entity_rows(
    searcher: Searcher,
    fields: Sequence[str],
    limit: int = 0,
    canonical: Callable[[str, str], str] | None = None,
) -> dict[str, list[tuple[str, int]]]:
    """Names of each field -> [(name, paragraphs naming it)], most first; only live paragraphs
    count (an edited article's old paragraphs are deleted documents until a merge). With
    `canonical` (names.NameTable.canonical), rows are per corpus name, each paragraph once (see
    facets.count), except in an index written without mentions arrays, counted per name as
    tagged (its caller merges them)."""
    reader = searcher.reader()
    if "dates" in fields:  # dates are terms of their own field, not facet names
        rest = [f for f in fields if f != "dates"]
        others = entity_rows(searcher, rest, limit, canonical) if rest else {}
        dates: list[tuple[str, int]] = []
        for term in reader.lexicon("dates"):
            live_docs = sum(1 for d in reader.postings("dates", term).all_ids() if not reader.is_deleted(d))
            if live_docs:
                dates.append((term.decode("utf-8") if isinstance(term, bytes) else term, live_docs))
        dates.sort(key=lambda r: (-r[1], r[0]))
        return {f: (dates[:limit] if limit else dates) if f == "dates" else others[f] for f in fields}
    # From the mentions arrays (facets.py): names as tagged, and 3x faster than terms.
    import numpy as np

    from .. import facets

    live = np.fromiter(reader.all_doc_ids(), dtype=np.int64)
    found = facets.count(searcher, live, tuple(fields), canonical)
    if found is not None:
        ordered = {
            name: sorted(((n, c) for n, c in found[name].items() if c), key=lambda r: (-r[1], r[0].lower()))
            for name in fields
        }
        return {name: rows[:limit] if limit else rows for name, rows in ordered.items()}
    # A segment written without them: the facet fields' terms (commas in names became spaces).
    exact = reader.has_deletions()  # term statistics count deleted documents until a merge
    out: dict[str, list[tuple[str, int]]] = {}
    for name in fields:
        facet = f"{name}_facet"
        rows: list[tuple[str, int]] = []
        for term, info in reader.iter_field(facet):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            if exact:
                count = sum(1 for d in reader.postings(facet, term).all_ids() if not reader.is_deleted(d))
            else:
                count = info.doc_frequency()
            if count:
                rows.append((text, count))
        rows.sort(key=lambda r: (-r[1], r[0].lower()))
        out[name] = rows[:limit] if limit else rows
    return out
