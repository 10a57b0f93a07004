"""Split an article's text into blocks and classify every block.

Plain-text page dumps (a web page saved as text) mix the article with page chrome: navigation
lists, share buttons, captions printed twice, an author box, newsletter blurbs, legal notices.
No off-the-shelf extractor handles text dumps, so this module is a small, explainable rule
classifier built on the signals the boilerplate-removal literature uses (jusText, BTE, boilerpipe):

1. Split on blank lines; collapse a line printed twice in one block (a caption, once).
2. Score each block alone: length, sentence punctuation, stop-word density, short-line lists
   (navigation), call-to-action / legal / share / credit phrases, repetition in the page.
3. Find the article: the contiguous run of blocks with the largest total score (Finn et al.'s
   Body Text Extraction idea, maximum-sum subarray); long stretches of chrome cost more than
   their parts. Position: an author box, legal notice or comments header costs a lot, and once
   one is seen after most of the page's prose, later prose counts for a quarter (the tail of a
   page is bios, comments and newsletter blurbs). Chrome inside the run keeps its own kind.
4. Inside the run: body, headings (short unpunctuated line before body), captions, bylines.
   Outside: title (the headline), bylines, captions, boilerplate.
5. A text printed more than REPEATS_MAX times on the page is indexed once (`_drop_repeats`).
6. Metadata: title, byline (author names), dateline (`PRAGUE --`), publication date.

Every block keeps a short `reason`. Stdlib only; regexes are compiled once (100k+ blocks).
HTML input arrives with kind hints from trafilatura (`htmlpage`): trusted, then cleaned with the
narrower rules that still apply (calls to action, legal lines, empty headings, adjacent repeats).
Blocks repeated across the pages of one source can be passed in (`source_repeats`): those the
rules and the block model kept as text are then chrome, a final rule (`_mark_source_chrome`).

The package, one module a stage; a module imports only from the ones listed above it:

- `patterns`: lexicons and compiled patterns (function words, calls to action, dates, bylines).
- `textblocks`: the page split into blocks (`split_blocks`, `_Block`) and the tests of one block.
- `scoring`: a block's value as article text and the article run (maximum-sum subarray).
- `speakers`: a transcript's speaker labels on lines of their own, and whose speech follows.
- `repeats`: blocks repeated across the pages of one source (`SourceRepeats`).
- `furniture`: page furniture that reads like text (tool and notice labels, contacts, forms).
- `captions`: captions and their credit lines in plain text.
- `kept`: article text the block model may drop and the rules keep (live posts, line-ups, lists).
- `head`: the headline, kicker, bylines, date lines, deck and standfirst.
- `kinds`: the rules' kind of one block (`_classify_one`).
- `inline`: chrome between the paragraphs kept as short lines (link rows, labelled links, card headlines).
- `cards`: rails of teaser cards without a header, and lists of headlines written as sentences.
- `tail`: what follows the article (wire and release tails, comments, author boxes, teasers).
- `bios`: an author's bio under the name at the article's end, by what it is (plain text and HTML).
- `articleend`: where the article ends (share buttons, a link back to the list, previous / next links) and the boxes under it.
- `model`: the block model over the rules and the plain-text path (`analyse_text`, `apply_model`).
- `html`: HTML input, trafilatura's blocks cleaned by the rules that apply to them.
- `metadata`: repeats dropped, credits cut; the title, byline, dateline and date of the article.
- this `__init__`: `segment`, the one entry point, and the package's interface.
"""

from __future__ import annotations
from collections.abc import Sequence
from typing import Any
from .. import blocks as _blocks, pagekind, pubdate
from ..errors import Advice, Command, literal
from ..models import BODY, INDEXED_KINDS, LEAD, TITLE, Article, Document
from .textblocks import _Block, _measure, _page_language
from .speakers import mark_speaker_labels, split_speaker_labels
from .repeats import SourceRepeats, _mark_source_chrome
from .furniture import _mark_button_labels, _mark_fact_boxes, _mark_listing, _mark_page_furniture, _mark_wiki_boxes
from .captions import _mark_captions_ending_with_credits, _mark_credit_captions
from .inline import mark_inline_chrome
from .kept import _keep_dropped_text, _keep_live_posts, _keep_summary_lists, _mark_letters, _mark_reader_callouts
from .head import (
    _keep_event_lines,
    _mark_formal_header,
    _mark_head_bylines,
    _mark_head_date_lines,
    _mark_name_date_lines,
    _mark_site_tagline,
    _mark_standfirst,
)
from .tail import (
    _mark_cjk_sign_off,
    _mark_html_furniture,
    _mark_release_tail,
    _mark_text_end,
    mark_client_lines,
    mark_post_furniture,
)
from .model import analyse_text, apply_model
from .articleend import (
    mark_after_article_end,
    mark_archive_titles,
    mark_cut_teasers,
    mark_dated_thread,
    mark_next_stories,
    mark_promo_boxes,
    mark_teaser_cards,
)
from .html import _classify_html, _html_blocks
from .metadata import _finish

