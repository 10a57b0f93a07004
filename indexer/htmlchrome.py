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
import itertools
import re
from collections.abc import Sequence
from typing import Any

from . import chromewords, htmlthread
from .htmllead import TextBlock, content_form, count_words

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
# A site's notes and pitches by their names (disclaimer, testimonial(s), donate): measured on
# the blocks the extractor kept in boxes so named, wild tuning pages 0 `with` and 4 `without`
# strings (an affiliate disclaimer), trials 26-55 0 and 12. Not "cta" nor "legal", which a new
# user's read of the wild tuning pages found naming content (Lavazza's "content-cta" holds how
# to brew the coffee, Lidl's "ATheLegalText" a help page's sections).
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
    r"guestbook|condolences|flowers|"
    r"disclaimer|testimonials?|donate|"
    # a comment section's name in every language of chromewords.LANGUAGES ("komentare", "kommentit")
    rf"{chromewords.labels(chromewords.COMMENT_NAMES)})$"
)
# The chrome words that name a comment thread (`CHROME_WORDS`' first and last groups)
_COMMENT_NAME = re.compile(
    rf"^(?:comments?|kommentare?|replies|disqus|{chromewords.labels(chromewords.COMMENT_NAMES)})$"
)
# A class that states a condition of the element, not what it is ("has-sharing", "is-author",
# "js-share"), and a BEM modifier ("contentHeader--sharing"): its words are not the box's name.
# So does a class naming a layout's orientation: WoltLab's post is "message
# messageSidebarOrientationLeft", its poster's panel on the left, no sidebar (trial 39's forum
# thread lost every post in HTML).
_STATE_CLASS = re.compile(r"^(?:has|is|with|no|js)[-_]|orientation", re.I)
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_NAME_RUN = re.compile(r"[^\W\d_]+|\d+")  # a run of letters of any script, or of digits

# An extracted block is found in the page by its first characters, this far ahead of the one
# before it (a window keeps the search linear on a 10 MB page).
KEY_CHARS = 40
SEARCH_BLOCKS = 200
MARK_LANDMARKS = True  # ask `landmark_name` too (a switch for the A/B in docs/quality.md)
MAIN_SHARE = 0.5  # the article's container holds more than this share of the extracted prose


def name_words(el: Any) -> list[str]:
    """The words of an element's class and id, lower case ("sd-sharing-enabled" -> sd, sharing,
    enabled; "cbx-Author_Position" -> cbx, author, position; "relatedPost" -> related, post; in
    any script: "komentáře-box" -> komentáře, box, `_case_words`)."""
    names = [c.split("--")[0] for c in (el.get("class") or "").split() if not _STATE_CLASS.search(c)]
    names.append(el.get("id") or "")
    joined = " ".join(names)
    if joined.isascii():
        return [w.lower() for w in _NAME_WORD.findall(joined)]
    return [w.lower() for run in _NAME_RUN.findall(joined) for w in _case_words(run)]


def _case_words(run: str) -> list[str]:
    """A run of letters (or digits) parted where its case says a word begins, in any script
    ("komentářeBox" -> komentáře, Box; "ÚvodníStrana" -> Úvodní, Strana; "HTMLParser" -> HTML,
    Parser), as `_NAME_WORD` parts ASCII names; a script without case stays one word."""
    words, start = [], 0
    for k in range(1, len(run)):
        a, b = run[k - 1], run[k]
        if b.isupper() and (a.islower() or (a.isupper() and k + 1 < len(run) and run[k + 1].islower())):
            words.append(run[start:k])
            start = k
    words.append(run[start:])
    return words


# Question2Answer's comment lists under a question or an answer ("qa-q-view-c-list",
# "qa-a-item-c-list", "qa-c-list-item"): the engine writes "c" for comment, and marks the
# comments' text with schema.org's itemprop="text" as it does its answers' (trial 29's page).
_QA_COMMENT_CLASS = re.compile(r"(?:^|\s)qa-(?:q-view-|a-item-)?c-(?:list|item)")


