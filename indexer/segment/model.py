"""The block model over the rules: features of a page's blocks (`analyse_text`), the model's
verdict where the rules leave it (`apply_model`), and the plain-text path (`_classify_text`).
"""

from __future__ import annotations
import math
from typing import Any
from .. import blocks as _blocks, language
from ..models import BODY, BOILERPLATE, HEADING, TITLE
from .patterns import _HEADING_PUNCT_END, _INTERVIEW_QUESTION
from .textblocks import HASHTAG_ROW_REASON, _Block, _measure, _page_language, _post_byline, split_blocks
from .speakers import split_speaker_labels
from .furniture import _mark_consent_dialogs, _post_head_at
from .wiki import is_wiki_page, split_wiki_page
from .captions import _RULE_FINAL, _mark_captions_under_credits, _mark_signup_boxes
from .inline import link_row
from .kept import _BREADCRUMB, _mark_content_lists, _prose_lang, _unmark_lists_outside
from .head import _find_title, prose_sentence_line, shown_headline
from .headslot import SLOT_REASON, slot_headline
from .kinds import POST_TITLE_MAX_WORDS, _classify_one, _prose_above
from .bios import mark_answerer_boxes, mark_edge_bios
from .cards import _mark_link_sentences, _mark_teaser_cards
from .tail import (
    _article_run,
    _mark_signed_thread,
    _mark_teaser_lists,
    _release_comment_links,
    _text_signals,
    mark_about_rest,
    mark_mail_boxes,
)


def analyse_text(text: str, with_features: bool = True) -> tuple[list[_Block], list[list[float]]]:
    """The rule pass over a plain-text page, and each block's feature row (`blocks.FEATURES`).

    Returns (blocks, rows); rows is empty for a clean article (the rules' answer is final) or
    when `with_features` is False. Used by `segment` and by eval/train_blocks.py.
    """
    blocks = split_blocks(text)
    blocks = split_speaker_labels(split_wiki_page(blocks) if is_wiki_page(text) else blocks)
    if not blocks:
        return blocks, []
    for b in blocks:
        _measure(b)
    stops = _page_stop_words(blocks)
    if stops:
        for b in blocks:
            tokens = b.tokens
            b.lang_stop = sum(map(stops.__contains__, tokens)) / len(tokens) if tokens else 0.0
    clean = _classify_text(blocks)
    if clean or not with_features:
        return blocks, []
    return blocks, _blocks.features(blocks, stops)


def _page_stop_words(blocks: list[_Block]) -> frozenset[str]:
    """Stop words of the page's language, detected on its longest blocks (the prose, not the
    menus); empty when the language is undetermined or has no list."""
    code = _page_language(blocks)
    return language.stop_words(code) if code != language.UNDETERMINED else frozenset()


# Model decisions that flip the rules' kind get a reason from the block's own evidence.
_KEEP_KINDS = (BODY, HEADING)


def is_decided(b: _Block) -> bool:
    """Whether the block model decides this block: body, heading and boilerplate blocks, except
    what the rules know for certain: repeats (the text is indexed where it first appears),
    teaser lists (a header and the headlines under it), Markdown headings, the kinds of chrome
    that read like prose but say what they are (cookie notices, newsletter sign-ups, disclosures,
    promotions: `_PROMOTION`), date lines above the article and time stamps (`_date_or_time_line`),
    a comment thread known by its signatures (`_mark_signed_thread`), and the page tail's start
    and the prose after an author box (`_RULE_FINAL`)."""
    return (
        b.kind in (BODY, HEADING, BOILERPLATE)
        and "md" not in b.extra
        and "teaser" not in b.extra
        and "thread" not in b.extra
        and not b.reason.startswith(_RULE_FINAL)
    )


