"""Metadata and output: repeats dropped, credits cut, the title, byline, dateline and
publication date of the `Article`.
"""

from __future__ import annotations
import re
from collections import Counter
from collections.abc import Callable
from .. import pubdate
from ..blocks import is_comment_header
from ..errors import Advice, Command, literal
from ..models import (
    BODY,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    HEADING,
    INDEXED_KINDS,
    LEAD,
    TITLE,
    Article,
    Paragraph,
    copyright_holder,
    trie_alternation,
)
from .patterns import (
    dates_its_figures,
    is_stamp,
    _AGENCY,
    _SENT_END,
    _date_span,
    _published_by,
    _BY_LINE,
    handle_alone,
    _DATE_CUE,
    _DATE_CUES,
    _PUBLISHED_CUES,
    _DATE_LABEL_ALONE,
    _LINE_STRIP,
    _WORD,
    _any_date,
    _dateline_date,
    _dateline_place,
    _find_date,
    _has_any,
    _wire_dateline,
)
from .tail import drop_edit_notices, drop_quote_openings
from .textblocks import (
    event_place,
    _entry_stamp,
    _job_line,
    CREDIT_MIN_WORDS_BEFORE,
    DATE_BEFORE_REASON,
    ISSUER_REASON,
    TIME_REASON,
    _Block,
    _CAPTION_CREDIT_TAIL,
    _CREDIT_TAIL,
    _byline_names,
    _byline_place,
    _date_line_place,
    _dated_by,
    _is_meta_line,
    _line_date,
    _measure,
    _meta_authors,
    _name_alone,
)
from .repeats import chrome_key
from .captions import _CREDIT_TAIL_KEYS
from .head import (
    _bare_name,
    _by_line_names,
    _head_date,
    _head_lines_name,
    _keep_gap_headings,
    _marked_meta,
    _measured,
    _name_gaps,
    _standfirst_shaped,
)
from .tail import _opening_paragraph
from .model import _page_language
from .furniture import _FORUM_LABEL_LINE, forum_field_line


# A text printed more than this many times on one page is indexed once. Pages repeat lines on
# purpose: a meal plan's line under each of its days (18 times on an extraction-dev page), the
# same question to each of 23 interviewees, a Reuters table's rows (24), a tag under each post
# (44, extraction-wild); the tuning pages' truths keep every copy. A page of thousands of copies
# is generated or broken: a 10 MB page of 83,000 copies of a few paragraphs was indexed (and
# entity-tagged) copy by copy, over 25 minutes.
REPEATS_MAX = 50


def _drop_repeats(blocks: list[_Block]) -> tuple[int, int, set[int]]:
    """Indexed blocks whose text (spaces collapsed, case folded) the page's indexed blocks print
    more than REPEATS_MAX times, made boilerplate after the first copy ("repeats paragraph N
    (printed M times)"). Returns how many texts and blocks that was, and the indices of the
    headings among the dropped blocks (a dropped heading still opens its section)."""
    keys = [chrome_key(b.text) if b.kind in INDEXED_KINDS else None for b in blocks]
    copies = Counter(k for k in keys if k is not None)
    if not copies or max(copies.values()) <= REPEATS_MAX:
        return 0, 0, set()
    # "printed M times" counts every copy on the page, those other rules dropped too
    printed = Counter(k for k in (chrome_key(b.text) for b in blocks) if copies.get(k, 0) > REPEATS_MAX)
    first: dict[str, int] = {}
    headings: set[int] = set()
    dropped = 0
    for i, (b, key) in enumerate(zip(blocks, keys, strict=True)):
        if key is None or copies[key] <= REPEATS_MAX:
            continue
        n = first.setdefault(key, i)
        if n != i:
            if b.kind == HEADING:
                headings.add(i)
            b.kind, b.reason = BOILERPLATE, f"repeats paragraph {n + 1} (printed {printed[key]:,} times)"
            dropped += 1
    return len(first), dropped, headings


# A page that prints its article twice (a print or app view saved beside the page, a scrape of
# both): a run of at least COPY_MIN_BLOCKS indexed paragraphs, COPY_MIN_WORDS words, that repeats
# an earlier run block for block is a second copy. Lines a page repeats on purpose (a meal
# plan's line under each day, a question to each interviewee) repeat alone or in short runs
# between other text, not as whole passages of prose.
COPY_MIN_BLOCKS = 3
COPY_MIN_WORDS = 60
# A shorter text is a copy only when the whole of it is printed twice (`_whole_text_again`).
COPY_WHOLE_MIN_PROSE = 2


def _drop_second_copies(blocks: list[_Block]) -> None:
    """Indexed blocks that repeat, in order, a run of earlier indexed blocks of at least
    COPY_MIN_BLOCKS blocks with sentence punctuation and COPY_MIN_WORDS words, made boilerplate
    ("repeats paragraphs N-M (the text printed again)"). A copy's headline and headings go with
    it, except one that ends it (it may open text of its own). A copy right under a heading of
    its own stays: a recipe's steps repeated for its second dish, under that dish's name. Repeats
    of fewer blocks stay (_drop_repeats caps those)."""
    indexed = [i for i, b in enumerate(blocks) if b.kind in INDEXED_KINDS]
    keys = [chrome_key(blocks[i].text) for i in indexed]
    first: dict[str, int] = {}
    p = 0
    while p < len(indexed):
        q = first.setdefault(keys[p], p)
        n = 0
        if q != p:  # the run from p repeats the one from q, while it stays before p
            while p + n < len(indexed) and q + n < p and keys[q + n] == keys[p + n]:
                n += 1
        while n and blocks[indexed[p + n - 1]].kind in (TITLE, HEADING):  # a heading after the copy opens new text
            n -= 1
        run = [blocks[i] for i in indexed[p : p + n]]
        prose = [b for b in run if b.sentence_end]
        if n and blocks[indexed[p - 1]].kind == HEADING and first[keys[p - 1]] == p - 1:
            n = 0  # under a new heading: the same text again for another section
        long_run = len(prose) >= COPY_MIN_BLOCKS and sum(b.words for b in prose) >= COPY_MIN_WORDS
        if n and (long_run or _whole_text_again(blocks, indexed, q, p, n)):
            span = f"{indexed[q] + 1}-{indexed[q + n - 1] + 1}"
            for b in run:
                b.kind, b.reason = BOILERPLATE, f"repeats paragraphs {span} (the text printed again)"
            p += n
        else:
            p += 1


# A pull quote: a sentence of the article set again, large, as a block of its own near the
# paragraph that holds it ("“The light doesn’t need us. The rock does.”" beside "“The light
# doesn’t need us,” he says, ... “The rock does. ...”"): the body's copy stays, as a caption's
# second print does not (trial5: both of a magazine's pull quotes indexed twice).
PULL_QUOTE_MIN_WORDS = 6
PULL_QUOTE_MAX_WORDS = 40
PULL_QUOTE_NEAR = 3  # indexed paragraphs before or after it
PULL_QUOTE_SPREAD = 3  # its words within a stretch of the paragraph this many times its length
PULL_QUOTE_MIN_EXTRA = 8  # the paragraph says more ("..., he says, making tea"); a recipe's line differs by a word


