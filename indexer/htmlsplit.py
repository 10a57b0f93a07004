"""An extractor's long block that holds many of the page's own block elements, split back at them.

trafilatura's last resort (its `baseline` rescue) hands on an <article>'s whole text as ONE <p>
when its main pass finds no article: a menu's unclosed <li> makes lxml nest the article inside the <nav>
that the extractor prunes. A handball club's news page (a new user's wild tuning page) gave its
date line, <h1>, <h2> standfirst, photo caption and five <p>s as one paragraph of 1,461
characters: one search hit, one snippet and one set of entity tags for the whole article, its
headings unseen by the segmenter. A <blockquote> of paragraphs is one block of lines too
(`htmlpage._element_text`): a page quoting its whole article in one gave one of 2,943.

`resplit_merged` finds, in such a block, the texts of the page's elements in page order (the
page's text cut at every block element's edge, `element_runs`, white space collapsed; text in
<nav>, <header>, <aside>... counted too: that is where the misnested article is) and, when they
cover most of it, cuts it at their edges: a heading's text becomes a heading block, a
<figcaption>'s a caption, as the extractor's own elements are hinted. A block that is one
element's text stays whole (a long paragraph, a poem's <br> lines), and no cut falls inside a
list, a table or a <pre> that starts or ends in the block (`_UNIT_TAGS`). The page's texts are
indexed once by their first characters; a block is matched with bounded `str.find`s from a
moving offset, so the work grows with the page's and the block's length, never with their
product. On the tuning pages 6 wild pages change (the handball page, two <blockquote>s of an
article's paragraphs, a how-to of 141 paragraphs in 15 blocks, a forum quote's header, a
review's quotes apart from their signatures); dev none (wild F1 0.965 -> 0.966).
"""

from __future__ import annotations

from typing import Any

from .htmllead import BLOCK_TAGS, visible_events
from .models import CAPTION, HEADING, SENTENCE_MARKS, TITLE

# An extractor's block this long or longer may be many of the page's blocks (the tuning pages'
# merged blocks are 1,400-3,000 characters; a glued heading and a paragraph or two are left to
# `htmlpage.split_glued`, which asks more of a shorter block).
RESPLIT_MIN_CHARS = 400
# The share of the block's characters the page's elements' texts found in it must hold: the rest
# is text the elements give otherwise (a word glued at a seam, a paragraph's differing end).
RESPLIT_COVER = 0.8
RESPLIT_SLACK = 40  # characters of the block between two elements' texts found in it
# An element's text shorter than this is looked for only where the text before it ended: a
# date's "18" or a label's ":" found further on would cut a sentence in two.
RESPLIT_SHORT = 12
RESPLIT_SKIP = 6  # elements after one another the block does not hold (a share bar) end the walk
RESPLIT_STARTS = 8  # elements of one text tried as the block's first (a label the page repeats)
# Characters of an element's text it is looked for by: a paragraph whose text the extractor gives
# a little otherwise (a space less at an inline element's edge) is still found where it starts.
RESPLIT_KEY = 40
# Characters of the page a page's blocks may make `str.find` read, per character of its text
# (and at least RESPLIT_BUDGET_MIN): a cap on the work on a page of many long blocks.
RESPLIT_BUDGET = 8
RESPLIT_BUDGET_MIN = 200_000

