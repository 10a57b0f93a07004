"""The captions of an HTML article's own figures, which the extractor drops.

trafilatura runs with `include_images=False` (htmlpage._bare_extraction): with images on it kept
every <figure> whole, and teaser cards, photo credits and alt texts came through as text. But
that also drops every `<figcaption>`, so an HTML page's photo captions were lost without a trace
(not even a dropped block in `indexer parse`), while the same caption in a plain-text dump was
kept and indexed as a caption (trial 5: an Arabic news page and an English magazine page).

`with_figure_captions` puts back the caption of a figure that stands among the article's own
paragraphs: the nearest extracted paragraph after it (else before it) shares an ancestor with
the figure at most FIGURE_ANCESTORS levels up (wrappers that hold the figure alone not
counted). A teaser card's figure (inside a link, a <nav>, an <aside>, a footer, a header with
no headline, or a box of its own with no article paragraph in it) stays out; the article's own
header's feature image is in. The caption is hinted CAPTION: segment keeps it as a caption,
which extraction-dev does not score as body; one the extractor kept but hinted chrome for its
box's name ("caption") is hinted CAPTION instead.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from .htmlchrome import chrome_name, name_words
from .htmllead import count_words, inline_text
from .models import CAPTION, CREDIT_LABEL, CREDIT_SOURCE_WORDS, chrome_hint

# A caption is a sentence or two; a longer <figcaption> is an infographic's text or a card's.
FIGCAPTION_MAX_WORDS = 60
# How far up from the <figure> the article's paragraph may share an ancestor with it
# (<div class="body"><figure>, or <div class="media"><figure> inside the body).
FIGURE_ANCESTORS = 3
# How many elements after (or before) the figure are read for an extracted paragraph.
NEAR_ELEMENTS = 8
# A wrapper that holds nothing but the figure (a page builder's "image-block" / "block-content" /
# "outer-wrapper" boxes around it) does not count among them: it parts the figure from nothing
# (trial 23: a Croatian blog's <figure> four wrappers down from the column of its paragraphs was lost).
WRAPPERS_MAX = 8  # wrappers looked through at most
_PARAGRAPHS = "self::p or self::h2 or self::h3 or self::h4 or self::blockquote or self::li"
# A page's own header is chrome, but the article's header holds its headline (<h1>) and its lead
# picture under it: a theme's feature image with its caption (trial 23: an English, a German and
# a Norwegian blog's header pictures' captions were lost).
_OUTSIDE = "ancestor::a or ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header[not(.//h1)]"
KEY_CHARS = 60  # a block is known by its first characters, white space collapsed


def _key(text: str) -> str:
    return " ".join(text.split())[:KEY_CHARS]


# A photo credit at a caption's end ("... at dusk. Foto: Timur | flickr | CC BY 2.0", "Stau © aremac /
# Clipdealer"), or alone ("© Matthias Hangst/Getty Images"): no caption's words, as segment's
# credit lines are none (the wild tuning pages' gold counts them as chrome).
_CREDIT_TAIL = re.compile(
    r"(?:^|(?<!\s)\s+(?:[|·•]\s+)?|(?<![\s|·•])[|·•]\s+|(?<=[.!?…\"”])\s+)"
    rf"(?:©|\((?:c|©)\)|{CREDIT_LABEL}\s*:)"
    r"[^©\n]{1,80}$",
    re.I,
)
# Class or id words of the element inside a caption that holds its credit.
_CREDIT_NAMES = ("credit", "copyright", "source", "photographer", "quelle", "fotograf")


def caption_text(cap: Any) -> str:
    """The text of a `<figcaption>` (lxml), white space collapsed, without its photo credit: a
    child named for one (class or id "credit", "copyright", ...) left out, and a credit at its
    end (`_CREDIT_TAIL`); "" when the caption is a credit alone."""
    cap = copy.deepcopy(cap)  # the page's own tree stays whole
    for el in cap.xpath(".//*[@class or @id]"):
        named = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if any(w in named for w in _CREDIT_NAMES) and el.getparent() is not None:
            _drop(el)
    text = inline_text(cap)  # "<p>... dusk.</p>Photo: ..." keeps its space, "(<em>Hypsibius</em>)" gets none
    return _CREDIT_TAIL.sub("", text).strip(" |·•–-")


def _drop(el: Any) -> None:
    """Remove `el` and its text from its parent, keeping the text after it (its tail)."""
    parent, tail = el.getparent(), el.tail or ""
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + " " + tail
    else:
        parent.text = (parent.text or "") + " " + tail
    parent.remove(el)


# A caption outside a <figure>: an element classed as one (class "caption", "image-caption",
# "wp-caption-text", Blogger's "tr-caption" cell) beside an image in the same parent (a gallery's
# `<li><img><p class="caption">...</p><p class="credit">NAME</p></li>`), or beside it from the
# boxes that hold the caption alone (Blogger's `<div><a><img></a></div><table
# class="tr-caption-container"><tr><td class="tr-caption">...`: `_beside_image`). trafilatura drops
# every element so classed with images off (trial 8: a gallery's four captions were nowhere in
# the output; trial 23: a Polish blog's table caption).
_IMAGE = "self::img or self::picture or .//img or .//picture"
BESIDE = 2  # how many siblings before or after it the image may be (a credit between them)
NAMED_CAPTION_MIN_WORDS = 2
CAPTION_BOXES = 4  # how many boxes holding the caption alone (a cell, row, table) are looked through
_NAMED_CAPTIONS = (
    "//*[self::p or self::div or self::span or self::td or self::dd][contains(@class, 'caption')]"
    "[not(ancestor::figure[.//figcaption])][not(.//img or .//picture)]"
)
_BESIDE_IMAGE = (
    f"preceding-sibling::*[position() <= {BESIDE}][{_IMAGE}] or following-sibling::*[position() <= {BESIDE}][{_IMAGE}]"
)


def _figure_of(cap: Any) -> Any:
    """The figure a caption (`with_figure_captions`) belongs to: a <figcaption>'s <figure>; the
    <figure> with an image that holds an element classed as a caption (no <figcaption> in it:
    `<figure><img><div class="caption">`); else `_beside_image`'s; None for no figure."""
    figures = cap.xpath(
        "ancestor::figure[1]" if cap.tag == "figcaption" else "ancestor::figure[1][.//img or .//picture]"
    )
    return figures[0] if figures else None if cap.xpath("ancestor::figure") else _beside_image(cap)


