"""HTML input: trust the extractor's structure (trafilatura's blocks with kind hints), still
clean it with the rules that apply to it (calls to action, legal lines, empty headings, repeats).
"""

from __future__ import annotations
import re
from collections import Counter
from dataclasses import dataclass, field
from .. import blocks as _blocks
from .. import chromewords
from ..htmlagree import REASON as VOTE_REASON
from ..htmlchrome import BOX_AFTER_REASON
from ..htmllead import count_words
from ..models import (
    BODY,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    HEADING,
    INDEXED_KINDS,
    KINDS,
    LEAD,
    OVER_SUBHEADING,
    TITLE,
    split_hint,
    visible,
)
from .patterns import (
    SERVER_ERROR_REASON,
    _SERVER_ERROR,
    _SERVER_ERROR_KEYS,
    DISCLAIMER_REASON,
    FORM_STATUS_REASON,
    PAYWALL_PROMPT_KEYS,
    PAYWALL_PROMPT_MAX_WORDS,
    PAYWALL_REASON,
    _PAYWALL_PROMPT,
    _LEGAL,
    _LEGAL_WEAK,
    _MONTH_YEAR_FIELD,
    _MORE_NEWS_START,
    _STAMP,
    _TEASER_START,
    _WORD,
    _SENT_END,
    _any_date,
    _has_any,
    is_stamp,
)
from .textblocks import (
    COOKIE_MAX_WORDS,
    advice_note,
    event_place,
    CONSENT_REASON,
    DISCLOSURE_MAX_WORDS,
    TIME_REASON,
    _Block,
    _CREDIT_LINE,
    _DISCLOSURE,
    _LEGAL_KEYS,
    _STRONG_CTA_KEYS,
    _button_label,
    _byline_names,
    _date_or_time_line,
    _is_consent_text,
    _is_cookie_notice,
    _is_form_status,
    posting_prompt,
    _issue_chrome,
    _measure,
    item_paragraphs,
    forum_post_stamp,
    forum_post_stamp_subject,
    mark_live_stamps,
    _newsletter_signup,
    _phrase_reason,
    _post_byline,
    _quoted,
    _strong_cta,
    promotion_or_service,
    _weak_cta,
    LINK_BLOCK_MAX_WORDS,
    NAV_LINE_MAX_WORDS,
    PREV_NEXT_REASON,
    _PREV_NEXT_LABEL,
    _PREV_NEXT_WORD,
    prev_next_links,
)
from .repeats import chrome_key
from .bios import mark_html_edge_bios
from .head import FIELD_LIST_REASON, field_list_names
from .furniture import (
    FORUM_REASON,
    RATING,
    RATING_LINE_MAX_WORDS,
    REVIEWS_REASON,
    TOC_REASON,
    _FORUM_FIELD,
    _TOC_LABEL,
    _profile_fields,
)
from .head import _RELEASE_LABEL_LINE, _head_lines_name, _mark_formal_header, headline_of
from .tail import (
    AUTHOR_BIO_MAX_WORDS,
    article_above,
    _author_tagline,
    _bio_name,
    headline_lines,
    _is_sentence_prose,
    _mark_teaser_lists,
    _drop_thread_furniture,
    bare_subject,
    ABOVE_THREAD_REASON,
    BOARD_NAME_REASON,
    FORUM_POSTS_MIN,
    POST_HEADER_REASON,
    THREAD_TITLE_REASON,
    _signed_thread,
    _signed_thread_start,
    mark_shop_page,
)


def _html_blocks(pairs: list[tuple[str, str]]) -> list[_Block]:
    out: list[_Block] = []
    for given, text in pairs:
        lines = [ln.strip() for ln in visible(text).split("\n") if ln.strip()]
        if not lines:
            continue
        hint, why = split_hint(given)
        if why == VOTE_REASON:  # chrome by vote (htmlagree) unless a rule of our own says why first
            hint = ""
        # a live page's entries (a commentary's or live blog's list items, each opening with
        # its time) or list items each a paragraph long: a paragraph each, as in plain text
        for part in (item_paragraphs(lines) if not hint else []) or [lines]:
            for piece in [q for p in _stamp_apart(part) for q in _update_line_apart(p)]:
                out.append(_Block(text="\n".join(piece), lines=piece, hint=hint if hint in KINDS else ""))
                if why:
                    out[-1].extra["vote" if why == VOTE_REASON else "why"] = why
    mark_live_stamps(out)
    return out


def _table_cell(line: str) -> str:
    """A line of the extractor's table row without its cell bars ("Posted: ... |" -> "Posted: ...")."""
    return " ".join(line.strip(" |").split())


def _stamp_apart(lines: list[str]) -> list[list[str]]:
    """`lines` (one extractor paragraph's) with a forum post's header of its time and subject on
    its first line (phpBB 2's "Posté le: DATE Sujet du message: ...", `forum_post_stamp`; the
    extractor gives the header's table cell and the post's under it as one paragraph) as two
    blocks, the header and the post; else `lines` as they are."""
    if len(lines) < 2 or ":" not in lines[0] or not forum_post_stamp(_table_cell(lines[0])):
        return [lines]
    return [[_table_cell(lines[0])], lines[1:]]


