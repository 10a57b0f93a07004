"""The captions of an HTML article's own figures, which the extractor drops.

trafilatura runs with `include_images=False` (htmlpage._bare_extraction): with images on it kept
every <figure> whole, and teaser cards, photo credits and alt texts came through as text. But
that also drops every `<figcaption>`, so an HTML page's photo captions were lost without a trace
(not even a dropped block in `indexer parse`), while the same caption in a plain-text dump was
kept and indexed as a caption (trial 5: an Arabic news page and an English magazine page).

`with_figure_captions` puts back the caption of a figure that stands among the article's own
paragraphs: the nearest extracted paragraph after it (else before it) shares an ancestor with
the figure at most FIGURE_ANCESTORS levels up. A teaser card's figure (inside a link, a <nav>,
an <aside>, a header or footer, or a box of its own with no article paragraph in it) stays out.
The caption is hinted CAPTION: segment keeps it as a caption, which extraction-dev does not
score as body.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from .htmlchrome import chrome_name, name_words
from .htmllead import inline_text
from .models import CAPTION, CREDIT_LABEL, CREDIT_SOURCE_WORDS

# A caption is a sentence or two; a longer <figcaption> is an infographic's text or a card's.
FIGCAPTION_MAX_WORDS = 60
# How far up from the <figure> the article's paragraph may share an ancestor with it
# (<div class="body"><figure>, or <div class="media"><figure> inside the body).
FIGURE_ANCESTORS = 3
# How many elements after (or before) the figure are read for an extracted paragraph.
NEAR_ELEMENTS = 8
_PARAGRAPHS = "self::p or self::h2 or self::h3 or self::h4 or self::blockquote or self::li"
_OUTSIDE = "ancestor::a or ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header"
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
# "wp-caption-text") beside an image in the same parent (a gallery's `<li><img><p
# class="caption">...</p><p class="credit">NAME</p></li>`). trafilatura drops every element so
# classed with images off (trial 8: a gallery's four captions were nowhere in the output).
_IMAGE = "self::img or self::picture or .//img or .//picture"
BESIDE = 2  # how many siblings before or after it the image may be (a credit between them)
NAMED_CAPTION_MIN_WORDS = 2
_NAMED_CAPTIONS = (
    "//*[self::p or self::div or self::span][contains(@class, 'caption')][not(ancestor::figure)]"
    f"[not(.//img or .//picture)][preceding-sibling::*[position() <= {BESIDE}][{_IMAGE}]"
    f" or following-sibling::*[position() <= {BESIDE}][{_IMAGE}]]"
)


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


def _card_caption(cap: Any) -> bool:
    """Whether an element classed as a caption (`_NAMED_CAPTIONS`) or its parent is named for a
    teaser card, banner or advert (`_CARD_NAMES`)."""
    return any(w in _CARD_NAMES for el in (cap, cap.getparent()) for w in name_words(el))


def with_figure_captions(blocks: list[tuple[str, str]], tree: Any) -> list[tuple[str, str]]:
    """`blocks` ((hint, text) pairs of the extractor, in page order) with the caption of each of
    the article's figures (`tree`: the page parsed by lxml, None gives `blocks` unchanged) put in
    before the paragraph that follows the figure (after the one before it, at the article's end),
    hinted CAPTION; a figure is a <figure> with its <figcaption>, or the parent of an image and
    an element classed as its caption (`_NAMED_CAPTIONS`). Captions longer than
    FIGCAPTION_MAX_WORDS words, empty, or already among the blocks are left out."""
    if tree is None or not blocks:
        return blocks
    captions = tree.xpath(f"//figure//figcaption[not({_OUTSIDE})]|{_NAMED_CAPTIONS}[not({_OUTSIDE})]")
    if not captions:
        return blocks
    where: dict[str, int] = {}
    for i, (_, text) in enumerate(blocks):
        where.setdefault(_key(text), i)
    have = {" ".join(t.split()) for _, t in blocks}
    inserts: list[tuple[int, int, str]] = []
    for n, cap in enumerate(captions):
        if cap.tag != "figcaption" and _card_caption(cap):
            continue
        text = caption_text(cap)
        if cap.tag != "figcaption" and len(text.split()) < NAMED_CAPTION_MIN_WORDS:
            continue  # a label under a picture ("Photo"), no caption
        if not text or len(text.split()) > FIGCAPTION_MAX_WORDS or text in have or _CREDIT_ALONE.match(text):
            continue
        figures = cap.xpath("ancestor::figure[1]")  # else the parent it shares with its image
        figure = figures[0] if figures else cap.getparent()
        at = _place(figure, where)
        if at is not None:
            inserts.append((at, n, text))
            have.add(text)
    out = list(blocks)
    for at, _, text in sorted(inserts, reverse=True):
        out.insert(at, (CAPTION, text))
    return out


def _place(figure: Any, where: dict[str, int]) -> int | None:
    """Where a figure's caption goes among the blocks (`where`: a block's `_key` -> its index):
    before the first extracted paragraph within NEAR_ELEMENTS after the figure, else after the
    last one before it; None when neither shares an ancestor with the figure within
    FIGURE_ANCESTORS levels below <body> (the figure is no part of the article's text), or a box
    between the figure and that ancestor is named like chrome (`htmlchrome.chrome_name`:
    "related", "promo"; its own caption's names aside)."""
    up = [a for _, a in zip(range(FIGURE_ANCESTORS), figure.iterancestors()) if a.tag not in ("body", "html")]
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
