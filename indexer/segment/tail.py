"""The tail of a page: press-release and wire tails, comment threads, author boxes and bios,
teaser lists and the prose the article goes on with after them.
"""

from __future__ import annotations
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from .. import blocks as _blocks, chromewords, keyscan, pagekind
from ..blogchrome import BLOG_FOOTER_REASON, BLOG_TAIL_REASONS, post_footer_name
from ..givennames import given_names
from ..htmllead import count_words
from ..models import (
    BODY,
    QUESTION_MARKS,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    CONTACT_LABELS,
    HEADING,
    INDEXED_KINDS,
    LEAD,
    PLACE_LABEL_REASON,
    UPPER,
    TITLE,
)
from .patterns import (
    SERVER_ERROR_REASON,
    EDIT_NOTICE_REASON,
    edit_notice,
    CREDIT_AT_END,
    BUTTON_REASON,
    EMBED_REASON,
    DISCLAIMER_REASON,
    _COMMENT_SIGNED_AT_START,
    _COMMENT_STAMP_LINE,
    _QA_ANSWER,
    _QA_ATTRIBUTION,
    _QA_UNDATED,
    _SHOP_PAGE_SECTION,
    _SHOP_PROMISE,
    _SHOP_SECTION,
    _relative_time_line,
    ABOUT_BOX_REASON,
    PAYWALL_REASON,
    PROMOTION_REASON,
    SIGNED_COMMENT_REASON,
    ADVERT_REASON,
    OUTSIDE_REASON,
    AUTHOR_CONTACT_MAX_WORDS,
    CONTACT_REACH,
    _ABOUT_INLINE,
    _AUTHOR_BIO,
    _AUTHOR_CONTACT,
    _CONTACT_TOKEN,
    _LINE_STRIP,
    _MORE_NEWS_START,
    _SENT_END,
    _STOPWORDS,
    _TAIL_START,
    _TEASER_START,
    _WORD,
    _find_date,
    date_other,
    _has_any,
    _has_figure,
    _wire_dateline,
)
from .textblocks import (
    HASHTAG_ROW_REASON,
    OUTDATED_REASON,
    numbered_reply_header,
    shop_service,
    CONSENT_REASON,
    KICKER_MAX_WORDS,
    LINK_BLOCK_MAX_WORDS,
    PREV_NEXT_REASON,
    SNIPPET_REASON,
    post_navigation,
    _Block,
    _BAR_PARTS,
    _REPORTED_SPEECH,
    ends_read_more,
    _NAV_WORDS,
    _byline_names,
    _chrome_signal,
    _measure,
    forum_post_header,
    forum_post_stamp,
    forum_post_stamp_subject,
    FORUM_SUBJECT_LINE,
    PANEL_LINE_WORDS,
    _is_caption,
    _newsletter_blurb,
    _newsletter_title,
    _post_author,
    _quoted,
)
from .scoring import _best_run, _score
from .furniture import (
    COMMENT_HEADER_REASON,
    FORUM_REASON,
    RATING,
    RATING_LINE_MAX_WORDS,
    REVIEWS_REASON,
    _FORUM_FIELD,
    _FORUM_LABEL_LINE,
    _comment_header,
    _contact_detail,
    _mark_page_furniture,
    forum_field_line,
    _mark_profile_panels,
    _undecided_drop,
    review_mark,
)
from .captions import _RULE_FINAL, _form_row
from .kept import SUMMARY_REASON, _READ_ALSO_HEADER, _mark_chapter_lists, unhead_programme_rows
from .head import _RELEASE_LABEL_LINE, _first_line, _mark_html_masthead


# Where a press release's own text ends: the company's "About COMPANY" boilerplate, the legal
# text on forward-looking statements, the contacts, the wire's "SOURCE COMPANY" line, the
# "###" end mark (each as the first line of a block). The contacts' labels: models.CONTACT_LABELS.
_RELEASE_TAIL = re.compile(
    r"^(?:about (?-i:[A-Z0-9])[^.!?:]{1,60}|(?:cautionary (?:note|statement)s? (?:regarding|on|about) )?"
    rf"forward[- ]looking statements?|safe harbou?r(?: statement)?|{CONTACT_LABELS}|"
    r"source (?-i:[A-Z]).{1,80}|#{3}|-30-)"
    r"(?:\s*:)?\s*$",  # (not \s*:?\s*: a run of blanks without a colon took 0.7 s for 3,000)
    re.I,
)
RELEASE_REASON = "press release boilerplate"


def _is_press_release(blocks: list[_Block], title: int, first_body: int) -> bool:
    """A press release: a release line above its headline ("FOR IMMEDIATE RELEASE",
    `_RELEASE_LABELS`) or a newswire's dateline opening its first paragraph (`_wire_dateline`,
    `_opening_paragraph`)."""
    if any(_RELEASE_LABEL_LINE.match(b.text) for b in blocks[: max(title, first_body, 0)]):
        return True
    opening = _opening_paragraph(blocks, first_body)
    return opening >= 0 and bool(_wire_dateline(blocks[opening].text)[1])


# How many short lines without a sentence's end may stand before the article's first paragraph
# among the body blocks and still not be it: a wire page's "News provided by" / the company's
# name / a kicker the extractor kept (the fifth trial's press release).
OPENING_SKIP_BLOCKS = 2
OPENING_SKIP_WORDS = 8


def _opening_paragraph(blocks: list[_Block], first_body: int) -> int:
    """The index of the article's first paragraph, where a dateline stands ("PRAGUE --", a
    newswire's): the first body block, or after up to OPENING_SKIP_BLOCKS body blocks of at most
    OPENING_SKIP_WORDS words that end no sentence, the next body block that ends one; -1 when
    `first_body` is (no body). A list of the story's key points (`_key_points`: "Summary /
    Production down 4.1% ...") is no paragraph: the one under it opens the story
    (trial13's wire story, whose "SANTIAGO, June 30 (Reuters) -" was read from the list)."""
    if first_body < 0:
        return -1
    body = [i for i in range(first_body, len(blocks)) if blocks[i].kind == BODY and not _key_points(blocks[i])]
    if not body:
        return first_body
    first_body = body[0]
    for i in body[: OPENING_SKIP_BLOCKS + 1]:
        b = blocks[i]
        if b.sentence_end or b.words > OPENING_SKIP_WORDS:
            return i if b.sentence_end else first_body
    return first_body


def _key_points(b: _Block) -> bool:
    """Whether body block `b` is a list of a story's key points, no paragraph: under its label
    (`SUMMARY_REASON`), or OPENING_LIST_MIN_LINES+ short lines (OPENING_SKIP_WORDS + 4 words at
    most) none of which ends a sentence ("Summary / Three-day strike from Friday / ...")."""
    if b.reason == SUMMARY_REASON:
        return True
    return len(b.lines) >= OPENING_LIST_MIN_LINES and not any(
        _SENT_END.search(ln) or len(ln.split()) > OPENING_SKIP_WORDS + 4 for ln in b.lines
    )


OPENING_LIST_MIN_LINES = 3


def _mark_release_tail(blocks: list[_Block]) -> None:
    """A press release's boilerplate after its text (`_RELEASE_TAIL`: "About COMPANY", "Forward-
    Looking Statements", "Media contact:", "SOURCE COMPANY") dropped, from its first line to
    the end of the page: it is the same on every release of the company, and legal text or an
    address, not news. Only on a press release (`_is_press_release`)."""
    first_body = next((i for i, b in enumerate(blocks) if b.kind == BODY), -1)
    tail = next((i for i in range(first_body + 1, len(blocks)) if _RELEASE_TAIL.match(blocks[i].lines[0])), -1)
    if first_body < 0 or tail < 0:
        return
    if not _is_press_release(blocks, next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1), first_body):
        return
    why = f"{RELEASE_REASON} ('{_quoted(blocks[tail].lines[0])}')"
    for b in blocks[tail:]:
        if b.kind in INDEXED_KINDS:
            b.kind, b.reason = BOILERPLATE, why


WIRE_TAIL_MAX_BLOCKS = 6  # the Reuters page's footer: standards, topics, the agency's blurb
WIRE_TAIL_MAX_WORDS = 40  # each a line or a sentence: a story's paragraphs after a credit stay
WIRE_TAIL_REASON = "page tail (after the story's reporting credit)"


def _mark_wire_tail(blocks: list[_Block]) -> None:
    """The page's footer after a wire story's reporting credit ("(Reporting by NAME; Editing by
    NAME)", which ends a Reuters story): "Our Standards: The Thomson Reuters Trust Principles.",
    "Suggested Topics: Markets, Central Banks", the agency's own blurb. Dropped when the credit
    follows the article's text and at most WIRE_TAIL_MAX_BLOCKS short blocks (WIRE_TAIL_MAX_WORDS
    words each) follow it to the page's end; longer text after a credit may be another story."""
    credit = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].reason == "reporting credit"), -1)
    if credit < 1 or not any(b.kind == BODY for b in blocks[:credit]):
        return
    after = blocks[credit + 1 :]
    if len(after) > WIRE_TAIL_MAX_BLOCKS or any(b.words > WIRE_TAIL_MAX_WORDS for b in after):
        return
    for b in after:
        if b.kind in INDEXED_KINDS:
            b.kind, b.reason = BOILERPLATE, WIRE_TAIL_REASON


def _mark_html_furniture(blocks: list[_Block]) -> None:
    """The HTML path's rules for a page's furniture the extractor kept, after the kinds: a
    masthead and its menu row, a forum member's panel and a reply's subject over its post ("Re:
    TITLE" over several posts, no section of the thread), a kicker over the headline."""
    _mark_html_masthead(blocks)
    _mark_profile_panels(blocks)
    _mark_reply_subjects(blocks)
    _mark_html_kicker(blocks)
    _mark_html_head_labels(blocks)
    _mark_place_labels(blocks)


KICKER_REASON = "kicker (a section label over the headline)"
KICKER_LINES = 2  # a section and a series ("Politik", "Analyse")
OVER_HEADLINE_REASON = "short line over the headline (a banner, menu or call of the site's header)"
# A page of <div>s alone (an archive.today capture, a CMS template without <header> and <nav>)
# gives the extractor no markup to drop its header by: its lines came before the headline as
# paragraphs (trial 12: "SUPPORT NONPROFIT NEWS · DONATE", "Politics Economy Education ...").
# Up to OVER_HEADLINE_LINES such lines of at most OVER_HEADLINE_MAX_WORDS words, none a
# sentence, and no text above them.
OVER_HEADLINE_LINES = 6
OVER_HEADLINE_MAX_WORDS = 12


def _mark_html_kicker(blocks: list[_Block]) -> None:
    """The short lines right over the extractor's headline (the TITLE block; up to
    OVER_HEADLINE_LINES body lines of OVER_HEADLINE_MAX_WORDS words without a sentence's end,
    chrome between them left aside, no body text above) are BOILERPLATE: a section's or a
    series' label ("Verkehr", "The Long Read": KICKER_REASON, when at most KICKER_LINES of
    KICKER_MAX_WORDS words), else what a page's header printed there (a donation call, a menu
    row of section names: OVER_HEADLINE_REASON), not article text. The extractor keeps an
    article's kicker with its headline (trial 7: kept as body), and a page without <header> or
    <nav> its whole header (trial 12)."""
    top = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    if top <= 0 or blocks[top].reason != "page title (extractor)":
        return
    _mark_over_headline(blocks, top)


def _mark_over_headline(blocks: list[_Block], top: int) -> None:
    """`_mark_html_kicker`'s rule over the headline at block `top`, on either path."""
    above = [b for b in blocks[:top] if b.kind != BOILERPLATE]
    if not 0 < len(above) <= OVER_HEADLINE_LINES or not all(
        b.kind == BODY and len(b.lines) == 1 and b.words <= OVER_HEADLINE_MAX_WORDS and not b.sentence_end
        for b in above
    ):
        return
    kicker = len(above) <= KICKER_LINES and all(b.words <= KICKER_MAX_WORDS for b in above)
    for b in above:
        b.kind, b.reason = BOILERPLATE, KICKER_REASON if kicker else OVER_HEADLINE_REASON


def _mark_text_kicker(blocks: list[_Block]) -> None:
    """A page dump's short lines kept between its <title> line and the headline shown under it
    (a TITLE block past the first): `_mark_html_kicker`'s rule (trial 49: a campaign page's
    menu row, its items set apart by spaces alone, kept as body)."""
    top = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    if 1 < top <= TEXT_KICKER_MAX_TOP:
        _mark_over_headline(blocks, top)


# A headline further down was found under more of the page than a header: its short lines there
# may be the page's own (an imprint's "Angaben gemäß § 5 TMG" over its heading, on a wild page).
TEXT_KICKER_MAX_TOP = 12


HEAD_LABEL_REASON = "section label (under the headline, over the article text)"
HEAD_LABEL_PART_WORDS = 3  # "Environment", "Rural Nevada": a section's name is a word or two
_DIGIT = re.compile(r"\d")


def _head_label(b: _Block) -> bool:
    """Whether `b` is a line of section names under a headline: 2+ capitalised parts of at most
    HEAD_LABEL_PART_WORDS words set apart by a bar or a middle dot ("Environment · Rural Nevada",
    `_BAR_PARTS`), or 4+ capitalised words without a function word, one a section's name
    (`_NAV_WORDS`: "Politics Economy Education Health Opinion"); no figure, no sentence's end."""
    if len(b.lines) != 1 or b.sentence_end or _DIGIT.search(b.text):
        return False
    parts = [p.strip() for p in _BAR_PARTS.split(b.text.strip()) if p.strip()]
    if len(parts) >= 2:
        return all(len(p.split()) <= HEAD_LABEL_PART_WORDS and p[:1].isupper() for p in parts)
    words = b.text.split()
    return (
        len(words) >= 4
        and all(w[:1].isupper() for w in words)
        and not any(w.casefold() in _STOPWORDS for w in words)
        and any(w.casefold() in _NAV_WORDS for w in words)
    )


def _mark_html_head_labels(blocks: list[_Block]) -> None:
    """Lines of section names (`_head_label`) between the extractor's headline and the article's
    first sentence: a page's section label or menu row that a page of <div>s alone gave no
    markup for the extractor to drop it by (trial 12: "Environment · Rural Nevada" indexed as
    body). A line of other words there stays (a verse, a court's "Im Namen des Volkes")."""
    top = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    if top < 0:
        return
    for b in blocks[top + 1 :]:
        if b.kind == BODY and b.sentence_end:
            return
        if b.kind == BODY and _head_label(b):
            b.kind, b.reason = BOILERPLATE, HEAD_LABEL_REASON


# A roundup of briefs heads each brief with its town in capitals on a line of its own ("PERTH",
# "SMITHS FALLS", "CARLETON PLACE"), the brief's headline and text under it: the brief's heading.
# Trial 12: the four labels of one page were dropped as "before the article", dropped by the
# block model, and kept as body (and tagged as orgs), one page, three ways.
PLACE_LABEL_MAX_WORDS = 3  # "SAULT STE. MARIE", "RIO DE JANEIRO"
PLACE_LABEL_MIN_LETTERS = 4  # a shorter word alone is an acronym as often ("CCU", "EU")
PLACE_LABELS_MIN = 2  # one capitals line over a story is a kicker; two or more head a roundup's briefs
_CAPS_LABEL = re.compile(r"^[^\W\d_]+(?:[ .'’-]+[^\W\d_]+)*\.?$")


def _place_label(b: _Block) -> bool:
    """Whether `b` is a line of at most PLACE_LABEL_MAX_WORDS words in capitals, letters alone
    (spaces, dots, apostrophes and hyphens between: "ST. JOHN'S", "WINSTON-SALEM"), and at least
    PLACE_LABEL_MIN_LETTERS characters."""
    text = b.text.strip()
    return (
        len(b.lines) == 1
        and len(text.split()) <= PLACE_LABEL_MAX_WORDS
        and len(text) >= PLACE_LABEL_MIN_LETTERS
        and text.isupper()
        and bool(_CAPS_LABEL.match(text))
    )


def _mark_place_labels(blocks: list[_Block]) -> None:
    """The capitals lines over a roundup's briefs (`_place_label`) as HEADINGs (PLACE_LABEL_REASON),
    when PLACE_LABELS_MIN+ of them each stand over a brief: its headline (a heading, the title,
    or a short line that is no sentence) with its text (a body sentence) under it. A capitals
    line right over text is a subheading ("FRANCE WINS"), not a place, and is left as it is. Only a line kept as body or
    heading, or dropped by its place or the block model alone (`_undecided_drop`): a label a rule
    named ("ADVERTISEMENT", a press release's line) stays dropped, and a line the page prints
    more than once is a link's label ("READ THE REST"), no place."""

    def over_brief(i: int) -> bool:
        # the brief's headline (a heading, the title, or a short line that is no sentence), then its text
        after = blocks[i + 1 : i + 3]
        if len(after) < 2 or after[1].kind != BODY or not after[1].sentence_end:
            return False
        head = after[0]
        return head.kind in (HEADING, TITLE) or (len(head.lines) == 1 and not head.sentence_end and head.words <= 15)

    seen = Counter(b.text.strip() for b in blocks)  # a line printed again and again is a link ("READ THE REST")
    labels = [
        i
        for i, b in enumerate(blocks)
        if (b.kind in (BODY, HEADING) or _undecided_drop(b))
        and _place_label(b)
        and seen[b.text.strip()] == 1
        and over_brief(i)
    ]
    if len(labels) < PLACE_LABELS_MIN:
        return
    for i in labels:
        blocks[i].kind, blocks[i].reason = HEADING, PLACE_LABEL_REASON


def _mark_text_end(blocks: list[_Block]) -> None:
    """The plain-text rules after the block model that drop what its text holds besides the
    article: a press release's boilerplate, a wire story's footer, a forum thread's replies,
    numbers alone and page furniture inside the article."""
    _mark_release_tail(blocks)
    _mark_wire_tail(blocks)
    _mark_text_kicker(blocks)
    _mark_forum_replies(blocks)
    _drop_numbered_posts_signatures(blocks)
    _mark_numbered_panels(blocks)
    _mark_stamped_comments(blocks)
    _mark_comments_signed_at_start(blocks)
    _mark_handled_comments(blocks)
    _keep_stamped_answers(blocks)
    _mark_paywall_boxes(blocks)
    _mark_more_from_author(blocks)
    _mark_customer_reviews(blocks)
    _mark_review_runs(blocks)
    mark_shop_page(blocks, shop_page(blocks))
    _mark_forum_posts(blocks)
    _drop_review_bylines(blocks)
    _drop_numbers_alone(blocks)
    _mark_page_furniture(blocks)
    _keep_thread_posts(blocks)
    _keep_scored_replies(blocks)
    _mark_chapter_lists(blocks)
    unhead_programme_rows(blocks)
    _mark_place_labels(blocks)
    _keep_post_end(blocks)
    _mark_post_footer_byline(blocks)
    _mark_after_post_navigation(blocks)
    _mark_named_author_box(blocks)
    _keep_to_writers_sign_off(blocks)


def drop_edit_notices(blocks: list[_Block]) -> None:
    """A forum post's edit notice on a line of its own (`patterns.edit_notice`: "Zuletzt geändert
    von NAME am DATE, insgesamt 1-mal geändert.", phpBB's "Last edited by NAME on DATE, edited 2
    times in total." in an HTML thread's <div class="notice">) is BOILERPLATE, EDIT_NOTICE_REASON,
    whatever the block model or the extractor read its sentence as, or a byline for its "by NAME"
    (SMF's "« Last Edit: DATE by NAME »"): the board's line, never the post's nor the page's
    byline (segment.metadata, before the byline is read; both formats)."""
    for b in blocks:
        if (b.kind in INDEXED_KINDS or b.kind == BYLINE) and len(b.lines) == 1 and edit_notice(b.text):
            b.kind, b.reason = BOILERPLATE, EDIT_NOTICE_REASON


# An academic title before a name ("Mgr. Tereza Holubová", "PhDr.", "Ing.", "Dr. med."): a word of
# up to 5 letters ending with a full stop, as Czech, Slovak, German and Austrian writers give them
_NAME_TITLES = re.compile(r"^(?:[A-Za-z]{1,5}\.\s)+")
NAMED_BOX_BIO_MAX_WORDS = 80  # a bio of a sentence or three
NAMED_BOX_REASON = "author box (the byline's name over a bio, under the article's text)"
NAMED_BOX_HEAD_WORDS = 20  # a byline's or a meta row's line: a name, a date, a reading time


def _names_author(name: str, row: str) -> bool:
    """Whether a byline's or a meta row's line `row` over the article names `name` as its writer: it
    holds the name, and the name opens with a given name (`givennames`) or the row holds a date too ("2. 4.
    2024 Správní právo Mgr. Tereza Holubová"). A section's heading listed in a menu or a contents
    box ("Generating Certs", "Open Source", on the wild tuning pages) is neither."""
    if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", row, re.I):
        return False
    return name.split()[0] in given_names() or bool(_find_date(row) or date_other(row))


def _mark_named_author_box(blocks: list[_Block]) -> None:
    """An author box of a name alone on a line and a short bio under it (up to
    NAMED_BOX_BIO_MAX_WORDS words, no question), the name's line alone or under the post's tags
    row (TAGS_ROW_MAX_WORDS words at most: trial 61's Squarespace post), under POST_NAV_MIN_BODY_WORDS words of the
    article's body, where the name (an academic title aside, `_NAME_LINE`) is the byline's: it
    stands in a block over the article's first paragraph (the byline or the meta row) and alone
    on a line once below it. The name line and the bio the model kept are BYLINE,
    NAMED_BOX_REASON (trial 31: a Romanian fact-check's, a Czech court reporter's and a Turkish
    sports writer's boxes, "Jurnalistă la Verificat.ro din 2021 ...", kept as text; their bios
    open with a job or a birthplace, not the name: no `_AUTHOR_BIO` shape)."""
    first = next((i for i, b in enumerate(blocks) if b.kind == BODY), -1)
    if first < 0:
        return
    # the byline's or the meta row's lines over the article
    head = [ln for b in blocks[:first] for ln in b.lines if len(ln.split()) <= NAMED_BOX_HEAD_WORDS]
    lines = Counter(b.text.strip() for b in blocks[first:] if len(b.lines) == 1)
    body = 0
    for i, b in enumerate(blocks[:-1]):
        if b.kind == BODY:
            body += b.words
        if i <= first or body < POST_NAV_MIN_BODY_WORDS or b.kind not in (BODY, HEADING):
            continue
        # the name alone, or under the post's tags row (Squarespace's "relief, outreach" / NAME)
        tagged = (
            len(b.lines) == 2 and len(b.lines[0].split()) <= TAGS_ROW_MAX_WORDS and not _SENT_END.search(b.lines[0])
        )
        if len(b.lines) != 1 and not tagged:
            continue
        text = b.lines[-1].strip()
        name = _NAME_TITLES.sub("", text)
        if len(text) > NAME_LINE_MAX_CHARS or lines[text] != (0 if tagged else 1) or not _NAME_LINE.match(name):
            continue
        bio = blocks[i + 1]
        if (
            bio.kind != BODY
            or not 8 <= bio.words <= NAMED_BOX_BIO_MAX_WORDS
            or bio.text.rstrip().endswith(QUESTION_MARKS)
        ):
            continue
        if not any(_names_author(name, row) for row in head):
            continue
        for x in (b, bio):
            x.kind, x.reason = BYLINE, NAMED_BOX_REASON
            x.extra["author"] = name
        b.reason = "author box (name)"


POST_NAV_MIN_BODY_WORDS = 100  # the post's text above its navigation: a few paragraphs
TAGS_ROW_MAX_WORDS = 6
AFTER_POST_NAV_REASON = "after the post navigation (its links to the previous and next posts close the post)"


def _mark_after_post_navigation(blocks: list[_Block]) -> None:
    """The blocks kept as text under a post's navigation (PREV_NEXT_REASON by its label or its
    arrows, `post_navigation`: "Vorheriger Beitrag TITLE / Nächster Beitrag TITLE") with
    POST_NAV_MIN_BODY_WORDS words of body over it are BOILERPLATE, AFTER_POST_NAV_REASON: a
    blog's or a CMS's links to its neighbours close the post, and what comes after is the site's
    (a club's "Mitspielen?" box, trial 30; on the wild tuning pages 8 pages kept 180 paragraphs
    there, comment threads of 111 and 32 among them, and none held a must-have string). A page
    whose posts are its text (a thread's posts, Q&A answers, kept by the rules) is left alone."""
    body = 0
    for i, b in enumerate(blocks):
        if b.kind == BODY:
            body += b.words
        if b.reason != PREV_NEXT_REASON or body < POST_NAV_MIN_BODY_WORDS or not post_navigation(b.lines):
            continue
        after = blocks[i + 1 :]
        if any(x.reason in _POST_REASONS for x in after):
            return
        for x in after:
            if x.kind in (BODY, HEADING, CAPTION):
                x.kind, x.reason = BOILERPLATE, AFTER_POST_NAV_REASON
        return


STAMPED_COMMENT_MAX_WORDS = 80  # a comment is a few sentences
# A Q&A answer's stamp under its text, Stack Exchange's and its translations' ("answered Jan 15
# at 09:47 NAME 6,940", "Share Improve this answer Follow answered ...", "beantwortet 15. Jan.",
# "a répondu le 15 janv.", "respondida 15 ene", "ответ дан 15 янв"): the verb, then a figure.
_ANSWER_STAMP = re.compile(
    r"^(?:share improve this answer follow\s+)?(?:edited\s.{0,40}?\s)?(?:answered|beantwortet|a répondu(?: le)?|"
    r"répondu(?: le)?|respondida|respondido|risposto|ответ дан|odpowiedziano|beantwoord)\s+(?:\S{1,12}\s)?\d",
    re.I,
)
ANSWER_STAMPS_MIN = 2  # a Q&A page's answers; one stamp may be a quoted post's
ANSWER_STAMP_MAX_WORDS = 20  # the share line, the stamp, the answerer's name and reputation
ANSWER_REASON = "a Q&A answer (by its 'answered' stamp)"


def _answer_stamp(b: _Block) -> bool:
    """Whether `b` is an answer's stamp (`_ANSWER_STAMP`), on its first line or on a line of its
    own under the answer's vote count and label ("7 votos" / "Melhor resposta" / "respondida 4 Set
    2014 por NAME", Question2Answer's best answer, trial 38)."""
    return bool(_ANSWER_STAMP.match(_one_line(b.text)) or any(_ANSWER_STAMP.match(ln.strip()) for ln in b.lines[1:]))


