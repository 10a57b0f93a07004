"""Captions and their credits in a plain-text dump: a caption under or over its credit line,
or with the credit at its end, and sign-up boxes among them.
"""

from __future__ import annotations
import re
from ..blogchrome import BLOG_ARCHIVE_REASON
from ..models import BODY, BOILERPLATE, CAPTION, TITLE
from .patterns import (
    ABOUT_BOX_REASON,
    ANSWER_BOX_REASON,
    ADVERT_REASON,
    BUTTON_REASON,
    DISCLAIMER_REASON,
    EMBED_REASON,
    FORM_STATUS_REASON,
    LOGIN_PROMPT_REASON,
    FIRST_VISIT_REASON,
    QA_PROMPT_REASON,
    SIGNED_COMMENT_REASON,
    WIKI_NOTE_REASON,
    PAYWALL_REASON,
    NEWSLETTER_MAX_WORDS,
    PROMOTION_REASON,
    _has_any,
)
from .textblocks import (
    CAPTION_MAX_WORDS,
    OUTDATED_REASON,
    PAGER_REASON,
    CONSENT_REASON,
    DATE_BEFORE_REASON,
    FIELD_REASON,
    FILE_LINK_REASON,
    NEXT_ISSUE_REASON,
    RELATIVE_REASON,
    SIGNUP_BOX_LINES,
    SIGNUP_REASON,
    SOURCES_REASON,
    TIME_REASON,
    _Block,
    _CAPTION_REPORTER,
    _CREDIT_LINE,
    _SIGNUP_BUTTON,
    _SIGNUP_CONSENT,
    _SIGNUP_FIELD,
    _SIGNUP_FIELD_BUTTON,
    _SIGNUP_KEYS,
    _caption_before_credit,
    _newsletter_blurb,
)
from .furniture import HEAD_PROSE_BLOCKS, _prose_since_title


_RULE_FINAL = (
    "server error message",
    ADVERT_REASON,
    "repeats",
    "repeated",
    "cookie notice",
    "newsletter sign-up",
    PROMOTION_REASON,
    EMBED_REASON,
    FILE_LINK_REASON,
    BUTTON_REASON,
    DATE_BEFORE_REASON,
    TIME_REASON,
    RELATIVE_REASON,
    FIELD_REASON,
    "photo credit or source line",
    "advertising or editorial disclosure",
    "post meta line",
    "link to another article",
    "teaser snippet (ends with a read-more link)",  # SNIPPET_REASON
    "previous / next post links",
    PAGER_REASON,  # a shop's reviews' "1 2 3": the model took it for a heading
    CONSENT_REASON,
    FORM_STATUS_REASON,
    LOGIN_PROMPT_REASON,
    FIRST_VISIT_REASON,
    QA_PROMPT_REASON,
    SIGNED_COMMENT_REASON,
    WIKI_NOTE_REASON,
    "link to the author's posts",
    NEXT_ISSUE_REASON,
    SOURCES_REASON,
    DISCLAIMER_REASON,
    ABOUT_BOX_REASON,
    PAYWALL_REASON,  # a paywall's prompt (trial 17: a Danish box's "Læs videre med ..." was body)
    # an author box or a thread header opens the page tail, and prose after an author box is
    # not the article's: all 43 and 11 such blocks labelled on the tuning pages are chrome (a
    # retrained model took a newsletter blurb after an author box back as body)
    "start of the page tail",
    "prose in the page tail (after the author box)",
    "link to the comments",
    ANSWER_BOX_REASON,
    # a blog's archive widget ("► 2009 (1)", "▼ March (12)"): the model took the last two lines
    # of a Blogger page's archive back as text (a new user's try of a wild tuning page)
    BLOG_ARCHIVE_REASON,
    OUTDATED_REASON,
)
# A standfirst with the page's byline or date line right under it ("Headline / standfirst /
# By NAME / date / a product box, a disclosure, a picture's credit and caption / text") is one
# wherever the article starts, up to this many blocks under it (trial7: a deals post's and a
# Russian page's standfirsts, 7 and 8 blocks over the text, were dropped as "before it").
STANDFIRST_ANCHORED_GAP = 12


