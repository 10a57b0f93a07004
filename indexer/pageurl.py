"""The address a saved web page gives itself (its canonical link, else its og:url or
twitter:url), read from the lxml tree `htmlpage.extract` has already parsed (`page_address`,
which it puts in the page's meta as "url"), or, for a page it could not parse, from the page's
start parsed here (`page_url`).

The tree is the one extraction parsed: reading the address from it instead of parsing the page
a second time saved ~1.8 ms a page (`indexer parse ../shared/corpus/extraction-wild/html
--no-entities --jsonl`, docs/quality.md "Parse speed: one HTML parse a page").
"""

from __future__ import annotations

import re
from typing import Any

# How much of a page is read for its address: the tags belong in its <head>, but some
# publishers' templates print them after it (sportsnet.ca, extraction-dev), and a page's head
# can run past 100 KB of inline script (sfgate.com).
HEAD_LIMIT = 512 * 1024
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# A URL a citation can use: absolute http(s), a host, no white space inside.
WEB_URL = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?\Z", re.I)


def meta_contents(tree: Any, *names: str) -> list[str]:
    """The `content` of each <meta> whose property or name is one of `names` (lower case: "og:url",
    "twitter:title"), stripped, in the page's order: the Open Graph and Twitter card tags."""
    return [
        (el.get("content") or "").strip()
        for el in tree.iter("meta")
        if (el.get("property") or el.get("name") or "").lower() in names
    ]


def page_address(tree: Any) -> str:
    """The address the page parsed as `tree` (an lxml.html element) gives itself, "" when none:
    its canonical link (`<link rel="canonical" href=...>`), else its Open Graph or Twitter card
    address (`<meta property="og:url" content=...>`, `twitter:url`), the tags publishers write
    for exactly this (the order trafilatura's metadata reader also prefers), wherever in the page
    they are printed. A relative canonical link (`/2021/04/story`) is resolved against the
    og:url's site, a protocol-relative one (`//host/...`) taken as https; anything that is not
    then an absolute http(s) address (`<base href>`, a site root is no article's address) is
    ignored."""
    from urllib.parse import urljoin

    canonical = next(
        (
            el.get("href", "").strip()
            for el in tree.iter("link")
            if "canonical" in (el.get("rel") or "").lower().split()
        ),
        "",
    )
    card = next((c for c in meta_contents(tree, "og:url", "twitter:url") if WEB_URL.match(c)), "")
    if canonical.startswith("//"):
        canonical = "https:" + canonical
    elif canonical.startswith("/") and card:
        canonical = urljoin(card, canonical)
    return next((u for u in (canonical, card) if WEB_URL.match(u)), "")


# archive.today's (archive.ph, .is, .li, .vn, .md, .fo) toolbar over a capture: "Saved from
# https://the.original/address" in its header box, the capture's own address its canonical link.
_SAVED_FROM = re.compile(r"^\s*saved from\s*(\S*)", re.I)
ARCHIVE_HEAD_ELEMENTS = 40  # the toolbar's text comes first in the page's <body>


def archived_address(tree: Any) -> str:
    """The address of the page an archive.today capture saved, from its toolbar's "Saved from
    URL" (the URL in the same element's text or its link's text, else the next element's text,
    else the link's href); "" for a page
    without that toolbar among its first ARCHIVE_HEAD_ELEMENTS elements with text, or with no
    absolute http(s) address there. The Wayback Machine's copy in text is read by
    `envelope.archive_toolbar`."""
    try:
        found = tree.xpath(f"//body//*[normalize-space(text())][position() <= {ARCHIVE_HEAD_ELEMENTS}]")
    except Exception:  # a tree lxml could not search
        return ""
    for k, el in enumerate(found):
        m = _SAVED_FROM.match(el.text or "")
        if not m:
            continue
        # the address as the toolbar writes it first: a link's href is the archive's own redirect
        links = list(el.iter("a"))
        candidates = [m.group(1), *(" ".join(a.text_content().split()) for a in links)]
        candidates += [(nxt.text or "").strip() for nxt in found[k + 1 : k + 2]] + [a.get("href") or "" for a in links]
        return next((u for u in candidates if WEB_URL.match(u)), "")
    return ""


def page_url(page: bytes | str) -> str:
    """The address a saved web page gives itself (page_address), "" when it gives none, from its
    first HEAD_LIMIT characters parsed here: for a page no tree was parsed for (extraction
    failed, or lxml refused the whole page). `page`: the HTML as bytes (UTF-8, else
    Windows-1252) or text."""
    import lxml.html

    text = page[:HEAD_LIMIT] if isinstance(page, str) else _head_text(page)
    # lxml refuses text that declares its own encoding (`<?xml ... encoding=...?>`, XHTML)
    head = _XML_DECLARATION.sub("", text, count=1)
    if "<" not in head:
        return ""
    try:
        tree = lxml.html.fromstring(head)
    except (ValueError, lxml.etree.ParserError):  # no elements at all, or a declaration lxml refuses
        return ""
    return page_address(tree)


def _head_text(data: bytes) -> str:
    """The start of a page's bytes as text (HEAD_LIMIT bytes): UTF-8, else Windows-1252 (a URL
    is ASCII but for the rare non-ASCII path, which these two cover for Western pages)."""
    head = data[:HEAD_LIMIT]
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # a character cut by the slice
            return head[: exc.start].decode("utf-8")
        return head.decode("cp1252", errors="replace")
