"""The rules' kind of one block inside or outside the article run (`_classify_one`)."""

from __future__ import annotations
from .. import pubdate
from ..models import BODY, BOILERPLATE, BYLINE, CAPTION, HEADING, LEAD, QUESTION_MARKS
from .patterns import (
    ADVERT_REASON,
    _BULLET,
    _HEADING_PUNCT_END,
    _INTERVIEW_QUESTION,
    _SPEAKER_TURN,
    _UI_LABEL_ONE,
    _WORD,
    _find_date,
)
from .textblocks import (
    DATE_BEFORE_REASON,
    FIELD_REASON,
    ISSUER_REASON,
    RELATED_REASON,
    RELATIVE_REASON,
    TIME_REASON,
    _Block,
    _byline_names,
    _date_or_time_line,
    _is_caption,
    _issuer_field,
    _line_date,
    _post_byline,
    _thread_starter,
)
from .kept import CONTENT_LIST_HEADING_REASON, CONTENT_LIST_REASON


POST_TITLE_MAX_WORDS = 40  # a forum's or a social site's post title may be a sentence or two


# A comment's reply or quote link ("[ antworten ]", "Reply", "Répondre"), `_UI_LABEL_KINDS`' words.
_REPLY_LINK = next(rx for kind, rx in _UI_LABEL_ONE if kind == "quote, reply or report")


def _prose_above(blocks: list[_Block], i: int) -> bool:
    """Whether prose of POST_TITLE_MAX_WORDS+ words stands above block `i`: a post's author line
    there is a comment's, not the page's."""
    return any(b.sentence_end and b.words >= POST_TITLE_MAX_WORDS for b in blocks[:i])


def _kept_repeat(blocks: list[_Block], i: int, dup: int) -> bool:
    """Whether block `i`, inside the article run and a copy of block `dup`, is classified on its
    own: its first copy is article text (body or heading), or it is the article's first
    paragraph printed again: a paragraph of prose (15+ words ending a sentence) with no prose of
    the run above it, whose first copy was left out only for standing before the article (a
    share box's or a summary's copy of the first paragraph over the menus: news corpus, China
    Daily). The text is then indexed once, here."""
    b = blocks[i]
    return blocks[dup].kind in (BODY, HEADING) or (
        b.words >= 15
        and b.sentence_end
        and blocks[dup].reason == OUTSIDE_BEFORE_REASON
        and not any(p.inside and p.value > 0 for p in blocks[:i])
    )


OUTSIDE_BEFORE_REASON = "outside the article text (before it)"


def _page_byline_names(blocks: list[_Block], i: int) -> str:
    """The names of block `i` as the page's byline (`_byline_names`), "" for a comment's author
    line: under the post's prose, or with its reply link. A board's "Thread starter NAME · 5
    replies" (`_thread_starter`) is the page's wherever it stands."""
    b = blocks[i]
    names = _byline_names(b)
    if not names or (len(b.lines) == 1 and _thread_starter(b.text)):
        return names
    if _post_byline(b) and _prose_above(blocks, i):
        return ""  # a comment's author line, under the post's text: no byline of the page
    if _REPLY_LINK.search(b.text):
        return ""  # "geschrieben von NAME am DATE [ antworten ]": a comment's header, with its reply link
    return names


TWICE_RUN_MIN = 3  # headlines printed twice in a row: a list of cards (a picture's alt text and its link)


def _printed_twice_run(blocks: list[_Block], i: int) -> int:
    """How many "repeated caption" blocks (`_is_caption`) stand in a row around block `i`, their
    second printings ("repeat") between them not counted: three or more are a list of teaser
    cards, each headline printed as its picture's alt text and its link, not a photo's captions."""

    def twice(k: int) -> bool:
        return _is_caption(blocks[k]).startswith("repeated caption")

    def apart(k: int, step: int) -> int:
        n = 0
        k += step
        while 0 <= k < len(blocks) and (twice(k) or blocks[k].extra.get("repeat")):
            n += twice(k)
            k += step
        return n

    return 1 + apart(i, -1) + apart(i, 1) if twice(i) else 0


