"""The head of an article: headline (`_find_title`), kicker, bylines, date lines, the deck
and the standfirst, and the head run read line by line.
"""

from __future__ import annotations
import re
from collections.abc import Callable
from .. import pubdate
from ..chromewords import is_venue
from ..givennames import given_names
from ..htmllead import count_words
from ..models import BODY, BOILERPLATE, BYLINE, FEATURE_LEADS, HEADING, LEAD, TITLE, UPPER, longest_first
from .patterns import (
    CREDIT_AT_END,
    dates_its_figures,
    _date_span,
    _BY_WORDS,
    _DATED_BY_WORDS,
    _AGENCY,
    _PUBLISHED_CUES,
    BUTTON_REASON,
    OUTSIDE_REASON,
    _BY_LINE,
    _BYLINE_LABEL_ALONE,
    _BYLINE_LABELS,
    _DATE_CUE,
    _DATE_LABEL_ALONE,
    date_other,
    _LINE_STRIP,
    _ROLE_WORD,
    _SENT_END,
    _STATUS_CUE,
    _STOPWORDS,
    _TEASER_START,
    _TIME_LINE,
    _WORD,
    _any_date,
    _has_figure,
    _find_date,
    _relative_time_line,
)
from .textblocks import (
    _caption_before_credit,
    _YEAR,
    _code_line,
    event_place,
    _clean_names,
    _job_word,
    _BAR_PARTS,
    _thread_starter,
    _is_cookie_notice,
    DATE_BEFORE_REASON,
    ISSUER_REASON,
    KICKER_MAX_WORDS,
    MASTHEAD_MAX_LINES,
    MASTHEAD_MAX_WORDS,
    MAX_TITLE_CHARS,
    RELATIVE_REASON,
    _Block,
    _LIFE_EVENT,
    _NAME_PARTICLES,
    _NAV_WORDS,
    _NUMERIC_DATE_LINE,
    _byline_names,
    _date_or_time_line,
    _headline_shaped,
    _is_caption,
    _is_date_word,
    _is_meta_line,
    _issuer_field,
    _masthead_menu,
    _measure,
    _meta_or_tools,
    _desk_byline,
    LABEL_VALUE_MAX_WORDS,
    _NAMES_JOIN,
    given_names_joined,
    _NAME_TITLES,
    _without_title,
    _name_alone,
    _dated_by,
    _person_before_date,
    _names_shaped,
    _page_language,
    caseless_name_word,
    _stamp_header,
    is_menu_row,
)
from .scoring import LANG_PROSE_STOP
from .furniture import _post_head_at, price_line
from .repeats import chrome_key
from .captions import STANDFIRST_ANCHORED_GAP
from .kept import (
    BYLINE_TO_TEXT_BLOCKS,
    STANDFIRST_MIN_WORDS,
    _PLACE_TITLE_REASONS,
    _is_menu,
    _link_row,
    _prose_lang,
)


GAP_REASON = f"{OUTSIDE_REASON} (between its kept parts)"


def _name_gaps(blocks: list[_Block]) -> None:
    """A block left "outside the article text (after it)" by the rules' article run, with text
    the block model kept further down, is between the article's kept parts: its reason says so
    (trial: "after it" over a recipe card's kept lines was false)."""
    last = max((i for i, b in enumerate(blocks) if b.kind in (BODY, LEAD)), default=-1)
    after = f"{OUTSIDE_REASON} (after it)"
    for b in blocks[:last]:
        if b.reason == after:
            b.reason = GAP_REASON


# A short line between the article's kept parts, over a kept paragraph of prose, that no rule
# read as chrome: the heading of the section under it, which the block model dropped ("Meine
# Kursangebote", "Sicherheit und Sonstiges": trial 41's course page and car listing; on the wild
# tuning pages "Wirkung und Anwendung", "Fair Information Practices"). A heading is a phrase of
# up to GAP_HEADING_MAX_WORDS words opening with a letter; the paragraph under it a sentence's
# worth (GAP_HEADING_PROSE_WORDS+ words ending a sentence): a teaser's header has another
# story's headline under it ("Passend dazu" / "Sonne, Bier, Elektroauto-Kollisionskurs: ...").
GAP_HEADING_MAX_WORDS = 8
GAP_HEADING_PROSE_WORDS = 12
GAP_HEADING_REASON = "heading of the article's text under it (between its kept parts)"


def _keep_gap_headings(blocks: list[_Block]) -> None:
    """Each block `_name_gaps` named between the article's kept parts (GAP_REASON) that is a
    section's heading by the rule above: HEADING, GAP_HEADING_REASON. Not a date line, a line
    ending a sentence, or one with a chrome signal."""
    for i in range(1, len(blocks) - 1):
        b, under = blocks[i], blocks[i + 1]
        if b.reason != GAP_REASON or len(b.lines) != 1 or b.signal or b.sentence_end:
            continue
        if not (1 <= b.words <= GAP_HEADING_MAX_WORDS) or not b.text.lstrip()[:1].isalpha() or _any_date(b.text):
            continue
        if under.kind == BODY and under.sentence_end and under.words >= GAP_HEADING_PROSE_WORDS:
            b.kind, b.reason = HEADING, GAP_HEADING_REASON


MENU_ROW_REASON = "navigation (a menu row)"
MASTHEAD_REASON = "site name (over its menu row)"


def _mark_html_masthead(blocks: list[_Block]) -> None:
    """The plain path's masthead rule (`_split_masthead`) on an HTML page's extractor text: a row
    of MASTHEAD_MENU_ITEMS+ menu items (`is_menu_row`: "Home | News | Weather | Live") is
    navigation, and the up to MASTHEAD_MAX_LINES short lines right over it (MASTHEAD_MAX_WORDS
    words, no sentence's end: "Moorland Courier LIVE") the site's name, neither of them text. A
    title among them stays: the page gave no other headline."""
    for k, b in enumerate(blocks):
        if b.kind != BODY or not _masthead_menu(b.text):
            continue
        b.kind, b.reason = BOILERPLATE, MENU_ROW_REASON
        for top in reversed(blocks[max(0, k - MASTHEAD_MAX_LINES) : k]):
            if top.kind != BODY or len(top.lines) > 1 or top.words > MASTHEAD_MAX_WORDS or top.sentence_end:
                break
            top.kind, top.reason = BOILERPLATE, MASTHEAD_REASON


def _keep_headline_over_byline(blocks: list[_Block]) -> None:
    """The headline-shaped line right over the page's first byline, dropped by the rules or the
    block model, as the title (a trial page's headline under an unknown banner was "reads like
    site chrome", and the page had no title, or a site's name for one). Only when the article's
    text starts within BYLINE_TO_TEXT_BLOCKS under the byline, and the title, if any, was chosen
    above it by its place alone (`_PLACE_TITLE_REASONS`): a headline that repeats the page's
    <title> stands. The line is no menu row, section label, notice or repeat."""
    k = next((i for i, b in enumerate(blocks) if b.kind == BYLINE), -1)
    if k < 1 or not any(b.kind == BODY for b in blocks[k + 1 : k + 1 + BYLINE_TO_TEXT_BLOCKS]):
        return
    if _post_head_at(blocks, k):
        return  # a social site's post has no headline: the line over its head is the site's
    b = blocks[k - 1]
    if b.kind != BOILERPLATE or len(b.lines) != 1 or b.signal or b.repeated or "repeat" in b.extra:
        return
    if b.reason.startswith("repeats") or not _headline_shaped(b.text) or is_menu_row(b.text) or _is_menu(b):
        return
    if CREDIT_AT_END.search(b.text):  # a photo's caption with its credit
        return
    if is_section_label(b.text) or b.reason.startswith("date line"):  # "2024年5月20日 10:30 来源：南方日报"
        return
    title = next((i for i, x in enumerate(blocks) if x.kind == TITLE), -1)
    if title >= 0 and (title > k or not blocks[title].reason.startswith(_PLACE_TITLE_REASONS)):
        return
    if title >= 0:
        blocks[title].kind, blocks[title].reason = BOILERPLATE, "above the headline (the line over the byline)"
    b.kind, b.reason = TITLE, "headline (the line over the byline)"


def _mark_head_bylines(blocks: list[_Block]) -> None:
    """A plain page's byline and date in the shapes the rule pass reads no byline in (a label over
    its value, `_mark_label_values`; a name alone over the date, `_mark_name_byline`), then the
    headline over the byline (`_keep_headline_over_byline`), which may be one of those."""
    _mark_label_values(blocks)
    _mark_field_list_byline(blocks)
    _mark_name_byline(blocks)
    _keep_headline_over_byline(blocks)


FIELD_LIST_REASON = "byline (a field list's author line)"
FIELD_LIST_MAX_LINES = 8
FIELD_LINE_MAX_WORDS = 10
# A field's line: a label and its colon, then its value ("Kategorie: Sport", "Odsłony: 412")
_FIELD_LINE = re.compile(r"^[^\W\d][^:\d\n]{0,30}:\s*\S")


def field_list_names(b: _Block) -> str:
    """The byline's names of a CMS's article-info block (Joomla's "Details" box, a recipe's rating
    and author lines): up to FIELD_LIST_MAX_LINES short lines, one a byline (`_BY_LINE`: "Autor:
    NAME", "Geschrieben von NAME", "Recept av NAME · Publicerad DATE"), each other a field ("Label:
    value"), a date, a word alone (the box's title) or a short line of figures (a rating, a count),
    and a date among them; '' for any other block. Written for the project (CMS templates)."""
    if not 2 <= len(b.lines) <= FIELD_LIST_MAX_LINES:
        return ""
    names, dated = "", False
    for line in b.lines:
        words = count_words(line)
        if words > FIELD_LINE_MAX_WORDS:
            return ""
        if found := _by_line_names(line):
            if names:
                return ""  # two people's lines: a list of posts or comments
            names = found
        elif not (_FIELD_LINE.match(line) or words == 1 or _any_date(line) or (words <= 6 and _has_figure(line))):
            return ""
        dated = dated or bool(_any_date(line))
    return names if dated else ""