def _keep_stamped_answers(blocks: list[_Block]) -> None:
    """A Q&A page's answers copied as text, each over its stamp (`_ANSWER_STAMP`, ANSWER_STAMPS_MIN
    or more on the page): the blocks of sentences right over a stamp, up to the first block that
    is none, that the model or their place dropped (`_undecided_drop`, the model's "comment
    thread" too: the question's comments opened a thread it read down the page) are BODY,
    ANSWER_REASON (trial 28: the second and third answers under the first one's comments were lost);
    under a stamp that heads its answer (the block over it ends no sentence: a vote count), the
    blocks under it (trial 29: Question2Answer's last answer was lost)."""
    stamps = [i for i, b in enumerate(blocks) if b.words <= ANSWER_STAMP_MAX_WORDS and _answer_stamp(b)]
    if len(stamps) < ANSWER_STAMPS_MIN:
        return
    for i in stamps:
        # the stamp under its answer (Stack Exchange's "answered DATE"), or heading it under the
        # answer's vote count (Question2Answer's "respondida hace 1 día por NAME" under "1 voto")
        heads = i > 0 and not blocks[i - 1].sentence_end
        for k in range(i + 1, len(blocks)) if heads else range(i - 1, -1, -1):
            b = blocks[k]
            # (a sentence that opens a list ends in a colon: "O que eu faria:" / the steps; a
            # comment under the answer stands over its own stamp: "comentou DATE por NAME")
            if not (b.sentence_end or b.text.rstrip().endswith(":")) or b.reason == SIGNED_COMMENT_REASON:
                break
            if k + 1 < len(blocks) and _COMMENT_STAMP_LINE.match(blocks[k + 1].lines[0].strip()):
                break
            if b.kind in INDEXED_KINDS:
                continue
            if not (_undecided_drop(b) or b.reason.startswith("comment thread")):
                break
            b.kind, b.reason = BODY, ANSWER_REASON


# A link to more of a writer's pieces by the writer's name ("More from Bronwyn Tallis", "Mehr von
# NAME", "Plus de NAME"): a site's "More from SITE" reads the same, so only with the name alone
# on a line a few blocks above it (the author box's name card).
_MORE_FROM = re.compile(
    r"^(?:more|latest|all stories|all articles) (?:from|by) (.{3,60}?)\s*[»→›>]?$|^mehr von (.{3,60}?)\s*[»→›>]?$|"
    r"^plus (?:de|d'articles de) (.{3,60}?)\s*[»→›>]?$|^más de (.{3,60}?)\s*[»→›>]?$|^altro da (.{3,60}?)\s*[»→›>]?$|"
    r"^meer van (.{3,60}?)\s*[»→›>]?$|^mais de (.{3,60}?)\s*[»→›>]?$",
    re.I,
)
MORE_FROM_REACH = 6  # blocks from the name card to the link: the name, a role line, a bio of a few paragraphs
MORE_FROM_BIO_WORDS = 250


def _mark_more_from_author(blocks: list[_Block]) -> None:
    """An author box closed by a link to the writer's other pieces ("More from NAME", `_MORE_FROM`)
    with NAME alone on a line up to MORE_FROM_REACH blocks above it, under the article's text:
    the name, its role line and the bio between them (up to MORE_FROM_BIO_WORDS words, its first
    paragraph naming the writer) are BYLINE, "author box" (trial 30's column kept a three-paragraph
    bio, "She was later ...", "She lives in ..." after "NAME writes a fortnightly column")."""
    for i, b in enumerate(blocks):
        m = _MORE_FROM.match(b.lines[0].strip()) if len(b.lines) == 1 and b.words <= 10 else None
        name = next((g for g in m.groups() if g), "") if m else ""
        if not name:
            continue
        top = next((j for j in range(i - 1, max(0, i - 1 - MORE_FROM_REACH), -1) if blocks[j].text.strip() == name), -1)
        if top < 1 or not any(x.kind == BODY for x in blocks[:top]):
            continue
        box = blocks[top + 1 : i]
        prose = [x for x in box if x.words > 3]
        if not prose or sum(x.words for x in box) > MORE_FROM_BIO_WORDS:
            continue
        if name.split()[-1].casefold() not in prose[0].text.casefold():
            continue
        for x in blocks[top:i]:
            x.kind, x.reason = BYLINE, "author box (over the link to the writer's other pieces)"
        blocks[top].extra["author"] = name
        b.kind, b.reason = BOILERPLATE, "link to the author's posts"


PAYWALL_BOX_GAP = 3  # blocks between a paywall's prompt and its offer
PAYWALL_BOX_REASON = "paywall box (between its prompt and its offer)"


def _mark_paywall_boxes(blocks: list[_Block]) -> None:
    """The blocks between a paywall's prompt (PAYWALL_REASON: "Цей матеріал доступний лише
    передплатникам") and the offer under it (a promotion, or another prompt) up to PAYWALL_BOX_GAP
    blocks on are the box's: a teaser of what the subscriber would read, the offer's benefits
    (BOILERPLATE, PAYWALL_BOX_REASON; trial 29's Ukrainian page kept "Далі — докладні розрахунки
    ..." as its text). A prompt with the article going on under it and no offer is left alone."""
    for i, b in enumerate(blocks):
        if b.reason != PAYWALL_REASON:
            continue
        ahead = blocks[i + 1 : i + 2 + PAYWALL_BOX_GAP]
        end = next(
            (k for k, nb in enumerate(ahead) if nb.reason == PAYWALL_REASON or nb.reason.startswith(PROMOTION_REASON)),
            -1,
        )
        for nb in ahead[:end] if end > 0 else ():
            if nb.kind in INDEXED_KINDS and nb.kind != TITLE:
                nb.kind, nb.reason = BOILERPLATE, PAYWALL_BOX_REASON


# A commenter's handle on a line of its own, as blog platforms print it over a comment ("id:NAME"
# on Hatena Blog, "@name"), a badge word may follow ("id:NAME ブログ主", the blog's owner).
_HANDLE_LINE = re.compile(r"^(?:id:|@)[\w.-]{2,30}(?:\s+\S{1,12})?$")
HANDLED_COMMENTS_MIN = 2  # one such unit may be an embedded post; two are a thread


def _mark_handled_comments(blocks: list[_Block]) -> None:
    """A comment thread set as handle, text, time: a block of up to STAMPED_COMMENT_MAX_WORDS words
    right under a commenter's handle (`_HANDLE_LINE`) and right over a relative time alone ("4日前",
    "3 days ago": `_relative_time_line`), HANDLED_COMMENTS_MIN or more on the page: the three
    blocks BOILERPLATE, SIGNED_COMMENT_REASON where kept (trial 26's Hatena Blog comments, no
    thread header over them, were its text)."""
    found = [
        i
        for i in range(1, len(blocks) - 1)
        if blocks[i].words <= STAMPED_COMMENT_MAX_WORDS
        and _HANDLE_LINE.match(blocks[i - 1].text.strip())
        and _relative_time_line(blocks[i + 1].text.strip())
    ]
    if len(found) < HANDLED_COMMENTS_MIN:
        return
    for i in found:
        for b in blocks[i - 1 : i + 2]:
            if b.kind in INDEXED_KINDS and b.kind != TITLE:
                b.kind, b.reason = BOILERPLATE, SIGNED_COMMENT_REASON


def _mark_stamped_comments(blocks: list[_Block]) -> None:
    """A Q&A comment whose stamp the dump set apart, in the block under it (`_COMMENT_STAMP_LINE`:
    "commented May 26 by NAME (210 points)"): the block over the stamp, kept as text, of up to
    STAMPED_COMMENT_MAX_WORDS words, is BOILERPLATE, SIGNED_COMMENT_REASON, and so is the stamp
    (trial 26: "Rubber band trick worked perfectly, ..." over its stamp was indexed)."""
    for i in range(1, len(blocks)):
        if not _COMMENT_STAMP_LINE.match(blocks[i].lines[0].strip()):
            continue
        above = blocks[i - 1]
        if above.kind in INDEXED_KINDS and above.kind != TITLE and above.words <= STAMPED_COMMENT_MAX_WORDS:
            above.kind, above.reason = BOILERPLATE, SIGNED_COMMENT_REASON
        if blocks[i].kind in INDEXED_KINDS:
            blocks[i].kind, blocks[i].reason = BOILERPLATE, SIGNED_COMMENT_REASON


SIGNED_AT_START_MIN = 2  # a thread: one such line alone may be a quoted post


def _mark_comments_signed_at_start(blocks: list[_Block]) -> None:
    """Readers' comments each opened by its poster and time before a colon
    (`_COMMENT_SIGNED_AT_START`: "NAME (28.03.2024 17:10): TEXT"), SIGNED_AT_START_MIN or more
    on the page, each of up to STAMPED_COMMENT_MAX_WORDS words: BOILERPLATE,
    SIGNED_COMMENT_REASON (trial 33: a Bulgarian paper's three comments under "Коментари на
    читателите (3)" were indexed as its text)."""
    signed = [
        b for b in blocks if b.words <= STAMPED_COMMENT_MAX_WORDS and _COMMENT_SIGNED_AT_START.match(_one_line(b.text))
    ]
    if len(signed) < SIGNED_AT_START_MIN:
        return
    for b in signed:
        if b.kind in INDEXED_KINDS and b.kind != TITLE:
            b.kind, b.reason = BOILERPLATE, SIGNED_COMMENT_REASON


# A blog post's text runs down to its footer ("Posted by NAME at 09:12", `blogchrome`): the block
# model, which reads each block on its own, dropped a post's last section (its references under
# "4 References") on a Blogger page of the wild corpus. At most this many blocks are kept back.
POST_END_MAX_BLOCKS = 6
POST_END_REASON = "the post's text (above its footer: 'Posted by NAME at TIME')"
POST_END_HEADING_MAX_WORDS = 12


def _keep_post_end(blocks: list[_Block]) -> None:
    """The blocks between a blog post's last body block and its footer (the first block whose
    signal is a post footer, `blogchrome.BLOG_FOOTER_REASON`) are the post's text when the block
    model alone dropped them (no chrome signal) and they are POST_END_MAX_BLOCKS or fewer: body,
    or a heading (a short line without a sentence end over them)."""
    footer = next((i for i, b in enumerate(blocks) if b.signal.startswith(BLOG_FOOTER_REASON)), -1)
    last = max((i for i in range(max(footer, 0)) if blocks[i].kind == BODY), default=-1)
    gap = range(last + 1, footer)
    if last < 0 or not gap or len(gap) > POST_END_MAX_BLOCKS:
        return
    if not all(
        blocks[j].kind == BOILERPLATE and not blocks[j].signal and blocks[j].reason.endswith("(block model)")
        for j in gap
    ):
        return
    for j in gap:
        b = blocks[j]
        over_text = j + 1 < footer and len(b.lines) == 1 and b.words <= POST_END_HEADING_MAX_WORDS
        b.kind = HEADING if over_text and not b.sentence_end else BODY
        b.reason = POST_END_REASON


SIGN_OFF_MAX_BLOCKS = 5  # a closing list's heading and its list, a greeting, the sign-off
SIGN_OFF_MAX_WORDS = 8  # the writer's first name and role: "Elin, servicetekniker på Björkvik Energi"
WRITERS_SIGN_OFF_REASON = "the article's end (down to its writer's sign-off)"
# what a block under the article's text was dropped for by its place alone, or by the block
# model, or as a list's short lines: no signal of its own
_END_DROPS = (OUTSIDE_REASON, "navigation list")


def _keep_to_writers_sign_off(blocks: list[_Block]) -> None:
    """The article's text runs down to its writer's sign-off: a line of up to SIGN_OFF_MAX_WORDS
    words and no sentence's end, within SIGN_OFF_MAX_BLOCKS blocks under the last body block,
    that opens with the byline's given name and a comma or a dash, or is that name alone ("Elin,
    servicetekniker på Björkvik Energi" under "Elin Sandström"'s post). It and the blocks between,
    dropped by their place or the block model alone (`_END_DROPS`), are BODY,
    WRITERS_SIGN_OFF_REASON (trial 57's company blog lost its closing checklist, its greeting
    and its sign-off as "outside the article text"). A reader's comment that addresses the
    writer ("Elin, great post!") ends a sentence."""
    byline = next((b for b in blocks if b.kind == BYLINE and b.extra.get("author")), None)
    last = max((i for i, b in enumerate(blocks) if b.kind == BODY), default=-1)
    if byline is None or last < 0:
        return
    first = byline.extra["author"].split(",")[0].split()[0].casefold()
    for j in range(last + 1, min(last + 1 + SIGN_OFF_MAX_BLOCKS, len(blocks))):
        b = blocks[j]
        if b.kind != BOILERPLATE or not (b.reason.startswith(_END_DROPS) or b.reason.endswith("(block model)")):
            return
        words = b.text.split()
        if len(b.lines) == 1 and len(words) <= SIGN_OFF_MAX_WORDS and not _SENT_END.search(b.text):
            head = words[0].rstrip(",–-").casefold()
            if head == first and (len(words) == 1 or words[0][-1] in ",–-" or words[1] in ("–", "-", "—")):
                for k in range(last + 1, j + 1):
                    x = blocks[k]
                    # (a closing list's label over it: "Checklista att spara")
                    label = k < j and len(x.lines) == 1 and not x.sentence_end and len(blocks[k + 1].lines) > 1
                    x.kind, x.reason = HEADING if label else BODY, WRITERS_SIGN_OFF_REASON
                return


POST_FOOTER_BYLINE_REASON = "byline (a blog post's footer: 'Posted by NAME at TIME')"


def _mark_post_footer_byline(blocks: list[_Block]) -> None:
    """A blog post's footer under its text ("Posted by NAME at 09:12", "Publicat de NAME la 09:12
    3 comentarii", `blogchrome.post_footer_name`) names the post's author: the first such footer
    after body text becomes the page's byline when no other line named one. A name must open with
    a capital (or a letter of a script without case): "posted by admin" names no one."""
    if any(b.kind == BYLINE and b.extra.get("author") for b in blocks):
        return
    seen_body = False
    for b in blocks:
        if b.kind == BODY:
            seen_body = True
            continue
        if not seen_body or b.kind != BOILERPLATE or not b.signal.startswith(BLOG_FOOTER_REASON):
            continue
        name = post_footer_name(b.text)
        if name and not name[0].islower():
            b.kind, b.reason = BYLINE, POST_FOOTER_BYLINE_REASON
            b.extra["author"] = name
        return


# A thread's posts (an AMA's questions and answers, a forum's Q&A): this many kept as text under
# their headers (COMMENT_HEADER_REASON) keep the others the block model dropped.
THREAD_POSTS_MIN = 2
THREAD_POST_REASON = "thread post (under its header, as the thread's other posts)"


def _keep_thread_posts(blocks: list[_Block]) -> None:
    """A thread's post dropped by the block model while THREAD_POSTS_MIN+ others are body: each
    post is the prose block right under its header (a comment header, `_comment_header`), and
    the posts of a thread stand or fall together, as a live blog's do (`_keep_live_posts`; a new
    user's AMA lost its last answer, "reads as page chrome"). A post the rules dropped stays
    dropped."""
    posts = [
        i + 1 for i, b in enumerate(blocks[:-1]) if b.reason == COMMENT_HEADER_REASON and blocks[i + 1].sentence_end
    ]
    if sum(blocks[p].kind == BODY for p in posts) < THREAD_POSTS_MIN:
        return
    for p in posts:
        b = blocks[p]
        if _undecided_drop(b) and not b.reason.startswith(_RULE_FINAL):
            b.kind, b.reason = BODY, THREAD_POST_REASON


# A reply's header on a link aggregator's thread (Reddit's old layout, Lemmy, Hacker News-like
# boards): the poster's handle, a flair mark ("[S]" for the submitter, "[M]" a moderator), the
# reply's score and what may follow it (its age, "stickied comment"): "quiet_tram 212 points 1
# month ago", "sosed_2 [S] 48 points".
_SCORED_REPLY_HEADER = re.compile(
    r"^(?:u/)?[\w.-]{2,30}(?: \[[^\]\s]{1,3}\])? \d[\d,.]*k? (?:points?|votes?|punkte|puntos|punti|pontos)"
    r"(?: [^\W\d_][\w-]*| \d{1,3}){0,5}$",
    re.I,
)
SCORED_REPLIES_MIN = 2
SCORED_REPLY_REASON = "reply on the thread (under its poster's header, the thread's text)"


def _keep_scored_replies(blocks: list[_Block]) -> None:
    """The replies of a link aggregator's thread copied as text (its post's header a post's
    author line, `_post_author`: "submitted 1 month ago by NAME"): the page tail's start
    ("64 comments") dropped them as the comments under a news story, but on a thread they are
    the page's text (a reply is often what a search wants: the answer). With SCORED_REPLIES_MIN
    or more replies' headers (`_SCORED_REPLY_HEADER`) after the post's, the prose blocks under each
    header (a sentence end each, dropped by their place or the block model alone) are BODY,
    SCORED_REPLY_REASON, their poster's (`extra["speaker"]`). Trial 18: every reply was dropped."""
    post = next((i for i, b in enumerate(blocks) if b.kind == BYLINE and _post_author(b.text)), -1)
    heads = [
        i
        for i in range(post + 1, len(blocks))
        if post >= 0 and len(blocks[i].lines) == 1 and _SCORED_REPLY_HEADER.match(" ".join(blocks[i].text.split()))
    ]
    if len(heads) < SCORED_REPLIES_MIN:
        return
    for i in heads:
        blocks[i].kind, blocks[i].reason = BOILERPLATE, COMMENT_HEADER_REASON
        for b in blocks[i + 1 :]:
            if b.kind in INDEXED_KINDS or not b.sentence_end:
                break
            if not (_vague_drop(b) or b.reason.startswith("prose in the page tail")):
                break
            b.kind, b.reason = BODY, SCORED_REPLY_REASON
            b.extra["speaker"] = blocks[i].text.split()[0].removeprefix("u/")


# A forum thread copied as text: a post's number alone on its line ("#2"), a quote's opening
# ("gazza_b said:") and its end ("Click to expand..."), the poster's panel ("Joined" / "Jun 14,
# 2019" / "Messages" / "412", or "Posts: 1,204").
_POST_NUMBER = re.compile(r"^# ?\d{1,6}$")
_QUOTE_END = re.compile(
    r"^(?:click to expand|zum erweitern (?:hier )?klicken|cliquez pour (?:agrandir|développer)|"
    r"haz clic para expandir|hacé clic para expandir|clicca per espandere|clique para expandir|нажмите для раскрытия)\.*…?$",
    re.I,
)
POST_HEADER_LINE_WORDS = 6  # a poster's name, rank, a field's label or value, a date, "Like" / "Reply"
FORUM_REPLY_REASON = "forum reply (the thread after the first post, from '{}')"
POST_NUMBER_REASON = "forum post number"
NUMBER_ALONE_REASON = "a number alone (a counter or a page number)"


def _post_header_line(b: _Block) -> bool:
    """A line of a forum post's header or footer: one line of up to POST_HEADER_LINE_WORDS words
    without a sentence's end (a name, a rank, "Joined", a date, a message count, "Reply"), or
    a field of its poster's panel, its label over its value ("Messages" / "412": XenForo's)."""
    return (len(b.lines) == 1 or _panel_field(b)) and b.words <= POST_HEADER_LINE_WORDS and not b.sentence_end


def _forum_reply_start(blocks: list[_Block]) -> int:
    """Where the replies of a forum thread copied as text start: the header of its second post,
    found by a post number "#N" (N >= 2) or a quote of a post ("NAME said:" with "Click to
    expand..." within 3 blocks), with a poster's panel (a field label of `_FORUM_LABELS`, alone
    or with its value) in the header lines above it; walked back over those lines (up to the
    first post's last sentence). -1 when the page is no such thread."""
    for i, b in enumerate(blocks):
        number = _POST_NUMBER.match(b.text) and int(b.text[1:]) >= 2
        quote = _SIGNATURE.match(b.lines[0]) and any(_QUOTE_END.match(x.text) for x in blocks[i + 1 : i + 4])
        if not (number or quote):
            continue
        start = i
        while start > 0 and _post_header_line(blocks[start - 1]):
            start -= 1
        panel = blocks[start:i]
        if any(
            _FORUM_LABEL_LINE.match(x.text.strip()) or _FORUM_FIELD.match(x.text.strip()) or _panel_field(x)
            for x in panel
        ):
            return start
    return -1


def _panel_field(b: _Block) -> bool:
    """A poster's panel's field the rules already found (`_mark_profile_panels`: "Messages 412",
    "Inscrit 3 Mai 2019", a XenForo panel's label and value on one line, without a colon)."""
    return b.reason.startswith(FORUM_REASON) or b.signal.startswith(FORUM_REASON)


FORUM_QUOTE_REASON = "quote of an earlier post (forum thread)"


def _mark_forum_replies(blocks: list[_Block]) -> None:
    """A forum thread copied as text is the thread: its posts are text, the first one and the
    replies alike, as the HTML path keeps them (and warns when the extractor kept fewer,
    `htmlpage.missed_posts`); a reply is often what a search for the thread's question wants
    (the answer). Here only the thread's furniture goes, from the second post's header
    (`_forum_reply_start`) on: a post's number alone ("#2"), a quote's opening line ("NAME
    said:") and end ("Click to expand..."), and quoted text another post already holds; a post
    number is never text anywhere on the page. Trial 7 first dropped the replies; trial 15 and
    the wild corpus's forum pages (a reply's sentence is a must-have string) keep them."""
    start = _forum_reply_start(blocks)
    if start < 0:
        return
    for i, b in enumerate(blocks):
        if _POST_NUMBER.match(b.text):
            if b.kind in INDEXED_KINDS:
                b.kind, b.reason = BOILERPLATE, POST_NUMBER_REASON
            _keep_numbered_post(blocks, i)
    _drop_quotes(blocks, start)


# A post's number on its stamp's line, as vBulletin prints it: "12.05.2024, 20:17 #2", "Yesterday,
# 10:15 PM #3" (a time, then the number), or alone ("#2").
_NUMBERED_STAMP = re.compile(r"^(?:.{0,40}\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s+)?# ?\d{1,6}$", re.I)
NUMBERED_POSTS_MIN = 2


def _drop_numbered_posts_signatures(blocks: list[_Block]) -> None:
    """A thread whose posts carry their numbers (`_NUMBERED_STAMP`, on NUMBERED_POSTS_MIN or more
    blocks' lines): each post runs from the block under one number to the next number's block
    (the first from the page's top), and a line under two or more of them is a signature or the
    posts' furniture (`_drop_signatures`; trial 27: vBulletin's "Unterwegs mit Ducato ... – 38
    Länder" under two posts, no delimiter over it, was text)."""
    marks = [i for i, b in enumerate(blocks) if any(_NUMBERED_STAMP.match(ln.strip()) for ln in b.lines)]
    if len(marks) < NUMBERED_POSTS_MIN:
        return
    for i in marks:
        if len(blocks[i].lines) == 1 and blocks[i].kind in INDEXED_KINDS:
            blocks[i].kind, blocks[i].reason = BOILERPLATE, POST_NUMBER_REASON
    starts, ends = [0, *(i + 1 for i in marks)], [*marks, len(blocks)]  # (not the stamps' own blocks)
    posts = [list(range(a, b)) for a, b in zip(starts, ends) if b > a]
    if any(_panel_field(blocks[j]) for post in posts[1:] for j in post):
        for post in posts[1:]:
            _keep_post_text(blocks, post)
    _drop_signatures(blocks, posts)


PANEL_OVER_NUMBER_BLOCKS = 3  # the poster's name, a rank, the post's date, each a line of its own
PANEL_LINE_MAX_WORDS = 4
NUMBERED_PANEL_REASON = "forum post header (its poster, rank and date over the post's number)"


def _mark_numbered_panels(blocks: list[_Block]) -> None:
    """A thread copied as text whose posts each open with the poster's panel over the post's
    number, one short line a block ("Haggis_Hunter" / "Well-known member" / "Oct 14, 2024" /
    "#1", XenForo's): numbers #1, #2 ... in order, NUMBERED_POSTS_MIN or more, each under
    PANEL_OVER_NUMBER_BLOCKS short blocks at most, the first of them the poster's name. The
    panels are BOILERPLATE (NUMBERED_PANEL_REASON; the first one's name the byline, STARTER_REASON),
    a post's prose the model or its place dropped is its text (a reply after the article's run
    was "outside the article text", two new users' XenForo threads), its quotes go
    (`_drop_quotes`), and each post's text is its poster's (`extra["speaker"]`)."""
    numbers = [i for i, b in enumerate(blocks) if len(b.lines) == 1 and _POST_NUMBER.match(b.text.strip())]
    if len(numbers) < NUMBERED_POSTS_MIN or [int(blocks[i].text.strip("# ")) for i in numbers] != list(
        range(1, len(numbers) + 1)
    ):
        return
    panels = [_panel_over(blocks, i) for i in numbers]
    if not all(panels):
        return
    _drop_quotes(blocks, numbers[0] + 1)  # (first: a reply's text runs on under its quote)
    for k, (i, panel) in enumerate(zip(numbers, panels, strict=True)):
        for j in panel:
            blocks[j].kind, blocks[j].reason = BOILERPLATE, NUMBERED_PANEL_REASON
        name = blocks[panel[0]].text.strip()
        if k == 0:
            blocks[panel[0]].kind, blocks[panel[0]].reason = BYLINE, STARTER_REASON
            blocks[panel[0]].extra["author"] = name
        end = panels[k + 1][0] if k + 1 < len(panels) else len(blocks)
        for j in _post_run(blocks, i + 1, end):
            b = blocks[j]
            if k and _undecided_drop(b) and b.sentence_end and b.words >= PANEL_LINE_MAX_WORDS:
                b.kind, b.reason = BODY, FORUM_POST_REASON
            if b.kind == BODY:
                b.extra["speaker"] = name


def _post_run(blocks: list[_Block], start: int, end: int) -> range:
    """The blocks of a post from `start`, before `end` (the next panel): its quotes of earlier
    posts (FORUM_QUOTE_REASON) and its text, down to the first block after the text that is
    neither (its tools, "Like", "Reply", "Last edited: ...", the board's chrome): the last post's
    run ends there, not at the page's end (an Invision thread numbers only its first posts: the
    posts under the last number and their signatures are no one's text of that post)."""
    text = False
    for j in range(start, end):
        b = blocks[j]
        if b.reason == FORUM_QUOTE_REASON:
            continue
        prose = b.kind == BODY or (_undecided_drop(b) and b.sentence_end)
        if text and not prose:
            return range(start, j)
        text = text or prose
    return range(start, end)


def _panel_over(blocks: list[_Block], i: int) -> list[int]:
    """The indexes of the poster's panel right over the post number at block `i`: one-line
    blocks of PANEL_LINE_MAX_WORDS words at most, no sentence's end, no post's tool ("Like",
    "Reply": the post above ends there), up to PANEL_OVER_NUMBER_BLOCKS of them, or up to
    PANEL_MAX_FIELD_BLOCKS where the panel lists its fields ("Joined" / "Jan 11, 2018" /
    "Messages" / "2,114", `_FORUM_LABEL_LINE`); the first line a name (no date, no field's
    label); [] when none."""
    panel: list[int] = []
    for j in range(i - 1, max(-1, i - 1 - PANEL_MAX_FIELD_BLOCKS), -1):
        b = blocks[j]
        if len(b.lines) != 1 or b.words > PANEL_LINE_MAX_WORDS or b.sentence_end or b.kind == TITLE:
            break
        if b.reason.startswith(BUTTON_REASON) or _post_tools(b.text.strip()):
            break
        panel.insert(0, j)
    fields = any(_FORUM_LABEL_LINE.match(blocks[j].text.strip()) for j in panel)
    if not fields:
        panel = panel[-PANEL_OVER_NUMBER_BLOCKS:]
    while panel and (_find_date(blocks[panel[0]].text) or _FORUM_LABEL_LINE.match(blocks[panel[0]].text.strip())):
        panel.pop(0)  # (the date is the panel's last line, a field's label no name)
    return panel


PANEL_MAX_FIELD_BLOCKS = 14  # a name twice, a rank, a badge, four fields and their values, the date


