"""The headline a page dump shows over its article (the page's <h1>), when the headline finder
(`head._find_title`, `head.shown_headline`) took a weaker line for it: the dump's first line
(the <title>, which sites word for search engines), the site's name in its banner, or the deck
under the headline.

A saved page's <h1> sits in a slot of its own: under the last of the page's menus and
breadcrumbs, over the article's first paragraph, with only its deck, byline, date, reading time,
share row, rating, price or photo between. Of the 35 `with` strings the plain-text path lost as
"outside the article text (before it)" on trials 26-57, 22 were such a headline (trial 57:
six of its twenty pages, "Dani kruha u našoj školi: ..." under the school's name taken for it).
"""

from __future__ import annotations

from .head import (
    HEADLINE_ABOVE_PROSE_WORDS,
    HEADLINE_MAX_WORDS,
    REWORDED_MIN_WORDS,
    _field_value,
    _first_line,
    _meta_block,
    _no_headline_line,
    _shared_stems,
    _split_title,
    _title_words,
    _not_headline,
    headline_of,
    is_section_label,
    menu_block,
    title_parts,
)
from .patterns import _any_date
from .textblocks import KICKER_MAX_WORDS, _Block, _byline_names, _is_browser_notice, _is_caption

SLOT_MAX_BLOCKS = 8  # between the headline and the article: deck, byline, date, share row, photo, caption, rating
SLOT_GAP_MAX_WORDS = 40  # a block between them is no paragraph of the article
SLOT_MIN_WORDS = 3  # a headline of fewer words is a section's label ("Opis oglasa", "On this page")
# The headline in the slot rewords the <title> (an SEO wording): content words it shares with the
# <title>'s headline part, matched by their stems (`head._shared_stems`). Without this test, 24
# wild and 2 dev tuning pages took a line sharing fewer: mostly chrome over a late article start
# ("Jetzt vergleichen & sparen", "Apply for positions around the world") or a teaser's headline;
# the 13 trial pages whose title comes from the slot now, each sharing 2+, show it as their
# headline (10 in their <h1>).
SLOT_SHARED_STEMS = 2
# A headline of SLOT_MIN_WORDS to REWORDED_MIN_WORDS - 1 words is taken only when no longer one is
# found and it is right over a paragraph of this many words (a wild tuning blog's <h1> "Das Louis
# Vuitton Missgeschick" over its first paragraph; a rubric over a photo is over its credit)
SHORT_OVER_WORDS = 15
SLOT_REASON = "headline (the line over the article, under the page's menus)"
DECK_HEADLINE_REASON = "headline (over its deck)"
DECK_SHARED_WORDS = 3


def _headline_line(b: _Block) -> bool:
    """Whether `b` reads as a headline: one line of SLOT_MIN_WORDS to HEADLINE_MAX_WORDS words,
    no chrome signal, no date, not a menu, a breadcrumb, a caption, a byline, a section's label
    or a line a page's top holds but no headline does (`head._not_headline`), not a label's
    line (ending in ":" or ","; "Dear friends,")."""
    text = b.text.strip()
    return (
        len(b.lines) == 1
        and SLOT_MIN_WORDS <= b.words <= HEADLINE_MAX_WORDS
        and not b.signal
        and not text.endswith((":", "：", ",", "،"))
        and not _any_date(text)
        and not menu_block(b)
        and not _is_caption(b)
        and not _byline_names(b)
        and not is_section_label(text)
        and not _not_headline(b)
        and not _is_browser_notice(b)
    )