SIGNUP_FORM_ROWS = 3  # a form printed without blank lines: "Enter your email" / "Subscribe"


def _signup_form_line(b: _Block) -> str:
    """What a one-line block of a sign-up box's form is: "field" (its e-mail field's label),
    "button" (its submit button), "consent" (the terms line under it), "" for anything else. A
    block of up to SIGNUP_FORM_ROWS lines that are each a field or a button is the form as a
    whole ("field" if it has one): trial 18's "Enter your email" / "Subscribe" under "Sign up
    for more like this." left the box as the article's last paragraph."""
    if 1 < len(b.lines) <= SIGNUP_FORM_ROWS:
        rows = [_form_row(ln.strip(), len(ln.split())) for ln in b.lines]
        return ("field" if "field" in rows else "button") if all(rows) else ""
    if len(b.lines) != 1 or b.words > 25:
        return ""
    return _form_row(b.text, b.words) or ("consent" if _SIGNUP_CONSENT.match(b.text) else "")


def _form_row(text: str, words: int) -> str:
    """ "field" for an e-mail field's label of up to 6 words (or the label and its button on one
    line, up to 8: `_SIGNUP_FIELD_BUTTON`), "button" for a submit button of up to 4
    (`_SIGNUP_FIELD`, `_SIGNUP_BUTTON`), else ""."""
    if (words <= 6 and _SIGNUP_FIELD.match(text)) or (words <= 8 and _SIGNUP_FIELD_BUTTON.match(text)):
        return "field"
    return "button" if words <= 4 and _SIGNUP_BUTTON.match(text) else ""


CAPTION_UNDER_CREDIT_MIN_WORDS = 4
CAPTION_UNDER_CREDIT_REASON = "photo caption (under its credit line)"


def _labelled_credit(b: _Block) -> bool:
    """A photo's labelled credit ("Photograph: NAME", "Фото: NAME", "Fotoğraf: AA"; `_CREDIT_LINE`),
    which the rules dropped as a credit; not "Photo by X/Getty Images"."""
    return b.signal.startswith("photo credit") and bool(_CREDIT_LINE.match(b.text))


def _caption_shaped(b: _Block) -> bool:
    """One line of CAPTION_UNDER_CREDIT_MIN_WORDS to CAPTION_MAX_WORDS words, no chrome signal,
    not ending in a colon: such a line introduces what follows it (a rating widget's "Wir freuen
    uns, wenn du unseren Beitrag bewertest:" under a photo credit), no picture."""
    return (
        len(b.lines) == 1
        and not b.signal
        and CAPTION_UNDER_CREDIT_MIN_WORDS <= b.words <= CAPTION_MAX_WORDS
        and not b.text.rstrip().endswith((":", "："))
    )


def _mark_captions_under_credits(blocks: list[_Block]) -> None:
    """A sentence of CAPTION_UNDER_CREDIT_MIN_WORDS to CAPTION_MAX_WORDS words on one line right
    under a photo's labelled credit line (`_labelled_credit`: "Fotoğraf: AA" / "Deprem sonrası ...
    bekledi.") is the photo's caption (indexed, neither for nor against the article run), when no
    prose follows it (then it is the article's next paragraph under the picture). trial5: such a
    caption was dropped as a teaser list."""
    for i in range(len(blocks) - 1):
        b, nxt = blocks[i], blocks[i + 1]
        if not (_labelled_credit(b) and _caption_shaped(nxt) and nxt.sentence_end):
            continue
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        if after is None or after.value <= 0 or after.signal:
            nxt.caption, nxt.value = CAPTION_UNDER_CREDIT_REASON, 0.0