def _beside_image(cap: Any) -> Any:
    """The figure an element classed as a caption (`_NAMED_CAPTIONS`) makes with its image: the
    caption's parent when an image is among its BESIDE siblings over or under it; else the box
    holding the caption alone (no other text; up to CAPTION_BOXES of them: a table's cell, row,
    table) that has an image among its siblings; None when no image is beside it."""
    if cap.xpath(_BESIDE_IMAGE):
        return cap.getparent()
    text, box = " ".join(cap.text_content().split()), cap
    for _ in range(CAPTION_BOXES):
        box = box.getparent()
        if box is None or box.tag in ("body", "html") or " ".join(box.text_content().split()) != text:
            return None
        if box.xpath(_BESIDE_IMAGE):
            return box
    return None


# A caption that is a photo's credit alone ("Quelle: THW", "(crédito: Minervino Júnior/CB)",
# "Foto: dpa", "(© FEI/Christophe Taniere)", "사진=연합뉴스"): a credit's or a source's label
# (models.CREDIT_LABEL, CREDIT_SOURCE_WORDS: the one table of segment's credits too) opening it,
# or a copyright sign and no sentence ("©5 Minuten Spezialisiert auf ... Kunden." is a caption
# after its credit).
_CREDIT_ALONE = re.compile(
    rf"^\(?(?:©[^.!?]{{0,80}}$|(?:{CREDIT_LABEL}|{CREDIT_SOURCE_WORDS})\s*[:=])",
    re.I,
)
# Class or id words of a teaser card or a banner around a captioned image: the "caption" is
# another page's headline or an offer ("Coronavirus: Wie gefährlich ist ...", "Jetzt mit 10% Rabatt").
_CARD_NAMES = frozenset({"teaser", "banner", "card", "promo", "ad", "ads", "advert", "sponsor", "related"})