def _caption_of(blocks: list[_Block], i: int, clean: bool) -> str:
    """The caption reason block `i` is indexed under (`_is_caption`'s), "" for none: none on a
    `clean` page for a block printed once, and none for a headline printed twice (its picture's
    alt text and its link) among a teaser list's items or in a run of such headlines
    (`_printed_twice_run`): the Boston Herald's "Most Popular" stories were captions, a wild
    tuning page."""
    b = blocks[i]
    caption = _is_caption(b)
    if not caption or (clean and not b.repeated):
        return ""
    if caption.startswith("repeated caption") and (
        b.extra.get("teaser") == "item" or _printed_twice_run(blocks, i) >= TWICE_RUN_MIN
    ):
        return ""
    return caption


# A post's meta row set one item a line (its category, its date, its comment count: "DIY (Do it
# Yourself)" / "2 Apr, 2016" / "2"), as a text dump prints a theme's meta row of separate
# elements: up to META_ROW_LINES lines of META_ROW_LINE_WORDS words at most, one a date alone.
META_ROW_LINES = 4
META_ROW_LINE_WORDS = 4


def _meta_row(b: _Block) -> bool:
    """Whether block `b` is a post's meta row of one item a line (see META_ROW_LINES), one of its
    lines a date with at most one other word ("2 Apr, 2016", "Am 12.03.2025")."""
    if not 2 < len(b.lines) <= META_ROW_LINES or any(len(ln.split()) > META_ROW_LINE_WORDS for ln in b.lines):
        return False
    return any(_line_date(ln) and len(_WORD.findall(pubdate.ascii_digits(ln))) <= 5 for ln in b.lines)


def _date_line_shaped(b: _Block) -> bool:
    """Whether block `b` is a date line: two lines or a meta row of one item a line (`_meta_row`),
    14 words at most, no sentence end, a date that is no prose's, life's or event's (`_line_date`)."""
    # (the cheap tests first: the meta row's reads a date on each line)
    return b.words <= 14 and not b.sentence_end and (len(b.lines) <= 2 or _meta_row(b)) and bool(_line_date(b.text))


def _classify_one(blocks: list[_Block], i: int, inside: bool, clean: bool, before: bool) -> None:
    b = blocks[i]
    names = _page_byline_names(blocks, i)
    if names or _issuer_field(b):
        _mark_byline(b, names)
        return
    caption = _caption_of(blocks, i, clean)
    if caption:
        b.kind, b.reason = CAPTION, caption
        return
    if b.signal:
        b.kind, b.reason = BOILERPLATE, b.signal
        return
    dup = b.extra.get("duplicate_of")
    if dup is not None and (not inside or not _kept_repeat(blocks, i, int(dup))):
        b.kind, b.reason = BOILERPLATE, f"repeats block {int(dup) + 1}"
        return
    if not clean and _date_line_shaped(b):
        b.kind, b.reason = BOILERPLATE, DATE_BEFORE_REASON if before else "date line"
        b.extra["date"] = _find_date(b.text)
        return
    metadata = _date_or_time_line(b)
    if metadata == "date line" and not clean and before:
        b.kind, b.reason = BOILERPLATE, DATE_BEFORE_REASON
        b.extra["date"] = pubdate.find_date(b.text)
        return
    if metadata == RELATIVE_REASON and before:
        b.kind, b.reason = BOILERPLATE, metadata
        return
    if metadata in (TIME_REASON, FIELD_REASON) and (not clean or metadata == TIME_REASON):
        # (a clean page's dates may be its text)
        b.kind, b.reason = BOILERPLATE, metadata
        return
    if "thread" in b.extra:
        b.kind, b.reason = BOILERPLATE, b.extra["thread"]
        return
    if not inside:
        b.kind, b.reason = BOILERPLATE, _outside_reason(b, before)
        return
    listed = _list_kind(blocks, i)
    if listed:
        b.kind, b.reason = listed
        return
    question = _INTERVIEW_QUESTION.match(b.text)
    if question:  # a question, so a sentence: not a heading, whatever its length
        b.kind, b.reason = BODY, f"question of an interview ('{question.group(1)}')"
        return
    asks = b.text.rstrip("\"'”’»)").endswith(QUESTION_MARKS)
    if _is_heading(blocks, i) and not (asks and _transcript_turn(blocks, i)):
        what = "short question" if asks else "short line without sentence punctuation"
        b.kind, b.reason = HEADING, f"{what} before body text"
        return
    if b.value > 0:
        b.kind, b.reason = BODY, "prose (length and sentence punctuation)"
    else:
        b.kind, b.reason = BODY, "short block inside the article text"