def _mark_html_forum_stamps(blocks: list[_Block]) -> None:
    """A forum thread whose posts' headers name no poster (phpBB 2's "Posté le: DATE Sujet du
    message: ...", `forum_post_stamp`), FORUM_POSTS_MIN or more, as the extractor gives its
    table: the headers are the thread's furniture (POST_HEADER_REASON; the first one the page's
    date line), and so are a block of its posters' panels (FORUM_POSTS_MIN+ profile fields, no
    sentence), a row of a post's tools (`_post_tools`), the board's list of other threads from
    its heading on ("Sujets similaires", `_SIMILAR_TOPICS`) and what is kept above the first post
    (the board's name and tagline; ABOVE_THREAD_REASON), the subject there the title (trial 25:
    a French phpBB 2 thread kept them all as text, and its headers' date was none)."""
    heads = [i for i, b in enumerate(blocks) if len(b.lines) == 1 and ":" in b.text and forum_post_stamp(b.text)]
    if len(heads) < FORUM_POSTS_MIN:
        return
    for n, i in enumerate(heads):
        b = blocks[i]
        b.kind, b.reason = BOILERPLATE, "date line (the thread's first post's header)" if n == 0 else POST_HEADER_REASON
        if n == 0:
            b.extra["date"] = _any_date(forum_post_stamp(b.text))
    _drop_thread_furniture(blocks, heads, _table_cell)
    for b in blocks:
        fields = sum(bool(_FORUM_FIELD.match(_table_cell(ln))) for ln in b.lines)
        if b.kind in INDEXED_KINDS and fields >= FORUM_POSTS_MIN and not b.sentence_end:
            b.kind, b.reason = BOILERPLATE, f"{FORUM_REASON} (the posters' panels)"
    _html_thread_top(blocks, heads[0])


def _html_thread_top(blocks: list[_Block], first: int) -> None:
    """Above a phpBB 2 thread's first post (its header at `first`): the block that is the
    thread's subject (the first header's, its "Re:" dropped; kept or not: a link to the thread)
    is the title, the board's name taken for it none (BOARD_NAME_REASON), and the rest kept
    there is the board's (ABOVE_THREAD_REASON), unless an article stands above the thread
    (`tail.article_above`, the test the plain-text path makes: its comments laid out as posts)."""
    subject = bare_subject(forum_post_stamp_subject(blocks[first].text))
    if not subject or article_above(blocks, first):  # (as the plain-text path asks it)
        return
    kept = [b for b in blocks[:first] if b.kind in INDEXED_KINDS]
    own = next((b for b in blocks[:first] if len(b.lines) == 1 and _table_cell(b.text) == subject), None)
    if own is None:  # (the topic's own line, a link to the thread, may have been dropped as one)
        return
    for b in [*kept, own] if own not in kept else kept:
        if b is own:
            b.kind, b.reason, b.text, b.lines = TITLE, THREAD_TITLE_REASON, subject, [subject]
            _measure(b)
        elif b.kind == TITLE:
            if subject.casefold() not in b.text.casefold():
                b.kind, b.reason = BOILERPLATE, BOARD_NAME_REASON
        else:
            b.kind, b.reason = BOILERPLATE, ABOVE_THREAD_REASON


# A CMS's "last updated" line printed in the article's own cell or element, under its last
# paragraph (Joomla's "Zuletzt aktualisiert am Montag, 17. März 2008 um 07:40 Uhr", "Last Updated
# on ..."): the extractor gives it as the paragraph's last line (trial 23). The label of any
# language (`chromewords.UPDATED_LABEL`), a date, a date line's length.
_UPDATE_LABEL = re.compile(rf"^(?:{chromewords.labels(chromewords.UPDATED_LABEL)})(?!\w)", re.I)
UPDATE_LINE_MAX_WORDS = 14


def _update_line_apart(lines: list[str]) -> list[list[str]]:
    """`lines` (one extractor paragraph's) as blocks: its last line apart when it is an update's
    date line (`_UPDATE_LABEL`, a date, UPDATE_LINE_MAX_WORDS words or fewer, no sentence end)
    under other lines;
    the date line is then told as one (`_is_date_line`), not read as the paragraph's text."""
    last = lines[-1]
    if len(lines) < 2 or count_words(last) > UPDATE_LINE_MAX_WORDS or not _UPDATE_LABEL.match(last):
        return [lines]
    return [lines[:-1], [last]] if _any_date(last) and not _SENT_END.search(last) else [lines]


