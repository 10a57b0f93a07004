"""Page chrome inside an extraction, told by where its text sits in the page's markup.

trafilatura removes the boxes its own lists name (comments, related links, share bars, footers),
but its fallback extractors and its own pass on unusual layouts let some through: a share bar
inside the article's container, an author box under the text, a footer's link list on a page
whose article it could not find. What such a box holds reads like anything (a headline, a
label, a sentence about the author); where it sits says what it is.

`chrome_boxes` finds each extracted block in the page's text (`htmllead.text_blocks`), the
article's container (the deepest element holding most of the extracted prose), and returns the
blocks that sit in an element named like chrome (class or id words: comment, related, share,
author, footer, sidebar, navigation...) between the block and that container. An element above
the container names the whole article ("single-post", "st-sidebar__main") and is not asked.

On the tuning pages of both corpora it marks 110 blocks on 32 sites (captions and
credits, author boxes, newsletter and promotion boxes, comments, share and rating bars, related
links, a blog's pagination): extraction-wild chrome strings 54 -> 48 (5 sites), no article
string lost; extraction-dev 0.975 -> 0.976 (a newsletter box on a sports page). Pruning such elements before extraction
instead (trafilatura's `prune_xpath`) takes whole articles on sites whose wrappers are named so.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from .htmllead import TextBlock

# Words of class and id names that mark a box of page chrome (the words the field's extractors
# use: trafilatura's discard lists, readability's "unlikely candidates"). Matched against whole
# words of a name ("view-related", "sd-sharing-enabled", "cbx-Author"), never inside a word.
# Not here, for what they cost on the tuning pages: "teaser" (German sites' standfirst box:
# 3 article strings), "twitter"/"facebook" (embedded posts the article quotes: 3 dev pages),
# "ads" (a listicle's quotes), "banner" (labels), "widget" (Elementor's every paragraph),
# "disclaimer" (an opinion piece's disclaimer, which extraction-dev counts as article text).
# The second group (meta, timestamp, modal, ...) is trafilatura's words and common WordPress
# plugins' names (share bars: addtoany, sharethis, shareaholic, heateor, sfsi; sign-up forms:
# optin; related posts: crp): 46 more blocks on 12 wild tuning sites (a cookie dialog, a
# shop's pop-ups, a post's meta line, a paywall), one chrome string, no article text.
# A page's tools (print, printer, textsize, bookmark(s), tools, articletools): 2 wild tuning
# pages, a print header's URL and a print view's notice; not "quote" (blockquotes of article text
# on 8 pages), "reply", "fontsize" (a FAQ's box).
# A news site's reader discussion under its own name (cs "diskuse", de "diskussion", pl
# "dyskusja", ...) and an obituary's guest book, condolences and flower shop (trial 17: a Czech
# reader's post and an obituary's guest-book entries, which trafilatura put before the article).
CHROME_WORDS = re.compile(
    r"^(?:comments?|kommentare?|respond|replies|related(?:posts?)?|yarpp|share|sharing|sharedaddy|shariff|social|"
    r"author|authors|bio|byline|footer|sidebar|nav|navbar|navigation|menu|breadcrumbs?|captions?|figcaption|"
    r"promo|newsletter|subscribe|rating|ratings|tags|tagcloud|"
    r"disqus|sponsor|sponsored|pagination|pager|popup|shoutbox|skyscraper|rss|gdpr|consent|cookies?|advert|advertisement|"
    r"recommended|recommendations|popular|trending|outbrain|taboola|signup|community|"
    r"meta|timestamp|modal|syndication|sociable|subnav|navbox|addtoany|sharethis|shareaholic|heateor|sfsi|"
    r"optin|crp|similar|readmore|mostread|toolbar|dateline|affiliate|subscription|paywall|"
    r"print|printer|textsize|bookmark|bookmarks|tools|articletools|"
    r"discussion|discussions|diskuse|diskuze|diskusia|diskussion|dyskusja|discusion|discussione|"
    r"guestbook|condolences|flowers)$"
)
# A class that states a condition of the element, not what it is ("has-sharing", "is-author",
# "js-share"), and a BEM modifier ("contentHeader--sharing"): its words are not the box's name.
_STATE_CLASS = re.compile(r"^(?:has|is|with|no|js)[-_]", re.I)
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")

# An extracted block is found in the page by its first characters, this far ahead of the one
# before it (a window keeps the search linear on a 10 MB page).
KEY_CHARS = 40
SEARCH_BLOCKS = 200
MARK_LANDMARKS = True  # ask `landmark_name` too (a switch for the A/B in docs/quality.md)
MAIN_SHARE = 0.5  # the article's container holds more than this share of the extracted prose


def name_words(el: Any) -> list[str]:
    """The words of an element's class and id, lower case ("sd-sharing-enabled" -> sd, sharing,
    enabled; "cbx-Author_Position" -> cbx, author, position; "relatedPost" -> related, post)."""
    names = [c.split("--")[0] for c in (el.get("class") or "").split() if not _STATE_CLASS.match(c)]
    names.append(el.get("id") or "")
    return [w.lower() for w in _NAME_WORD.findall(" ".join(names))]


def chrome_name(el: Any) -> str:
    """The first word of `el`'s class or id names that marks chrome (`CHROME_WORDS`), "" if none."""
    return next((w for w in name_words(el) if CHROME_WORDS.match(w)), "")