def _drop_pull_quotes(blocks: list[_Block]) -> None:
    """One-line body, lead or heading blocks of PULL_QUOTE_MIN_WORDS to PULL_QUOTE_MAX_WORDS words
    that end a sentence (a pull quote is one; GUM's caption "Wu Chi-wai of the Democratic Party",
    a heading there, is a name the paragraph over it gives too, and was dropped) and whose
    words, in order, are in a longer body paragraph up to PULL_QUOTE_NEAR indexed paragraphs away
    (within PULL_QUOTE_SPREAD times their length: the sentence quoted, not words scattered over a
    paragraph) made boilerplate: "pull quote (repeats paragraph N's words)"."""
    indexed = [i for i, b in enumerate(blocks) if b.kind in (BODY, LEAD, HEADING)]
    words = {i: _WORD.findall(blocks[i].text.casefold()) for i in indexed}
    for k, i in enumerate(indexed):
        quote = words[i]
        if (
            len(blocks[i].lines) != 1
            or not PULL_QUOTE_MIN_WORDS <= len(quote) <= PULL_QUOTE_MAX_WORDS
            or not blocks[i].sentence_end  # a heading or caption naming the paragraph's people is none
        ):
            continue
        for j in indexed[max(0, k - PULL_QUOTE_NEAR) : k + PULL_QUOTE_NEAR + 1]:
            if (
                j != i
                and blocks[j].kind == BODY
                and len(words[j]) >= len(quote) + PULL_QUOTE_MIN_EXTRA
                and _quoted_in(quote, words[j])
            ):
                blocks[i].kind, blocks[i].reason = BOILERPLATE, f"pull quote (repeats paragraph {j + 1}'s words)"
                break


def _quoted_in(quote: list[str], words: list[str]) -> bool:
    """Whether `quote`'s words are all in `words`, in order, from the first to the last within
    PULL_QUOTE_SPREAD times the quote's length."""
    limit = PULL_QUOTE_SPREAD * len(quote)
    for start in (n for n, w in enumerate(words) if w == quote[0]):
        at, k = start, 0
        while at < len(words) and at - start < limit and k < len(quote):
            k += words[at] == quote[k]
            at += 1
        if k == len(quote):
            return True
    return False


def _whole_text_again(blocks: list[_Block], indexed: list[int], q: int, p: int, n: int) -> bool:
    """Whether the run of `n` indexed blocks from indexed[p] repeats, right after it, the run from
    indexed[q] that holds all the page's prose (a short brief printed twice, too short for
    COPY_MIN_BLOCKS): at least COPY_WHOLE_MIN_PROSE paragraphs ending a sentence, no such
    paragraph before the first copy or after the second. A refrain or a chorus sung twice repeats
    within other text, and a pull quote is one paragraph: none of them is the whole text."""
    if q + n != p:
        return False
    prose = [blocks[i].sentence_end for i in indexed]
    return sum(prose[q:p]) >= COPY_WHOLE_MIN_PROSE and not any(prose[:q]) and not any(prose[p + n :])


CAPTION_WITH_CREDIT_WORDS = 40  # a caption is a sentence or two; a longer paragraph with a credit stays body


# A separator opening a headline, left of a kicker the page sets in the same <h1> ("Corona-Pandemie
# <span class=visually-hidden> - </span> „Es kommt auch darauf an ...“": the kicker went, the
# dash stayed, and every hit's title read "- „Es kommt ...").
_TITLE_LEAD = re.compile(r"^(?:[-–—|·•:]\s++)++")


# A heading that is a photo's credit: an agency's name alone ("PA" under a gallery's last photo
# was the section of 14 paragraphs of an Independent story), a credit's label opening it
# ("Bildnachweis: Quelle, cc-Lizenz"), or a caption with its credit in brackets ("Inspiration:
# Buccellati (Foto: Silvia Rivoltella)"). The first two are no text; the last is a caption.
_CREDIT_ALONE = re.compile(
    r"^\W*(?:PA|AP|AFP|EPA|dpa|Reuters|Getty Images|imago|Shutterstock|iStock|Unsplash|Pixabay|Keystone|ANP|ANSA|EFE|"
    r"Xinhua|PA Wire|PA Images|AP Photo|Alamy)\W*$"
)
_CREDIT_LABEL = re.compile(
    r"^(?:bildnachweis|bildquelle|bildrechte|foto|fotos|photo|photos|credit|credits|image|bild|fuente|crédit|"
    r"crédits|créditos|copyright)\s*:",
    re.I,
)
_CREDIT_IN_BRACKETS = re.compile(r"\((?:foto|fotos|photo|bild|credit|fuente|crédit)\s*:[^()]{1,80}\)\s*$", re.I)
CREDIT_REASON = "photo credit (set as a heading)"


def _title_text(b: _Block) -> None:
    """The title block's indexed text: without the separator left of a kicker set apart from the
    headline (`_TITLE_LEAD`), and a <title> line taken for the headline as its headline part
    (`extra["headline"]`), as the article's title is ("Wurmkiste | selbst.de" had matched every
    search for the site's name). Other blocks are left as they are."""
    if b.kind != TITLE:
        return
    if lead := _TITLE_LEAD.match(b.text):
        b.text = b.text[lead.end() :]
        b.lines = b.text.split("\n")
    if headline := b.extra.get("headline"):
        b.text, b.lines = headline, headline.split("\n")


def _credit_heading(b: _Block) -> None:
    """A heading block that is a photo's credit (see `_CREDIT_ALONE`) made boilerplate, or a
    caption when it is one with its credit (`_CREDIT_IN_BRACKETS`): it heads no section."""
    if b.kind != HEADING:
        return
    if _CREDIT_ALONE.match(b.text) or _CREDIT_LABEL.match(b.text):
        b.kind, b.reason = BOILERPLATE, CREDIT_REASON
    elif _CREDIT_IN_BRACKETS.search(b.text):
        b.kind, b.reason = CAPTION, "photo caption (its credit in brackets)"


def _strip_credit(b: _Block) -> None:
    """Take a photo credit off the end of an indexed caption, body, lead or heading block
    (`_CREDIT_TAIL`; in a caption also `_CAPTION_CREDIT_TAIL`) and name it in the block's reason.
    A heading, or a short body block (CAPTION_WITH_CREDIT_WORDS), that ends with a credit is a
    caption set as a paragraph of its own."""
    if b.kind not in (CAPTION, BODY, LEAD, HEADING) or not _has_any(b.low or b.text.lower(), _CREDIT_TAIL_KEYS):
        return
    last = b.lines[-1]
    m = _CREDIT_TAIL.search(last)
    if not m and b.kind in (CAPTION, HEADING):
        m = _CAPTION_CREDIT_TAIL.search(last)
    if not m or len(_WORD.findall(last[: m.start()])) < CREDIT_MIN_WORDS_BEFORE:
        return
    credit = m.group(0).strip(" |·•")
    b.lines[-1] = last[: m.start()].rstrip(" |·•–-")
    b.text = "\n".join(b.lines)
    b.low = b.text.lower()  # kept in step with the text for any check after this one
    if b.kind == HEADING or (b.kind == BODY and len(_WORD.findall(b.text)) <= CAPTION_WITH_CREDIT_WORDS):
        b.kind, b.reason = CAPTION, "photo credit or caption"
    b.reason = f"{b.reason} | photo credit kept out of the text: '{credit[:60]}'"


def _paragraph(n: int, b: _Block, section: str) -> Paragraph:
    """Block `b`, number `n` of its page, as a Paragraph under `section`: a heading belongs to
    the section it opens, the title to none; a body paragraph under a transcript's speaker label
    is that speaker's turn (`speakers.mark_speaker_labels`)."""
    return Paragraph(
        paragraph=n,
        kind=b.kind,
        text=b.text,
        reason=b.reason,
        section="" if b.kind == TITLE else section,
        turn=b.extra.get("speaker", "") if b.kind == BODY else "",
    )