CAPTION_OVER_CREDIT_REASON = "photo caption (over its credit line)"
# A caption under its credit may lack a sentence's end ("Жители дома на улице Кирова ждут
# подключения отопления"): then this many words at least, and no credit under it (a teaser list
# sets "Photo: X / headline" over and over).
CAPTION_PLAIN_MIN_WORDS = 6
# A picture's own credit label, which a caption may stand over ("Photograph: NAME", "Foto: dpa",
# "Фото: NAME"); not a source's ("Quelle: THW", "SOURCE: News agencies" under a chart), a title
# picture's ("Titelbild: ...", under the article's last paragraph) nor a bare "Credit:".
_PHOTO_LABEL = re.compile(
    r"^\(?(?:photos?|photographs?|pictures?|fotos?|fotoğraf|images?|imagen|bild(?:er)?|фото(?:графия)?)\s*:", re.I
)


def _mark_credit_captions(blocks: list[_Block]) -> None:
    """A picture's caption next to its labelled credit (`_labelled_credit`), once the rules and
    the block model are done: the one line right under the credit (`_caption_shaped`: a sentence,
    or CAPTION_PLAIN_MIN_WORDS+ words over no other credit), else a sentence on one line right
    over a picture's credit (`_PHOTO_LABEL`: "Siobhán Doherty loads her kiln. The firing lasts 36
    hours." / "Photograph: NAME"), when it was dropped for no chrome kind under the headline, up to
    STANDFIRST_ANCHORED_GAP blocks over the article run, or inside the run (`_dropped_caption`):
    CAPTION, indexed. Body
    stays body (over a credit, the tuning pages' sentences were as often the article's last
    paragraph over its title picture's credit). After the model, so the article run and the
    training rows are unchanged.
    trial7: a standfirst's caption under "Фото: ..." and one over "Photograph: ..." were
    dropped as outside the article and as a teaser list; the same shape further down was body."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    start = next((i for i, b in enumerate(blocks) if b.inside), len(blocks))

    def head(j: int) -> bool:  # under the headline, a standfirst's reach over the article run
        return title >= 0 and title < j < start and start - j <= STANDFIRST_ANCHORED_GAP

    for i, credit in enumerate(blocks):
        if credit.kind != BOILERPLATE or not _labelled_credit(credit):
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        if nxt is not None and _caption_shaped(nxt) and nxt.kind != CAPTION:
            plain = nxt.words >= CAPTION_PLAIN_MIN_WORDS and not (after is not None and _labelled_credit(after))
            if (nxt.sentence_end or plain) and _dropped_caption(nxt, head(i + 1)):
                nxt.kind, nxt.reason = CAPTION, CAPTION_UNDER_CREDIT_REASON
                continue
        prev = blocks[i - 1] if i > 0 else None
        if prev is None or not (_caption_shaped(prev) and prev.sentence_end):
            continue
        if _PHOTO_LABEL.match(credit.text) and _dropped_caption(prev, head(i - 1)):
            prev.kind, prev.reason = CAPTION, CAPTION_OVER_CREDIT_REASON


CAPTION_WITH_CREDIT_REASON = "photo caption (its credit at the end)"


def _mark_captions_ending_with_credits(blocks: list[_Block]) -> None:
    """A sentence on one line (CAPTION_UNDER_CREDIT_MIN_WORDS to CAPTION_MAX_WORDS words) that
    ends with a photo's credit (`_caption_before_credit`: "... dos estaleiros. Foto: NAME / DML",
    "... 걷어내고 있다. 김서연 기자") is a caption, CAPTION (`_strip_credit` then cuts the credit):
    when the rules or the model dropped it for no chrome kind (`_dropped_caption`), or it is kept
    as body in the article's head (`_prose_since_title`) over a paragraph, with a credit only a
    caption has (`_CAPTION_REPORTER`: a Korean reporter's name, which at the article's end signs
    it off). trial8: the Portuguese caption was dropped as a teaser
    list and the Korean one was body with its credit."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    start = next((i for i, b in enumerate(blocks) if b.inside), len(blocks))
    prose = _prose_since_title(blocks)
    for i, b in enumerate(blocks):
        if not (len(b.lines) == 1 and CAPTION_UNDER_CREDIT_MIN_WORDS <= b.words <= CAPTION_MAX_WORDS):
            continue
        if not _has_any(b.low or b.text.lower(), _CREDIT_TAIL_KEYS) or not _caption_before_credit(b.text):
            continue
        head = title >= 0 and title < i < start and start - i <= STANDFIRST_ANCHORED_GAP
        # over the first paragraph (a standfirst at most above it), with a photographer's credit
        # (a source or an agency in brackets in body text names a statistic's origin or the author)
        opening = b.kind == BODY and prose[i] <= HEAD_PROSE_BLOCKS and bool(_CAPTION_REPORTER_TAIL.search(b.text))
        if _dropped_caption(b, head) or (opening and i + 1 < len(blocks) and blocks[i + 1].kind == BODY):
            b.kind, b.reason = CAPTION, CAPTION_WITH_CREDIT_REASON


