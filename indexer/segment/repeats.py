"""Blocks repeated across the pages of one source (a site's chrome): digests, `SourceRepeats`,
and the final rule that drops what the rules and the block model kept of it.
"""

from __future__ import annotations
import hashlib
import math
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from ..models import BODY, BOILERPLATE, CAPTION, HEADING, LEAD
from .patterns import _MD_HEADING
from .textblocks import _Block, _LINE_BLANKS, _page_text, split_blocks


def chrome_key(text: str) -> str:
    """Normalised form of a block's text (white space collapsed, case folded): what blocks are
    compared by, across a site's pages and within one page (repeats, copies, leads)."""
    return " ".join(text.split()).casefold()


# Blocks repeated across the pages of one source (its menus, footers, newsletter and promo
# blurbs, "related" boxes) are chrome: the template-detection rule of Bar-Yossef & Rajagopalan
# (2002, "Template detection via data mining and its applications": a block on many pages of one
# site is its template) in the field's usual site-level form (boilerpipe's and jusText's
# successors, trafilatura's site deduplication): a block counts when it is on at least
# SITE_MIN_PAGES pages and at least SITE_MIN_SHARE of the source's pages. Three pages is the least
# that tells a site's furniture from a coincidence of two pages quoting the same line; half of the
# pages keeps a phrase that recurs in one series of articles (a recurring quote, a section's
# heading on a third of them) as text. Only blocks of up to SITE_BLOCK_CHARS characters count:
# a long paragraph on many pages is a syndicated story or a standing explainer, left alone.
SITE_MIN_PAGES = 3
SITE_MIN_SHARE = 0.5
SITE_BLOCK_CHARS = 400
# The kinds a repeated block loses: what would be indexed as the article's own text. A byline (an
# author box on each of the author's pages), the title and the dateline are never dropped for it.
_SITE_KINDS = (BODY, HEADING, CAPTION, LEAD)
SITE_REASON = "repeated on {n} of {pages} pages of this source"
# A site's template is a few blocks around each article; a page whose body paragraphs are mostly
# on other pages of its folder is a copy of one of them (three saves of one story: every short
# paragraph on 3 of 3 pages), and keeps its text.
SITE_MAX_BODY_SHARE = 0.5


def block_digest(text: str) -> str:
    """A block's key across pages: 8 bytes of BLAKE2b of its `chrome_key`, as 16 hex digits
    (compact and stable to record per page; a false match needs a 64-bit collision)."""
    return hashlib.blake2b(chrome_key(text).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def page_digests(text: str) -> list[str]:
    """The digests (`block_digest`) of a plain-text page's blocks of up to SITE_BLOCK_CHARS
    characters, as `split_blocks` cuts them (the same blocks `segment` classifies), each once,
    sorted: what a source's repeated blocks are counted from (`source_repeats`)."""
    return sorted({block_digest(b.text) for b in split_blocks(text) if len(b.text) <= SITE_BLOCK_CHARS})


def page_lines(text: str) -> bytes:
    """CRC-32s of the `chrome_key` of every line of a plain-text page as `split_blocks` reads it
    (stripped; a Markdown heading's text too): a cheap first look. Every line of a block is such
    a line, so a block on N pages has each of its lines on N pages: only the pages holding a line
    on enough of their source's pages need their blocks cut (`page_digests`). A CRC collision only
    adds such a page, never loses one."""
    keys: set[int] = set()
    for line in _page_text(text).split("\n"):
        line = line.strip(_LINE_BLANKS)
        if line:
            keys.add(zlib.crc32(chrome_key(line).encode("utf-8", "surrogatepass")))
            if line[0] == "#" and (md := _MD_HEADING.match(line)):
                keys.add(zlib.crc32(chrome_key(md.group(2)).encode("utf-8", "surrogatepass")))
    return array("I", sorted(keys)).tobytes()


@dataclass(frozen=True)
class SourceRepeats:
    """The blocks repeated across the pages of one source: `counts` maps a block's digest
    (`block_digest`) to the number of the source's pages holding it (only blocks that pass the
    thresholds), `pages` is the number of the source's pages counted. Falsy when none repeats."""

    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.counts)

    def on_page(self, digests: Iterable[str]) -> list[str]:
        """The repeated digests among a page's `digests`, sorted: all of this that segmenting the
        page reads (two sets that agree on a page's blocks segment it the same)."""
        return sorted(d for d in digests if d in self.counts)


def source_repeats(
    pages: Iterable[Iterable[str]],
    min_pages: int = SITE_MIN_PAGES,
    min_share: float = SITE_MIN_SHARE,
    total: int | None = None,
) -> SourceRepeats:
    """The repeated blocks of one source from each of its pages' digests (`page_digests`): those
    on at least `min_pages` pages and at least `min_share` (0-1) of them. `total`: the source's
    number of pages when `pages` holds only those that may hold a repeated block (`page_lines`);
    by default, the pages given."""
    counts: Counter[str] = Counter()
    n = 0
    for digests in pages:
        n += 1
        counts.update(set(digests))
    n = n if total is None else total
    return SourceRepeats(n, {d: c for d, c in sorted(counts.items()) if c >= site_need(n, min_pages, min_share)})


def site_need(pages: int, min_pages: int = SITE_MIN_PAGES, min_share: float = SITE_MIN_SHARE) -> int:
    """The pages a block must be on, of a source's `pages`, to be its chrome (`source_repeats`)."""
    return max(min_pages, math.ceil(min_share * pages))


def repeated_blocks(
    texts: Iterable[str], min_pages: int = SITE_MIN_PAGES, min_share: float = SITE_MIN_SHARE
) -> SourceRepeats:
    """The repeated blocks (`source_repeats`) of one source's plain-text pages `texts`: pass the
    result to `segment()` for every page of that source."""
    return source_repeats((page_digests(text) for text in texts), min_pages, min_share)


def _mark_source_chrome(blocks: list[_Block], repeats: SourceRepeats) -> None:
    """Blocks repeated across the pages of the page's source (`repeats`) that the rules and the
    block model kept as text (_SITE_KINDS) are BOILERPLATE, "repeated on N of M pages of this
    source". A final rule, after the model: it was trained on pages without this evidence. A page
    that would lose more than SITE_MAX_BODY_SHARE of its body paragraphs so is a copy of another
    page of its folder (the same story saved twice or more), not a page around a template: none
    is applied to it."""
    found = [
        (b, n)
        for b in blocks
        if b.kind in _SITE_KINDS and len(b.text) <= SITE_BLOCK_CHARS and (n := repeats.counts.get(block_digest(b.text)))
    ]
    body = sum(1 for b in blocks if b.kind == BODY)
    if sum(1 for b, _ in found if b.kind == BODY) > SITE_MAX_BODY_SHARE * body:
        return
    for b, n in found:
        b.kind, b.reason = BOILERPLATE, SITE_REASON.format(n=n, pages=repeats.pages)