def slot_headline(blocks: list[_Block], title: int, start: int, clean: bool = False) -> int:
    """Index of the page's headline: `title` (the headline finder's, -1 for none), or the line in
    the headline's slot over the article's first block `start` (`_slot`) when `title` is a weak
    one (`_weak_title`), or the headline over the deck taken for it (`_over_deck`). The <title> line so passed over is marked "page_title" (kept out of the
    text, as `head.shown_headline` marks it). A clean file (`clean`: no chrome found, its first
    line its title) is left as it is."""
    top = _first_line(blocks)
    if clean or title < top or start >= len(blocks):
        return title
    if title != top and blocks[title].extra.get("title_reason", "") in _DECK_TAKEN:
        if (at := _over_deck(blocks, title, _title_words(headline_of(blocks[top].text)))) >= 0:
            blocks[at].extra["title_reason"] = DECK_HEADLINE_REASON
            return at
    weak = _weak_title(blocks, title, top)
    if not weak or title >= start:
        return title
    prose = _first_paragraph(blocks, start)
    if (at := _slot(blocks, title, prose, _title_words(_headline_part(blocks, top, title)))) < 0:
        return title
    blocks[at].extra["title_reason"] = SLOT_REASON
    if title == top:
        blocks[top].extra["page_title"] = "1"
    return at


def _headline_part(blocks: list[_Block], top: int, title: int) -> str:
    """The <title> (the dump's first line, block `top`) without the part that names the site: the
    part the banner line taken for the headline (`title`) shows, else the last one."""
    parts = _split_title(blocks[top].text)
    if len(parts) < 2:
        return blocks[top].text
    line = " ".join(blocks[title].text.split()).casefold()
    named = [p for p in parts if line.startswith(" ".join(p.split()).casefold())] if title != top else []
    site = named[0] if named else parts[-1]
    return " ".join(p for p in parts if p != site)


# The reasons of a headline found near the article, which may be its deck: the nearest
# headline-shaped line over the byline or the article, or the one rewording the <title>
_DECK_TAKEN = ("headline (the line over the article)", "headline (rewords the page title, over the article)")
DECK_MIN_WORDS = 15  # a deck of a sentence under a headline of fewer words (trial 57: 30 under 12)
BANNER_MAX_BLOCKS = 3  # the site's name under the <title> line: at most a skip link and a tagline over it


def _weak_title(blocks: list[_Block], title: int, top: int) -> str:
    """How the headline taken (`title`) may be no headline the page shows: "title" when it is the
    dump's first line (the <title>) that no line of the page repeats, "banner" when it is a line
    of the banner that is a part of the <title> (the site's name, whichever part `headline_of`
    takes); "" when the page shows it as its headline. (A deck taken for it: `_over_deck`.)"""
    reason = blocks[title].extra.get("title_reason", "")
    if title == top:
        return "title" if reason == "first headline-like line before the article" else ""
    if title > top + BANNER_MAX_BLOCKS:
        return ""
    parts, _ = title_parts(blocks[top].text)
    line = " ".join(blocks[title].text.split()).casefold()
    # the site's name alone, shortened ("OS X" of "OS X Town"), or opening its tagline, whichever
    # part of the <title> (`head.headline_of` takes the longest for the headline: "Lent 2023 roof
    # repairs – St Oswin's Church, Bridgnorth")
    site = any(p == line or p.startswith(line + " ") or line.startswith(p + " ") for p in parts)
    return "banner" if len(parts) > 1 and site else ""


def _over_deck(blocks: list[_Block], title: int, wanted: set[str]) -> int:
    """The headline over a deck taken for it (`title`): the line right over it, shorter and
    headline-shaped, with no headline-shaped line over it in turn, and sharing a word of the
    <title>'s headline (`wanted`, content words) when the line taken shares DECK_SHARED_WORDS;
    -1 if none. (A line sharing none over the <title>'s headline reworded is the site's:
    Medium's "Published in NAME", trial 61. A deck shares a word or two: "hospitals", "units".)"""
    upper = blocks[title - 1] if title >= 2 else None
    if upper is None or blocks[title].words < DECK_MIN_WORDS or not _headline_line(upper):
        return -1
    if not KICKER_MAX_WORDS < upper.words < blocks[title].words:
        return -1  # (a kicker over the headline is shorter: "The Long Read")
    if not wanted & _title_words(upper.text) and len(wanted & _title_words(blocks[title].text)) >= DECK_SHARED_WORDS:
        return -1
    over = blocks[title - 2]  # a kicker or a section's label over the headline, else no headline line
    return title - 1 if not (_headline_line(over) and over.words > KICKER_MAX_WORDS) else -1