def _keep_post_text(blocks: list[_Block], post: list[int]) -> None:
    """A numbered post's text (`post`: its block indexes, from under its stamp) in a thread whose
    posters have panels: from its first block with a sentence's end kept as text or dropped for
    no named reason (past its panel and its subject, each dropped by name) on, its blocks with a
    sentence's end the model or their place dropped (`_undecided_drop`) are BODY,
    FORUM_POST_REASON, up to the first block of furniture (trial 48's last post, one sentence
    under its poster's panel printed again, was "outside the article text")."""
    run = False
    for j in post:
        b = blocks[j]
        loose = _undecided_drop(b) and b.sentence_end
        if not run and not (loose or (b.kind in INDEXED_KINDS and b.sentence_end)):
            continue
        run = True
        if loose:
            b.kind, b.reason = BODY, FORUM_POST_REASON
        elif b.kind not in INDEXED_KINDS:
            return


# A letter's or a post's salutation on a line of its own, ending with a comma ("Hi all,", "Cześć
# wszystkim,", "Hallo zusammen,", "Dear Ms Quinlan,"): the post's first line, no header's.
_SALUTATION = re.compile(r"^\S(?:[^\n.!?:]{0,38}\S)?,$")


def _keep_numbered_post(blocks: list[_Block], i: int) -> None:
    """The post under the post number at block `i` ("#3"), its salutation line (`_SALUTATION`)
    and its prose blocks (sentences) down to the next line of a post's header or footer that is
    not kept as text: BODY, FORUM_POST_REASON, where the model or the page's place alone dropped
    it (`_undecided_drop`: the thread's last post, left "after the article" when its panel's
    repeats weighed more than its prose; trial 26's first post lost its greeting and its closing
    question, the model's "teaser list" evidence on a paragraph between the post's prose and its
    tool row)."""
    for n, b in enumerate(blocks[i + 1 :]):
        if b.kind in INDEXED_KINDS:
            continue  # the post's text the rules kept, its lead-in lines too ("What I tried:")
        salutation = n == 0 and len(b.lines) == 1 and bool(_SALUTATION.match(b.text.strip()))
        if not salutation and (not b.sentence_end or _post_header_line(b)):
            return
        if _undecided_drop(b):
            b.kind, b.reason = BODY, FORUM_POST_REASON


# What a block under a quote's opening was dropped as when it repeats the text above it
_REPEAT_REASONS = ("pull quote (repeats", "repeats paragraph", FORUM_QUOTE_REASON)


def drop_quote_openings(blocks: list[_Block]) -> None:
    """A quote's opening line alone ("glazier_jo said:", "Anna schrieb:", `_SIGNATURE`) kept as
    text right over a block dropped as a repeat of the text above it (`_REPEAT_REASONS`: a
    forum reply quoting the first post) goes with it: BOILERPLATE, FORUM_QUOTE_REASON. A thread
    whose post headers the rules do not know (`_forum_reply_start` found none) kept "glazier_jo
    said:" as a paragraph; a story's "The minister said:" over a quotation of its own stays."""
    for b, nxt in zip(blocks, blocks[1:]):
        if b.kind not in INDEXED_KINDS or len(b.lines) != 1 or not nxt.reason.startswith(_REPEAT_REASONS):
            continue
        opening, rest = _quote_opening(" ".join(b.text.split()))
        if opening and not rest:
            b.kind, b.reason = BOILERPLATE, FORUM_QUOTE_REASON
    _drop_held_quotes(blocks)


QUOTED_MIN_WORDS = 4  # a quoted sentence, not a word or two any post may hold


def _drop_held_quotes(blocks: list[_Block]) -> None:
    """A block of a quote's opening and the quoted text ("OldDigger wrote:I'd write to our MP
    ...", an HTML thread's <blockquote><cite>, which the extractor gave as a paragraph of the
    reply) whose quoted text, QUOTED_MIN_WORDS words or more, the indexed text above it holds:
    BOILERPLATE, FORUM_QUOTE_REASON (a new user's phpBB thread indexed it as the replier's)."""
    seen = ""
    for b in blocks:
        if b.kind not in INDEXED_KINDS:
            continue
        text = " ".join(b.text.split())
        opening, rest = _quote_opening(text)
        if opening and len(rest.split()) >= QUOTED_MIN_WORDS and rest in seen:
            b.kind, b.reason = BOILERPLATE, FORUM_QUOTE_REASON
            continue
        seen += " " + text


def _quote_opening(text: str) -> tuple["re.Match[str] | None", str]:
    """(the match of a quote's opening, "NAME said:" / "NAME wrote: ↑DATE" (`_SIGNATURE`), and
    what follows it, its time (`_QUOTE_STAMP`) left out) of a block's `text` of single spaces;
    (None, `text`) when it opens no quote."""
    opening = _SIGNATURE.match(text) or _QUOTED_BY.match(text)
    return opening, (_QUOTE_STAMP.sub("", text[opening.end() :].strip()).strip() if opening else text)


# A quote's opening as boards print it over the quoted post, the poster after the words:
# vBulletin's "Originally Posted by NAME" (de "Zitat von", fr "Citation de", es "Cita de" and
# "Originalmente Escrito por", it "Originariamente inviato da", nl "Oorspronkelijk geplaatst
# door", pt "Postado originalmente por"), SMF's "Quote from: NAME on DATE" (pl "Cytat: NAME
# DATE"); the name is one to three words, a date after "on" or after it or not
_QUOTED_BY = re.compile(
    r"^(?:originally posted by|quote from:?|cytat:?|zitat von|citation de|cita de|originalmente escrito por|"
    r"originariamente inviato da|oorspronkelijk geplaatst door|postado originalmente por) "
    r"\S+(?: \S+){0,2}?(?: (?:on|am|le|el|il|op|em|dnia) [^\n]{4,40}?| +\d[^\n]{3,40}?)?$",
    re.I,
)


def _drop_quotes(blocks: list[_Block], start: int) -> None:
    """From block `start` on, a quote's opening line alone ("NAME said:", "NAME wrote: ↑DATE"),
    its end ("Click to expand..."), and a block of quoted text (after such an opening, in its
    block or alone) that text kept before it holds: BOILERPLATE, FORUM_QUOTE_REASON."""
    seen = " ".join(" ".join(b.text.split()) for b in blocks[:start] if b.kind in INDEXED_KINDS)
    for j, text, opening, rest, quoting in _quote_walk(blocks, range(start, len(blocks))):
        b = blocks[j]
        if b.kind in INDEXED_KINDS and (
            (opening and not rest) or _QUOTE_END.match(text) or ((opening or quoting) and rest and rest in seen)
        ):
            b.kind, b.reason = BOILERPLATE, FORUM_QUOTE_REASON
        if b.kind in INDEXED_KINDS:
            seen += " " + text


def _quote_walk(
    blocks: list[_Block], indexes: Iterable[int]
) -> Iterator[tuple[int, str, "re.Match[str] | None", str, bool]]:
    """(index, text of single spaces, its quote's opening or None and what follows it
    (`_quote_opening`), whether the block before it was a quote's opening alone, so this one is
    the quoted text) for the blocks at `indexes`, in order."""
    quoting = False
    for j in indexes:
        text = " ".join(blocks[j].text.split())
        opening, rest = _quote_opening(text)
        yield j, text, opening, rest, quoting
        quoting = bool(opening and not rest)


# what forum software prints after a quote's "NAME wrote:": a link back to the post and its time
# ("↑Tue Nov 11, 2025 8:14 pm", phpBB)
_QUOTE_STAMP = re.compile(  # (on text of single spaces: `_drop_quotes` joins its words)
    r"^[↑^]? ?(?:\w{2,9}\.?,? )?(?:\w{3,9}\.? \d{1,2}|\d{1,2}\.? \w{3,9}\.?),? \d{4},? \d{1,2}:\d{2}(?: ?[ap]m)?"
)


# A reply's subject line over its post, with the prefix mail and forum software give a reply's
# subject: Re (Latin, most software), AW (de: Antwort), Antw (nl), SV (da, no, sv), VS (fi),
# R (it), RE, Odp (pl), Ynt (tr), Отв / Ответ (ru).
_REPLY_PREFIX = re.compile(r"^(?:re|aw|antw|sv|vs|r|odp|ynt|отв|ответ)\s?:\s*", re.I)
_REPLY_SUBJECT = re.compile(_REPLY_PREFIX.pattern + r"\S", re.I)
REPLY_SUBJECT_MAX_WORDS = 20
FORUM_POSTS_MIN = 2  # post author lines: one alone may be a blog's "Post by NAME » DATE"
POST_HEADER_REASON = "forum post header (its poster and time, or its subject)"
STARTER_REASON = "forum post header of the thread's first post (its starter: the byline)"
LATER_BYLINE_REASON = "a byline under the thread's first post (a reply's or a sponsored slot's)"
FORUM_POST_REASON = "forum post (under its header, as the thread's other posts)"
# The reasons of the posts the rules keep as a page's text (`_mark_after_post_navigation`)
_POST_REASONS = frozenset({ANSWER_REASON, POST_END_REASON, THREAD_POST_REASON, SCORED_REPLY_REASON, FORUM_POST_REASON})
SIGNATURE_REASON = "forum signature (the same lines under several posts)"


REPLY_SUBJECTS_MIN = 2


def _mark_reply_subjects(blocks: list[_Block]) -> None:
    """A reply's subject line ("Re: TITLE", `_REPLY_SUBJECT`) printed over REPLY_SUBJECTS_MIN or
    more posts is the thread's furniture wherever it is kept or dropped for no named reason:
    BOILERPLATE, POST_HEADER_REASON (a forum whose post headers `_mark_forum_posts` does not know:
    "von NAME am DATE"; one dropped by its place was a heading "between its kept parts" later)."""
    subjects = Counter(
        b.text.strip()
        for b in blocks
        if len(b.lines) == 1 and b.words <= REPLY_SUBJECT_MAX_WORDS and _REPLY_SUBJECT.match(b.text)
    )
    for b in blocks:
        if (b.kind in INDEXED_KINDS and b.kind != TITLE) or _vague_drop(b):  # (named, so no later rule keeps it)
            if subjects.get(b.text.strip(), 0) >= REPLY_SUBJECTS_MIN:
                b.kind, b.reason = BOILERPLATE, POST_HEADER_REASON


def _mark_forum_posts(blocks: list[_Block]) -> None:
    """A forum thread whose posts each open with an author line (`forum_post_header`: phpBB's
    "Post by NAME » TIME", another board's "von NAME am DATE", FORUM_POSTS_MIN+ of them, none in
    a shop's customer reviews): each such line (the first one kept as the
    page's byline or date line, the replies' no byline) and a reply's subject line
    right above it ("Re: TITLE", `_REPLY_SUBJECT`) are BOILERPLATE, POST_HEADER_REASON (the
    block model read the subject lines as a teaser list's headlines and dropped the posts under
    them: trial 15). A post runs from its header to the next one's (the last: while its blocks
    are text or were dropped by the block model or their place, and hold a sentence); its
    signature goes (`_drop_signatures`), then its blocks with a sentence end that the block
    model or their place dropped are BODY, FORUM_POST_REASON (a thread's posts stand together,
    as `_keep_thread_posts` has it), and quotes of earlier posts go (`_drop_quotes`). Each post's
    body blocks are its poster's (`extra["speaker"]`, as a letter's are its writer's: `speaker:NAME`
    finds a reply's poster, whom the page's byline, the thread's starter, does not name; trial 16),
    and the thread gets its subject as its title (`_mark_thread_title`). The starter's header is the
    page's byline (a board's "von NAME am DATE" read as a date line alone too), and a byline under
    it is none (LATER_BYLINE_REASON: Forumotion's sponsored slot, "von Gesponserte Inhalte")."""
    _mark_reply_subjects(blocks)
    posters = _thread_posters(blocks)
    heads = list(posters)
    if len(heads) < FORUM_POSTS_MIN:
        return
    if _comments_as_thread(blocks, heads):
        return
    posts: list[list[int]] = []
    for n, i in enumerate(heads):
        if (
            n or blocks[i].kind in INDEXED_KINDS or _vague_drop(blocks[i])
        ):  # (the first, a byline or date line, stays one)
            blocks[i].kind, blocks[i].reason = BOILERPLATE, POST_HEADER_REASON
        above = blocks[i - 1] if i > 0 else None
        if (
            above
            and above.kind != TITLE
            and len(above.lines) == 1
            and (_REPLY_SUBJECT.match(above.text) or FORUM_SUBJECT_LINE.match(above.text))
        ):
            if above.words <= REPLY_SUBJECT_MAX_WORDS:
                above.kind, above.reason = BOILERPLATE, POST_HEADER_REASON
        if n + 1 < len(heads):
            posts.append(list(range(i + 1, heads[n + 1])))
            continue
        posts.append(_last_post(blocks, i))
    _drop_thread_furniture(blocks, heads)
    _drop_panels_above(blocks, heads, posts)
    _drop_panels_below(blocks, posts)
    end = posts[-1][-1] if posts[-1] else heads[-1]
    _drop_signatures(blocks, posts, range(end + 1, min(end + 1 + SIGNATURE_TAIL_BLOCKS, len(blocks))))
    _keep_post_texts(blocks, posts, [posters[i] for i in heads])
    _fill_posts(blocks, posts)
    _drop_quotes(blocks, heads[1])
    _finish_thread(blocks, posters, posts)


LAST_POST_LABELS = 2  # a post's own short lines over its first sentence: a label ("NEU:"), a stamp, "[b]" markup


def _last_post(blocks: list[_Block], head: int) -> list[int]:
    """The blocks of a thread's last post, under its header at block `head`: the blocks kept as
    text or dropped by the block model or their place (`_vague_drop`) down to the last of them
    holding a sentence (the first line's end), and no more than LAST_POST_LABELS blocks without
    one in a row (the post's label over its text; more is the forum's boxes below the thread),
    a dropped one only right under the header.
    Everything after the last post is the forum's, so the post must run to its own end: the
    wild corpus's Forumotion thread, its last post opening "NEU:", ended at its header and its
    signature below it was read as the forum's (kept under the post before it)."""
    post: list[int] = []
    labels = 0
    start = head + 1
    while start < len(blocks) and start - head <= PANEL_MAX_BLOCKS and _panel_under_header(blocks[start]):
        start += 1  # vBulletin's panel under its header, its subject line ("AW: ...")
    for j in range(start, len(blocks)):
        b = blocks[j]
        if not (b.kind in INDEXED_KINDS or _vague_drop(b)):
            break
        if _SENT_END.search(b.lines[0]):
            post.append(j)
            labels = 0
            continue
        labels += 1
        if labels > LAST_POST_LABELS or (j > head + 1 and b.kind not in INDEXED_KINDS):
            break  # (a dropped line below the first opens the forum's boxes: "Who is online")
    last = max(post, default=-1)
    return list(range(head + 1, last + 1)) if post else []


def _panel_under_header(b: _Block) -> bool:
    """Whether `b`, dropped under a post's header, is its poster's panel or its subject: a field,
    the name or rank (`_panel_part`), a repeat of an earlier post's panel, the subject line."""
    if b.kind in INDEXED_KINDS:
        return False
    return (
        _panel_part(b)  # (the name and rank: "Nordlicht62 Stammgast", dropped as a teaser)
        or _panel_fields(b)
        or b.reason.startswith(("repeats block", POST_HEADER_REASON))
        or (len(b.lines) == 1 and bool(_REPLY_SUBJECT.match(b.text)))
    )


def _panel_fields(b: _Block) -> bool:
    """Whether `b` is a panel's fields, each label and value on a line of its own, up to
    PANEL_MAX_LINES fields of PANEL_LINE_WORDS words a line, without a sentence's end
    (vBulletin's "Registriert seit / 06.2016 / Ort / Husum / Beiträge / 2.140")."""
    return (
        len(b.lines) <= 2 * PANEL_MAX_LINES
        and not b.sentence_end
        and all(len(ln.split()) <= PANEL_LINE_WORDS for ln in b.lines)
    )


# What the block model or the list rules drop between a post's paragraphs is the post's: its list
# (read as a menu's short lines), its label over it ("Что уже сделано:", "Meine Fragen:").
_IN_POST_DROPS = ("navigation list",)


POST_SUBJECT_REASON = "forum post's subject (at the head of the thread's first post)"
POST_SUBJECT_MIN_WORDS = 3


def _post_subject(b: _Block) -> bool:
    """Whether `b`, at the head of a post's text, is the post's subject line: one line dropped by
    the block model or its place (`_vague_drop`) or kept as text, POST_SUBJECT_MIN_WORDS to
    REPLY_SUBJECT_MAX_WORDS words, a reply's "Re: TITLE" (`_REPLY_SUBJECT`) or no sentence's end
    but a question's (trial 60's vBulletin thread: "Planning our first desert crossing with a
    loaded Hilux, need advice" dropped as a teaser, "Re: ..." kept as a reply's text)."""
    if len(b.lines) != 1 or not POST_SUBJECT_MIN_WORDS <= b.words <= REPLY_SUBJECT_MAX_WORDS or _panel_part(b):
        return False
    if not (_vague_drop(b) or b.kind == BODY):
        return False
    text = b.text.strip()
    return bool(_REPLY_SUBJECT.match(text)) or (_vague_drop(b) and not _SENT_END.search(text))


def _panel_above(blocks: list[_Block], head: int) -> range:
    """The poster's panel over a post's header at block `head`, as phpBB 2 and SMF print it in
    plain text (name, rank, stars, "Wiadomości: 87"), the post's subject line between or not: up to
    PANEL_MAX_BLOCKS blocks of a panel's shape (`_panel_part`), one of them a line that can be a
    name (no field); an empty range when there is none."""
    k = _over_tools(blocks, head) + 1
    above = blocks[k - 1] if k > 0 else None
    if above is not None and len(above.lines) == 1 and (above.kind == TITLE or _REPLY_SUBJECT.match(above.text)):
        k -= 1  # (the post's subject line, "Odp: TITLE", over its header)
    elif above is not None and k < head and _own_subject_line(above):
        k -= 1  # (the first post's own subject, over its tools row: phpBB 3's)
    start = k
    while start > 0 and k - start < PANEL_MAX_BLOCKS and _panel_part(blocks[start - 1]):
        start -= 1
    named = any(
        ":" not in b.text and not _FORUM_FIELD.match(b.text.strip()) and any(c.isalpha() for c in b.text)
        for b in blocks[start:k]
    )
    return range(start, k) if named else range(0)


def _drop_panels_above(blocks: list[_Block], heads: list[int], posts: list[list[int]]) -> None:
    """On a thread whose first post has its poster's panel over its header (`_panel_above`), each
    later post's panel over its header is that post's, not the end of the post before it:
    BOILERPLATE, POST_HEADER_REASON, and out of that post's blocks (a new user's Polish SMF
    thread kept "Agnieszka Wróbel / Użytkownik / ** / Wiadomości: 87" as the first post's text)."""
    if not _panel_above(blocks, heads[0]):
        return  # (vBulletin's panel is under its header)
    for n in range(1, len(heads)):
        panel = set(_panel_above(blocks, heads[n]))
        for j in panel:
            if blocks[j].kind in INDEXED_KINDS:
                blocks[j].kind, blocks[j].reason = BOILERPLATE, POST_HEADER_REASON
        posts[n - 1][:] = [j for j in posts[n - 1] if j not in panel]


PANEL_BELOW_REASON = "the poster's panel and signature under the post (its name, rank, fields)"
PANEL_BELOW_MIN_FIELDS = 2  # "Posts: 212" and "Joined: ...": one "Location:" line may be a post's own


def _field_line(b: _Block) -> bool:
    """Whether `b` is a poster's panel's field: found so by the rules (`_panel_field`) or one
    line that a field's label opens (`forum_field_line`)."""
    return _panel_field(b) or forum_field_line(b)


def _drop_panels_below(blocks: list[_Block], posts: list[list[int]]) -> None:
    """The poster's panel printed under a post's text (phpBB 3's prosilver copied as text: the
    name, a rank, "Posts: 212", "Joined: ...", "Location: ..."), PANEL_BELOW_MIN_FIELDS fields
    of it or more after the post's first paragraph, and everything under it to the next post
    (the signature, "Top"): BOILERPLATE, PANEL_BELOW_REASON, and out of the post, the name and
    rank lines right over the first field with it. A new user's phpBB thread kept the rank "Site
    Admin" and two signatures as the posts' text."""
    for post in posts:
        text = next((n for n, j in enumerate(post) if blocks[j].kind == BODY and blocks[j].sentence_end), -1)
        fields = [n for n, j in enumerate(post) if n > text >= 0 and _field_line(blocks[post[n]])]
        if len(fields) < PANEL_BELOW_MIN_FIELDS:
            continue
        start = fields[0]
        while start - 1 > text and _panel_part(blocks[post[start - 1]]) and fields[0] - start < PANEL_MAX_LINES - 1:
            start -= 1  # (the name and the rank over the first field)
        for j in post[start:]:
            if blocks[j].kind != TITLE and not blocks[j].reason.startswith(POST_HEADER_REASON):
                blocks[j].kind, blocks[j].reason = BOILERPLATE, PANEL_BELOW_REASON
        post[:] = post[:start]


def _keep_post_texts(blocks: list[_Block], posts: list[list[int]], posters: list[str]) -> None:
    """Each of a thread's `posts` (its blocks' indices; `posters`: each one's poster, '' when
    unknown) from its head: its poster's name line and a reply's subject are its header's
    (BOILERPLATE, POST_HEADER_REASON), the starter's subject its heading (`_post_subject`), and
    its blocks with a sentence's end that the block model or their place dropped are BODY,
    FORUM_POST_REASON, down to its first block of furniture after its text."""
    for n, post in enumerate(posts):
        run = False
        for j in post:
            b = blocks[j]
            if not run and b.kind in INDEXED_KINDS and _panel_name_line(b, posters[n]):
                b.kind, b.reason = BOILERPLATE, POST_HEADER_REASON
            elif not run and _post_subject(b):
                # (vBulletin prints a post's subject at the head of its text, under the panel:
                # the starter's is the post's heading, a reply's "Re: TITLE" its header's)
                b.kind, b.reason = (BOILERPLATE, POST_HEADER_REASON) if n else (HEADING, POST_SUBJECT_REASON)
            elif b.kind in INDEXED_KINDS:
                run = True
            elif _vague_drop(b) and (run or b.words > POST_HEADER_LINE_WORDS or j == post[0]) and _cut_to_sentence(b):
                # (a short reply right under its header is the post: "Same here.")
                b.kind, b.reason, run = BODY, FORUM_POST_REASON, True
            elif run:
                break  # the post's text ends at its first block of furniture (a panel, a "Top")


def _panel_name_line(b: _Block, poster: str) -> bool:
    """Whether `b`, under a post's header and over its text, is its poster's name line of the
    panel (`_panel_part`), the name `poster` with a rank after it or not ("Ndapewa Member", kept
    as a heading over the post: trial 60's vBulletin thread)."""
    return bool(poster) and _panel_part(b) and b.text.strip().startswith(poster)


def _fill_posts(blocks: list[_Block], posts: list[list[int]]) -> None:
    """The blocks of each of a thread's `posts` between two of its text blocks (BODY) that were
    dropped for no named reason (`_vague_drop`) or as a list's short lines (`_IN_POST_DROPS`)
    are BODY, FORUM_POST_REASON: a post's text runs from its first paragraph to its last (trial
    23: a question's list of what was tried, dropped as a menu between its paragraphs)."""
    for post in posts:
        kept = [j for j in post if blocks[j].kind == BODY]
        for j in range(kept[0] + 1, kept[-1]) if kept else ():
            b = blocks[j]
            if _vague_drop(b) or (b.kind == BOILERPLATE and b.reason.startswith(_IN_POST_DROPS)):
                b.kind, b.reason = BODY, FORUM_POST_REASON


def _cut_to_sentence(b: _Block) -> bool:
    """Whether the block `b` of a post holds a sentence's end: then it is cut after its last line
    that ends one (what follows it, a line of the poster's things or "see my profile", is the
    signature that had it dropped: trial 23, "9 m² Flachkollektor, ... – Anlagendaten siehe
    Profil" under a post's prose)."""
    last = next((k for k in range(len(b.lines) - 1, -1, -1) if _SENT_END.search(b.lines[k])), -1)
    if last < 0:
        return False
    if last < len(b.lines) - 1:
        b.lines = b.lines[: last + 1]
        b.text = "\n".join(b.lines)
        _measure(b)
    return True


def _finish_thread(blocks: list[_Block], posters: dict[int, str], posts: list[list[int]]) -> None:
    """The thread's furniture among and above its `posts` (under the headers `posters`): adverts
    between posts, signatures printed once, the posters of the posts, the thread's title, and
    the board's blocks above the first post when a reply's subject or the first post's number
    shows the thread's layout (trial 48: Discourse's category and its blurb, kept as the lead)."""
    heads = list(posters)
    _drop_thread_adverts(blocks, posts)
    _drop_lone_signatures(blocks, posts, list(posters.values()))
    _drop_post_numbers(blocks, heads[0])
    _mark_posters(blocks, posters, posts)
    subject = _thread_subject(blocks, heads)
    _mark_thread_title(blocks, heads[0], subject)
    if (subject or _FIRST_POST_NUMBER.search(blocks[heads[0]].text.strip())) and posts[-1]:
        _drop_above_thread(blocks, heads[0])


# the end of a thread's first post's header that numbers it ("... 3:14am 1", Discourse's): what
# is above it is the board's, as a reply's subject shows for a board without numbers
_FIRST_POST_NUMBER = re.compile(r"\s#?1$")


def _comments_as_thread(blocks: list[_Block], heads: list[int]) -> bool:
    """Whether the posts under the headers `heads` are an article's comments laid out as a forum's
    (`article_above`): then they stay as the tail's rules left them, the article keeps its own
    title, and no commenter is the page's byline (each header BOILERPLATE, POST_HEADER_REASON)."""
    if not article_above(blocks, heads[0]):
        return False
    for i in heads:
        blocks[i].kind, blocks[i].reason = BOILERPLATE, POST_HEADER_REASON
    return True


def article_above(blocks: list[_Block], first: int) -> bool:
    """Whether more than ABOVE_THREAD_MAX_PROSE paragraphs (a sentence's end,
    ABOVE_THREAD_PROSE_WORDS+ words, printed once: not the thread's subject, which its replies'
    "Re: SUBJECT" print again) are kept above a thread's first post (its header at block
    `first`): an article over its comments, laid out as a forum's posts (a club's news item
    under "Kommentare": "von NAME am DATE", "Re: SUBJECT"), whose title stays the article's,
    never the first comment's subject (trial 37). A board's advert, description and subject
    lines above a thread are fewer (trial 40's phpBB thread)."""
    kept = [
        b
        for b in blocks[:first]
        if b.kind in INDEXED_KINDS and b.kind != TITLE and b.sentence_end and b.words >= ABOVE_THREAD_PROSE_WORDS
    ]
    if len(kept) <= ABOVE_THREAD_MAX_PROSE:
        return False
    printed = Counter(bare_subject(b.text) for b in blocks if len(b.lines) == 1)  # (a reply's "Re: X" prints X)
    prose = sum(1 for b in kept if printed[bare_subject(b.text)] < 2)
    return prose > ABOVE_THREAD_MAX_PROSE