# Elements whose text no reader sees (the extractor drops them too).
_HIDDEN_TAGS = frozenset("script style noscript template svg iframe object select textarea".split())
# A list, a table or preformatted text that starts or ends in a block is one piece of it (its
# items, cells or lines are the extractor's lines, as a text file's list is one block).
_UNIT_TAGS = frozenset({"ul", "ol", "dl", "table", "pre"})
RESPLIT_UNIT_DEPTH = 16  # lists or tables inside one another looked through (a wiki's tables in a table)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class ElementRuns:
    """The page's visible text cut at every block element's edge (`htmllead.BLOCK_TAGS`), in page
    order, white space collapsed, outside `_HIDDEN_TAGS` only: `texts[k]`; `tags[k]`, the tag of
    the element holding it; `units[k]`, the innermost `_UNIT_TAGS` element around it (0: none),
    each unit's `unit_span[unit]` (index of its first text, of its last, the unit around it: 0
    for none). `starting` maps each text's key (its first RESPLIT_KEY characters, a shorter text
    whole) to the texts' indexes, `longest` to the longest text's length; `budget` is what
    `str.find` may still read for the page (RESPLIT_BUDGET)."""

    def __init__(self, tree: Any) -> None:
        self.texts, self.tags, self.units, self.unit_span = element_runs(tree)
        self.starting: dict[str, list[int]] = {}
        self.longest: dict[str, int] = {}
        for k, text in enumerate(self.texts):
            key = text[:RESPLIT_KEY]
            self.starting.setdefault(key, []).append(k)
            self.longest[key] = max(self.longest.get(key, 0), len(text))
        self.key_sizes = sorted({len(key) for key in self.starting})
        self.budget = max(RESPLIT_BUDGET_MIN, RESPLIT_BUDGET * sum(map(len, self.texts)))

    def first_elements(self, g: str) -> tuple[list[int], bool]:
        """(the texts whose key `g` opens with, in page order, the first RESPLIT_STARTS of each
        key: where a match may begin; whether one of the texts with those keys is as long as `g`
        or longer: `g` is one element's text, or the start of one). A page of 10,000 "Reply"
        buttons gives RESPLIT_STARTS of them."""
        found: list[int] = []
        whole = False
        for size in self.key_sizes:
            key = g[:size]
            if size > len(g) or key not in self.starting:
                continue
            # (a text shorter than its key is found whole: it ends at a word's edge, "Heim" not in "Heimspiele")
            if size == RESPLIT_KEY or _edge(g, size):
                found.extend(self.starting[key][:RESPLIT_STARTS])
                whole = whole or self.longest[key] >= len(g)
        return sorted(found), whole


def element_runs(tree: Any) -> tuple[list[str], list[str], list[int], dict[int, tuple[int, int, int]]]:
    """(texts, tags, units, unit_span) of `ElementRuns` for an lxml tree, in one walk of it. A
    block element starts a new text (its tag the text's), and so does its end (the text after it
    is its parent's again); a <br> is a space, as `htmllead.text_blocks` reads a page."""
    texts: list[str] = []
    tags: list[str] = []
    units: list[int] = []
    unit_span: dict[int, tuple[int, int, int]] = {}
    open_tags = [""]  # the open block elements' tags
    open_units = [0]  # the open _UNIT_TAGS elements, by their number
    buffer: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        buffer.clear()
        if text:
            texts.append(text)
            tags.append(open_tags[-1])
            units.append(open_units[-1])

    for event, _, tag, text in visible_events(tree, lambda _el, tag: tag in _HIDDEN_TAGS, lower=True):
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
                open_tags.append(tag)
                if tag in _UNIT_TAGS:
                    open_units.append(len(unit_span) + 1)
                    unit_span[open_units[-1]] = (len(texts), -1, open_units[-2])
            buffer.append(text)
        elif event == "end":
            if tag in BLOCK_TAGS:
                flush()
                open_tags.pop()
                if tag in _UNIT_TAGS:
                    unit = open_units.pop()
                    unit_span[unit] = (unit_span[unit][0], len(texts) - 1, unit_span[unit][2])
            elif tag == "br":
                buffer.append(" ")
        else:
            buffer.append(text)
    flush()
    return texts, tags, units, unit_span


def _edge(g: str, at: int) -> bool:
    """Whether a text may begin or end at `at` in `g`: not inside a word (a letter or figure on
    both sides). Elements written with no space between ("end.</p><p>Next") meet at an edge."""
    return at <= 0 or at >= len(g) or not (g[at - 1].isalnum() and g[at].isalnum())


