"""Chrome set between the article's paragraphs that the rules and the block model keep as short
body blocks, in plain-text pages (`mark_inline_chrome`, after the model): a row of links split by
bars ("<< Back | Previous story: HEADLINE | Print", "Newest first | Oldest first | Refresh"), a
"Read also HEADLINE" line with a live blog's next time stamp glued under it, and a teaser box's
or a price widget's own lines (its headline over the dropped blurb, its note under the dropped
list). A short line of the article (a list item, a bold result, a live post's headline) has
none of those shapes: it is kept.
"""

from __future__ import annotations
from ..models import BODY, BOILERPLATE, CAPTION, HEADING
from .patterns import _ADVERT_LABEL, _SENT_END, _TIME_LINE, _WORD
from .textblocks import (
    RELATED_LINK_MAX_WORDS,
    RELATED_REASON,
    SNIPPET_REASON,
    _BAR_PARTS,
    _LINE_STRIP,
    _PREV_NEXT_LABEL,
    _READ_ALSO,
    _Block,
    _is_caption,
    _meta_or_tools,
    related_link,
)

# The reasons of the kept short blocks this pass judges: no sentence of prose among them.
SHORT_REASONS = (
    "short block inside the article text",
    "reads as article text among article text (block model)",
)
# ...and the headings of the rules and the model: a row of links or a labelled link over the
# next paragraph is read as its heading, but is none
HEADING_REASONS = ("short line without sentence punctuation",)
LINK_ROW_REASON = "row of links split by bars"
BOX_LINE_REASON = "headline of a teaser card between the paragraphs"
LINK_ROW_MIN_PARTS = 3  # "Back | Print" may be a headline's "Topic | Site"; three parts are a row
LINK_ROW_PART_WORDS = 6  # "Previous story: End of season report"
BOX_LINE_MIN_WORDS = 4  # a headline: a section's one-word label is the article's
BOX_LINE_MAX_WORDS = 20  # a headline, no paragraph (as `cards.CARD_HEADLINE_WORDS`)
# The reasons of a dropped box between the paragraphs: a list of other stories' headlines (the
# rules' or the model's), a link to another article, a teaser's snippet.
_BOX_REASONS = ("teaser list", "list of links or headlines", RELATED_REASON, SNIPPET_REASON)


def _own_lines(b: _Block) -> list[str]:
    """The block's lines without the time stamps glued under them (a live blog's next post's
    "11:55 (IST)" under the line before it, set without a blank line; `textblocks._meta_or_tools`:
    a date line, a row of tools) and without the labels set over them (an advert slot's
    "Publicidad", `_ADVERT_LABEL`; a share button's "Podijeli", `_meta_or_tools`)."""
    lines = [ln.strip(_LINE_STRIP) for ln in b.lines]
    while len(lines) > 1 and (_TIME_LINE.match(lines[-1]) or _meta_or_tools(lines[-1])):
        lines.pop()  # (and a stamp with its date, "15:10 (IST) 12 Nov 2025", or a row of tools)
    while len(lines) > 1 and (_ADVERT_LABEL.match(lines[0]) or _meta_or_tools(lines[0]) == "t"):
        lines.pop(0)
    return lines


def link_row(line: str) -> bool:
    """Whether one line is a row of LINK_ROW_MIN_PARTS+ links or buttons split by bars, bullets
    or middle dots ("<< Back to News | Previous story: TITLE | Print this page", "Neueste zuerst |
    Älteste zuerst | Aktualisieren"): each part up to LINK_ROW_PART_WORDS words with no sentence
    end and at most one part holding a digit (a table's row has figures). No vocabulary: a
    sentence is not split so in any language."""
    parts = [p for p in _BAR_PARTS.split(line.strip()) if p.strip()]
    if len(parts) < LINK_ROW_MIN_PARTS:
        return False
    if any(len(_WORD.findall(p)) > LINK_ROW_PART_WORDS or _SENT_END.search(p) for p in parts):
        return False
    return sum(1 for p in parts if any(c.isdigit() for c in p)) <= 1