# What the markup itself says an element is, whatever its class names: HTML's sectioning and
# form elements for what is beside an article (a side box, a menu, a footer, a form, a dialog, a
# caption), the ARIA landmark and widget roles that say the same, and schema.org comments
# (microdata). trafilatura drops these elements when its own pass finds the article; its
# fallbacks (readability, jusText, its baseline) keep them. <header> is not here: an article's
# own header holds its headline and standfirst.
CHROME_TAGS = frozenset({"aside", "nav", "footer", "form", "dialog", "menu", "figcaption"})
CHROME_ROLES = frozenset(
    {
        "navigation",
        "complementary",
        "contentinfo",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
        "toolbar",
        "banner",
    }
)
_COMMENT_TYPE = re.compile(r"schema\.org/(?:Comment|UserComments)\b", re.I)


def landmark_name(el: Any) -> str:
    """What `el`'s markup says it is when that is page chrome (CHROME_TAGS, CHROME_ROLES, a
    schema.org Comment or UserComments, itemprop "comment"), as the reason names it ("<aside>",
    "role=navigation", "schema.org comment"); "" otherwise."""
    if el.tag in CHROME_TAGS:
        return f"<{el.tag}>"
    role = next((r for r in (el.get("role") or "").lower().split() if r in CHROME_ROLES), "")
    if role:
        return f"role={role}"
    if _COMMENT_TYPE.search(el.get("itemtype") or "") or "comment" in (el.get("itemprop") or "").lower().split():
        return "schema.org comment"
    return ""


def locate(page_blocks: Sequence[TextBlock], extracted: Sequence[str]) -> list[int]:
    """For each extracted block, the index of the page block that holds it (-1: not found).

    A block is found by its first line (white space collapsed): the page block that starts with
    its first KEY_CHARS characters (or is the whole line, when shorter), the first such after the
    block before it, else any (an extractor may move a block: a comment put first); failing
    that, a page block holding those characters within SEARCH_BLOCKS after the block before.
    """
    # page blocks by their first KEY_CHARS characters, and the shorter ones by their whole text;
    # each list ascending, searched by bisection: a line repeated on every teaser card of a
    # 10 MB page (16,000 times in 2 MB) was scanned in full for each of its repeats
    starts: dict[str, list[int]] = {}
    whole: dict[str, list[int]] = {}
    for j, block in enumerate(page_blocks):
        starts.setdefault(block.text[:KEY_CHARS], []).append(j)
        if len(block.text) < KEY_CHARS:
            whole.setdefault(block.text, []).append(j)
    found: list[int] = []
    at = 0
    for text in extracted:
        key = " ".join(text.split("\n")[0].split())[:KEY_CHARS]
        same = starts.get(key, []) if len(key) >= KEY_CHARS else whole.get(key, [])
        k = bisect.bisect_left(same, at)
        j = same[k] if k < len(same) else same[0] if same else -1
        if j < 0 and len(key) >= 20:
            j = next(
                (j for j in range(at, min(at + SEARCH_BLOCKS, len(page_blocks))) if key in page_blocks[j].text), -1
            )
        found.append(j)
        if j >= 0:
            at = j  # the next block may share this one's element (a <p> split at a blank line)
    return found


