"""Blocks repeated across the pages of one source: the first of the two passes of a build and of
`indexer parse`.

A source is the folder that holds the file. Scraped archives are saved a site to a folder (or a
site's section to a folder), so a folder's pages share a template, and a folder of pages from
many sites (a corpus of samples) has nothing on half of its pages. Only plain-text pages take
part: an HTML page's template is dropped by trafilatura from its markup, and its page address
names its host, not its folder, so a host would be a second, different grouping for the same
folder; HTML pages are left out of their folder's count (`NOT_TEXT`).

First pass: each page's short blocks as digests (`segment.page_digests`), recorded per page, so
that an update counts a folder's unchanged pages without reading them. Then, per source, the
blocks on enough of its pages (`segment.source_repeats`). Second pass: each page segmented with
its source's repeats. What segmenting a page reads of them is their intersection with the
page's own digests (`applied`), recorded too: an unchanged page whose intersection changed (a
page added or removed in its folder) is segmented again, so an updated index holds what a fresh
build of the same files would. Memory: a page's digests (16 hex digits a short block), never its
text; the count is made one source at a time.
"""

from __future__ import annotations

import os
from array import array
from collections import Counter
from collections.abc import Iterable

from .models import Document
from .segment import SITE_MIN_PAGES, SourceRepeats, page_digests, site_need, source_repeats

# The recorded digests of a page that is not plain text (an HTML page): no page of its folder's.
NOT_TEXT = "-"
DIGEST_CHARS = 16  # segment.block_digest: 8 bytes as hex


def source_of(path: str) -> str:
    """The source a page belongs to: the folder that holds its file (`path`, as recorded)."""
    return os.path.dirname(path)


def pack(digests: Iterable[str]) -> str:
    """Digests as one string (each DIGEST_CHARS hex digits, no separator): a manifest record's
    field, ~16 bytes a short block."""
    return "".join(digests)


def unpack(packed: str) -> list[str]:
    """The digests `pack` joined ([] for "" and for NOT_TEXT)."""
    if packed == NOT_TEXT:
        return []
    return [packed[i : i + DIGEST_CHARS] for i in range(0, len(packed), DIGEST_CHARS)]


def text_digests(doc: Document | None) -> str:
    """A document's packed digests: its plain-text page's short blocks; NOT_TEXT for an HTML page
    (sources.read_text_document gives None), whose blocks come from trafilatura and take no part
    in its folder's count."""
    return NOT_TEXT if doc is None else pack(page_digests(doc.text))


def repeats_by_source(
    pages: Iterable[tuple[str, str | None]], totals: dict[str, int] | None = None
) -> dict[str, SourceRepeats]:
    """{source: its repeated blocks} from (file path, packed digests) of every page the index
    (or the parse) holds, for the sources where some block repeats. NOT_TEXT pages are not
    counted; neither is a page whose digests are unknown (None). `totals`: {source: its pages}
    when `pages` holds only those that may hold a repeated block (`to_cut`). Counted one source
    at a time, so the counter holds one folder's distinct blocks at most."""
    by_source: dict[str, list[str]] = {}
    for path, packed in pages:
        if packed is not None and packed != NOT_TEXT:
            by_source.setdefault(source_of(path), []).append(packed)
    found: dict[str, SourceRepeats] = {}
    for source, packs in by_source.items():
        repeats = source_repeats((unpack(p) for p in packs), total=None if totals is None else totals[source])
        if repeats:
            found[source] = repeats
    return found


def to_cut(pages: list[tuple[str, bytes | None]]) -> tuple[list[int], dict[str, int]]:
    """The first look of `indexer parse` (segment.page_lines): from (file path, its line keys,
    None for a page that is not plain text) of every page, the indexes of the pages that hold a
    line on enough of their source's pages (segment.site_need) to hold a repeated block, and
    {source: its plain-text pages}. Only those pages' blocks need cutting: a block on N pages
    has each of its lines on N pages. A folder of pages from many sites has none."""
    totals: Counter[str] = Counter(source_of(path) for path, lines in pages if lines is not None)
    counts: dict[str, Counter[int]] = {}
    for path, lines in pages:
        if lines is not None and totals[source_of(path)] >= SITE_MIN_PAGES:
            counts.setdefault(source_of(path), Counter()).update(_keys(lines))
    often = {source: {k for k, n in c.items() if n >= site_need(totals[source])} for source, c in counts.items()}
    cut = [
        i
        for i, (path, lines) in enumerate(pages)
        if lines is not None and not often.get(source_of(path), set()).isdisjoint(_keys(lines))
    ]
    return cut, dict(totals)


def _keys(lines: bytes) -> array[int]:
    """The line keys segment.page_lines packed."""
    keys = array("I")
    keys.frombytes(lines)
    return keys


def applied(repeats: SourceRepeats | None, packed: str) -> str:
    """What segmenting a page with packed digests `packed` reads of its source's `repeats`: the
    repeated digests among its own, packed ("" when none). Two builds that agree on this segment
    the page the same."""
    if not repeats or packed == NOT_TEXT:
        return ""
    return pack(repeats.on_page(unpack(packed)))


def for_page(repeats: SourceRepeats | None, packed: str) -> SourceRepeats | None:
    """`repeats` cut down to a page's own digests (the same segmentation, a few entries to send
    to a worker process); None when none of them repeats."""
    if not repeats:
        return None
    mine = repeats.on_page(unpack(packed))
    return SourceRepeats(repeats.pages, {d: repeats.counts[d] for d in mine}) if mine else None