def _html_chrome(b: _Block) -> str:
    """Chrome that trafilatura let through: calls to action, share prompts, legal lines.

    Narrower than the plain-text signals: the extractor already removed menus, and its lists
    are article lists. Repeated paragraphs are kept (recipes and Q&A repeat lines on purpose), up
    to REPEATS_MAX copies (`_drop_repeats`).
    """
    text = b.text
    label = _button_label(b) or _profile_fields(b, forum_page=False)
    if label:
        return label
    if b.words <= RATING_LINE_MAX_WORDS and len(b.lines) <= 2 and RATING.search(text):
        return f"{REVIEWS_REASON} ('{_quoted(text)}')"  # a shop's rating summary ("4,5 uit 5 · 126 reviews")
    if len(b.lines) == 1 and _TOC_LABEL.match(text.strip()):
        return f"{TOC_REASON} (its label: the extractor left its lines out)"  # trial 15: "Inhaltsverzeichnis" was body
    cta = _weak_cta(text, b.words) if b.words <= 12 and (not b.sentence_end or b.words <= 4) else None
    if cta:
        return _phrase_reason(cta.group(0))
    promo = _strong_cta(text) if b.words <= 45 and _has_any(b.low, _STRONG_CTA_KEYS) else ""
    promo = promo or promotion_or_service(b)
    if promo:
        return promo
    if b.words <= PAYWALL_PROMPT_MAX_WORDS and _has_any(b.low, PAYWALL_PROMPT_KEYS) and _PAYWALL_PROMPT.search(text):
        return PAYWALL_REASON
    if b.words <= DISCLOSURE_MAX_WORDS and _DISCLOSURE.search(text):
        return "advertising or editorial disclosure"
    signup = _newsletter_signup(b) or _issue_chrome(b)
    if signup:
        return signup
    if _is_cookie_notice(b):
        return "cookie notice"
    if _is_consent_text(b):
        return CONSENT_REASON
    if _is_form_status(b):
        return FORM_STATUS_REASON
    prompt = posting_prompt(b)
    if prompt:
        return prompt
    if advice_note(b):
        return DISCLAIMER_REASON  # the page's note that its text is no advice, as in a text dump (trials 43, 44)
    if (b.words <= 60 and _has_any(b.low, _LEGAL_KEYS) and _LEGAL.search(text)) or (
        b.words <= 15 and not b.sentence_end and _LEGAL_WEAK.search(text)
    ):
        return "legal notice"
    return ""


# A figure's caption by its label ("Abbildung: Vergleich ...", "Abb. 2: ...", "Figure 3: ..."):
# the text under an image, which HTML pages no longer give (`htmlpage`: include_images=False)
# unless the page set it as an ordinary paragraph.
_FIGURE_LABEL = re.compile(r"^(?:abbildung|abb\.|figure|fig\.|grafik|schaubild)\s*\d*\s*:", re.I)
FIGURE_CAPTION_MAX_WORDS = 40
# 23.10.2018, 2018-10-23, 10/23/2018, 23.10.18: a date on its own (days 1-31, months 1-12, so a
# phone number's "158-23-2012" is not one)
_DAY, _MONTH = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])"
_NUMERIC_DATE = re.compile(
    rf"(?<![\d+.-])(?:(?:19|20)\d\d-{_MONTH}-{_DAY}|{_DAY}[./-]{_MONTH}[./-](?:19|20)?\d\d|"
    rf"{_MONTH}/{_DAY}/(?:19|20)?\d\d)(?![\d.-]\d)"
)


MORE_NEWS_PROSE_WORDS = 15  # a paragraph of the article's before a "more news" heading


def _mark_teaser_headers(blocks: list[_Block]) -> None:
    """Mark the extractor's blocks that head a teaser list ("header": `_TEASER_START`, or a
    heading over other stories after the article's prose, `_MORE_NEWS_START`) or are a teaser's
    link on one line ("inline": "À lire aussi » Another article's headline")."""
    prose_seen = False
    for b in blocks:
        first = b.lines[0]
        teaser = _TEASER_START.match(first) if b.hint not in (TITLE, CAPTION) else None
        if teaser and count_words(first) <= 8:
            b.extra["teaser"] = "header"  # a list's first line may be its header
        elif teaser and len(b.lines) == 1 and b.words <= 30 and first[teaser.end() :].lstrip()[:1] in _LINK_MARKS:
            b.extra["teaser"] = "inline"
        elif prose_seen and count_words(first) <= 8 and _MORE_NEWS_START.match(first):
            # ("Most read", Tistory's category list: trial 29), a heading alone or over its
            # items' headlines in one block, as a table's cell holds them (trial 30's 2008
            # district paper: "Другие новости рубрики" / "· Школьники нашли ... (31.10.2008)")
            if (b.hint == HEADING and len(b.lines) == 1) or headline_lines(b.lines[1:]):
                b.extra["teaser"] = "header"
        prose_seen = prose_seen or (b.hint in ("", BODY) and b.words >= MORE_NEWS_PROSE_WORDS and b.sentence_end)


