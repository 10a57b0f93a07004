"""Plain dataclasses that cross module boundaries (no Whoosh, no click, no spaCy)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Block kinds. Only INDEXED_KINDS become Whoosh documents by default.
TITLE = "title"
HEADING = "heading"
BODY = "body"
CAPTION = "caption"
BYLINE = "byline"
BOILERPLATE = "boilerplate"
KINDS = (TITLE, HEADING, BODY, CAPTION, BYLINE, BOILERPLATE)
INDEXED_KINDS = frozenset({TITLE, HEADING, BODY, CAPTION})

# Entity fields of the contract, in contract order.
ENTITY_FIELDS = ("people", "orgs", "places", "groups", "dates", "speakers")


@dataclass
class Document:
    """One input file as read by `sources`: decoded text plus what the format told us.

    For plain text, `text` is the whole file and `blocks` is None (segmentation splits it).
    For HTML, the extractor already knows the structure: `blocks` holds (kind hint, text)
    pairs, kind hint one of KINDS or "" when unknown, and `meta` the page's title/author/date.
    """

    id: str
    path: str
    content_hash: str
    text: str
    format: str = "text"  # "text" | "html"
    blocks: list[tuple[str, str]] | None = None
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Paragraph:
    """One block of an article, numbered from 1 in article order, with its kind and tags."""

    paragraph: int
    kind: str
    text: str
    reason: str = ""
    section: str = ""
    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)

    @property
    def indexed(self) -> bool:
        return self.kind in INDEXED_KINDS


@dataclass
class Article:
    id: str
    path: str
    content_hash: str
    title: str = ""
    byline: str = ""  # author names, ", "-joined when several
    dateline: str = ""  # e.g. "PRAGUE"
    published: str = ""  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY) when the page states one
    language: str = ""  # ISO 639-1 code of the article's text ("und": undetermined; "": not yet detected)
    paragraphs: list[Paragraph] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def indexed_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.indexed]


@dataclass
class Hit:
    article_id: str
    title: str
    paragraph: int
    kind: str
    section: str
    score: float
    text: str
    snippet: str
    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    language: str = ""  # ISO 639-1 code of the article's text ("und": undetermined)
    # Character offsets [start, end) into `text` of every matched word, and of the fragment
    # that `snippet` shows, so scripts can do their own highlighting.
    matches: list[tuple[int, int]] = field(default_factory=list)
    fragment: tuple[int, int] = (0, 0)
    # With context (`--context N`): the N indexed paragraphs before and after the hit.
    before: list[Paragraph] = field(default_factory=list)
    after: list[Paragraph] = field(default_factory=list)


@dataclass
class SearchResult:
    query: str
    total: int
    offset: int
    limit: int
    hits: list[Hit] = field(default_factory=list)
    # What was searched when the query as typed found nothing and a fallback ran (the query
    # with fuzzy words, or its words OR'ed), and the note saying so; None when none ran (as
    # the JSON's null).
    searched: str | None = None
    fallback: str | None = None  # None | "fuzzy" | "any" | "fuzzy+any" | "question"
    note: str | None = None
    # A corrected query built from the index's own words, when the query finds little.
    suggestion: str | None = None
    # Entity facets over every matching paragraph, when asked: field -> [(name, count)].
    facets: dict[str, list[tuple[str, int]]] | None = None
    sort: str = "score"
    # Paragraphs the query matches as typed: `total` unless a fallback ran (then the hits are
    # those of the loosened query, and this is what --count and the exit status report).
    total_as_typed: int = 0

    @property
    def next_offset(self) -> int | None:
        end = self.offset + len(self.hits)
        return end if end < self.total else None
