"""Where a page's article ends: the links a CMS closes an item with (its share buttons, a link
back to the news list, the links to the previous and next items), and the site's boxes the block
model kept under them ("Join our team", "About our hospital", a press office's contact, a
library's other events, readers' comments on a social page).

A marker closes the article only with POST_NAV_MIN_BODY_WORDS of body over it (share buttons
under the byline are none) and when what was kept under it is short (AFTER_END_MAX_WORDS): an
article that goes on under a mid-text share row or a gallery's "Next" is still the article.

Under the article, too, a comment thread whose comments each sit under their reader's name and
day (`mark_dated_thread`), the block model having kept some of them one by one.
"""

from __future__ import annotations

import re

from .. import chromewords, pubdate
from ..blogchrome import BLOG_ARCHIVE_REASON
from ..models import BODY, BOILERPLATE, CAPTION, HEADING, LEAD, TITLE
from .patterns import (
    BUTTON_REASON,
    PROMOTION_REASON,
    _UI_LABEL,
    _CLOCK,
    _UI_LABEL_ONE,
    _relative_time_line,
    has_day,
    ui_label_line,
)
from .tail import _POST_REASONS, CTA_REASON, POST_HEADER_REASON, POST_NAV_MIN_BODY_WORDS, _answer_stamp, _one_line
from .furniture import meta_row
from .textblocks import _PREV_NEXT_WORDS, PREV_NEXT_REASON, _Block, post_navigation

# Under the marker, the body words an article's end leaves kept at most: a few boxes of a
# sentence or two each (trial 32: 40 to 120 words on six pages). More is the article going on.
AFTER_END_MAX_WORDS = 150
SHARE_BOX_MAX_LINES = 6
SHARE_ROW_MAX_WORDS = 14  # "Compartí esta nota: WhatsApp Facebook Telegram Copiar enlace"
AFTER_END_REASON = "after the article's end ({0} close it)"

_BACK_LINK = re.compile(rf"^[\W_]{{0,3}}(?:{chromewords.labels(chromewords.BACK_TO_LIST)})[\W_]{{0,3}}$", re.I)
# The networks a share row names: the brands no sentence word spells, and the short ones
# ("X", "Line", "Mail") that count only beside a brand.
_BRANDS = (
    r"facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|viber|vk|vkontakte|bluesky|mastodon|"
    r"flipboard|tumblr|weibo|wechat|xing|kakaotalk|카카오톡|微博|微信|threads|messenger|одноклассники"
)
_NETWORK = re.compile(rf"(?:{_BRANDS}|x|line|e-?mail|mail|e-?post|sms)", re.I)  # ("E-post": Swedish, Norwegian)
_BRAND = re.compile(rf"(?:{_BRANDS})", re.I)
_ROW_WORD = re.compile(r"[^\s|•·/,;:]+")
_SHARE_LABEL = dict(_UI_LABEL_ONE)["share"]
_LINK_WORD = re.compile(rf"(?<!\w)(?:{_PREV_NEXT_WORDS})(?!\w)", re.I)
_LINK_WORDS_ONLY = re.compile(rf"^[\W_]*(?:{_PREV_NEXT_WORDS})(?:[\W_]+(?:{_PREV_NEXT_WORDS}))*[\W_]*$", re.I)
PAIR_REACH = 3  # blocks from a "previous" link to its "next" (the previous item's title between)


def back_link(line: str) -> bool:
    """Whether `line` is a link back to the list the item is in, the whole line
    (`chromewords.BACK_TO_LIST`, every language of `chromewords.LANGUAGES`): "Zurück zur
    Übersicht", "« Back to news", "Retour aux actualités", "一覧へ戻る"."""
    return _BACK_LINK.match(line.strip()) is not None


