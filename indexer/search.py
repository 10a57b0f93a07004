"""Turning a request (query string, filters, paging) into a Whoosh query, and hits into Hits.

Whoosh's parser is lenient: it silently drops an unbalanced quote or an unknown field. A search
tool that quietly searches for something else than what was typed is worse than one that says
no, so the query string is checked first and refused with a precise message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import QueryError
from .models import KINDS, Hit, SearchResult
from .schema import ENTITY_TEXT_FIELDS
from .store import open_index, resolve_index_dir

MAX_QUERY_CHARS = 1000
MAX_LIMIT = 10_000
SNIPPET_CHARS = 240  # a paragraph longer than this is cut to its best fragment
SNIPPET_OPEN, SNIPPET_CLOSE = "<em>", "</em>"

# Field names a query may use, with the singular aliases people type.
QUERY_FIELDS = ("text", "title", "section", "kind", "article", "published", "dates", *ENTITY_TEXT_FIELDS)
FIELD_ALIASES = {
    "person": "people",
    "org": "orgs",
    "organization": "orgs",
    "place": "places",
    "group": "groups",
    "speaker": "speakers",
    "date": "dates",
    "article_id": "article",
}
FIELD_RE = re.compile(r"(?<![\w.])([A-Za-z_]\w*):(?=\S)")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class Filters:
    """Entity and metadata filters; values of one filter are OR'ed, different filters AND'ed."""

    people: Sequence[str] = ()
    orgs: Sequence[str] = ()
    places: Sequence[str] = ()
    groups: Sequence[str] = ()
    speakers: Sequence[str] = ()
    kinds: Sequence[str] = ()
    articles: Sequence[str] = ()

    def any(self) -> bool:
        return any((self.people, self.orgs, self.places, self.groups, self.speakers, self.kinds, self.articles))


@dataclass
class SearchRequest:
    query: str = ""
    filters: Filters = field(default_factory=Filters)
    limit: int = 10
    offset: int = 0
    sort: str = "score"  # "score" | "position"


def check_query(query: str) -> None:
    """Refuse what Whoosh would silently misread. Raises QueryError naming the problem."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long: {len(query)} characters (limit {MAX_QUERY_CHARS}): shorten it")
    if CONTROL_RE.search(query):
        raise QueryError("query contains control characters: remove them")
    if query.count('"') % 2:
        raise QueryError(f"unbalanced quote in query {query!r}: close the phrase with a second \"")
    depth = 0
    in_phrase = False
    for ch in query:
        if ch == '"':
            in_phrase = not in_phrase
        elif not in_phrase and ch == "(":
            depth += 1
        elif not in_phrase and ch == ")":
            depth -= 1
            if depth < 0:
                raise QueryError(f"unbalanced parenthesis in query {query!r}: a ')' has no '('")
    if depth:
        raise QueryError(f"unbalanced parenthesis in query {query!r}: a '(' is not closed")
    outside_phrases = re.sub(r'"[^"]*"', " ", query)
    for m in FIELD_RE.finditer(outside_phrases):
        name = m.group(1)
        if name not in QUERY_FIELDS and name not in FIELD_ALIASES:
            known = ", ".join(QUERY_FIELDS)
            raise QueryError(f"unknown field '{name}:' in query: use one of {known}")


