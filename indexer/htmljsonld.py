"""An article body the extractor took from a page's JSON-LD, back in its paragraphs.

A page rendered by JavaScript (Next.js, many news apps) may hold its article only in a
`<script type="application/ld+json">` object's `articleBody`, its `<body>` an empty `<div
id="__next">`. trafilatura finds that text (its baseline reads schema.org's `articleBody`) but
returns it as one paragraph, white space collapsed: trial 9's page of 7 paragraphs, 4 speakers
and 4 organisations was one search hit, and `show ID:2` printed the whole article.

`split_article_bodies` puts back the paragraphs the JSON string marks with line breaks.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

_LD_SCRIPTS = "//script[contains(@type, 'ld+json')]/text()"
_BODY_KEYS = ("articleBody", "reviewBody")  # schema.org's text properties, as trafilatura's baseline
_LINE_BREAKS = re.compile(r"(?:(?<!\s)\s+)?\n\s*")  # ((?<!\s): a long run of white space in linear time)
MAX_SCRIPT_CHARS = 2_000_000  # a JSON-LD object is a few KB; a larger script is not parsed
MAX_DEPTH = 12  # @graph nesting is 2-3 levels


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _bodies(node: Any, depth: int = 0) -> Iterator[str]:
    """The `_BODY_KEYS` strings of a parsed JSON-LD value, in document order (lists and
    @graph-nested objects walked up to MAX_DEPTH levels)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _BODY_KEYS and isinstance(value, str):
                yield value
            elif isinstance(value, (dict, list)):
                yield from _bodies(value, depth + 1)
    elif isinstance(node, list):
        for item in node:
            yield from _bodies(item, depth + 1)


def article_bodies(tree: Any) -> list[str]:
    """The article bodies of a page's JSON-LD scripts (`tree`: lxml, None gives []) that hold
    line breaks, as written (a script that is not JSON is skipped)."""
    if tree is None:
        return []
    found: list[str] = []
    for value in _scripts_holding(tree, "Body"):
        found.extend(body for body in _bodies(value) if "\n" in body.strip())
    return found


def _scripts_holding(tree: Any, word: str) -> Iterator[Any]:
    """The parsed JSON of each JSON-LD script of `tree` (lxml) whose text holds `word` and is
    at most MAX_SCRIPT_CHARS long, in page order; a script that is not JSON is skipped."""
    for script in tree.xpath(_LD_SCRIPTS):
        text = str(script)
        if word not in text or len(text) > MAX_SCRIPT_CHARS:
            continue
        try:
            value = json.loads(text)
        except ValueError:
            continue
        yield value


def split_article_bodies(blocks: list[tuple[str, str]], tree: Any) -> list[tuple[str, str]]:
    """`blocks` (kind hint, text) with each unhinted block that is a JSON-LD article body with
    its line breaks collapsed (`article_bodies`, compared white space collapsed) split at those
    line breaks into its paragraphs, unhinted; every other block as it is."""
    if not any(not kind and len(text) >= 200 for kind, text in blocks):
        return blocks
    paragraphs = {_collapsed(body): [p for p in _LINE_BREAKS.split(body.strip()) if p] for body in article_bodies(tree)}
    if not paragraphs:
        return blocks
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        parts = paragraphs.get(_collapsed(text)) if not kind else None
        if parts:
            out.extend(("", " ".join(p.split())) for p in parts)
        else:
            out.append((kind, text))
    return out


# The article's own schema.org types, whose "description" is its standfirst (a WebPage's or an
# Organization's is the site's blurb).
_ARTICLE_TYPE = re.compile(r"Article|BlogPosting|Report|Posting", re.I)
_OG_DESCRIPTION = "//meta[@property='og:description' or @name='og:description']/@content"


def _typed_nodes(node: Any, kind: re.Pattern[str], depth: int = 0) -> Iterator[dict[str, Any]]:
    """The objects of a parsed JSON-LD value whose "@type" (a string or a list of them) `kind`
    finds, in document order (an object before the objects inside it), up to MAX_DEPTH levels
    down."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            yield from _typed_nodes(item, kind, depth + 1)
    elif isinstance(node, dict):
        types = node.get("@type")
        if any(isinstance(t, str) and kind.search(t) for t in (types if isinstance(types, list) else [types])):
            yield node
        for value in node.values():
            if isinstance(value, (dict, list)):
                yield from _typed_nodes(value, kind, depth + 1)


def _article_descriptions(node: Any) -> Iterator[str]:
    """The "description" strings of the article objects (`_ARTICLE_TYPE`) of a parsed JSON-LD
    value, in document order, up to MAX_DEPTH levels down."""
    for article in _typed_nodes(node, _ARTICLE_TYPE):
        if isinstance(article.get("description"), str):
            yield article["description"]


def page_descriptions(tree: Any) -> list[str]:
    """The article's standfirst as the page's metadata gives it: the "description" of its
    JSON-LD article object, then its Open Graph description (`<meta property="og:description">`),
    white space collapsed, empty ones left out (`tree`: lxml, None gives []). A plain `<meta
    name="description">` is left out: it is written for search engines' result pages."""
    if tree is None:
        return []
    found: list[str] = []
    for value in _scripts_holding(tree, "description"):
        found.extend(_article_descriptions(value))
    found.extend(str(v) for v in tree.xpath(_OG_DESCRIPTION))
    return [d for d in (_collapsed(html.unescape(f)) for f in found) if d]