# A forum's rules over its threads, by a class of its own: phpBB's "rules", Invision's
# "cForumRules" (trial 48's thread lost every post, its first paragraph as extracted being the
# rules, in no post). Not the word "rules" in any name: a heading's id made of its words
# ("common-mistake-4--misunderstanding-python-scope-rules", a wild tuning page).
_RULES_CLASS = re.compile(r"^(?:rules|\w*forum[_-]?rules)$", re.I)


def chrome_name(el: Any) -> str:
    """The first word of `el`'s class or id names that marks chrome (`CHROME_WORDS`), "" if none;
    "comments" for Question2Answer's comment lists (`_QA_COMMENT_CLASS`), "rules" for a forum's
    rules (`_RULES_CLASS`)."""
    classes = el.get("class") or ""
    if _QA_COMMENT_CLASS.search(classes):
        return "comments"
    if any(_RULES_CLASS.match(c) for c in classes.split()):
        return "rules"
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
    if el.tag in CHROME_TAGS and not (el.tag == "form" and content_form(el)):
        return f"<{el.tag}>"  # (a form that wraps the page's content is none: Question2Answer's)
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
    that, a page block holding those characters within SEARCH_BLOCKS after the block before;
    failing that, a short first line is tried without the extractor's empty table cells after
    it ("Home | News | |": a layout table's row) and with the lines after it as one (a side
    box's label over its lines, the page block's text being the box's whole, split by <br>).
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

    def lookup(key: str, at: int) -> int:
        same = starts.get(key, []) if len(key) >= KEY_CHARS else whole.get(key, [])
        k = bisect.bisect_left(same, at)
        return same[k] if k < len(same) else same[0] if same else -1

    found: list[int] = []
    at = 0
    for text in extracted:
        key = " ".join(text.split("\n")[0].split())[:KEY_CHARS]
        j = lookup(key, at)
        if j < 0 and len(key) >= 20:
            j = next(
                (j for j in range(at, min(at + SEARCH_BLOCKS, len(page_blocks))) if key in page_blocks[j].text), -1
            )
        if j < 0 and len(key) < KEY_CHARS:
            if (cell := _EMPTY_CELLS.sub("", key)) != key:
                j = lookup(cell, at)
            if j < 0 and "\n" in text:
                j = lookup(" ".join(text.split())[:KEY_CHARS], at)
        found.append(j)
        if j >= 0:
            at = j  # the next block may share this one's element (a <p> split at a blank line)
    return found


# the extractor's bars for a table row's empty cells after its text ("Home | News | |")
_EMPTY_CELLS = re.compile(r"(?: \|)+$")


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


# An old table layout (a page cut into a <table>'s cells: a menu column, the article's column, a
# column of notices and fixtures, a header row, a footer row): the article's container sits in one
# cell, and what the extractor kept from the layout table's other cells is the page's furniture,
# whatever it reads like (trial 20: a club's notices and sponsors' thanks, a guest book's column,
# a footer's address and counter, kept whole as body; their cells carry no class names). A
# table inside the article's cell (a table of results) is the article's own.
MARK_LAYOUT_CELLS = True
LAYOUT_COLUMN_REASON = "beside the article in the page's layout table (another cell of its row)"
LAYOUT_ROW_REASON = "in another row of the page's layout table than the article"
_CELL_TAGS = frozenset({"td", "th"})
_ROW_TAGS = frozenset({"tr"})
_TABLE_TAGS = frozenset({"table", "tbody", "thead", "tfoot"})


def _beside_in_layout(owner: Any, main: Any, above: set[Any]) -> str:
    """Why the block in `owner` (outside the article's container `main`; `above`: `main` and its
    ancestors) is a layout table's other cell (LAYOUT_COLUMN_REASON, LAYOUT_ROW_REASON), "" when
    it is not: the element both share is a table row, or a table, of a table whose cell holds
    `main`, and `owner` sits in a cell of it."""
    el, cell = owner, False
    while el is not None and el not in above:
        cell = cell or el.tag in _CELL_TAGS
        el = el.getparent()
    if el is None or not cell or not any(a.tag in _CELL_TAGS for a in (main, *main.iterancestors()) if a is not el):
        return ""
    if el.tag in _ROW_TAGS:
        return LAYOUT_COLUMN_REASON
    return LAYOUT_ROW_REASON if el.tag in _TABLE_TAGS else ""


# A teaser card: a small box holding a link to another page under a headline's words and a
# blurb beside it (a date, a label), one of several boxes alike (the same tag and class: a
# "more news" list under the article, an editor's picks rail, an event's "also this month",
# boxes of "you may also like" set between the article's paragraphs). The extractor drops the
# link and keeps the blurb, a sentence that reads as the article's (trial 20 and 18: a
# municipality's "further news", a portal's picks, a listicle's inline promotions, an agency's
# latest releases, a venue's other events; none of them named for what they are). The cards'
# prose must be a small share of the page's (TEASER_MAX_SHARE): a list article whose items are
# boxes like these, each a linked name and its paragraph, is the article.
MARK_TEASER_CARDS = True
TEASER_CARD_MAX_CHARS = 400  # the card's whole text: a headline, a date, a sentence or two
TEASER_CARD_DEPTH = 3  # the card is the block's element or one of its next ancestors
TEASER_LINK_MIN_WORDS = 3  # a headline's words (`count_words`: CJK letters count as words)
TEASER_MAX_SHARE = 1 / 3
TEASER_CARD_REASON = "teaser card (one of like boxes, each a link to another page and its blurb)"
_CARD_TAGS = frozenset({"div", "li", "article", "section", "td", "dd", "aside"})


def _text_over(el: Any, limit: int) -> bool:
    """Whether `el`'s text is longer than `limit` characters, read no further than that."""
    n = 0
    for piece in el.itertext():
        n += len(piece.strip())
        if n > limit:
            return True
    return False


def _headline_link(el: Any) -> Any:
    """The first headline's link in `el` (`_is_headline_link`) when `el` has text besides it,
    else None."""
    link = next((a for a in el.iter("a") if _is_headline_link(a)), None)
    if link is None or len(" ".join(el.text_content().split())) <= len(" ".join(link.text_content().split())):
        return None
    return link


def _heads(card: Any, link: Any, owner: Any) -> bool:
    """Whether the headline's `link` in `card` stands before the block in `owner` or in it (a
    teaser's headline over its blurb; a "Click to expand" or "View on map" link after a box's
    text heads nothing)."""
    if owner is card or owner is link or owner in link.iterancestors():
        return True
    return next(x for x in card.iter() if x is link or x is owner) is link


def _is_headline_link(a: Any) -> bool:
    """Whether the link `a` leads to another page and is a line of its own of
    TEASER_LINK_MIN_WORDS+ words with letters: a
    heading's whole text, or set between blocks with no words of its parent's before or after it
    (a date's or a label's element may stand before it), in a box (`_CARD_TAGS`). A link inside a sentence ("the blog
    post <a>Meta programming in Python</a> reminded me"), in an ingredient's line or after a
    label's words ("Homepage: <a>...</a>") is not; nor is a date ("May 2, 2020")."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith("#") or href.lower().startswith("javascript:"):
        return False  # a link in the page (a forum post's subject, "#p301144") or a button
    text = " ".join(a.text_content().split())
    if count_words(" ".join(t for t in text.split() if any(c.isalpha() for c in t))) < TEASER_LINK_MIN_WORDS:
        return False
    parent = a.getparent()
    if parent is None:
        return False
    if parent.tag in _HEADING_TAGS:
        return " ".join(parent.text_content().split()) == text
    if parent.tag not in _CARD_TAGS:  # inside a line's inline elements (an ingredient's name)
        return False
    before = a.getprevious()
    if ((before.tail if before is not None else parent.text) or "").strip() or (a.tail or "").strip():
        return False
    after = a.getnext()
    return after is None or after.tag in _BLOCK_AFTER


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_AFTER = frozenset({"p", "div", "br", "ul", "ol", "h2", "h3", "h4", "h5", "h6", "section", "blockquote"})


def _alike(el: Any, cache: dict[tuple[str, str], bool]) -> bool:
    """Whether another element of `el`'s tag and class (not empty) in the page is a card too
    (short, a headline's link and text besides it): `el` is one of a run of cards. One search
    of the page (lxml's XPath, in C) for each tag and class asked, and only for an element that
    is a card itself."""
    cls = el.get("class") or ""
    if not cls.strip():
        return False
    key = (el.tag, cls)
    if key not in cache:
        same = el.getroottree().getroot().xpath(f"//{el.tag}[@class=$cls]", cls=cls)
        cards = (o for o in same if not _text_over(o, TEASER_CARD_MAX_CHARS) and _headline_link(o) is not None)
        cache[key] = sum(1 for _ in itertools.islice(cards, 2)) >= 2
    return cache[key]


def _teaser_card(owner: Any, above: set[Any], cache: dict[tuple[str, str], bool]) -> Any:
    """The teaser card (TEASER_CARD_REASON) that holds the block in `owner`, None when none
    does; `above`: the article's container and its ancestors, never a card."""
    el = owner
    for _ in range(TEASER_CARD_DEPTH):
        if el is None or el in above:
            return None
        if el.tag in _CARD_TAGS:
            if _text_over(el, TEASER_CARD_MAX_CHARS):
                return None
            link = _headline_link(el)
            if link is not None and _heads(el, link, owner) and _alike(el, cache):
                return el
        el = el.getparent()
    return None


def _teaser_cards(
    found: Sequence[tuple[int, int, Any]], prose: Sequence[int], above: set[Any], marked: dict[int, str], first: int
) -> dict[int, str]:
    """{index of an extracted block: TEASER_CARD_REASON} for the `found` blocks (index, page
    block, element) not yet `marked` that sit in a teaser card (`_teaser_card`), when the cards'
    prose is at most TEASER_MAX_SHARE of all (`prose`); {} otherwise. Prose before the page
    block `first` (the article's container's first) is its lead, as in `chrome_boxes`: a rail of
    teasers over the article repeats its standfirst as the article's own card's blurb."""
    cache: dict[tuple[str, str], bool] = {}
    cards = [
        i
        for i, j, owner in found
        if i not in marked and (j >= first or not prose[i]) and _teaser_card(owner, above, cache) is not None
    ]
    if sum(prose[i] for i in cards) > TEASER_MAX_SHARE * sum(prose[i] for i, _, _ in found):
        return {}
    return dict.fromkeys(cards, TEASER_CARD_REASON)


# Teasers with a read-more link and no box a class names (issue 13, trial 25: a Polish page's
# related stories set in the article's own <article> as <h3><a>HEADLINE</a></h3><p>BLURB</p>
# <p><a>Czytaj więcej</a></p>): the extractor keeps the heading and the blurb and drops the link,
# the only mark that they are another page's. A block is such a blurb when the link
# (`chromewords.read_more_line`) ends its element or is the element after it, and a heading or a
# headline's link is the element before it; two or more on a page are a list, one alone a teaser
# when no prose of the article follows it. The plain-text rule is `segment.cards`'.
MARK_READ_MORE_CARDS = True
READ_MORE_CARD_REASON = "teaser card (a headline, its blurb and a read-more link)"
READ_MORE_CARDS_MIN = 2
READ_MORE_MAX_SHARE = 1 / 2  # of the page's prose: the blurbs are not most of it


def _is_more_link(el: Any) -> bool:
    """Whether `el` is a read-more link: an <a> or an element holding one, its whole text a
    read-more link's words (`chromewords.read_more_line`)."""
    if el.tag != "a" and next(el.iter("a"), None) is None:
        return False
    return not _text_over(el, chromewords.READ_MORE_LINE_MAX_CHARS) and chromewords.read_more_line(el.text_content())


def _blurb_head(owner: Any) -> Any:
    """The headline element over the blurb `owner` when `owner` is a teaser's blurb with its
    read-more link (its last child, no text after it, or the element after it) and a heading or
    a headline's link is the element before it; None otherwise."""
    if owner.tag not in ("p", "div") or _text_over(owner, TEASER_CARD_MAX_CHARS):
        return None
    last = owner[-1] if len(owner) else None
    linked = last is not None and not (last.tail or "").strip() and _is_more_link(last)
    nxt = owner.getnext()
    if not linked and (nxt is None or not _is_more_link(nxt)):
        return None
    head = owner.getprevious()
    if head is None or (head.tail or "").strip():
        return None
    if head.tag in _HEADING_TAGS or (head.tag == "a" and _is_headline_link(head)):
        return head
    link = next(head.iter("a"), None)
    return head if link is not None and _is_headline_link(link) else None


def _read_more_cards(
    found: Sequence[tuple[int, int, Any]], prose: Sequence[int], marked: dict[int, str]
) -> dict[int, str]:
    """{index of an extracted block: READ_MORE_CARD_REASON} for the blurbs of teasers with a
    read-more link (`_blurb_head`) and their headlines' blocks, READ_MORE_CARDS_MIN or more on the
    page, or one with no prose block after it; the blurbs at most READ_MORE_MAX_SHARE of the
    page's prose (`prose`)."""
    heads = {}
    for i, _, owner in found:
        if i not in marked and prose[i] and (head := _blurb_head(owner)) is not None:
            heads[i] = head
    if not heads or sum(prose[i] for i in heads) > READ_MORE_MAX_SHARE * sum(prose[i] for i, _, _ in found):
        return {}  # (a round-up whose items each link to their source is the article)
    if len(heads) < READ_MORE_CARDS_MIN:
        (last,) = heads
        if any(prose[i] for i, _, _ in found if i > last and i not in marked):
            return {}
    out = dict.fromkeys(heads, READ_MORE_CARD_REASON)
    wanted = set(heads.values())
    for i, _, owner in found:
        if i not in marked and (owner in wanted or any(a in wanted for a in owner.iterancestors())):
            out[i] = READ_MORE_CARD_REASON
    return out


def _layout_cells(
    page_blocks: Sequence[TextBlock],
    found: Sequence[tuple[int, int, Any]],
    prose: Sequence[int],
    main: Any,
    marked: dict[int, str],
    first: int,
) -> dict[int, str]:
    """{index of an extracted block: reason} for the `found` blocks (index, page block, element)
    not yet `marked`, outside the article's container `main`, in another cell of a layout table
    that holds it (`_beside_in_layout`); a prose block in a row over the article's (before the
    page block `first`, its container's first) that is not mostly links is its headline or lead."""
    above = {main, *main.iterancestors()}
    inside = set(main.iter())
    out: dict[int, str] = {}
    for i, j, owner in found:
        if i in marked or owner in inside or not (reason := _beside_in_layout(owner, main, above)):
            continue
        block = page_blocks[j]
        if reason == LAYOUT_ROW_REASON and j < first and prose[i] and block.link_chars * 2 < len(block.text):
            continue
        out[i] = reason
    return out


def _named_reason(word: str, el: Any) -> str:
    return f"in a box named '{word}' ({el.tag} {(el.get('class') or el.get('id') or '').strip()[:40]})"


def _box_reason(
    owner: Any, above: set[Any], lead: bool, own: str, headline: frozenset[Any] = frozenset()
) -> tuple[str, str]:
    """(reason, chrome word when `owner` itself is so named) for the page block whose element is
    `owner`: the first box up from it,
    below `above` (the article's container, the thread's posts and their ancestors), named like
    chrome (`chrome_name`) or that the markup calls chrome (`landmark_name`); ("", "") for none.
    `own`: the chrome word of the post holding it, which names the post's own parts (Invision's
    "ipsComment_content" in an "ipsComment" post). `lead`: prose above the article's container,
    where only a comment box counts (Question2Answer's comments under the question), and a
    forum's rules (Invision's "cForumRules" above a thread's first post)."""
    el = owner
    while el is not None and el not in above:
        word = chrome_name(el)
        if word and (word == own or el in headline):
            el = el.getparent()
            continue
        if lead:
            if word:
                return (_named_reason(word, el), "") if _COMMENT_NAME.match(word) or word == "rules" else ("", "")
            el = el.getparent()
            continue
        if word:
            return _named_reason(word, el), (word if el is owner else "")
        what = landmark_name(el) if MARK_LANDMARKS else ""
        if what:
            return f"in a box the markup calls chrome ({what})", ""
        el = el.getparent()
    return "", ""


def chrome_boxes(
    page_blocks: Sequence[TextBlock],
    extracted: Sequence[str],
    prose: Sequence[int],
    posts: Sequence[Any] = (),
    title: str = "",
) -> dict[int, str]:
    """{index in `extracted`: reason} for the extracted blocks that sit in a box named like
    chrome (`chrome_name`) inside or beside the article's container (`main_container` of the
    blocks, weighted by `prose`: the characters of running text of each, 0 for labels), or
    inside a thread's post (`posts`: the boxes of a thread's posts, which are the article's text
    as its container is, whatever their markup calls them: Discourse's schema.org comments).
    A box that holds the page's headline (`title`, "" when unknown) is the article's own
    (`_headline_boxes`), whatever its name. Then the boxes of their own after the article's
    container (`_boxes_after`), on pages that are no thread.

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
    above = {main, *main.iterancestors(), *posts, *(a for p in posts for a in p.iterancestors())}
    # The elements themselves, not their id()s: lxml makes a proxy object per element as it is
    # reached and frees it after, so an id could be taken by another proxy (helper html4's review)
    inside = set(main.iter())
    # prose above the article's container is its lead, whatever its box is named ("sidebar__item
    # sidebar__item--header" holding "Auf einen Blick: ..."); chrome there is short (a byline)
    first = min((j for _, j, owner in found if owner in inside), default=len(page_blocks))
    out: dict[int, str] = {}
    named: dict[str, list[int]] = {}  # chrome word -> the blocks marked by it
    # a post the markup names a comment (Invision Community's "ipsComment") names its own parts
    # so ("ipsComment_content"): that word inside it is the post's, not a box of chrome
    # (or the element a post's box only wraps: Flarum's "CommentPost" <article> in its item <div>)
    post_words = {el: word for box in posts for el in htmlthread.wrapped_chain(box) if (word := chrome_name(el))}
    headline = _headline_boxes(page_blocks, title, above)
    for i, j, owner in found:
        own = next((post_words[a] for a in owner.iterancestors() if a in post_words), "") if posts else ""
        reason, word = _box_reason(owner, above, bool(j < first and prose[i]), own, headline)
        if reason:
            out[i] = reason
        if word and owner.tag == "p":  # (a paragraph named so itself)
            named.setdefault(word, []).append(i)
    if MARK_LAYOUT_CELLS:
        out.update(_layout_cells(page_blocks, found, prose, main, out, first))
    if MARK_TEASER_CARDS:
        out.update(_teaser_cards(found, prose, above, out, first))
    if MARK_READ_MORE_CARDS:
        out.update(_read_more_cards(found, prose, out))
    _unmark_paragraph_names(out, named, [prose[i] for i, _, _ in found], prose)
    if MARK_BOXES_AFTER and not posts:
        out.update(_boxes_after(found, prose, main, inside, above, out, headline))
    return out


# The site's boxes after the article, whatever their names (trials 26-55: an "about the company"
# paragraph, a shop's delivery notes, reviews, a club's sponsors, opening hours, each in a
# <section> or <div> of its own after the article's, and kept by the extractor as its text).
# A block after the last of the article's container (`main_container`), outside it, in a box
# beside it: not a paragraph loose in a container above it (a last paragraph the markup left
# outside, wild tuning: 2 pages), and no box of the container's own tag and class on the way up
# (the next of a page builder's text modules: TYPO3's "ce-bodytext", Jimdo's "j-text").
# Measured before shipping on the wild tuning pages' HTML: blocks of 13 pages, 2 `with` and 2
# `without` strings in them; trials 26-55: 0 `with`, 158 `without`.
MARK_BOXES_AFTER = True
BOX_AFTER_REASON = "in a box of its own after the article's container (in the markup)"


def _boxes_after(
    found: Sequence[tuple[int, int, Any]],
    prose: Sequence[int],
    main: Any,
    inside: set[Any],
    above: set[Any],
    marked: dict[int, str],
    headline: frozenset[Any],
) -> dict[int, str]:
    """{index of an extracted block: BOX_AFTER_REASON} for the `found` blocks (index, page
    block, element) not yet `marked` that come after the last page block inside the article's
    container `main` (`inside`: its elements; `above`: it and its ancestors, the page being no
    thread), in a box beside it: the block's element has an ancestor below the first of
    `above` on its way up, and none of them (itself included) has `main`'s tag and class; the
    box holds running text (`prose`: of each extracted block, 0 for a label). The headline's boxes (`headline`) are the
    article's. A heading (<h1>-<h6>) goes with its box only when it opens it and every
    extracted block after it up to the box's last goes too; else it is left to the rules that
    read a box by its heading."""
    last = max((j for _, j, owner in found if owner in inside), default=-1)
    tag, cls = main.tag, main.get("class") or ""
    out: dict[int, str] = {}
    boxes: dict[Any, list[int]] = {}  # the box beside the container -> its blocks
    headings = []
    for i, j, owner in found:
        if i in marked or j <= last or owner in inside or owner in headline:
            continue
        chain = _path_below(owner, above)
        if len(chain) < 2 or any(el.tag == tag and (el.get("class") or "") == cls for el in chain):
            continue
        boxes.setdefault(chain[-1], []).append(i)
        if owner.tag in _HEADING_TAGS:
            headings.append((i, chain[-1]))
        else:
            out[i] = BOX_AFTER_REASON
    # only a box that holds running text: one of labels and figures after the container is a
    # recipe's time and difficulty, a product's facts (a new user's read of the wild tuning pages)
    for held in boxes.values():
        if not any(prose[k] for k in held):
            for k in held:
                out.pop(k, None)
    # a heading goes with its box when it opens it and every block after it in the box, up to
    # the box's last, is set aside (not a block the page's text was not found for: a Tistory
    # category list's table, which the teaser lists' rule reads under its heading)
    for i, box in reversed(headings):  # (a box's subheadings first)
        held = boxes[box]
        if i == held[0] and len(held) > 1 and all(k in out or k in marked for k in range(i + 1, held[-1] + 1)):
            out[i] = BOX_AFTER_REASON
    return out


# The box that holds the article's headline is the article's, whatever its class names: Shopify's
# "product-single__meta" holds a product's title, price and description (trial 55: with the
# reviews after it, the article's container is the page's <main>, and the description was dropped
# as "in a box named 'meta'"). A box named so inside it (the post's "entry-meta") is still chrome.
HEADLINE_BOX_IS_ARTICLE = True


def _headline_boxes(page_blocks: Sequence[TextBlock], title: str, above: set[Any]) -> frozenset[Any]:
    """The elements from the headline's own up to the article's container (`above`'s first
    met) when one page block of `page_blocks` is a heading whose text is `title` (the page's
    headline, "" when unknown); frozenset() otherwise."""
    if not HEADLINE_BOX_IS_ARTICLE or not title:
        return frozenset()
    want = " ".join(title.split())
    heads = [pb.owner for pb in page_blocks if pb.owner.tag in _HEADING_TAGS and " ".join(pb.text.split()) == want]
    if len(heads) != 1:  # (none, or the headline repeated in a teaser: which box is its own is unknown)
        return frozenset()
    return frozenset(_path_below(heads[0], above))


def _path_below(el: Any, stop: set[Any]) -> list[Any]:
    """`el` and its ancestors, nearest first, up to the first one in `stop` (not taken)."""
    path = []
    for a in (el, *el.iterancestors()):
        if a in stop:
            break
        path.append(a)
    return path


def _unmark_paragraph_names(
    out: dict[int, str], named: dict[str, list[int]], found: list[int], prose: Sequence[int]
) -> None:
    """Take out of `out` the blocks marked by a name on their own <p> (`named`: chrome word ->
    blocks) when those hold more than MAIN_SHARE of the extracted prose (`found`: the prose of
    each block found in the page): such a name marks the article's own paragraphs, not chrome
    beside them: Condé Nast's <p class="paywall"> on each paragraph behind the meter (news
    corpus: wired, 18 of 21 paragraphs), which trafilatura keeps. Only paragraphs' own names:
    boxes of comments or a cookie dialog's <div> holding more prose than a short article stay
    chrome (3 wild tuning pages)."""
    total = sum(found)
    for marked in named.values():
        if sum(prose[i] for i in marked) > MAIN_SHARE * total:
            for i in marked:
                del out[i]


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
            if m and count_words(text) <= 12:
                marks.append((el, "link to the author's posts", _name_words(text[m.end() :])))
            elif "author" in (el.get("rel") or "").lower().split() and count_words(text) <= 5:
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
            return bool(prose[i]) and count_words(text) <= AUTHOR_BIO_MAX_WORDS and bool(names & _name_words(text))

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
