"""Other stories' headlines that no teaser list's header announces, in plain-text pages:
rails of teaser cards (`_mark_teaser_cards`: a headline, one blurb sentence and a short label, a
section's kicker over it or its date or section under it, repeated card after card above the
headline or below the article) and lists of headlines written as sentences in a row
(`_mark_link_sentences`: "More on this: HEADLINE, HEADLINE and HEADLINE.").
"""

from __future__ import annotations
import re
from collections.abc import Iterable

from ..chromewords import read_more_line
from ..models import UPPER
from .patterns import _INTERVIEW_QUESTION, _any_date
from .textblocks import _Block, _date_or_time_line

TEASER_CARDS_REASON = "teaser list (headline, blurb and label, card after card)"
CARDS_MIN = 3  # cards of one shape in a row; two may be an article's sections
# ...but two with a read-more link each are a list: an article's sections link to nothing; and
# so are two bare cards under a label at the article's end (`_bare_rail_ok`: trial 34's
# "Kapcsolódó beszédek" / "Diğer hikâyeler" over two other items, headline and blurb each)
READ_MORE_CARDS_MIN = 2
CARD_HEADLINE_WORDS = (3, 20)  # a headline: one line, no sentence end
CARD_BLURB_WORDS = (5, 40)  # a blurb: one or two sentences on a line or two
# ...and a blurb alone on its lines ("S", not one ending with its read-more link) up to four
# sentences of up to 60 words (NZZ's related stories under its article, "Grossbritannien und
# die EU haben umrissen, ... Weil ...", and boingboing's and an institute's rails: 3 wild tuning
# pages, no article string; an article's sections have no date or label under each paragraph,
# which a card's shape needs)
CARD_BLURB_MAX_WORDS = 60
CARD_BLURB_SENTENCES = 4
CARD_LABEL_WORDS = 2  # a kicker or a section's name ("Education", "Studio Visits")
CARD_META_WORDS = 12  # a label with a date or a relative time ("Education · 2 hours ago")
CARDS_ARTICLE_WORDS = 40  # prose of this many words outside the rails: the page has an article
# A time of day alone ("14:05", "9.30 Uhr"): a live blog's stamp over its post, whose headline
# and one-sentence text are the article's, not a rail's. Not a dotted date's day and month
# ("18.04.2024", "02.04."): a newsroom's rail of dated releases is cards (trial 34).
_CLOCK = re.compile(r"^\W*\d{1,2}(?:[:h]\d{2}|\.\d{2}(?!\.))\b")
# The dot or bar between a card's section and its date ("Education · 2 hours ago", "Sport | 3 Min.")
_META_SEPARATOR = re.compile(r"\s[·•|]\s")


# The separator before a read-more link at a blurb's end ("... voor de zomer. Lees meer »", "...
# zomer… Czytaj więcej", "... | Weiterlesen"): a sentence's end or a bar or guillemet
_BEFORE_MORE = re.compile(r"(?:[.!?…]|\.\.\.|[|»›])\s+|\s+[-–—]\s+")
MORE_TAIL_CHARS = 60  # the link's words and what may sit beside them, read from a line's end


def _ends_with_more(b: _Block) -> bool:
    """Whether block `b` is a blurb and its read-more link (`chromewords.read_more_line`): the
    link alone on the last of its lines, or after the last sentence of its one or two lines."""
    last = b.lines[-1].rstrip()
    if last.endswith((".", "!", "?")) and not last.endswith(("...", "..")):
        return False  # (most blocks: a sentence's end, no link after it; "Read more..." ends so)
    if len(b.lines) > 1 and read_more_line(last):
        return True
    cut = [m.end() for m in _BEFORE_MORE.finditer(last, max(0, len(last) - MORE_TAIL_CHARS))]
    return bool(cut) and read_more_line(last[cut[-1] :]) and bool(re.search(r"[.!?…]", last[: cut[-1]]))