# The dates schema.org gives a posting in its own property, which the extractor's date finder
# (htmldate: datePublished, dateCreated, dateModified) does not read: a JobPosting's
# "datePosted", the day the ad went up, its publication date.
_POSTED_KEYS = ("datePosted",)
_ISO_DAY = re.compile(r"^((?:19|20)\d\d-[01]\d-[0-3]\d)(?:$|[T ])")


def _posted(node: Any, depth: int = 0) -> Iterator[str]:
    """The `_POSTED_KEYS` strings of a parsed JSON-LD value, in document order, up to MAX_DEPTH
    levels down."""
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            yield from _posted(item, depth + 1)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in _POSTED_KEYS and isinstance(value, str):
                yield value
            elif isinstance(value, (dict, list)):
                yield from _posted(value, depth + 1)


def date_posted(tree: Any) -> str:
    """The day ('YYYY-MM-DD') a page's JSON-LD says it was posted (`_POSTED_KEYS`: a job ad's
    "datePosted": "2025-09-08" or "2025-09-08T09:00:00+05:30"), '' when none says so in ISO 8601
    (`tree`: lxml, None gives '')."""
    if tree is None:
        return ""
    for value in _scripts_holding(tree, "datePosted"):
        for found in _posted(value):
            if m := _ISO_DAY.match(found.strip()):
                return m.group(1)
    return ""


# An event's own days in its schema.org markup ("startDate", "endDate" of an Event or a kind of
# one: MusicEvent, SportsEvent ...), which the extractor's date finder takes for the page's
# publication date when nothing else states one (a new user's event page was "published" on the
# day of the open day it announced)
_EVENT_TYPE = re.compile(r"Event$")
_EVENT_DAY_KEYS = ("startDate", "endDate")
_PUBLISHED_KEYS = ("datePublished", "dateCreated", "dateModified", "uploadDate")


def _event_days(node: Any) -> Iterator[str]:
    """The ISO days of the `_EVENT_DAY_KEYS` of the event objects of a parsed JSON-LD value
    (`_typed_nodes`)."""
    for event in _typed_nodes(node, _EVENT_TYPE):
        for key in _EVENT_DAY_KEYS:
            if isinstance(value := event.get(key), str) and (m := _ISO_DAY.match(value.strip())):
                yield m.group(1)


def event_day_only(tree: Any, day: str) -> bool:
    """Whether `day` ('YYYY-MM-DD') is an event's own day in the page's JSON-LD (`_event_days`)
    while no JSON-LD of the page states when it was published (`_PUBLISHED_KEYS`): the page's
    date is then its event's, no publication date. False for `tree` None or an empty `day`."""
    if tree is None or not day:
        return False
    events = {d for value in _scripts_holding(tree, "Event") for d in _event_days(value)}
    if day not in events:
        return False
    return not any(any(key in str(script) for key in _PUBLISHED_KEYS) for script in tree.xpath(_LD_SCRIPTS))


# The schema.org types of a thread's opening post: a forum's (DiscussionForumPosting, which
# XenForo, Kunena, Flarum and Discourse write) and a Q&A page's question.
_STARTER_TYPE = re.compile(r"^(?:DiscussionForumPosting|Question)$")


def _author_names(value: Any) -> Iterator[str]:
    """The names a schema.org "author" value gives: a string, a Person's "name", or a list of these."""
    for author in value if isinstance(value, list) else [value]:
        name = author.get("name") if isinstance(author, dict) else author
        if isinstance(name, str) and name.strip():
            yield " ".join(name.split())


def thread_starters(tree: Any) -> frozenset[str]:
    """The names of the posters the page's JSON-LD says opened its thread (the "author" of a
    `_STARTER_TYPE` object: "Farrukh_Isfara"), white space collapsed; empty for none (`tree`:
    lxml, None gives none). Only a forum thread's or a Q&A page's markup names one."""
    if tree is None:
        return frozenset()
    found = {
        name
        for word in ("DiscussionForumPosting", "Question")
        for value in _scripts_holding(tree, word)
        for node in _typed_nodes(value, _STARTER_TYPE)
        for name in _author_names(node.get("author"))
    }
    return frozenset(found)