def _slot(blocks: list[_Block], title: int, start: int, wanted: set[str]) -> int:
    """The line in the headline's slot over the article's first block `start`: the topmost
    headline-shaped line (`_headline_line`) at most SLOT_MAX_BLOCKS blocks up, only blocks of up
    to SLOT_GAP_MAX_WORDS words (deck, byline, date, share row, caption, a label such as "On this
    page") between, that shares SLOT_SHARED_STEMS of the <title>'s content words (`wanted`), has
    REWORDED_MIN_WORDS (a section's name is shorter: "Vanlife, Wohnmobil-Kaufberatung & mehr")
    or, when no such line is found, is the lowest shorter one right over a paragraph
    (`_over_paragraph`) that joins no topics with "&" ("Vanlife, Wohnmobil-Kaufberatung & mehr"),
    and is under the page's menus (`_under_menus`); -1 if none. (A kicker over the headline, a
    deck under it share no words, or fewer.)"""
    found, short = -1, -1
    for i in range(start - 1, max(title, start - 1 - SLOT_MAX_BLOCKS), -1):
        b = blocks[i]
        if _slot_line(blocks, i):
            shared = _shared_stems(wanted, _title_words(b.text))
            if shared >= SLOT_SHARED_STEMS and _under_menus(blocks, title, i):
                if b.words >= REWORDED_MIN_WORDS:
                    found = i  # (the topmost: a section's heading under the headline shares its words too)
                elif short < 0 and _over_paragraph(blocks, i) and "&" not in b.text:
                    short = i  # (a short line joining topics with "&" is a section's name: "Haus & Garten")
        elif b.words > SLOT_GAP_MAX_WORDS and not (b.signal or _meta_block(b) or _is_caption(b)):
            break
    return found if found >= 0 else short


def _over_paragraph(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is right over a paragraph (`_prose`, or SHORT_OVER_WORDS+ words ending as
    a sentence ends), as a page's <h1> is over its first paragraph; a section's name over the
    article's photo is over its credit or caption ("Vanlife, Wohnmobil-Kaufberatung & mehr" over
    "Campingbus-Special")."""
    under = blocks[i + 1] if i + 1 < len(blocks) else None
    return under is not None and (_prose(under) or (under.sentence_end and under.words >= SHORT_OVER_WORDS))


def _first_paragraph(blocks: list[_Block], start: int) -> int:
    """The article's first paragraph of prose (HEADLINE_ABOVE_PROSE_WORDS+ words) at or under its
    first block `start`, at most SLOT_MAX_BLOCKS blocks down (`start` when none): an announcement
    bar over the headline may open the article run ("Issue 27 is out now. Order the winter issue
    ...", trial 57's magazine)."""
    return next((i for i in range(start, min(len(blocks), start + SLOT_MAX_BLOCKS + 1)) if _prose(blocks[i])), start)


def _prose(b: _Block) -> bool:
    """Whether `b` is a paragraph of an article: HEADLINE_ABOVE_PROSE_WORDS+ words read as prose."""
    return b.words >= HEADLINE_ABOVE_PROSE_WORDS and b.value >= 15


def _slot_line(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` may be the headline in its slot: headline-shaped (`_headline_line`), not
    a line that shares a <title>'s words but is no headline (`head._no_headline_line`: a
    caption, a contact line, a sentence) nor a field's value under its label."""
    return _headline_line(blocks[i]) and not _no_headline_line(blocks, i) and not _field_value(blocks, i)


def _under_menus(blocks: list[_Block], title: int, at: int) -> bool:
    """Whether block `at` is under a menu or a breadcrumb (`head.menu_block`) below the headline
    taken (`title`), and no paragraph of an article (HEADLINE_ABOVE_PROSE_WORDS+ words of prose)
    is between them."""
    above = blocks[title + 1 : at]
    return any(map(menu_block, above)) and not any(map(_prose, above))