def _role(b: _Block) -> str:
    """A block's part of a card: "H" headline, "S" blurb, "M" label or date, "R" a read-more link
    alone, "T" a blurb ending with its read-more link, "x" anything else. (A teaser list's items,
    `_mark_teaser_lists`, keep their part: a rail may run on below the list's end, as over the
    page's own headline printed among the cards.)"""
    signal = "" if "teaser" in b.extra else b.signal
    if len(b.lines) == 1 and read_more_line(b.text):
        return "R"
    if (
        len(b.lines) <= 3
        and CARD_BLURB_WORDS[0] <= b.words <= CARD_BLURB_WORDS[1] + 4
        and not signal.startswith(("navigation", "list of links"))
        and _ends_with_more(b)
    ):
        return "T"
    if len(b.lines) == 1 and not b.sentence_end and not signal.startswith(("navigation", "list of links")):
        if b.words <= CARD_LABEL_WORDS:
            return "M"
        # (the date tests last and only for a short line: they are the costly ones)
        if b.words <= CARD_META_WORDS and (
            _META_SEPARATOR.search(b.text) or _date_or_time_line(b) or _any_date(b.text)
        ):
            return "M"
        if CARD_HEADLINE_WORDS[0] <= b.words <= CARD_HEADLINE_WORDS[1] and not b.text.rstrip().endswith(":"):
            return "H"
    if (
        len(b.lines) <= 2
        and CARD_BLURB_WORDS[0] <= b.words <= CARD_BLURB_MAX_WORDS
        and b.sentence_end
        and b.sentences <= CARD_BLURB_SENTENCES
        and not signal
        and not _INTERVIEW_QUESTION.match(b.text)
    ):
        return "S"
    return "x"


def _card_shape(roles: str, i: int) -> str:
    """The shape of the card whose headline is `roles[i]`: its roles up to the next headline, when
    it holds one blurb and at most two labels ("HSM": headline, blurb, date; "HMS"; "HSMM"; "HS",
    which `_bare_rail_ok` judges; "HSR", "HT", "HMSR": with a read-more link); else "". The last
    card of a page or before other blocks ends at its read-more link."""
    nxt = roles.find("H", i + 1)
    if nxt < 0 or "x" in roles[i:nxt]:
        more = re.match(r"H[MS]{0,3}R|H[M]{0,2}T", roles[i:])
        nxt = i + more.end() if more else -1
    shape = roles[i:nxt] if nxt > 0 else ""
    links = shape.count("R") + shape.count("T")
    ok = (
        shape.count("S") + shape.count("T") == 1
        and shape.count("M") + shape.count("R") <= 2
        and links <= 1
        and "x" not in shape
    )
    return shape if ok else ""


def _lone_card_ok(blocks: list[_Block], start: int, end: int) -> bool:
    """Whether one card with a read-more link (`blocks[start:end]`) is a teaser after the article's
    end: the article's prose above it (CARDS_ARTICLE_WORDS) and no sentence prose below it."""
    return _prose_words(blocks, range(start)) >= CARDS_ARTICLE_WORDS and not any(
        _is_prose(blocks[k]) for k in range(end, len(blocks))
    )


LONE_CARD_PROSE_AFTER_WORDS = 12  # a paragraph of the article below one card: it is no teaser


def _is_prose(b: _Block) -> bool:
    """A paragraph of running text with no chrome signal (LONE_CARD_PROSE_AFTER_WORDS+ words, a sentence's end)."""
    return b.sentence_end and not b.signal and b.words >= LONE_CARD_PROSE_AFTER_WORDS


CARDS_PROSE_AFTER_WORDS = 25  # a paragraph of the article after a rail of bare cards
BARE_HEADLINE_MEAN_WORDS = 5  # other stories' headlines are clauses; an article's section titles shorter
BARE_BLURB_MEAN_WORDS = 25  # a teaser's blurb is a sentence; an article's section under a title longer


def _bare_rail_ok(blocks: list[_Block], roles: str, start: int, end: int) -> bool:
    """Whether a rail of bare cards (headline and blurb, no label: an article's sections of one
    paragraph each look so too) is a teaser rail: a short header over it (a label: "Empfehlungen",
    "Similar posts"), headlines of BARE_HEADLINE_MEAN_WORDS+ words and blurbs of at most
    BARE_BLURB_MEAN_WORDS on average (trial 18: a museum page's "Highlights", four titles of three
    or four words over a paragraph of 23-39 words each, are its text), the article's prose above
    it and none below (the rail ends the article)."""
    if start == 0 or roles[start - 1] != "M":
        return False
    heads = [blocks[k].words for k in range(start, end) if roles[k] == "H"]
    blurbs = [blocks[k].words for k in range(start, end) if roles[k] == "S"]
    if sum(heads) < BARE_HEADLINE_MEAN_WORDS * len(heads) or sum(blurbs) > BARE_BLURB_MEAN_WORDS * len(blurbs):
        return False
    prose = [k for k, b in enumerate(blocks) if b.sentence_end and not b.signal and b.words >= CARDS_PROSE_AFTER_WORDS]
    return _prose_words(blocks, range(start)) >= CARDS_ARTICLE_WORDS and not any(
        k >= end and roles[k] != "S" for k in prose
    )