def _finish(article: Article, blocks: list[_Block], meta: dict[str, str]) -> None:
    texts, repeats, repeated_headings = _drop_repeats(blocks)
    _drop_second_copies(blocks)
    _drop_pull_quotes(blocks)
    drop_quote_openings(blocks)
    drop_edit_notices(blocks)
    if repeats:
        named = article.where or article.path or article.id
        article.warnings.append(
            Advice(
                "",
                f"{literal(named)}: {repeats:,} paragraphs dropped: "
                + (
                    f"{texts:,} texts printed over {REPEATS_MAX} times each, each"
                    if texts > 1
                    else f"a text printed over {REPEATS_MAX} times,"
                )
                + " indexed once; see {0} for which",
                (Command("parse", (named,)),),
            )
        )
    for b in blocks:
        _credit_heading(b)
        _strip_credit(b)
        _title_text(b)
    _name_gaps(blocks)
    _keep_gap_headings(blocks)
    article.paragraphs.extend(
        _paragraph(n, b, section) for n, (b, section) in enumerate(_sections(blocks, repeated_headings), 1)
    )
    # title
    title = next((b.extra.get("headline") or b.text for b in blocks if b.kind == TITLE), "")
    # else a judgment's case name, where a field of its header was taken for the headline
    case = next((b.extra["case_name"] for b in blocks if b.extra.get("case_name")), "")
    article.title = title.replace("\n", " ") or case or (meta.get("title") or "")
    # byline
    thread = _byline_scope(blocks)
    authors = [
        b.extra["author"]
        for b in blocks[:thread]
        if (b.kind == BYLINE or b.reason == ISSUER_REASON) and b.extra.get("author")
    ]
    page_byline = _page_byline(meta)
    place_name = _place_and_name(meta.get("author_line", ""), meta.get("author", ""))
    authors = authors or _fallback_authors(blocks, meta, page_byline, place_name)
    uniq = _distinct_names(_without_publisher(", ".join(authors).split(", "), blocks, meta))
    article.byline = ", ".join(_without_site_name(uniq, _site_names(blocks, meta)))
    _dateline_and_date(article, blocks, meta, page_byline, place_name)


def _fallback_authors(
    blocks: list[_Block], meta: dict[str, str], page_byline: _Block | None, place_name: tuple[str, str] | None
) -> list[str]:
    """The article's authors when no byline block names them: the HTML page's byline element
    (`page_byline`), the name after its dateline's place (`place_name`), the extractor's author,
    then the plain page's head lines, meta block, "By" line in a dropped row and date line, the
    first that names someone; [] when none does."""
    if page_byline and _over_date_line(page_byline) and (names := _byline_names(page_byline)):
        return [names]  # "By NAME / PLACE, DATE": the extractor's author ran the place into the name
    if page_byline and (handle := _page_handle(page_byline)):
        return [handle]  # "By henry_k88": the extractor title-cases a handle and cuts it ("Henry K")
    if place_name:
        return [place_name[1]]  # "عمّان - ليلى الحسن": the name after the dateline's place
    if meta.get("author"):
        # trafilatura joins names with "; " and keeps roles ("Tom Krisher; Ap Auto Writer")
        return _meta_authors(meta["author"])
    if not page_byline and (name := _head_lines_name(meta.get("head", ""))):
        return [name]
    for find in (_head_meta_name, _head_by_line, _date_line_name):
        if found := find(blocks):
            return [found]
    return []


# The head's meta block between the headline and the article text, which the rules drop for its
# other lines, names the author with no "By" before the name on its line: "By" on a line of its
# own over the name ("By" / "James Whittaker" / "-" / "May 4, 2022" / "Share"), or the name
# beside the article's date ("Andrew Woodcock" / "Political Editor" / "@andywoodcock" / "Monday
# 28 September 2020 19:27"; "2021/09/19" / "|" / "Amber Guetebier"; "Nathanael Johnson" over a
# block of its date). Read from the first HEAD_META_BLOCKS blocks under the headline, above the
# first body paragraph, a line that is a person's name alone (`_name_alone`: a given name first),
# when nothing else names the author. Wild tuning text dumps: 7 more bylines, each the HTML
# path's metadata author where it has one (6), the seventh the page's own "Autor" box's name.
HEAD_META_BLOCKS = 8
DATE_NEAR_NAME_LINES = 3
_BY_ALONE = re.compile(r"^(?:by|von|par|por|di|da|door|av|af|przez|od|de|от|автор)\W*$", re.I)


def _head_meta_name(blocks: list[_Block]) -> str:
    """The author's name in the head's meta block (see HEAD_META_BLOCKS), or ''."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    if title < 0:
        return ""
    bodies = [i for i in range(title + 1, min(len(blocks), title + 1 + HEAD_META_BLOCKS)) if blocks[i].kind == BODY]
    # (past a standfirst kept as body over the meta block, as `_published` reads the date there)
    end = bodies[1] if len(bodies) > 1 and _standfirst_shaped(blocks[bodies[0]]) else (bodies or [len(blocks)])[0]
    region = blocks[title + 1 : min(end, title + 1 + HEAD_META_BLOCKS)]
    for k, b in enumerate(region):
        if b.kind in INDEXED_KINDS or b.words > 40:
            continue
        lines = [ln.strip() for ln in b.lines]
        for j, line in enumerate(lines):
            if not _name_alone(line):
                continue
            near = lines[max(0, j - DATE_NEAR_NAME_LINES + 1) : j] + lines[j + 1 : j + 1 + DATE_NEAR_NAME_LINES]
            if j + 1 == len(lines) and k + 1 < len(region) and region[k + 1].words <= 10:
                near.append(region[k + 1].text)  # (the date on a block of its own under the name)
            if (j and _BY_ALONE.match(lines[j - 1])) or any(_any_date(x) for x in near):
                return line
    return ""


# A "By NAME" line among the short lines of a block the rules drop whole over the article's
# first paragraph: a share row's, a navigation list's ("By Kayla Greaves" / "Oct 13, 2020 @ 4:48
# pm" / "Advertisement" / "Save" / "Pin" / "FB"), a meta block's ("Geschrieben von NAME" over
# the date and the comment count). The byline rules read a block that is a byline, not a line
# of another block; read here when nothing else names the author, from the blocks between the
# headline and the article's opening paragraph (OPENING_WORDS+ words), at most BY_LINE_BLOCKS.
BY_LINE_BLOCKS = 12
OPENING_WORDS = 30


def _head_rows(blocks: list[_Block]) -> list[_Block]:
    """The blocks of 2+ lines the rules dropped whole between the headline and the article's
    opening paragraph (its first body block of OPENING_WORDS+ words), at most BY_LINE_BLOCKS over
    it, in page order: where `_head_by_line` and `_head_row_date` read a line; [] without a
    headline or an opening paragraph."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    opening = next(
        (i for i in range(title + 1, len(blocks)) if blocks[i].kind == BODY and blocks[i].words >= OPENING_WORDS), -1
    )
    if title < 0 or opening < 0:
        return []
    region = blocks[max(title + 1, opening - BY_LINE_BLOCKS) : opening]
    return [b for b in region if b.kind not in INDEXED_KINDS and len(b.lines) >= 2]


def _head_by_line(blocks: list[_Block]) -> str:
    """The names of the first "By NAME" line (`patterns._BY_LINE`, read by `_byline_names` as a
    line of its own) in a dropped row over the article (`_head_rows`), or ''."""
    for b in _head_rows(blocks):
        for line in b.lines:
            if names := _by_line_names(line.strip()):
                return names
    return ""


# A blog theme's meta line under the headline: the day, the author's name, the categories or
# the comment link, joined on one line with no "By" ("30. Oktober 2023 Carola Pönisch Kultur",
# "26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar", "17/11/2019 ~ Cem Basman").
# The name is the two words right after the date, a given name first (`_name_alone`); not a
# given name before a comma, which opens the list of categories ("1. Februar 2022 Steffi
# Kaufratgeber, Beschäftigung, ..."). Two words only: a third may be the category's.
DATE_PREFIX_MAX_WORDS = 8  # a weekday, the date twice (published and updated), a time, separators
_SEPARATOR = re.compile(r"^[\W_]+$")