def share_row(text: str) -> bool:
    """Whether `text` (a block of up to SHARE_ROW_MAX_WORDS words) is a row of share buttons: a
    line of tool labels with a share label among them ("Share", "Teilen: Facebook X E-Mail",
    "แชร์ LINE"), or two networks or more, one a brand, among words half of which are networks
    or labels ("Compartí esta nota: WhatsApp Facebook Telegram", "Paylaş: Facebook X WhatsApp
    Yazdır")."""
    words = _ROW_WORD.findall(text)
    if not words or len(words) > SHARE_ROW_MAX_WORDS:
        return False
    one_line = _one_line(text)
    if _SHARE_LABEL.search(one_line) and ui_label_line(one_line):
        return True
    networks = [w for w in words if _NETWORK.fullmatch(w)]
    if len(networks) < 2 or not any(_BRAND.fullmatch(w) for w in networks):
        return False
    labels = sum(1 for w in words if _NETWORK.fullmatch(w) or _UI_LABEL.fullmatch(w))
    return 2 * labels >= len(words)


def _prev_next_pair(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is a post navigation (`post_navigation`: by label or arrows) or opens one
    of bare link words, two different ones within PAIR_REACH blocks ("Vorige" / TITLE / "Volgende",
    "Προηγούμενο Επόμενο"): a pager's lone "Next »" in a gallery closes nothing."""
    if blocks[i].reason == PREV_NEXT_REASON and post_navigation(blocks[i].lines):
        return True
    if not _link_words(blocks[i]):
        return False
    near = blocks[i : i + PAIR_REACH + 1]
    words = {w.casefold() for b in near if _link_words(b) for w in _LINK_WORD.findall(b.text)}
    return len(words) >= 2


def _link_words(b: _Block) -> bool:
    """Whether block `b` is a post navigation's bare link words alone ("Previous", "Vorige",
    "Προηγούμενο Επόμενο", "« Prev | Next »"), by the rules' reason or by its text."""
    return b.words <= SHARE_ROW_MAX_WORDS and (
        b.reason == PREV_NEXT_REASON or _LINK_WORDS_ONLY.match(_one_line(b.text)) is not None
    )


def end_marker(blocks: list[_Block], i: int) -> str:
    """What in block `i` of `blocks` closes an article, as the reason's words ("" if nothing): the
    links to the previous and next items (`_prev_next_pair`), a link back to the list
    (`back_link`), a row of share buttons (`share_row`)."""
    b = blocks[i]
    if _prev_next_pair(blocks, i):
        return "the links to the previous and next items"
    if any(back_link(line) for line in b.lines):
        return "a link back to the list"
    if b.words <= SHARE_ROW_MAX_WORDS and share_row(b.text):
        return "share buttons"
    if len(b.lines) <= SHARE_BOX_MAX_LINES and b.kind == BOILERPLATE and any(share_row(ln) for ln in b.lines):
        return "share buttons"  # a line of a box of short lines: the share row, the tags, the author's name
    return ""


def mark_after_article_end(blocks: list[_Block]) -> None:
    """The first end marker (`end_marker`) with POST_NAV_MIN_BODY_WORDS of body over it and at
    most AFTER_END_MAX_WORDS of body under it closes the article: it and the text kept under it
    are BOILERPLATE, AFTER_END_REASON (trial 32: a fire brigade's "Werde Teil unseres Teams!"
    under "Zurück zur Übersicht", a hospital's press contact and "About our hospital" under
    "Paylaş: Facebook X WhatsApp", a library's other events under "Vorige / Volgende"). A page
    whose posts are its text (a thread's posts, Q&A answers, kept by the rules) is left alone."""
    if any(x.reason in _POST_REASONS for x in blocks):
        return
    below = [0] * (len(blocks) + 1)  # the body words under each block (one pass: a long page's
    for i in range(len(blocks) - 1, -1, -1):  # thousand share rows must not cost a pass each)
        below[i] = below[i + 1] + (blocks[i].words if blocks[i].kind == BODY else 0)
    body = 0
    for i, b in enumerate(blocks):
        if body >= POST_NAV_MIN_BODY_WORDS and below[i + 1] <= AFTER_END_MAX_WORDS and (why := end_marker(blocks, i)):
            if not _repeated(blocks, i):
                _close(blocks, i, AFTER_END_REASON.format(why))
                return
        if b.kind == BODY:
            body += b.words


def _repeated(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` of `blocks`, a marker, comes again under it after body text: it
    separates items (a live blog's "Share" under each post), it does not close the page's one."""
    marker = blocks[i]
    line = _one_line(marker.text)
    seen_body = False
    for x in blocks[i + 1 :]:
        if seen_body and x.words == marker.words and _one_line(x.text) == line:
            return True
        seen_body = seen_body or x.kind == BODY
    return False


def _close(blocks: list[_Block], i: int, reason: str) -> None:
    """Block `i` and the text kept under it are BOILERPLATE, `reason`; a copy of text above
    keeps the rule's verdict that the page printed it twice (`metadata`'s repeats)."""
    above = {b.text for b in blocks[:i]}
    for x in blocks[i:]:
        if x.kind in (BODY, HEADING, CAPTION) and x.text not in above:
            x.kind, x.reason = BOILERPLATE, reason


# A teaser card after the article: another post's title, its blurb and its meta row (a date and a
# reading time: "22. Jul. 2021 5 Min. Lesezeit Ausrüstung"), as Ghost, Medium and blog themes
# print their "read more" cards under a post (trials 35 and 39: the blurbs were kept as text; on
# the tuning pages no block is so placed).
TEASER_CARD_REASON = "teaser card (a title, its blurb and its meta row)"
CARD_TEXT_MIN_BLOCKS = 3  # paragraphs of the article above the card
CARD_TEXT_MIN_WORDS = 15
CARD_BLURB_MAX_WORDS = 60
CARD_TITLE_MAX_WORDS = 15
_CARD_KINDS = (BODY, HEADING)  # a blurb kept as text, a title read as a heading


def mark_teaser_cards(blocks: list[_Block]) -> None:
    """A block kept as text right over a post's meta row (`furniture.meta_row`), of up to
    CARD_BLURB_MAX_WORDS words, under a title line (one line of up to CARD_TITLE_MAX_WORDS words,
    no sentence's end), after CARD_TEXT_MIN_BLOCKS paragraphs of the article: the blurb and the
    title are a teaser card's, BOILERPLATE (TEASER_CARD_REASON). Over the article a headline, its
    standfirst and its meta row are the same shape; hence the article's paragraphs above."""
    text = 0
    for i in range(1, len(blocks) - 1):
        b, title = blocks[i], blocks[i - 1]
        card = text >= CARD_TEXT_MIN_BLOCKS and b.kind in _CARD_KINDS and b.words <= CARD_BLURB_MAX_WORDS
        if card and len(title.lines) == 1 and title.words <= CARD_TITLE_MAX_WORDS and not title.sentence_end:
            if meta_row(blocks[i + 1]):  # (the costly test last)
                b.kind, b.reason = BOILERPLATE, TEASER_CARD_REASON
                if title.kind in _CARD_KINDS:
                    title.kind, title.reason = BOILERPLATE, TEASER_CARD_REASON
        if b.kind == BODY and b.words >= CARD_TEXT_MIN_WORDS:
            text += 1


# A promotion's box after article text: a title line, a blurb, a button ("Lokaljournalismus
# braucht Unterstützung" / "Unsere Reporterinnen und Reporter ... Mit einem Digital-Abo für 9,90
# Euro im Monat ..." / "Jetzt 4 Wochen kostenlos testen", trial 56; "Enjoying the trip so far?"
# over a sign-up's "No spam" button, trial 35). The rules and the block model had dropped the
# title and the button and kept the blurb as text; on the wild tuning pages the one such blurb is
# another recipe's teaser over its "Weiterlesen".
PROMO_BOX_REASON = "promotion box (a title, its blurb and its button)"
PROMO_BLURB_MAX_WORDS = 60
PROMO_TITLE_MAX_WORDS = 8
PROMO_TEXT_MIN_WORDS = 15  # a paragraph of the article above the box


def _button_reason(reason: str) -> bool:
    """Whether a dropped block's `reason` names a call to action (the rules' promotion or
    call-to-action phrase, `PROMOTION_REASON` and `tail.CTA_REASON`: "Jetzt 4 Wochen kostenlos
    testen", "Weiterlesen"); a promotion box of its own (this module's PROMO_BOX_REASON, a
    newsletter's thanks for reading) is no button."""
    return reason.startswith((PROMOTION_REASON, CTA_REASON))


def mark_promo_boxes(blocks: list[_Block]) -> None:
    """A block kept as text (BODY, up to PROMO_BLURB_MAX_WORDS words) between a dropped title (one
    line of up to PROMO_TITLE_MAX_WORDS words, no sentence's end) and a dropped call to action
    (`_button_reason`), under a paragraph of the article, is the blurb of a promotion's box:
    BOILERPLATE (PROMO_BOX_REASON). Not under a title read as a heading: an article's own
    subheading and paragraph over a call to action (trials 27, 37, 42, 49, 51, 54 lost text so)."""
    text = False
    for i in range(1, len(blocks) - 1):
        title, b, button = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            text
            and b.kind == BODY
            and b.words <= PROMO_BLURB_MAX_WORDS
            and title.kind == BOILERPLATE
            and len(title.lines) == 1
            and title.words <= PROMO_TITLE_MAX_WORDS
            and not title.sentence_end
            and button.kind == BOILERPLATE
            and _button_reason(button.reason)
        ):
            b.kind, b.reason = BOILERPLATE, PROMO_BOX_REASON
        text = text or (title.kind == BODY and title.words >= PROMO_TEXT_MIN_WORDS)


# A comment thread whose comments are each headed by the reader's name and the day, the way
# today's blog and newsletter platforms print them ("Hugo Lemarchand · 4 févr. 2024" /
# comment, "Marta G. 14 may" / comment, "Farid Hakimi" / "2 Mac 2024" / comment; trial 35's
# Medium, Substack and Squarespace pages, whose heads name no "says:" as WordPress's do, and
# whose comments the block model kept one by one).
DATED_THREAD_REASON = "comment thread (a name and a date over each comment)"
HEAD_MAX_WORDS = 10  # "NAME · DATE" on one line
NAME_MAX_WORDS = 4  # a reader's name or handle alone on its line
DATE_LINE_MAX_WORDS = 6  # "2 Mac 2024", "14 may", "3 hours ago"
COMMENT_MIN_WORDS = 5  # a comment's text: a sentence of a few words
HEADS_MIN = 2  # one head alone may be a quotation's source
HEADS_GAP = 6  # blocks from one head to the next (a comment of a few paragraphs, its buttons)
_SENTENCE_END = re.compile(r"[.!?…。！？؟]\W*$")
_SENTENCE_INSIDE = re.compile(r"[.!?…。！？؟](?=\s)")  # a sentence's end with more text after it
_INITIAL = re.compile(r"(?:^|\s)[^\W\d_]\.$")
# Not a head: a post's date line ("Posted February 13", `chromewords.PUBLISHED_LABEL`, a forum's
# posts' meta line), a signature under a quoted post ("— NAME (@handle) DATE", an embedded tweet's)
_NOT_A_HEAD = re.compile(rf"^(?:[—–-]|\W*(?:{chromewords.labels(chromewords.PUBLISHED_LABEL)})\b)", re.I)


# A comment's stamp in any language: a day's figure and a year beside a word (the month's name in
# a language no table has: "8 Mawrth 2024", "Oktoobar 21, 2024", "16 снежня 2024"), then a time of
# day (`patterns._CLOCK`). The time is what tells a stamp from a sentence's "in 2024"; trial 62's
# Welsh, Somali and Belarusian threads were kept, their months in no table of `pubdate`.
_STAMP_ANY_LANGUAGE = re.compile(
    rf"(?<![\w.])(?:\d{{1,2}}\.?\s+[^\W\d_]{{3,}}\.?|[^\W\d_]{{3,}}\.?\s+\d{{1,2}}),?\s+(?:19|20)\d\d\b"
    rf"[,.]?\s+(?:[^\W\d_]{{1,4}}\s+)?{_CLOCK}(?!\d)",
    re.I,
)


def _dated(text: str) -> bool:
    """Whether `text` names a day (`patterns.has_day`), is a relative time, or holds a day, a year
    and a time of day in any language (`_STAMP_ANY_LANGUAGE`)."""
    return has_day(text) or _relative_time_line(text) or bool(_STAMP_ANY_LANGUAGE.search(text))


def _name_line(text: str) -> bool:
    """Whether `text` may be a reader's name or handle: one line of 1 to NAME_MAX_WORDS words, no
    sentence's end, its first letter a capital, a letter of a script without case, or a handle's."""
    words = text.split()
    if not words or len(words) > NAME_MAX_WORDS or "\n" in text.strip():
        return False
    if _SENTENCE_END.search(text) and not _INITIAL.search(text):  # ("Sabine R.": an initial's period)
        return False
    first = text.lstrip()[:1]  # (a letter: "3 Comments" over the thread is its header, no name)
    return first.isalpha() and (first.isupper() or first.lower() == first.upper() or "_" in words[0])


def _is_comment(b: _Block) -> bool:
    """Whether block `b` reads as a comment's text: COMMENT_MIN_WORDS+ words ending a sentence,
    or holding two sentences or more (a comment signed off "MfG" or "LG" ends none)."""
    return b.words >= COMMENT_MIN_WORDS and (b.sentence_end or len(_SENTENCE_INSIDE.findall(b.text)) >= 2)


def _head(blocks: list[_Block], i: int) -> int:
    """How many blocks from `i` make a comment's head with its text right under it: one line
    "NAME DATE" (up to HEAD_MAX_WORDS words, opening with a name, `_name_line`), or a name's line
    over a date's line (DATE_LINE_MAX_WORDS), in one block or two, and the comment's title under
    it if any (`_comment_title`); 0 when none."""
    b = blocks[i]
    if len(b.lines) > 2 or b.words > HEAD_MAX_WORDS or _SENTENCE_END.search(b.text) or _NOT_A_HEAD.match(b.text):
        return 0
    if b.reason.startswith(_NO_NAME_REASONS) or _thread_count_line(b.text):
        return 0  # the last comment's "Antworten", the tags line, the thread's "Maoni (3)": no name
    if len(b.lines) == 2:  # (the name over the date in one block: "Huw Tŷ Capel" / "8 Mawrth 2024 am 8:41 pm")
        name, date = (ln.strip() for ln in b.lines)
        if not (_name_line(name) and len(date.split()) <= DATE_LINE_MAX_WORDS and _dated(date)):
            return 0
        n = 1
    elif _names_and_dates(b.text):
        n = 1
    elif (
        _name_line(b.text)
        and i + 1 < len(blocks)
        and len(blocks[i + 1].lines) == 1
        and blocks[i + 1].words <= DATE_LINE_MAX_WORDS
        and _dated(blocks[i + 1].text)
    ):
        n = 2
    else:
        return 0
    # the comment's own title over its text ("NAME | Di, 21. April 2020 - 16:40" / "Beatmung" /
    # text), and a reply's line over that ("In reply to TITLE by NAME")
    for _ in range(COMMENT_TITLE_LINES):
        if i + n + 1 < len(blocks) and not _is_comment(blocks[i + n]) and _comment_title(blocks[i + n]):
            n += 1
    return n if i + n < len(blocks) and _is_comment(blocks[i + n]) else 0


def _has_posts(blocks: list[_Block]) -> bool:
    """Whether `blocks` hold a thread's posts or post headers as the rules read them
    (`tail._POST_REASONS`, POST_HEADER_REASON): a forum's or a Q&A page's, whose posts are its text."""
    return any(x.reason in _POST_REASONS or x.reason == POST_HEADER_REASON for x in blocks)


# What the rules read a block as that no reader's name is (`_head`): a button, the tags line
_NO_NAME_REASONS = (BUTTON_REASON, "post meta line")
COMMENT_TITLE_MAX_WORDS = 10
COMMENT_TITLE_LINES = 2


def _comment_title(b: _Block) -> bool:
    """Whether `b` may be a comment's title between its head and its text (a German weekly's
    thread: "Wo und wie gestorben wird", "Beatmung"): one line of COMMENT_TITLE_MAX_WORDS words
    or fewer that ends no sentence (a question's mark aside)."""
    return len(b.lines) == 1 and 0 < b.words <= COMMENT_TITLE_MAX_WORDS and not _SENTENCE_END.search(b.text.rstrip("?"))


def mark_dated_thread(blocks: list[_Block]) -> None:
    """A comment thread under the article (POST_NAV_MIN_BODY_WORDS of body above it) of HEADS_MIN+
    comment heads (`_head`: a name and a date over each comment), each within HEADS_GAP blocks of
    the one before: from the first head to its last comment's end (its prose, up to the next
    block with a chrome signal or a heading) the blocks are BOILERPLATE, DATED_THREAD_REASON.
    Not a letters page's signatures under each letter: the first head must not follow a
    paragraph (a signature closes the text above it, a head opens the text below). A page whose
    posts are its text (a forum thread, Q&A answers: their posts or post headers found among the
    heads, "Post by NAME » DATE", phpBB's, whose posts trial 38's thread lost) is left alone; a
    teaser rail under the thread read as posts does not count (a wild tuning page's "NAME / DATE"
    comments under a German column were indexed)."""
    heads: list[tuple[int, int]] = []
    i = 0
    while i < len(blocks):
        n = _head(blocks, i)
        if n and heads and i - heads[-1][0] > HEADS_GAP:
            if len(heads) >= HEADS_MIN:
                break
            heads = []
        if n:
            heads.append((i, n))
            i += n
        else:
            i += 1
    if len(heads) < HEADS_MIN:
        _mark_thread_blocks(blocks)
        return
    first = heads[0][0]
    if _has_posts(blocks[first : heads[-1][0] + 1]):
        return  # (a forum's posts or post headers among the heads; a teaser rail's after them are none)
    if first > 0 and _is_comment(blocks[first - 1]) and blocks[first - 1].kind == BODY:
        return
    if sum(b.words for b in blocks[:first] if b.kind == BODY) < POST_NAV_MIN_BODY_WORDS:
        return
    end = heads[-1][0] + heads[-1][1]  # the last comment's first block
    while end + 1 < len(blocks) and _is_comment(blocks[end + 1]) and not blocks[end + 1].signal:
        end += 1
    if first > 0 and _thread_count_line(blocks[first - 1].text):
        first -= 1  # the thread's header over its first comment ("3 faallo", "Каментары (2)")
    for x in blocks[first : end + 1]:
        if x.kind in (BODY, HEADING, CAPTION):
            x.kind, x.reason = BOILERPLATE, DATED_THREAD_REASON
    _close_after_thread(blocks, first, end)


def _names_and_dates(text: str) -> bool:
    """Whether `text` opens with a reader's name (its first two words, `_name_line`, no date
    themselves) and names a day (`_dated`): a comment's head on one line, "NAME · DATE" (the
    cheapest test first)."""
    first_words = " ".join(text.split()[:2])
    return _name_line(first_words) and _dated(text) and not pubdate.find_date(first_words)


def _head_line(line: str) -> bool:
    """Whether `line` is a comment's head on one line: a name, then its day ("Juma Bakari — 3
    Juni 2024 saa 10:15", `_names_and_dates`), HEAD_MAX_WORDS words at most, no sentence's end."""
    return len(line.split()) <= HEAD_MAX_WORDS and not _SENTENCE_END.search(line) and _names_and_dates(line)


def _mark_thread_blocks(blocks: list[_Block]) -> None:
    """A comment thread copied without blank lines, one block under the article: its header of a
    count (`_thread_count_line`: "Maoni (2)") on its first line and HEADS_MIN+ comment heads on
    lines of their own (`_head_line`), after POST_NAV_MIN_BODY_WORDS of body: BOILERPLATE,
    DATED_THREAD_REASON (a new user's Swahili page indexed its two comments as text)."""
    body = 0
    for b in blocks:
        if b.kind in (BODY, HEADING, CAPTION) and len(b.lines) >= 1 + HEADS_MIN * 2 and _thread_count_line(b.lines[0]):
            heads = sum(_head_line(ln.strip()) for ln in b.lines[1:])
            if heads >= HEADS_MIN and body >= POST_NAV_MIN_BODY_WORDS:
                b.kind, b.reason = BOILERPLATE, DATED_THREAD_REASON
        if b.kind == BODY:
            body += b.words


# A thread's header: its count of comments and a word or two, either way round, in any language
# ("3 faallo", "Каментары (2)", "2 ymateb", "Comments (14)")
_THREAD_COUNT = re.compile(r"^(?:\d{1,5}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\(\d{1,5}\))\s*:?$")
AFTER_THREAD_REASON = "after the comment thread (the page's side boxes and footer)"


def _thread_count_line(text: str) -> bool:
    """Whether `text` is a comment thread's header of a count and a word or two (`_THREAD_COUNT`)."""
    return "\n" not in text.strip() and bool(_THREAD_COUNT.match(text.strip()))


def _close_after_thread(blocks: list[_Block], first: int, end: int) -> None:
    """The text kept under a comment thread (blocks `first`..`end`) is the page's, not the
    article's: its side boxes, a newsletter's pitch, a visitors' box, the comment form's note
    (trial 62's Belarusian museum and Somali charity kept them), when the article's indexed words
    above the thread outnumber those kept below it (the article going on under a thread is none).
    Not on a page of posts (a forum's, a Q&A page's answers, `tail._answer_stamp`): the comments
    under one answer end no page (a wild tuning page's Stack Exchange answers)."""
    if _has_posts(blocks) or any(map(_answer_stamp, blocks)):
        return  # a Q&A page's or a forum's posts: answers under an answer's comments are its text
    kept = (BODY, HEADING, CAPTION)
    above = sum(b.words for b in blocks[:first] if b.kind in kept)
    below = [b for b in blocks[end + 1 :] if b.kind in kept]
    if below and above > sum(b.words for b in below):
        _close(blocks, end + 1, AFTER_THREAD_REASON)


# The page's next story, printed under the article as an endless news page loads it (Diario HOY:
# 80 paragraphs of other stories under a story of six, each opening as the article did: a date
# line, its headline, the same "Foto 1 de 1" over its picture). It is known by its head: within
# NEXT_HEAD_BLOCKS blocks, a date line, a headline (a line of NEXT_HEADLINE_MIN_WORDS words or
# more, no sentence's end) and a short block printed in the article's own head, between its
# title and its first paragraph of prose; with chrome dropped between the article and it.
NEXT_STORY_REASON = "the page's next story (under the article, opening as it did)"
NEXT_HEAD_BLOCKS = 3
NEXT_HEADLINE_MIN_WORDS = 3
HEAD_BLOCK_MAX_WORDS = 8


def mark_next_stories(blocks: list[_Block]) -> None:
    """Blocks from the head of the page's next story on (NEXT_STORY_REASON) are BOILERPLATE where
    they were to be indexed; a copy of text above keeps its own reason (`_close`). Not on a page
    of a thread's posts, whose replies each open alike (`tail._POST_REASONS`, POST_HEADER_REASON)."""
    if _has_posts(blocks):
        return  # a thread's posts each open alike: a reply is no other story
    title = next((k for k, b in enumerate(blocks) if b.kind == TITLE), -1)
    first = next(
        (
            k
            for k in range(title + 1, len(blocks))
            if blocks[k].kind in (BODY, LEAD) and blocks[k].sentence_end and blocks[k].words > HEAD_BLOCK_MAX_WORDS
        ),
        -1,
    )
    if title < 0 or first < 0:
        return
    head = {_one_line(b.text) for b in blocks[title + 1 : first] if 0 < b.words <= HEAD_BLOCK_MAX_WORDS}
    if not head:
        return
    dropped = False
    for j in range(first + 1, len(blocks)):
        b = blocks[j]
        dropped = dropped or b.kind == BOILERPLATE
        if not dropped or _one_line(b.text) not in head or j < first + NEXT_HEAD_BLOCKS:
            continue
        window = blocks[j - NEXT_HEAD_BLOCKS : j]
        dated = [k for k, x in enumerate(window) if x.words <= HEAD_BLOCK_MAX_WORDS and _dated(x.text)]
        titled = (
            any(
                len(x.lines) == 1 and x.words >= NEXT_HEADLINE_MIN_WORDS and not x.sentence_end
                for x in window[dated[0] + 1 :]
            )
            if dated
            else False
        )
        if titled:
            _close(blocks, j - NEXT_HEAD_BLOCKS + dated[0], NEXT_STORY_REASON)
            return


# A blog's archive gadget with a month opened ("▼ July (62)"): the month's posts' titles under it,
# one a line, some cut off ("Yat Joi Man Gau Ging - Edmond Leung Hon Man (一再問究竟..."), are the
# gadget's list, not the post's text (a wild tuning page kept 62 titles as body). As many as
# the month counts, each one short line, up to the next month's line.
_OPEN_MONTH = re.compile(r"^[▼▾]\s*+[^\W\d_]*+\s*+\d{0,4}+\s*+\((\d+)\)$")  # (possessive: linear)
ARCHIVE_TITLE_MAX_WORDS = 20
_ARCHIVE_MARKS = ("►", "▼", "▶", "▸", "▾", "◄")  # the gadget's next month or year


def mark_archive_titles(blocks: list[_Block]) -> None:
    """The post titles under an archive gadget's opened month (`_OPEN_MONTH`) are BOILERPLATE,
    BLOG_ARCHIVE_REASON: up to its count of blocks of one line of ARCHIVE_TITLE_MAX_WORDS words
    or fewer, up to the gadget's next month or year (`_ARCHIVE_MARKS`)."""
    for i, b in enumerate(blocks):
        m = _OPEN_MONTH.match(b.lines[-1].strip()) if b.lines else None
        if not m:
            continue
        for x in blocks[i + 1 : i + 1 + int(m.group(1))]:
            if len(x.lines) != 1 or x.words > ARCHIVE_TITLE_MAX_WORDS or x.text.lstrip().startswith(_ARCHIVE_MARKS):
                break
            if x.kind in (BODY, HEADING, CAPTION):
                x.kind, x.reason = BOILERPLATE, BLOG_ARCHIVE_REASON


# A headline cut off with dots ("En día de San Francisco, invitan a bendic...", "Camión derribó
# columnas y dejó sin luz ...") between two items a teaser list holds is one of its items: a wild
# tuning page's rail kept two of them as body, among its dropped headlines.
CUT_HEADLINE_MAX_WORDS = 12
_CUT_OFF = re.compile(r"\w\s?(?:\.{3}|…)$")


def mark_cut_teasers(blocks: list[_Block]) -> None:
    """A block kept as text that is one line of CUT_HEADLINE_MAX_WORDS words or fewer ending cut
    off (`_CUT_OFF`), with a teaser list's item over it and under it (the blocks next to it,
    a section label printed twice aside: "repeats"), is BOILERPLATE, "teaser list"."""

    def teaser(k: int, step: int) -> bool:
        while 0 <= k < len(blocks) and blocks[k].reason.startswith("repeats"):
            k += step
        return 0 <= k < len(blocks) and blocks[k].reason.startswith("teaser list")

    for i, b in enumerate(blocks):
        if b.kind not in (BODY, HEADING) or len(b.lines) != 1 or b.words > CUT_HEADLINE_MAX_WORDS:
            continue
        if _CUT_OFF.search(b.text.strip()) and teaser(i - 1, -1) and teaser(i + 1, 1):
            b.kind, b.reason = BOILERPLATE, "teaser list (a headline cut off, between its items)"