def _find_at(g: str, text: str, expected: int, low: int, runs: ElementRuns) -> int:
    """Where the element's `text` starts in `g` near `expected` (where the text before it, which
    starts at `low`, ends): a short one (RESPLIT_SHORT) right there or after its space, a longer
    one by its key (RESPLIT_KEY) within RESPLIT_SLACK characters of it; -1 when not, not at a
    word's edge (a text found whole: at both ends), or the page's budget (`runs.budget`) is spent."""
    if len(text) < RESPLIT_SHORT:
        spots = [at for at in (expected, expected + 1) if g.startswith(text, at)]
        at = spots[0] if spots else -1
    else:
        key = text[:RESPLIT_KEY]
        start, window = max(low + 1, expected - RESPLIT_SLACK), expected + RESPLIT_SLACK + len(key)
        runs.budget -= max(0, min(window, len(g)) - start)
        at = g.find(key, start, window) if runs.budget > 0 else -1
    if at < 0 or not _edge(g, at):
        return -1
    return at if len(text) >= RESPLIT_KEY or _edge(g, min(len(g), at + len(text))) else -1


def _match_from(g: str, first: int, runs: ElementRuns) -> tuple[list[tuple[int, int]], int]:
    """The elements' texts found in `g` one after another from the page's `first`: (start in `g`,
    element index) each, the first at 0; and how many elements were passed over between them.
    The walk goes on in page order past elements `g` does not hold, and stops at the end of `g`
    or after RESPLIT_SKIP such elements in a row."""
    found = [(0, first)]
    missed = passed = 0
    for k in range(first + 1, len(runs.texts)):
        low, last = found[-1]
        expected = low + len(runs.texts[last])
        if expected >= len(g) or missed > RESPLIT_SKIP or runs.budget <= 0:
            break
        at = _find_at(g, runs.texts[k], expected, low, runs)
        if at < 0:
            missed += 1
            continue
        found.append((at, k))
        passed, missed = passed + missed, 0
    return found, passed


def _covered(g: str, found: list[tuple[int, int]], runs: ElementRuns) -> int:
    """How many characters of `g` the `found` texts hold: each its length, up to where the next
    starts (a text given a little otherwise counts up to there; one not held whole no further)."""
    ends = [at for at, _ in found[1:]] + [len(g)]
    return sum(min(len(runs.texts[k]), end - at) for (at, k), end in zip(found, ends))


def _covering(g: str, runs: ElementRuns) -> list[tuple[int, int]] | None:
    """The best match (`_match_from`) of two or more elements' texts from one that `g` opens with:
    the one holding most of `g` (`_covered`), passing over fewest elements (an earlier box's
    "Details" label opens `g` as well as its own), when it holds RESPLIT_COVER of `g`; None when
    `g` is one element's text or the start of one (a long paragraph), or no match covers it."""
    firsts, whole = runs.first_elements(g)
    if whole:
        return None
    best: tuple[int, int, list[tuple[int, int]]] = (0, 0, [])
    for first in firsts:
        found, passed = _match_from(g, first, runs)
        if len(found) >= 2:
            best = max(best, (_covered(g, found, runs), -passed, found))
        if best[1] == 0 and best[0] >= RESPLIT_COVER * len(g):
            break  # (one after another in the page, none passed over: no other start does better)
    return best[2] if best[0] >= RESPLIT_COVER * len(g) else None