def _prose_words(blocks: list[_Block], ks: Iterable[int]) -> int:
    """The words of the blocks `ks` that end a sentence and carry no chrome signal."""
    return sum(blocks[k].words for k in ks if blocks[k].sentence_end and not blocks[k].signal)


def _labels_ok(labels: list[_Block]) -> bool:
    """Whether a rail's labels are teasers' (sections, dates): not a live blog's clock stamps nor
    numbered steps ("Step 1", "Day 2", "Tag 3": one word and a number, the same word each time)."""
    if any(_CLOCK.match(b.text) for b in labels):
        return False
    firsts = {b.tokens[0] if b.tokens else "" for b in labels}
    return not (len(firsts) == 1 and all(len(b.tokens) <= 2 and any(t.isdigit() for t in b.tokens) for b in labels))


def _repeat(roles: str, shape: str, i: int) -> tuple[int, int]:
    """(end, cards): how far cards of `shape` repeat from `roles[i]` on, and how many; a card
    may carry a kicker of its own over its headline ("M" before it: NZZ's "Kommentar" over the
    third of its related stories, "HSM HSM MHSM"), which does not end the rail."""
    end, cards = i, 0
    while True:
        if roles.startswith(shape, end):
            end += len(shape)
        elif cards and shape.endswith("M") and roles.startswith("M" + shape, end):
            end += len(shape) + 1
        else:
            return end, cards
        cards += 1


def _mark_teaser_cards(blocks: list[_Block]) -> None:
    """Mark rails of CARDS_MIN+ teaser cards of one shape in a row (`_card_shape`): a headline
    (one line of CARD_HEADLINE_WORDS words, no sentence end), one blurb of one or two sentences
    (CARD_BLURB_WORDS) and a label or two (a kicker of up to CARD_LABEL_WORDS words, a date or
    section line), repeated in the same order; with the kicker over the first card and a last card
    cut short. Such a rail has no header for `_mark_teaser_lists` ("Latest from SITE", an unlabelled
    block of cards above the headline, a section's rail under the article); an article's own
    sections are rarely one sentence each under labels (`_labels_ok` leaves live blogs and numbered
    steps). Only on a page with prose of CARDS_ARTICLE_WORDS+ words outside the rails (a page of
    cards alone is an index, which the rest of the rules judge). The rail's blocks get the teaser
    list's signal and no weight in the article run."""
    roles = "".join(_role(b) for b in blocks)
    rails: list[tuple[int, int]] = []
    i = 0
    while i < len(roles):
        shape = _card_shape(roles, i) if roles[i] == "H" else ""
        if not shape:
            i += 1
            continue
        end, cards = _repeat(roles, shape, i)
        part = 0  # the last card, cut short (no date under it): its headline and blurb at least
        while part < len(shape) - 1 and end + part < len(roles) and roles[end + part] == shape[part]:
            part += 1
        end += part if part >= 2 else 0
        start = i - 1 if i > 0 and shape.endswith("M") and roles[i - 1] == "M" else i
        if cards >= CARDS_MIN and len(shape) > 2 and roles[max(0, start - 2) : start] == shape[:2]:
            start -= 2  # the first card, cut short the same way (its date line left out)
        labels = [blocks[k] for k in range(start, end) if roles[k] == "M"]
        bare = not any(r in shape for r in "MRT")
        linked = "R" in shape or "T" in shape  # a read-more link under each card
        enough = cards >= (READ_MORE_CARDS_MIN if linked or bare else CARDS_MIN) or (
            linked and cards == 1 and _lone_card_ok(blocks, start, end)
        )
        if enough and (_bare_rail_ok(blocks, roles, start, end) if bare else _labels_ok(labels)):
            rails.append((start, end))
            i = end
        else:
            i += 1
    inside = {k for a, b in rails for k in range(a, b)}
    if not rails or _prose_words(blocks, (k for k in range(len(blocks)) if k not in inside)) < CARDS_ARTICLE_WORDS:
        return
    for a, z in rails:
        reason = _rail_reason(blocks, roles, a, z)
        for b in blocks[a:z]:
            b.signal = b.signal or reason
            b.extra["teaser"] = "item"
            b.value = 0.0