def apply_model(blocks: list[_Block], rows: list[list[float]], model: Any) -> None:
    """Let the learned model decide article text vs chrome for body, heading and boilerplate
    blocks (titles, captions and bylines keep the rules' kind). A flipped block's reason says
    which evidence the model followed: "comment thread", "teaser list", "prose, high stop-word
    density", ..."""
    decided = [is_decided(b) for b in blocks]
    add_lexical = getattr(model, "add_lexical", None)
    lexical = add_lexical(rows, [b.text for b in blocks], [b.tokens for b in blocks]) if add_lexical else []
    probs = model.probabilities(rows)
    keeps = model.keep(probs, decided)
    # Below a comment-thread header that follows the article ("12 responses to ...", "Leave a
    # Reply", "Kommentare"), prose is readers', not the article's: a structural fact the
    # block-by-block model cannot always see.
    thread = _blocks.FEATURES.index("after_comment_header")
    header = _blocks.FEATURES.index("comment_header")
    for i, row in enumerate(rows):
        if row[thread] or (row[header] and i + 1 < len(rows) and rows[i + 1][thread]):
            keeps[i] = False
    # A heading stands or falls with the text it opens (headings are rarely labelled either
    # way in the training data, so the model's own opinion of them is weak).
    following = False
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if decided[i] and b.kind == HEADING:
            keeps[i] = keeps[i] or following
        elif decided[i]:
            following = keeps[i]
    any_prose_kept = any(keeps[i] and decided[i] and b.sentences for i, b in enumerate(blocks)) or any(
        b.kind == BODY and not decided[i] for i, b in enumerate(blocks)
    )
    if not any_prose_kept:
        any_prose_kept = _keep_best_prose(blocks, rows, decided, keeps, probs, model.threshold)
    flipped = [i for i, b in enumerate(blocks) if decided[i] and not keeps[i] and b.kind in _KEEP_KINDS]
    by_words = _decided_by_words(blocks, rows, model, lexical, flipped) if lexical and flipped else {}
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    for i, (b, row) in enumerate(zip(blocks, rows, strict=True)):
        if not decided[i]:
            continue
        if keeps[i] and b.kind == BOILERPLATE:
            nxt = next((j for j in range(i + 1, len(blocks)) if decided[j]), -1)
            if not b.sentences and (not any_prose_kept or (i < title and _menu_item(b))):
                # a line without a sentence on a page where no prose is kept is not "article
                # text among article text" (a menu word of a page of menus), nor a menu's item
                # over the headline ("スポーツ", "ログイン": a model trained on Latin pages' menus)
                continue
            if i == 0 < title and (_holds_headline(b, blocks[title]) or "page_title" in b.extra):
                continue  # the dump's <title> line, "SITE: HEADLINE": the headline below is the text
            opens_text = nxt >= 0 and keeps[nxt] and blocks[nxt].words >= 15
            b.kind, b.reason = _kept_kind(b, row, opens_text)
        elif not keeps[i] and b.kind in _KEEP_KINDS:
            evidence = _chrome_evidence(row)
            if probs[i] >= model.threshold and evidence != "comment thread":  # dropped by the sequence decision
                evidence = "prose apart from the article text"
            elif i in by_words and evidence in _GENERIC_EVIDENCE:
                evidence = by_words[i]
            elif i in by_words and evidence != "comment thread":  # a named kind, and its words
                evidence = f"{evidence}; {by_words[i]}"
            b.kind, b.reason = BOILERPLATE, f"{evidence} (block model)"


_COL = {name: i for i, name in enumerate(_blocks.FEATURES)}

# Where the model keeps no prose on a page, the rules' prose it came closest to keeping stays
# when its probability reaches this share of the threshold: a page saved as an article almost
# always holds some (the trial's one-paragraph French brief under its byline and date, 0.46;
# the licence and "create a free blog" lines of a page whose text is all dialogue, 0.11 and 0.06).
RESCUE_SHARE = 0.5


def _keep_best_prose(
    blocks: list[_Block],
    rows: list[list[float]],
    decided: list[bool],
    keeps: list[bool],
    probs: list[float],
    threshold: float,
) -> bool:
    """Keep (in `keeps`) the rules' body blocks with a sentence that the model dropped with a
    probability of at least RESCUE_SHARE of its threshold, never below a comment-thread header;
    called when the model kept no prose on the page. Returns whether any was kept."""
    thread = _COL["after_comment_header"]
    bar = RESCUE_SHARE * threshold
    rescued = [
        i
        for i, b in enumerate(blocks)
        if decided[i] and b.kind == BODY and b.sentences and not rows[i][thread] and probs[i] >= bar
    ]
    for i in rescued:
        keeps[i] = True
    return bool(rescued)


# What `_chrome_evidence` says when no named kind fired: the lexical reason replaces it.
_GENERIC_EVIDENCE = ("few stop words for prose", "reads as page chrome")


def _decided_by_words(
    blocks: list[_Block], rows: list[list[float]], model: Any, lexical: list[float], flipped: list[int]
) -> dict[int, str]:
    """Reasons for the blocks of `flipped` (kept by the rules, dropped by the model) that the
    lexical score decided: those whose words weigh towards chrome and that the model's first
    stage would have kept had their words said nothing (their lexical column at 0, even odds;
    the first stage alone, so the check costs one small pass), named by their words that weigh
    most towards chrome."""
    chrome = [i for i in flipped if lexical[i] < 0]
    if not chrome:
        return {}
    neutral = [list(rows[i]) for i in chrome]
    for row in neutral:
        row[_COL["lexical"]] = 0.0
    out: dict[int, str] = {}
    for i, p in zip(chrome, model.stage_probabilities(neutral), strict=True):
        if p >= model.threshold:
            words = model.lexical.chrome_words(blocks[i].text)
            named = ", ".join(f"'{w}'" for w in words)
            out[i] = f"reads like site chrome: words such as {named}" if words else "reads like site chrome"
    return out