def _classify_html(blocks: list[_Block], meta: dict[str, str]) -> None:
    """Kinds for the extractor's blocks: its hints, then the block kinds the extractor does not
    know (bylines, calls to action and promotions, teaser lists, comment threads that leaked
    through). The headline is always the title: the extractor's, else a block that repeats the
    page's title, else the page's title (metadata) added as the first paragraph."""
    meta_title = _headline_choice(meta, blocks)
    _mark_teaser_headers(blocks)
    _mark_teaser_lists(blocks, True)
    context = _HtmlContext(
        # the extractor's author, else the name alone over the date line under the headline
        # (htmlpage.head_lines): a div-only page gives its byline no element of its own, and the
        # extractor kept the name as a paragraph (trial 12: "Daniel Rothberg" byline and body)
        author=(meta.get("author") or _head_lines_name(meta.get("head", ""))).casefold(),
        title=meta_title.casefold(),
        titles=frozenset(k for k in (_title_key(meta_title), _title_key(headline_of(meta_title))) if " " in k),
        thread=min(_html_comment_thread(blocks), _html_signed_thread(blocks)),
        prose=[i for i, b in enumerate(blocks) if _is_prose(b)],
        words=Counter(w for b in blocks for w in _WORD.findall(b.text.casefold())),
    )
    previous = ""
    for i, b in enumerate(blocks):
        key = chrome_key(b.text)
        if (
            key == previous and blocks[i - 1].kind != LEAD
        ):  # distant repeats stay (recipes and Q&A repeat lines on purpose), up to REPEATS_MAX
            b.kind, b.reason = BOILERPLATE, "repeats the block before it"
        else:
            b.kind, b.reason = _html_kind(b, i, key, context)
            if b.kind == BYLINE:
                b.extra["author"] = _byline_names(b)
            elif b.reason == "date line" and context.over_text(i):
                # a date line above the text dates the page as the paragraph it was did ("26.
                # Januar 2022", a date of another language now read as a date line)
                b.extra["date"] = _any_date(b.text)
        previous = key
        context.has_title = context.has_title or b.kind == TITLE
        context.title_at = i if b.kind == TITLE and context.title_at < 0 else context.title_at
    _drop_repeated_leads(blocks)
    mark_html_edge_bios(blocks, meta.get("author", ""))
    if not context.has_title and meta_title:
        # the headline is always indexed: a search for its words must find the article
        # the page's own <h1> (htmlpage) is a headline whole; a <title>'s site name is cut off
        shown = meta.get("title_from") in ("h1", "heading") and meta_title == meta.get("title")
        headline = meta_title if shown else headline_of(meta_title)
        why = "headline (page metadata)"
        if shown:
            why = "headline (the page's <h1>)" if meta["title_from"] == "h1" else "headline (the post's heading)"
        blocks.insert(0, _Block(text=headline, lines=[headline], kind=TITLE, reason=why))
    mark_shop_page(blocks, bool(meta.get("shop")))
    _drop_post_navigation(blocks)
    _mark_html_forum_stamps(blocks)
    _drop_tags_label(blocks)
    _drop_trailing_list(blocks)
    _drop_empty_headings(blocks)
    _drop_consent_categories(blocks)
    _mark_formal_header(blocks)  # a judgment's header: its date, and its parties as a head paragraph


CONSENT_LABEL_MAX_WORDS = 8  # a consent dialog's category label: "Cookies de mesures d'audience"


def _drop_consent_categories(blocks: list[_Block]) -> None:
    """A consent dialog's category texts in the extractor's blocks: a block about cookies
    (`chromewords.mentions_cookies`, up to COOKIE_MAX_WORDS words) kept as text right under a
    short label about cookies dropped as a notice ("Cookies de mesures d'audience" / "Ces cookies
    permettent d'établir des statistiques ...": a French podcast page, wild tuning, a new user's
    try), as the plain-text path's `furniture._mark_consent_dialogs` reads a dialog's categories."""
    for above, b in zip(blocks, blocks[1:]):
        if (
            b.kind != BODY
            or above.kind != BOILERPLATE
            or not above.reason.startswith(("cookie notice", "legal notice"))
        ):
            continue
        label = above.words <= CONSENT_LABEL_MAX_WORDS and not above.sentence_end
        if (
            label
            and b.words <= COOKIE_MAX_WORDS
            and chromewords.mentions_cookies(above.low)
            and chromewords.mentions_cookies(b.low)
        ):
            b.kind, b.reason = BOILERPLATE, "cookie notice (consent dialog)"


_LINK_MARKS = ("»", ":", "›", ">", "|", "→")  # between a teaser header and the headline it links to


@dataclass(slots=True)
class _HtmlContext:
    """What `_html_kind` knows of the whole page: the metadata's author and title (casefolded),
    where a comment thread starts (`_html_comment_thread`, `_signed_thread`), the indexes of prose blocks, and
    whether a title has been given yet."""

    author: str
    title: str
    titles: frozenset[str]  # `_title_key`s of the page title and of its headline part (two words or more)
    thread: int
    prose: list[int]
    words: Counter[str] = field(default_factory=Counter)  # the page's words (casefolded) and their counts
    has_title: bool = False
    title_at: int = -1  # the index of the block given as the title, -1 before one

    def over_text(self, i: int) -> bool:
        """Whether block `i` stands above the article text: over the first prose block, or
        between the headline and the first prose under it (a notice bar's sentence over the
        headline is no article text that a date line under the headline stands inside)."""
        if not self.prose or i < self.prose[0]:
            return True
        under = next((p for p in self.prose if p > self.title_at), -1) if self.title_at >= 0 else -1
        return self.title_at < i < under