# A post's number with its board's word for a post before it, alone on its line ("Beitrag #3",
# "Post #12", "Сообщение #4", "Odpowiedź #2"): a one-word label of letters in any script.
_LABELLED_POST_NUMBER = re.compile(r"^[^\W\d_]{2,20}:? ?# ?\d{1,6}$")


def _drop_post_numbers(blocks: list[_Block], first: int) -> None:
    """From a thread's first post's header (block `first`) on, a block of a post's number alone,
    bare or under its label (`_POST_NUMBER`, `_LABELLED_POST_NUMBER`), kept as text: BOILERPLATE,
    POST_NUMBER_REASON (the wild corpus's Forumotion thread: "Beitrag #3" kept as body)."""
    for b in blocks[first:]:
        text = " ".join(b.text.split())
        if b.kind in INDEXED_KINDS and (_POST_NUMBER.match(text) or _LABELLED_POST_NUMBER.match(text)):
            b.kind, b.reason = BOILERPLATE, POST_NUMBER_REASON


def _thread_posters(blocks: list[_Block]) -> dict[int, str]:
    """{block index: poster} of the lines of one block that are a forum post's author line
    (`forum_post_header`), none in a shop's customer reviews (a reviewer's "Von NAME am DATE"); or
    a header of the post's time and subject that names no poster (phpBB 2's "Posted: DATE  Post
    subject: ...", `forum_post_stamp`), its poster the name over its panel (`_panel_poster`, ''
    when none is found)."""
    reviews = next((i for i, b in enumerate(blocks) if b.signal.startswith(REVIEWS_REASON)), len(blocks))
    heads: dict[int, str] = {}
    stamps: set[str] = set()
    for i, b in enumerate(blocks[:reviews]):
        if len(b.lines) != 1 or b.reason == CUSTOMER_REVIEW_REASON:
            continue
        if name := forum_post_header(b.text):
            heads[i] = name
        elif ":" in b.text and forum_post_stamp(b.text) and b.text.strip() not in stamps:
            # (the same stamp twice is a page's date line printed at its top and its end)
            stamps.add(b.text.strip())
            heads[i] = _panel_poster(blocks, i)
    return heads


# phpBB 2's column header over the first post ("Author Message", in its language packs): no name
_COLUMN_HEADER = re.compile(
    r"^(?:author|auteur|autor|autore|szerző|tekijä|författare|forfatter|автор)\s+"
    r"(?:message|nachricht|mensaje|messaggio|bericht|wiadomość|mensagem|post|beitrag|сообщение|viesti|meddelande|"
    r"besked|zpráva|üzenet)$",
    re.I,
)
PANEL_MAX_LINES = 4  # a name, a rank, a title, an avatar's text
PANEL_MAX_BLOCKS = 6
PANEL_FIELD_MAX_WORDS = 8  # a field: "Inscrit le: 02 Fév 2006", "Joined: Tue Mar 14, 2023 9:02 pm"


def _panel_poster(blocks: list[_Block], head: int) -> str:
    """The poster of a post whose header names none (phpBB 2's, at block `head`): the first line
    of the panel right above the header (its fields, `_panel_field`, and blocks of up to
    PANEL_MAX_LINES short lines without a sentence's end: the name, the rank) that can be a
    name: no field, no column header ("Author Message"), no post tool ("Top", `_post_tools`).
    '' when there is none."""
    start = head
    while start > 0 and head - start < PANEL_MAX_BLOCKS and _panel_part(blocks[start - 1]):
        start -= 1
    end = head + 1  # vBulletin's panel is under its header
    while end < len(blocks) and end - head <= PANEL_MAX_BLOCKS and _panel_part(blocks[end]):
        end += 1
    for b in [*blocks[start:head], *blocks[head + 1 : end]]:
        for line in b.lines:
            text = " ".join(line.split())
            if (
                text
                and "\t" not in line
                and ":" not in text
                and len(text.split()) <= PANEL_NAME_WORDS
                and not _COLUMN_HEADER.match(text)
                and not _post_tools(text)
                and not _FORUM_LABEL_LINE.match(text)
                and not _FORUM_FIELD.match(text)
            ):
                return _RANK_AFTER_NAME.sub("", text) or text
    return ""


PANEL_NAME_WORDS = 3
# a board's default rank after the poster's name on its line ("HennieK Junior Member": the name is
# "HennieK"; `chromewords.FORUM_RANKS`)
_RANK_AFTER_NAME = re.compile(rf"(?<=\S)\s+(?:{chromewords.labels(chromewords.FORUM_RANKS)})$", re.I)


def _panel_part(b: _Block) -> bool:
    """Whether `b` may be part of a poster's panel: a field (`_panel_field`) or up to
    PANEL_MAX_LINES lines of PANEL_LINE_WORDS words at most (a field's with a colon,
    PANEL_FIELD_MAX_WORDS), without a sentence's end."""
    short = len(b.lines) <= PANEL_MAX_LINES and all(
        len(ln.split()) <= (PANEL_FIELD_MAX_WORDS if ":" in ln else PANEL_LINE_WORDS) for ln in b.lines
    )
    labelled = len(b.lines) == 1 and FORUM_SUBJECT_LINE.match(" ".join(b.text.split()))
    return _panel_field(b) or (short and not b.sentence_end) or bool(labelled)


# A row of a post's tools (`chromewords.FORUM_POST_TOOLS`: "Back to top", "Zitieren", "Voir le
# profil de l'utilisateur Envoyer un message privé"), set apart by spaces, bars or bullets.
_TOOL = rf"(?:{chromewords.labels(chromewords.FORUM_POST_TOOLS)})"
_POST_TOOLS = re.compile(rf"^[\[(]?{_TOOL}[\])]?(?:\s*[|·•]?\s*[\[(]?{_TOOL}[\])]?)*$", re.I)
POST_TOOLS_MAX_CHARS = 120
POST_TOOLS_REASON = "forum post tools ('{}')"


def _post_tools(text: str) -> bool:
    """Whether `text` (single-spaced) is a row of a forum post's tools alone (`_POST_TOOLS`)."""
    return len(text) <= POST_TOOLS_MAX_CHARS and bool(_POST_TOOLS.match(text))


def _one_line(line: str) -> str:
    """`line` with its white space collapsed."""
    return " ".join(line.split())


# The heading of a board's list of other threads (`chromewords.SIMILAR_TOPICS`), alone on its line
_SIMILAR_TOPICS = re.compile(rf"^(?:{chromewords.labels(chromewords.SIMILAR_TOPICS)})\s*:?$", re.I)
SIMILAR_TOPICS_REASON = "the board's list of other threads (from '{}')"


def _drop_thread_furniture(blocks: list[_Block], heads: list[int], cell: Callable[[str], str] = _one_line) -> None:
    """A forum thread's furniture from its first post's header (`heads[0]`) on: a row of a post's
    tools ("Back to top", "Quote", "Report post", `_post_tools`) kept as text is BOILERPLATE,
    POST_TOOLS_REASON; the board's list of other threads under the last post's header, from its
    heading on ("Similar topics", "Ähnliche Themen", "Sujets similaires", `_SIMILAR_TOPICS`), is
    BOILERPLATE, SIMILAR_TOPICS_REASON (trial 25: a French phpBB 2 thread kept both). `cell`: a
    block's first line as the rules read it (the HTML path's takes the extractor's table bars off)."""
    similar = ""
    for j in range(heads[0], len(blocks)):
        b = blocks[j]
        first = cell(b.lines[0]) if b.lines else ""
        if not similar and j > heads[-1] and _SIMILAR_TOPICS.match(first):
            similar = first.rstrip(" :")
        if b.kind not in INDEXED_KINDS or b.kind == TITLE:
            continue
        if similar:
            b.kind, b.reason = BOILERPLATE, SIMILAR_TOPICS_REASON.format(similar)
        elif len(b.lines) == 1 and _post_tools(first):
            b.kind, b.reason = BOILERPLATE, POST_TOOLS_REASON.format(first)


def _mark_posters(blocks: list[_Block], posters: dict[int, str], posts: list[list[int]]) -> None:
    """The first post's header is the page's byline (STARTER_REASON, where it was read as a date
    line: "von NAME am DATE"), each post's body blocks (`posts`, in the order of the headers
    `posters`) are its poster's (`extra["speaker"]`), and a byline under the first post's header is none of the page's
    (LATER_BYLINE_REASON: a reply's "By NAME", a board's sponsored slot "von Gesponserte Inhalte")."""
    heads = list(posters)
    first = blocks[heads[0]]
    if numbered_reply_header(first.text):  # "Reply #1 - NAME - DATE": the first reply's, not the starter's
        first.kind, first.reason = BOILERPLATE, POST_HEADER_REASON
        first.extra.pop("author", None)
    elif first.kind != BYLINE and posters[heads[0]]:  # the starter's header, read as a date line by its date alone
        first.kind, first.reason = BYLINE, STARTER_REASON
        first.extra["author"] = posters[heads[0]]
    for i, post in zip(heads, posts, strict=True):
        for j in post:
            if blocks[j].kind == BODY and posters[i]:
                blocks[j].extra["speaker"] = posters[i]
    for b in blocks[heads[0] + 1 :]:
        if b.kind == BYLINE:
            b.kind, b.reason = BOILERPLATE, LATER_BYLINE_REASON


THREAD_TITLE_REASON = "the thread's subject (its first post's, or a reply's without its 'Re:')"
BOARD_NAME_REASON = "the board's name over a thread (the thread's subject is its title)"
ABOVE_THREAD_REASON = "forum furniture above the thread's first post (a board's notice, an advert)"
THREAD_ADVERT_REASON = "advert between a thread's posts (under its label)"
ABOVE_THREAD_MAX_PROSE = 3  # a notice, an advert, a welcome box; more is an article over its comments
# A paragraph's words at least; nor is a line printed twice one: the thread's subject, asked as
# a question over its first post and over the list ("Sani Pass in a stock Hilux in July?",
# trial 40's phpBB thread), is no article's paragraph
ABOVE_THREAD_PROSE_WORDS = 8


def _thread_subject(blocks: list[_Block], heads: list[int]) -> str:
    """The subject of a thread whose posts open with a header (`heads`, their author lines): the
    first reply's subject line right above its header ("Re: TITLE", `_REPLY_SUBJECT`), its prefix
    dropped and its spacing single, when the same subject stands alone on a line above the first
    post's header (the thread's own heading); '' when there is none. A reply's subject proves
    that a post's header stands over its text (phpBB's layout), and that the thread is a forum's
    rather than an article's comments."""
    above = blocks[heads[0] - 1] if heads[0] else None
    labelled = above is not None and len(above.lines) == 1 and FORUM_SUBJECT_LINE.match(" ".join(above.text.split()))
    if stamped := forum_post_stamp_subject(blocks[heads[0]].text) or (labelled and labelled.group("subject")):
        # (phpBB 2's header holds its subject, subSilver2's stands over it)
        subject = bare_subject(stamped)
        return subject if any(_first_line_is(b, subject) for b in blocks[: heads[0]]) else ""
    for i in heads[1:]:
        above = blocks[max(_over_tools(blocks, i), 0)]
        if len(above.lines) == 1 and above.words <= REPLY_SUBJECT_MAX_WORDS and _REPLY_SUBJECT.match(above.text):
            subject = bare_subject(above.text)
            if any(" ".join(b.text.split()) == subject for b in blocks[: heads[0]]):
                return subject
            return ""
    return ""


TOOLS_ROW_MAX_WORDS = 2  # a post's button over its header in a language of no table: "Citovat", "Idézet"


def _over_tools(blocks: list[_Block], head: int) -> int:
    """The index of the block over a post's header at block `head`, past one row of the post's
    tools between them (phpBB 3's "Quote" button row, prosilver's: `_post_tools`, or one line of
    up to TOOLS_ROW_MAX_WORDS words without a digit or a sentence's end, the button in a language
    pack of no table: cs "Citovat"); -1 when there is none."""
    k = head - 1
    if k > 0 and len(blocks[k].lines) == 1 and blocks[k].kind != TITLE:
        text = " ".join(blocks[k].text.split())
        button = blocks[k].words <= TOOLS_ROW_MAX_WORDS and not _DIGIT.search(text) and not blocks[k].sentence_end
        if _post_tools(text) or button:
            k -= 1
    return k


def _own_subject_line(b: _Block) -> bool:
    """Whether `b` can be a post's own subject line: one line of POST_SUBJECT_MIN_WORDS to
    REPLY_SUBJECT_MAX_WORDS words, no sentence's end but a question's, no panel field."""
    if len(b.lines) != 1 or not POST_SUBJECT_MIN_WORDS <= b.words <= REPLY_SUBJECT_MAX_WORDS or _panel_field(b):
        return False
    text = b.text.strip()
    return text.endswith(("?", "？", "؟")) or not _SENT_END.search(text)


def _first_post_subject(blocks: list[_Block], first: int, title: _Block | None) -> int:
    """The index of the thread's first post's own subject over its header at block `first`
    (past a row of its tools, `_over_tools`), -1 when there is none: a subject line
    (`_own_subject_line`) that holds HEADLINE_SHARED_WORDS of the thread title's words and says
    more than the title (phpBB 3 prints the opening post's subject, often longer than the
    topic's, over its "Quote" button and header: trial 61's Czech thread dropped "Kachlová kamna
    po dědovi na chalupě u Telče – přestavět na akumulační, nebo zbourat a dát krbovku?" as the
    board's furniture). A board's notice there shares too few of the title's words."""
    k = _over_tools(blocks, first)
    if title is None or k < 0 or blocks[k] is title or not _own_subject_line(blocks[k]):
        return -1
    words = {w.casefold() for w in _WORD.findall(blocks[k].text)}
    titled = {w.casefold() for w in _WORD.findall(title.text)}
    if not titled or words <= titled or len(words & titled) < HEADLINE_SHARED_WORDS * len(titled):
        return -1
    return k


def _first_line_is(b: _Block, subject: str) -> bool:
    """Whether block `b` is the thread's `subject` alone, or opens with it over short lines
    without a sentence (phpBB 2's topic over its breadcrumb: "Topic" / "Board Index -> Forum")."""
    if not b.lines or " ".join(b.lines[0].split()) != subject:
        return False
    return len(b.lines) == 1 or not _SENT_END.search(" ".join(b.lines[1:]))


def _drop_above_thread(blocks: list[_Block], first: int) -> None:
    """What is kept above a forum thread's first post (its header at block `first`) besides its
    title is the board's: a notice ("Holiday toy run: ..."), a welcome box for guests, an advert,
    the moderator's line, "Post Reply / 6 posts", the subject over the first post again:
    BOILERPLATE, ABOVE_THREAD_REASON (the caller asks first that no article stands there,
    `article_above`). Trial 20: a board's notice kept as the thread's lead."""
    title = next((b for b in blocks[:first] if b.kind == TITLE), None)
    own = _first_post_subject(blocks, first, title)
    if own >= 0:
        blocks[own].kind, blocks[own].reason = HEADING, POST_SUBJECT_REASON
    kept = [b for k, b in enumerate(blocks[:first]) if b.kind in INDEXED_KINDS and b.kind != TITLE and k != own]
    top = blocks[_first_line(blocks)] if blocks else None
    for b in kept:
        if title is not None and title is top and _shows_headline(b, title):
            # the thread's headline shown under a <title> line taken for the title (trial 40); a
            # title shown on its own line needs no other ("Autor Wątek: TITLE (Przeczytany 3412
            # razy)", SMF's column header, was kept so: a new user's Polish thread)
            continue
        b.kind, b.reason = BOILERPLATE, ABOVE_THREAD_REASON


HEADLINE_SHARED_WORDS = (
    0.6  # of a shown headline's words in the title ("... after 2.4 update" / "... since the 2.4.0 update")
)


def _shows_headline(b: _Block, title: _Block) -> bool:
    """Whether `b`, one line without a sentence's end, is the page's headline as shown: most of
    its words (HEADLINE_SHARED_WORDS) are the TITLE block's, a <title> line's reworded."""
    if len(b.lines) != 1 or b.sentence_end:
        return False
    words = {w.casefold() for w in _WORD.findall(b.text)}
    shared = words & {w.casefold() for w in _WORD.findall(title.text)}
    return bool(words) and len(shared) >= HEADLINE_SHARED_WORDS * len(words)


def _drop_thread_adverts(blocks: list[_Block], posts: list[list[int]]) -> None:
    """A forum's advert between its posts, a pseudo-post under an advert's label ("Sponsored",
    "Anzeige", "Publicidad": patterns.ADVERT_REASON) in the span of a post: the label and the
    blocks after it up to the next post's header are the board's, never the post's text
    (BOILERPLATE, THREAD_ADVERT_REASON)."""
    for post in posts:
        label = next((k for k, j in enumerate(post) if blocks[j].reason.startswith(ADVERT_REASON)), -1)
        if label < 0:
            continue
        for j in post[label + 1 :]:
            if blocks[j].kind in INDEXED_KINDS:
                blocks[j].kind, blocks[j].reason = BOILERPLATE, THREAD_ADVERT_REASON


def _mark_thread_title(blocks: list[_Block], first: int, subject: str = "") -> None:
    """The title of a forum thread copied as text (posts from block `first` on): its subject.
    A title that is a reply's subject ("Re: TITLE", `_REPLY_SUBJECT`: a copy that starts at a
    reply's subject) loses its prefix; a thread without a title gets the first reply subject's,
    its prefix dropped, on the first post's subject line when that line says the same (it is
    then that block, TITLE), else on that reply subject's block. Trial 16: a thread indexed
    without a title, "no headline found". The subject's own prefix is dropped from the title
    because a search shows the title over each post's hits (all of them the thread's)."""
    title = next((b for b in blocks if b.kind == TITLE), None)
    if title is not None and subject and subject.casefold() not in " ".join(title.text.split()).casefold():
        # the board's name taken as the headline ("Tidewater Boards"): the thread's own heading is
        own = next(b for b in blocks[:first] if _first_line_is(b, subject))
        _to_subject(own)
        title.kind, title.reason = BOILERPLATE, BOARD_NAME_REASON
        own.kind, own.reason = TITLE, THREAD_TITLE_REASON
        title = own
    if title is not None and subject and " ".join(title.text.split()) != subject and title is blocks[0]:
        title.extra["headline"] = subject  # the <title> line "BOARD • View topic - SUBJECT": the subject
    if title is None and subject:  # (the subject a phpBB 2 header holds, over its breadcrumb)
        title = next(b for b in blocks[:first] if _first_line_is(b, subject))
        _to_subject(title)
        title.kind, title.reason = TITLE, THREAD_TITLE_REASON
    if title is None:
        subject_line = next(
            (
                b
                for b in blocks[first:]
                if len(b.lines) == 1 and b.words <= REPLY_SUBJECT_MAX_WORDS and _REPLY_SUBJECT.match(b.text)
            ),
            None,
        )
        if subject_line is None:
            return
        above = blocks[first - 1] if first > 0 else None
        same = above is not None and len(above.lines) == 1 and _same_subject(above.text, subject_line.text)
        title = above if same and above is not None else subject_line
        title.kind, title.reason = TITLE, THREAD_TITLE_REASON
    if len(title.lines) == 1 and (labelled := FORUM_SUBJECT_LINE.match(" ".join(title.text.split()))):
        title.text = labelled.group("subject")  # subSilver2's "Post subject: TITLE" read as the headline
        title.lines = [title.text]
        _measure(title)
    if len(title.lines) == 1 and _REPLY_SUBJECT.match(title.text):
        title.text = _REPLY_PREFIX.sub("", title.text.strip())
        title.lines = [title.text]
        _measure(title)


def _to_subject(b: _Block) -> None:
    """Block `b` cut to its first line, the thread's subject (the breadcrumb under it goes)."""
    if len(b.lines) > 1:
        b.lines = b.lines[:1]
        b.text = b.lines[0]
        _measure(b)


def bare_subject(text: str) -> str:
    """A thread's subject line without its reply prefix ("Re: ", `_REPLY_PREFIX`), single-spaced."""
    return " ".join(_REPLY_PREFIX.sub("", text.strip()).split())


def _same_subject(a: str, b: str) -> bool:
    """Whether two subject lines name the same thread, reply prefixes ("Re:") and spacing aside."""
    return bare_subject(a) == bare_subject(b)


def _vague_drop(b: _Block) -> bool:
    """Whether `b` was dropped by the block model or by its place alone, with no signal."""
    return (
        b.kind == BOILERPLATE
        and (b.reason.startswith(OUTSIDE_REASON) or b.reason.endswith("(block model)"))
        and not b.reason.startswith(("teaser list;", "comment thread"))
    )


SIGNATURE_LINE_MAX_WORDS = 30
SIGNATURE_TAIL_BLOCKS = 3  # below the last post: its signature's lines, as many as a poster's panel
# A signature's own delimiter on a line of its own: Usenet's and e-mail's "-- " (RFC 3676, 4.3),
# vBulletin's row of underscores and SMF's "Logged" under each post (pl "Zapisane", de
# "Gespeichert", fr "Journalisé", nl "Gelogd", pt "Registrado", ru "Записан"). What follows it in
# its post is the poster's signature, printed under each of their posts, also when it is printed
# once (trial 16).
_SIGNATURE_DELIMITER = re.compile(
    r"^(?:--|_{10,}|logged|zapisane|gespeichert|journalisé|journalisée|gelogd|registrado|записан)$", re.I
)
SIGNATURE_DELIMITER_REASON = "forum signature (under its '-- ' or '____' line)"


def _drop_signatures(blocks: list[_Block], posts: list[list[int]], tail: Iterable[int] = ()) -> None:
    """The signatures in a thread's `posts` (each a list of block indexes): what follows a
    signature's own delimiter (`_SIGNATURE_DELIMITER`), SIGNATURE_DELIMITER_REASON; then a line of
    up to SIGNATURE_LINE_MAX_WORDS words under two or more posts, a poster's signature (a quote,
    their bikes, a link) or the forum's furniture printed with each post, SIGNATURE_REASON. Each
    ends its block where it starts (`_end_posts_at`: a signature ends its post, and what follows
    it in the block is the page's, "Post Reply", "Jump to"). The blocks of `tail`, below the last
    post, count as its own: its signature is no sentence, which ends the post there (trial 23:
    the starter's sign-off and motto under their first and last posts, kept under the first)."""
    _end_posts_at(blocks, posts, lambda ln: bool(_SIGNATURE_DELIMITER.match(ln.strip())), SIGNATURE_DELIMITER_REASON)
    for post in posts:
        _drop_under_delimiter(blocks, post)
    counts: Counter[str] = Counter()
    posts = [*posts[:-1], [*posts[-1], *tail]]
    for post in posts:
        counts.update({" ".join(ln.split()) for j in _unquoted(blocks, post) for ln in blocks[j].lines if ln.strip()})
    sig = {ln for ln, n in counts.items() if n >= 2 and len(ln.split()) <= SIGNATURE_LINE_MAX_WORDS}
    if sig:
        _end_posts_at(blocks, posts, lambda ln: " ".join(ln.split()) in sig, SIGNATURE_REASON, vague_too=True)


def _unquoted(blocks: list[_Block], post: list[int]) -> list[int]:
    """The blocks of a `post` (block indexes) that quote no earlier post: not a quote's opening
    ("NAME wrote:", "Originally Posted by NAME": `_quote_opening`) nor a block right under one. A
    quoted line is under two posts, the quoted one and the reply, but it is no signature (trial
    60: the starter's question quoted in a reply cut the starter's list of questions there)."""
    return [j for j, _, opening, _, quoting in _quote_walk(blocks, post) if not (opening or quoting)]


def _signature_sized(lines: Sequence[str]) -> bool:
    """Whether `lines`, under a signature's delimiter, are as many and as short as a signature's:
    SIGNATURE_TAIL_LINES lines at most, each of SIGNATURE_LINE_MAX_WORDS words at most (a motto,
    a link, a list; an article's notes under a rule go on longer)."""
    return len(lines) <= SIGNATURE_TAIL_LINES and all(len(ln.split()) <= SIGNATURE_LINE_MAX_WORDS for ln in lines)


def _drop_under_delimiter(blocks: list[_Block], post: list[int]) -> None:
    """The blocks of a `post` (block indexes) under a block that is its signature's delimiter
    alone: BOILERPLATE, SIGNATURE_DELIMITER_REASON, when they hold up to SIGNATURE_TAIL_LINES short
    lines (SIGNATURE_LINE_MAX_WORDS words) before the post's end or its next dropped block (a
    dump that puts each of a signature's lines in a block of its own: trial 48, vBulletin's
    "__________________" over a two-line signature kept under every post); more is the post's."""
    rule = next((n for n, j in enumerate(post) if _SIGNATURE_DELIMITER.match(blocks[j].text.strip())), -1)
    if rule < 0:
        return
    run: list[int] = []
    for j in post[rule + 1 :]:
        if blocks[j].kind not in INDEXED_KINDS:
            break
        run.append(j)
    if not _signature_sized([ln for j in run for ln in blocks[j].lines if ln.strip()]):
        return
    for j in run:
        blocks[j].kind, blocks[j].reason = BOILERPLATE, SIGNATURE_DELIMITER_REASON


def _end_posts_at(
    blocks: list[_Block], posts: list[list[int]], opens: Callable[[str], bool], reason: str, vague_too: bool = False
) -> None:
    """Each block of a thread's `posts` cut at its first line that `opens` a signature: a kept
    block opening with one is BOILERPLATE, `reason`; a kept block (or, `vague_too`, one dropped
    for no named reason, `_vague_drop`) with one after its own lines ends before it."""
    for post in posts:
        for j in post:
            b = blocks[j]
            if b.kind == TITLE and not _REPLY_SUBJECT.match(b.text):
                continue  # (the thread's headline, printed again over its first post, is no signature)
            cut = next((k for k, ln in enumerate(b.lines) if opens(ln)), -1)
            if cut == 0 and b.kind in INDEXED_KINDS:
                b.kind, b.reason = BOILERPLATE, reason
            elif cut > 0 and (b.kind in INDEXED_KINDS or (vague_too and _vague_drop(b))):
                b.lines = b.lines[:cut]
                b.text = "\n".join(b.lines)
                _measure(b)


LONE_SIGNATURE_REASON = "forum signature (a post's last line: the poster's sign-off, a motto, a list, 'no PMs')"
# A signature's shapes on a post's last line, printed once: a quoted motto with its source after
# a dash ('"Measure twice, cut once." - my grandad'); a list of the poster's things parted by
# pipes ("2014 Golf | 1998 Vespa | Canon AE-1"); the poster's own name opening it before a dash
# ("Gruß Kai – ...", "Don Rigo — 35 años ...": `_signs_off`); an offer or a refusal of private
# messages (chromewords.offers_private_messages: "PM me for parts", "пишите в личку"); a
# disclaimer of the post's advice (chromewords.disclaims_advice: "keine Ferndiagnose", "not legal
# advice"); the line a posting app prints (chromewords.posting_client_line: "Sent from my iPhone
# using Tapatalk").
_MOTTO = re.compile(r"^[\"'“”„«»‹›‚‘’][^\"“”„«»]{2,160}[\"'“”«»‹›’]\s?[-–—]\s?\S")
SIGNATURE_PIPES = 2
SIGN_OFF_WORDS = 3  # the words before the dash of a sign-off: a greeting and the poster's name