# The package's interface: the pipeline, sites.py, htmlpage.py and the eval scripts use these.
from .repeats import (
    SITE_BLOCK_CHARS,
    SITE_MIN_PAGES,
    block_digest,
    page_digests,
    page_lines,
    repeated_blocks,
    site_need,
    source_repeats,
)
from .model import is_decided
from .textblocks import split_blocks
from .html import headline_of, html_chrome_reasons, html_prose_chars
from .head import title_part_rank, title_parts

__all__ = [
    "SHIPPED_MODEL",
    "SITE_BLOCK_CHARS",
    "SITE_MIN_PAGES",
    "SourceRepeats",
    "analyse_text",
    "apply_model",
    "block_digest",
    "headline_of",
    "title_part_rank",
    "title_parts",
    "html_chrome_reasons",
    "html_prose_chars",
    "is_decided",
    "page_digests",
    "page_lines",
    "repeated_blocks",
    "segment",
    "site_need",
    "source_repeats",
    "split_blocks",
]


# `model=SHIPPED_MODEL` (the default) uses indexer/data/blocks.json; None uses the rules alone.
SHIPPED_MODEL: Any = object()


def segment(doc: Document, source_chrome: SourceRepeats | None = None, model: Any = SHIPPED_MODEL) -> Article:
    """Classify every block of `doc` and return the Article (entity fields left empty).

    `source_chrome` optionally holds the blocks repeated across the pages of the page's source
    (`source_repeats`, `repeated_blocks`): such blocks that would be indexed as text (body,
    heading, caption, lead) are boilerplate (`_mark_source_chrome`). Plain text only: HTML pages
    come through trafilatura, which drops a site's template by its markup.
    `model` is the learned article/chrome decision for plain-text dumps (`blocks.BlockModel`;
    the shipped one by default, None for the rules alone); HTML input does not use it.
    A month name languages read differently (Croatian "listopad" is October, Czech and Polish
    November) is read in the page's language: the HTML page's own (<html lang>), else the one its
    longest blocks are in (`pubdate.page_language`; detected only when such a name is met).
    """
    split: list[list[_Block]] = []  # the page's blocks once split, for their language
    known: list[str] = []  # the language, once asked for with the blocks there

    def page_language() -> str:
        if not known and split:
            known.append(doc.meta.get("lang", "") or _page_language(split[0]))
        return known[0] if known else doc.meta.get("lang", "")

    with pubdate.page_language(page_language):
        return _segment(doc, source_chrome, model, split)


def _segment(doc: Document, source_chrome: SourceRepeats | None, model: Any, split: list[list[_Block]]) -> Article:
    """`segment`'s work; the page's blocks are appended to `split` once made."""
    is_html = doc.format == "html" and doc.blocks is not None
    article = Article(
        id=doc.id, path=doc.path, where=doc.where, content_hash=doc.content_hash, warnings=list(doc.warnings)
    )
    named = doc.where or doc.path  # the file as the user typed it, in warnings
    if is_html:
        blocks = split_speaker_labels(_html_blocks(doc.blocks or []))
        split.append(blocks)
        for b in blocks:
            _measure(b)
        if blocks:  # a page without article text gets no title of its own either
            _classify_html(blocks, doc.meta)
            _mark_html_furniture(blocks)
            _mark_release_tail(blocks)  # the plain path's rule: the extractor keeps "About COMPANY"
            _mark_page_furniture(blocks)
            _mark_last(blocks)
            if not any(b.kind in (BODY, LEAD) for b in blocks):
                # the extractor's text was all chrome by our rules (a page of comments)
                article.warnings.append(_no_article_text(named, blocks))
    else:
        blocks, rows = analyse_text(doc.text, with_features=model is not None)
        split.append(blocks)
        if rows:
            if model is SHIPPED_MODEL:
                model = _blocks.default_model()
            if model is not None:
                apply_model(blocks, rows, model)
        _mark_text_after_model(blocks)
        if source_chrome:
            _mark_source_chrome(blocks, source_chrome)
        _mark_last(blocks)
        if not any(b.kind in (BODY, LEAD) for b in blocks) and not all(b.kind in INDEXED_KINDS for b in blocks):
            # all comments, all menus, or a script the stop lists do not cover: say so (also when
            # the rules alone decided: a page of menus and a copyright line gave 0 paragraphs
            # silently); a headline alone, nothing dropped, is an article without a body; a
            # standfirst over captions is a picture gallery's text (as in the HTML path)
            article.warnings.append(_no_article_text(named, blocks))
        elif blocks and all(b.kind == TITLE for b in blocks):
            article.warnings.append(_title_only(named))
    if not blocks:
        if not doc.warnings:  # the reader may already have said why (e.g. HTML without article)
            article.warnings.append(f"{named}: no text to segment")
        return article
    _finish(article, blocks, doc.meta)  # a text file's: its wrapper's (envelope.unwrap)
    if not article.title and any(b.kind in (BODY, LEAD) for b in blocks):
        article.warnings.append(_no_headline(named, dropped=any(b.kind not in INDEXED_KINDS for b in blocks)))
    last = next((b.text for b in reversed(blocks) if b.kind == BODY), "")
    signals = doc.meta if is_html else pagekind.text_signals([b.text for b in blocks], last)
    kind = pagekind.warning(named, signals, [b.text for b in blocks if b.kind in (BODY, LEAD)])
    if kind:
        article.warnings.append(kind)
    return article