def main_container(owners: Sequence[Any], weights: Sequence[int]) -> Any:
    """The deepest element that holds more than MAIN_SHARE of the weight (`weights[i]`: the
    prose characters of the block in `owners[i]`); None when there is no weight."""
    total = sum(weights)
    if not total:
        return None
    held: dict[Any, int] = {}
    depth: dict[Any, int] = {}
    for owner, w in zip(owners, weights):
        if not w:
            continue
        chain = [owner, *owner.iterancestors()]
        for d, el in enumerate(reversed(chain)):
            held[el] = held.get(el, 0) + w
            depth[el] = d
    majority = [el for el, w in held.items() if w > MAIN_SHARE * total]
    return max(majority, key=lambda el: depth[el]) if majority else None


def chrome_boxes(page_blocks: Sequence[TextBlock], extracted: Sequence[str], prose: Sequence[int]) -> dict[int, str]:
    """{index in `extracted`: reason} for the extracted blocks that sit in a box named like
    chrome (`chrome_name`) inside or beside the article's container (`main_container` of the
    blocks, weighted by `prose`: the characters of running text of each, 0 for labels).

    `page_blocks` is `htmllead.text_blocks` of the page, `extracted` the texts in page order.
    Blocks not found in the page are left alone, and so is every block when no container is
    found.
    """
    where = locate(page_blocks, extracted)
    found = [(i, j, page_blocks[j].owner) for i, j in enumerate(where) if j >= 0]
    main = main_container([o for _, _, o in found], [prose[i] for i, _, _ in found])
    if main is None:  # no running text (a list of facts, a gallery): weigh blocks by length
        main = main_container([o for _, _, o in found], [len(extracted[i]) for i, _, _ in found])
    if main is None:
        return {}
    above = {main, *main.iterancestors()}
    # The elements themselves, not their id()s: lxml makes a proxy object per element as it is
    # reached and frees it after, so an id could be taken by another proxy (helper html4's review)
    inside = set(main.iter())
    # prose above the article's container is its lead, whatever its box is named ("sidebar__item
    # sidebar__item--header" holding "Auf einen Blick: ..."); chrome there is short (a byline)
    first = min((j for _, j, owner in found if owner in inside), default=len(page_blocks))
    out: dict[int, str] = {}
    named: dict[str, list[int]] = {}  # chrome word -> the blocks marked by it
    for i, j, owner in found:
        if j < first and prose[i]:
            continue
        el = owner
        while el is not None and el not in above:
            word = chrome_name(el)
            if word:
                out[i] = f"in a box named '{word}' ({el.tag} {(el.get('class') or el.get('id') or '').strip()[:40]})"
                if el is owner and el.tag == "p":
                    named.setdefault(word, []).append(i)
                break
            what = landmark_name(el) if MARK_LANDMARKS else ""
            if what:
                out[i] = f"in a box the markup calls chrome ({what})"
                break
            el = el.getparent()
    # A name on <p> elements themselves that hold most of the extracted prose names the
    # article's own paragraphs, not chrome beside them: Condé Nast's <p class="paywall"> on each
    # paragraph behind the meter (news corpus: wired, 18 of 21 paragraphs), which trafilatura
    # keeps. Only paragraphs' own names: boxes of comments or a cookie dialog's <div> holding
    # more prose than a short article stay chrome (3 wild tuning pages).
    total = sum(prose[i] for i, _, _ in found)
    for word, marked in named.items():
        if sum(prose[i] for i in marked) > MAIN_SHARE * total:
            for i in marked:
                del out[i]
    return out


# An author box by what it is, not by its class name (this round's trial: a bio box in
# <div class="x"> after the article was indexed as body). What marks one in the markup: a link
# to the author's other posts ("View all posts by NAME", "Alle Beiträge von NAME": the
# segmenter's `AUTHOR_POSTS`), a link with rel="author", a schema.org Person, or the byline
# author's photo (an <img> whose alt is the byline's name). The box is the largest element
# around such a mark below the article's container that holds no paragraph of the article: its
# prose blocks are a short bio each (AUTHOR_BIO_MAX_WORDS) naming the person. Only after article
# text: the byline's own rel="author" link sits above it.
AUTHOR_BIO_MAX_WORDS = 150  # as the segmenter's: a bio is a paragraph
# Marks looked at on a page, in document order: an author box has one or two; a page with
# thousands (a list of teasers, each with its author's rel="author" link) must not cost a climb
# through its blocks for each.
AUTHOR_MARKS_MAX = 30
_PERSON_TYPE = re.compile(r"schema\.org/Person\b", re.I)
_NAME_PART = re.compile(r"[^\W\d_][\w'’-]{2,}")