def _mark_field_list_byline(blocks: list[_Block]) -> None:
    """The first article-info block (`field_list_names`) between the headline and the article's
    first paragraph is the byline (FIELD_LIST_REASON), on a page without one; its date is the
    page's (`_published` reads a byline block's)."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    if title < 0 or any(b.kind == BYLINE for b in blocks):
        return
    for b in blocks[title + 1 :]:
        if names := field_list_names(b):  # (kept as text by the model or not)
            b.kind, b.reason = BYLINE, FIELD_LIST_REASON
            b.extra["author"] = names
            return
        if b.kind in (BODY, HEADING):
            return


# A name alone over the page's date (one line, a given name and a surname or two: "Anna
# Kowalczyk" / "14 września 2025, 18:42"), the byline of many CMSs that print no "By". The date
# line within this many blocks under it (a place's line may stand between: "Malatya").
NAME_TO_DATE_BLOCKS = 2
TITLE_DATE_ABOVE = 3  # a date over the headline, a separator and a reading time between them
# The one-word labels of a byline, of 4+ letters ("Author", "Auteur", "Autor", "Reporter"): no
# name alone opens with one; phpBB 2's column header "Author Message" over the first post (trial
# 25) is no poster's name (`_mark_name_byline`).
_LABEL_WORDS = frozenset(w for ws in _BYLINE_LABELS.values() for w in ws.split("|") if " " not in w and len(w) >= 4)
NAME_BYLINE_REASON = "byline (a name alone over the date line)"


def _mark_name_byline(blocks: list[_Block]) -> None:
    """The page's byline when it is a person's name alone on its line above the article's text
    (`_name_alone`; or `_bare_name`, a name of no given name the list knows, right under the
    headline or its lead and right over a line that is a date alone), under a line of three words or more (the headline or a standfirst, no
    menu item) and over a date line within NAME_TO_DATE_BLOCKS (or right under the headline
    with the date line right over it): its kind BYLINE, its names the
    author, and the date line under it a date line if the rules or the model took it for text or
    a list's. Only on a page without a byline (an author box after its text is none);
    the first such name, up to the first body block, or the second when the first may be a
    standfirst kept as body (`_standfirst_shaped`)."""
    bodies = [i for i, b in enumerate(blocks) if b.kind == BODY][:2] + [len(blocks), len(blocks)]
    # a clean page's rules made it the first body; a standfirst kept as body may stand over it,
    # so up to the second body block
    standfirst = bodies[0] < len(blocks) and _standfirst_shaped(blocks[bodies[0]])
    first = bodies[1] if standfirst else bodies[0]
    if any(b.kind == BYLINE and not b.reason.startswith("author box") for b in blocks):
        return  # (an author box after the text is no byline of the page's head)
    for i in range(1, min(first + 1, len(blocks) - 1)):
        b = blocks[i]
        if len(b.lines) != 1 or not 1 <= b.words <= 12 or blocks[i - 1].words < 3 or b.kind == TITLE:
            continue
        if b.words > 5 and not _people_line(b.text):
            continue
        # a name of no known given name only between the headline (or its deck) and a line that
        # is a date alone (a sidebar's "Recent Posts" over its first post's date is none); so a
        # newsroom's byline ("Staff reports")
        head = blocks[i - 1].kind in (TITLE, LEAD) and _head_date(blocks[i + 1])
        person = 2 <= b.words <= 4 and (_name_alone(b.text) or (head and _bare_name(b.text, blocks)))
        person = person and b.text.split()[0].casefold() not in _LABEL_WORDS
        people = "" if person else _people_line(b.text)  # "Dr Helen Marsh and Tom Akintola"
        if not person and not people and not (head and _desk_byline(b.text)):
            continue
        under = blocks[i + 1 : i + 1 + NAME_TO_DATE_BLOCKS]
        date = next((x for x in under if len(x.lines) <= 2 and x.words <= 14 and _any_date(x.text)), None)
        # a social site's post: its author's name over the post's header ("1st · 5h", `_post_header`)
        date = date or next((x for x in under[:1] if len(x.lines) == 1 and _stamp_header(x.text)), None)
        # a blog theme's date over the headline and the author's name under it ("30. Oktober 2025"
        # / HEADLINE / "Lea Gubler"): a person's name right under the headline (trial 23)
        if date is None and person and i >= 2 and blocks[i - 1].kind == TITLE:
            # (the date may have a separator and a reading time under it: "2 oktober 2024" / "·" /
            # "5 min läsning" / HEADLINE / "Elin Sandström", trial 57's company blog)
            date = next((x for x in reversed(blocks[max(0, i - 1 - TITLE_DATE_ABOVE) : i - 1]) if _head_date(x)), None)
        if date is not None:
            b.kind, b.reason = BYLINE, NAME_BYLINE_REASON
            b.extra["author"] = people or _without_job_title(b.text.strip())
            # the date line under it is no text either (nor a list the block model dropped it in)
            if (date.kind == BODY or date.reason.endswith("(block model)")) and not date.sentence_end:
                date.kind, date.reason = BOILERPLATE, DATE_BEFORE_REASON
                date.extra["date"] = _any_date(date.text)
            return


def _people_line(text: str) -> str:
    """The names of a line that is two or three people's names joined by "and" or a comma, with
    academic or courtesy titles before them or not ("Dr Helen Marsh and Tom Akintola" -> "Helen
    Marsh, Tom Akintola": a report's authors, printed with no "By"), each a name by `_name_alone`
    (a known given name first); '' for any other line."""
    if not _names_shaped(" ".join(w for w in text.split() if w.lower() not in _NAME_TITLES) or "-"):
        return ""
    people = [" ".join(_without_title(p.split())) for p in _NAMES_JOIN.split(text.strip(_LINE_STRIP))]
    return ", ".join(people) if 2 <= len(people) <= 3 and all(map(_name_alone, people)) else ""


BARE_NAME_MAX_WORDS = 3


def _bare_name(text: str, blocks: list[_Block], by_date: bool = False) -> bool:
    """Whether `text` reads as a person's name whose given name the list does not know ("Marloes
    Verbeek", trial8): 2 to BARE_NAME_MAX_WORDS words, each capitalised (not all capitals) or a
    particle, none a stop word, a menu's or a date's word, nor a word the page's `blocks` write
    in lower case ("Chinese Pinyin Lyrics": the page's "lyrics"), no teaser list's header
    ("Recent Posts", `_TEASER_START`);
    `_mark_name_byline` takes it only right over a date line. `by_date`: a part of a date line
    or a line beside one, where a date's word is a name's ("Phạm Thu Hà": "Thu" is Thursday's)."""
    words = text.strip().split()
    if not 2 <= len(words) <= BARE_NAME_MAX_WORDS or text.isupper() or _SENT_END.search(text):
        return False
    # capitalised words, or words of a script without case (`caseless_name_word`: "محمد أحمد")
    cased = [(w[0].isupper() and w[1:].replace("-", "").isalpha()) or caseless_name_word(w) for w in words]
    if not all(c or w in _NAME_PARTICLES for c, w in zip(cased, words, strict=True)):
        return False
    low = {w.casefold() for w in words if w not in _NAME_PARTICLES}
    if any(w in _STOPWORDS or w in _NAV_WORDS or (not by_date and _is_date_word(w)) for w in low):
        return False
    if not (cased[-1] and cased[0]) or is_section_label(text) or _TEASER_START.search(text):
        return False  # (a teaser list's header: "Recent Posts", "Most Read")
    return not any(w in low for b in blocks for w in _WORD.findall(b.text) if w[:1].islower())


LABEL_REASON = "label of the metadata under it"


def _mark_label_values(blocks: list[_Block]) -> None:
    """A byline or a date given as a label on its line and the value on the next: the label
    dropped (LABEL_REASON), the value the page's byline (BYLINE, its names as "LABEL VALUE"
    reads them, `_byline_names`) or its date (`extra["labelled_date"]`, which `_published`
    takes when no date stands above the article). The first of each on the page; a byline only
    on a page without one."""
    has_byline = any(b.kind == BYLINE and not b.reason.startswith("author box") for b in blocks)
    dated = False
    for i, (b, value) in enumerate(zip(blocks, blocks[1:])):
        if len(b.lines) != 1 or len(value.lines) != 1 or value.words > LABEL_VALUE_MAX_WORDS:
            continue
        label = b.text.strip()
        if not has_byline and _BYLINE_LABEL_ALONE.match(label):
            joined = _Block(text=f"{label} {value.text}", lines=[f"{label} {value.text}"])
            _measure(joined)
            names = _byline_names(joined)
            if _issuer_field(joined):  # "From:" / "Department for Transport": a publisher, searchable
                b.kind, b.reason = BOILERPLATE, LABEL_REASON
                value.kind, value.reason = LEAD, ISSUER_REASON
                if names:
                    value.extra["author"], has_byline = names, True
            elif names:
                b.kind, b.reason = BOILERPLATE, LABEL_REASON
                value.kind, value.reason = BYLINE, "byline (under its label)"
                value.extra["author"], has_byline = names, True
        elif not dated and _DATE_LABEL_ALONE.match(label) and value.words <= 8 and (date := _any_date(value.text)):
            b.kind, b.reason = BOILERPLATE, LABEL_REASON
            value.kind, value.reason = BOILERPLATE, "date line (under its label)"
            value.extra["labelled_date"], dated = date, True


# A date line's "updated" part with a relative time ("Updated 2 hours ago", "vor 3 Stunden"):
# the line is metadata even where it holds no date.
HEAD_DATE_MAX_WORDS = 20  # "Publié le 7 février 2025 à 18h30, mis à jour le 8 février 2025 à 07h15": 16


def _head_date(b: _Block) -> str | None:
    """The date of a date line above the article's first paragraph ('YYYY-MM-DD'; '' for a line of
    a date cue and a relative time, "Updated 2 hours ago"), None when `b` is no such line: up to
    two lines of HEAD_DATE_MAX_WORDS words without a sentence's end, a date in English, another
    language of `pubdate` or figures, a time of day, or a cue and a relative time; no life's date
    (`_LIFE_EVENT`: "Born 23 January 1928") nor an event's (`event_place`: "20. April 2013,
    19:30 Uhr · Stadthalle X")."""
    if len(b.lines) > 2 or b.words > HEAD_DATE_MAX_WORDS or b.sentence_end:
        return None
    if dates_its_figures(b.text):
        return None
    line = " ".join(b.lines).strip(_LINE_STRIP)
    if _LIFE_EVENT.match(line) or _date_span(line):
        return None  # (a life's dates: "Born ...", "April 3, 1938 – January 17, 2025")
    if event_place(line):
        return None  # an event's time and place ("Sa, 20. April 2013, 19:30 Uhr · Stadthalle X"): its text
    if found := _any_date(line):
        return found
    if date_other(line) or _NUMERIC_DATE_LINE.match(line) or _TIME_LINE.match(line):
        return ""
    return "" if _STATUS_CUE.match(" ".join(line.lower().split())) and _relative_time_line(line) else None


# A line opening with a "by" word (`_BY_WORDS`) whatever follows, a site's address too ("von
# tennisnet.com zuletzt bearbeitet: DATE")
_BY_WORD_FIRST = re.compile(rf"^(?:{_BY_WORDS})\s*:?\s+\S", re.I)


def _head_lines_name(head: str) -> str:
    """The author of an HTML page whose byline is a name alone in an element over the date line's
    (`meta["head"]`, htmlpage.head_lines: "Lucía Serrano" / "Madrid - 04 feb 2025"; a name of no
    known given name, `_bare_name`, in the first line: "Szabó Eszter"; a "By" line's names), as
    `_mark_name_byline` reads a plain page's, or a name beside the date on its line ("Thứ Năm,
    18/07/2024 14:32 GMT+7 · Nguyễn Hiền", `_name_beside_date`, as `_mark_name_date_lines`
    reads it), or a board's thread starter (`_thread_starter`); '' when no such name stands by
    a date."""
    lines = head.split("\n")
    if starter := next((n for ln in lines if (n := _thread_starter(ln))), ""):
        return starter  # a board's "Thread starter NAME · 5 replies" over the thread
    for k, (line, under) in enumerate(zip(lines, lines[1:])):
        if not _head_date(_measured(under)):
            continue
        if names := _by_line_names(line):
            return names  # "Af Mette Kjærgaard" / "26. nov. 2025": a byline's element over the date's
        if _name_alone(line) or (k == 0 and _bare_name(line, [])):
            if _BY_LINE.match(under) or _dated_by(under) or _BY_WORD_FIRST.match(under):
                continue  # the date line names its own author ("von tennisnet.com ... DATE"): a tag over it
            return line.strip()  # (a name of no known given name right under the headline only)
    for line in lines:
        if len(line) > NAME_DATE_MAX_CHARS or not _BAR_PARTS.search(line):
            continue
        if _head_date(_measured(line)) is None and not _cued_month_year(_BAR_PARTS.split(line)[0]):
            continue
        if found := _name_beside_date([line], []):
            return found[0]
    return _head_dated_by(lines)


HEAD_DATED_BY_LINES = 4  # "Posted on" / DATE / "by" / NAME: a template's spans, each a line


def _head_dated_by(lines: list[str]) -> str:
    """The names of a "Posted on DATE by NAME" line (`_dated_by`) a template sets as spans, one
    line each in the head ("Αναρτήθηκε στις" / "2 Αυγούστου 2011" / "από" / "Ελένη Κουτελιέρη":
    WordPress's entry-meta), read from up to HEAD_DATED_BY_LINES lines joined, the first a date
    cue's and the last the name alone; '' when none."""
    for i in range(len(lines)):
        if not _DATE_CUE.match(lines[i].strip()):
            continue  # (the cue opens it: not a life's dates over a "Published by SITE on DATE." line)
        for j in range(i + 2, min(len(lines), i + HEAD_DATED_BY_LINES) + 1):
            joined = " ".join(ln.strip() for ln in lines[i:j])
            m = _dated_by(joined) if len(joined) <= NAME_DATE_MAX_CHARS else None
            # the name its own span, the last line
            if m and m.group("names") == lines[j - 1].strip() and (names := _byline_names(_measured(joined))):
                return names
    return ""


def _measured(text: str) -> _Block:
    b = _Block(text=text, lines=text.split("\n"))
    _measure(b)
    return b


def _by_line_names(line: str) -> str:
    """The names a "By NAME" line gives (`patterns._BY_LINE`, read by `_byline_names` as a block
    of its own: "Von Henning Lobin" -> "Henning Lobin"); "" for any other line."""
    return _byline_names(_measured(line)) if _BY_LINE.match(line) else ""


def _mark_head_date_lines(blocks: list[_Block]) -> None:
    """A date line between the headline (or the page's top) and the article's first paragraph,
    kept as text by the rules or the block model ("March 3, 2025 12:15 PM GMT  Updated 2 hours
    ago", "Publié le 7 février 2025 à 18h30", "Aktualisiert am 14. März 2024, 09:12 Uhr"; a clean
    file's date under its byline) is metadata: DATE_BEFORE_REASON, its date the published date,
    and the paragraph under it is the one whose dateline ("PARIS —") is read. After the model, so
    its training rows are unchanged. A date line the model dropped as chrome under the headline
    is one too. Bylines, a lead, captions and chrome may stand between; the first body or
    heading block that is no date line ends the search, but for one name's short line over it
    (`_name_line`: a byline the rules read no name in, trial8's "Marloes Verbeek")."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    # the headline's repeat under the <title> line, an event's date in it ("Tagung ... (26. und
    # 27. 2. 2015, Eichstätt)"), is no date line
    headlines = {
        " ".join(t.split()).casefold()
        for t in ((blocks[title].extra.get("headline", ""), headline_of(blocks[title].text)) if title >= 0 else ())
        if t
    }
    _mark_date_over_headline(blocks, title, headlines)
    short = 0
    for b in blocks[title + 1 :]:
        if " ".join(b.text.split()).casefold() in headlines:
            if b.kind in (BODY, HEADING):
                return  # (as any body line that is no date line)
            continue
        model_dropped = b.kind == BOILERPLATE and b.reason.endswith("(block model)") and title >= 0
        if model_dropped and (found := _head_date(b)) is not None and any(c.isdigit() for c in b.text):
            # the model's teaser or chrome by its words ("27/11/2025 09h14 · Atualizado há 2
            # horas": 'atualizado'), a date line all the same (trial 17); its date read in the
            # page's language when its order is that of the page's country ("04/03/2025")
            b.reason = DATE_BEFORE_REASON
            if found:
                b.extra["date"] = found
            continue
        if b.kind not in (BODY, HEADING):
            continue
        date = _head_date(b)
        if date is None and not short and _name_line(b):
            short += 1
            continue
        if date is None:
            return
        b.kind, b.reason = BOILERPLATE, DATE_BEFORE_REASON
        if date:
            b.extra["date"] = date


# A <title>'s site name and its separator, on either side of its headline ("Cadernos da Rua XV: ")
_TITLE_SEPARATOR = re.compile(r"^[^:|·–—-]{1,60}\s*[:|·–—-]\s*$|^\s*[:|·–—-]\s*[^:|·–—-]{1,60}$")
HEADLINE_PART_MIN_CHARS = 20


def _mark_date_over_headline(blocks: list[_Block], title: int, headlines: set[str]) -> None:
    """A date line kept as text right over the headline's repeat under the <title> line (a blog
    theme's date header: Blogger's "domingo, 16 de maio de 2010" over the post's title) is
    metadata, DATE_BEFORE_REASON. The rules read a date of another language as a date line only
    above the article's start (`textblocks._date_or_time_line`), and this one was taken as its
    start (trial 47's Brazilian blog)."""
    if title < 0:
        return
    page_title = " ".join(blocks[title].text.split()).casefold()

    def headline(text: str) -> bool:  # the title's repeat, or its part before or after a site's name
        text = " ".join(text.split()).casefold()
        if text in headlines:
            return True
        rest = page_title.removesuffix(text) if page_title.endswith(text) else page_title.removeprefix(text)
        return len(text) >= HEADLINE_PART_MIN_CHARS and rest != page_title and bool(_TITLE_SEPARATOR.fullmatch(rest))

    at = next((i for i in range(title + 2, len(blocks)) if headline(blocks[i].text)), -1)
    if at < 0 or blocks[at].kind not in (BODY, HEADING) or blocks[at - 1].kind != BODY:
        return
    date = _head_date(blocks[at - 1])
    if date is not None:
        blocks[at - 1].kind, blocks[at - 1].reason = BOILERPLATE, DATE_BEFORE_REASON
        if date:
            blocks[at - 1].extra["date"] = date


# A date line that names its author or desk in its first part, the parts split by bars or
# bullets ("Mine Watch Staff | 15 March 2021", "Haber Merkezi | 12.08.2026 09:45 | Güncelleme:
# ...", "Redaktion • 3. März 2025"): trial 11's pages, whose rules and model dropped it unread.
NAME_PART_MAX_WORDS = 5  # "Mine Watch Staff", "Haber Merkezi", "Jane Doe and John Roe"
NAME_DATE_REASON = "byline and date line (a name | a date)"


def _name_part(text: str) -> bool:
    """Whether `text` (a part of a date line) is a name, a desk's or a person's: 1 to
    NAME_PART_MAX_WORDS words, each capitalised or a particle ("and", "und", "&" too), no
    figure, no comma (a place before a desk: "New Delhi, News Nation Bureau"), no sentence mark
    and no date cue ("Updated", "Güncelleme"), no venue ("Stadthalle X | DATE": `is_venue`)."""
    words = text.split()
    if (
        not 1 <= len(words) <= NAME_PART_MAX_WORDS
        or _SENT_END.search(text)
        or any(c.isdigit() or c == "," for c in text)
    ):
        return False
    if _DATE_CUE.match(text) or _STATUS_CUE.match(text.lower()) or is_venue(text):
        return False
    joins = _NAME_PARTICLES | {"and", "und", "et", "y", "e", "ve", "&"}
    # capitalised, or a script without case (`caseless_name_word`: "محمد أحمد | DATE")
    return (words[0][0].isupper() or caseless_name_word(words[0])) and all(
        w[0].isupper() or w in joins or caseless_name_word(w) for w in words
    )


# A date line ending in a "by" word whose name is the block under it ("12.11.2025 von" / "Anna
# Schmidt", "Publié le 3 mars 2025 par" / NAME): a board's, a club's or a weekly's head, which
# sets the author's name as a link of its own; the words of `_DATED_BY` (`chromewords.DATED_BY_WORD`).
_DANGLING_BY = re.compile(rf"(?:^|\s)(?:{_DATED_BY_WORDS}|oleh)\s*:?$", re.I)


def _mark_name_date_lines(blocks: list[_Block]) -> None:
    """A date and its author's name in one block of the article's head (before its first
    paragraph but a standfirst, `_standfirst_shaped`; `_name_beside_date`: "NAME | DATE [|
    ...]", "DATE · NAME", a name's line over or under the date's) is the page's date line, its
    date the published date (`extra["date"]`), and its name the byline when the page has none
    (BYLINE, NAME_DATE_REASON), whatever the rules or the model made of it (a date line they
    read no date in, chrome by its words: "haber")."""
    has_byline = any(b.kind == BYLINE and not b.reason.startswith("author box") for b in blocks)
    standfirst = False
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    for i, b in enumerate(blocks):
        if b.reason == ISSUER_REASON:
            continue  # "From: ..." / "Published ...": the issuers' field has its people and its date
        short = len(b.lines) <= 2 and b.words <= HEAD_DATE_MAX_WORDS and not b.sentence_end
        found = _name_beside_date(b.lines, blocks) if short and b.kind not in (TITLE, BYLINE) else None
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if short and not found and nxt is not None and _DANGLING_BY.search(b.lines[-1]) and _name_line(nxt):
            # "12.11.2025 von" / "Anna Schmidt": the date line's "by" and its name in the next block
            if joined := _name_beside_date([b.lines[-1], nxt.text], blocks):
                b.kind, b.reason = BOILERPLATE, DATE_BEFORE_REASON
                b.extra["date"] = joined[1]
                if not has_byline:
                    nxt.kind, nxt.reason, has_byline = BYLINE, NAME_DATE_REASON, True
                    nxt.extra["author"] = _without_job_title(joined[0])
                continue
        if b.kind == BODY and not found and i < title:
            continue  # over the headline (a dump's <title> line kept as text): the head starts at it
        if b.kind == BODY and not found:
            if standfirst or not _standfirst_shaped(b):
                return
            standfirst = True
            continue
        if not found:
            continue
        b.extra["date"] = found[1]
        if has_byline:
            b.kind, b.reason = BOILERPLATE, DATE_BEFORE_REASON
        else:
            b.kind, b.reason, has_byline = BYLINE, NAME_DATE_REASON, True
            b.extra["author"] = _without_job_title(found[0])


EVENT_LINE_REASON = "an event's date and place (under the headline)"


def _keep_event_lines(blocks: list[_Block]) -> None:
    """The short lines between the headline and the article's first paragraph that give an
    event's date and place (`event_place`: "Sa, 20. April 2013, 19:30 Uhr · Stadthalle X"), kept
    as text (BODY, EVENT_LINE_REASON) whatever the rules made of them (outside the article, a
    date line): an event page's when and where, which a reader searches for, not its metadata."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    if title < 0:
        return
    for b in blocks[title + 1 :]:
        if b.kind in (BODY, HEADING, LEAD):
            return
        if b.kind == BOILERPLATE and len(b.lines) <= 2 and not b.sentence_end and event_place(b.text):
            if _any_date(b.text):
                b.kind, b.reason = BODY, EVENT_LINE_REASON
                b.extra.pop("date", None)


def _without_job_title(name: str) -> str:
    """A name beside its date without the job title run into it ("Jane Roe Senior Reporter",
    "Anna Berg Leitende Redakteurin", "Lars Berg reporter": `_clean_names`), when it opens with
    a known given name (`given_names`) and its last word is a job word (`_job_word`); else as it
    is (a desk's byline: "Coast Desk Staff"); and without a job word or a title before a given
    name ("Pressewart Uwe Schmitt", "Dr. Anna Berg": `_clean_names`)."""
    words = name.split()
    if len(words) >= 3 and (_job_word(words[0]) or words[0].lower() in _NAME_TITLES) and words[1] in given_names():
        return next(iter(_clean_names([name])), name)
    if len(words) < 3 or not _job_word(words[-1]) or words[0] not in given_names():
        return name
    return next(iter(_clean_names([name])), name)


# A place's name beside a date reads as a person's ("Rural Nevada", "San Mateo", "Port Ellis",
# "Lake Ellis"), and so does a place's field over a date's ("Ort Saarbrücken" / "Datum
# 28.01.2022"): the first words of English, Spanish, Portuguese, Italian, French, German and Dutch
# place names that no given name opens with, the nouns of natural features that lead a place's
# name (models.FEATURE_LEADS, the entity tagger's table too) but those that lead people's names as
# often (PERSON_FEATURE_LEADS), and the label of a place in those languages, which the name tests
# below turn down.
# Given names ("River Phoenix", "Sierra", "Rio Ferdinand", "Mar Roxas", "Mont", "Jabal", "Wadi":
# givennames' list) and a colonel's rank as British papers write it ("Col Tim Collins"). "Isla"
# and "Monte" are given names too, but lead places beside a date ("Isla Vista", "Monte Carlo").
PERSON_FEATURE_LEADS = frozenset("River Rio Río Sierra Mar Mont Jabal Wadi Col".split())
_PLACE_OPENING = re.compile(
    r"^(?:new|san|santa|são|sao|saint|sainte|st\.?|ste\.?|port|porto|fort|north|south|"
    r"east|west|upper|lower|greater|central|rural|northern|southern|eastern|western|old|bad|sankt|nieuw|"
    r"nueva|nuevo|novo|nova|puerto|ciudad|villa|vila|"
    r"ort|place|location|lieu|lugar|luogo|local|plaats|locatie|miejsce|"
    + "|".join(re.escape(w) for w in longest_first(FEATURE_LEADS - PERSON_FEATURE_LEADS))
    + ")$",
    re.I,
)


NAME_DATE_MAX_CHARS = 160  # a date line with its author's name is short (and _BAR_PARTS backtracks on spaces)


def _person_beside_date(text: str, blocks: list[_Block]) -> bool:
    """Whether `text`, a part of a date line or a line beside one, is its author's name without a
    "By": a person's name by the name tests (`_name_alone`: a known given name first; or
    `_bare_name`: 2 to 3 capitalised words of any script, none a stop, menu or date word nor a
    word the page's `blocks` write in lower case, no section label: "Nguyễn Hiền"), not opening
    like a place's name (`_PLACE_OPENING`) nor naming a venue (`chromewords.is_venue`), or a
    newsroom's byline (`_desk_byline`)."""
    text = text.strip(_LINE_STRIP)
    if _desk_byline(text):
        return True
    if "," in text or _PLACE_OPENING.match(text.split()[0] if text.split() else "") or is_venue(text):
        return False  # (a venue beside an event's date and time: "19:30 Uhr · Stadthalle X")
    return _name_alone(text) or _bare_name(text, blocks, by_date=True)


def _name_beside_date(lines: list[str], blocks: list[_Block]) -> tuple[str, str] | None:
    """(name, 'YYYY-MM-DD') of a block of the head's that is a date line with its author's name:
    one line of parts set apart by bars, bullets or middle dots (`_BAR_PARTS`), a name or a
    desk's first ("NAME | DATE", `_name_part`) or a person's name right before or after the
    date's part ("Thứ Năm, 18/07/2024 14:32 GMT+7 · Nguyễn Hiền", `_person_beside_date`); or two
    lines, a date line and a person's name over or under it ("Μαρία Παπαδοπούλου" / "12.08.2024
    • 19:45"). None for any other block (a section's label beside the date: "Environment ·
    12.08.2024")."""
    if any(len(ln) > NAME_DATE_MAX_CHARS for ln in lines):
        return None
    # (a share bar's or a player's line may stand under it: "Beitrag anhören (1:48)")
    if slashed := next((found for ln in lines if (found := _name_slash_date(ln, blocks))), None):
        return slashed
    if len(lines) == 1:
        parts = [p.strip() for p in _BAR_PARTS.split(lines[0].strip(_LINE_STRIP)) if p.strip()]
    else:
        parts = [ln.strip(_LINE_STRIP) for ln in lines]
    k, date = next(((k, d) for k, part in enumerate(parts) if (d := _any_date(part))), (-1, ""))
    if k < 0 and len(lines) == 1 and len(parts) == 2 and _cued_month_year(parts[0]) and _name_part(parts[1]):
        # "Aktualisiert im März 2020 · Pedalwerk Werkstatt-Team": the byline beside a month's
        # update, which dates no day (trial 23's shop guide)
        return (parts[1], "") if len(parts[1].split()) >= 2 else None
    if k < 0:
        return None
    for line in lines:  # (a share bar's line may stand under it: "Facebook Twitter Email")
        first = _BAR_PARTS.split(line.strip(_LINE_STRIP), maxsplit=1)[0].strip()
        if (when := _any_date(first)) and (glued := _name_glued_to_date(first, blocks)):
            return glued, when  # "Tomáš Dvořák 12. listopadu 2025 14:32", "NAME 12.11.2025 | 10:25"
    if len(parts) < 2:
        return None
    if len(lines) == 1 and k == 1 and _name_part(parts[0]) and not is_section_label(parts[0]):
        if len(parts[0].split()) > 1 or _desk_byline(parts[0]):
            return parts[0], date  # "NAME | DATE": a desk's name too ("Haber Merkezi", "Redaktion")
        return None  # one word that is no newsroom: a brand or a shop beside its post's date ("Bosch | DATE")
    if len(lines) == 2 and _head_date(_measured(parts[k])) is None:
        return None  # a line with a date in it, no date line
    # the parts right before and after the date's, past its time ("20.05.2024 • 09:10 • NAME");
    # the date's own part is not measured again (only the two-line test above reads it)
    # (a part with a figure is no name either: a reading or a listening time, "38 min")
    timed = [
        j == k or _head_date(_measured(part)) is not None or (len(lines) == 1 and any(c.isdigit() for c in part))
        for j, part in enumerate(parts)
    ]
    before = next((j for j in range(k - 1, -1, -1) if not timed[j]), -1)
    after = next((j for j in range(k + 1, len(parts)) if not timed[j]), -1)
    for j in (before, after):
        if j >= 0 and (names := _by_line_names(parts[j])):
            return names, date  # "8. April 2019 |" / "Von Henning Lobin": a byline's names
        if j >= 0 and _person_beside_date(parts[j], blocks):
            return parts[j], date
        # two or three people joined by "and" over the date ("Jane Roe and John Doe" / DATE)
        people = _NAMES_JOIN.split(parts[j].strip(_LINE_STRIP)) if j >= 0 and len(lines) == 2 else []
        if len(people) >= 2 and _names_shaped(parts[j]) and all(_person_beside_date(n, blocks) for n in people):
            return ", ".join(people), date
    return None


# A date line's author and, after a slash, the dateline's place in capitals with its agency or
# the agency alone ("Elif Aydoğan / AYVALIK (ANKA) Yayınlanma: 27.10.2025 - 10:48", "Radio
# Säntis Redaktion / sda 15.01.2026, 11:32 Uhr"): a Turkish, Swiss or Austrian paper's byline,
# its date after a publication cue or right after the agency.
_SLASH_NAME = re.compile(
    rf"^(?P<name>[^/\d]{{3,60}}?)\s+/\s+(?:(?P<place>[{UPPER}][{UPPER}\s.-]{{1,30}}?)\s*\((?P<wire>[^()\d]{{2,20}})\)|"
    rf"(?P<agency>[\w/-]{{2,20}}))\s*(?:(?:{_PUBLISHED_CUES})\s*:?\s*)?(?P<rest>\d.*)$",
    re.I,
)


def _name_slash_date(line: str, blocks: list[_Block]) -> tuple[str, str] | None:
    """(name, 'YYYY-MM-DD') of a byline line "NAME / PLACE (AGENCY) [cue] DATE ..." or "NAME /
    agency DATE ..." (`_SLASH_NAME`): the name a person's or a desk's (`_name_part`), the part
    after the slash a place in capitals with its agency or an agency (`_AGENCY`); the agency
    alone stays in the name as the page writes it ("Radio Säntis Redaktion / sda"). None for
    any other line."""
    m = _SLASH_NAME.match(line.strip(_LINE_STRIP))
    if not m or not (date := _any_date(m.group("rest"))):
        return None
    name = m.group("name").strip()
    if not (_name_part(name) or _person_beside_date(name, blocks)):
        return None
    if m.group("agency"):
        return (f"{name} / {m.group('agency')}", date) if _AGENCY.match(m.group("agency")) else None
    return (name, date) if m.group("place").strip().isupper() else None


CUED_MONTH_YEAR_WORDS = 6  # "Mis à jour en mars 2020"


def _cued_month_year(part: str) -> bool:
    """Whether `part` of a date line is a date cue and a month and year, no day ("Aktualisiert
    im März 2020", "Updated March 2020", "Mis à jour en mars 2020")."""
    words = part.split()
    return (
        len(words) <= CUED_MONTH_YEAR_WORDS
        and bool(_DATE_CUE.match(part) and _YEAR.search(part))
        and any(map(_is_date_word, words))
    )


def _name_glued_to_date(part: str, blocks: list[_Block]) -> str:
    """The person's name that opens `part`, a date line's part, with no mark between it and the
    date ("Tomáš Dvořák 12. listopadu 2025 14:32 Čtení na 3 minuty", "Γιώργος Παπαδόπουλος
    12.11.2025", "Szabó Eszter 2025. november 12. 08:41", "Jane Doe March 3, 2025": the byline
    of many CMSs of Central and Eastern Europe, Greece and Turkey, which print no "By"); '' when
    the words before the date's first figure (a month's or weekday's name right before it
    belongs to the date) are no person's name (`_person_beside_date`) or the rest holds no date."""
    words = part.split()
    k = next((i for i, w in enumerate(words) if w[0].isdigit()), -1)
    while k > 0 and _is_date_word(words[k - 1]):
        k -= 1  # "Jane Doe March 3, 2025", "Jane Doe Tuesday 3 March 2025"
    if not 2 <= k <= 4:
        return ""
    name, rest = " ".join(words[:k]), " ".join(words[k:])
    if name.endswith(",") and _any_date(rest):
        # "Mary Jones, 12 November 2025": a comma after the name, as after a dateline's place
        # ("Calloway, 2 April 2026"): a person's by a known given name first (`_person_before_date`)
        name = name[:-1]
        return name if _person_before_date(name) and not _PLACE_OPENING.match(words[0]) else ""
    if not _any_date(rest):
        return ""
    return name if _person_beside_date(name, blocks) or given_names_joined(name) else ""


STANDFIRST_MAX_WORDS = 60
# A shorter line without a sentence's end is headline-shaped (a second headline or a kicker:
# "Neue Taskforce des Bundeskriminalamtes nimmt die Arbeit auf", which extraction-wild's truth
# lists as chrome), not a standfirst.
STANDFIRST_PLAIN_WORDS = 10
# Between a standfirst and the article: a byline, a date, share buttons, a picture and its
# caption. On the tuning pages of both corpora the sentences found 10 to 55 blocks above the
# article were a browser notice, a print link or a campaign's banner under a "title" found in
# the menus (and two real standfirsts over a long share bar, left out with them).
STANDFIRST_GAP = 6
# Under such a standfirst, its byline or date line within this many blocks: a name alone on its
# line (up to NAME_LINE_MAX_WORDS words, no sentence) may come first ("Анна Белова" / date).
STANDFIRST_META_BLOCKS = 2
NAME_LINE_MAX_WORDS = 4


def _mark_standfirst(blocks: list[_Block]) -> None:
    """The standfirst (dek) under the headline: the first block after the title, past its
    byline and date lines, still "outside the article text (before it)" once the rules and the
    block model are done, when it reads as prose (`_standfirst_at`): LEAD, indexed, and the block
    under it too when it reads so with the byline or date line right under it (a kicker's line
    and a standfirst: "Kind krank: Was Arbeitgeber wissen müssen" / "Wie viele Tage ...?" / "Von
    NAME"). The same under a headline-shaped line over the page's first byline or date line
    when the title is another line (a dump's <title> line: `_standfirst_tops`). The article run
    starts at the body's first long paragraph, so the sentence the headline is summed up in was
    left before it. Else the deck's lines between the headline and its byline or date line
    (`_deck_lines`), which need not read as prose: LEAD, DECK_REASON."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    if title < 0:
        return
    start = next((i for i, b in enumerate(blocks) if b.inside), len(blocks))
    prose_lang = _prose_lang(blocks)
    headline = blocks[title].text.casefold().strip(" .")
    for top in _standfirst_tops(blocks, title, start):
        i = next((j for j in range(top + 1, len(blocks)) if not _head_meta(blocks[j])), len(blocks))
        if i >= len(blocks) or blocks[i].text.casefold().strip(" .") == headline:
            continue  # the headline again, with a full stop: no standfirst
        if top == title and _site_banner(blocks, title, i):
            continue
        # (not under a dump's first line: that is the <title>, over the site's banner)
        under_title = i == title + 1 and top == title != _first_line(blocks)
        if _standfirst_at(blocks, i, start, prose_lang, under_title):
            if (deck := _deck_over_date(blocks[i])) is not None:
                blocks[i].lines, blocks[i].text = deck.lines, deck.text  # (its date line is the page's)
                _measure(blocks[i])
            blocks[i].kind, blocks[i].reason = LEAD, STANDFIRST_REASON
            nxt = i + 1
            if nxt < len(blocks) and _meta_right_under(blocks, nxt) and _standfirst_at(blocks, nxt, start, prose_lang):
                blocks[nxt].kind, blocks[nxt].reason = LEAD, STANDFIRST_REASON
    for i in _deck_lines(blocks, title):  # (none when the standfirst was found above)
        blocks[i].kind, blocks[i].reason = LEAD, DECK_REASON


def _site_banner(blocks: list[_Block], title: int, i: int) -> bool:
    """Whether block `i`, under a title that is the dump's <title> line, opens with a part of that
    <title> on a line of its own: the site's banner, its name over its tagline ("Dorfverein
    Altenbrunn e.V." / "Gemeinsam für unser Dorf im Odenwald" under "Dorfverein Altenbrunn e.V. -
    Kartoffelfest 2017", trial 37), no standfirst."""
    b = blocks[i]
    if title != _first_line(blocks) or len(b.lines) < 2:
        return False
    parts = set(title_parts(" ".join(blocks[title].text.split()))[0])
    return len(parts) > 1 and " ".join(b.lines[0].split()).casefold() in parts


TAGLINE_REASON = "the site's tagline (under its name, over the headline)"
TAGLINE_MAX_WORDS = 30


def _mark_site_tagline(blocks: list[_Block]) -> None:
    """A blog's or a publication's description under its name and over the headline ("Grenzgänger
    auf Zeit" / "Wanderungen, Geschichte und Gasthäuser ... – aufgeschrieben von ...", Blogger;
    "Ink & Ledger" / "Practical notes on reporting local government ...", Medium): a one-line
    block of up to TAGLINE_MAX_WORDS words that the model kept, before the headline, right under
    a line that is the site's name in the page's <title> line (a part of it: `_split_title`, or
    a "BLOG: POST" title's part before its colon): BOILERPLATE, TAGLINE_REASON (trial 30's two
    blogs indexed theirs)."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    if title < 2 or not _title_line(blocks[0]):
        return
    top = " ".join(blocks[0].text.split())
    names = {p.casefold() for p in _split_title(top)[1:]} | {top.partition(": ")[0].casefold()}
    for j in range(1, title):
        b = blocks[j]
        if b.kind not in (BODY, LEAD) or len(b.lines) != 1 or b.words > TAGLINE_MAX_WORDS:
            continue
        if " ".join(blocks[j - 1].text.split()).casefold() in names:
            b.kind, b.reason = BOILERPLATE, TAGLINE_REASON


STANDFIRST_REASON = "lead (standfirst under the headline)"
DECK_REASON = "lead (deck lines between the headline and its byline or date line)"
# A deck's line is a sentence or a second headline of this many words at least (a kicker or a
# section's label over the byline is shorter: "Column", "Opinie").
DECK_MIN_WORDS = 4
DECK_MAX_LINES = 2


def _deck_lines(blocks: list[_Block], title: int) -> list[int]:
    """The deck (standfirst) lines right under the headline `title`: one or DECK_MAX_LINES
    blocks of one line each (`_deck_line`), the page's byline or date line right under the last
    (`_deck_meta`; a name's short line may stand between: "Headline / deck / deck / Posted
    2026.08.14 06:00 / By NAME", "Headline / deck / NAME / 27 de novembro de 2026"). Such lines
    were dropped "outside the article text (before it)" when they had no sentence's end, or
    kept as body (trial8's Korean, English, Portuguese and Dutch pages); [] when the layout is
    another."""
    found: list[int] = []
    for i in range(title + 1, min(title + 1 + DECK_MAX_LINES, len(blocks))):
        if not _deck_line(blocks[i], blocks[title]):
            break
        found.append(i)
        nxt = blocks[i + 1 : i + 3]
        if nxt and _deck_meta(nxt[0]):
            return found
        if len(nxt) == 2 and _name_line(nxt[0]) and _deck_meta(nxt[1]):
            # a name, unless it may be the deck's second line ("주민들 조속한 착공 요구")
            person = _name_alone(nxt[0].text) or _bare_name(nxt[0].text, blocks)
            if person or not _deck_line(nxt[0], blocks[title]) or len(found) == DECK_MAX_LINES:
                return found
    return []


def _month_abbreviation(word: str) -> bool:
    """Whether `word` is a month's name cut to three letters or more ("Okt", "Sept."), of a
    language of `pubdate`'s table."""
    w = word.strip(".,").lower()
    return len(w) >= 3 and any(m.startswith(w) for m in pubdate.month_names())


def _deck_line(b: _Block, title: _Block) -> bool:
    """Whether `b` may be a deck's line (`_deck_lines`): one line of DECK_MIN_WORDS to
    STANDFIRST_MAX_WORDS words, body or dropped before the article (by the rules or the block
    model), no chrome signal, menu, link separators, date (or its cue), byline, writer's role, nor
    the headline again or a part of it."""
    dropped = b.kind == BOILERPLATE and (
        b.reason == f"{OUTSIDE_REASON} (before it)" or b.reason.endswith("(block model)")
    )
    if not (b.kind == BODY or dropped) or len(b.lines) != 1 or b.signal or "menu_run" in b.extra:
        return False
    if not DECK_MIN_WORDS <= count_words(b.text) <= STANDFIRST_MAX_WORDS or _link_row(b.text):
        return False
    if b.text.casefold().strip(" .") in title.text.casefold():
        return False  # the headline again, or a part of a dump's <title> line (the site's name)
    if _DATE_CUE.match(b.text) or _ROLE_WORD.search(b.text):  # "Updated Nov 19, 6:55 AM", "NAME, AP Auto Writer"
        return False
    if all(w.strip(".,").isdigit() or _is_date_word(w) or _month_abbreviation(w) for w in b.text.split()):
        return False  # a date in an order no date test reads ("31 Donnerstag Okt 2019")
    return _head_date(b) is None and not _byline_names(b) and not _is_caption(b) and not _people_line(b.text)


def _marked_meta(b: _Block) -> bool:
    """Whether the rules marked `b` a byline or a date line (by kind or reason)."""
    return b.kind == BYLINE or b.reason in ("date line", DATE_BEFORE_REASON, RELATIVE_REASON)


def _deck_meta(b: _Block) -> bool:
    """Whether `b` is a byline or a date line under a deck: by the rules' kind or reason
    (`_marked_meta`), or a short line that reads as a date line (`_head_date`: the block model
    may have kept or dropped it as anything)."""
    return _marked_meta(b) or (len(b.lines) == 1 and bool(_head_date(b)))


def _name_line(b: _Block) -> bool:
    """A name's short line (one line, 2 to NAME_LINE_MAX_WORDS words, no sentence end)."""
    return len(b.lines) == 1 and 2 <= b.words <= NAME_LINE_MAX_WORDS and not b.sentence_end


def _head_meta(b: _Block) -> bool:
    """A byline, a date line (`_marked_meta`), a button or a product's price (`price_line`:
    a shop's short description is under it, trial 66's WooCommerce page) between a headline and
    its standfirst."""
    return _marked_meta(b) or b.reason.startswith(BUTTON_REASON) or price_line(b.text)


def _standfirst_tops(blocks: list[_Block], title: int, start: int) -> list[int]:
    """Where a standfirst is looked for under: the title, and a headline-shaped line (one line,
    3+ words, no sentence end, dropped before the article) right over the first byline or date
    line between the title and the article run `start` (the title a dump's <title> line)."""
    tops = [title]
    meta = next((m for m in range(title + 1, min(start, len(blocks))) if _head_meta(blocks[m])), -1)
    over = blocks[meta - 1] if meta - 1 > title else None
    if over is not None and over.kind == BOILERPLATE and not over.signal and _headline_shaped(over.text):
        tops.append(meta - 1)
    return tops


def _standfirst_at(blocks: list[_Block], i: int, start: int, prose_lang: bool, under_title: bool = False) -> bool:
    """Whether block `i` reads as a standfirst: STANDFIRST_MIN_WORDS to STANDFIRST_MAX_WORDS words
    (a sentence, or STANDFIRST_PLAIN_WORDS+), one or two lines, the page's stop words, no chrome
    signal, no menu, no link separators; dropped "outside the article text (before it)" up to
    STANDFIRST_GAP blocks over the article run (STANDFIRST_ANCHORED_GAP with a byline or date
    line right under it), or over the byline that opens the article (`_meta_under`)."""
    b = blocks[i]
    # inside the article run (a clean file's, or the run's first block): a standfirst only
    # when the byline or the date line sits between it and the article's text
    # (a standfirst the block model dropped over the byline too: the trial's opinion page's)
    dropped = b.kind == BOILERPLATE and b.reason.endswith("(block model)")
    over_meta = (b.kind == BODY or dropped) and _meta_under(blocks, i)
    if i >= start and not over_meta and not (under_title and dropped and i == start):
        return False
    if not over_meta and i < start:
        gap = STANDFIRST_ANCHORED_GAP if _meta_right_under(blocks, i) else STANDFIRST_GAP
        # right under the headline, the block model's drop too: it reads a standfirst's long
        # line without a full stop as a teaser's ("Plans for new ... approved" / "Herefordshire
        # planners back scheme to ... in the autumn" / "By / NAME / - / DATE / 1204 / 0", trial 38)
        before = b.reason == f"{OUTSIDE_REASON} (before it)" or (under_title and dropped)
        if b.kind != BOILERPLATE or not before or start - i > gap:
            return False
    deck = _deck_over_date(b) or b
    stop_ok = (not prose_lang) or deck.stop_ratio >= 0.15 or b.stop_ratio >= 0.15 or b.lang_stop >= LANG_PROSE_STOP
    return (
        not b.signal
        and STANDFIRST_MIN_WORDS <= deck.words <= STANDFIRST_MAX_WORDS
        and (deck.sentence_end or deck.words >= STANDFIRST_PLAIN_WORDS)
        and len(b.lines) <= 2
        and stop_ok
        and "menu_run" not in b.extra
        and not _link_row(deck.text)
    )


def _deck_over_date(b: _Block) -> _Block | None:
    """The first line of a block of two whose second is the page's date line (Hugo PaperMod's
    description over "18 de marzo de 2023 · 5 min · 1012 palabras · NAME", printed as one block:
    trial 61), measured as a block of its own; None for any other block."""
    if len(b.lines) != 2 or _date_or_time_line(_measured(b.lines[1])) != "date line":
        return None
    return _measured(b.lines[0])


def _meta_right_under(blocks: list[_Block], i: int) -> bool:
    """Whether a byline or a date line (before the article, or a relative time's status line)
    is within STANDFIRST_META_BLOCKS under block `i`, with at most a name's short line above it."""
    dates = ("date line", DATE_BEFORE_REASON, RELATIVE_REASON)
    for b in blocks[i + 1 : i + 1 + STANDFIRST_META_BLOCKS]:
        if b.kind == BYLINE or b.reason in dates:
            return True
        if len(b.lines) > 1 or b.words > NAME_LINE_MAX_WORDS or b.sentence_end:
            return False
    return False


def _meta_under(blocks: list[_Block], i: int) -> bool:
    """Whether the blocks right under block `i` are the page's first byline or date line, with
    the article's text (body) under them: "Headline / standfirst / By Jane Doe / text"."""
    j = i + 1
    # not a time of day alone: a live blog's post stamp
    dates = ("date line", DATE_BEFORE_REASON, RELATIVE_REASON)

    def is_meta(b: _Block) -> bool:
        # (a clean file's date line is body, by design: a line of a date alone)
        alone = b.kind == BODY and len(b.lines) == 1 and b.words <= 14 and not b.sentence_end
        return b.kind == BYLINE or b.reason in dates or (alone and bool(_any_date(b.text)))

    while j < len(blocks) and (is_meta(blocks[j]) or blocks[j].reason.startswith(BUTTON_REASON)):
        j += 1
    meta = any(is_meta(b) for b in blocks[i + 1 : j])
    earlier = any(b.kind == BYLINE for b in blocks[:i])
    return meta and not earlier and j < len(blocks) and blocks[j].kind == BODY


# The release line of a press release ("FOR IMMEDIATE RELEASE", "PRESS RELEASE", "Embargoed until
# 00:01 GMT 9 September 2025", "Pressemitteilung", "Communiqué de presse"): a label over the
# headline, never the title.
_RELEASE_LABELS = (
    r"(?:for )?immediate release|for release\b.{0,40}|(?:press|news|media) release|embargoed?\b.{0,60}|news provided by|"
    r"pressemitteilung|pressemeldung|presseinformation|communiqué de presse|comunicado de prensa|nota de prensa|"
    r"comunicato stampa|persbericht|informacja prasowa|пресс-релиз"
)
_RELEASE_LABEL_LINE = re.compile(rf"^\W*(?:{_RELEASE_LABELS})\W*$", re.I)
# The label of a page's section of short items ("News in brief", "Kurz gemeldet", "En bref",
# "In breve", "Коротко", "短信"), set above a brief: it names the section, not the story, and was
# its title (trial). The story's headline, when it has one, is under it.
_SECTION_LABEL = re.compile(
    r"^(?:(?:(?:news|world|local|sports?|business|politics) )?(?:in brief|briefs?|briefly|in short|round-?up|digest)|"
    r"(?:news|world news) (?:in brief|briefs?|digest|round-?up|summary)|(?:top|latest|breaking) (?:news|stories|headlines)|"
    r"kurz (?:gemeldet|notiert|und bündig)|kurzmeldungen|kurznachrichten|nachrichten (?:in kürze|kompakt)|in kürze|"
    r"en bref|brèves|l'essentiel|(?:noticias )?breves|en resumen|in breve|brevi|notizie in breve|em resumo|"
    r"in het kort|kort nieuws|w skrócie|(?:новости )?коротко|кратко|ニュース短信|短信|简讯|快讯|新闻简报|"
    # a press release's release line over its headline ("FOR IMMEDIATE RELEASE")
    rf"{_RELEASE_LABELS})$",
    re.I,
)


def is_section_label(text: str) -> bool:
    """Whether `text` is only the label of a section of short items (`_SECTION_LABEL`: "News in
    brief", "Kurz gemeldet", "En bref"), trailing colons and bullets aside: never a title."""
    return bool(_SECTION_LABEL.match(" ".join(text.split()).strip(_LINE_STRIP)))


# A headline is at most this many words (`headline_like`); a longer first line that ends as a
# sentence ends is a body-only file's first paragraph (extraction-dev's clean_txt: "New electric
# vehicles, several new small SUVs, ... are among the new models on display this week at the Los
# Angeles Auto Show."), no title: the article is indexed untitled, with the warning that says so.
HEADLINE_MAX_WORDS = 30
# ... and at most this many characters when it ends as a sentence ends: a lead of 30 words or
# fewer, long words ("Thousands of commuters faced long delays ... , officials said.": 187
# characters), was the title. The longest headline (og:title, else h1) of extraction-wild's 458
# pages that state one is 150 characters, its site's name included (p99 141, median 54);
# extraction-dev's 88 <title>s are at most 128, BBC's 2,225 headlines at most 52.
HEADLINE_MAX_CHARS = 150


def prose_sentence_line(b: _Block) -> bool:
    """Whether block `b` (a clean file's first) reads as a paragraph, not a headline: more than
    HEADLINE_MAX_WORDS words or HEADLINE_MAX_CHARS characters, ending with a sentence's mark (a
    closing quote may follow). Its lines are not counted: the title's test asks it of a one-line
    block only."""
    long = b.words > HEADLINE_MAX_WORDS or len(b.text) > HEADLINE_MAX_CHARS
    return long and bool(_SENT_END.search(b.text.rstrip()))


def _clean_title(b: _Block, headline_like: Callable[[_Block], bool]) -> bool:
    """Whether a clean file's first block `b` (`_find_title`'s top) is its title: headline-like,
    or one line of up to MAX_TITLE_CHARS that is no section's label; never a line reading as a
    body-only file's first paragraph (prose_sentence_line), however few its words."""
    if prose_sentence_line(b):
        return False
    return headline_like(b) or (len(b.lines) == 1 and len(b.text) <= MAX_TITLE_CHARS and not is_section_label(b.text))


def _find_title(blocks: list[_Block], start: int, clean: bool) -> int:
    """Index of the headline block, or -1."""

    def headline_like(b: _Block, repeat_ok: bool = False) -> bool:
        return (
            len(b.lines) == 1
            and 2 <= b.words <= HEADLINE_MAX_WORDS
            and not b.signal
            and (repeat_ok or not b.repeated)
            and not _is_caption(b)
            and not _byline_names(b)
            and not (b.lines[0].endswith(".") and b.sentences > 1)
            and not is_section_label(b.text)
            and "head_label" not in b.extra  # a label over the headline (`_split_head_run`)
            and "speaker_label" not in b.extra  # a transcript's speaker (`speakers.split_speaker_labels`)
        )

    # the headline may open the run (a short line before the first paragraph of prose)
    first_prose = next((i for i in range(max(start, 0), len(blocks)) if blocks[i].value >= 15), start)
    start = max(start, first_prose) if not clean else start
    top = _top_line(blocks, headline_like)
    if clean:
        top = _clean_top(blocks, top, headline_like)
    if clean or start <= top:
        if top < len(blocks) and (_clean_title(blocks[top], headline_like) if clean else headline_like(blocks[top])):
            first = top == _first_line(blocks)
            blocks[top].extra["title_reason"] = "first line of the file" if first else "first headline-like line"
            _keep_repeated_headline(blocks, top, clean)
            return top
        return -1
    page_title = blocks[top].text.casefold()
    headline = headline_of(blocks[top].text).casefold()
    site_names: set[int] = set()
    parts = {" ".join(p.split()).casefold() for p in _split_title(blocks[top].text)}
    # The headline usually repeats the page's <title> (first line of a dump, minus the site name).
    exact = _exact_headline(blocks, top, start, headline_like)
    if exact >= 0:
        return exact
    for i in range(start - 1, top, -1):
        b = blocks[i]
        if headline_like(b) and _headline_words_ok(b, i == start - 1, parts) and b.text.casefold() in page_title:
            if _is_site_name(blocks, i, top, headline):
                site_names.add(i)  # "The Postpartum Party" of "20 Clever Ideas ... - The Postpartum Party"
                continue
            if _upper_half(blocks, i, top, headline, headline_like):
                blocks[i - 1].extra["title_reason"] = UPPER_HALF_REASON
                return i - 1
            return _part_or_more(blocks, i, start, parts, headline_like)
    # Only the site's name matched: the headline is on the page reworded, near the article.
    near = _near_headline(blocks, start, top, headline, headline_like) if site_names else -1
    if near >= 0:
        blocks[near].extra["title_reason"] = "headline (shares the page title's words, before the article)"
        return near
    return _headline_before(blocks, top, start, site_names, headline_like)


def _exact_headline(blocks: list[_Block], top: int, start: int, headline_like: Callable[..., bool]) -> int:
    """The line that is a blog post's title, in a <title> "BLOG: POST" (block `top`) where the
    page shows BLOG on a line of its own: word for word ("EMACSPEAK The Complete Audio Desktop:
    Meta-Programming In Emacs Using Defadvice" over "EMACSPEAK The Complete Audio Desktop", a wild
    tuning page), else reworded (NEAR_HEADLINE_SHARE of its content words); up to
    NEAR_HEADLINE_BLOCKS blocks into the article run (a blog's description over the post is prose,
    and opens the run), also when the page lists it again (a blog's archive of its posts'
    titles); -1 when no line is. The blog's name over it is no headline."""
    page = " ".join(blocks[top].text.split()).casefold()
    if ": " not in page:
        return -1
    # "BLOG: POST" (Blogger's <title>), which `headline_of` leaves whole (a colon also opens a
    # headline's second half): the part after the name when the page shows the name alone
    name, _, key = page.partition(": ")
    if len(key.split()) < 3 or not any(
        " ".join(b.text.split()).casefold() == name for b in blocks[top + 1 : max(start, 0) + 1]
    ):
        return -1
    near = range(top + 1, min(len(blocks), max(start, 0) + NEAR_HEADLINE_BLOCKS + 1))
    for i in near:
        b = blocks[i]
        if " ".join(b.text.split()).casefold() == key and headline_like(b, repeat_ok=True):
            b.extra["title_reason"] = "headline (the page title's headline part)"
            return i
    # ...or the post's title reworded ("Rota Vicentina : quatre jours entre falaises, cigognes et
    # vent de l'Atlantique" under "BLOG: Rota Vicentina : quatre jours entre falaises et
    # cigognes", trial 28's Typepad page): NEAR_HEADLINE_SHARE of its content words
    # of the post's title, and half of its own (a sentence of the text may share them)
    wanted = _title_words(key)
    for i in near if len(wanted) >= 3 else ():
        b = blocks[i]
        if not (headline_like(b) and b.words >= 3 and not b.sentence_end):
            continue
        words = _title_words(b.text)
        # (every one of them in a longer line: "Eleven weeks of winter swimming at Brighton, and
        # why I keep walking back into the sea" under "BLOG: Winter swimming at Brighton", trial 61)
        if len(wanted & words) >= max(NEAR_HEADLINE_SHARE * len(wanted), len(words) / 2) or wanted <= words:
            b.extra["title_reason"] = "headline (shares the page title's words, before the article)"
            return i
    return -1


# A breadcrumb trail set on one line without separators ("Home Messen Forst & Holz Wieselburg
# 2023", trial 66's trade portal, taken for the headline as it holds the <title>'s part): it
# opens with two items of the menu above it, a block of MENU_MIN_LINES+ short lines, one item
# each ("Home" / "Forsttechnik" / ... / "Messen"), CRUMB_MENU_BLOCKS blocks back at most.
CRUMB_MENU_BLOCKS = 3


def _crumb_under_menu(blocks: list[_Block], i: int) -> bool:
    """Whether one-line block `i` opens with two items of a menu block above it (`CRUMB_MENU_BLOCKS`,
    MENU_MIN_LINES+ lines of MENU_ITEM_MAX_WORDS words at most): a breadcrumb trail, no headline."""
    b = blocks[i]
    first = b.text.split()[:2]
    if len(b.lines) != 1 or len(first) < 2 or b.sentence_end:
        return False
    for menu in blocks[max(0, i - CRUMB_MENU_BLOCKS) : i]:
        items = {" ".join(line.split()).casefold() for line in menu.lines}
        if _menu_lines(menu) and all(word.casefold() in items for word in first):
            return True
    return False


def _headline_words_ok(b: _Block, over_article: bool, parts: set[str]) -> bool:
    """Whether a line has the words of a headline the <title> repeats: 3+, or 2 when it is a
    whole part of a <title> of 2+ parts (`parts`, casefolded) right over the article
    (`over_article`): "Sperrmüll anmelden" of "Sperrmüll anmelden - Landkreis X" (trial 15)."""
    if b.words >= 3:
        return True
    return b.words == 2 and len(parts) > 1 and over_article and " ".join(b.text.split()).casefold() in parts


def _headline_before(
    blocks: list[_Block], top: int, start: int, site_names: set[int], headline_like: Callable[[_Block], bool]
) -> int:
    """The headline of a page whose <title> line named none (`_find_title`): the line over its
    byline or date line (`_headline_over_meta`) when its first line does not read as a <title>
    (`_title_line`), else the first headline-like line before the article (`start`); -1 if none."""

    def candidate(i: int) -> bool:
        b = blocks[i]
        if not (headline_like(b) and b.words >= 3 and i not in site_names and not _is_menu(b)):
            return False
        if _crumb_under_menu(blocks, i):
            return False
        return not (_any_date(b.text) or is_menu_row(b.text) or _not_headline(b) or _field_value(blocks, i))

    opening = next((i for i in range(top, start) if candidate(i)), -1)
    # a dump's first line is its <title> when it reads as one; else the page opens with its
    # banner (a site's name, a skip link, a menu) and the headline is the line over its byline;
    # so is it when the page shows the <title>'s site part alone (`site_names`) and not its
    # headline: the headline is reworded
    title_first = opening == top and _title_line(blocks[top]) and not site_names
    over = -1 if title_first else _headline_over_meta(blocks, top, start, candidate)
    if over >= 0:
        blocks[over].extra["title_reason"] = "headline (over the byline or date line)"
        return over
    reworded = _reworded_headline(blocks, top, start, candidate) if title_first else -1
    if reworded >= 0:
        blocks[reworded].extra["title_reason"] = "headline (rewords the page title, over the article)"
        return reworded
    if title_first and (above := _headline_above_article(blocks, top, start, candidate)) >= 0:
        blocks[top].extra["headline_above"] = str(above)  # (taken by `shown_headline` if it finds no line)
    if opening >= 0:
        blocks[opening].extra["title_reason"] = "first headline-like line before the article"
        if opening == top and (headline := _title_line_headline(blocks, top)):
            blocks[opening].extra["headline"] = headline
        return opening
    # else the name the first paragraph opens with, over the page's tabs (`_split_named_subject`)
    subject = next((i for i in range(top, start) if "subject" in blocks[i].extra and headline_like(blocks[i])), -1)
    if subject >= 0:
        blocks[subject].extra["title_reason"] = "headline (the subject the first paragraph opens with)"
    return subject


REWORDED_SHARE = 0.5  # of the shorter one's content words: "Wärmepumpe im Altbau: Die häufigsten Fragen"
# words matched by their stems (`_shared_stems`) are weaker evidence: three of them ("Hagel",
# "Oberschwaben", "Millionenschäden" / "Hagelschäden in Millionenhöhe: Oberschwaben zieht
# Bilanz"), where two ("elektronische", "Katzen") also match a guide's section heading
REWORDED_STEMS_MIN = 3
# twice NEAR_HEADLINE_BLOCKS: a sports report's headline, standfirst, byline, date, share row,
# caption, credit and match box
REWORDED_MAX_BLOCKS = 12
REWORDED_MIN_WORDS = 5  # a section's or a rubric's name sharing two words is shorter ("Vanlife, Wohnmobil & mehr")


def _reworded_headline(blocks: list[_Block], top: int, start: int, candidate: Callable[[int], bool]) -> int:
    """The page's own headline (its <h1>) under a <title> line (block `top`) that no line of
    the page repeats: the headline-shaped line nearest the article's start (`start`, at most
    NEAR_HEADLINE_BLOCKS headline-like lines back, past date and meta lines, REWORDED_MAX_BLOCKS
    blocks at most) that holds the <title>'s headline part whole ("Sieben Stunden, 182 Tunnel:
    Mit der Bergenbahn über die Hardangervidda" under "Mit der Bergenbahn über die
    Hardangervidda — Fernweh & Rösti"), opens with another part (`_title_keys`), or shares 2+
    content words and REWORDED_SHARE of the shorter one's ("Wärmepumpe im Altbau: Was
    Hausbesitzer wirklich wissen wollen" under "Wärmepumpe im Altbau: Die häufigsten Fragen |
    Thermowatt Ratgeber"; trial 37), or 3+ alike by their stems (`_shared_stems`); -1 if none.
    The <title> is the site's SEO wording; the line over the text is what readers saw and
    search for. Not a line that no headline is (`_no_headline_line`)."""
    headline = headline_of(blocks[top].text).casefold()
    wanted = _title_words(headline)
    if len(wanted) < 2:
        return -1
    lows = [_unquoted(b.text) for b in blocks]
    keys, openings = _title_keys(blocks, top, headline, lows)

    def rewords(i: int) -> bool:
        return _rewords_title(blocks, i, wanted, (keys, openings), lows)

    back = _reworded_above(blocks, top, start, candidate, rewords)
    return back if back >= 0 else _reworded_over_meta(blocks, top, start, candidate, rewords)


def _rewords_title(
    blocks: list[_Block], i: int, wanted: set[str], keys: tuple[list[str], tuple[str, ...]], lows: list[str]
) -> bool:
    """Whether block `i` rewords the <title>'s headline (`wanted`, its content words; `keys`:
    `_title_keys`'s part held whole and other parts opened with; `lows`: each block's unquoted
    text): `_reworded_headline`'s test, a line that no headline is aside (`_no_headline_line`),
    but for a headline of two parts (`_two_part_headline`)."""
    b = blocks[i]
    words = _title_words(b.text)
    least = REWORDED_SHARE * min(len(wanted), len(words))
    same, alike = len(wanted & words), _shared_stems(wanted, words)
    if _no_headline_line(blocks, i) and not (_INNER_STOP.search(b.text) and _two_part_headline(b, wanted, same)):
        return False
    return (
        any(k in lows[i] for k in keys[0])
        or lows[i].startswith(keys[1])
        or (
            b.words >= REWORDED_MIN_WORDS
            and ((same >= 2 and same >= least) or (alike >= REWORDED_STEMS_MIN and alike >= least))
        )
    )


def _reworded_above(
    blocks: list[_Block], top: int, start: int, candidate: Callable[[int], bool], rewords: Callable[[int], bool]
) -> int:
    """The nearest line over the article's start (`start`) that `rewords` the <title> (block
    `top`): up to NEAR_HEADLINE_BLOCKS headline-like lines back, past the meta lines between
    (byline, date, share row: trial 40's sports report), REWORDED_MAX_BLOCKS back at most, a line
    of a word or two not counted (Medium's "·", "Follow", "412", "Listen", "Share": trial 61);
    -1 if none."""
    passed = budget = 0
    for i in range(min(start, len(blocks) - 1), top, -1):
        b = blocks[i]
        budget += not (len(b.lines) == 1 and b.words <= TOOL_LINE_WORDS)
        if budget > REWORDED_MAX_BLOCKS + 1:
            break
        if (i == start and b.sentence_end) or not candidate(i):
            continue
        passed += 1
        if passed > NEAR_HEADLINE_BLOCKS:
            break
        if rewords(i):
            return i
    return -1


def _reworded_over_meta(
    blocks: list[_Block], top: int, start: int, candidate: Callable[[int], bool], rewords: Callable[[int], bool]
) -> int:
    """Under the article's start as first found (an announcement bar's prose over the menus),
    the headline-shaped line over the byline or date line that `rewords` the <title> (trial 61's
    HubSpot post), above the article's first paragraph of prose (under it, a photo's caption over
    its date); -1 if none."""
    for i in range(max(start, top + 1), min(len(blocks) - 1, start + REWORDED_MAX_BLOCKS)):
        b = blocks[i]
        if i > start and b.value >= 15 and b.words >= HEADLINE_ABOVE_PROSE_WORDS:
            break
        if candidate(i) and _meta_block(blocks[i + 1]) and not _caption_before_credit(b.text) and rewords(i):
            return i
    return -1


TOOL_LINE_WORDS = 2
# a headline of two sentences ("W Ustrzykach Dolnych ruszyła biblioteka rzeczy. Wiertarkę
# pożyczysz jak książkę, na kartę czytelnika": trial 61's Polish portal) when it holds most of
# the <title>'s content words, HOLDS_TITLE_MIN of them at least
HOLDS_TITLE_SHARE = 0.75
HOLDS_TITLE_MIN = 3


def _two_part_headline(b: _Block, wanted: set[str], same: int) -> bool:
    """Whether the line `b`, with a sentence's stop inside (`_INNER_STOP`) but none at its end and
    no date, caption or address (`_no_headline_line`'s other tests), is a headline of two parts:
    a question's or an exclamation's first ("Induction or gas for a hawker stall? What 14 months
    of trials ... taught us", trial 61's HubSpot post), or a sentence's first when the line holds
    the <title>'s headline (`wanted`, its content words, `same` of them in `b`): HOLDS_TITLE_SHARE
    of them and HOLDS_TITLE_MIN at least (a paragraph's sentence shares fewer)."""
    if b.sentence_end or _any_date(b.text) or _is_caption(b) or _ADDRESS_MARK.search(b.text):
        return False
    if not any(m.group(1) == "." for m in _INNER_STOP.finditer(b.text)):
        return True
    return same >= HOLDS_TITLE_MIN and same >= HOLDS_TITLE_SHARE * len(wanted)


def _headline_above_article(blocks: list[_Block], top: int, start: int, candidate: Callable[[int], bool]) -> int:
    """The page's own headline when it shares no words with the <title> line (block `top`): the
    nearest headline-shaped line (`candidate`) over the article's start (`start`), only byline,
    date and meta lines between (`_meta_block`), of REWORDED_MIN_WORDS+ words, with no chrome
    signal, not a line that no headline is (`_no_headline_line`), printed once above it (a
    second copy of a menu repeats its items), and no paragraph of HEADLINE_ABOVE_PROSE_WORDS+
    words of prose above it (a section's heading inside the article has the article above it),
    and a byline or date line within HEADLINE_META_BLOCKS blocks of it (over it, between, or under
    the article's first paragraph; a guide's first question over its answer has none); captions
    between are passed over, and a line of CAPTION_OVER_MAX_WORDS words at most that is no headline
    (`_no_headline_line`: a caption ending in its credit) opening the article or right over it; -1 if none. An SEO <title> is often worded apart from the headline the reader sees
    ("Notgroschen – wie viel Rücklage ist sinnvoll?" over "Notgroschen: So viel Geld sollten Sie
    für Notfälle zurücklegen", trial 41); `shown_headline` takes it when no line shows the
    <title>'s headline."""
    for i in range(min(start, len(blocks) - 1), max(top, start - 1 - REWORDED_MAX_BLOCKS), -1):
        b = blocks[i]
        if (i == start and b.sentence_end) or _meta_block(b) or _is_caption(b):
            continue
        if i >= start - 1 and b.words <= CAPTION_OVER_MAX_WORDS and _no_headline_line(blocks, i):
            continue  # a lead photo's caption with its credit over the text (trial 66's press release)
        if not candidate(i) or _no_headline_line(blocks, i) or b.words < REWORDED_MIN_WORDS or b.signal:
            return -1
        key = chrome_key(b.text)
        for a in blocks[top + 1 : i]:
            if (a.value >= 15 and a.words >= HEADLINE_ABOVE_PROSE_WORDS) or chrome_key(a.text) == key:
                return -1
        near = range(max(top + 1, i - HEADLINE_META_BLOCKS), min(len(blocks), max(start, i) + HEADLINE_META_BLOCKS + 1))
        return i if any(j != i and (_meta_block(blocks[j]) or _is_meta_line(blocks[j].lines[0])) for j in near) else -1
    return -1


CAPTION_OVER_MAX_WORDS = 40  # a caption under the headline, over or opening the text ("... Foto: NAME")
# the byline or date line a headline has near it: over it (a kicker's date and author), between
# it and the article, or under the article's first paragraph (a live ticker's "Stand: DATE")
HEADLINE_META_BLOCKS = 2
HEADLINE_ABOVE_PROSE_WORDS = 30  # a site's announcement bar over the headline is shorter ("We're open again from ...")


def _meta_block(b: _Block) -> bool:
    """Whether a block is a byline, an article-info field list naming its author, or one line of
    post meta or a date (`_headline_over_meta`'s test): what stands between a headline and its
    article."""
    return bool(
        _byline_names(b)
        or field_list_names(b)
        or (
            len(b.lines) == 1
            and (_meta_or_tools(b.text) == "m" or _date_or_time_line(b) in ("date line", RELATIVE_REASON))
        )
        or _name_over_date(b)
    )


NAME_OVER_DATE_WORDS = 5  # a writer's name and its language's "by" ("Na Amina Mwakilema")
DATE_UNDER_NAME_WORDS = 8  # a weekday, a date and a time


def _name_over_date(b: _Block) -> bool:
    """Whether `b` is a byline's two lines in a language whose "by" no table has: a short line
    of capitalised words (NAME_OVER_DATE_WORDS at most, no sentence's end) over a date line
    (DATE_UNDER_NAME_WORDS words at most): "Na Amina Mwakilema" / "Jumatatu, 3 Juni 2024" (a
    new user's Swahili page took the kicker over its headline for the headline)."""
    if len(b.lines) != 2:
        return False
    name, date = (ln.strip() for ln in b.lines)
    words = name.split()
    if not 2 <= len(words) <= NAME_OVER_DATE_WORDS or _SENT_END.search(name):
        return False
    caps = sum(w[:1].isupper() for w in words)
    return caps >= len(words) - 1 and len(date.split()) <= DATE_UNDER_NAME_WORDS and bool(_any_date(date))


def _title_keys(blocks: list[_Block], top: int, headline: str, lows: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """(the <title>'s headline part a line may hold whole, if of 3+ words; the other parts of 2+
    words a line may open with) of the <title> line at block `top`, unquoted (`_unquoted`;
    `lows`: each block's text so). An other part counts when no other short line but one of the
    page prints it, as a site's name is in its banner and footer: the <title>'s longest part may
    be the site's ("Ferienwohnung Enzian - Gästehaus Hausberger Wildschönau", trial 39)."""
    key = _unquoted(headline)
    keys = [key] if len(key.split()) >= 3 else []
    lines = [low for b, low in zip(blocks, lows, strict=True) if not b.sentence_end]
    openings = []
    for part in _split_title(blocks[top].text):
        opening = _unquoted(part)
        if (
            len(opening.split()) >= 2
            and opening != key
            and sum(opening in low for low in lines) <= SITE_NAME_MIN_BLOCKS + 1
        ):
            openings.append(opening)
    return keys, tuple(openings)


def _no_headline_line(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is a line that shares a <title>'s words but is no headline: a meta line
    naming a day ("6. November 2023 NAME Azad, Bushido"), a sentence that asks no question, a
    picture's caption ("... Bundesregierung. (Foto: dpa)"), a contact line's e-mail address or
    URL, a live post's heading under its time of day ("18:05 BST" / "Coast road to stay shut
    overnight" under "Landslide live: ...": a live blog's posts reword its headline), a breadcrumb
    trail on one line (`_crumb_under_menu`)."""
    b = blocks[i]
    if _any_date(b.text) or (b.sentence_end and not _question_headline(b)):
        return True
    if _INNER_STOP.search(b.text) or _is_caption(b) or _ADDRESS_MARK.search(b.text):
        return True
    if _crumb_under_menu(blocks, i):
        return True
    return i > 0 and bool(_TIME_LINE.match(" ".join(blocks[i - 1].text.split())))


def _keep_repeated_headline(blocks: list[_Block], top: int, clean: bool) -> None:
    """Of a <title> line taken for the headline, the part the page repeats on a line of its own
    under it as the headline (`_title_line_headline`); not in a clean file."""
    if not clean and (headline := _title_line_headline(blocks, top, repeated=True)):
        blocks[top].extra["headline"] = headline


def _title_line_headline(blocks: list[_Block], top: int, repeated: bool = False) -> str:
    """The headline of a dump's first line when that <title> line is taken for the page's
    headline: the <title> without its last part (`_split_title`) when that names the site, as
    the page shows it (or its first piece) on a line of its own or in its copyright line
    ("E-bike hire: FAQ – CityCycle Help Centre", "Headline | Radio X – Nachrichten", trial 18). `repeated`: instead, the part or run of parts from the
    first one that the page repeats on a line of its own under it ("Essay | by NAME | Nov, 2025 |
    Medium"). '' when the <title> has one part or nothing is left out."""
    text = blocks[top].text
    parts = _split_title(text)
    if len(parts) < 2:
        return ""

    starts, at = [], 0
    for part in parts:  # each part's place in the <title>, in order
        at = text.find(part, at)
        starts.append(at)
        at += len(part)

    def span(i: int, j: int) -> str:  # the <title> from part i to part j, its separators kept
        return text[starts[i] : starts[j] + len(parts[j])].strip()

    def key(t: str) -> str:
        return " ".join(t.split()).casefold()

    if repeated:
        near = {key(b.text) for b in blocks[top + 1 : top + 1 + NEAR_HEADLINE_BLOCKS]}
        for j in range(len(parts) - 2, -1, -1):
            if key(span(0, j)) in near:
                return span(0, j)
        return ""
    lines = {key(ln) for k, b in enumerate(blocks) if k != top for ln in b.lines}
    rights = " ".join(key(ln) for b in blocks for ln in b.lines if "©" in ln or "copyright" in ln.casefold())

    def site(part: str) -> bool:
        first = _split_title(part)[0]  # "Radio X" of "Radio X – Nachrichten"
        return any(k in lines or k in rights for k in (key(part), key(first)))

    # the last part only, and no longer than the rest: a part the page shows alone may be the
    # headline itself, its <h1> ("Bundesrat - Textarchiv - Erinnerung an die Opfer ...")
    rest = span(0, len(parts) - 2)
    return rest if site(parts[-1]) and len(parts[-1].split()) <= len(rest.split()) else ""


TITLE_LINE_MIN_WORDS = 5  # a site's name is shorter ("La Cocina de Marisa", "The Northern Ledger")


def _title_line(b: _Block) -> bool:
    """Whether a dump's first line reads as its <title>: a headline and a site's name between
    separators (`_split_title`: "Bridge to close | The Gazette"), or TITLE_LINE_MIN_WORDS+ words."""
    return b.words >= TITLE_LINE_MIN_WORDS or len(_split_title(b.text)) >= 2


# Lines at a page's top that are never its headline, in the corpora's languages and the big
# European and Asian ones: a skip link ("Skip to main content", "Przejdź do treści", "メインコン
# テンツへスキップ"), a breaking-news ticker's label ("BREAKING NEWS", "SON DAKİKA", "Eilmeldung")
# and a forum's or a site's "What's new" link (trial5: each was a page's title, its headline dropped).
_NOT_HEADLINE = re.compile(
    r"^(?:skip (?:to|navigation)\b.*|jump to (?:main )?content|go to (?:main )?content|"
    r"(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln)?|inhalt überspringen|aller au contenu(?: principal)?|"
    r"passer (?:au|directement au) contenu(?: principal)?|(?:ir|saltar|pasar) al contenido(?: principal)?|"
    r"(?:vai|salta|passa) al contenuto(?: principale)?|(?:ir|pular|saltar) para o conteúdo(?: principal)?|"
    r"przejdź do (?:treści|zawartości|głównej treści)|(?:ga|spring) (?:direct )?naar (?:de )?(?:hoofd)?inhoud|"
    r"přejít (?:na|k) obsah(?:u)?|preskočiť na obsah|перейти к (?:основному )?(?:содержанию|контенту)|"
    r"(?:ana )?içeriğe (?:atla|geç)|langsung ke (?:konten|isi)|lewati ke konten|"
    r"メインコンテンツへスキップ|本文へ(?:スキップ|移動)|跳(?:到|至|转到)(?:主要)?(?:内容|內容|正文)|"
    r"본문(?:으로)? 바로 ?가기|ข้ามไปยังเนื้อหา|"
    r"breaking(?: news)?|just in|live(?: updates)?|son dakika|eilmeldung|dernière minute|última hora|"
    r"ultim'?ora|pilne|срочно|速報|突发|突發|속보|what'?s new|neueste beiträge)$",
    re.I,
)


def _not_headline(b: _Block) -> bool:
    """Whether a headline-shaped line is one a page's top holds but never its headline: a skip
    link, a ticker's label or a "What's new" link (`_NOT_HEADLINE`), a status line of a relative
    time ("Updated 3 minutes ago", `_relative_time_line`), a line of code (`_code_line`), or a cookie banner's
    sentence ("We'd like to set additional cookies to ...")."""
    line = " ".join(b.text.split()).strip(_LINE_STRIP + "!")
    if _NOT_HEADLINE.match(line) or _relative_time_line(b.text) or _code_line(line):
        return True
    # (or a notice in any language: "Vi använder kakor ...", `_is_cookie_notice`)
    return ("cookie" in b.low and (b.sentence_end or b.words >= 8)) or _is_cookie_notice(b)


def _field_value(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` is the value of a field whose label is the line over it ("From:" /
    "Department for Environment ..."): no headline."""
    return i > 0 and len(blocks[i - 1].lines) == 1 and blocks[i - 1].text.rstrip().endswith((":", "："))


# The headline sits right over the byline or the date line: a kicker ("The Long Read"), the
# headline and a standfirst above them, a name and a place line between (trial5's Polish,
# Turkish and GOV.UK pages: the date line five blocks under the headline).
HEADLINE_OVER_META_BLOCKS = 5


def _headline_over_meta(blocks: list[_Block], top: int, start: int, candidate: Callable[[int], bool]) -> int:
    """The headline over the page's first byline or date line (before the article, or up to
    HEADLINE_OVER_META_BLOCKS blocks into it: a banner, a standfirst and a "From:" field may be
    read as its text) that has a headline-shaped line (`candidate`) up to
    HEADLINE_OVER_META_BLOCKS blocks above it: the first such line of more than KICKER_MAX_WORDS
    words (a kicker is shorter; a standfirst comes after the headline) without a sentence's end
    (a banner's or a standfirst's sentence), else the first of those words, else the nearest; -1
    when none."""
    for m in range(top + 1, min(start + HEADLINE_OVER_META_BLOCKS, len(blocks))):
        b = blocks[m]
        # (a byline may have its date line, its job line under it in the block: "By NAME" / DATE;
        # an article-info field list names its author: "Geschrieben von NAME" / "Kategorie: X")
        if not _meta_block(b):
            continue
        found = [i for i in range(max(top, m - HEADLINE_OVER_META_BLOCKS), m) if candidate(i)]
        # (under the menus and the breadcrumb when one is: not the site's tagline in the banner)
        found = [i for i in found if not any(menu_block(b) for b in blocks[i + 1 : m])] or found
        if found:
            long = [i for i in found if count_words(blocks[i].text) > KICKER_MAX_WORDS]
            return next((i for i in long if not blocks[i].sentence_end), long[0] if long else found[-1])
    return -1


def menu_block(b: _Block) -> bool:
    """Whether `b` is one of the page's menus or its breadcrumb trail: a chrome signal of
    navigation or of a list of links, a run of short lines (`_is_menu`), a menu row
    (`is_menu_row`), or MENU_MIN_LINES+ lines of up to MENU_ITEM_MAX_WORDS words each, no
    sentence among them (a menu whose "Newsletter" item gave it a call to action's signal)."""
    if b.signal.startswith(("navigation", "list of links", "breadcrumb")) or _is_menu(b) or is_menu_row(b.text):
        return True
    return not b.sentence_end and _menu_lines(b)


def _menu_lines(b: _Block) -> bool:
    """Whether `b` is MENU_MIN_LINES+ lines of up to MENU_ITEM_MAX_WORDS words each, a menu's shape."""
    return len(b.lines) >= MENU_MIN_LINES and all(len(ln.split()) <= MENU_ITEM_MAX_WORDS for ln in b.lines)


MENU_MIN_LINES = 3
MENU_ITEM_MAX_WORDS = 3


SECTION_NAME_MAX_WORDS = 2  # "Business", "World news": a section's name over the headline


def _clean_top(blocks: list[_Block], top: int, headline_like: Callable[[_Block], bool]) -> int:
    """The headline's block on a clean page (the rules found almost no chrome, so the title is
    the first line): past a first block of several lines with a chrome signal (a menu: "Skip to
    main content / ... / World  Business  Markets"), and past a section's name of up to
    SECTION_NAME_MAX_WORDS words ("Business") over a headline-like line with a byline or date line
    under it, which the page's first line was (the trial's Reuters page: no title, or "Business").
    A menu row (`is_menu_row`) is stepped over as such a block is."""
    if ((len(blocks[top].lines) >= 2 and blocks[top].signal) or is_menu_row(blocks[top].text)) and top + 1 < len(
        blocks
    ):
        top += 1
    if top + 2 >= len(blocks):
        return top
    label, headline, meta = blocks[top], blocks[top + 1], blocks[top + 2]
    if len(label.lines) != 1 or _SENT_END.search(label.text):
        return top
    if label.words > SECTION_NAME_MAX_WORDS and not _site_name_over(label.text, headline.text):
        return top
    if headline_like(headline) and headline.words >= 3 and not headline.sentence_end:
        if _byline_names(meta) or _is_meta_line(meta.text):
            return top + 1
    return top


SITE_NAME_MAX_WORDS = 4  # "The Harbour Chronicle", "The New York Times"
SITE_NAME_HEADLINE_EXTRA = 3  # a headline under a site's name is longer by this many words


def _site_name_over(label: str, headline: str) -> bool:
    """Whether `label`, a line over a headline-shaped line (`_clean_top`), reads as a site's name
    rather than a headline over its deck: up to SITE_NAME_MAX_WORDS words, each capitalised (or a
    particle), no figure, over a line in sentence case (a word in lower case after its first)
    longer by SITE_NAME_HEADLINE_EXTRA words or more ("The Harbour Chronicle" / "Ferry service
    to the outer islands resumes after storm repairs"; a new user's page had the name as its title)."""
    words, under = label.split(), headline.split()
    if not 2 <= len(words) <= SITE_NAME_MAX_WORDS or any(c.isdigit() for c in label):
        return False
    if not all(w[0].isupper() or w in _NAME_PARTICLES for w in words):
        return False
    lower = [w for w in under[1:] if w[0].islower() and w.casefold() not in _STOPWORDS]
    return len(under) >= len(words) + SITE_NAME_HEADLINE_EXTRA and bool(lower)


def _first_line(blocks: list[_Block]) -> int:
    """Index of the page's first block below any server error printed above it (0 if none)."""
    return next((i for i, b in enumerate(blocks) if "server_error" not in b.extra), 0)


def _top_line(blocks: list[_Block], headline_like: Callable[[_Block], bool]) -> int:
    """The page's first line (its <title> in a dump), below any server error printed above it,
    below a menu row or breadcrumb over a headline (`is_menu_row`: "Home | World | Business",
    "Home  World  Business"; up to CHROME_UNDER_MENU notices, a cookie banner, between them), and below a section's label over a brief's own headline ("Kurz gemeldet" / "Brücke zu")."""
    top = _first_line(blocks)
    if "masthead" in blocks[top].extra and top + 1 < len(blocks):
        top += 1  # the site's name glued over its menu row (`_split_masthead`)
    while top + 1 < len(blocks) and _not_headline(blocks[top]):
        top += 1  # a skip link, a ticker's label, a cookie banner's sentence: never the <title>
    for _ in range(MENU_ROWS_ABOVE):  # a dump saved without its <title> may open with the site's menu
        if not is_menu_row(blocks[top].text):
            break
        # a cookie notice or another notice may stand between the menu and the headline
        under = next((j for j in range(top + 1, len(blocks)) if not blocks[j].signal), len(blocks))
        if under > top + 1 + CHROME_UNDER_MENU or under == len(blocks) or not headline_like(blocks[under]):
            break
        top = under
    if top + 1 < len(blocks) and is_section_label(blocks[top].text):
        nxt = blocks[top + 1]
        if headline_like(nxt) and not nxt.sentence_end:
            return top + 1
    return top


MENU_ROWS_ABOVE = 2  # a menu and a breadcrumb over the headline
CHROME_UNDER_MENU = 2  # notices (a cookie banner, a legal line) between a menu row and the headline


# A line before the article whose words are mostly the <title>'s headline's is the headline
# reworded ("20 Clever Small Nursery Ideas When You're Tight On Space" under the <title> "20
# Clever Ideas for your Small Nursery - The Postpartum Party"); looked for this many blocks back
# from the article's start, past the byline, date and share lines between them.
NEAR_HEADLINE_BLOCKS = 6
NEAR_HEADLINE_SHARE = 0.6


_QUOTE_MARKS = re.compile(r"[\"'„“”‚‘’«»‹›]")


def _unquoted(text: str) -> str:
    """`text` casefolded and single-spaced, without quotation marks: a headline quotes a name
    its <title> gives bare ('Ferienwohnung "Enzian" – 55 m² mit Balkon' / "Ferienwohnung Enzian
    - Gästehaus X"), or in other marks."""
    return " ".join(_QUOTE_MARKS.sub("", text).casefold().split())


_ADDRESS_MARK = re.compile(r"@|https?:|www\.")
# a sentence's end inside a line, after a word of three letters or more (not "St. Moritz")
_INNER_STOP = re.compile(r"[^\W\d_]{3}([.!?])\s+\S")  # (the mark's group: `_two_part_headline`)
QUESTION_HEADLINE_MAX_WORDS = 20


def _question_headline(b: _Block) -> bool:
    """Whether `b` is a headline asking a question: one line of up to QUESTION_HEADLINE_MAX_WORDS
    ending in "?" ("Separating from a Common-Law Partner in Ontario: Do You Still Need an
    Agreement?", trial 40), no other sentence's end inside it."""
    text = b.text.strip()
    return (
        len(b.lines) == 1
        and b.words <= QUESTION_HEADLINE_MAX_WORDS
        and text.endswith("?")
        and not _INNER_STOP.search(text[:-1])
    )


def _title_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if w not in _STOPWORDS}


STEM_MIN_CHARS = 4  # a whole word that opens another: "hagel" / "hagelschäden", "altenbrunn" / "altenbrunner"
STEM_SHARED_CHARS = 6  # a shared opening: "millionenhöhe" / "millionenschäden"; not "inter-view" / "inter-national"


def _shared_stems(wanted: set[str], words: set[str]) -> int:
    """How many of `wanted` (content words, casefolded) match one of `words`: the same word, one
    of STEM_MIN_CHARS+ that opens the other (a compound's or an inflected form's head), or the
    two opening alike for STEM_SHARED_CHARS+ characters. A crude stemmer for German compounds
    and inflections a page's headline and its SEO <title> word differently ("Hagelschäden in
    Millionenhöhe" / "Hagel ...: Versicherer rechnen mit Millionenschäden"; trial 39)."""
    shared = 0
    for w in wanted:
        if w in words:
            shared += 1
            continue
        for v in words:
            short, long_ = (w, v) if len(w) <= len(v) else (v, w)
            if (len(short) >= STEM_MIN_CHARS and long_.startswith(short)) or (
                len(short) >= STEM_SHARED_CHARS and long_[:STEM_SHARED_CHARS] == short[:STEM_SHARED_CHARS]
            ):
                shared += 1
                break
    return shared


# The site's name is printed in its banner, footer and copyright line: on the two wild tuning
# pages where it was taken for the headline it is in 5 and 7 lines, a headline in 2 (the
# <title> and itself).
SITE_NAME_MIN_BLOCKS = 2  # besides the <title> line and the candidate
_RIGHTS_LINE = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b")


def _is_site_name(blocks: list[_Block], i: int, top: int, headline: str) -> bool:
    """Whether block `i`, a line that is a part of the page's <title>, is the site's name the
    <title> carries rather than its headline: not the <title>'s headline part
    (`headline_of`), and printed again in SITE_NAME_MIN_BLOCKS+ other blocks of the page."""
    low = blocks[i].text.casefold()
    if low in headline or headline in low:
        return False
    needle = blocks[i].text.lower()
    others = [b.low for j, b in enumerate(blocks) if j not in (i, top) and needle in b.low]
    # the name a copyright line gives ("© 2024 SV Grün-Weiß Ebersbach 1921 e.V. · Impressum") is
    # the site's, however seldom the page prints it (trial 28's club page: once more, there)
    return len(others) >= SITE_NAME_MIN_BLOCKS or any(_RIGHTS_LINE.search(low) for low in others)


UPPER_HALF_REASON = "headline (the page title's first half, over its second)"
UPPER_HALF_MIN_WORDS = 3  # a site's name over the headline is often shorter ("Die Zeit", "BBC")


def _upper_half(blocks: list[_Block], i: int, top: int, headline: str, headline_like: Callable[..., bool]) -> bool:
    """Whether the line over block `i` (a part of the page's <title>, block `top`) is the
    headline whose second half, a subtitle, block `i` is: the <title> reads "UPPER SEP LOWER"
    (one separator of `_TITLE_SEPARATORS` between), the line over has UPPER_HALF_MIN_WORDS+ words,
    no separator and no date, and is not the site's name (`_is_site_name`). A review's <h1> "Vom
    Boden aus gedacht" over "Ann Cotten verwebt in ..." (<title> "Vom Boden aus gedacht - Ann
    Cotten verwebt in ... : literaturkritik.de", a wild tuning page) was dropped, its subtitle
    the title."""
    if i - 1 <= top:
        return False
    upper, b = blocks[i - 1], blocks[i]
    if not headline_like(upper) or upper.words < UPPER_HALF_MIN_WORDS or _is_site_name(blocks, i - 1, top, headline):
        return False
    if len(_split_title(upper.text)) > 1 or _any_date(upper.text):
        return False  # a rubric's line with its date ("30.11. | Buch der Woche"), a breadcrumb
    page = " ".join(blocks[top].text.split()).casefold()
    one, two = (" ".join(x.text.split()).casefold() for x in (upper, b))
    at = page.find(one)
    if at < 0:
        return False
    rest = page[at + len(one) :]
    return any((m := sep.match(rest)) is not None and rest[m.end() :].startswith(two) for sep in _TITLE_SEPARATORS)


# What follows a <title>'s part at the start of the headline that goes on from it: a separator
# of a headline's halves ("Concert 2013: „Spring ...“", "Concert 2013 – the programme")
_GOES_ON = re.compile(r"\s*[:–—]\s+\S|\s+-\s+\S")
# ...but not a breadcrumb trail from the site's name ("Forum NAME - Index du Forum -> Mécanique",
# phpBB 2's, trial 25): an arrow between its links, which no headline's halves have
_TRAIL_ARROW = re.compile(r"\s(?:->|=>|→|›|»|>)\s")


def _part_or_more(blocks: list[_Block], i: int, start: int, parts: set[str], headline_like: Callable[..., bool]) -> int:
    """The headline of a page whose line `i` is a part of its <title> (`parts`): that line, or the
    line that goes on from the <title>'s other part (`_other_part_goes_on`), `i` then the site's
    name; its "title_reason" set."""
    if (longer := _other_part_goes_on(blocks, i, start, parts, headline_like)) >= 0:
        blocks[longer].extra["title_reason"] = "headline (the page title's other part, and more)"
        return longer
    blocks[i].extra["title_reason"] = "headline (matches the page title)"
    return i


def _other_part_goes_on(
    blocks: list[_Block], i: int, start: int, parts: set[str], headline_like: Callable[..., bool]
) -> int:
    """The line after block `i` (a part of the page's <title>, casefolded `parts`) and before the
    article's start that opens with another part of the <title> of 2+ words and goes on after a
    separator (`_GOES_ON`): the headline, "Concert 2013: „Spring ...“" of the <title> "Concert
    2013 - Choir X e.V.", whose other part, "Choir X e.V." on a line of its own over it, is the
    site's name (`headline_of` takes the longer part for the headline). -1 when none does."""
    low = " ".join(blocks[i].text.split()).casefold()
    others = [p for p in parts if p != low and len(p.split()) >= 2]
    for j in range(i + 1, min(start + 1, len(blocks))):
        b = blocks[j]
        text = " ".join(b.text.split()).casefold()
        if len(b.lines) != 1 or not headline_like(b):
            continue
        if any(text.startswith(p) and _GOES_ON.match(text[len(p) :]) for p in others) and not _TRAIL_ARROW.search(text):
            return j
    return -1


def _near_headline(
    blocks: list[_Block], start: int, top: int, headline: str, headline_like: Callable[[_Block], bool]
) -> int:
    """The headline-shaped line nearest the article's start (its first block when that ends
    without sentence punctuation, else at most NEAR_HEADLINE_BLOCKS back) whose content words
    hold NEAR_HEADLINE_SHARE of the <title> headline's, or -1."""
    wanted = _title_words(headline)
    if len(wanted) < 2:
        return -1
    for i in range(min(start, len(blocks) - 1), max(top, start - 1 - NEAR_HEADLINE_BLOCKS), -1):
        b = blocks[i]
        if i == start and b.sentence_end:
            continue  # the article's first paragraph, unless it is a headline-shaped line
        if headline_like(b) and b.words >= 3 and not _find_date(b.text):
            if len(wanted & _title_words(b.text)) >= NEAR_HEADLINE_SHARE * len(wanted):
                return i
    return -1


# Separators between a <title>'s parts, strongest first: "A - B | Site" splits at "|" only.
# From a run of white space's first character only, each run taken whole (possessive): the same
# matches, in time linear in the title (a run of 3,000 spaces took 1.5 s, tried from each space)
_TITLE_SEPARATORS = (
    re.compile(r"(?<!\s)\s++(?:\||::)\s++"),
    re.compile(r"(?<!\s)\s++[·•»]\s++"),
    re.compile(r"(?<!\s)\s++[-–—]\s++"),
    re.compile(r"(?<!\s)\s++:\s++"),
)
_OPENING, _CLOSING = "([{（【「『", ")]}）】」』"


def _split_title(page_title: str) -> list[str]:
    """The parts of a <title> between its strongest separators, never splitting inside
    brackets: in "Song - Artist (歌名 - 歌手)" the bracket stays whole (the song's name in
    another script). One part when there is no separator outside brackets."""
    depth_at: list[int] = []
    depth = 0
    for ch in page_title:
        depth_at.append(depth)
        depth = max(0, depth + (ch in _OPENING) - (ch in _CLOSING))
    for sep in _TITLE_SEPARATORS:
        cuts = [m for m in sep.finditer(page_title) if depth_at[m.start()] == 0]
        if cuts:
            bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(page_title)]
            parts = (page_title[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2]))
            return [p for p in parts if p]
    return [page_title.strip()]


def headline_of(page_title: str) -> str:
    """The headline in a page's <title>: "Bridge to close | The Gazette" -> "Bridge to close".
    The longest part between the strongest separators (| ::, else · • », else - – —, else " : ";
    never inside brackets) when it has 3+ words (`count_words`: Han and kana count
    one word per few letters); else the whole."""
    parts = _split_title(page_title)
    if len(parts) < 2:
        return page_title.strip()
    best = max(parts, key=len)
    return best if count_words(best) >= 3 else page_title.strip()


_PART_GOES_ON = frozenset(":–—-|")  # "PART: more" / "PART – more": the page's headline goes on


def title_parts(page_title: str) -> tuple[list[str], str]:
    """The parts of a <title> (`_split_title`, casefolded, spaces collapsed) and its headline part
    (`headline_of`; "" when that is no part of its own: "Site :: Section :: Concert 2026")."""
    parts = [" ".join(p.split()).casefold() for p in _split_title(page_title)]
    head = " ".join(headline_of(page_title).split()).casefold()
    return parts, head if head in parts and len(parts) > 1 else ""


def title_part_rank(line: str, parts: list[str], head: str, taken: str = "") -> int:
    """How a line of the page (casefolded, spaces collapsed) shows the headline of a <title> of
    2+ `parts` whose headline part is `head` (`title_parts`), other than the part `taken` (the
    site's name the extractor or the banner gave): 0 when it opens with a part of 2+ words (or
    4+ CJK characters) and goes on after a separator (`_PART_GOES_ON`: "Site :: Section ::
    Concert 2026" over "Concert 2026: a full house", a club's page; "Topic – what now? - Forum"
    over "Topic – what now?"), 1 when it is the headline part, 2 when it is the first part
    ("Flat Lakeview | Guest House Alpine"), -1 when none of these (the lower the surer)."""
    if len(parts) < 2:
        return -1
    for p in parts:
        if p != taken and line.startswith(p) and len(line) > len(p) + 2 and (len(p.split()) >= 2 or p[0] >= "\u2e80"):
            rest = line[len(p) :].lstrip()
            if rest[:1] in _PART_GOES_ON and len(p) >= 4 and _headline_rest(rest[1:]):
                return 0
    return 1 if head and line == head != taken else 2 if line == parts[0] != taken else -1


PART_GOES_ON_MAX_WORDS = 12  # a headline's second half ("Hans Dietz stays chairman")
_SECOND_SENTENCE = re.compile(r"[.!?]\s+\S")


def _headline_rest(rest: str) -> bool:
    """Whether the words after a <title>'s part and a separator read as the rest of a headline:
    up to PART_GOES_ON_MAX_WORDS words, one sentence (not an interview's "The Paper: a question?
    Another sentence ...")."""
    return len(rest.split()) <= PART_GOES_ON_MAX_WORDS and not _SECOND_SENTENCE.search(rest)


def _dated(b: _Block) -> bool:
    """Whether a line under a headline is its byline or date line (a date in its first line)."""
    if len(b.lines) > 2 or b.words > 20:
        return False
    return bool(_byline_names(b) or _find_date(b.lines[0]) or _meta_or_tools(b.lines[0]) == "m") or (
        _date_or_time_line(b) in ("date line", RELATIVE_REASON)
    )


def shown_headline(blocks: list[_Block], title: int, start: int) -> int:
    """The headline as the page shows it on a line of its own, when the one taken (`title`, an
    index) is a dump's <title> line of 2+ parts (`_split_title`), or a part of it that is not its
    headline (`headline_of`) printed as the banner right under it (a site's or a forum's name):
    the line below it, up to NEAR_HEADLINE_BLOCKS past the article's first prose, that shows the
    <title>'s headline best (`title_part_rank`, or any part over a date line `_dated`, rank 2; the
    first of a rank), ranks 0 and 2 no more than
    NEAR_HEADLINE_BLOCKS over the article's start (a site's banner at the top may open with a
    part: "Site - Home"). `title` itself when no line does, or when the article's start `start`
    is not known (-1). The <title> line so passed over is marked "page_title" (`apply_model`
    keeps it out of the text)."""
    top = _first_line(blocks)
    if title < top or start < 0 or len(blocks[top].lines) != 1:
        return title
    parts, head = title_parts(blocks[top].text)
    if len(parts) < 2:
        return title
    taken = " ".join(blocks[title].text.split()).casefold()
    if title != top and (title > top + 2 or taken not in parts or taken in (head, parts[0])):
        return title  # a headline found on the page, not the <title>'s site name in the banner
    prose = next((i for i in range(max(start, title + 1), len(blocks)) if blocks[i].value >= 15), start)
    near = max(start, prose) - NEAR_HEADLINE_BLOCKS
    found = [-1, -1, -1]  # the first line of each rank
    for j in range(title + 1, min(len(blocks), max(start, prose) + NEAR_HEADLINE_BLOCKS + 1)):
        b = blocks[j]
        if len(b.lines) != 1 or b.words > MAX_HEADLINE_WORDS or b.signal:
            continue
        line = " ".join(b.text.split()).casefold()
        rank = title_part_rank(line, parts, head, taken)
        if rank < 0 and line in parts and line != taken and j + 1 < len(blocks) and _dated(blocks[j + 1]):
            rank = 2  # any part of it over the post's date line ("Posted 12/04/2026 by NAME")
        if rank not in (0, 1) and line != taken and _breadcrumb_echo(blocks[top + 1 :], j - top - 1, line, parts):
            rank = 1  # a shop's heading, the breadcrumb's last item right over it ("Trekové hole")
        if rank >= 0 and found[rank] < 0 and (rank == 1 or j >= near):
            found[rank] = j
    at = next((j for j in found if j >= 0), title)
    if at != title:
        blocks[at].extra["title_reason"] = "headline (the page title's headline part, shown on its own line)"
        blocks[top].extra["page_title"] = "1"
    elif title == top and "headline_above" in blocks[top].extra:
        at = int(blocks[top].extra["headline_above"])
        blocks[at].extra["title_reason"] = "headline (the line over the article)"
        blocks[top].extra["page_title"] = "1"
    return at


MAX_HEADLINE_WORDS = 30  # as `_find_title`'s headline_like
BREADCRUMB_ECHO_BLOCKS = 2  # the breadcrumb right over the heading, or a banner's line between


def _breadcrumb_echo(blocks: list[_Block], j: int, line: str, parts: list[str]) -> bool:
    """Whether line `j` (casefolded `line`) of `blocks` (those under the <title> line) is the
    page's heading as a shop or a category page shows it: the <title>'s first part (not its
    last, the site's name), or its opening words before a separator or more words ("Zustiegsschuhe" of "Zustiegsschuhe online kaufen | Shop", "Handkaffeemühle Kegel
    48" of "Handkaffeemühle Kegel 48 – Edelstahl-Mahlwerk | Shop": the <title>'s SEO words), and
    the last item of the breadcrumb within BREADCRUMB_ECHO_BLOCKS blocks over it ("Startseite /
    Mühlen / Handkaffeemühle Kegel 48"), as themes print both (trial 23)."""
    if line == parts[-1] or not (parts[0] == line or parts[0].startswith(line + " ")):
        return False  # (the site's name, the last part, printed in its banner under the <title> line)
    for k in range(max(0, j - BREADCRUMB_ECHO_BLOCKS), j):
        last = " ".join(blocks[k].lines[-1].split()).casefold()
        if last == line and len(blocks[k].lines) > 1:
            return True  # the breadcrumb's items a line each ("Startseite" / "Schuhe" / "Zustiegsschuhe")
        if last.endswith(line) and len(last) > len(line) and not last[-len(line) - 1].isalnum():
            return True  # ...or in one line ("Domů Turistika Trekové hole", "Mühlen / Handkaffeemühle Kegel 48")
    return False


def _standfirst_shaped(b: _Block) -> bool:
    """Whether body block `b` may be a standfirst over the page's byline and date: one line of
    at most STANDFIRST_MAX_WORDS words (the article's first paragraph is no standfirst when it
    is longer, and the date line under it is the next story's, in a list of them)."""
    return len(b.lines) == 1 and b.words <= STANDFIRST_MAX_WORDS


# The header of a formal document set over its text as "Label: value" fields: a court's or a
# tribunal's judgment ("Neutral Citation Number: ...", "Case No: ...", "Date: 2 June 2025",
# "Before:", "Between:", the parties with their roles, counsel "instructed by" solicitors), a
# press release's ("Date:", "Contact:", "Embargoed until:"). The labels of England and Wales's
# judgments (the National Archives' Find Case Law, BAILII), of tribunals' and courts' decisions
# elsewhere (German "Aktenzeichen", "Verkündet am", French "Juridiction", Spanish "Ponente"...)
# and of press releases; a label alone on its line or before its value.
_FORMAL_LABEL = re.compile(
    r"^\s*+(?:neutral citation(?: number)?|case (?:no|number|ref(?:erence)?)|claim (?:no|number)|"
    r"appeal (?:no|number)|file (?:no|number)|docket(?: no| number)?|index no|"
    r"date(?: of (?:decision|judgment|judgement|hearing|promulgation|issue))?|hearing dates?|heard on|"
    r"judg(?:e)?ment (?:date|delivered|handed down)|decision date|decided|before|between|coram|judges?|panel|"
    r"tribunal|court|ref(?:erence)?(?: no)?|appl?icants?|appellants?|respondents?|claimants?|defendants?|"
    r"petitioners?|counsel|representation|embargo(?:ed)?(?: until)?|release date|contacts?|media contact|"
    r"press contact|press office|aktenzeichen|datum|gericht|entscheidungsdatum|verkündet am|kläger(?:in)?|"
    r"beklagte[rn]?|vorsitz|juridiction|requérante?|défendeu(?:r|resse)|fecha|expediente|ponente|"
    r"demandante|demandad[oa]|recurrente|relator)\.?\s*:|^\s*+(?:before|between|coram)\s*$",
    re.I,
)
# ...of them the ones that date the document (not its hearing's date), and the ones that name its
# court, judges and parties (a court's or tribunal's header, kept as text: the judge, the parties
# and counsel are what a reader searches for)
_FORMAL_DATE_LABEL = re.compile(
    r"^\s*+(?:date(?: of (?:decision|judgment|judgement|promulgation|issue))?|judg(?:e)?ment (?:date|delivered|"
    r"handed down)|decision date|decided|release date|datum|entscheidungsdatum|verkündet am|fecha)\.?\s*(?::|$)",
    re.I,
)
_COURT_LABEL = re.compile(
    r"^\s*+(?:before|between|coram|judges?|panel|appl?icants?|appellants?|respondents?|claimants?|defendants?|"
    r"petitioners?|counsel|kläger(?:in)?|beklagte[rn]?|vorsitz|requérante?|défendeu(?:r|resse)|ponente|"
    r"demandante|demandad[oa]|recurrente|relator)\.?\s*(?::|$)",
    re.I,
)
# A party with its role at the line's end ("JOANNE HARWOOD  Appellant"), counsel "(instructed by
# ...) for the Claimant", and the "- and -" / "v" between the parties
_COURT_LINE = re.compile(
    r"\s(?:claimants?|defendants?|appellants?|respondents?|applicants?|petitioners?|interested party)\s*$|"
    r"\(instructed by |(?:^|\s)for the (?:claimants?|defendants?|appellants?|respondents?|applicants?)\b|^-? ?(?:and|v|vs)\.? ?-?$",
    re.I,
)
FORMAL_MIN_FIELDS = 2  # two labelled fields make a header ("Case No:" and "Date:")
FORMAL_HEAD_REASON = "head of a formal document (court, judge, parties, counsel)"


def _mark_formal_header(blocks: list[_Block], lang: str = "") -> None:
    """A formal document's header (`_FORMAL_LABEL` fields, FORMAL_MIN_FIELDS or more in the blocks
    before the first paragraph of prose): its date field ("Date: 2 June 2025", `_FORMAL_DATE_LABEL`,
    the value on the label's line or the next; a slash date whose two numbers could each be the
    month in the order the page shows, `pubdate.page_slash_order`: its `lang` (an HTML page's
    own, else the text's), its other slash dates, its court's country by a neutral citation)
    is the page's date (`extra["date"]`), and when it
    names a court's judges or parties (`_COURT_LABEL`, `_COURT_LINE`) its blocks are a head
    paragraph (LEAD, FORMAL_HEAD_REASON), searchable by the judge's, the parties' and counsel's
    names; a press release's fields give their date alone. Judged whole, such a header
    was a list of short lines (trial 14: a judgment's lost its date, judge and parties)."""
    head: list[_Block] = []
    for b in blocks:
        if b.kind == BODY and b.sentence_end and b.words >= 12 and not _FORMAL_LABEL.match(b.text):
            break
        head.append(b)
    lines = [(b, ln.strip()) for b in head if b.kind != TITLE for ln in b.lines if ln.strip()]
    if sum(bool(_FORMAL_LABEL.match(ln)) for _, ln in lines) < FORMAL_MIN_FIELDS:
        return
    court = any(_COURT_LABEL.match(ln) or _COURT_LINE.search(ln) for _, ln in lines)
    order = ""
    if any("/" in ln for _, ln in lines):  # (the page's language is detected only for a slash date)
        order = pubdate.page_slash_order("\n".join(b.text for b in blocks), lang or _page_language(blocks))
    date = next((d for k, (_, ln) in enumerate(lines) if (d := _formal_date(ln, lines[k + 1 : k + 2], order))), "")
    fields = [b for b in head if b.kind != TITLE and any(map(_FORMAL_LABEL.match, b.lines))]
    if date:
        fields[0].extra["date"] = date
    if not court:
        return  # (a press release's "Date:" and "Contact:": its date only, the rules judge the rest)
    parties = [b for b in head if b.kind != TITLE and any(map(_COURT_LINE.search, b.lines))]
    ends = [head.index(b) for b in fields + parties]
    for b in head[min(ends) : max(ends) + 1]:
        if b.kind not in (TITLE, BYLINE):
            b.kind, b.reason = LEAD, FORMAL_HEAD_REASON
    title = next((b for b in blocks if b.kind == TITLE), None)
    if not (name := _case_name([ln for _, ln in lines])):
        return
    if title is not None and title in head and _FORMAL_LABEL.match(title.text):
        # a field taken for the headline ("Neutral Citation Number: [2025] EWHC 1234 (Ch)"): a
        # field of the header, and the case name the document's title (segment.metadata)
        title.kind, title.reason = LEAD, FORMAL_HEAD_REASON
        title.extra["case_name"] = name
    elif title is not None and title in head and _DOCUMENT_KIND.match(title.text.strip()):
        # the document's kind over its text ("JUDGMENT", "Approved Judgment", "Urteil") taken for
        # the headline, the header being one block (the rules read no field as a line of its
        # own): a heading, as when the header is split, and the case name the title
        title.kind, title.reason = HEADING, DOCUMENT_KIND_REASON
        title.extra["case_name"] = name
    elif title is None:
        fields[0].extra["case_name"] = name  # no headline at all: the case name is the title


# The kind of a court's document as the heading over its text, in the languages of `_FORMAL_LABEL`:
# English courts' "JUDGMENT", "Approved Judgment", "JUDGMENT ON APPEAL", "REASONS FOR JUDGMENT",
# "DECISION", "RULING", "ORDER", "OPINION"; German "Urteil", "Beschluss"; French "Arrêt",
# "Jugement", "Décision", "Ordonnance"; Spanish "Sentencia", "Auto"; Italian "Sentenza",
# "Ordinanza"; Dutch "Uitspraak", "Vonnis"; Polish "Wyrok", "Postanowienie"; Russian "Решение",
# "Постановление", "Определение". No case name, no party: never the document's title.
_DOCUMENT_KIND = re.compile(
    r"^(?:(?:approved|draft|final|reserved|ex tempore|extempore|reasons for|summary of)\s+)?"
    r"(?:judg(?:e)?ment|decision|ruling|order|opinion|determination|urteil|beschluss|arrêt|jugement|décision|"
    r"ordonnance|sentencia|auto|sentenza|ordinanza|uitspraak|vonnis|wyrok|postanowienie|решение|постановление|"
    r"определение)(?:\s+(?:of the court|on appeal|on costs|on sentence|on liability|on quantum)){0,2}\s*[.:]?$",
    re.I,
)
DOCUMENT_KIND_REASON = "heading (the document's kind over a court's header)"


# A case name on a header's line of its own: "Harlow v Greenfield Homes Ltd", "R (Patel) v
# Secretary of State", "SMITH -v- JONES" (no label's colon, no sentence's full stop)
_CASE_NAME_LINE = re.compile(r"^(?!.*:)[^\s:]\S*(?: \S+){0,11} -?vs?\.?-? \S+(?: \S+){0,11}$")
# A party and its role: "ACME WIDGETS LIMITED  Claimant", "MARGARET HARLOW (Claimant)"
_PARTY = re.compile(
    r"(?:^|\band\s+|:\s*)(?P<name>[^\s:()][^:()]{0,80}?)\s+\(?(?P<role>claimants?|defendants?|appellants?|"
    r"respondents?|applicants?|petitioners?)\)?(?=\s+and\b|\s*$)",
    re.I,
)
CASE_NAME_MAX_WORDS = 24
CASE_LINE_MAX_CHARS = 300


def _case_name(lines: list[str]) -> str:
    """The case name of a court's header whose `lines` are given: a line that is one ("Harlow v
    Greenfield Homes Ltd"), else its first two parties of different roles as written, joined
    by " v " ("ACME WIDGETS LIMITED  Claimant" / "- and -" / "BRIGHTSTAR TRADING LLP
    Defendant" -> "ACME WIDGETS LIMITED v BRIGHTSTAR TRADING LLP"); '' when it names neither."""
    for ln in lines:
        text = " ".join(ln.split())
        if count_words(text) <= CASE_NAME_MAX_WORDS and _CASE_NAME_LINE.match(text) and not _SENT_END.search(text):
            return text
    parties: list[tuple[str, str]] = []
    for ln in lines:
        if len(ln) > CASE_LINE_MAX_CHARS:
            continue  # (a party's line is short; a long one is no header's)
        for m in _PARTY.finditer(" ".join(ln.split())):
            role = m.group("role").lower().rstrip("s")
            if not any(r == role for _, r in parties):
                parties.append((m.group("name").strip(" -"), role))
    return f"{parties[0][0]} v {parties[1][0]}" if len(parties) >= 2 else ""


def _formal_date(line: str, under: list[tuple[_Block, str]], order: str = "") -> str:
    """The date of a header's date field ('YYYY-MM-DD'): on the label's line ("Date: 2 June
    2025") or, for a label alone, on the line under it; '' for any other line. `order`: that of
    the page's ambiguous slash dates ("dm", "md", "" unknown: `pubdate.page_slash_order`)."""
    m = _FORMAL_DATE_LABEL.match(line)
    if not m:
        return ""
    value = line[m.end() :].strip()
    if not value and under:
        value = under[0][1]
    if count_words(value) > HEAD_DATE_MAX_WORDS:
        return ""
    return _any_date(value) or pubdate.find_date(value, order=order)