def _pointer_label(line: str) -> str:
    """Whether one line links to another article by its label ("Read also: HEADLINE", "ALSO
    READ HEADLINE", "Lesen Sie auch ...", "Previous story: ..."; the rules of
    `textblocks._notice_or_pointer`, `textblocks.related_link`, every language of
    `chromewords.LANGUAGES`): its label, "" for any other line."""
    if len(_WORD.findall(line)) > RELATED_LINK_MAX_WORDS or _SENT_END.search(line):
        return ""
    link = _READ_ALSO.match(line) or related_link(line) or _PREV_NEXT_LABEL.match(line)
    return link.group(0).strip() if link else ""


def _barred(b: _Block) -> bool:
    return bool(_BAR_PARTS.search(b.text))


def _box_dropped(b: _Block) -> bool:
    """Whether a block is a dropped box of other stories or links (`_BOX_REASONS`)."""
    return b.kind == BOILERPLATE and any(r in b.reason for r in _BOX_REASONS)


def _box_line(blocks: list[_Block], i: int) -> bool:
    """Whether the short line `i` is the headline of a teaser card set between the paragraphs: a
    headline-shaped line (BOX_LINE_MIN_WORDS to BOX_LINE_MAX_WORDS words on one line, no
    sentence end, no colon introducing what follows, no connective's comma after the first word, no
    caption, at most one figure) after the article's text (body, heading or caption), whose
    next two blocks are a dropped box
    (`_box_dropped`: its blurb and its read-more link, or the list it heads)."""
    b = blocks[i]
    if len(b.lines) != 1 or not BOX_LINE_MIN_WORDS <= b.words <= BOX_LINE_MAX_WORDS or b.sentence_end:
        return False
    if b.text.rstrip().endswith((":", "：")):
        return False  # "Pros:", "Here is how it looks:": the article's list or picture follows
    if b.text.split(maxsplit=1)[0].endswith(","):
        return False  # "Next, edit the file and add the line": an instruction's sentence, not a headline
    if _is_caption(b):
        return False  # a picture's caption over the box (its credit kept it from ending a sentence)
    if sum(1 for t in _WORD.findall(b.text) if t[0].isdigit()) > 1:
        return False  # "Press release No. 48/22 of 20.12.2022": a reference line over the article's list
    if i == 0 or blocks[i - 1].kind not in (BODY, HEADING, CAPTION):
        return False  # a line among the rows of a list the model dropped is the list's, not a card's
    return i + 2 < len(blocks) and _box_dropped(blocks[i + 1]) and _box_dropped(blocks[i + 2])


def mark_inline_chrome(blocks: list[_Block]) -> None:
    """Drop the chrome between the article's paragraphs kept as short body blocks
    (`SHORT_REASONS`) or as headings (`HEADING_REASONS`, not the box's line): a row of links (`link_row`, not beside another barred block: a table), a
    labelled link to another article with a time stamp glued under it (`_pointer_label`), and a
    teaser card's headline (`_box_line`). Linear in the blocks."""
    for i, b in enumerate(blocks):
        if not (
            b.kind == BODY and b.reason in SHORT_REASONS or b.kind == HEADING and b.reason.startswith(HEADING_REASONS)
        ):
            continue
        lines = _own_lines(b)
        if len(lines) == 1 and link_row(lines[0]):
            beside = [blocks[k] for k in (i - 1, i + 1) if 0 <= k < len(blocks)]
            if not any(_barred(n) for n in beside):
                b.kind, b.reason = BOILERPLATE, LINK_ROW_REASON
                continue
        label = _pointer_label(lines[0]) if len(lines) == 1 else ""
        if label:
            b.kind, b.reason = BOILERPLATE, f"{RELATED_REASON} ('{label}')"
            continue
        if b.kind == BODY and _box_line(blocks, i):
            b.kind, b.reason = BOILERPLATE, BOX_LINE_REASON