def _rail_reason(blocks: list[_Block], roles: str, start: int, end: int) -> str:
    """The reason of a rail's blocks: TEASER_CARDS_REASON, or with the words of its first
    read-more link ("teaser list (headline, blurb and a 'Lees meer' link)")."""
    for k in range(start, end):
        if roles[k] in "RT":
            last = blocks[k].lines[-1]
            cut = [m.end() for m in _BEFORE_MORE.finditer(last, max(0, len(last) - MORE_TAIL_CHARS))]
            link = last if roles[k] == "R" or read_more_line(last) else last[cut[-1] :]
            return f"teaser list (headline, blurb and a '{link.strip()}' link)"
    return TEASER_CARDS_REASON


LINK_SENTENCE_REASON = "links written as a sentence"  # and the list's label
LINK_SENTENCE_MAX_WORDS = 120
LINK_SENTENCE_ITEMS = 3  # headlines after the label
LINK_SENTENCE_ITEM_WORDS = (3.5, 14)  # their mean and their most: headlines, not names or keywords
# A label of one to four words and a colon over the rest of the line ("More on this:", "Also in
# Sheep:", "Meistgelesen:").
_LIST_LABEL = re.compile(r"^([^\W\d_][^\s:]*(?:\s[^\s:]+){0,3}):\s+(?=\S)")
# The commas between the items, and the conjunction before the last one when a capital follows
# ("..., Welsh farmers call for X and Midge traps: how ...": the last two headlines), in the
# languages of news the project meets most.
_ITEM_SPLIT = re.compile(
    rf"[,;]\s|\s(?:and|or|und|oder|sowie|et|ou|y|o|e|en|of|och|og|eller|ve|és|ja|i|a|oraz|și|и)\s(?=[{UPPER}])"
)
_INNER_SENTENCE = re.compile(rf"[.!?]\s+[{UPPER}]")


def _link_sentence(b: _Block) -> str:
    """The label of a block that is a list of other stories' headlines written as one sentence
    ("More on this: HEADLINE, HEADLINE, HEADLINE and HEADLINE."): one line of up to
    LINK_SENTENCE_MAX_WORDS words, a label of one to four words and a colon, then
    LINK_SENTENCE_ITEMS+ items between commas (and a last conjunction), each of up to
    LINK_SENTENCE_ITEM_WORDS[1] words and LINK_SENTENCE_ITEM_WORDS[0] on average (a list of names
    or keywords is shorter), two thirds of them opening with a capital as headlines do, and no
    sentence inside; "" for any other block."""
    if len(b.lines) != 1 or b.words > LINK_SENTENCE_MAX_WORDS:
        return ""
    label = _LIST_LABEL.match(b.text)
    if not label:
        return ""
    rest = b.text[label.end() :].rstrip().rstrip(".")
    if _INNER_SENTENCE.search(rest):
        return ""
    items = [it.strip("\"'“”„«» ") for it in _ITEM_SPLIT.split(rest)]
    counts = [len(it.split()) for it in items]
    capital = sum(1 for it in items if it[:1].isupper())
    if (
        len(items) < LINK_SENTENCE_ITEMS
        or max(counts) > LINK_SENTENCE_ITEM_WORDS[1]
        or sum(counts) < LINK_SENTENCE_ITEM_WORDS[0] * len(items)
        or 3 * capital < 2 * len(items)
    ):
        return ""
    return label.group(1)


def _mark_link_sentences(blocks: list[_Block]) -> None:
    """Mark lists of other stories' headlines written as sentences (`_link_sentence`) that come two
    or more in a row ("More on this: ...", "Also in SECTION: ...", "Most popular: ..."): one alone
    may be the article's own list ("Speakers: NAME of ..., ..."), a run of them is the page's
    navigation set as prose. They get the teaser list's signal and no weight in the article run."""
    labels = [_link_sentence(b) for b in blocks]
    for i, label in enumerate(labels):
        if not label or not ((i > 0 and labels[i - 1]) or (i + 1 < len(labels) and labels[i + 1])):
            continue
        b = blocks[i]
        b.signal = b.signal or f"{LINK_SENTENCE_REASON} ('{label}:')"
        b.extra["teaser"] = "item"
        b.value = 0.0