def _mark_byline(b: _Block, names: str) -> None:
    """A byline with its `names` ("By ..."), or an issuer's field (`_issuer_field`: "From:
    Department for Transport and NAME MP"): a publishing body is no byline, but its name is
    searched for (an org of an indexed lead); the people it lists are the byline (`names`, maybe
    none), a date in the block the page's."""
    if not _issuer_field(b):
        b.kind, b.reason = BYLINE, "byline ('By ...')"
        b.extra["author"] = names
        return
    b.kind, b.reason = LEAD, ISSUER_REASON
    if names:
        b.extra["author"] = names
    if date := _line_date(b.text):
        b.extra["date"] = date


def _outside_reason(b: _Block, before: bool) -> str:
    """Why a block outside the article run is dropped: its place, or the page tail's prose."""
    if "after_tail" in b.extra:
        return f"prose in the page tail (after the {b.extra['after_tail']})"
    return f"outside the article text ({'before' if before else 'after'} it)"


def _list_kind(blocks: list[_Block], i: int) -> tuple[str, str] | None:
    """(kind, reason) of a list between the article's paragraphs inside the run and of its
    heading (`_mark_content_lists`), None for other blocks."""
    b = blocks[i]
    if "content_list" in b.extra:
        return BODY, CONTENT_LIST_REASON
    if "list_heading" in b.extra and i + 1 < len(blocks) and blocks[i + 1].inside:
        return HEADING, CONTENT_LIST_HEADING_REASON
    return None


def _transcript_turn(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` and the block before or after it open with a speaker's label
    (`_SPEAKER_TURN`): turns of a transcript or interview."""
    return bool(_SPEAKER_TURN.match(blocks[i].text)) and any(
        0 <= k < len(blocks) and _SPEAKER_TURN.match(blocks[k].text) for k in (i - 1, i + 1)
    )


def _is_heading(blocks: list[_Block], i: int) -> bool:
    b = blocks[i]
    if len(b.lines) != 1 or not (1 <= b.words <= 12) or _HEADING_PUNCT_END.search(b.text):
        return False
    if not (b.text[0].isupper() or b.text[0] in "'\"‘“" or b.text[0].isdigit()):
        return False
    if sum(1 for t in _WORD.findall(b.text) if t[0].isdigit()) > 1:
        return False  # "Revs 92.2 mln vs 77.4 mln": a table line, not a heading
    if i + 1 >= len(blocks) or i == 0:
        return False
    nxt = blocks[i + 1]
    if _BULLET.sub("", nxt.text)[:1].islower():
        # the line's sentence goes on below it (BBC: "... in Sheffield as" / "dominated the
        # race"), or into a list ("The government had claimed tobacco firms" / "- manipulated")
        return False
    # a heading introduces prose and follows it (or a caption, or a live blog's time stamp) -
    # never opens the file; a sign-up box or an advert's label between them is stepped over
    # (trial 15: "Why you'll love this recipe" under "Advertisement" was a short block, dropped)
    k = i - 1
    while k > 0 and ("signup_box" in blocks[k].extra or blocks[k].signal.startswith((ADVERT_REASON, RELATED_REASON))):
        k -= 1
    prev = blocks[k]
    return nxt.value >= 15 and not nxt.signal and (prev.kind in (BODY, CAPTION, HEADING) or prev.reason == TIME_REASON)