def _date_line_name(blocks: list[_Block]) -> str:
    """The author's name in the first one-line date line over the article (DATE_BEFORE_REASON)
    that names one after its date (see DATE_PREFIX_MAX_WORDS), or ''."""
    for b in blocks:
        if b.kind in INDEXED_KINDS and b.words >= OPENING_WORDS:
            return ""  # (the article's text: a date line under it is a teaser's or a comment's)
        if b.reason != DATE_BEFORE_REASON or len(b.lines) != 1:
            continue
        words = b.text.split()
        # the first word after the line's first date (its day read with the month and the year)
        dated = next(
            (k for k in range(1, min(len(words), DATE_PREFIX_MAX_WORDS) + 1) if _any_date(" ".join(words[:k]))), 0
        )
        for k in range(dated, min(len(words) - 1, DATE_PREFIX_MAX_WORDS + 2)) if dated else ():
            pair = words[k : k + 2]
            if _SEPARATOR.match(pair[0]) or any(c.isdigit() for c in "".join(pair)):
                continue  # a separator, the date again ("6. November 2023 6. November 2023 NAME")
            if not pair[1].endswith(",") and _name_alone(" ".join(pair)):
                return " ".join(pair)
            break  # (the first word after the date is the name's, or there is none)
        return ""
    return ""


# A date on a line of its own among the short lines of a block the rules drop whole between
# the headline and the article's opening paragraph: a share row's ("By NAME" / "Oct 13, 2020 @
# 4:48 pm" / "Advertisement" / "Save"), a navigation list's, a question's "asked Feb 6, 2014 at
# 20:37". The date rules read a block that is a date line, not a line of another block. Read as
# `_head_by_line` reads a byline there, when nothing else dates the page; a line of up to
# ROW_DATE_MAX_WORDS words that is no prose's, life's or event's date (`_line_date`).
ROW_DATE_MAX_WORDS = 8


def _head_row_date(blocks: list[_Block], lang: str = "") -> str:
    """The date ('YYYY-MM-DD') of the first date line in a dropped row over the article
    (`_head_rows`; see ROW_DATE_MAX_WORDS), or ''."""
    rows = [b for b in _head_rows(blocks) if not _date_span(b.text)]
    if not rows:
        return ""
    dated = _page_dater(blocks, lang)
    for b in rows:
        for line in b.lines:
            if len(line.split()) <= ROW_DATE_MAX_WORDS and _line_date(line) and (found := dated(line)):
                return found
    return ""


def _byline_scope(blocks: list[_Block]) -> int:
    """The end of the blocks whose bylines name the article's authors: the first comment thread's
    header (`_comment_thread_start`), and, when a byline with names stands over the article's first
    paragraph, the article's last paragraph: the "By NAME DATE" lines under it are teasers' (a
    wild tuning page's byline had a related article's author added, so byline:terzuolo matched
    all its paragraphs). Without a byline over the text, a post's "Posted by NAME" under it is
    still read."""
    end = _comment_thread_start(blocks)
    bodies = [i for i, b in enumerate(blocks[:end]) if b.kind == BODY]
    if bodies and any(b.kind == BYLINE and b.extra.get("author") for b in blocks[: bodies[0]]):
        end = bodies[-1] + 1
    return end


def _comment_thread_start(blocks: list[_Block]) -> int:
    """Index of the first comment thread's header under the article's text ("6 commentaires",
    "12 responses to ...", `blocks.is_comment_header`), else len(blocks): the readers' signatures
    under it ("Par Bruno Gobin, le mercredi 15 mai 2019 à 08h07", read as "By" lines) name no
    author of the article (a French paper's byline was its five commenters)."""
    first_body = next((i for i, b in enumerate(blocks) if b.kind == BODY), len(blocks))
    return next(
        (i for i in range(first_body + 1, len(blocks)) if blocks[i].lines and is_comment_header(blocks[i].lines[0])),
        len(blocks),
    )


# A byline item that is a field's label ("Course/Meal:", "Cuisine:"), not a name.
_LABEL_ITEM_RE = re.compile(r".*:\s*")
# A name of two words or more printed twice in one item ("Olivier Minot Olivier Minot": a link's
# text and its title); "Sirhan Sirhan" is one name.
_DOUBLED_RE = re.compile(r"(\S+\s+\S.*?)\s+\1")


def _distinct_names(items: list[str]) -> list[str]:
    """A byline's items each once, in order: a name printed twice in one item once, a name
    in capitals and in mixed case ("MORITZ GATHMANN, Moritz Gathmann") once, in mixed case,
    a field's label left out, a closing bracket with no opening one cut (extraction-wild
    tuning pages: "Lars Fischer, Alina Schadwinkel, Lars Fischer", "MatsWichmann)")."""
    out: list[str] = []
    keys: dict[str, int] = {}
    for item in items:
        item = item.strip()
        if item.endswith(")") and "(" not in item:
            item = item.rstrip(")").strip()
        if doubled := _DOUBLED_RE.fullmatch(item):
            item = doubled.group(1)
        if not item or _LABEL_ITEM_RE.fullmatch(item):
            continue
        key = " ".join(item.casefold().split())
        if key not in keys:
            keys[key] = len(out)
            out.append(item)
        elif out[keys[key]].isupper() and not item.isupper():
            out[keys[key]] = item
    return out


def _sections(blocks: list[_Block], repeated_headings: set[int]) -> list[tuple[_Block, str]]:
    """Each of `blocks` with its section: the text of the heading over it on one line (a block of
    kind HEADING, or an index in `repeated_headings`), or a live post's time stamp over it; "" before
    the first and from the headline (the title) down to the next."""
    out: list[tuple[_Block, str]] = []
    section = ""
    stamped = False  # the section is a live post's time stamp
    for n, b in enumerate(blocks, 1):
        if b.kind == TITLE:
            # a heading over the headline (a section's label, "Nacionales"; a kicker) heads none
            # of the article's paragraphs: each hit showed "§ Nacionales"
            section, stamped = "", False
        elif b.kind == HEADING or n - 1 in repeated_headings:
            # one line: a heading of several lines (a heading and its meta row, "... der Region" /
            # "02.02.2022" / "Presse") showed its line breaks as "\n" in every hit's header
            section, stamped = " ".join(b.text.split()), False
        elif b.reason == TIME_REASON and b.text[:1].isdigit() and n < len(blocks) and blocks[n].kind == BODY:
            # a live blog's post under its time stamp ("23:41"): the time is the post's section,
            # so a hit says when it was posted (the line itself is not indexed); the page's
            # "Updated 23:58" is no post's time
            section, stamped = b.text.strip(_LINE_STRIP), True
        elif stamped and b.kind == BODY and b.text[:1].isdigit() and (k := _entry_stamp(b.text)):
            # a post opening with its own time ("22:40 Counting has been suspended ...") under the
            # stamped posts: its time, not the post's before it (trial 16 showed "§ 21:31" on it)
            section = b.text[:k]
        out.append((b, section))
    return out


# The parts of a page's <title> ("Headline | Section | Site", "Headline - Site"): the site's name
# is one of those after the first.
_TITLE_PARTS = re.compile(r"(?<!\s)\s+(?:[|·•–—-]|::)\s+")  # (a run of spaces tried once)
SITE_TITLE_MAX_CHARS = 300  # a <title> line's length at most (textblocks.MAX_TITLE_CHARS)


def _site_names(blocks: list[_Block], meta: dict[str, str]) -> list[list[str]]:
    """The words of the names the page's <title> gives after its headline ("Chuva forte ... |
    Região | Folha do Interior" -> [["Região"], ["Folha", "do", "Interior"]]): an HTML page's
    `meta["page_title"]`, else a plain dump's first line (html-text writes the <title> first)."""
    line = meta.get("page_title") or (blocks[0].text if blocks and len(blocks[0].lines) == 1 else "")
    if len(line) > SITE_TITLE_MAX_CHARS:
        return []
    return [p.split() for p in _TITLE_PARTS.split(line.strip())[1:] if p.strip()]