def _name_parts(poster: str) -> set[str]:
    """The words of a poster's handle, lower case, of 3 letters or more: "Don_Rigo" -> don,
    rigo; "ElmStreetEd" -> elm, street; "Bauherr_Kai" -> bauherr, kai."""
    words = re.findall(r"[A-ZÀ-Þ]?[a-zß-ÿ]+|[^\W\d_]+", poster)
    return {w.lower() for w in words if len(w) >= 3}


def _signs_off(line: str, poster: str) -> bool:
    """Whether `line` opens with the poster's own name (`_name_parts`) in its first SIGN_OFF_WORDS
    words, a dash right after them ("Gruß Kai – Baujahr 1998", "Don Rigo — 35 años")."""
    words = line.split()[: SIGN_OFF_WORDS + 1]
    dash = next((k for k, w in enumerate(words) if w in ("-", "–", "—", "|")), -1)
    parts = _name_parts(poster)
    return dash > 0 and any(w.strip(_LINE_STRIP).lower() in parts for w in words[:dash])


def _signature_line(line: str, poster: str) -> bool:
    """Whether a post's last line (single-spaced) is its poster's signature (`_MOTTO`, pipes,
    `_signs_off`, an offer or refusal of private messages, a disclaimer of advice, a posting
    app's line), SIGNATURE_LINE_MAX_WORDS words at most."""
    if len(line.split()) > SIGNATURE_LINE_MAX_WORDS:
        return False
    return bool(
        _MOTTO.match(line)
        or line.count(" | ") >= SIGNATURE_PIPES
        or _signs_off(line, poster)
        or chromewords.offers_private_messages(line)
        or chromewords.disclaims_advice(line)
        or chromewords.posting_client_line(line)
    )


def _drop_lone_signatures(blocks: list[_Block], posts: list[list[int]], posters: list[str]) -> None:
    """A signature printed under one post only (no "-- " over it, no twin under another post for
    `_drop_signatures`): the last line of a post's last kept block when it has a signature's
    shape (`_signature_line`) and the post keeps text above it; a block of that line alone is
    BOILERPLATE, LONE_SIGNATURE_REASON, else the block ends before it; never a line naming a
    poster of the thread by their handle (`_names_poster`: "kiln_fox, send me a PM if ..."). Trial 20: a poster's cars and motto, a workshop's sign-off and a "no questions by PN"
    line kept as posts' text; trial 23: a moderator's "keine Ferndiagnose" and a helper's "пишите
    в личку" glued to their posts' last lines."""
    for post, poster in zip(posts, posters, strict=True):
        kept = [j for j in post if blocks[j].kind == BODY]
        if not kept:
            continue
        b = blocks[kept[-1]]
        line = " ".join(b.lines[-1].split())
        if not _signature_line(line, poster) or _names_poster(line, posters):
            continue
        if len(b.lines) > 1:
            b.lines = b.lines[:-1]
            b.text = "\n".join(b.lines)
            _measure(b)
        elif len(kept) > 1:
            b.kind, b.reason = BOILERPLATE, LONE_SIGNATURE_REASON


CLIENT_LINE_REASON = "a posting app's line ('Sent from my iPhone using Tapatalk')"
SIGNATURE_TAIL_LINES = 3  # a signature's lines under its delimiter in a post's block (a motto, a link, a list)


def _signature_cut(lines: list[str]) -> int:
    """Where a block's signature starts (a line index), -1 when it has none: its last line when
    that is a posting app's (`chromewords.posting_client_line`), or its signature's delimiter
    (`_SIGNATURE_DELIMITER`: "-- ", a row of underscores) with one to SIGNATURE_TAIL_LINES short
    lines (SIGNATURE_LINE_MAX_WORDS words) after it (a rule alone is the article's own)."""
    if chromewords.posting_client_line(lines[-1]):
        return len(lines) - 1
    for k in range(max(0, len(lines) - SIGNATURE_TAIL_LINES - 1), len(lines)):
        rest = lines[k + 1 :]
        if rest and _SIGNATURE_DELIMITER.match(lines[k].strip()) and _signature_sized(rest):
            return k  # (rest has SIGNATURE_TAIL_LINES lines at most, by the range)
    return -1


def _delimited_signature(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is a signature set apart under its delimiter (a block of "-- " or a row
    of underscores alone, the splitter's own): at most SIGNATURE_TAIL_LINES short lines
    (SIGNATURE_LINE_MAX_WORDS words), text kept above the delimiter, and no text kept under it
    (the post's panel, the next post's header; an article's notes under a rule go on as text)."""
    b, rule = blocks[i], blocks[i - 1]
    if not _SIGNATURE_DELIMITER.match(rule.text.strip()) or not _signature_sized(b.lines):
        return False
    above = i > 1 and blocks[i - 2].kind in INDEXED_KINDS
    below = i + 1 < len(blocks) and blocks[i + 1].kind in (BODY, HEADING)
    return above and not below


def mark_client_lines(blocks: list[_Block]) -> None:
    """A post's signature glued to its text on any page, where no thread was found (HTML posts
    whose box names no signature, a thread copied as text without known post headers): a block
    kept as text cut before its signature (`_signature_cut`), or, when that is all it holds,
    BOILERPLATE, CLIENT_LINE_REASON (a posting app's line) or SIGNATURE_DELIMITER_REASON. An
    app's line, "-- " and a row of underscores over a few short lines never are an article's
    text (RFC 3676's delimiter; vBulletin's and phpBB's row; Tapatalk's and the phones' lines)."""
    for i, b in enumerate(blocks):
        if b.kind not in (BODY, HEADING, CAPTION) or not b.lines:
            continue
        if i > 0 and _delimited_signature(blocks, i):
            b.kind, b.reason = BOILERPLATE, SIGNATURE_DELIMITER_REASON
            continue
        cut = _signature_cut(b.lines)
        if cut < 0:
            continue
        if cut == 0:
            client = chromewords.posting_client_line(b.lines[-1])
            b.kind, b.reason = BOILERPLATE, CLIENT_LINE_REASON if client else SIGNATURE_DELIMITER_REASON
            continue
        b.lines = b.lines[:cut]
        b.text = "\n".join(b.lines)
        _measure(b)


def _names_poster(line: str, posters: list[str]) -> bool:
    """Whether `line` names a poster of the thread by their handle as written (case aside, 3
    characters or more): words to them ("kiln_fox, send me a PM if ..."), never a signature,
    which names its writer by their name ("Tom Brenner – ...", `_signs_off`) if at all."""
    folded = line.casefold()
    return any(len(name) >= 3 and name.casefold() in folded for name in posters)


_NUMBER_ALONE = re.compile(r"^\d{1,3}(?:[,.  ]\d{3})*$|^\d{1,6}$")


def _drop_numbers_alone(blocks: list[_Block]) -> None:
    """A block that is a number alone ("1", "1,377": a pager's page, a message count), kept only
    by the block model ("reads as article text among article text"): no article's text."""
    for b in blocks:
        if b.kind in (BODY, HEADING) and b.reason.endswith("(block model)") and _NUMBER_ALONE.match(b.text.strip()):
            b.kind, b.reason = BOILERPLATE, NUMBER_ALONE_REASON


CONSENT_BUTTON_REASON = f"{BUTTON_REASON} (of the consent form or placeholder above it)"
CONSENT_BUTTON_WORDS = 6  # "Zustimmen und Inhalt laden", "Accept and show content"


def _consent_button(b: _Block, above: _Block) -> bool:
    """Whether `b`, a short line (CONSENT_BUTTON_WORDS words, no sentence end) right under a
    consent form's text or an embed's placeholder, is its button ("Zustimmen und Inhalt laden":
    a new user's German sports page kept it as body, on a wild tuning page)."""
    if len(b.lines) != 1 or b.words > CONSENT_BUTTON_WORDS or b.sentence_end or b.text.rstrip().endswith(":"):
        return False  # ("Die wichtigsten Infos:" opens the article's list under an embed)
    return above.signal.startswith((CONSENT_REASON, EMBED_REASON))


def _signal_phrase(b: _Block) -> str:
    """The phrase a call to action's signal names ("call-to-action phrase 'anmelden'": anmelden),
    "" for none."""
    return b.signal.partition("'")[2].rstrip("'")


def _headline_of_report(blocks: list[_Block], i: int) -> bool:
    """Whether block `i`, a call to action's phrase, is a plain-text story's headline: the file's
    first block, one line, and the next a paragraph of prose that reports someone's words and
    holds the phrase too (Reuters-21578's "FIRST UNION <FUNC> STARTS INVESTMENT NEWSLETTER" over
    "First Union Corp said its Capital Management Group has begun publishing an investment
    newsletter ...")."""
    if i or len(blocks) < 2 or len(blocks[0].lines) != 1:
        return False
    phrase = _signal_phrase(blocks[0])
    lead = blocks[1]
    return bool(phrase) and _is_sentence_prose(lead) and phrase in lead.low and bool(_REPORTED_SPEECH.search(lead.text))


def _set_block_signal(blocks: list[_Block], i: int, snippets: set[int]) -> None:
    """Set the chrome signal of `blocks[i]` before the tail's kinds (`_text_signals`): a server
    error, a repeat, the rules' chrome phrases (`_chrome_signal`), a long snippet, a newsletter
    box's blurb; "" for none. A call to action's phrase in a line naming the page's own title
    is the headline's (`_repeats_page_title`; the block is then marked "names_page")."""
    b = blocks[i]
    if "server_error" in b.extra:
        signal = SERVER_ERROR_REASON
    else:
        signal = "repeats the block before it" if b.extra.get("repeat") else _chrome_signal(b)
    b.signal = signal  # (`_repeats_page_title` reads the phrase from it)
    if signal.startswith(CTA_REASON) and (_repeats_page_title(blocks, i) or _headline_of_report(blocks, i)):
        signal = ""  # "Sperrmüll anmelden": the page's own title, no link to sign in
        b.extra["names_page"] = "1"  # (so no newsletter box's title either, below)
    elif not signal and _newsletter_title(b) and _repeats_page_title(blocks, i):
        b.extra["names_page"] = "1"  # "Advent Newsletter: From the Rector": no weak CTA (`_weak_cta`)
    if not signal and i in snippets:
        signal = SNIPPET_REASON
    if not signal and i > 0 and _consent_button(b, blocks[i - 1]):
        signal = CONSENT_BUTTON_REASON
    if (
        not signal
        and i > 0
        and _newsletter_blurb(b)
        and _newsletter_title(blocks[i - 1])
        and "names_page" not in blocks[i - 1].extra  # a newsletter issue's own headline
    ):
        signal = f"newsletter sign-up (under '{_quoted(blocks[i - 1].text)}')"
    b.signal = signal


BOX_LABEL_WORDS = 2  # "Notice", "Aviso", "Bitte beachten"
PITCH_LABEL_MAX_WORDS = 4  # "Tips oss!", "Got a tip?", "Haben Sie einen Hinweis?"
PITCH_BOX_MAX_WORDS = 60


def _under_pitch_label(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is the text of a site's box under a pitch's label: the block over it a
    pitch of up to PITCH_LABEL_MAX_WORDS words (a call-to-action phrase, "Tips oss!") or such a
    box's text in turn, and `i` up to PITCH_BOX_MAX_WORDS words with a contact detail (an
    e-mail address, a telephone number: `_contact_detail`), the newsroom's own. Trial 61's
    Norwegian story kept "Har du en nyhet fra Vesterålen? Ring eller send SMS til vaktsjefen
    på 400 00 317 ..." under its dropped "Tips oss!" as the article's last paragraph."""
    above, b = blocks[i - 1], blocks[i]
    label = above.signal.startswith(PROMOTION_REASON) and above.words <= PITCH_LABEL_MAX_WORDS
    if not (label or "pitch_box" in above.extra) or b.words > PITCH_BOX_MAX_WORDS:
        return False
    return _contact_detail(b.text)


def _box_label(b: _Block) -> bool:
    """Whether `b` is a box's label alone: one line of up to BOX_LABEL_WORDS words, no sentence's
    end, no signal of its own, no kind decided."""
    return len(b.lines) == 1 and b.words <= BOX_LABEL_WORDS and not b.sentence_end and not b.signal and not b.kind


def _mark_tags_row_tail(blocks: list[_Block]) -> None:
    """A post's one tags row of hashtags (`textblocks._hashtag_row`) under text opens the page's
    tail: the notes, reblogs and the blogger's bio follow it (trial 60's Tumblr post). Not on a
    blog's front page of several posts, each with its own row."""
    rows = [i for i, b in enumerate(blocks) if b.signal == HASHTAG_ROW_REASON]
    if len(rows) == 1 and _text_before(blocks, rows[0]):
        blocks[rows[0]].tail = True


def _mark_site_boxes(blocks: list[_Block], i: int, prose_lang: bool) -> None:
    """Block `i`'s signal as a site's box the block over it opens: the text of a box under a
    pitch's label (`_under_pitch_label`); and a notice that the page is old, with its label over
    it (`_box_label`), left out of the article run's sums as a sign-up box is."""
    b = blocks[i]
    if i and not b.signal and _under_pitch_label(blocks, i):
        b.extra["pitch_box"] = blocks[i - 1].extra.get("pitch_box") or _quoted(blocks[i - 1].lines[0])
        b.signal = f"{PROMOTION_REASON} '{b.extra['pitch_box']}' (the box under a pitch's label)"
    if b.signal == OUTDATED_REASON:
        b.extra["notice_box"] = "1"
        if i and _box_label(blocks[i - 1]):
            blocks[i - 1].signal = f"{OUTDATED_REASON} (its label)"  # ("Aviso" over it: trial 61)
            blocks[i - 1].extra["notice_box"] = "1"
            _score(blocks[i - 1], prose_lang)


def _text_signals(blocks: list[_Block], prose_lang: bool) -> None:
    """Each block's chrome signal, tail and teaser-header marks, duplicates and value (`_score`)."""
    seen: dict[str, int] = {}
    cards = [i for i in range(1, len(blocks)) if _name_card_at(blocks, i)]
    snippets = _long_snippets(blocks)
    for i, b in enumerate(blocks):
        if "md" in b.extra:
            if not _blocks.is_comment_header(b.text):  # Markdown says what it is...
                b.kind, b.reason = HEADING, "Markdown heading"
                continue
            del b.extra["md"]  # ...but not which headings are the post's own: "### 3 comments" heads readers'
        _set_block_signal(blocks, i, snippets)
        _mark_site_boxes(blocks, i, prose_lang)
        first = b.lines[0]
        if AUTHOR_POSTS.match(first) and len(_WORD.findall(first)) <= AUTHOR_POSTS_WORDS:
            b.tail, b.signal = True, f"link to the author's posts ('{_quoted(first)}')"
            _mark_bio_above(blocks, i, prose_lang)
        elif (len(b.lines) == 1 and b.words <= 8 and _TEASER_START.match(first)) or _is_teaser_block(b):
            b.signal = f"teaser list ('{_quoted(first)}')"
            b.extra["teaser"] = "header"
        elif (
            (len(b.lines) == 1 and b.words <= 8 and _MORE_NEWS_START.match(first))
            or _is_ranked_list(b)
            or _is_related_block(b)
        ):
            b.signal = f"teaser list ('{_quoted(first)}')"
            b.extra["teaser"], b.extra["weighs"] = "header", "1"
        elif len(b.lines) == 1 and b.words <= 40 and _blocks.THREAD_TITLE.match(first):
            b.tail, b.signal = True, f"comment thread ('{_quoted(first)}')"
        elif _ends_with_author_posts(b) and b.words <= AUTHOR_BIO_MAX_WORDS and _text_before(blocks, i):
            _mark_author_box(blocks, i)
        elif cards == [i] and not b.signal and not blocks[i - 1].signal and _text_before(blocks, i - 1):
            _mark_name_card(blocks, i, prose_lang)
        elif _TAIL_START.match(first) and len(_WORD.findall(first)) <= 8:
            b.tail, b.signal = True, f"start of the page tail ('{_quoted(first)}')"
        elif _reviews_start(blocks, i):
            b.tail, b.signal = True, f"{REVIEWS_REASON} ('{_quoted(first)}')"
        elif b.words <= COMMENT_WIDGET_MAX_WORDS and "comment" in b.low and _COMMENT_WIDGET.search(b.text):
            b.tail, b.signal = True, f"start of the page tail (a comment widget: '{_quoted(b.text)}')"
        elif b.words <= AUTHOR_BIO_MAX_WORDS and (
            _byline_bio(blocks, i) or (not b.signal and _under_about_label(blocks, i))
        ):
            _mark_about_box(blocks, i)
        elif not b.signal and _author_tagline(b) and _text_before(blocks, i):
            _mark_author_box(blocks, i)
        elif b.signal == "legal notice" or b.signal.startswith(BLOG_TAIL_REASONS):
            b.tail = True
        elif b.signal == DISCLAIMER_REASON and _text_before(blocks, i):
            b.tail = True  # the site's note under the article closes it (a pharmacy's hours follow)
        key = b.text.casefold()
        if key in seen and not b.signal:
            b.extra["duplicate_of"] = str(seen[key])
        seen.setdefault(key, i)
        _score(b, prose_lang)
    _mark_tags_row_tail(blocks)


# A blog's sign-up box whose title and blurb name no newsletter ("Get the Journal by email" / "One
# practical email a month ...", "Einmal im Monat Post von NAME" / "... neue Beiträge direkt per
# E-Mail", "Pismo iz radionice" / "Jednom mjesečno šaljem ... bez spama"): a short title line, a
# blurb about mail (`chromewords.MAIL_BLURB_KEYS`) and the form right under it (its e-mail field,
# an address typed in as its placeholder, or its button). Trial 23: such boxes were the last
# paragraph of blog posts in English, German and Croatian; the form is what tells them from an
# article's last section.
MAIL_BOX_TITLE_WORDS = 10
MAIL_BOX_REASON = "newsletter sign-up (a title, a blurb about mail, the form under it)"
_MAIL_KEYS = chromewords.all_keys(chromewords.MAIL_BLURB_KEYS)
_EMAIL_ADDRESS = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


# A blurb that says how often the letter comes and that it is sent (`chromewords.RECURRENCE`,
# `chromewords.DELIVERY_KEYS`: "Cada viernes le enviamos las mejores crónicas ...", "Raz w
# tygodniu wysyłam krótki list ..."; trials 35 and 36, six pages): a sign-up box with or without
# its form in the dump, often between the article's paragraphs.
# Both in one language: Turkish "her" (every) and Polish "list" (letter) are English words too.
_DELIVERY_KEYS = chromewords.all_keys(chromewords.DELIVERY_KEYS)
_DELIVERY_LANGUAGES = chromewords.key_languages(chromewords.DELIVERY_KEYS)
_RECURRENCE = chromewords.compile_each(chromewords.RECURRENCE)


_CLAUSE_END = re.compile(r"(?<=[.!?。！？])\s+")


def _sent_every(b: _Block) -> bool:
    """Whether blurb `b` says that a letter is sent (`chromewords.DELIVERY_KEYS`) and how often
    (`chromewords.RECURRENCE`), both in the words of one language and in one sentence: a parish
    letter's donation note ("... diesem Pfarrbrief beigelegt haben. Jeder Euro hilft ...", trial
    37) names a letter and "every" in two."""
    if not _has_any(b.low, _DELIVERY_KEYS):
        return False
    for sentence in _CLAUSE_END.split(b.text):
        low = sentence.lower()
        langs = sorted({lang for key, found in _DELIVERY_LANGUAGES.items() if key in low for lang in found})
        if any(_RECURRENCE[lang].search(sentence) for lang in langs):
            return True
    return False


def _form_opens(b: _Block) -> bool:
    """Whether block `b`'s first line is a sign-up form's row: its e-mail field's label or its
    button (`captions._form_row`), or an e-mail address alone (the field's placeholder)."""
    line = b.lines[0].strip()
    return bool(_EMAIL_ADDRESS.match(line) or _form_row(line, len(line.split())))


def mark_mail_boxes(blocks: list[_Block], prose_lang: bool) -> None:
    """Mark a sign-up box of a short title line (MAIL_BOX_TITLE_WORDS, no sentence end), a blurb
    (`_newsletter_blurb`) with a word about mail (`chromewords.MAIL_BLURB_KEYS`) and a form
    opening the next block (`_form_opens`), or a blurb that says how often a letter is sent
    (`_sent_every`), form or none: title and blurb get MAIL_BOX_REASON as their chrome
    signal, before the author's bio above is read (`bios.mark_edge_bios`: such a box below a
    bio is no more of the article)."""
    for i in range(1, len(blocks) - 1):
        title, b = blocks[i - 1], blocks[i]
        if b.signal or b.kind or title.signal or title.kind or not _newsletter_blurb(b):
            continue
        if len(title.lines) != 1 or title.words > MAIL_BOX_TITLE_WORDS:
            continue
        every = _sent_every(b)  # (its box's title may be a question: "Ti è arrivata inoltrata?")
        if title.sentence_end and not (every and title.text.rstrip().endswith(("?", "？", "؟"))):
            continue
        if not (_form_opens(blocks[i + 1]) and _has_any(b.low, _MAIL_KEYS)) and not every:
            continue
        for box in (title, b):
            box.signal = MAIL_BOX_REASON
            _score(box, prose_lang)


# the number of customer reviews beside a shop's score ("38 Bewertungen", "126 reviews"): a
# critic's "Score 4.5 out of 5" under a news review has none, and the text goes on under it
_REVIEW_COUNT = re.compile(
    r"\b\d+\s(?:bewertungen|rezensionen|reviews|ratings|avis|opiniones|valoraciones|reseñas|recensioni|"
    r"beoordelingen|opinii|opinie|ocen|avaliações|отзыв\w*)\b",
    re.I,
)


def _reviews_start(blocks: list[_Block], i: int) -> bool:
    """Whether block `i`, after the article's text, opens a shop's customer reviews: a rating line
    (`RATING`) that is a star row or holds the count of reviews (`_REVIEW_COUNT`), or the
    reviews' summary of up to REVIEWS_SUMMARY_LINES lines with their count and a star row among
    them ("Based on 212 reviews" / "Write a review" / "★★★★★": the first review's stars glued
    to it, trial 20's Shopify widget, whose first review was body)."""
    b = blocks[i]
    if len(b.lines) > REVIEWS_SUMMARY_LINES or b.words > RATING_LINE_MAX_WORDS:
        return False
    if len(b.lines) <= 2 and RATING.search(b.lines[0]):
        return (b.lines[0].lstrip()[:1] in "★☆✩⭐" or bool(_REVIEW_COUNT.search(b.text))) and _text_before(blocks, i)
    stars = any(ln.lstrip()[:1] in "★☆✩⭐" and RATING.search(ln) for ln in b.lines[1:])
    return stars and bool(_REVIEW_COUNT.search(b.text)) and _text_before(blocks, i)


CUSTOMER_REVIEW_REASON = "customer review (its stars, writer, date and votes)"
REVIEWS_SUMMARY_LINES = 3
REVIEW_MAX_BLOCKS = 8  # a review's blocks: stars and title, writer, where and when, verified, text, votes, buttons
REVIEW_HEAD_LINE_WORDS = 12  # a review's title, or its writer's and date's line, set apart
REVIEWER_NAME_WORDS = 4
# a heading over customer reviews ("Customer reviews", "Top reviews from the United Kingdom",
# "Kundenrezensionen", "Commentaires client", "Opiniones de clientes", "Recensioni clienti",
# "Klantbeoordelingen", "Opinie klientów"): its word for reviews (`_REVIEW_COUNT`'s, in compounds)
# (and the other languages of `chromewords.LANGUAGES`: Czech and Slovak "recenze"/"hodnocení",
# Finnish "arvostelu", Hungarian "értékelés"/"vélemény", Romanian "recenzii"/"păreri", Greek
# "κριτικές"/"αξιολογήσεις", Bulgarian and Ukrainian "отзиви"/"відгуки", Croatian and Slovenian
# "recenzije"/"ocjene"/"mnenja", Estonian "arvustus", Latvian "atsauksmes", Lithuanian
# "atsiliepimai", Swedish "omdömen", Norwegian "omtaler", Irish "léirmheas", Maltese
# "reviżjonijiet", Arabic "تقييمات"/"مراجعات", Chinese "评价"/"評價"/"评论", Japanese "レビュー"/"口コミ",
# Korean "리뷰"/"후기")
_REVIEWS_HEADING = re.compile(
    r"(?:review|rezension|bewertung|commentaires|avis|opiniones|reseñas|valoraciones|recensioni|beoordeling|"
    r"opinie|recenzj|avaliações|recensioner|anmeldelser|değerlendirme|отзыв|"
    r"recenz|hodnocen|arvostel|értékelés|vélemény|păreri|κριτικ|αξιολογ|отзив|відгук|ocjen|mnenj|arvustus|"
    r"atsauksm|atsiliepim|omdöme|omtale|léirmheas|reviżjon|تقييم|مراجع|评价|評價|评论|評論|レビュー|口コミ|리뷰|후기)"
)  # (searched in a block's lower-cased text: faster than re.I over so many scripts)
REVIEWS_HEADING_MAX_WORDS = 8


def _reviewer_name(line: str) -> bool:
    """Whether `line` may be a reviewer's name as a shop prints it over the stars ("J. Smith",
    "Amazon Customer", "Petra M."): up to REVIEWER_NAME_WORDS words, no figure, colon or
    sentence (an initial's full stop aside)."""
    line = line.strip()
    if not line or count_words(line) > REVIEWER_NAME_WORDS or any(c.isdigit() or c in ":?!" for c in line):
        return False
    return not _SENT_END.search(line) or bool(re.search(r"(?:^|\s)\w\.$", line))


# A review's head in one line: its writer's name, its stars and its date ("Murat A. ★★★★☆
# 21.09.2025", "Jo ★★★★★ 3 March 2025"), as small shops print it (trial 18: the second review of
# a Shopify shop's two was body). The date by the stars marks it a review, not a critic's score.
_NAMED_STARS = re.compile(r"^[^\W\d][^\d:?!★☆]{0,40}?\s(?:[★☆✩⭐]\s?){3,5}½?\s*(.*)$")
# a day's date: figures ("21.09.2025", "9/21/25") or a day, a month's word and a year ("3 March
# 2025", "March 3, 2025"); a year alone is a hotel's "★★★★ since 1998"
_REVIEW_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d\d)?\d\d\b|\b\d{1,2}\.?\s[^\W\d]{3,12}\.?\s(?:19|20)\d\d\b|"
    r"\b[^\W\d]{3,12}\.?\s\d{1,2},?\s(?:19|20)\d\d\b"
)


def _named_stars(line: str) -> bool:
    """Whether `line` is a review's head with its writer's name, stars and date (`_NAMED_STARS`,
    `_REVIEW_DATE`), up to RATING_LINE_MAX_WORDS words."""
    m = _NAMED_STARS.match(line.strip())
    return m is not None and count_words(line) <= RATING_LINE_MAX_WORDS and bool(_REVIEW_DATE.search(m.group(1)))


def _rating_opening(b: _Block) -> bool:
    """Whether block `b` opens with a rating's line (`RATING`: "5.0 out of 5 stars Brilliant
    kettle", "★★★★★") of up to RATING_LINE_MAX_WORDS words, alone or under its reviewer's name
    (`_reviewer_name`: "Marie D." / "5,0 sur 5 étoiles Très pratique"), or with the name and the
    date in its line (`_named_stars`)."""
    lines = b.lines[1:2] if len(b.lines) > 1 and _reviewer_name(b.lines[0]) else b.lines[:1]
    if lines and _named_stars(lines[0]):
        return True
    return bool(lines) and count_words(lines[0]) <= RATING_LINE_MAX_WORDS and bool(RATING.search(lines[0]))


def _review_span(blocks: list[_Block], i: int) -> int:
    """The end (exclusive) of the customer review opening at block `i`, 0 when none opens there:
    a rating's line (`_rating_opening`), then in its block or the REVIEW_MAX_BLOCKS blocks after
    it (up to the next rating) a review's own line (`review_mark`: "Reviewed in X on DATE",
    "Verified Purchase", "14 people found this helpful"). The review runs over its title's and
    writer's short lines, its text (one prose block, in the rating's block or after it) and the
    blocks of its own lines; it ends before a second prose block (a product's description goes
    on)."""
    if not _rating_opening(blocks[i]):
        return 0
    rest = blocks[i].lines[1:]
    marked = any(review_mark(ln) for ln in rest) or any(_named_stars(ln) for ln in blocks[i].lines[:2])
    text = any(_SENT_END.search(ln) and not review_mark(ln) for ln in rest)
    end = i + 1
    for j in range(i + 1, min(len(blocks), i + 1 + REVIEW_MAX_BLOCKS)):
        x = blocks[j]
        if _rating_opening(x) or x.kind == TITLE:
            break
        marks = [review_mark(ln) for ln in x.lines]
        if all(marks):
            marked, end = True, j + 1
        elif not text and any(marks):  # "Reviewed in ..." over the review's text in one block
            marked, text, end = True, True, j + 1
        elif not text and x.sentence_end:
            text, end = True, j + 1
        elif not text and len(x.lines) == 1 and x.words <= REVIEW_HEAD_LINE_WORDS:
            end = j + 1  # its title, or its writer and date ("Von Jörg aus Pirna am 02.09.2025")
        else:
            break
    return end if marked else 0


def _mark_customer_reviews(blocks: list[_Block]) -> None:
    """Customer reviews wherever they stand (a marketplace's, copied as text: above or below the
    product's description): each review (`_review_span`: its stars, title, writer, where and when,
    verified mark, text and votes) is BOILERPLATE, CUSTOMER_REVIEW_REASON, a byline or date line
    in it too (a reviewer is no writer of the page, a review's date not its date), and so are the
    reviewer's name alone on the line over its stars (up to REVIEWER_NAME_WORDS words, no figure
    nor sentence) and a heading naming reviews (`_REVIEWS_HEADING`) right over the first review.
    The page's title stays."""
    i = 0
    while i < len(blocks):
        end = _review_span(blocks, i)
        if not end:
            i += 1
            continue
        start = i
        above = blocks[i - 1] if i > 0 else None
        if (
            above
            and above.kind != TITLE
            and len(above.lines) == 1
            and _reviewer_name(above.text)
            and not (above.kind == HEADING and _REVIEWS_HEADING.search(above.low))
        ):
            start = i - 1  # the reviewer's name over the stars ("J. Smith" / "5.0 out of 5 stars ...")
        head = blocks[start - 1] if start > 0 else None
        if (
            head
            and head.kind != TITLE
            and len(head.lines) == 1
            and head.words <= REVIEWS_HEADING_MAX_WORDS
            and not head.sentence_end
            and _REVIEWS_HEADING.search(head.low)
        ):
            start -= 1
        for b in blocks[start:end]:
            if b.kind != TITLE:
                b.kind, b.reason = BOILERPLATE, CUSTOMER_REVIEW_REASON
        i = end


REVIEW_HEAD_MAX_LINES = 4  # a review's head: its writer, date, stars and title (and a "Write a review" button)
REVIEW_TEXT_MAX_WORDS = 150
REVIEWS_MIN = 2
REVIEWS_INTRO_MAX_BLOCKS = 4  # the reviews' heading, their count, the shop's note on them, a button
REVIEWS_NOTE_MAX_WORDS = 60


# A review's score out of five in a head's short line, the word for "of" in any language or a
# slash ("5 din 5", "4 av 5", "4 из 5", "4,5 / 5"): in a head with a day's date it is a rating
_SCORE_OF_FIVE = re.compile(r"(?:^|\s)[0-5](?:[.,]\d)?\s?(?:/|[^\W\d_]{1,5})\s?5(?:\s|$)")
# A reviewer as shops print one: a first name and the family name's initial ("Anna K.", "Լիլիթ
# Հ.", "Дмитрий С."), in any script, at a line's start
_NAME_AND_INITIAL = re.compile(r"^[^\W\d_]{2,20} [^\W\d_]\.(?:\s|$)")


def _review_head(b: _Block) -> str:
    """What block `b` is as a customer review's head of short lines (up to REVIEW_HEAD_MAX_LINES of
    REVIEW_HEAD_LINE_WORDS words, none a sentence but a name's initial: "14.10.2025 / 5 von 5
    Sternen", "Anna K. / 12/03/2025 / 4,0 su 5 stelle / Ottimo"): "rated and dated" with a rating
    (`RATING`) and a day's date (`_REVIEW_DATE`) in it, "named and dated" with a reviewer's first
    name and initial (`_NAME_AND_INITIAL`) and such a date, "figure" with a figure only (a score or
    "3 weeks ago" printed by a widget whose stars are icons), "" for anything else."""
    if len(b.lines) > REVIEW_HEAD_MAX_LINES or not _has_figure(b.text):
        return ""
    for line in b.lines:
        if count_words(line) > REVIEW_HEAD_LINE_WORDS:
            return ""
        if _SENT_END.search(line) and not re.search(r"(?:^|\s)\w\.$", line.strip()):
            return ""
    rated = any(RATING.search(ln) or _SCORE_OF_FIVE.search(ln) for ln in b.lines)
    dated = bool(_REVIEW_DATE.search(b.text))
    if rated and dated:
        return "rated and dated"
    if dated and any(_NAME_AND_INITIAL.search(ln) for ln in b.lines):
        return "named and dated"
    # a score or a date opening a line ("5 vor 3 Wochen Elisabeth P.", "3 weeks ago"), not a
    # product's name with its size ("Produktinformationen "Alpstein 45+10"")
    return "figure" if rated or dated or any(ln.lstrip()[:1].isdigit() for ln in b.lines) else ""


def _review_unit(blocks: list[_Block], j: int) -> int:
    """The end (exclusive) of the customer review whose head is block `j` (`_review_head`), 0 if
    none: its title on a line of its own (no sentence) or in the head, its text (one block that ends a sentence, up to
    REVIEW_TEXT_MAX_WORDS words, no chrome signal), then its own lines (`review_mark`: votes,
    "Verified purchase")."""
    k = j + 1
    nxt = blocks[k] if k < len(blocks) else None
    if nxt and len(nxt.lines) == 1 and nxt.words <= REVIEW_HEAD_LINE_WORDS and not nxt.sentence_end:
        k += 1  # its title
    if k >= len(blocks):
        return 0
    text = blocks[k]
    if not text.sentence_end or text.words > REVIEW_TEXT_MAX_WORDS or text.signal or text.kind == TITLE:
        return 0
    k += 1
    while k < len(blocks) and all(review_mark(ln) for ln in blocks[k].lines):
        k += 1
    return k


def _reviews_intro(blocks: list[_Block], i: int) -> int:
    """The first block of the introduction over the customer reviews opening at block `i`, `i`
    when there is none: up to REVIEWS_INTRO_MAX_BLOCKS blocks above that name reviews
    (`_REVIEWS_HEADING`'s words) - their heading and count (up to REVIEWS_HEADING_MAX_WORDS
    words: "Kundenbewertungen", "Based on 23 reviews", "Write a review"; one line, as a tab bar's
    "Description / Reviews" is not) and the shop's note on
    them (up to REVIEWS_NOTE_MAX_WORDS: the EU's rule since 2022 makes shops say whether reviews
    are checked) - of which one is such a heading or count."""
    start, headed = i, False
    for k in range(i - 1, max(-1, i - 1 - REVIEWS_INTRO_MAX_BLOCKS), -1):
        b = blocks[k]
        if b.kind == TITLE or b.words > REVIEWS_NOTE_MAX_WORDS or not _REVIEWS_HEADING.search(b.low):
            break
        if b.words <= REVIEWS_HEADING_MAX_WORDS:
            headed = headed or len(b.lines) == 1  # (a tab bar's "Description / Reviews" is no heading)
        start = k
    return start if headed else i


REVIEW_RUN_REASON = "customer reviews (their heads, titles and texts)"


# The heads of a run that is reviews by themselves: each rated and dated, or dated under a
# reviewer's first name and initial (trial 60's OpenCart shop: "Լիլիթ Հ. 12.05.2024", no stars)
_REVIEW_HEADS = frozenset({"rated and dated", "named and dated"})


def _mark_review_runs(blocks: list[_Block]) -> None:
    """Customer reviews that bear no mark of their own (no "Verified purchase" nor votes, which
    `_mark_customer_reviews` needs): a run of reviews, each a head of short lines (`_review_head`),
    a title and a text (`_review_unit`). The run is the reviews' when REVIEWS_MIN+ heads each
    hold a rating or a reviewer's first name and initial, and a day's date (a reviewer's day by
    the stars, which no buying guide's product scores have), or when a heading or count naming reviews stands over it
    (`_reviews_intro`: "Kundenbewertungen" / "Basierend auf 23 Bewertungen"), whose heads then
    need only a figure. The run, its introduction with it, is BOILERPLATE (REVIEW_RUN_REASON).
    Trial 22: a Shopware shop's dated reviews and a Shopify widget's were the product's text."""
    i = 0
    while i < len(blocks):
        if blocks[i].kind == TITLE or not _review_head(blocks[i]):
            i += 1
            continue
        units, heads, j = 0, set(), i
        while j < len(blocks) and (head := _review_head(blocks[j])) and (end := _review_unit(blocks, j)):
            units, j = units + 1, end
            heads.add(head)
        start = _reviews_intro(blocks, i) if units else i
        if units and (start < i or (units >= REVIEWS_MIN and heads <= _REVIEW_HEADS)):
            for b in blocks[start:j]:
                if b.kind != TITLE:
                    b.kind, b.reason = BOILERPLATE, REVIEW_RUN_REASON
        i = max(j, i + 1)


SHOP_SECTION_REASON = "a shop's section that is no product text (under its heading)"
SHOP_BOX_TAG = "(a shop's service box)"  # `textblocks.shop_service`'s reason ends so
SHOP_SECTION_MAX_BLOCKS = 8  # cards of a cross-selling rail, a delivery box's paragraphs, a few questions
SHOP_SECTION_BLOCK_WORDS = 80
SHOP_HEADING_WORDS = 8
SHOP_RESUMED_PROSE_WORDS = 15  # a sentence of a story's, not a product card's name and price


def mark_shop_page(blocks: list[_Block], shop: bool) -> None:
    """A shop's chrome among a page's blocks, both paths: its sections under their headings
    (`mark_shop_sections`), its buyers' questions (`mark_buyer_questions`), and on a `shop`
    page its word about itself (`mark_shop_promises`) and its grid of other products
    (`mark_product_tiles`)."""
    mark_shop_sections(blocks, shop)
    mark_buyer_questions(blocks)
    mark_shop_promises(blocks, shop)
    mark_product_tiles(blocks, shop)


def shop_page(blocks: list[_Block]) -> bool:
    """Whether a plain-text page's blocks (chrome too) are a shop's: its basket button or its
    header's basket link with the count (`pagekind.SHOP`: "Add to basket", "Do košíku", "Kosár
    (0)"). The HTML path reads the same from the page's visible text (its meta's "shop")."""
    return bool(pagekind.shop_signal([b.text for b in blocks]))


def _shop_heading(b: _Block, shop: bool = False) -> bool:
    """Whether block `b` is the heading of a shop's section that is no product text: one line of
    up to SHOP_HEADING_WORDS words, no sentence, that `_SHOP_SECTION` matches whole ("Versand &
    Rückgabe", "Customer questions", "Produits similaires"), on a `shop` page also
    `_SHOP_PAGE_SECTION` ("Garantie", "What our customers say"), or that is a shop's service
    phrase alone without figures (`textblocks.shop_service`: "Kunden kauften auch", "You may
    also like")."""
    if b.kind == TITLE or len(b.lines) != 1 or b.words > SHOP_HEADING_WORDS or b.sentence_end:
        return False
    if shop and _SHOP_PAGE_SECTION.match(b.text):
        return True
    # (a service badge with its figures is none: "Sofort versandfertig, Lieferzeit ca. 1-3
    # Werktage" over the product's options and description, trial 37's Shopware page)
    badge = _has_figure(b.text)
    return bool(_SHOP_SECTION.match(b.text)) or (not badge and shop_service(b).endswith(SHOP_BOX_TAG))


# A reviewer's name and town as a shop prints it under a testimonial ("Petra, Olomouc", "Jo
# M., Leeds"): no heading over text.
_NAME_AND_PLACE = re.compile(r"^[^\W\d][\w'-]*\.?(?: [^\W\d][\w'-]*\.?)?, [^\W\d][\w' -]{1,30}$")


def _opens_text(blocks: list[_Block], j: int) -> bool:
    """Whether block `j` is a heading over text: the extractor's or the model's heading, or a short
    line without a sentence, figure or price over a paragraph of prose ("Produktbeschreibung" over
    the description), where a cross-selling rail's card is a name over its price and a
    testimonial's signature a name and a town (`_NAME_AND_PLACE`)."""
    b = blocks[j]
    if _NAME_AND_PLACE.match(b.text.strip()):
        return False
    if b.kind in (TITLE, HEADING) or b.hint == HEADING:
        return True
    if len(b.lines) != 1 or b.words > SHOP_HEADING_WORDS or b.sentence_end or any(c.isdigit() for c in b.text):
        return False
    nxt = blocks[j + 1] if j + 1 < len(blocks) else None
    return nxt is not None and nxt.sentence_end and nxt.words >= 15


def mark_shop_sections(blocks: list[_Block], shop: bool = False) -> None:
    """A shop's sections that are no product text, under their heading (`_shop_heading`: shipping
    and returns, payment, buyers' questions, "customers also bought", similar products; on a
    `shop` page also the warranty, the testimonials, why to buy here): the heading and up to
    SHOP_SECTION_MAX_BLOCKS blocks under it of up to SHOP_SECTION_BLOCK_WORDS
    words each, down to the next heading over text (`_opens_text`), are BOILERPLATE
    (SHOP_SECTION_REASON). Plain text and HTML alike: a cross-selling blurb ("Passend zu Ihrem
    Rucksack empfehlen wir ...") and a buyer's question were kept as prose."""
    i = 0
    while i < len(blocks):
        if not _shop_heading(blocks[i], shop):
            i += 1
            continue
        if blocks[i].kind != BOILERPLATE:
            blocks[i].kind, blocks[i].reason = BOILERPLATE, SHOP_SECTION_REASON
        # a service phrase over other stories' headlines on a page that is no shop's ("You may
        # also like" inside a news story): the list ends where the story's prose resumes right
        # under two or more of them (a new user's page lost its last two paragraphs); a
        # cross-selling blurb right under the phrase stays the section's
        phrase_only = not shop and not _SHOP_SECTION.match(blocks[i].text)
        headlines = 0
        j = i + 1
        while j < min(len(blocks), i + 1 + SHOP_SECTION_MAX_BLOCKS):
            x = blocks[j]
            if _opens_text(blocks, j) or x.words > SHOP_SECTION_BLOCK_WORDS or _shop_heading(x, shop):
                break
            if phrase_only and headlines >= 2 and x.sentence_end and x.words >= SHOP_RESUMED_PROSE_WORDS:
                break
            # (headlines in a row, no snippet between: a list of headlines alone; under cards of a
            # headline and its snippet, prose is one more card's or a box's: trial 34's press office)
            headlines = headlines + 1 if len(x.lines) == 1 and not x.sentence_end and x.words >= 3 else 0
            if x.kind != BOILERPLATE:
                x.kind, x.reason = BOILERPLATE, SHOP_SECTION_REASON
            j += 1
        i = j


SHOP_PROMISE_REASON = "a shop's word about itself (its staff, its tests, its warranty, its dispatch)"
SHOP_PROMISE_MAX_WORDS = 80


def mark_shop_promises(blocks: list[_Block], shop: bool) -> None:
    """On a `shop` page, a paragraph of up to SHOP_PROMISE_MAX_WORDS words in which the shop
    speaks of itself (`_SHOP_PROMISE`: "Unser Team ... berät Sie gerne", "Minden terméket
    kipróbáltunk", "geben wir fünf Jahre Garantie", "one of the UK's leading online
    retailers") is BOILERPLATE (SHOP_PROMISE_REASON), and a heading right over it that no
    other text follows. Never on another page: a news story quotes a company's "we" (trials 23:
    a shop's "about us" and advice boxes were kept as the product's text)."""
    if not shop:
        return
    for i, b in enumerate(blocks):
        if b.kind not in (BODY, LEAD) or b.words > SHOP_PROMISE_MAX_WORDS or not _SHOP_PROMISE.search(b.text):
            continue
        b.kind, b.reason = BOILERPLATE, SHOP_PROMISE_REASON
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if i and blocks[i - 1].kind == HEADING and (nxt is None or nxt.kind not in INDEXED_KINDS):
            blocks[i - 1].kind, blocks[i - 1].reason = BOILERPLATE, SHOP_PROMISE_REASON


PRODUCT_TILE_REASON = "a product tile of a shop's grid (its name, price and one-line blurb)"
TILE_HEAD_WORDS = 15
TILE_HEAD_CHARS = 300  # (one long token is one word: a line of 20,000 digits backtracked in the price)
TILE_BLURB_WORDS = 30
TILES_MIN = 2  # a grid: one name over its price is the page's own product
# A tile's head: a product's name (a basket button before it) ending with its price ("Oak
# Sleeper Bed Kit £219.00", "Trail Carbon 3 290 Kč", "Fremantle Blend $52.00 AUD").
_TILE_PRICE = re.compile(rf"(?:{chromewords._PRICE})(?:\s?[A-Z]{{3}})?\s*$", re.I)


def _tile_head(line: str) -> bool:
    """Whether `line` is a product tile's head: up to TILE_HEAD_WORDS words and TILE_HEAD_CHARS
    characters ending with a price, a word before it (`_TILE_PRICE`)."""
    line = line.strip()
    if len(line) > TILE_HEAD_CHARS or count_words(line) > TILE_HEAD_WORDS:
        return False
    return bool(_TILE_PRICE.search(line)) and not _TILE_PRICE.match(line)


def _tile_lines(b: _Block) -> bool:
    """Whether block `b` is a grid of tiles in one block: TILES_MIN or more of its lines are tile
    heads, each with at most one line of up to TILE_BLURB_WORDS words under it."""
    heads = [k for k, line in enumerate(b.lines) if _tile_head(line)]
    if len(heads) < TILES_MIN or heads[0] > 1:
        return False
    ends = [*heads[1:], len(b.lines)]
    return all(
        e - h <= 2 and all(count_words(x) <= TILE_BLURB_WORDS for x in b.lines[h:e]) for h, e in zip(heads, ends)
    )


def _tile_block(b: _Block) -> bool:
    """Whether block `b` is one tile's head in lines ("Add to Basket / Oak Bed Kit / £219.00"):
    up to TILE_HEAD_WORDS words, no sentence, its last line a price or ending with one, a name
    before it (`_tile_head` of its text on one line)."""
    return not b.sentence_end and _tile_head(" ".join(line.strip() for line in b.lines))


def mark_product_tiles(blocks: list[_Block], shop: bool) -> None:
    """On a `shop` page, its grid of other products: a block of tiles (`_tile_lines`), or, when
    TILES_MIN or more blocks are a tile's head (`_tile_block`), each of them and the
    blurb under it (up to TILE_BLURB_WORDS words, no heading): BOILERPLATE
    (PRODUCT_TILE_REASON). A category page's guide and a product's description are prose
    above or below the grid (trial 23: a garden shop's tiles were kept as its text)."""
    if not shop:
        return
    for b in blocks:
        if b.kind in INDEXED_KINDS and len(b.lines) > 1 and _tile_lines(b):
            b.kind, b.reason = BOILERPLATE, PRODUCT_TILE_REASON
    heads = [i for i, b in enumerate(blocks) if b.kind != TITLE and _tile_block(b)]
    if len(heads) < TILES_MIN:
        return
    for i in heads:
        under = [blocks[i]]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            nxt is not None
            and nxt.kind not in (TITLE, HEADING)
            and nxt.words <= TILE_BLURB_WORDS
            and i + 1 not in heads
        ):
            under.append(nxt)
        for x in under:
            if x.kind in INDEXED_KINDS:
                x.kind, x.reason = BOILERPLATE, PRODUCT_TILE_REASON