def _mark_last(blocks: list[_Block]) -> None:
    """The last marks of both paths, after the rules and the model: a listing's blocks
    (`_mark_listing`), a post's signature glued to its text (`mark_client_lines`: "Sent from my
    iPhone using Tapatalk", "-- "), a letters page's signatures and notice (`_mark_letters`), a Chinese,
    Japanese or Korean story's sign-off (`_mark_cjk_sign_off`: "（山田太郎）", "（完）"), then a
    transcript's speaker labels they kept as text (`mark_speaker_labels`)."""
    _mark_listing(blocks)
    mark_client_lines(blocks)
    _mark_letters(blocks)
    _mark_cjk_sign_off(blocks)
    mark_speaker_labels(blocks)


def _mark_text_after_model(blocks: list[_Block]) -> None:
    """The plain-text rules that read the block model's answer (or the rules' alone), in order:
    labels and fact boxes, a picture's caption (before the standfirst: a caption over its credit
    is none), the standfirst, the head's bylines and date lines, text the model dropped, and what
    the page holds besides its article (`_mark_text_end`)."""
    _mark_button_labels(blocks)
    _mark_fact_boxes(blocks)
    _mark_credit_captions(blocks)
    _mark_captions_ending_with_credits(blocks)
    _mark_standfirst(blocks)
    _mark_site_tagline(blocks)
    _mark_formal_header(blocks)
    _mark_head_bylines(blocks)
    _mark_head_date_lines(blocks)
    _mark_name_date_lines(blocks)
    _keep_event_lines(blocks)
    _keep_live_posts(blocks)
    _keep_summary_lists(blocks)
    _mark_reader_callouts(blocks)
    _keep_dropped_text(blocks)
    mark_post_furniture(blocks)  # (after the text the model dropped is read again)
    _mark_text_end(blocks)
    mark_after_article_end(blocks)
    mark_next_stories(blocks)
    mark_archive_titles(blocks)
    mark_cut_teasers(blocks)
    mark_teaser_cards(blocks)
    mark_promo_boxes(blocks)
    mark_dated_thread(blocks)
    mark_inline_chrome(blocks)  # (after the comment headers' own reason)
    _mark_wiki_boxes(blocks)


def _no_article_text(named: str, blocks: Sequence[_Block]) -> Advice:
    """The warning for a page with no article body, naming the command that says why: "(N
    blocks, all page chrome)", or, when a title, lead or caption was kept, how many were, so the
    warning does not deny what the output indexes."""
    kept = sum(b.kind in INDEXED_KINDS for b in blocks)
    what = "all page chrome" if not kept else f"{kept:,} indexed as title, lead or caption, the rest page chrome"
    return Advice(
        "",
        f"{literal(named)}: no article text found ({len(blocks):,} blocks, {what}); "
        "see {0} for why each block was dropped",
        (Command("parse", (named,)),),
    )


def _title_only(named: str) -> Advice:
    """The warning for a text file whose one block is its headline (a one-line file, a headline
    saved without its story): it is indexed, as a title with no body text, and the user is told
    so rather than finding an article of one line in the results."""
    return Advice(f"{literal(named)}: only a headline, no body text: indexed as a title alone")


def _no_headline(named: str, dropped: bool = True) -> Advice:
    """The warning for an article indexed without a title: no line was read as its headline (a
    headline the rules took for chrome, or a page that has none), so its hits are headed by
    their first paragraph and a search for the headline's words misses it. Without `dropped`
    blocks (a body-only file: every line indexed) there are no dropped lines to point at."""
    said = f"{literal(named)}: no headline found, so the article is indexed without a title"
    if not dropped:
        return Advice(f"{said}: its first line reads as a paragraph, kept as its text")
    return Advice("", said + "; see {0} for how its first lines were read", (Command("parse", (named,)),))