def _dropped_caption(b: _Block, head: bool) -> bool:
    """Whether `b` was dropped for no chrome kind the rules know (no signal, no rule-final
    reason) under the headline, over the article run (`head`: "outside the article text (before
    it)" or the block model's), or inside the run (the model's)."""
    if b.kind != BOILERPLATE or b.signal or b.reason.startswith(_RULE_FINAL) or "duplicate_of" in b.extra:
        return False  # (a second copy of a caption: indexed once, where it first appears)
    by_model = b.reason.endswith("(block model)")
    return (head and (by_model or b.reason == "outside the article text (before it)")) or (b.inside and by_model)


def _mark_signup_boxes(blocks: list[_Block]) -> None:
    """A newsletter's sign-up box inside the article: a blurb-sized block (NEWSLETTER_MAX_WORDS)
    calling to subscribe (`_SIGNUP_KEYS`' words; no chrome signal, or a newsletter sign-up, a
    promotion or a call to action), a blurb under it, then its form (`_signup_form_line`: an e-mail field or a submit button, and the terms
    line), up to SIGNUP_BOX_LINES blocks. The box is chrome (SIGNUP_REASON) that weighs nothing
    for or against the article run (`_article_run` leaves it out): the article goes on below it,
    as a one-word advert slot's does."""
    for i, b in enumerate(blocks):
        if b.words > NEWSLETTER_MAX_WORDS or "signup_box" in b.extra or not _has_any(b.low, _SIGNUP_KEYS):
            continue
        if b.signal and not b.signal.startswith(("newsletter sign-up", PROMOTION_REASON, "call-to-action")):
            continue
        box, form = [i], 0
        for j in range(i + 1, min(len(blocks), i + 1 + SIGNUP_BOX_LINES)):
            kind = _signup_form_line(blocks[j])
            if not kind and not (j == i + 1 and _newsletter_blurb(blocks[j])):
                break
            box.append(j)
            form += kind in ("field", "button")
        if not form:
            continue
        for j in box:
            blocks[j].extra["signup_box"] = "1"
            blocks[j].signal = blocks[j].signal or SIGNUP_REASON
            blocks[j].value = 0.0


_CAPTION_REPORTER_TAIL = re.compile(_CAPTION_REPORTER)


# the words one of the credit patterns needs: a cheap gate before the regexes
_CREDIT_TAIL_KEYS = (
    "©",
    "fotó",
    "kép",
    "zdjęcie",
    "kuva",
    "фото",
    "φωτογραφία",
    "사진",
    "기자",
    "تصوير",
    "صورة",
    "عدسة",
    "fot.",
    "picture",
    "pic",
    "foto",
    "bild",
    "photo",
    "image",
    "credit",
    "crédit",
    "quelle",
    "source",
    "fuente",
    "reuters",
    "afp",
    "ap)",
    "/ap",
    "epa",
    "dpa",
    "getty",
    "shutterstock",
    "istock",
    "alamy",
    "associated press",
    "imago",
    "keystone",
    "ansa",
    "efe",
    "xinhua",
)