def _name_words(text: str) -> set[str]:
    """The capitalised words of 3+ letters of `text` ("View all posts by Martha Quinlan" ->
    {"View", "Martha", "Quinlan"}): what a bio shares with the name it is about."""
    return {w for w in _NAME_PART.findall(text) if w[0].isupper()}


def _author_marks(root: Any, author: str) -> list[tuple[Any, str, set[str]]]:
    """(element, what it is, the words of the name it gives) for each mark of an author box in
    the page `root`: a link to the author's posts, a rel="author" link, a schema.org Person,
    the photo of the byline's `author` (metadata, "" when unknown)."""
    from .segment.tail import AUTHOR_POSTS

    byline = _name_words(author)
    marks: list[tuple[Any, str, set[str]]] = []
    for el in root.iter("a", "img", "div", "section", "aside", "footer", "span", "p"):
        if el.tag == "a":
            text = " ".join(el.text_content().split())
            m = AUTHOR_POSTS.match(text)
            if m and len(text.split()) <= 12:
                marks.append((el, "link to the author's posts", _name_words(text[m.end() :])))
            elif "author" in (el.get("rel") or "").lower().split() and len(text.split()) <= 5:
                marks.append((el, 'rel="author" link', _name_words(text)))
        elif el.tag == "img":
            alt = _name_words(el.get("alt") or "")
            if len(alt) >= 2 and alt <= byline:
                marks.append((el, "the byline author's photo", alt))
        elif _PERSON_TYPE.search(el.get("itemtype") or ""):
            name = next((n for n in el.iter() if n.get("itemprop") == "name"), None)
            marks.append((el, "schema.org Person", _name_words(name.text_content()) if name is not None else set()))
    return marks


def author_boxes(
    page_blocks: Sequence[TextBlock], extracted: Sequence[str], prose: Sequence[int], author: str
) -> dict[int, str]:
    """{index in `extracted`: reason} for the extracted blocks in an author box after the
    article's text (`_author_marks`; `author`: the byline's name from the page's metadata, ""
    when unknown). `page_blocks`, `extracted` and `prose` as `chrome_boxes` takes them.

    The box is the largest element around a mark, below the article's container
    (`main_container`), whose extracted blocks are labels (no running text) or a bio of at most
    AUTHOR_BIO_MAX_WORDS words naming the person (the mark's name, else the byline's); it must
    hold such a bio unless the mark is a link to the author's posts, and come after a
    paragraph of article text."""
    where = locate(page_blocks, extracted)
    found = [(i, page_blocks[j].owner) for i, j in enumerate(where) if j >= 0]
    main = main_container([o for _, o in found], [prose[i] for i, _ in found])
    if main is None:
        return {}
    above = {main, *main.iterancestors()}
    held: dict[Any, list[int]] = {}  # element -> the extracted blocks inside it (keys keep lxml's proxies alive)
    for i, owner in found:
        for el in (owner, *owner.iterancestors()):
            held.setdefault(el, []).append(i)
    out: dict[int, str] = {}
    first_prose = next((i for i in range(len(extracted)) if prose[i]), len(extracted))
    for mark, what, names in _author_marks(main.getroottree().getroot(), author)[:AUTHOR_MARKS_MAX]:
        names = names or _name_words(author)

        def bio(i: int, names: set[str] = names) -> bool:
            text = extracted[i]
            return bool(prose[i]) and len(text.split()) <= AUTHOR_BIO_MAX_WORDS and bool(names & _name_words(text))

        box, el = None, mark
        while el is not None and el not in above:
            if not all(bio(i) or not prose[i] for i in held.get(el, [])):
                break
            box, el = el, el.getparent()
        inside = held.get(box, []) if box is not None else []
        if not inside or inside[0] <= first_prose:
            continue  # nothing extracted in it, or no article text above it (a byline's link)
        if what.startswith("link to the author's posts") or any(bio(i) for i in inside):
            out.update((i, f"author box ({what})") for i in inside)
    return out