def _holds_headline(line: _Block, headline: _Block) -> bool:
    """Whether a page's first line (its <title>) holds the headline found below it, with other
    words (a site's name: "Bergfreunde unterwegs: Über die Partnachklamm zur Hütte")."""
    return len(line.lines) == 1 and headline.text.casefold() in line.text.casefold() and line.words > headline.words


MENU_ITEM_MAX_WORDS = 2  # "Sport", "ログイン" (as count_words counts it), "Log in"


def _menu_item(b: _Block) -> bool:
    """Whether a line is a menu's item (MENU_ITEM_MAX_WORDS words) or a breadcrumb trail."""
    return len(b.lines) == 1 and (b.words <= MENU_ITEM_MAX_WORDS or bool(_BREADCRUMB.search(b.text)))


def _kept_kind(b: _Block, row: list[float], opens_text: bool) -> tuple[str, str]:
    """(kind, reason) of a block the rules dropped and the model keeps: a heading when it is a
    short unpunctuated line opening kept prose (`opens_text`), else body, with its evidence."""
    if (
        len(b.lines) == 1
        and b.words <= 12
        and not _HEADING_PUNCT_END.search(b.text)
        and opens_text
        and not _INTERVIEW_QUESTION.match(b.text)
        and not b.reason.startswith("date line")
    ):
        return HEADING, "short line without sentence punctuation (block model)"
    if b.reason.startswith("date line"):  # a post's or a comment's date and author: no heading
        return BODY, "date line among article text (block model)"
    if row[_COL["stop"]] >= 0.3 and b.sentence_end:
        return BODY, "prose, high stop-word density (block model)"
    if b.sentences:
        return BODY, "prose, sentence punctuation (block model)"
    return BODY, "reads as article text among article text (block model)"


def _chrome_evidence(row: list[float]) -> str:
    """Why the model drops a block the rules kept, from its strongest chrome feature."""
    if row[_COL["after_comment_header"]] or row[_COL["comment_mark"]] or row[_COL["comment_header"]]:
        return "comment thread"
    if (
        row[_COL["teaser_run"]] >= math.log1p(3)
        or row[_COL["read_more"]]
        or (row[_COL["n+1_headline_like"]] and row[_COL["headline_like"]])
    ):
        return "teaser list"
    if row[_COL["reason_tail"]] or row[_COL["tail"]]:
        return "page tail"
    if row[_COL["post_meta"]]:
        return "post meta line (tags, categories)"
    if row[_COL["credit"]]:
        return "photo credit"
    if row[_COL["prompt"]]:
        return "prompt to the reader"
    if row[_COL["same_start"]]:
        return "opens like other blocks of the page"
    if row[_COL["stop"]] < 0.15 and row[_COL["page_has_stoplist"]]:
        return "few stop words for prose"
    return "reads as page chrome"