def _card_caption(cap: Any, figure: Any) -> bool:
    """Whether an element classed as a caption (`_NAMED_CAPTIONS`), a box from it up to the
    figure it makes with its image (`_beside_image`) or the figure's parent is named for a teaser
    card, banner or advert (`_CARD_NAMES`: a shop's banner whose "caption" box holds its offer)."""
    boxes = [cap, *cap.iterancestors()]
    boxes = boxes[: boxes.index(figure) + 2] if figure in boxes else [cap, cap.getparent()]
    return any(w in _CARD_NAMES for el in boxes if el is not None for w in name_words(el))


def with_figure_captions(blocks: list[tuple[str, str]], tree: Any) -> list[tuple[str, str]]:
    """`blocks` ((hint, text) pairs of the extractor, in page order) with the caption of each of
    the article's figures (`tree`: the page parsed by lxml, None gives `blocks` unchanged) put in
    before the paragraph that follows the figure (after the one before it, at the article's end),
    hinted CAPTION; a figure is a <figure> with its <figcaption>, or the parent of an image and
    an element classed as its caption (`_NAMED_CAPTIONS`). Captions longer than
    FIGCAPTION_MAX_WORDS words, empty, or already among the blocks are left out; one the
    extractor kept in a box named like a caption (`_caption_boxes`) is hinted CAPTION there."""
    if tree is None or not blocks:
        return blocks
    captions = [
        (cap, _figure_of(cap))
        for cap in tree.xpath(f"//figure//figcaption[not({_OUTSIDE})]|{_NAMED_CAPTIONS}[not({_OUTSIDE})]")
    ]
    captions = [(cap, figure) for cap, figure in captions if figure is not None]
    if not captions:
        return blocks
    where: dict[str, int] = {}
    for i, (_, text) in enumerate(blocks):
        where.setdefault(_key(text), i)
    have = {" ".join(t.split()) for _, t in blocks}
    inside = _block_lines(blocks)
    boxed = _caption_boxes(blocks)
    out = list(blocks)
    inserts: list[tuple[int, int, str]] = []
    apart: dict[int, set[str]] = {}
    for n, (cap, figure) in enumerate(captions):
        if cap.tag != "figcaption" and _card_caption(cap, figure):
            continue
        text = caption_text(cap)
        # (words as `count_words` counts them: a Japanese caption has no space, trial 31's was one "word")
        if cap.tag != "figcaption" and count_words(text) < NAMED_CAPTION_MIN_WORDS:
            continue  # a label under a picture ("Photo"), no caption
        if not text or count_words(text) > FIGCAPTION_MAX_WORDS or _CREDIT_ALONE.match(text):
            continue
        boxed_at = boxed.get(" ".join(cap.text_content().split()))  # the caption's box whole, credit and all
        if boxed_at is not None and _place(figure, where) is not None:
            out[boxed_at] = (CAPTION, text)  # kept by the extractor, hinted chrome for its box's name
            continue
        if text in inside:  # a line of a paragraph the extractor ran its <br>s and the caption's table into
            apart.setdefault(inside[text], set()).add(text)
            have.add(text)
            continue
        # (from the caption itself when its parent is the article's text box: `<p><img></p><p
        # class="caption">` among the paragraphs; its reach is within the parent's)
        at = None if text in have else _place(figure, where)
        at = _place(cap, where) if at is None and text not in have else at
        if at is not None:
            inserts.append((at, n, text))
            have.add(text)
    for i in sorted(apart, reverse=True):
        parts = _lines_apart(out[i], apart[i])
        out[i : i + 1] = parts
        inserts = [(at + (len(parts) - 1 if at > i else 0), n, text) for at, n, text in inserts]
    for at, _, text in sorted(inserts, reverse=True):
        out.insert(at, (CAPTION, text))
    return out