# A title whose page part the site's template left empty: the site's name and a separator with
# nothing on its other side ("National Rail Enquiries -", "| Example Gazette"; a wild tuning
# page, and every page of that site, had it for headline, its <h1> empty).
_DANGLING_SEPARATOR = re.compile(r"^(?:[-–—|·•]\s+\S.*|.*\S\s+[-–—|·•])$")
FIRST_HEADING_MAX_WORDS = 20


def _first_heading(blocks: list[_Block]) -> str:
    """The text of the extractor's first block that is not chrome when it is a heading of 2 to
    FIRST_HEADING_MAX_WORDS words (the page's own headline, over its text); "" otherwise."""
    first = next((b for b in blocks if b.hint != BOILERPLATE), None)
    if first is None or first.hint != HEADING or not 2 <= first.words <= FIRST_HEADING_MAX_WORDS:
        return ""
    return " ".join(first.text.split())


def _headline_choice(meta: dict[str, str], blocks: list[_Block]) -> str:
    """The page's title to look for among the blocks: the extractor's (`meta["title"]`), unless
    it neither holds nor is part of the headline of the page's own <title> (`meta["page_title"]`,
    `headline_of`) while a block repeats that headline: the extractor then took a site name set
    as an <h1> ("엔터 미디어" or "The Gazette" where the <title> is "HEADLINE - Entermedia" and the
    body opens with HEADLINE), and the <title> is the article's. A title whose page part is
    empty (`_DANGLING_SEPARATOR`) gives way to the page's first heading (`_first_heading`)."""
    title = " ".join(visible(meta.get("title") or "").split())
    if _DANGLING_SEPARATOR.match(title) and (heading := _first_heading(blocks)):
        return heading
    page = " ".join(visible(meta.get("page_title") or "").split())
    head, key = _title_key(headline_of(page)), _title_key(title)
    if not title or " " not in head or key in head or head in key:
        return title
    # (a block the HTML reader marked as the page's furniture repeats no headline: an old table
    # layout's header row, "Harbourside Rowing Club", over the article's cell)
    return page if any(_title_key(b.text) == head for b in blocks if b.hint != BOILERPLATE) else title


def _title_key(text: str) -> str:
    """A title compared as its words only: case, punctuation and spacing do not matter
    ("Abrechnung : Musik-Stars" on the page, "Abrechnung: Musik-Stars" in the <title>)."""
    return " ".join(_WORD.findall(text.casefold()))


def _is_prose(b: _Block) -> bool:
    """A paragraph of the article's own text (not a title, heading, lead or caption) of 10+ words."""
    return b.hint not in (TITLE, HEADING, LEAD, CAPTION, BOILERPLATE) and b.words >= 10 and not _is_date_line(b)


STAMP_REASON = "date line (the page's own date stamp)"


def _page_stamp(b: _Block) -> bool:
    """Whether `b` is a page's own date stamp alone on its line ("Senast uppdaterad 2021-12-10",
    "Stand: März 2020": `patterns.is_stamp`, or its label with a month and year as the text
    dump's profile-field date line reads it): the page's, never the article's, wherever it is
    (trials 46 and 47 kept two as body, between the article and a sidebar the extractor kept)."""
    if len(b.lines) != 1 or b.sentence_end:
        return False
    return is_stamp(b.text) or bool(_STAMP.match(b.text) and _MONTH_YEAR_FIELD.match(b.text))


def _is_date_line(b: _Block) -> bool:
    """A short line that holds a date ("23.10.2018", "January 13, 2020 at 08:45 AM | ..."), not an
    event's date and place (`textblocks.event_place`: "20. April 2013, 19:30 Uhr · Stadthalle X")."""
    return (
        b.words <= 8
        and not b.sentence_end
        and len(b.lines) == 1
        and bool(_any_date(b.text) or _NUMERIC_DATE.search(b.text))
        and not event_place(b.text)
    )


READ_MORE_REASON = "read-more link (its link dropped)"


def _no_text_at_all(b: _Block) -> str:
    """Why the extractor's block `b` is no text wherever it stands, or "": the page's PHP
    warnings printed over its text ("Deprecated: preg_replace(): ... in /www/htdocs/.../
    formatting.php on line 82": a wild tuning page's lead; the plain-text path knew them), a
    read-more link alone whose link the extractor dropped ("Seguir leyendo:" closed a wild tuning
    page's article as body)."""
    if any(k in b.text for k in _SERVER_ERROR_KEYS) and all(_SERVER_ERROR.match(ln) for ln in b.lines):
        return SERVER_ERROR_REASON
    if len(b.lines) == 1 and chromewords.read_more_line(b.text):
        return READ_MORE_REASON
    return ""