def _without_site_name(names: list[str], sites: list[list[str]]) -> list[str]:
    """Byline `names` without the publication's or station's name a byline runs after the
    person's ("Por Mariana Albuquerque, Folha do Interior", which the name tests cut to "Folha";
    "By Derek Hollins KVRT 7 News" -> "Derek Hollins KVRT"): trailing words of a name that are the
    first words of a site's name in the page's <title> (`sites`, `_site_names`), as long as two
    words of the name are left, and a whole name that is, when another name is left."""
    heads = {tuple(w.casefold() for w in site[:k]) for site in sites for k in range(1, len(site) + 1)}
    if not heads or not names:
        return names
    out: list[str] = []
    for name in names:
        words = name.split()
        k = len(words)
        while k > 2 and any(tuple(w.casefold() for w in words[j:k]) in heads for j in range(2, k)):
            k = next(j for j in range(2, k) if tuple(w.casefold() for w in words[j:k]) in heads)
        out.append(" ".join(words[:k]) if k < len(words) else name)
    kept = [n for n in out if tuple(w.casefold() for w in n.split()) not in heads]
    return kept if kept else out


# One idea with `_without_site_name` (a publication's name is not the author's), kept apart on
# purpose (session 19 looked at merging them): the two read different evidence and cut different
# ends. The site's name comes from the <title>'s later parts, matched by its first words,
# casefolded, and trails the person's ("Carla Menezes, Gazeta do Litoral", "Dana Whitfield
# WKLM"); the publisher is the copyright holder, matched whole and as written, and leads it
# ("Condé Nast Tom Bennett"), and a publisher alone that reads as a person's name stays (a blog's
# owner). One function would need both matchers and both ends behind flags: no simpler.
def _without_publisher(names: list[str], blocks: list[_Block], meta: dict[str, str]) -> list[str]:
    """A byline's `names` without the page's publisher: the holder its copyright line names
    (`models.copyright_holder`; an HTML page's `meta["publisher"]`, a plain page's footer) run
    into a person's name before it ("Condé Nast Tom Bennett" -> "Tom Bennett": the page's
    author tag, its publisher, and the byline's name in one line), or standing alone beside
    other names ("Condé Nast, Tom Bennett"). A publisher alone is left as it is (a desk's byline),
    and so is one that is a person's name (`_name_alone`: a blog's owner writes its posts)."""
    if not any(names):
        return names
    publisher = meta.get("publisher") or copyright_holder(
        "\n".join(b.text for b in blocks if b.kind == BOILERPLATE and ("©" in b.text or "opyright" in b.text))
    )
    if not publisher:
        return names
    out: list[str] = []
    for name in names:
        rest = name[len(publisher) :].strip() if name.startswith(publisher + " ") else ""
        if rest and (_name_alone(rest) or _bare_name(rest, [])):
            out.append(rest)  # "Condé Nast Tom Bennett": a person's name after the publisher's
        elif name != publisher or len(names) == 1 or _name_alone(name):
            out.append(name)  # (a personal site's owner, "© 2020 Samuel Diekmann", is its writer)
    return out


def _dateline_and_date(
    article: Article,
    blocks: list[_Block],
    meta: dict[str, str],
    page_byline: _Block | None,
    place_name: tuple[str, str] | None,
) -> None:
    """The article's dateline and published date. Dateline: the first body paragraph's "PLACE --"
    prefix (or a newswire's), or the first under the headline's, else the place of the date line under the byline ("By Jane Doe /
    Calloway, 2 April 2026") or of the byline itself ("By Jane Doe in Calloway"). Date: the page's
    metadata (HTML), else `_published`; a dateline's date without its year ("LONDON, March 3
    (Reuters) -") takes one from `_year_for`. `page_byline` and `place_name` are what `_finish`
    found (`_page_byline(meta)`, `_place_and_name` of the author element's line), read once."""
    first_body = next((i for i, b in enumerate(blocks) if b.kind == BODY), -1)
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    first_opening = _opening_paragraph(blocks, first_body)
    # the article's opening paragraph, else the first under the headline (a contact line or a
    # site's note kept as body above it)
    for opening in (
        first_opening,
        _opening_paragraph(blocks, _first_body_after(blocks, title)),
        _first_body_after(blocks, _standfirst_over_meta(blocks, first_body)),
    ):
        if opening >= 0 and not article.dateline:
            article.dateline = _dateline_place(blocks[opening].text) or _wire_dateline(blocks[opening].text)[0]
    if not article.dateline:
        article.dateline = _place_over_text(blocks, first_body)
    if not article.dateline and page_byline and not any(b.kind == BYLINE for b in blocks):
        article.dateline = _place_over_text([page_byline], -1)
    if not article.dateline and place_name:
        article.dateline = place_name[0]
    lang = meta.get("lang", "")
    # the extractor's date, unless it read it only from an element's words, not from the markup
    # (htmlpage.date_in_markup: an info box's "Seit 1. Januar 2025"): then it comes last
    extracted = (meta.get("date") or "")[:10]
    from_text = extracted if meta.get("date_from") == "text" else ""
    published = (
        _published_line(blocks, first_opening, meta.get("head", ""))
        or ("" if from_text else extracted)
        or _published(blocks, lang)
        or _head_lines_date(meta.get("head", ""))
    )
    # else a date right over the headline (htmlpage.lines_above_headline: an e-mail's issue line)
    published = published or _head_lines_date(meta.get("above", ""))
    published = published or _stamp_date(blocks, meta.get("stamp", ""))  # the page's own "as of" stamp at its foot
    published = published or _byline_date(blocks)
    published = published or from_text
    published = published or _year_less_head_date(blocks, lang)
    published = published or _head_row_date(blocks, lang)
    # a post's meta line under the text, when the head has no date at all (a year-less one that
    # finds no year leaves the page undated, not dated by an "Updated" line under the text)
    published = published or ("" if _head_month_day(blocks) else _post_footer_date(blocks, lang))
    sent = meta.get("sent", "")  # the date an e-mail carrying the text was sent (envelope.email_envelope)
    if published.startswith("--"):
        published = _year_for(published, blocks, lang, sent)
    if published and published == meta.get("event_day"):
        published = ""  # the event's own day (its schema.org startDate), said in its date line too
    article.published = published or sent


# A post's meta line under its text: a blog's or a CMS's footer of the post, naming when it was
# published ("Dieser Beitrag wurde am 04/02/2020 von kj in ... veröffentlicht.", WordPress's
# "This entry was posted in ... on DATE by NAME", Drupal's "Submitted by NAME on DATE" /
# "Gespeichert von NAME am DATE", "Publiziert am 13. Januar 2014 von NAME", "Pubblicato il: 30
# Settembre 2020", "Datum: 19.11.2021 / Autor: NAME"). A cue of publication anywhere in the line
# (`_PUBLISHED_CUES` and the footers' own verbs), or any date cue opening it (`_DATE_CUE`:
# "Letzte Aktualisierung: 28.01.2022", the page's only date then), or the date then its author
# (`textblocks._dated_by`: "Dezember 26, 2019 von Andrea Kategorien: Allgemein", a wild tuning
# blog's entry footer under its like button). Read from the first
# POST_FOOTER_BLOCKS blocks under the article's last paragraph, of POST_FOOTER_MAX_WORDS words
# at most (comments' "NAME says: DATE" and teasers' dates further down carry no cue), and only
# when the head dated nothing; a blog's front page of several posts gets none (`_several_posts`).
# Wild tuning text dumps: 8 more pages dated, each the day the HTML path's metadata gives where
# it gives one (7); 3 blocks under the article instead of 6 found 3 of them.
POST_FOOTER_BLOCKS = 6
POST_FOOTER_MAX_WORDS = 40
_POST_FOOTER_CUES = trie_alternation(
    _PUBLISHED_CUES.split("|")
    + ["publiziert", "gespeichert von", "eingetragen am", "submitted by", "erstellt am", "created on"]
)
_POST_FOOTER_CUE = re.compile(rf"(?<!\w)(?:{_POST_FOOTER_CUES})(?!\w)", re.I)