BUYER_QUESTION_REASON = "a buyer's question and its answer (a shop's Q&A)"
QA_BLOCK_MAX_WORDS = 80  # a question, an answer with its attribution
QA_BACK_BLOCKS = 2  # the question (and the answer) above an attribution


def _qa_attributed(b: _Block) -> bool:
    """Whether block `b`, of up to QA_BLOCK_MAX_WORDS words, holds a buyer's question's or
    answer's attribution with its day (`_QA_ATTRIBUTION`: "Antwort von NAME am 12.03.2024"), or
    a question's without it (`_QA_UNDATED`: "Can I ...? – asked by NAME", "Frage von NAME: ...?")."""
    if b.kind == TITLE or b.words > QA_BLOCK_MAX_WORDS:
        return False
    if _DIGIT.search(b.text) and _QA_ATTRIBUTION.search(b.text) is not None:  # (a day: a figure first)
        return True
    return _QA_UNDATED.search(b.text.strip()) is not None


def mark_buyer_questions(blocks: list[_Block]) -> None:
    """Buyers' questions under a product and their answers, as a shop's Q&A widget prints them: a
    block with an attribution and its day (`_qa_attributed`) is BOILERPLATE
    (BUYER_QUESTION_REASON), with the blocks above it up to QA_BACK_BLOCKS of up to
    QA_BLOCK_MAX_WORDS words back to the question (a block that ends with "?") and those between
    two attributed blocks (an answer between "Asked by ..." and "Answered by ..."), and the
    block right under it that opens with an answer's label and a colon (`_QA_ANSWER`). An
    interview's "Frage:" / "Antwort:" names no one."""
    marked = [i for i, b in enumerate(blocks) if _qa_attributed(b)]
    for n, i in enumerate(marked):
        start = i
        for k in range(i - 1, max(-1, i - 1 - QA_BACK_BLOCKS), -1):
            x = blocks[k]
            if x.kind == TITLE or x.words > QA_BLOCK_MAX_WORDS:
                break
            if x.text.rstrip().endswith(QUESTION_MARKS) or (n and k == marked[n - 1] + 1):
                start = k
        end = i + 1
        nxt = blocks[end] if end < len(blocks) else None
        if nxt is not None and nxt.words <= QA_BLOCK_MAX_WORDS and nxt.kind != TITLE and _QA_ANSWER.match(nxt.text):
            end += 1  # the answer under it, its label and a colon ("A:", "Válasz (NAME):")
        for b in blocks[start:end]:
            if b.kind != BOILERPLATE:
                b.kind, b.reason = BOILERPLATE, BUYER_QUESTION_REASON


REVIEW_BYLINE_REASON = "a review's author and date (customer reviews)"