def _html_kind(b: _Block, i: int, key: str, ctx: _HtmlContext) -> tuple[str, str]:
    """(kind, reason) of the extractor's block `i` (not a repeat of the block before it)."""
    if b.hint == TITLE and not ctx.has_title:
        return TITLE, "page title (extractor)"
    if (ctx.title and key == ctx.title) or (b.hint != CAPTION and _title_key(b.text) in ctx.titles):
        return (
            (BOILERPLATE, "repeats the page title") if ctx.has_title else (TITLE, "headline (matches the page title)")
        )
    if b.hint == BOILERPLATE:  # marked by the extractor's reader (htmlpage), with why
        why = b.extra.get("why") or "page chrome (the HTML reader)"
        if why == BOX_AFTER_REASON:  # what the block is says more than where it sits
            kind, reason = _text_kind(b, i, key, ctx)
            return BOILERPLATE, reason if kind == BOILERPLATE else why
        return BOILERPLATE, why
    return _text_kind(b, i, key, ctx)


def _text_kind(b: _Block, i: int, key: str, ctx: _HtmlContext) -> tuple[str, str]:
    """(kind, reason) of the extractor's block `i` by its text and hint, once the title and the
    HTML reader's own chrome are told (`_html_kind`)."""
    if why := _no_text_at_all(b):
        return BOILERPLATE, why
    if i >= ctx.thread:
        return BOILERPLATE, "comment thread"
    if b.extra.get("teaser") == "header":
        return BOILERPLATE, f"teaser list ('{_quoted(b.lines[0])}')"
    if b.extra.get("teaser") == "inline":
        return BOILERPLATE, "link to another article"
    if "teaser" in b.extra and b.hint != CAPTION:
        return BOILERPLATE, "teaser list"
    if b.hint == CAPTION:  # a Document's own hint (htmlpage gives none: include_images=False)
        return CAPTION, "image caption (extractor)"
    post_reply = bool(_post_byline(b)) and any(p < i for p in ctx.prose)  # a comment's author line, under prose
    if (_byline_names(b) and not post_reply) or (ctx.author and b.words <= 8 and key.strip(" .") == ctx.author):
        return BYLINE, "byline"
    if (not ctx.prose or i <= ctx.prose[0]) and field_list_names(b):  # a CMS's facts box over the article
        return BYLINE, FIELD_LIST_REASON  # (Joomla's "Details" list: trials 43 and 44, as a text dump's)
    chrome = _release_or_time_line(b) or _html_chrome(b)
    if chrome:
        return BOILERPLATE, chrome
    if b.words <= 15 and _CREDIT_LINE.match(b.text):
        return BOILERPLATE, "photo credit or source line"
    if b.words <= FIGURE_CAPTION_MAX_WORDS and _FIGURE_LABEL.match(b.text):
        return BOILERPLATE, "figure caption (by its label)"
    # A date on its own line above or below the article is its publication or update date;
    # between paragraphs it is content (an event's date, a timetable).
    outside = ctx.over_text(i) or i > ctx.prose[-1]
    if outside and _is_date_line(b):
        return BOILERPLATE, "date line"
    if _page_stamp(b):  # inside too: the extractor may keep a sidebar below it as text
        return BOILERPLATE, STAMP_REASON
    if b.hint == HEADING and b.words >= PROSE_HEADING_WORDS and b.sentence_end:
        # a sentence or more set in a heading's markup: the standfirst above the article
        # text, else a paragraph of it
        if not ctx.prose or i < ctx.prose[0]:
            return LEAD, "lead (prose set as a heading, before the article text)"
        return BODY, "article text (prose set as a heading)"
    if b.hint == HEADING:
        return HEADING, "heading (extractor)"
    if b.hint == LEAD:
        return LEAD, "lead (standfirst between the headline and the article text)"
    if "vote" in b.extra:  # after the article, and neither readability nor jusText holds it
        return BOILERPLATE, b.extra["vote"]
    if _last_bio_of_author(b, i, ctx) or (ctx.prose and i > ctx.prose[0] and _author_tagline(b)):
        return BOILERPLATE, HTML_BIO_REASON
    if b.hint == BODY:  # htmlpage._with_gaps
        return BODY, "article text (put back: the extractor dropped it between its paragraphs)"
    return BODY, "article text (extractor)"


HTML_BIO_REASON = "author box (a bio of the byline's author after the article)"
RELEASE_LINE_REASON = "press release line (a label over the headline)"


def _release_or_time_line(b: _Block) -> str:
    """The plain path's reasons for two lines of an HTML page that are no text: a press
    release's release line ("FOR IMMEDIATE RELEASE", `_RELEASE_LABEL_LINE`), never the title
    nor body, and a time of day alone ("18:05", "Updated 18:09": TIME_REASON, `_date_or_time_line`),
    a live blog post's time stamp, which `_finish` makes the section of the post under it; ""
    for any other block."""
    if len(b.lines) == 1 and b.words <= 12 and _RELEASE_LABEL_LINE.match(b.text):
        return RELEASE_LINE_REASON
    return TIME_REASON if len(b.lines) == 1 and _date_or_time_line(b) == TIME_REASON else ""