def _post_footer_date(blocks: list[_Block], lang: str = "") -> str:
    """The date ('YYYY-MM-DD') of a post's meta line under the article's last body paragraph
    (see `_POST_FOOTER_CUE`), the first line of the first block that has one; '' when none."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind == BODY), -1)
    if last < 0:
        return ""
    dated = _page_dater(blocks, lang)
    for b in blocks[last + 1 : last + 1 + POST_FOOTER_BLOCKS]:
        if b.words > POST_FOOTER_MAX_WORDS or _date_span(b.text):
            continue
        for line in b.lines:
            cued = _DATE_CUE.match(line.strip()) or _POST_FOOTER_CUE.search(line) or _dated_by(line)
            if cued and (found := dated(line)):
                return "" if _several_posts(blocks) else found  # (the whole page read only for a found date)
    return ""


def _several_posts(blocks: list[_Block]) -> bool:
    """Whether two or more of the page's lines date a post (`_POST_FOOTER_CUE`) on different days:
    a blog's front page of several posts ("Publiziert am 28. November 2012 von ..." under each),
    whose last post's line does not date the page."""
    days = {
        found
        for b in blocks
        if b.words <= POST_FOOTER_MAX_WORDS
        for line in b.lines
        if _POST_FOOTER_CUE.search(line) and (found := _any_date(line))
    }
    return len(days) > 1


STAMP_LAST_BLOCKS = 20  # the foot: a page's last blocks (footer menus and legal lines among them)


def _stamp_date(blocks: list[_Block], stamp: str = "") -> str:
    """The date ('YYYY-MM-DD') of the page's own date stamp among its last STAMP_LAST_BLOCKS blocks
    (`is_stamp`: "Stand: 03.11.2025"), else of an HTML page's stamp line the extractor left out
    (`stamp`, htmlpage.stamp_line); '' when none. Read only when nothing else dates the page
    (trial 15's county page had no date at all)."""
    for b in reversed(blocks[-STAMP_LAST_BLOCKS:]):
        for line in b.lines:
            if is_stamp(line.strip()) and (found := _any_date(line)):
                return found
    return _any_date(stamp) if is_stamp(stamp) else ""


def _standfirst_over_meta(blocks: list[_Block], first_body: int) -> int:
    """`first_body` when that block is a standfirst kept as body (`_standfirst_shaped`, a
    sentence) over the page's byline or date line (`_marked_meta`), and the next body block, the
    article's first paragraph under them ("İZMİR (AA) - ..."), is prose; else -1. Without the
    metadata between, a short first paragraph is the opening itself ("The vote was 7 to 2."),
    and a dateline under it a quoted wire story's."""
    if first_body < 0 or not (_standfirst_shaped(blocks[first_body]) and blocks[first_body].sentence_end):
        return -1
    under = _first_body_after(blocks, first_body)
    if under < 0 or not blocks[under].sentence_end:
        return -1
    return first_body if any(_marked_meta(b) for b in blocks[first_body + 1 : under]) else -1


PLACE_NAME_MAX_WORDS = 4


def _place_and_name(line: str, author: str) -> tuple[str, str] | None:
    """(place, name) of an author element's line "PLACE - NAME" (htmlpage.author_line: "عمّان -
    ليلى الحسن", "PARIS - Jean Dupont") whose first part is the extractor's `author`: the Arab
    press's and the wires' dateline-byline, city first. The place one word, or a name in capitals
    ("NEW YORK"), and no news agency ("Reuters - Jane Doe"); the name 2 to PLACE_NAME_MAX_WORDS
    words without figures, no job title ("Jane Doe - Staff Writer" keeps its first part). None
    for any other line."""
    if not line or not author or not line.startswith(author):
        return None
    place, name = author.strip(), line[len(author) :].strip().lstrip("-–—").strip()
    if not (len(place.split()) == 1 or place.isupper()) or _AGENCY.match(place) or any(c.isdigit() for c in line):
        return None
    if not 2 <= len(name.split()) <= PLACE_NAME_MAX_WORDS or _job_line(name) or _SENT_END.search(name):
        return None
    return place, name


def _published_line(blocks: list[_Block], opening: int, head: str = "") -> str:
    """The date ('YYYY-MM-DD') of a "Published by SITE on DATE." line (`_published_by`) above the
    article's opening paragraph (`opening`, -1: none), '' when none: the page's own word on its
    date, before the HTML extractor's guess (trial13's obituary, whose date htmldate took from
    the life's dates "April 3, 1938 – January 17, 2025" over it); else of such a line among an
    HTML page's lines under its headline that the extractor left out (`head`, meta["head"]); a
    "Written DATE by ..." line under the headline too (trial 23: a shop's guide, its markup's
    date a later modification's)."""
    end = opening if opening >= 0 else len(blocks)
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), end)
    lines = [(b.text, title <= i) for i, b in enumerate(blocks[:end]) if len(b.lines) == 1]
    if 0 <= opening and len(blocks[opening].lines) == 1:  # the date line kept as the opening one
        lines.append((blocks[opening].text, title < opening))
    lines += [(line, True) for line in head.split("\n")]
    # (a "Written DATE by ..." line under the headline too, `_published_by`'s `cued`)
    return next((found for line, under in lines if (found := _published_by(line, under))), "")


def _first_body_after(blocks: list[_Block], title: int) -> int:
    """The index of the first body block under block `title`; -1 when none or no title (-1)."""
    if title < 0:
        return -1
    return next((i for i in range(title + 1, len(blocks)) if blocks[i].kind == BODY), -1)


BYLINE_DATE_MAX_WORDS = 25


def _byline_date(blocks: list[_Block]) -> str:
    """The date ('YYYY-MM-DD') in the page's byline block (its one BYLINE block with names, an
    author box aside: "Posted: DATE | By: NAME"), wherever it stands: a headline kept as text
    over it ends `_published`'s head before it. '' when it holds none, or when the page has
    several (an archive's or a blog's front page: each post's byline and date, no one date)."""
    bylines = [
        b for b in blocks if b.kind == BYLINE and b.extra.get("author") and not b.reason.startswith("author box")
    ]
    if len(bylines) != 1 or bylines[0].words > BYLINE_DATE_MAX_WORDS:
        return ""
    return _any_date(bylines[0].text)


def _head_lines_date(head: str) -> str:
    """The date of the first date line among an HTML page's lines under its headline that the
    extractor left out (`meta["head"]`, htmlpage.head_lines: "Madrid - 04 feb 2025 - 13:47 CET"),
    as `_head_date` reads a plain page's; '' when none holds one."""
    for line in head.split("\n"):
        if line and (found := _head_date(_measured(line))):
            return found
    return ""


def _page_byline(meta: dict[str, str]) -> _Block | None:
    """The byline element of an HTML page the extractor left out of its text (`meta["byline"]`,
    htmlpage.byline_lines: "By Ana Ruiz\nPort Ellis, 3 May 2026") as a BYLINE block, for its
    names and its place as `_byline_names` and `_place_over_text` read a plain page's; None
    when the page has none or it is no 'By ...' line."""
    lines = [ln.strip() for ln in (meta.get("byline") or "").split("\n") if ln.strip()]
    if not lines or not _BY_LINE.match(lines[0]):
        return None
    b = _Block(text="\n".join(lines), lines=lines, kind=BYLINE)
    _measure(b)
    return b