class IndexSearcher:
    """An open index for many searches (one start-up, one reader). Close it when done."""

    def __init__(self, index: str | Path | None = None) -> None:
        self.index_dir = resolve_index_dir(index)
        self._ix, self.manifest = open_index(self.index_dir)
        self._searcher = self._ix.searcher()
        self._parser = self._make_parser()

    def close(self) -> None:
        self._searcher.close()
        self._ix.close()

    def __enter__(self) -> IndexSearcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _make_parser(self) -> Any:
        from whoosh.qparser import FieldAliasPlugin, QueryParser

        parser = QueryParser("text", self._ix.schema)
        aliases: dict[str, list[str]] = {}
        for alias, target in FIELD_ALIASES.items():
            aliases.setdefault(target, []).append(alias)
        parser.add_plugin(FieldAliasPlugin(aliases))
        return parser

    def parse(self, query: str) -> Any:
        check_query(query)
        q = self._parser.parse(query)
        from whoosh.query import NullQuery

        if q is NullQuery or type(q).__name__ == "_NullQuery":
            raise QueryError(
                f"nothing to search for in {query!r}: it has only stop words, operators or "
                "one-letter words: add a word"
            )
        return q

    def _filter_query(self, filters: Filters) -> Any:
        from whoosh.query import And, Or, Phrase, Term, Wildcard

        from .schema import entity_analyzer

        analyzer = entity_analyzer()
        parts = []

        def name_query(fieldname: str, value: str) -> Any:
            words = [t.text for t in analyzer(value)]
            if not words:
                raise QueryError(f"empty value for --{fieldname} filter: give a name")
            return Term(fieldname, words[0]) if len(words) == 1 else Phrase(fieldname, words)

        for fieldname in ENTITY_TEXT_FIELDS:
            values = getattr(filters, fieldname)
            if values:
                parts.append(Or([name_query(fieldname, v) for v in values]))
        if filters.kinds:
            for k in filters.kinds:
                if k.lower() not in KINDS:
                    raise QueryError(f"unknown kind '{k}' for --kind: use one of {', '.join(KINDS)}")
            parts.append(Or([Term("kind", k.lower()) for k in filters.kinds]))
        if filters.articles:
            alts = [
                Wildcard("article", a.lower()) if set("*?") & set(a) else Term("article", a.lower())
                for a in filters.articles
            ]
            parts.append(Or(alts))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)

    def search(self, request: SearchRequest) -> SearchResult:
        if request.limit < 0 or request.offset < 0:
            raise QueryError("--limit and --offset must be zero or more")
        limit = min(request.limit, MAX_LIMIT)
        query_text = request.query.strip()
        filter_q = self._filter_query(request.filters)
        if query_text:
            q = self.parse(query_text)
        elif filter_q is not None:
            from whoosh.query import Every

            q = Every()
        else:
            raise QueryError("empty query: give words to search for, or a filter such as --person")
        sortedby = None
        if request.sort == "position" or not query_text:
            sortedby = ["article_id", "paragraph"]
        elif request.sort != "score":
            raise QueryError(f"unknown sort '{request.sort}': use score or position")
        # Ask Whoosh for one more page than shown: it scores only what it must.
        results = self._searcher.search(
            q, limit=max(request.offset + limit, 1), filter=filter_q, sortedby=sortedby
        )
        total = len(results)
        page = list(results)[request.offset : request.offset + limit] if limit else []
        terms = _highlight_terms(q, self._searcher.reader()) if query_text else set()
        hits = [self._hit(h, terms) for h in page]
        return SearchResult(query=request.query, total=total, offset=request.offset, limit=limit, hits=hits)

    def _hit(self, h: Any, terms: set[str]) -> Hit:
        stored = h.fields()
        tags = json.loads(stored.get("tags") or "{}")
        text = stored.get("text", "")
        matches = match_spans(text, terms)
        fragment = best_fragment(text, matches)
        return Hit(
            article_id=stored["article_id"],
            title=stored.get("title", ""),
            paragraph=int(stored["paragraph"]),
            kind=stored.get("kind", ""),
            section=stored.get("section", ""),
            # Sorted by position, Whoosh puts the sort key in .score: there is no relevance then.
            score=round(float(h.score), 4) if isinstance(h.score, (int, float)) else 0.0,
            text=text,
            snippet=mark(text, fragment, matches),
            matches=matches,
            fragment=fragment,
            **{k: list(tags.get(k, [])) for k in ("people", "orgs", "places", "groups", "dates", "speakers")},
        )


def _highlight_terms(q: Any, reader: Any) -> set[str]:
    """The analysed words of the text field the query matched, with prefixes and fuzzy expanded."""
    try:
        pairs = q.existing_terms(reader, phrases=True, expand=True)
    except Exception:  # a query type without term support: highlight nothing rather than fail
        return set()
    out: set[str] = set()
    for fieldname, text in pairs:
        if fieldname == "text":
            out.add(text.decode("utf-8") if isinstance(text, bytes) else text)
    return out


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    if not terms or not text:
        return []
    from .schema import text_analyzer

    return [
        (t.startchar, t.endchar)
        for t in text_analyzer()(text, chars=True, mode="index")
        if t.text in terms
    ]


def best_fragment(text: str, matches: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> tuple[int, int]:
    """The window of about `width` characters holding the most matches, cut at word boundaries."""
    if len(text) <= width + width // 4:
        return (0, len(text))
    anchor = 0
    if matches:
        reach = width * 4 // 5  # leave room for the context opened before the first match

        def covered(i: int) -> int:
            return sum(1 for _, e in matches[i:] if e <= matches[i][0] + reach)

        anchor = matches[max(range(len(matches)), key=lambda i: (covered(i), -i))][0]
    # Open a little before the anchor so the match is read in context, at a word boundary.
    start = max(0, anchor - width // 5)
    if start > 0:
        space = text.find(" ", start, anchor)
        start = space + 1 if space != -1 else anchor
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", anchor, end)
        if space > start:
            end = space
    return (start, end)


def mark(text: str, fragment: tuple[int, int], matches: Iterable[tuple[int, int]],
         open_mark: str = SNIPPET_OPEN, close_mark: str = SNIPPET_CLOSE, ellipsis: str = "…") -> str:
    start, end = fragment
    out: list[str] = [ellipsis] if start > 0 else []
    pos = start
    for s, e in matches:
        if s < start or e > end:
            continue
        out.append(text[pos:s])
        out.append(f"{open_mark}{text[s:e]}{close_mark}")
        pos = e
    out.append(text[pos:end])
    if end < len(text):
        out.append(ellipsis)
    return "".join(out)


def search(query: str = "", index: str | Path | None = None, *, filters: Filters | None = None,
           limit: int = 10, offset: int = 0, sort: str = "score") -> SearchResult:
    """One search against the index at `index` (or $INDEXER_INDEX, or ./.indexer)."""
    with IndexSearcher(index) as searcher:
        return searcher.search(SearchRequest(query, filters or Filters(), limit, offset, sort))


def entity_counts(index: str | Path | None, fields: Sequence[str], limit: int = 0) -> dict[str, list[tuple[str, int]]]:
    """Canonical names of each entity field with the number of paragraphs naming each."""
    ix, _ = open_index(resolve_index_dir(index))
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
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
    finally:
        ix.close()