def _last_bio_of_author(b: _Block, i: int, ctx: _HtmlContext) -> bool:
    """Whether the extractor's block `i` is a bio of the page's author after the article's text
    with no box around it that `htmlchrome.author_boxes` could see ("Martha Quinlan is a reporter
    covering ..." as the article's last paragraph): `_AUTHOR_BIO` of at most AUTHOR_BIO_MAX_WORDS
    words, its name all words of the metadata's author (`ctx.author`), after a paragraph of
    prose and with none after it. With no author known, a bio whose surname the page names
    nowhere else (a profiled person is named in the article above: "Marie Dupont est journaliste
    ..." under an article that never names her is its writer's tagline)."""
    if b.words > AUTHOR_BIO_MAX_WORDS or not ctx.prose or i < ctx.prose[-1] or i <= ctx.prose[0]:
        return False
    name = _WORD.findall(_bio_name(b.text).casefold())
    if not ctx.author:  # no byline: a name the article never gives is its writer's, not a profiled person's
        return bool(name) and ctx.words[name[-1]] == _WORD.findall(b.text.casefold()).count(name[-1])
    return bool(name) and set(name) <= set(_WORD.findall(ctx.author))


# A heading is a phrase; a block in heading markup with this many words that ends a sentence
# is prose (a standfirst set as <h2>).
PROSE_HEADING_WORDS = 15


def html_prose_chars(pairs: list[tuple[str, str]], meta: dict[str, str]) -> int:
    """Characters of running text (`_is_sentence_prose`) in the body and lead paragraphs that
    `segment` makes of an extractor's (kind hint, text) blocks with the page's `meta`: how much
    article an extraction holds once its chrome (consent lines, calls to action, teaser lists,
    comments) is set aside. `htmlpage` compares two extractions of one page by it."""
    blocks = _html_blocks(pairs)
    for b in blocks:
        _measure(b)
    if blocks:
        _classify_html(blocks, meta)
    return sum(
        len(b.text) for b in blocks if b.kind in (BODY, LEAD) and (_is_sentence_prose(b) or _is_unspaced_prose(b))
    )


def html_chrome_reasons(texts: list[str]) -> list[str]:
    """For each of an extractor's block texts, the reason `segment` drops it as chrome by its
    words alone (`_html_chrome`: a call to action, a newsletter sign-up, a paywall prompt, a
    consent or legal line), "" for one it keeps. `htmlpage` asks it of the blocks that share a
    box with a heading, to tell the box's own heading from a section's."""
    out = []
    for text in texts:
        blocks = _html_blocks([("", text)])
        for b in blocks:
            _measure(b)
        out.append(_html_chrome(blocks[0]) if blocks else "")
    return out


def _is_unspaced_prose(b: _Block) -> bool:
    """A paragraph in a script written without spaces between words (Chinese, Japanese, Thai)
    that ends a sentence and holds 40+ characters: `_is_sentence_prose` counts words by spaces."""
    return b.sentence_end and len(b.text) >= 40 and b.text.count(" ") * 15 < len(b.text)


def _drop_repeated_leads(blocks: list[_Block]) -> None:
    """A lead whose text the article's body repeats (the standfirst printed again as its
    first paragraph) is given once, as body."""
    body = {chrome_key(b.text) for b in blocks if b.kind == BODY}
    for b in blocks:
        if b.kind == LEAD and chrome_key(b.text) in body:
            b.kind, b.reason = BOILERPLATE, "lead repeated in the article text"


TEASER_LABEL_MAX_WORDS = 3  # a teaser's label above its headline ("Zum Geburtstag", "Nachruf")


def _drop_post_navigation(blocks: list[_Block]) -> None:
    """A blog's links to the previous and the next post that the extractor kept as text: a short
    block (LINK_BLOCK_MAX_WORDS words or fewer) after the article's last paragraph of prose that
    opens with a navigation label or a bare link word (`textblocks.prev_next_links`, every
    language: "Previous post TITLE", "Previous: TITLE", "Anterior:", "Next »"), and the linked
    post's title on the one-line block after a bare label ("Anterior:", then "TITLE"; up to
    NAV_LINE_MAX_WORDS). The plain-text rules drop the same blocks (`textblocks._notice_or_pointer`);
    the extractor keeps them when a theme prints them inside the post's element."""
    text = [i for i, b in enumerate(blocks) if b.kind == BODY and b.sentence_end and b.words >= 10]
    text = [i for i in text if not prev_next_links(blocks[i].lines)]  # (a title may end with a full stop)
    for i, b in enumerate(blocks):
        if b.kind not in (BODY, HEADING) or b.words > LINK_BLOCK_MAX_WORDS or (text and i < text[-1]):
            continue
        if not prev_next_links(b.lines):
            continue
        b.kind, b.reason = BOILERPLATE, PREV_NEXT_REASON
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        bare = _PREV_NEXT_WORD.fullmatch(b.text.strip()) or _PREV_NEXT_LABEL.fullmatch(b.text.strip())
        if bare and nxt and nxt.kind in (BODY, HEADING) and len(nxt.lines) == 1 and nxt.words <= NAV_LINE_MAX_WORDS:
            nxt.kind, nxt.reason = BOILERPLATE, f"{PREV_NEXT_REASON} (the linked post's title)"