def _block_lines(blocks: list[tuple[str, str]]) -> dict[str, int]:
    """{line, white space collapsed: index} of the lines of the blocks of two lines or more that
    no hint names (the first block a line is in): where a caption the extractor kept inside a
    paragraph is (a Blogger post's text and <br>s with the caption's table in it)."""
    lines: dict[str, int] = {}
    for i, (hint, text) in enumerate(blocks):
        if not hint and "\n" in text.strip():
            for line in text.split("\n"):
                lines.setdefault(" ".join(line.split()), i)
    return lines


def _lines_apart(block: tuple[str, str], captions: set[str]) -> list[tuple[str, str]]:
    """`block` (hint, text) split at its lines that are `captions` (white space collapsed): the
    text before each, the caption hinted CAPTION, the text after it (empty parts left out)."""
    hint, text = block
    out: list[tuple[str, str]] = []
    part: list[str] = []
    for line in text.split("\n"):
        if " ".join(line.split()) in captions:
            out.extend([(hint, "\n".join(part))] if "".join(part).strip() else [])
            out.append((CAPTION, " ".join(line.split())))
            part = []
        else:
            part.append(line)
    out.extend([(hint, "\n".join(part))] if "".join(part).strip() else [])
    return out


# The reasons `htmlchrome.chrome_boxes` gives a block in a box named like a caption.
_CAPTION_BOX = tuple(chrome_hint(f"in a box named '{w}'") for w in ("caption", "captions", "figcaption"))


def _caption_boxes(blocks: list[tuple[str, str]]) -> dict[str, int]:
    """{text, white space collapsed: index} of the blocks the extractor kept that are hinted
    chrome for a box named like a caption (`_CAPTION_BOX`): a figure's caption among them is its
    caption, which `with_figure_captions` hints CAPTION (trial 23: a Polish blog's table caption
    was dropped as "in a box named 'caption'")."""
    return {" ".join(t.split()): i for i, (hint, t) in enumerate(blocks) if hint.startswith(_CAPTION_BOX)}


def _place(figure: Any, where: dict[str, int]) -> int | None:
    """Where a figure's caption goes among the blocks (`where`: a block's `_key` -> its index):
    before the first extracted paragraph within NEAR_ELEMENTS after the figure, else after the
    last one before it; None when neither shares an ancestor with the figure within
    FIGURE_ANCESTORS levels below <body> (`_ancestors`: the figure is no part of the article's
    text), or a box between the figure and that ancestor is named like chrome
    (`htmlchrome.chrome_name`: "related", "promo"; its own caption's names aside)."""
    up = _ancestors(figure)
    for axis, shift in (("following", 0), ("preceding", 1)):
        found = figure.xpath(f"{axis}::*[{_PARAGRAPHS}][position() <= {NEAR_ELEMENTS}]")
        for el in found if axis == "following" else reversed(found):  # nearest first (lxml: page order)
            i = where.get(_key(el.text_content()))
            if i is None:
                continue
            shared = set(el.iterancestors())
            k = next((k for k, a in enumerate(up) if a in shared), -1)
            if k >= 0 and not any(chrome_name(a) not in ("", "caption", "captions", "figcaption") for a in up[:k]):
                return i + shift
            break
    return None


def _ancestors(figure: Any) -> list[Any]:
    """The figure's ancestors below <body>, nearest first, up to FIGURE_ANCESTORS that hold more
    than the figure: a wrapper whose one child leads to the figure, and no text of its own, is
    looked through (up to WRAPPERS_MAX of them)."""
    up: list[Any] = []
    levels = wrappers = 0
    for a in figure.iterancestors():
        if a.tag in ("body", "html") or levels >= FIGURE_ANCESTORS:
            break
        up.append(a)
        children = [c for c in a if isinstance(c.tag, str)]
        if len(children) == 1 and not (a.text or "").strip() and wrappers < WRAPPERS_MAX:
            wrappers += 1
        else:
            levels += 1
    return up