def _cut_here(g: str, left: int, right: tuple[int, int], runs: ElementRuns, held: tuple[int, int]) -> bool:
    """Whether `g` is cut where the element's text `right` (start, element index) starts, after
    the element `left`'s: not inside a list, table or <pre> (one around `left`, RESPLIT_UNIT_DEPTH
    up at most) that holds `right` too and starts or ends among the elements found in `g` (`held`:
    the first and last; a menu's list that lxml nested the article in starts before the block
    and ends after it), nor inside a sentence: the text after opening in lower case, with no
    sentence mark or colon before it (an inline box's edge)."""
    unit = runs.units[left]
    for _ in range(RESPLIT_UNIT_DEPTH):
        if not unit:
            break
        first, last, outer = runs.unit_span[unit]
        if first <= right[1] <= last and (held[0] <= first or last <= held[1]):
            return False
        unit = outer
    before = g[right[0] - 2 : right[0]].rstrip()[-1:]  # (`g`'s white space is one space)
    return not (g[right[0] : right[0] + 1].islower() and before not in SENTENCE_MARKS + ":")


def _cuts(g: str, found: list[tuple[int, int]], runs: ElementRuns) -> list[tuple[int, int]]:
    """The (start in `g`, element index) of each piece of `g`: the `found` texts where `_cut_here`
    cuts, the first at 0 (text between two goes with the piece before it)."""
    held = (found[0][1], found[-1][1])
    cuts = [found[0]]
    for (_, left), right in zip(found, found[1:]):
        if _cut_here(g, left, right, runs, held):
            cuts.append(right)
    return cuts


def _originals(text: str) -> list[int]:
    """For each character of `text` with its white space collapsed (" ".join(text.split())), its
    index in `text` (a space: the first white space character it stands for)."""
    where: list[int] = []
    at = 0
    for token in text.split():
        at = text.find(token, at)
        if where:
            where.append(where[-1] + 1)
        where.extend(range(at, at + len(token)))
        at += len(token)
    return where


def _hint(piece: str, tag: str, hint: str, title: str) -> str:
    """A piece's hint: a heading element's text HEADING (TITLE when it is the page's `title`,
    white space collapsed and case folded, as `htmlpage._walk_container` hints the extractor's
    own headings), a <figcaption>'s CAPTION, any other the block's own `hint`."""
    if tag in _HEADING_TAGS:
        return TITLE if title and " ".join(piece.split()).casefold() == title else HEADING
    return CAPTION if tag == "figcaption" else hint


def _split_one(hint: str, g: str, text: str, runs: ElementRuns, title: str) -> list[tuple[str, str]]:
    """The block (`hint`, `text`; `g`: its text with white space collapsed) cut at the page's
    elements' edges (`_covering`, `_cuts`), each piece in its own words (its lines kept) and
    hinted by its first element (`_hint`); the block alone when it is not cut."""
    found = _covering(g, runs)
    cuts = _cuts(g, found, runs) if found else []
    if len(cuts) < 2:
        return [(hint, text)]
    where = _originals(text)
    ends = [where[at] for at, _ in cuts[1:]] + [len(text)]
    pieces = [(text[where[at] : end].strip(), runs.tags[k]) for (at, k), end in zip(cuts, ends)]
    return [(_hint(piece, tag, hint, title), piece) for piece, tag in pieces if piece]


def resplit_merged(
    blocks: list[tuple[str, str]], tree: Any, title: str = "", known: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """`blocks` ((hint, text) pairs) with each unhinted one of RESPLIT_MIN_CHARS or more whose
    text the page's own elements' texts cover cut at their edges (`_split_one`; `tree`: the page
    parsed by lxml, None gives `blocks`; `title`: the page's headline). A block whose text, white
    space collapsed, is in `known` (the page's text blocks, `htmllead.text_blocks`) is one
    element's: on a page of such blocks alone the page's elements are not read at all."""
    texts = [" ".join(text.split()) if not hint and len(text) >= RESPLIT_MIN_CHARS else "" for hint, text in blocks]
    if tree is None or all(not g or g in known for g in texts):
        return blocks
    runs = ElementRuns(tree)
    norm_title = " ".join(title.split()).casefold()
    out: list[tuple[str, str]] = []
    for (hint, text), g in zip(blocks, texts):
        out.extend(_split_one(hint, g, text, runs, norm_title) if g and g not in known else [(hint, text)])
    return out