def _page_handle(b: _Block) -> str:
    """The user's handle the page's byline element names alone ("By @HenryK", "By u/HenryK",
    "By henry_k88": patterns.handle_alone), as written; "" for names."""
    m = _BY_LINE.match(b.lines[0])
    return handle_alone(m.group("names")) if m else ""


def _over_date_line(b: _Block) -> bool:
    """Whether `b` is a byline over a date line ("By Ana Ruiz / Port Ellis, 3 May 2026"), whose
    names `_byline_names` reads from its first line alone."""
    return len(b.lines) == 2 and bool(_date_line_place(b.lines[1]) or _is_meta_line(b.lines[1]))


def _year_for(month_day: str, blocks: list[_Block], lang: str, sent: str = "") -> str:
    """A dateline's month and day without a year ('--MM-DD': "LONDON, March 3 (Reuters) -") as a
    date: the most recent such day on or before the page's own date, where it gives one in a
    date line, a byline or a line with a date cue anywhere on it ("Updated March 5, 2026" under
    the article: `_page_date`; pubdate.with_year); '' when the page gives none. Not the day of
    the build nor the file's modification time: a copy, a checkout or an unpacked archive sets
    those anew, so the same page would get another date (and an update would differ from a
    fresh build, which reads no unchanged file again). Without a page date, the date `sent` of
    the e-mail that carried the page ('YYYY-MM-DD', envelope.email_envelope) is the reference."""
    return pubdate.with_year(month_day, _page_date(blocks, lang) or sent)


def _year_less_head_date(blocks: list[_Block], lang: str) -> str:
    """The date of a byline or a date line above the article text that gives its month and day
    but no year ("Автор: Ольга Иванова · 25 ноя", "Von Anna Weber, 18. Nov.": a site that prints
    the year only for older stories), as 'YYYY-MM-DD' when the page's other dates settle the year
    one way (`_page_dates`: each date puts the day in the same year, `pubdate.with_year`); '' when
    none does or two disagree (a story of 2025 beside an archive's 2023 date: left undated)."""
    month_day = _head_month_day(blocks)
    if not month_day:
        return ""
    years = {pubdate.with_year(month_day, d) for d in _page_dates(blocks, lang)}
    return years.pop() if len(years) == 1 else ""


def _head_month_day(blocks: list[_Block]) -> str:
    """The month and day ('--MM-DD', `pubdate.month_day`) of the first byline or date line above
    the article text that gives no year; '' when none does."""
    first_body = next((i for i, b in enumerate(blocks) if b.kind == BODY), len(blocks))
    for b in blocks[:first_body]:
        if b.words <= 25 and (b.kind == BYLINE or b.reason.startswith("date line")):
            # (a block with a whole date is no year-less one: `_published` read it, or chose not to)
            if not _any_date(b.text) and (month_day := pubdate.month_day(b.text)):
                return month_day
    return ""


def _page_dates(blocks: list[_Block], lang: str) -> list[str]:
    """Every whole date of the page's metadata blocks, in page order, as `_page_date` reads its
    first."""
    out: list[str] = []
    for b in blocks:
        if b.kind in (TITLE, HEADING, LEAD, CAPTION) or b.words > 25:
            continue
        cue = bool(_DATE_CUE.match(b.text)) and (b.kind != BODY or (b.words <= 8 and not b.sentence_end))
        if cue or (b.kind != BODY and (b.reason.startswith("date line") or b.kind == BYLINE)):
            if found := _find_date(b.text) or pubdate.find_date(b.text, lang):
                out.append(found)
    return out


def _page_date(blocks: list[_Block], lang: str) -> str:
    """The first whole date of a block that is page metadata: a date line (by its reason), a
    byline, or a short line opening with a date cue ("Published", "Updated"; a clean file's is
    body), wherever it is on the page; '' when none."""
    return next(iter(_page_dates(blocks, lang)), "")


def _place_over_text(blocks: list[_Block], first_body: int) -> str:
    """The dateline's place of a byline ("By Jane Doe in Calloway", `_byline_place`) or of a date
    line above the article text (`_date_line_place`): the line under a byline ("By Jane Doe /
    Calloway, 2 April 2026"), a date line's block of one line, or the first body block when it
    is that line (a clean file's, body by design); '' when none."""
    upto = first_body + 1 if first_body >= 0 else len(blocks)
    for i, b in enumerate(blocks[:upto]):
        if b.kind == BYLINE and (place := _byline_place(b.lines[0])):
            return place
        if b.kind == BYLINE and len(b.lines) == 2:
            line = b.lines[1]
        elif len(b.lines) == 1 and (b.kind == BOILERPLATE or i == first_body):
            line = b.text
        else:
            continue
        if place := _date_line_place(line):
            return place
    return ""


# A date line over the site's menu, above the headline: the site header's day, the day the page
# was saved, not the article's ("Freitag, November 22, 2019 / Das Neueste:" over a news site's
# menus, an interview of 2017; "06 may 2022" over a Paraguayan paper's menu, its story's "05 de
# mayo de 2022" under the headline). Skipped while the head is read. The menu: a block read as a
# navigation list (its reason opens with NAVIGATION_REASON).
NAVIGATION_REASON = "navigation list"


def _page_dater(blocks: list[_Block], lang: str = "") -> Callable[[str], str]:
    """A reader of a line's first date ('YYYY-MM-DD', '' when none) on the page of `blocks`: a
    slash date either way ("03/04/2025") in the order of the page's language
    (`pubdate.page_slash_order`: `lang`, else its text's), worked out once, at the first such date."""
    known: list[str] = []

    def dated(text: str) -> str:
        found = _any_date(text)
        if found or not _SLASH_DATE.search(text):
            return found
        if not known:
            page = "\n".join(b.text for b in blocks)
            known.append(pubdate.page_slash_order(page, lang or _page_language(blocks)))
        return pubdate.find_date(text, order=known[0])

    return dated


def _published(blocks: list[_Block], lang: str = "") -> str:
    """The publication date of a page without metadata, as 'YYYY-MM-DD': the first date of a
    date line, a byline, or a line opening with a date cue ("Published", "Publié le") above the
    article text or right under its first body block (a standfirst kept as body over the byline
    and the date line, `_standfirst_shaped`: the metadata between it and the next body block or
    heading, STANDFIRST_TO_DATE_BLOCKS at most), or of a date alone in a short line that opens it
    (a clean file's "12. März 2025" under its byline; not an event's, `event_place`), or of a
    newswire's dateline opening the first paragraph ("BOSTON, ... /PRNewswire/ -- ..."); '' when
    none. Prose or teasers over the headline (trials 15, 18) end no head. A slash date either way
    ("03/04/2025") in the order of the page's language (pubdate.slash_order: `lang`, else its
    text's; English with no region as its other evidence shows, `page_slash_order`)."""
    dated = _page_dater(blocks, lang)
    under = -1  # blocks under a first body block that may be a standfirst over the date (-1: none seen)
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    # past prose over the headline, or a rail of dated teasers over it: the headline (their dates
    # are not the article's)
    rail = _dated_rail(blocks[: max(title, 0)])
    read_from = title if rail else 0
    # the last menu over the headline (-1: none)
    last_menu = max((k for k in range(title) if blocks[k].reason.startswith(NAVIGATION_REASON)), default=-1)
    for i, b in enumerate(blocks):
        under = -1 if i == title else under  # no standfirst stands over its headline
        if under >= 0 and (b.kind in (BODY, HEADING) or under >= STANDFIRST_TO_DATE_BLOCKS):
            if i >= title:
                break
            under, read_from = -1, title  # a teaser's headline and blurb over the headline (trial 18)
        if i < read_from and (rail or not (i == title - 1 and b.extra.get("date"))):
            continue  # (past prose over the headline, the date line right over it still dates it)
        under += under >= 0
        if b.kind == BODY:
            # (a meta row of one item a line the rules read as a date line: kinds._meta_row)
            short = (len(b.lines) <= 2 or b.reason.startswith("date line")) and b.words <= 14 and not b.sentence_end
            if short and (event_place(b.text) or dates_its_figures(b.text)):
                continue  # (`head._keep_event_lines`; a list item's or a period's date)
            if found := dated(b.text) if short else (_wire_dateline(b.text)[1] or _dateline_date(b.text)):
                return found
            if not _standfirst_shaped(b):
                if i >= title:
                    break
                read_from = title
                continue
            under = 0
            continue
        if _date_span(b.text) or _panel_date(blocks, i):
            continue  # a life's or event's span ("April 3, 1938 – January 17, 2025"), a forum's "Joined:", no page's date
        if i < last_menu:
            continue  # the site header's day, over its menu (NAVIGATION_REASON)
        if b.extra.get("date"):
            return b.extra["date"]
        if b.reason == DATE_BEFORE_REASON and (found := dated(b.text)):
            return found
        if b.kind in (BYLINE, BOILERPLATE) and b.words <= 25 and (_DATE_CUE.match(b.text) or b.kind == BYLINE):
            if found := dated(b.text):
                return found
        if found := _cued_line_date(b, dated, under_headline=0 < title < i):
            return found
        if b.kind == CAPTION and 0 <= title < i and (found := _caption_byline_date(b, dated)):
            return found
    # a date under its label ("Published" / "4 February 2026"), wherever the head's blocks went
    return next((b.extra["labelled_date"] for b in blocks if b.extra.get("labelled_date")), "")