def _drop_review_bylines(blocks: list[_Block]) -> None:
    """Bylines under the start of the customer reviews (REVIEWS_REASON) are their reviewers'
    ("Von Jörg aus Pirna am 02.09.2025"), not the page's byline and date: BOILERPLATE. A rating
    between the headline and the article's first paragraph is the recipe's or the product's own
    ("★★★★★ 4,7 (1 284 votes)" over "Recipe by NAME"), no start of the reviews."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    first_body = next((i for i, b in enumerate(blocks) if b.kind == BODY and i > title), len(blocks))
    start = next(
        (i for i, b in enumerate(blocks) if b.signal.startswith(REVIEWS_REASON) and not title < i < first_body), -1
    )
    if start < 0:
        return
    for b in blocks[start:]:
        if b.kind == BYLINE:
            b.kind, b.reason = BOILERPLATE, REVIEW_BYLINE_REASON


CTA_REASON = "call-to-action phrase"  # `_phrase_reason`'s weak kind (not a promotion's)
PAGE_TITLE_MIN_WORDS = 2


def _repeats_page_title(blocks: list[_Block], i: int) -> bool:
    """Whether the one-line block `blocks[i]` and another one-line block of the page name the
    same headline: the page's first line (its <title> in a dump) and a line of
    PAGE_TITLE_MIN_WORDS+ words under it that it holds, both with the call to action's phrase of
    `blocks[i]`'s signal ("Sperrmüll anmelden - Landkreis X" and "Sperrmüll anmelden"). That phrase ('anmelden', 'subscribe') is then the
    headline's, not a link's: trial 15's county page lost its <title> and headline so, and its
    skip links became the title. A sign-in link alone ("Anmelden", "Zaloguj się  Zamów
    prenumeratę" over a Polish page) matches no other line. The <title> may be the headline
    alone, printed again as the page's heading ("December Newsletter: From the Vicarage", trial
    18's parish page lost both)."""
    first = _first_line(blocks)
    top = blocks[first]
    if len(top.lines) != 1 or len(blocks[i].lines) != 1:
        return False
    title = " ".join(top.text.split()).casefold()
    phrase = _signal_phrase(blocks[i])  # the phrase both lines hold

    def held(b: _Block) -> bool:
        line = " ".join(b.text.split()).casefold()
        return (
            len(b.lines) == 1
            and b.words >= PAGE_TITLE_MIN_WORDS
            and len(line) <= len(title)  # the <title> may be the headline alone, as the page prints it
            and line in title
            and phrase in line
        )

    if i == first:
        return any(held(b) for b in blocks[first + 1 :])
    return i > first and held(blocks[i])


COMMENT_LINK_REASON = "link to the comments (the article goes on below it)"
# The placeholder a hosted comment system prints where its thread loads ("Please enable JavaScript to
# view the comments powered by Disqus.", "View the discussion thread. blog comments powered by
# Disqus", "Comments are powered by giscus": the hosted systems and the ones a static site embeds,
# trial 42's Jekyll page): the page's comments start there, whatever the language of the page (issue 13, grouped
# CV's kept chrome: it was body between an article's last paragraph and its categories).
_COMMENT_WIDGET = re.compile(
    r"\bcomments (?:are |were )?powered by (?:disqus|facebook|hyvor|commento|livefyre|intensedebate|giscus|"
    r"utterances|remark42|cusdis|isso|staticman|talkyard|graphcomment|vuukle|viafoura|coral|openweb|spot\.?im)\b|"
    r"\benable javascript to view the comments\b|^view the discussion thread\b",
    re.I,
)
COMMENT_WIDGET_MAX_WORDS = 25


def _release_comment_links(blocks: list[_Block], prose_lang: bool) -> None:
    """A comment header that opened the page tail ("12 Comments", "3 responses to ...") with the
    article's prose below it (`blocks.article_follows`: a share bar's count under the headline)
    is a link to the thread: chrome (COMMENT_LINK_REASON, rule-final), but no tail, so the
    paragraphs after it stay in the article run."""
    for i, b in enumerate(blocks):
        if (
            b.tail
            and b.signal.startswith(("start of the page tail", "comment thread"))
            and _blocks.is_comment_header(b.lines[0])
            and _blocks.article_follows(blocks, i)
        ):
            b.tail, b.signal = False, COMMENT_LINK_REASON
            _score(b, prose_lang)


TEASER_HEADER_WORDS = 8  # "Read more:", "Читайте также:", "You may also like"
TEASER_HEADLINE_WORDS = 25  # a headline under it, as `_mark_teaser_lists` reads one
TEASER_HEADLINE_MIN_WORDS = 3  # ...and their mean: a menu's items under "Latest news" are a word or two


def _is_teaser_block(b: _Block) -> bool:
    """A read-also list set without blank lines: its header line (`_READ_ALSO_HEADER`: "Read
    more:", "Читайте также:", "ये भी पढ़ें:") and the headlines it links to, one a line, in one
    block. It is a teaser list's header like a one-line one, so the article may go on below it
    (`_mark_teaser_lists` gives it no weight): given the weight of the links it holds, a Russian
    page's next paragraph, shorter in words than an English one, was left outside the article.
    Only under a read-also header: a block of links under "Noticias relacionadas" or "Mehr zum
    Thema" on the wild tuning pages stands between the article and other stories' snippets,
    which joined the article run when it weighed nothing."""
    if len(b.lines) < 2 or not _READ_ALSO_HEADER.match(b.lines[0]):
        return False
    header = len(_WORD.findall(b.lines[0]))
    if header > TEASER_HEADER_WORDS or _SENT_END.search(b.lines[0]):
        return False
    headlines = b.lines[1:]
    return (
        b.words - header >= TEASER_HEADLINE_MIN_WORDS * len(headlines)
        and all(len(_WORD.findall(ln)) <= TEASER_HEADLINE_WORDS for ln in headlines)
        and not all(_SENT_END.search(ln) for ln in headlines)
    )


def _is_related_block(b: _Block) -> bool:
    """A related-news list set without blank lines: a teaser list's header line (`_TEASER_START`:
    "Related news", "関連ニュース", "관련 기사", "Noticias relacionadas") over headlines, one a line,
    not all of them sentences. It weighs against the article run (unlike `_is_teaser_block`'s
    read-also lists, which stand inside articles): trial 13's "関連ニュース" and its two
    headlines after a Japanese article were its last paragraph."""
    if len(b.lines) < 2 or len(_WORD.findall(b.lines[0])) > TEASER_HEADER_WORDS or _SENT_END.search(b.lines[0]):
        return False
    if not _TEASER_START.match(b.lines[0].strip(_LINE_STRIP)):
        return False
    headlines = b.lines[1:]
    return all(count_words(ln) <= TEASER_HEADLINE_WORDS for ln in headlines) and not all(
        _SENT_END.search(ln) for ln in headlines
    )


# A rank's number alone on its line in a "Most read" box ("1", "2.", "#3").
_RANK_LINE = re.compile(r"^#?\d{1,2}\.?$")


def _is_ranked_list(b: _Block) -> bool:
    """A "most read" box set without blank lines: its header line (`_TEASER_START` or
    `_MORE_NEWS_START`, at most TEASER_HEADER_WORDS words, no sentence) over two or more
    headlines of other stories, each with or without its rank's number on the line above ("Most
    read / 1 / Man charged after A61 crash ... / 2 / ..."; sixth trial: the box between two
    paragraphs was body). It keeps its weight against the article run, as a one-line "most read"
    header's list does (`_MORE_NEWS_START`): what follows such a box is as often other stories."""
    if len(b.lines) < 3 or len(_WORD.findall(b.lines[0])) > TEASER_HEADER_WORDS or _SENT_END.search(b.lines[0]):
        return False
    if not (_TEASER_START.match(b.lines[0]) or _MORE_NEWS_START.match(b.lines[0])):
        return False
    headlines = [ln for ln in b.lines[1:] if not _RANK_LINE.match(ln.strip())]
    return (
        len(headlines) >= 2
        and all(TEASER_HEADLINE_MIN_WORDS <= len(_WORD.findall(ln)) <= TEASER_HEADLINE_WORDS for ln in headlines)
        and not any(_SENT_END.search(ln) for ln in headlines)
    )


# A reader comment's signature: "Anna Berg says:" / "Tom wrote:" opening a short block, with
# the comment's date or time in it or in the line after it ("March 4, 2021 at 8:02 pm"). A
# thread may come without any header ("3 responses to ...") or "Reply" link: the signatures
# are then its only marker. The date keeps a quotation's lead-in ("The minister said:") out.
_SIGNATURE = keyscan.compile_gated(
    r"^[^\n]{1,60}?(?:\s(?:says|said|wrote|schreibt|schrieb|sagt|meint|dit|écrit|escribió|dice|disse|zegt|"
    r"пишет|написал|написала|говорит|يقول|كتب|قال)|\s?(?:说|說|写道|寫道))\s*[:：]",
    re.I,
    name="tail._SIGNATURE",
)
SIGNATURE_MAX_WORDS = 20
SIGNED_THREAD_MIN = 2  # signatures: one alone may be a quotation set on its own line
SIGNED_THREAD_GAP = 5  # blocks between two signatures of one thread (a comment of a few paragraphs and its links)
SIGNED_THREAD_LAST = 3  # blocks of the last comment after its signature, up to the next chrome signal


def _is_signature(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is a reader comment's signature (`_SIGNATURE`, dated)."""
    b = blocks[i]
    if len(b.lines) > 2 or b.words > SIGNATURE_MAX_WORDS or not _SIGNATURE.match(b.lines[0]):
        return False
    if _find_date(b.text) or _blocks._TIME.search(b.text):
        return True
    if i + 1 < len(blocks):
        nxt = blocks[i + 1]
        return nxt.words <= 12 and bool(_find_date(nxt.text) or _blocks._TIME.search(nxt.text))
    return False


def _signed_thread(blocks: list[_Block]) -> list[int]:
    """The signatures (`_is_signature`) of the page's comment thread: the last run of
    SIGNED_THREAD_MIN+ of them, each within SIGNED_THREAD_GAP blocks of the one before; []
    when there is none."""
    runs: list[list[int]] = []
    for i in range(len(blocks)):
        if not _is_signature(blocks, i):
            continue
        if runs and i - runs[-1][-1] <= SIGNED_THREAD_GAP + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    runs = [r for r in runs if len(r) >= SIGNED_THREAD_MIN]
    return runs[-1] if runs else []


def _signed_thread_start(blocks: list[_Block], sigs: list[int]) -> int:
    """Where a signed thread (`_signed_thread`, not empty) starts: its first signature, or the
    thread header ("3 Комментария", "12 Comments") just above it; a header at the top of a page
    is not otherwise trusted (`_html_comment_thread`: a headline's meta line says "12 comments")."""
    first = sigs[0]
    above = blocks[first - 1].lines[0] if first > 0 else ""
    return first - 1 if above and len(above) <= 80 and _blocks._COMMENT_HEADER.match(above) else first


POST_FURNITURE_REASON = "a post's furniture (a line each post of the page carries, or the thread's header)"


def mark_post_furniture(blocks: list[_Block]) -> None:
    """On a page whose posts below a comment header are set as its article is (a Q&A page's
    answers, `blocks.posts_end`), which the model keeps as text, their furniture is none: the
    lines each post carries (its menu, its votes) and the thread's headers between them
    (`blocks.post_furniture`), BOILERPLATE, POST_FURNITURE_REASON."""
    i = 0
    index: _blocks.PostIndex | None = None  # (made once, at the first header: kinds do not change it)
    while i < len(blocks):
        if blocks[i].lines and _blocks.is_comment_header(blocks[i].lines[0]):
            index = index or _blocks.PostIndex.of(blocks)
            marked, end = _blocks.post_furniture(blocks, i, index)
            for j in marked:
                if blocks[j].kind in INDEXED_KINDS:
                    blocks[j].kind, blocks[j].reason = BOILERPLATE, POST_FURNITURE_REASON
            i = max(i, end)
        i += 1


def _mark_signed_thread(blocks: list[_Block], prose_lang: bool) -> None:
    """A comment thread known by its signatures (`_signed_thread`): from its first signature to
    its last comment's end (at most SIGNED_THREAD_LAST blocks, up to the next block with a
    chrome signal) every block is the readers' (rule-final: `is_decided`)."""
    sigs = _signed_thread(blocks)
    if not sigs:
        return
    first, last = _signed_thread_start(blocks, sigs), sigs[-1]
    end = last
    while end + 1 < len(blocks) and end - last < SIGNED_THREAD_LAST and not blocks[end + 1].signal:
        end += 1
    label = f"comment thread ('{_quoted(blocks[first].lines[0])}')"
    for i in range(first, end + 1):
        b = blocks[i]
        b.extra["thread"] = label
        if i in sigs:
            b.signal, b.tail = label, True
            _score(b, prose_lang)
        elif b.value > 0:
            b.value = 0.0  # a reader's prose is no evidence for the article run


# The label over a box about the author, the blogger or the site ("About the author", "Über
# mich", "Sobre el autor", "Chi sono"): the prose under it is the box, wherever it sits (issue
# 13, grouped CV's kept chrome: a bio under its label, kept as prose because the reader comments
# below it put it short of the page tail's 40%).
_ABOUT_BOX_LABEL = re.compile(
    r"^(?:about (?:me|us|the author|the blogger|this blog)|über (?:mich|uns|den autor|die autorin)|"
    r"à propos (?:de moi|de nous|de l'auteur|de l'autrice)|"
    r"(?:sobre|acerca de) (?:mí|mi|nosotros|nós|el autor|la autora|o autor|a autora)|chi sono|su di me|"
    r"informazioni sull'autore|over (?:mij|ons)|o mnie|об авторе|tentang penulis|"
    # "About the author" in more of the corpora's languages (trial 31's Ukrainian column: "Про автора")
    r"про автора|про авторку|o autorze|o autorce|o autorovi|o autorke|a szerzőről|over de auteur|"
    r"om författaren|om forfatteren|kirjoittajasta|despre autor|despre autoare|σχετικά με τον συγγραφέα|"
    r"за автора|o autoru|o avtorju|par autoru|apie autorių|autorist|yazar hakkında)\W*$",
    re.I,
)
# ...and in every language of `chromewords.LANGUAGES`, the label of a box about the site or the blog itself ("About this
# blog", "Über diese Seite", "O ovom blogu": `chromewords.ABOUT_SITE_LABEL`), whose box may hold a
# second paragraph (`mark_about_rest`)
_ABOUT_SITE_LABEL = re.compile(rf"^\W{{0,3}}(?:{chromewords.labels(chromewords.ABOUT_SITE_LABEL)})\W*$", re.I)
_ABOUT_ORGANISER = re.compile(rf"^(?:{chromewords.labels(chromewords.ABOUT_ORGANISER)})\W*$", re.I)
_METHOD_LABEL = re.compile(rf"^\W{{0,3}}(?:{chromewords.labels(chromewords.METHOD_LABEL)})\W*$", re.I)
ABOUT_NAME_WORDS = 4  # "About the author" / "Martin Chikilian" / the bio: a name line between
ABOUT_MIN_WORDS = 8  # the box's prose, not a "Contact us." line under an "About us" menu


# ...or the label names the person ("Sobre Carlos Nadalim", "About Jane Doe", "Über Anna Berg") whom
# the prose under it names too, or is the author's role ("Der Autor", "incurvy Autorin", "The
# author"): the same box (issue 13, grouped CV's kept chrome: a bio under each was body).
_ABOUT_NAME_LABEL = re.compile(
    r"^(?i:about|über|sobre|acerca de|à propos de|a propos de|over|om|об)\s+"
    rf"(?P<name>(?:[{UPPER}][\w'’.-]+\s+){{1,3}}[{UPPER}][\w'’.-]+)\W*$"
)
_AUTHOR_ROLE_LABEL = re.compile(
    r"^(?:[\w.-]+\s+){0,2}(?:autor|autorin|author|auteur|autrice|autora|autore|автор)\W*$", re.I
)
# ...and an author box's label in every language of `chromewords.LANGUAGES` ("この記事を書いた人",
# "Про автора", "लेखक के बारे में": `chromewords.AUTHOR_BOX_LABEL`, the HTML reader's), in the page's tail
_AUTHOR_BOX_LINE = re.compile(rf"^\W{{0,3}}(?:{chromewords.labels(chromewords.AUTHOR_BOX_LABEL)})\s*[:：]?$", re.I)


def _about_label(label: _Block, prose: _Block, blocks: list[_Block], i: int) -> bool:
    """Whether `label` is the one-line label of an about box over `prose`: `_ABOUT_BOX_LABEL`, the
    author's role (`_AUTHOR_ROLE_LABEL`), "About NAME" with a word of NAME in `prose` (a
    blogger's box calls her by her first name: "Über Sabine Kröger" / "Sabine gärtnert seit ..."),
    a label naming the page's organiser by what it is (`_ABOUT_ORGANISER`: "About the
    association", "Despre asociație") or the newsroom's way of working (`_METHOD_LABEL`: "How we
    work", "Cum lucrăm") when more text stands above it than below, or, in any language of
    `chromewords.LANGUAGES` (`chromewords.about_named`: "About Brightloop", "À propos
    d'Atelier Verdier", "Brightloop hakkında"), a label naming what `prose` (block `i` of
    `blocks`) opens with, when more article text stands above it than below (`_in_tail`: a
    topic's "About Python" box over a tutorial is the article's own introduction by the corpora's
    truth)."""
    if len(label.lines) != 1:
        return False
    if _ABOUT_BOX_LABEL.match(label.text):
        return True
    if _AUTHOR_ROLE_LABEL.match(label.text):  # ...but "NAME Author" in a comment thread is the
        return not _in_thread(blocks, i)  # author's reply's badge (trials 35 and 36)
    if len(label.text) <= ABOUT_SITE_LABEL_CHARS and _ABOUT_SITE_LABEL.match(label.text):
        return True
    if len(label.text) <= ABOUT_SITE_LABEL_CHARS and _AUTHOR_BOX_LINE.match(label.text.strip()):
        return _in_tail(blocks, i) and not _in_thread(blocks, i)
    named = _ABOUT_NAME_LABEL.match(label.text)
    if named is not None and set(named.group("name").split()) & set(_WORD.findall(prose.text)):
        return True
    if _ABOUT_ORGANISER.match(label.text.strip()) or _METHOD_LABEL.match(label.text.strip()):
        return _in_tail(blocks, i)  # (trial 23: an event page's "Despre asociație" box was its text)
    name = chromewords.about_named(label.text)
    if name and chromewords.opens_with_name(prose.text, name):
        return _in_tail(blocks, i)
    return _names_the_site(label.text, prose.text, blocks) and _in_tail(blocks, i)


ABOUT_WORDS_BESIDE_SITE = 2  # "Olmazor Digital haqida", "Über Olmazor Digital", "À propos de NAME"


def _names_the_site(label: str, prose: str, blocks: list[_Block]) -> bool:
    """Whether `label` is the site's name as the page's <title> line gives it ("HEADLINE | SITE",
    block 0) with up to ABOUT_WORDS_BESIDE_SITE words more, and `prose` opens with that name: an
    about box in any language, its word for "about" in no table ("Olmazor Digital haqida" /
    "Olmazor Digital — 2017-yilda ...", trial 62's Uzbek press release)."""
    parts = _TITLE_PARTS.split(blocks[0].text) if blocks else []
    site = parts[-1].strip() if len(parts) >= 2 else ""
    if len(site) < ABOUT_SITE_MIN_CHARS:
        return False
    words, name = label.strip(" :：").split(), site.split()
    at = next((k for k in range(len(words) - len(name) + 1) if words[k : k + len(name)] == name), -1)
    beside = len(words) - len(name)  # (the name's whole words: "Das CHIP-Versprechen" names no "CHIP")
    return at >= 0 and 0 < beside <= ABOUT_WORDS_BESIDE_SITE and chromewords.opens_with_name(prose, site)


ABOUT_SITE_MIN_CHARS = 4  # a site's name, not an initial or a section's letter


THREAD_REACH = 12  # blocks above a comment's badge to its thread's header (a few comments)


def _in_thread(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` sits in a comment thread: a thread's header ("14 komentarzy", "5 thoughts
    on ...", `blocks.is_comment_header`) or a block the rules read as a thread's within the
    THREAD_REACH blocks above it."""
    return any(
        blocks[k].signal.startswith("comment thread")
        or (bool(blocks[k].lines) and _blocks.is_comment_header(blocks[k].lines[0]))
        for k in range(max(0, i - THREAD_REACH), i)
    )


def _in_tail(blocks: list[_Block], i: int) -> bool:
    """Whether more running text stands above block `i` than below it: the words of the blocks
    of TAIL_PARAGRAPH_WORDS+ words that end a sentence (the blocks below are not scored yet)."""

    def words(part: list[_Block]) -> int:
        return sum(b.words for b in part if b.sentence_end and b.words >= TAIL_PARAGRAPH_WORDS)

    return words(blocks[:i]) > words(blocks[i + 1 :])


TAIL_PARAGRAPH_WORDS = 15  # a paragraph of a short post (Turkish, Finnish: fewer, longer words)


def _under_about_label(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is prose right under an about box's label (`_about_label`), with at
    most a short name line between."""
    b = blocks[i]
    if not b.sentence_end or b.words < ABOUT_MIN_WORDS or i == 0:
        return False
    prev = blocks[i - 1]
    if _about_label(prev, b, blocks, i):
        return True
    return (
        i >= 2
        and len(prev.lines) == 1
        and prev.words <= ABOUT_NAME_WORDS
        and not prev.sentence_end
        and _about_label(blocks[i - 2], b, blocks, i)
    )


def _mark_about_box(blocks: list[_Block], i: int) -> None:
    """Block `i` is an author box (`_byline_bio`, `_under_about_label`): under a label that names
    someone ("About Northwind Robotics", "Sobre Carlos Nadalim", `_ABOUT_NAME_LABEL`) it is a box
    about that person or company, boilerplate that opens the page tail (a press release's company
    box is no author's), else the author's box. The label, when no rule named it otherwise, goes
    with the box: "Sobre Carlos Nadalim" was a heading over nothing of the article."""
    label = next(
        (blocks[j] for j in (i - 1, i - 2) if j >= 0 and _about_label(blocks[j], blocks[i], blocks, i)),
        None,
    )
    names = label is not None and bool(
        _ABOUT_NAME_LABEL.match(label.text)
        or chromewords.about_named(label.text)
        or _ABOUT_ORGANISER.match(label.text.strip())
        or _names_the_site(label.text, blocks[i].text, blocks)
    )
    site = label is not None and (_site_label(label.text) or bool(_METHOD_LABEL.match(label.text.strip())))
    if label is None or not (names or site) or _byline_bio(blocks, i):
        _mark_author_box(blocks, i)
    else:
        b = blocks[i]
        b.tail, b.signal = True, f"{ABOUT_BOX_REASON} (under '{_quoted(label.text)}')"
    if label is not None and len(label.text) <= ABOUT_SITE_LABEL_CHARS and _ABOUT_SITE_LABEL.match(label.text):
        blocks[i].extra["about_site"] = "1"  # (its paragraphs after this one: `mark_about_rest`)
    if label is not None and not label.signal and not label.kind:
        label.tail, label.signal = True, f"{ABOUT_BOX_REASON} (its label)"


ABOUT_SITE_LABEL_CHARS = 40  # a sidebar's title, not a heading's clause
ABOUT_REST_BLOCKS = 2  # an about box's paragraphs after its first
ABOUT_REST_MAX_WORDS = 80  # ... each a few sentences, as the first


def _site_label(text: str) -> bool:
    """Whether `text` is the label of a box about the site itself (`_ABOUT_SITE_LABEL`), not one
    the older rule already reads as an author's ("About me", "Über mich": `_ABOUT_BOX_LABEL`)."""
    return (
        len(text) <= ABOUT_SITE_LABEL_CHARS and bool(_ABOUT_SITE_LABEL.match(text)) and not _ABOUT_BOX_LABEL.match(text)
    )


def mark_about_rest(blocks: list[_Block], prose_lang: bool) -> None:
    """The paragraphs of an about-the-site box after its first (`_mark_about_box` marked that one
    "about_site"): up to ABOUT_REST_BLOCKS more blocks of sentence prose of at most
    ABOUT_REST_MAX_WORDS words, no signal, when the box then ends (the block after it is no
    sentence prose: a sidebar's next label, chrome, or the page's end). A box whose prose runs
    on into more paragraphs is left with its first one: that prose may be the article's."""
    for i, b in enumerate(blocks):
        if "about_site" not in b.extra:
            continue
        rest = []
        for k in range(i + 1, min(len(blocks), i + 1 + ABOUT_REST_BLOCKS + 1)):
            nxt = blocks[k]
            if nxt.signal or nxt.kind or not nxt.sentence_end or not _is_sentence_prose(nxt):
                break
            rest.append(k)
        if not rest or len(rest) > ABOUT_REST_BLOCKS or any(blocks[k].words > ABOUT_REST_MAX_WORDS for k in rest):
            continue
        for k in rest:
            blocks[k].tail, blocks[k].signal = b.tail, b.signal
            _score(blocks[k], prose_lang)


def _byline_bio(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is an author box in the shape of a bio ("NAME is a reporter ...",
    `_AUTHOR_BIO`): NAME shares a word with the names of a byline above it (`_byline_names`, case
    aside), or no byline is there, or it is the page's only such bio and no prose follows it (a
    guest's or an expert's box at the article's end). Two or more bios of others under a byline
    are the article's profiles ("Ruth Adeyemi is a reporter ..." / "Chris Dalton is a data
    journalist ..." under "By Sarah Ellis", a piece about two reporters), as is one followed by
    more of the article: read as author boxes, two such profiles were dropped and their names
    added to the byline (this round's trial)."""
    bio_name = _bio_name(blocks[i].text)
    if not bio_name:
        return False
    name = {w.casefold() for w in _WORD.findall(bio_name)}
    byline = {w.casefold() for b in blocks[:i] if b.kind in ("", BYLINE) for w in _WORD.findall(_byline_names(b))}
    if not byline or name & byline:
        return True
    others = sum(
        1 for k, b in enumerate(blocks) if k != i and b.words <= AUTHOR_BIO_MAX_WORDS and _AUTHOR_BIO.match(b.text)
    )
    return not others and not any(_is_sentence_prose(b) and not b.signal for b in blocks[i + 1 :])


_SENTENCE_MARK = re.compile(r"[.!?。！？]")


def _bio_name(text: str) -> str:
    """The name a bio of `_AUTHOR_BIO`'s shape is about ("Martha Quinlan is a reporter ..." ->
    "Martha Quinlan"), "" when `text` is no such bio: a question of that shape asks who is
    ("AUTOREN Wer schreibt für Ökonomenstimme?", a site menu's label and its link: "AUTOREN
    Wer" was a wild tuning page's byline)."""
    label = _ABOUT_INLINE.match(text)  # "About the author: NAME is ..."
    rest = text[label.end() - 1 :] if label else text
    m = _AUTHOR_BIO.match(rest)
    if not m:
        return ""
    mark = _SENTENCE_MARK.search(rest, m.end())
    return "" if mark and mark.group() in "?？" else (m.group("name") or m.group("name2"))


def _author_tagline(b: _Block) -> bool:
    """Whether block `b` is an author box by its own words: it opens with an about-the-author
    label (`_ABOUT_INLINE`, up to AUTHOR_BIO_MAX_WORDS words), or is short (AUTHOR_CONTACT_MAX_WORDS
    words) with a sentence that tells how to reach the author (`_AUTHOR_CONTACT`)."""
    if b.words <= AUTHOR_BIO_MAX_WORDS and _ABOUT_INLINE.match(b.text):
        return True
    if b.words > AUTHOR_CONTACT_MAX_WORDS:
        return False
    return any(
        _CONTACT_TOKEN.search(b.text, m.end(), m.end() + CONTACT_REACH) for m in _AUTHOR_CONTACT.finditer(b.text)
    )


def _mark_author_box(blocks: list[_Block], i: int) -> None:
    """Block `i` is an author box ("NAME is a reporter ..."); a line with NAME alone before it too."""
    b = blocks[i]
    b.tail, b.signal = True, "author box"
    b.kind, b.reason = BYLINE, "author box"
    name = _bio_name(b.text)
    b.extra["author"] = name
    if i > 0 and blocks[i - 1].text == name:
        blocks[i - 1].kind, blocks[i - 1].reason = BYLINE, "author box (name)"
        blocks[i - 1].extra["author"] = name
        blocks[i - 1].signal = blocks[i - 1].signal or "author box"


# The link under an author box to the author's other posts ("View all posts by NAME", "Latest
# posts by NAME (see all)", "Zeige alle Beiträge von NAME", "Mehr vom Autor", "Voir tous les
# articles de NAME"): the box's own last line, so the prose right above it is the box (issue
# 13, grouped CV's kept chrome: bios above such a line on 12 extraction-wild tuning pages, the
# WordPress author box's shape, kept as prose where no "About the author" label or "NAME is a
# writer" opening marked them).
_AUTHOR_POSTS_PHRASE = (
    r"(?:(?:view|see|show|read) (?:all|more) (?:posts|articles|stories|entries) by|"
    r"(?:latest|more|all|recent) (?:posts|articles|stories|entries) by|more from (?:this|the) author|"
    r"(?:zeige )?(?:alle|weitere|mehr|neueste) (?:beiträge|artikel|texte|posts) (?:von|vom|des autors)|"
    r"mehr vom autor|(?:voir )?tous les articles (?:de|par)|(?:ver )?todas las entradas de|"
    r"(?:ver )?todos los artículos de|más artículos de|(?:ver )?todos os (?:posts|artigos) de|"
    r"mais (?:posts|artigos) de|(?:tutti gli|altri) articoli di|alle (?:berichten|artikelen) (?:van|door)|"
    # the WordPress language packs' "View all posts by %s" in the other languages written with
    # spaces that print the name after it (Hungarian, Turkish and the CJK ones set it before)
    r"(?:zobacz|wyświetl) wszystkie (?:wpisy|posty|artykuły)(?: (?:autora|od|przez))|"
    r"(?:zobrazit|zobraziť) (?:všechny|všetky) (?:příspěvky|príspevky|články)(?: (?:od|autora))|"
    r"(?:посмотреть |показать |просмотреть )?все (?:записи|статьи|публикации)(?: автора| от)|"
    r"(?:переглянути )?(?:всі|усі) (?:записи|статті|публікації)(?: автора| від)|"
    r"(?:вижте |виж )?всички (?:публикации|статии)(?: от| на)|"
    r"(?:δείτε|προβολή) (?:όλα τα άρθρα|όλων των άρθρων|όλες τις αναρτήσεις)(?: από| του| της)|"
    r"(?:vezi )?toate articolele(?: lui| scrise de| de)|"
    r"(?:pogledaj|pogledajte|poglej) (?:sve|vse) (?:članke|objave|prispevke|članke)(?: od| autora| avtorja)|"
    r"(?:visa alla|se alle) (?:inlägg|indlæg|innlegg|artikler|artiklar)(?: av| af)|"
    r"näytä kaikki (?:artikkelit|kirjoitukset)(?: kirjoittajalta)|vaata kõiki postitusi(?: autorilt)|"
    r"skatīt visus ierakstus(?: no)|žiūrėti visus įrašus(?: autoriaus)|"
    r"(?:عرض )?(?:كل|جميع) (?:المقالات|مقالات|المشاركات)(?: بواسطة| من))(?!\w)"
)
AUTHOR_POSTS = re.compile(rf"^{_AUTHOR_POSTS_PHRASE}", re.I)
# ...or set at the end of the bio's own block, after its last sentence ("Life is a burning bush.
# Zeige alle Beiträge von Cem Basman"): a name of a few words after the phrase, nothing more
_AUTHOR_POSTS_END = re.compile(rf"(?<=[.!?…] ){_AUTHOR_POSTS_PHRASE}(?:\s+[^\s.!?]+){{0,5}}\s*[»→›]?$", re.I)
AUTHOR_POSTS_WORDS = 12  # the phrase and a name with a title ("Mehr Beiträge von Rechtsanwalt ...")
AUTHOR_BIO_MAX_WORDS = 150  # as `_AUTHOR_BIO`'s box: a bio is a paragraph, not an article's end
AUTHOR_BIO_MIN_WORDS = 5  # "Tokyo-based French writer and fan of Japanese puns."
AUTHOR_BIO_BLOCKS = 3  # a bio of two paragraphs and the name line over it
ARTICLE_BEFORE_BIO = 15.0  # article text (block value: a paragraph) above the box: a box under the byline is no bio


# a word every `_AUTHOR_POSTS_PHRASE` match holds: a cheap gate before the search on every block
_AUTHOR_POSTS_WORDS = (
    "posts", "articles", "stories", "entries", "author", "beiträge", "artikel", "texte", "autor", "entradas",
    "artículos", "artigos", "articoli", "berichten", "artikelen", "wpisy", "posty", "artykuły", "příspěvky",
    "príspevky", "články", "записи", "статьи", "публикации", "статті", "публікації", "статии", "άρθρα",
    "άρθρων", "αναρτήσεις", "articolele", "članke", "objave", "prispevke", "inlägg", "indlæg", "innlegg",
    "artikler", "artiklar", "artikkelit", "kirjoitukset", "postitusi", "ierakstus", "įrašus", "المقالات",
    "مقالات", "المشاركات",
)  # fmt: skip


def _ends_with_author_posts(b: _Block) -> bool:
    """Whether block `b`'s last line ends with the link to the author's posts (`_AUTHOR_POSTS_END`),
    or is that link on a line of its own under the bio's lines ("Claire Dubois / Claire Dubois est
    journaliste ... / Voir tous les articles de Claire Dubois", set without blank lines)."""
    last = b.lines[-1]
    if not _blocks.may_hold(last, last.lower(), _AUTHOR_POSTS_WORDS):
        return False
    own_line = len(b.lines) > 1 and len(_WORD.findall(last)) <= AUTHOR_POSTS_WORDS and AUTHOR_POSTS.match(last)
    return bool(own_line or _AUTHOR_POSTS_END.search(last))


def _text_before(blocks: list[_Block], i: int) -> bool:
    """Whether article text (`ARTICLE_BEFORE_BIO` of block value) comes before block `i`."""
    return sum(b.value for b in blocks[:i] if b.value > 0) >= ARTICLE_BEFORE_BIO


def _author_names(line: str) -> set[str]:
    """The words of the author's name after the posts link's phrase ("Latest posts by Amy Motroni
    (see all)" -> {"Amy", "Motroni"}): capitalised words of 3+ letters."""
    m = AUTHOR_POSTS.match(line)
    rest = line[m.end() :] if m else ""
    return {w for w in _WORD.findall(rest) if len(w) >= 3 and w[0].isupper()}


def _mark_bio_above(blocks: list[_Block], i: int, prose_lang: bool) -> None:
    """Block `i` is the link to the author's posts: the prose block right above it is the author
    box, and so are the blocks above that one which name the author ("I'm Amy and ...") or are
    the name line, up to `AUTHOR_BIO_BLOCKS`. Only below article text (`_text_before`)."""
    names = _author_names(blocks[i].lines[0])
    for n, j in enumerate(range(i - 1, max(-1, i - 1 - AUTHOR_BIO_BLOCKS), -1)):
        b = blocks[j]
        if b.kind or b.signal or not (1 <= b.words <= AUTHOR_BIO_MAX_WORDS) or not _text_before(blocks, j):
            return
        named = bool(names & set(_WORD.findall(b.text)))
        if n > 0 and not named:
            return
        if n == 0 and b.words < AUTHOR_BIO_MIN_WORDS and not named:
            return
        _mark_author_box(blocks, j)
        if names and not b.extra.get("author"):
            b.extra["author"] = " ".join(w for w in _WORD.findall(blocks[i].lines[0]) if w in names)
        _score(b, prose_lang)


# A name on a line of its own over a paragraph that goes on from it ("Matthias Weber" / "Matthias
# Weber ist ERP-Experte mit ...", "Dr. Thomas Schulte" / "ist Gründungspartner der Kanzlei ..."):
# the card about the author or the expert under a post (issue 13, grouped CV's kept chrome). A
# page's only such pair, below article text: a list of profiles ("Joe Biden" / "Joe Biden is
# ...") has several, and is the article.
_NAME_LINE = re.compile(
    r"^(?:(?:Dr|Prof|Mag|Ing)\.\s)*(?!(?:Die|Der|Das|Den|Dem|The|La|Le|Les|El|Los|Las|Il|Lo|Unsere?|Our|Mehr|More)\s)"
    rf"[{UPPER}][\w'’-]+(?: [{UPPER}]\.)?(?: [{UPPER}][\w'’-]+){{1,3}}$"  # (a middle initial: "Ramon D. Villanueva")
)
# the verb that goes on from the name: "ist", "is", "est", "lebt", "schreibt", "works as"
_CARD_VERB = re.compile(
    r"^(?:ist|war|is|was|has|hat|est|es|é|è|lebt|lives|arbeitet|works|schreibt|writes|leitet|leads|studierte|studied|"
    r"gründete|founded|berät|advises|unterrichtet|teaches)\b"
)
NAME_LINE_MAX_CHARS = 60  # "Prof. Dr. Anna-Lena Müller-Lüdenscheidt" fits
NAME_CARD_MIN_WORDS = 8  # the paragraph: a sentence about the person, not a caption's few words


def _name_card_at(blocks: list[_Block], i: int) -> bool:
    """Whether block `i - 1` is a name line (`_NAME_LINE`) and block `i` goes on from it: it opens
    with that name and a verb (`_CARD_VERB`: "NAME ist ...") or with the verb alone ("ist ...")."""
    b, prev = blocks[i], blocks[i - 1]
    if not (NAME_CARD_MIN_WORDS <= b.words <= AUTHOR_BIO_MAX_WORDS) or len(prev.lines) != 1:
        return False
    if len(prev.text) > NAME_LINE_MAX_CHARS:  # bounded input: the pattern backtracks on hyphens
        return False
    if not _NAME_LINE.match(prev.text):
        return False
    rest = b.text[len(prev.text) + 1 :] if b.text.startswith(prev.text + " ") else b.text
    return bool(_CARD_VERB.match(rest))


def _mark_name_card(blocks: list[_Block], i: int, prose_lang: bool) -> None:
    """Blocks `i - 1` (the name line) and `i` (the paragraph about the person) are an author box."""
    _mark_author_box(blocks, i)
    name = blocks[i - 1]
    name.kind, name.reason = BYLINE, "author box (name)"
    name.signal = name.signal or "author box"
    for b in (blocks[i - 1], blocks[i]):
        b.extra["author"] = name.text
        _score(b, prose_lang)


def _article_run(blocks: list[_Block]) -> tuple[int, int]:
    """(start, end) of the article run of a page dump. Position: once the tail starts after
    real text, later prose is chrome (bios, comments, newsletter blurbs), so it counts for much
    less. A sign-up box (`_mark_signup_boxes`) and a notice that the page is old are left out of
    the run's sums (the notice between the headline's deck and the text cut the deck off: trial 61)."""
    total_text = sum(b.value for b in blocks if b.value > 0)
    seen_text = 0.0
    tail_reason = ""
    for b in blocks:
        if b.tail and seen_text >= max(50.0, 0.4 * total_text):
            tail_reason = tail_reason or b.signal
        elif tail_reason and b.value > 0:
            b.value *= 0.25
            b.extra["after_tail"] = tail_reason
        if b.value > 0:
            seen_text += b.value
    counted = [i for i, b in enumerate(blocks) if not {"signup_box", "notice_box"} & b.extra.keys()]
    counted = counted or list(range(len(blocks)))
    start, end = _best_run([blocks[i].value for i in counted])
    return (counted[start], counted[end]) if start >= 0 else (start, end)


def _mark_teaser_lists(blocks: list[_Block], prose_lang: bool) -> None:
    """After a teaser-list header ("More from SITE", "Related", "Lesen Sie auch"), headline-like
    lines, each followed by at most one snippet, dates and "read more" links are the list; the
    list ends at prose that does not follow a headline (the article resuming, or the footer),
    prose under a block listing 3+ headlines among them (a snippet is one headline's)."""
    i = 0
    n = len(blocks)
    page_title = blocks[0].text.casefold() if blocks else ""  # the page's <title> line
    while i < n:
        if blocks[i].extra.get("teaser") != "header":
            i += 1
            continue
        weighs = "weighs" in blocks[i].extra
        j = i + 1
        after_headline = after_title = False
        headlines_only = False  # two headlines in a row: a list without snippets
        while j < n:
            b = blocks[j]
            if b.extra.get("teaser") == "header" or b.tail or _repeats_headline(b, page_title):
                break
            if _comment_header(b.text):
                break  # a thread's post under a "Top comments" header, not a list of other stories
            dated = bool(_find_date(b.text) and b.words <= 12)  # a teaser's date line, no headline
            headline = _teaser_headline(b, j == i + 1, dated)
            if headline and _heads_article(blocks, j):
                break  # the article's own headline over its byline: the list is over
            boxed = j == i + 1 and len(blocks[i].lines) == 2  # (the label over its one headline)
            if headline and (after_title or boxed) and _subheading_of_resumed_text(blocks, i, j):
                b.extra["box_end"] = "subheading"  # (`kept._keep_subheading_after_box`)
                break  # the article's own subheading under a one-item box: the list is over
            listing = len(b.lines) >= 2 and (
                b.signal.startswith(("navigation", "list of links"))
                or headline_lines(b.lines)
                or _teaser_lines(b.lines)
                or _two_headlines(b)
            )
            small = b.words <= 4 or bool(b.signal) or _is_caption(b) or dated
            if not (headline or listing or small) and _card_block(b) and not _prose_follows(blocks, j):
                after_headline = after_title = False  # a whole item: its headline over its snippet
            elif headline or listing or small:
                headlines_only = headlines_only or (after_title and headline)
                # (a kicker of a word or two over a headline, "Studio Visits", is no headline of its own)
                after_title = (headline and b.words > TEASER_KICKER_WORDS) or listing
                # a block of 3+ headlines has no snippet under it: prose after it is the article's
                after_headline = headline
            elif after_headline and not headlines_only and b.words <= 60 and not _prose_follows(blocks, j):
                after_headline = after_title = False  # the snippet under a headline
            else:
                break  # prose that no headline introduces: the list is over
            b.signal = b.signal or "teaser list"
            b.extra["teaser"] = "item"
            if not weighs:
                b.value = 0.0  # neither for nor against: the article may go on below the list
            j += 1
        if not weighs:
            blocks[i].value = 0.0
        i = j


SNIPPET_NEXT_PROSE_WORDS = 15
TEASER_KICKER_WORDS = 2  # a section's label over a teaser's headline ("Studio Visits", "Lokales")
TEASER_DECK_MAX_WORDS = 60  # a deck between a headline and its byline: a paragraph of a sentence or two
ARTICLE_PROSE_MIN_WORDS = (
    30  # the article's first paragraph under its byline (a lead of a sentence or two), ending a sentence
)
BYLINE_TO_TEXT_BLOCKS = 3  # a share bar and a photo's caption between the byline and the text


def _card_block(b: _Block) -> bool:
    """Whether `b` is teaser items whole, the extractor having joined a list item's link and its
    summary (`<li><a>HEADLINE</a><p>SNIPPET</p></li>`, trial 34; `<a>` `<br>` text, trial 47),
    or a list's items, into one block: each item a line of 2 to TEASER_HEADLINE_WORDS words with
    no sentence end over at most TEASER_DECK_MAX_WORDS words of summary, the block's first line
    a headline and one item at least with a summary."""

    def headline(line: str) -> bool:
        return 2 <= len(_WORD.findall(line)) <= TEASER_HEADLINE_WORDS and not _SENT_END.search(line)

    if len(b.lines) < 2 or not headline(b.lines[0]):
        return False
    summary, summaries = 0, 0
    for line in b.lines[1:]:
        if headline(line):
            summary = 0
            continue
        summaries += summary == 0
        summary += len(_WORD.findall(line))
        if summary > TEASER_DECK_MAX_WORDS:
            return False
    return summaries > 0


def _heads_article(blocks: list[_Block], j: int) -> bool:
    """Whether block `j`, a headline under a teaser list's header, is the article's own: no
    photo's caption (`_is_caption`, `CREDIT_AT_END`), a byline under it with at most one deck paragraph
    (TEASER_DECK_MAX_WORDS words at most) and photo captions between, and a paragraph of
    running text (ARTICLE_PROSE_MIN_WORDS words, a sentence's end) within BYLINE_TO_TEXT_BLOCKS
    blocks under that byline. A teaser card's "By NAME" has the next card under it. Trial 50: a
    local paper's headline and deck after its "Trending:" row were dropped as teasers."""

    def caption(x: _Block) -> bool:
        return bool(_is_caption(x) or CREDIT_AT_END.search(x.text))

    if caption(blocks[j]):
        return False
    deck = False
    for k in range(j + 1, min(len(blocks), j + 4)):
        b = blocks[k]
        if b.kind == BYLINE or _byline_names(b):
            below = blocks[k + 1 : k + 1 + BYLINE_TO_TEXT_BLOCKS]
            return any(x.sentence_end and x.words >= ARTICLE_PROSE_MIN_WORDS and not x.signal for x in below)
        if caption(b):
            continue
        if deck or len(b.lines) > 2 or b.words > TEASER_DECK_MAX_WORDS:
            return False
        deck = True
    return False


SUBHEADING_MAX_WORDS = 6  # "What the project includes": a section's heading, no news headline
SUBHEADING_SHARE = 0.6  # ... shorter than the box's headline by this much


def _subheading_of_resumed_text(blocks: list[_Block], header: int, j: int) -> bool:
    """Whether headline-like block `j`, after a box's one headline (`blocks[header + 1]`), is the
    article's own subheading over its text resuming: a line of at most SUBHEADING_MAX_WORDS words,
    under SUBHEADING_SHARE of that headline's, over a paragraph of the article: prose of
    SNIPPET_NEXT_PROSE_WORDS+ words leading into a list (a colon's end), or of
    ARTICLE_PROSE_MIN_WORDS+ words or with more prose under it (`_prose_follows`). Trial 51: "ALSO READ" / a 10-word headline / "What the project
    includes" / the article's paragraphs (Kenya), and the same in Greek ("Διαβάστε επίσης"); a
    box's second headline is as long as its first. The box's label and its headline may be one
    block of two lines ("Related" / "Vendors at the Sav market say ...": trial 61's Drupal page
    lost "Fuel still the biggest bill" so)."""
    if j + 2 >= len(blocks):
        return False
    if j == header + 2:
        first = blocks[header + 1].words
    elif j == header + 1 and len(blocks[header].lines) == 2:
        first = len(blocks[header].lines[1].split())
    else:
        return False
    b = blocks[j]
    if len(b.lines) != 1 or b.words > SUBHEADING_MAX_WORDS or b.words > SUBHEADING_SHARE * first:
        return False
    nxt = blocks[j + 1]
    if nxt.signal or nxt.tail or nxt.words < SNIPPET_NEXT_PROSE_WORDS:
        return False
    if nxt.text.rstrip().endswith(":"):
        return True  # a paragraph leading into a list: no teaser's snippet ends so
    return nxt.sentence_end and (_prose_follows(blocks, j + 1) or nxt.words >= ARTICLE_PROSE_MIN_WORDS)


def _prose_follows(blocks: list[_Block], j: int) -> bool:
    """Whether the block after `blocks[j]` (a paragraph under a teaser's headline) is prose of
    SNIPPET_NEXT_PROSE_WORDS+ words with a sentence end and no chrome signal: then `blocks[j]` is
    the article resuming under a one-headline box ("関連記事" / a headline / the next paragraph),
    not the headline's snippet, which a list's next headline, its end or the footer follows."""
    nxt = blocks[j + 1] if j + 1 < len(blocks) else None
    if blocks[j].text.rstrip().endswith(("...", "…")):
        return False  # a snippet cut short
    return (
        nxt is not None
        and nxt.words >= SNIPPET_NEXT_PROSE_WORDS
        and nxt.sentence_end
        and not nxt.signal
        and nxt.extra.get("teaser") != "header"
        and not nxt.tail
    )


_TITLE_PARTS = re.compile(r"\s[|–—-]\s")  # a <title>'s headline and its site's name: "HEADLINE | SITE"
_HEADLINE_GOES_ON = re.compile(r":\s|\s[–—-]\s")  # "HEADLINE: more", "HEADLINE – more"
TITLE_PART_MIN_CHARS = 20


def _repeats_headline(b: _Block, headline: str) -> bool:
    """Whether one-line block `b` is the page's headline as its <title> line (`headline`, case
    folded) gives it, or opens with the <title>'s headline part (TITLE_PART_MIN_CHARS or more)
    and goes on after a colon or a dash (the <title> shortens it: "HEADLINE: a figure" under
    "HEADLINE | SITE", trial 62's newsroom page, its headline read as a menu's teaser): no
    teaser list runs over the page's own headline."""
    text = b.text.casefold()
    if len(b.lines) != 1 or b.words < 3:
        return False
    if text == headline or (len(text) >= 20 and text in headline):
        return True
    parts = [p.strip() for p in _TITLE_PARTS.split(headline) if len(p.strip()) >= TITLE_PART_MIN_CHARS]
    return any(text.startswith(p) and _HEADLINE_GOES_ON.match(text, len(p)) for p in parts[:1])


TEASER_LINE_MAX_WORDS = 30  # a teaser's headline and the sentence or two of its summary
TEASER_LINE_HEAD_WORDS = 15  # the headline before the separator
# a headline's end inside a teaser's line: a dash, or a colon after a kicker ("Minnesord: NAME – ...")
_TEASER_SEPARATOR = re.compile(r"\s[–—]\s|:\s")


def _teaser_lines(lines: list[str]) -> bool:
    """Whether `lines` are other stories' teasers one a line, each a headline and its summary
    after a dash or a kicker's colon ("Minnesord: Bertil Nyström – Han var bygdens spelman ..."
    / "Hon fyller 100 år: Elsa Norberg – ..."): 2+ lines of up to TEASER_LINE_MAX_WORDS words,
    each with its separator within its first TEASER_LINE_HEAD_WORDS words. Under a teaser list's
    header (trial 31's print view kept its "Mer från Familj" items)."""
    if len(lines) < 2:
        return False
    for ln in lines:
        m = _TEASER_SEPARATOR.search(ln)
        if (
            len(_WORD.findall(ln)) > TEASER_LINE_MAX_WORDS
            or not m
            or len(_WORD.findall(ln[: m.start()])) > TEASER_HEADLINE_WORDS
        ):
            return False
    return True


def _teaser_headline(b: _Block, first: bool, dated: bool) -> bool:
    """Whether block `b` under a teaser list's header reads as one teaser's headline: one or two
    lines of 2 to 25 words, no sentence (a question may be the `first` item's: "Could X bring £2m
    a year?"), no date line (`dated`), not two headlines (`_two_headlines`: a list of two, no one
    headline whose snippet the prose under it is)."""
    asks = first and len(b.lines) == 1 and b.text.rstrip().endswith(QUESTION_MARKS)
    headline = len(b.lines) <= 2 and 2 <= b.words <= 25 and (not b.sentence_end or asks) and not dated
    return headline and not _two_headlines(b)


# Two stories' headlines one a line under a teaser box's label, each of this many words or more
# (a kicker over one headline is shorter: "Aurich" / "Sanierung des Hallenbads ..."): the prose
# under them is the article resuming, not a snippet (trial 66's "Das könnte Sie auch
# interessieren" box inside a regional TV story took its next paragraph and subheading along).
TWO_HEADLINES_MIN_WORDS = 4


def _two_headlines(b: _Block) -> bool:
    """Whether block `b` is two headline lines (TWO_HEADLINES_MIN_WORDS to TEASER_HEADLINE_WORDS
    words each, neither ending a sentence)."""
    if len(b.lines) != 2:
        return False
    return all(
        TWO_HEADLINES_MIN_WORDS <= len(_WORD.findall(ln)) <= TEASER_HEADLINE_WORDS and not _SENT_END.search(ln)
        for ln in b.lines
    )


def headline_lines(lines: list[str]) -> bool:
    """Whether `lines` are other stories' headlines one a line ("- Escándalo en Cartagena: ... / - La
    historia de ..."): 3+ lines of 3 to TEASER_HEADLINE_WORDS words, at most a third of them
    ending a sentence. Under a teaser list's header it is a list of its items, though it holds
    enough words a line and function words to pass for hard-wrapped prose (`_chrome_signal`)."""
    counts = [len(_WORD.findall(ln)) for ln in lines]
    ended = sum(1 for ln in lines if _SENT_END.search(ln))
    return len(counts) >= 3 and all(3 <= c <= TEASER_HEADLINE_WORDS for c in counts) and 3 * ended <= len(lines)


# A list of teasers: two or more blocks on a page end with a read-more link, each an excerpt of
# another post, of any length up to SNIPPET_MAX_WORDS (a blog's front page, "Read More" under each
# of six stories). On the tuning pages every block over LINK_BLOCK_MAX_WORDS that ends so is
# chrome (13 blocks on 7 pages; none holds article text); one alone may be the article's own
# paragraph before a link, and stays with the block model.
SNIPPET_MAX_WORDS = 150
SNIPPETS_MIN = 2


def _long_snippets(blocks: list[_Block]) -> set[int]:
    """Indexes of the blocks over LINK_BLOCK_MAX_WORDS (up to SNIPPET_MAX_WORDS) that end with a
    read-more link (`textblocks.ends_read_more`), when the page has SNIPPETS_MIN or more blocks that do."""
    ends = [i for i, b in enumerate(blocks) if b.words <= SNIPPET_MAX_WORDS and ends_read_more(b.lines[-1][-200:])]
    if len(ends) < SNIPPETS_MIN:
        return set()
    return {i for i in ends if blocks[i].words > LINK_BLOCK_MAX_WORDS}


def _is_sentence_prose(b: _Block) -> bool:
    """A paragraph that reads as running text: 10+ words ending a sentence, or 25+ words."""
    return b.words >= 25 or (b.words >= 10 and b.sentence_end)


# A Chinese, Japanese or Korean story's sign-off, on its own line at the article's end: the
# writer's name in brackets with no role word ("（山田太郎）", "(山田太郎)": Japanese papers sign so;
# with a role, "（记者 张三）", "（김민수 기자）", `_CJK_BYLINE` reads it), or the story's end mark
# ("（完）", "(끝)", "【全文完】"). Written for the project from Japanese, Chinese and Korean news
# pages' conventions. In brackets, a word of two to six letters that is no name: the end and
# continuation marks, a picture's or a source's note, and a news agency or outlet's name (a
# word ending in 社/通信/新聞/网/網/报/報/台: "（共同）" is Kyodo's credit, as "REUTER" is Reuters').
_CJK_END_MARK = re.compile(r"^[（(【<〈［\[]\s*(?:全文)?(?:完|终|終|了|끝)\s*[）)】>〉］\]]$")
_CJK_BRACKETED_NAME = re.compile(
    r"^[（(【［\[]\s*(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\u3040-\u30ff]{1,5}|[\uac00-\ud7a3]{2,4})\s*[）)】］\]]$"
)
_CJK_NOT_NAMES = frozenset(
    "续 續 待续 待續 未完 未完待续 未完待續 続く つづく 続 写真 撮影 图 圖 图片 圖片 资料 資料 资料图 資料圖 "
    "资料照片 資料写真 注 译 譯 编译 編譯 来源 來源 出典 连线 連線 视频 視頻 動画 动画 上篇 中篇 下篇 前編 後編 사진".split()
)
# news agencies signing a story they sent (Kyodo, Jiji, Xinhua, China News Service, CNA, Yonhap,
# Newsis), and any outlet's name by its last word (-社 agency, 通信 wire, 新聞 newspaper, 网 site,
# 报 paper, 台 station)
_CJK_AGENCIES = frozenset(
    "共同 時事 时事 新华社 新華社 中新社 中央社 人民网 新华网 央视 央視 연합뉴스 뉴시스 뉴스1".split()
)
_CJK_OUTLET_END = re.compile(r"(?:社|通信|新聞|新闻|网|網|报|報|台)$")
_CJK_NUMERALS = frozenset("一二三四五六七八九十百千〇零")
SIGN_OFF_REASON = "byline (the writer's name in brackets at the article's end)"
END_MARK_REASON = "sign-off (the story's end mark)"
AGENCY_SIGN_OFF_REASON = "sign-off (a news agency's or outlet's credit)"


def _cjk_sign_off_name(text: str) -> str:
    """The writer's name of a bracketed CJK sign-off line ("（山田太郎）" -> "山田太郎", `_CJK_BRACKETED_NAME`),
    '' for any other line (an end mark, a source, an outlet, a part's number: `_CJK_NOT_NAMES`)."""
    m = _CJK_BRACKETED_NAME.match(text.strip())
    name = m.group("name") if m else ""
    if not name or name in _CJK_NOT_NAMES or _cjk_outlet(name) or set(name) <= _CJK_NUMERALS:
        return ""
    return name


def _cjk_outlet(name: str) -> bool:
    """Whether a bracketed word is a news agency's or an outlet's name (`_CJK_AGENCIES`,
    `_CJK_OUTLET_END`: "共同", "新华社", "朝日新聞")."""
    return name in _CJK_AGENCIES or bool(_CJK_OUTLET_END.search(name))


def _mark_cjk_sign_off(blocks: list[_Block]) -> None:
    """The last body blocks of a Chinese, Japanese or Korean story that are its sign-off, each one
    line: the writer's name in brackets (`_cjk_sign_off_name`) a byline (BYLINE, SIGN_OFF_REASON,
    its name the author), the story's end mark (`_CJK_END_MARK`: "（完）") and an agency's credit
    ("（共同）", `_cjk_outlet`) boilerplate; up to two
    such lines, from the last body block up ("（山田太郎）" / "（完）"). Only at the article's end: a
    bracketed word in the text is no signature."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind == BODY), -1)
    for b in blocks[max(last - 1, 0) : last + 1][::-1] if last >= 0 else []:
        if b.kind != BODY or len(b.lines) != 1:
            return
        m = _CJK_BRACKETED_NAME.match(b.text.strip())
        if _CJK_END_MARK.match(b.text.strip()):
            b.kind, b.reason = BOILERPLATE, END_MARK_REASON
        elif m and _cjk_outlet(m.group("name")):
            b.kind, b.reason = BOILERPLATE, AGENCY_SIGN_OFF_REASON
        elif name := _cjk_sign_off_name(b.text):
            b.kind, b.reason = BYLINE, SIGN_OFF_REASON
            b.extra["author"] = name
        else:
            return