_TAGS_LABEL = re.compile(rf"[\W_]{{0,3}}(?:{chromewords.labels(chromewords.TAGS_LABEL)})\s*[:：]?", re.I)
TAGS_LABEL_REASON = "tags label (its tag links left out)"


def _drop_tags_label(blocks: list[_Block]) -> None:
    """The heading over a post's tags or topics kept alone after the article's last paragraph of
    prose ("Temas", "Tags:", "Schlagwörter"; `chromewords.TAGS_LABEL`, every language): the
    extractor dropped the tag links and kept their label as text. Inside the text such a word
    may head a section of the article: kept."""
    text = [i for i, b in enumerate(blocks) if b.kind == BODY and b.sentence_end and b.words >= 10]
    for b in blocks[text[-1] + 1 :] if text else []:
        if b.kind in (BODY, HEADING) and len(b.lines) == 1 and _TAGS_LABEL.fullmatch(b.text.strip()):
            b.kind, b.reason = BOILERPLATE, TAGS_LABEL_REASON


def _drop_trailing_list(blocks: list[_Block]) -> None:
    """A heading after the article's last paragraph of prose (`_is_sentence_prose`) whose text
    to the end of the page is fragments only (headlines, place names, dates, captions: no
    sentence) heads a teaser or link list ("Dernières News sur : ...", "Mehr zum Thema"): it,
    the fragments after it and a kicker of up to 3 words before it are dropped. Not when a
    block of the list has 3+ lines (an info box: an address, nutrition facts) or when the
    last paragraph's section goes on in longer fragments before the heading (a meal plan's
    items). A block the
    HTML reader hinted as chrome (an author box, a share bar: `htmlchrome`) between the last
    paragraph and the heading ends the article as well: fragments before it stay."""
    last = max((i for i, b in enumerate(blocks) if b.kind in (BODY, LEAD) and _is_sentence_prose(b)), default=-1)
    head = next((i for i in range(last + 1, len(blocks)) if blocks[i].kind == HEADING), -1) if last >= 0 else -1
    # a block the HTML reader found to be chrome (an author box, a share bar) ends the article
    # too: the article's last fragments before it stay, and the list starts after it
    last = max((i for i in range(last + 1, head) if blocks[i].hint == BOILERPLATE), default=last)
    if head < 0 or any(b.kind == BODY and b.words > TEASER_LABEL_MAX_WORDS for b in blocks[last + 1 : head]):
        return
    if any(_is_sentence_prose(b) or len(b.lines) >= 3 for b in blocks[head:]):
        return
    for i in range(last + 1, len(blocks)):
        b = blocks[i]
        if b.kind in (BODY, HEADING):
            b.kind, b.reason = BOILERPLATE, "teaser or link list after the article"


def _drop_empty_headings(blocks: list[_Block]) -> None:
    """A heading with no text under it (before the next heading or the end) heads nothing:
    newsletter boxes, "Comments", teaser titles. Unless the HTML reader found it over a deeper
    heading (models.OVER_SUBHEADING: <h2>Types</h2><h3>Air source</h3>) that is kept: it heads
    its subsections; a page's captions under it are text (a gallery's "In pictures" heading)."""
    following_body = kept_next = False
    for b in reversed(blocks):
        if b.kind == BODY or (b.kind == CAPTION and b.hint == CAPTION):
            following_body = True
        elif b.kind == HEADING:
            if not following_body and not (kept_next and b.extra.get("why") == OVER_SUBHEADING):
                b.kind, b.reason = BOILERPLATE, "heading with no text under it"
            following_body, kept_next = False, b.kind == HEADING


# The first comment's own header: "#1 Kommentar von Naru-chan", "1. Comment by Jane"
_NUMBERED_COMMENT = re.compile(
    r"^#?1\.?\s+(?:comment|kommentar|commentaire|comentario|commento|comentário|reactie)\s+"
    r"(?:by|von|de|par|di|van)\s+\S",
    re.I,
)


def _html_signed_thread(blocks: list[_Block]) -> int:
    """Index where a signed comment thread starts (`_signed_thread_start`); len(blocks) if none."""
    sigs = _signed_thread(blocks)
    return _signed_thread_start(blocks, sigs) if sigs else len(blocks)


def _html_comment_thread(blocks: list[_Block]) -> int:
    """Index of a comment-thread header ("12 responses to ...", "Leave a Reply") that follows
    at least a third of the page's words; len(blocks) when there is none. The extractor drops
    comment sections it recognises; this catches those it took for article text."""
    total = sum(b.words for b in blocks) or 1
    seen = 0
    for i, b in enumerate(blocks):
        first = b.lines[0]
        if (
            seen >= total / 3
            and len(first) <= 80
            and (_blocks._COMMENT_HEADER.match(first) or _NUMBERED_COMMENT.match(first))
        ):
            return i
        seen += b.words
    return len(blocks)