def _panel_date(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is a date of a forum poster's panel, no page's: a field with its label
    ("Joined: Jan 11, 2018", `_FORUM_FIELD`), or the value under its label alone on the line
    over it ("Joined" / "Jan 11, 2018", XenForo's copied as text: a new user's thread was dated
    by its starter's day of joining, eight years before the post)."""
    if forum_field_line(blocks[i]):
        return True
    return i > 0 and bool(_FORUM_LABEL_LINE.match(blocks[i - 1].lines[-1].strip()))


def _caption_byline_date(b: _Block, dated: Callable[[str], str]) -> str:
    """The date of a byline line ("By NAME / DATE", `_BY_LINE`) that a text dump set in one block
    with the lead photo's credit over it ("Shutterstock" / "By Cat Lafuente / June 12, 2020 9:49
    am EST", a block read as the photo's caption), by `dated`; '' for any other caption."""
    for line in b.lines[1:]:
        if len(line.split()) <= BYLINE_DATE_MAX_WORDS and _BY_LINE.match(line) and (found := dated(line)):
            return found
    return ""


# Date lines of this many different days over the headline are a rail of dated teasers (a
# magazine's "latest" column: headline / date, headline / date), not the head of the article: a
# new user's wild tuning page took the first teaser's day, 2023-11-08, over the byline's
# 2023-11-06 under the headline.
RAIL_DATES = 3


def _dated_rail(blocks: list[_Block]) -> bool:
    """Whether `blocks` (those over the headline) hold date lines of RAIL_DATES different days or
    more (their `extra["date"]`, set where the rules read a block as a date line)."""
    return len({b.extra["date"] for b in blocks if b.extra.get("date")}) >= RAIL_DATES


def _cued_line_date(b: _Block, dated: Callable[[str], str], under_headline: bool = False) -> str:
    """The date of a head's block dropped for its other lines that holds a cued date line ("Share
    this article" / "Published on 4 April 2025" / "3 min read"), by `dated`: the first line that
    dates it (a date line over an "Updated" one is the published date), never the value of
    another field's label (an event's "Beginn:" / "13. Mai 2012"); '' for any other block.
    `under_headline`: the block stands between the headline and the article text, where a meta
    row's date line needs no cue ("Hannah Pryce" / "Oct 14, 2025" / "412 58 Share"; "6 min read ·
    Nov 4, 2025"; "16:05, 26 Nov 2025 Updated 18:40, 26 Nov 2025": a date line as `_head_date`
    reads one, trial 18): nothing else with a date stands there."""
    if b.kind != BOILERPLATE or len(b.lines) < (1 if under_headline else 2) or b.words > 25:
        return ""
    cued = any(_CUED_LINE.match(ln) and not _SENT_END.search(ln) for ln in b.lines)
    if not (cued or under_headline):
        return ""
    for k, ln in enumerate(b.lines):
        labelled = k and b.lines[k - 1].endswith(":") and not _DATE_LABEL_ALONE.match(b.lines[k - 1])
        if _SENT_END.search(ln) or not (
            _CUED_LINE.match(ln)
            or (cued and len(ln.split()) <= SHORT_DATE_LINE_WORDS and not labelled)
            or (under_headline and not labelled and _meta_row_date_line(b.lines, k))
        ):
            continue
        if found := dated(ln):
            return found
    return ""


def _meta_row_date_line(lines: list[str], k: int) -> bool:
    """Whether line `k` of a block under the headline is its meta row's date line without a cue
    (`_head_date`: "Oct 14, 2025", "6 min read · Nov 4, 2025"): only a name's words over it (no
    figures, META_ROW_NAME_WORDS at most: "Hannah Pryce", "By" / "James Whittaker" / "-"; a menu's
    "#14n – ..." / "12M – 12. Mai 2012" is none), no field's label before the date ("Termin:
    21.02.2020", an event's; "Joined: ...", a poster's profile) unless a date cue."""
    line = lines[k]
    if _MEMBER_SINCE.match(line) or any(
        any(c.isdigit() for c in ln) or len(ln.split()) > META_ROW_NAME_WORDS for ln in lines[:k]
    ):
        return False
    label = _FIELD_LABEL.match(line)
    if label and not _DATE_LABEL_ALONE.match(label.group(0)):
        return False
    return bool(_head_date(_measured(line)))


META_ROW_NAME_WORDS = 6  # "Tom Whitcombe Local Democracy Reporter"
_FIELD_LABEL = re.compile(r"^[^\W\d][^:\d]{0,30}:")  # "Termin:", "Ort:", "Joined:"

# A forum poster's profile field, the day the member joined, no post's date ("Joined: Tue Mar 14,
# 2023 9:02 pm"): the labels of phpBB, vBulletin, XenForo and Discourse in the languages the
# project meets (their language packs' "Joined", "Registered", "Join Date", "Member since")
_MEMBER_SINCE = re.compile(
    r"^(?:joined|registered|join date|member since|registriert(?: seit)?|mitglied seit|dabei seit|"
    r"inscription|inscrit(?:e)?(?: le| depuis)?|membre depuis|registrad[oa]|miembro desde|fecha de registro|"
    r"iscritt[oa](?: il| dal)?|registrat[oa]|geregistreerd|lid sinds|rejestracja|dołączył[a]?|"
    r"зарегистрирован[а]?|регистрация|registrován[a]?|registad[oa]|membro desde|katılım|üyelik tarihi)\b",
    re.I,
)
# A line that opens with a publication or update cue ("Published on ...", "Aktualisiert am ..."):
# `_DATE_CUE`'s words without its looser ones ("on", "date", "stand"), which open prose too.
_CUED_LINE = re.compile(rf"^(?:{_DATE_CUES})\b", re.I)
SHORT_DATE_LINE_WORDS = 6  # a date line without a cue: "Wednesday 20 Nov 2019", "January 28, 2018"


# A standfirst the rules kept as body stands this many blocks at most over the page's date line
# (a byline and a photographer's credit between: "Words by NAME" / "Photographs by NAME" / DATE).
STANDFIRST_TO_DATE_BLOCKS = 3


# Two numbers and a year with slashes (pubdate's _DMY_SLASH), the form whose order is the page's.
_SLASH_DATE = re.compile(r"(?<![\d/-])\d{1,2}([/-])\d{1,2}\1(?:19|20)\d\d(?![\d/-])")