def _classify_text(blocks: list[_Block]) -> bool:
    """The rule pass: every block gets a kind and a reason. Returns True for a clean article
    (no chrome anywhere: a newswire or BBC file), where the rules' answer is final."""
    prose_lang = _prose_lang(blocks)
    _text_signals(blocks, prose_lang)
    mark_mail_boxes(blocks, prose_lang)
    mark_about_rest(blocks, prose_lang)
    mark_edge_bios(blocks, prose_lang)
    mark_answerer_boxes(blocks, prose_lang)
    _release_comment_links(blocks, prose_lang)
    _mark_signed_thread(blocks, prose_lang)
    _mark_teaser_lists(blocks, prose_lang)
    _mark_teaser_cards(blocks)
    _mark_link_sentences(blocks)
    _mark_content_lists(blocks)
    _mark_consent_dialogs(blocks)
    _mark_signup_boxes(blocks)
    _mark_captions_under_credits(blocks)

    # Clean article (BBC, newswire): no chrome anywhere -> everything after the title is text.
    # A few weak signals (a "comment" line, a table) do not make a page dump of a clean file.
    flagged = [b for b in blocks[1:] if b.signal]  # a headline may say "copyright"
    clean = (
        len(flagged) <= 0.1 * len(blocks)
        # (a post's tags row is a page's, no clean file's: trial 60's Tumblr post in Macedonian,
        # a language of no table, was read as clean, its notes and reblogs as text)
        and not any(
            b.tail or b.signal.startswith(("navigation", "legal", "button", HASHTAG_ROW_REASON)) for b in flagged
        )
        and not _site_menu(blocks)
    )
    if clean:
        start, end = (1, len(blocks) - 1) if len(blocks) > 1 else (0, 0)
    else:
        start, end = _article_run(blocks)

    title_idx = _headline_index(blocks, start, clean)
    if title_idx < 0 or blocks[title_idx].words < POST_TITLE_MIN_WORDS:
        # no headline, or a community's name over a post ("r/IAmA"): the post's title
        post = _post_title(blocks)
        title_idx = post if post >= 0 else title_idx
    elif _post_head_at(blocks, title_idx) or _post_head_at(blocks, title_idx + 1):
        title_idx = -1  # a social site's post has no headline: the line over its head is the site's
    if title_idx > start and (clean or blocks[title_idx].extra.get("title_reason") == SLOT_REASON):
        start = title_idx  # a masthead, a menu row, an announcement over the headline are not the article's
    elif clean and title_idx < 0 and blocks and prose_sentence_line(blocks[0]):
        start = 0  # a body-only file opens with its first paragraph: text, not a headline's place
    for i, b in enumerate(blocks):
        b.inside = start <= i <= end
    _unmark_lists_outside(blocks)
    for i, b in enumerate(blocks):
        if b.kind:  # decided earlier (author box)
            continue
        if i == title_idx:
            b.kind, b.reason = TITLE, b.extra.get("title_reason", "headline")
            continue
        _classify_one(blocks, i, b.inside, clean, before=i < start)
    return clean


def _headline_index(blocks: list[_Block], start: int, clean: bool) -> int:
    """Index of the page's headline block (-1 for none), its "title_reason" set: a Markdown
    file's single "# Title", else the headline finder's (`head._find_title`), as the page shows
    it (`head.shown_headline`, `headslot.slot_headline`). `start`: the article's first block."""
    md_title = next((i for i, b in enumerate(blocks) if b.extra.get("md") == "1"), -1)
    if md_title >= 0 and all(b.extra.get("md") != "1" for b in blocks[md_title + 1 :]):
        blocks[md_title].kind = ""  # the single "# Title" of a Markdown file
        blocks[md_title].extra["title_reason"] = "Markdown title (# ...)"
        return md_title
    return slot_headline(blocks, shown_headline(blocks, _find_title(blocks, start, clean), start), start, clean)


def _site_menu(blocks: list[_Block]) -> bool:
    """Whether a page dump holds a site's menu row or breadcrumb trail on a line of its own
    (`inline.link_row`: "INICI | QUI SOM | AGENDA | FOTOS", `_BREADCRUMB`: "Inici > Agenda >
    Cinema a la fresca"): a page, not a clean article file, though the rules flag little else on
    it (trial 31's Catalan club page, in a language without our chrome words, was read as clean
    and its cookie notice, visitor counter and guest book kept as text)."""
    return any(len(b.lines) == 1 and (link_row(b.text) or bool(_BREADCRUMB.search(b.text))) for b in blocks[1:])


POST_TITLE_MIN_WORDS = 3  # a community's name over it ("r/IAmA") is no title


def _post_title(blocks: list[_Block]) -> int:
    """The title of a post on a forum or a social site, on a page whose headline-like lines gave
    none (`_find_title`) or a name of fewer than POST_TITLE_MIN_WORDS words: the one-line block
    right over the post's author line (above any prose of POST_TITLE_MAX_WORDS+ words) (`_post_author`:
    "Submitted 3 hours ago by NAME" under the title), when only short lines stand above it, else
    the one under it ("Posted by u/NAME • 6h" over the title); POST_TITLE_MIN_WORDS to
    POST_TITLE_MAX_WORDS words, no chrome signal. -1 when the page has no such line."""
    at = next((i for i, b in enumerate(blocks) if len(b.lines) == 1 and _post_byline(b)), -1)
    if at < 0 or _prose_above(blocks, at):
        return -1  # (an author line under the article's prose is a comment's)

    def fits(b: _Block) -> bool:
        return len(b.lines) == 1 and POST_TITLE_MIN_WORDS <= b.words <= POST_TITLE_MAX_WORDS and not b.signal

    above = blocks[at - 1] if at > 0 else None
    if above is not None and fits(above) and all(b.words < POST_TITLE_MIN_WORDS for b in blocks[: at - 1]):
        above.extra["title_reason"] = "post title (over its author line)"
        return at - 1
    if at + 2 < len(blocks) and fits(blocks[at + 1]):
        blocks[at + 1].extra["title_reason"] = "post title (under its author line)"
        return at + 1
    return -1
