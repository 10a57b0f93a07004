"""Text extracted from a PDF (pdftotext, or copied from a PDF viewer) made into article text.

A report or paper dumped to text keeps its page layout: every page repeats a running header
(the report's or journal's name) and footer, and carries its number ("Page 3 of 12", "- 4 -",
a lone "12"); words broken at a line end keep their hyphen ("the govern-" / "ment said");
numbered headings ("2.3 Methods") sit in the text as lines; footnote markers are glued to the
words ("homeowners.¹", "Smith²") and the footnotes interrupt the text at each page's foot.
`from_pdf` undoes this for a text it recognises as such a dump (`pages`): the text is split
into pages at form feeds (pdftotext's page break) or after a run of page numbers, and then

- page furniture is dropped: a page-number line, and a short line found at the top or the
  foot of at least two pages and of two pages in five (the running header or footer; the
  page-association rule of header/footer detection, Lin 2003, "Header and footer extraction
  by page-association", and of GROBID's and pdfplumber-based cleaners);
- a paragraph broken by a page break is joined again;
- a hyphen at a line end before a lower-case letter is a word broken in two, rejoined
  (GROBID's dehyphenisation test), unless the text writes the hyphenated word elsewhere, or
  both halves are words of the text and the joined word is not ("well-" / "known"); before a
  letter of a script without case (Arabic, Devanagari...) only when the text writes the joined
  word elsewhere;
- a numbered heading line ("1. Background", "2.3 Methods", "IV. Findings") becomes a heading
  block, written "## 2.3 Methods" for the segmenter (its Markdown heading);
- footnote markers are removed from the words (superscript figures after a word or a sentence
  mark, "[3]" after a word); the footnotes at a page's foot are moved to the text's end, each
  a block of its own, its marker written "[1]";
- a page set in two columns (pdftotext -layout: "left text      right text" a line) is read
  column by column, with a warning.

Web pages saved as text are never taken for a PDF dump: they have no form feeds and no run of
page numbers between hard-wrapped lines. Stdlib only.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from . import language
from .models import SENTENCE_MARKS, UPPER

# A page's number on a line of its own: "Page 3 of 12", "Seite 3 von 12", "p. 3", "- 4 -",
# "— 4 —", "3 / 12", "[3]", a lone "12" (at most 4 figures; the leading words in the languages
# the project reads).
_PAGE_WORDS = r"page|p\.|pg\.?|seite|s\.|página|pág\.?|pagina|pag\.|strona|str\.|стр\.?|страница|sida|side|sivu|oldal"
_PAGE_OF = r"of|von|de|di|van|z|из|av|af|/"
_PAGE_NUMBER = re.compile(
    rf"^(?:(?:{_PAGE_WORDS})\s*(\d{{1,4}})(?:\s*(?:{_PAGE_OF})\s*\d{{1,4}})?"
    rf"|[-–—]\s*(\d{{1,4}})\s*[-–—]|\[(\d{{1,4}})\]|(\d{{1,4}})\s*/\s*\d{{1,4}}|(\d{{1,4}}))$",
    re.I,
)
# A running header or footer with the page's number at one end ("Rivers Quarterly | 12")
_RUNNING_NUMBER = re.compile(r"^(?:(\d{1,3})(?:[ \t]*[|·•–—-])?[ \t]+\S.*|.*\S[ \t]+(?:[|·•–—-][ \t]*)?(\d{1,3}))$")
PAGE_RUN_MIN = 2  # page numbers in sequence that make a text without form feeds a paged one
LONE_RUN_MIN = 3  # the same for lone figures, which a list or a table also holds
PAGE_MIN_LINES = 8  # lines of text between two page numbers at least
WRAPPED_MIN_LINES = 15
WRAPPED_CHARS = 110
WRAPPED_LONG_SHARE = 0.05
EDGE_LINES = 3  # a page's first and last lines where its header, footer and number are looked for
FURNITURE_MAX_WORDS = 15  # a running header or footer is a title or a line of credits, not prose
FURNITURE_SHARE = 0.4  # of the pages (odd and even pages may carry different headers)

_SENT_END = re.compile(rf"[{SENTENCE_MARKS}:;][\"'”’»)\]]*$")

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
# A footnote's marker glued to a word of 3+ letters or to the sentence mark after a word:
# "homeowners.¹", "Smith²", "reform,³⁴". An exponent follows a figure or a short unit ("10⁶",
# "m²", "km²") and stays.
_SUPER_MARKER = re.compile(rf"(?=[{_SUPERSCRIPTS}])(?:(?<=[^\W\d_]{{3}})|(?<=[.,;:!?)\"”’]))[{_SUPERSCRIPTS}]+")
# A marker printed as plain figures (pdftotext and a viewer's copy drop the superscript): 1-3
# figures glued to a sentence mark after a word of 3+ letters, before a capital or the line's end
# ("a fifth.1 The government"); "Fig.3 shows", "p.14", "2.1" stay.
_PLAIN_MARKER = re.compile(rf"(?=\d)(?<=[^\W\d_]{{3}}[.,;:!?\"”’)])\d{{1,3}}(?=[ \t]+[{UPPER}]|[ \t]*$)", re.M)
# "[3]", "[3, 4]", "[3-5]" after a word or a sentence mark (a reference number)
_BRACKET_MARKER = re.compile(
    r"(?=\s?\[\d)(?:(?<=[^\W\d_])|(?<=[.,;:!?)\"”’]))\s?\[\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,5}\]"
)
# The start of a footnote at a page's foot: "¹ Department of ...", "[2] Shelter, ...", "3 See ..."
# (a plain figure only when the text has a marker of that number).
_NOTE_START = re.compile(rf"^(?:([{_SUPERSCRIPTS}]+)|\[(\d{{1,3}})\]|(\d{{1,3}})(?=\s))\s*(?=\S)")
_STRONG_NOTE = re.compile(rf"[{_SUPERSCRIPTS}]+\s*\S")  # a superscript figure starts no other line

# A numbered heading: "1. Background", "2.3 Methods", "2.3. Methods", "IV. Findings", then a
# word that starts with a capital (or a letter of a script without case).
_NUMBERED_HEADING = re.compile(r"^(?:(\d{1,2}(?:\.\d{1,2}){0,3})\.?|([IVX]{1,5})\.)\s+(?=[^\W\d_])(\S.*)$")
HEADING_MAX_WORDS = 10
# The word a line starts with: up to a space or a mark (a script's vowel signs are no \w but
# part of its words: a token, not \w+)
_WORD_START = re.compile(r"[^\s\-.,;:!?\"'“”‘’«»()\[\]/]+")
# English prefixes written with a hyphen (AP and Chicago style: "self-", "ex-", "all-", and
# "well-", "ill-" compounds before a noun): a break after one is the compound's own hyphen.
_HYPHEN_PREFIXES = frozenset("self well ill all ex half quasi cross".split())
_WORD_MARKS = ".,;:!?\"'“”‘’«»()[]/"

# Two columns on one line (pdftotext -layout): a run of 3+ spaces between two stretches of text.
_COLUMN_GAP = re.compile(r"\S( {3,})(?=\S)")
COLUMN_SHARE = 0.5  # of a page's lines with text in both columns
COLUMN_MIN_LINES = 6
COLUMN_SIDE_CHARS = 15  # each column's text on a line at least


def _page_number(line: str) -> int | None:
    """The page number a line that is only a page number gives, else None."""
    m = _PAGE_NUMBER.match(line.strip())
    if not m:
        return None
    return int(next(g for g in m.groups() if g is not None))


def _lone(line: str) -> bool:
    return line.strip().isdigit()


_Run = tuple[int, int, "_Run | None"]  # a run of page numbers: (length, its last line, the run before)


def _running_numbers(lines: list[str]) -> dict[int, int]:
    """{line index: page number} of the running headers and footers that carry the page's
    number ("Rivers Quarterly | 12", "13  The Dry Summer"): short lines without a sentence mark
    at their end that open or close with a number, whose words the text repeats on another
    line (a numbered heading's are its own)."""
    found: dict[int, tuple[str, int]] = {}
    for i, ln in enumerate(lines):
        if len(ln.split()) > FURNITURE_MAX_WORDS or not ln.strip() or _SENT_END.search(ln.strip()):
            continue
        if m := _RUNNING_NUMBER.match(ln.strip()):
            found[i] = (_key(ln), int(m.group(1) or m.group(2)))
    keys = Counter(k for k, _ in found.values())
    return {i: n for i, (k, n) in found.items() if keys[k] >= 2}


def _number_cuts(lines: list[str]) -> list[int]:
    """Indices of the lines of a text without form feeds that end its pages: the longest run of
    page-number lines numbered in sequence (n, n+1, ...), each PAGE_MIN_LINES lines of text or
    more under the one before; PAGE_RUN_MIN lines in the run at least (LONE_RUN_MIN when they
    are lone figures). Empty when there is none."""
    numbered = _running_numbers(lines)
    # the longest run ending with each number
    runs: dict[int, _Run] = {}
    for i, ln in enumerate(lines):
        if (n := _page_number(ln)) is None and (n := numbered.get(i)) is None:
            continue
        before = runs.get(n - 1)
        run = (before[0] + 1, i, before) if before and i - before[1] > PAGE_MIN_LINES else (1, i, None)
        if n not in runs or run[0] > runs[n][0]:
            runs[n] = run
    best: list[int] = []
    node = max(runs.values(), key=lambda r: r[0], default=None)
    while node is not None:
        best.insert(0, node[1])
        node = node[2]
    # a run of running lines repeats each of them (odd and even pages), not "Joe, age 8", "Kabir, age 9"
    keys = Counter(_key(lines[i]) for i in best if _page_number(lines[i]) is None)
    if any(n < 2 for n in keys.values()):
        return []
    lone = all(_lone(lines[i]) for i in best)
    return best if len(best) >= (LONE_RUN_MIN if lone else PAGE_RUN_MIN) else []


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether a text's lines are a page's lines, not paragraphs: WRAPPED_MIN_LINES lines of
    five words or more, at most WRAPPED_LONG_SHARE of them longer than WRAPPED_CHARS (a web page
    saved as text writes a paragraph a line: 14% to 75% of such lines on the tuning dumps that
    hold a run of lone figures)."""
    prose = [ln for ln in lines if len(ln.split()) >= 5]
    return len(prose) >= WRAPPED_MIN_LINES and sum(len(ln.strip()) > WRAPPED_CHARS for ln in prose) <= (
        WRAPPED_LONG_SHARE * len(prose)
    )


def pages(text: str) -> list[list[str]] | None:
    """The pages of a PDF text dump, each its lines; None when `text` is not one: no form feed
    between two pages of text, and no run of page numbers (`_number_cuts`) between hard-wrapped
    lines (`_hard_wrapped`)."""
    if "\f" in text:
        parts = [p.split("\n") for p in text.split("\f")]
        if sum(1 for p in parts if any(ln.strip() for ln in p)) >= 2:
            return parts
    lines = text.split("\n")
    cuts = _number_cuts(lines) if _hard_wrapped(lines) else []
    if not cuts:
        return None
    out, start = [], 0
    for c in cuts:
        out.append(lines[start : c + 1])
        start = c + 1
    out.append(lines[start:])
    return out


def _key(line: str) -> str:
    """A line as its repeats are compared: figures alike (the page number in a running footer),
    case and spacing ignored."""
    return " ".join(re.sub(r"\d+", "#", line).casefold().split())


def _edges(page: list[str]) -> list[int]:
    """Indices of a page's first and last EDGE_LINES lines of text."""
    filled = [i for i, ln in enumerate(page) if ln.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _drop_furniture(paged: list[list[str]]) -> list[list[str]]:
    """The pages without their furniture: page-number lines and running headers and footers
    (a short line at the edge of FURNITURE_SHARE of the pages, two at least) at their edges."""
    seen: Counter[str] = Counter()
    for page in paged:
        seen.update({_key(page[i]) for i in _edges(page)})
    least = max(2, FURNITURE_SHARE * sum(1 for p in paged if any(ln.strip() for ln in p)))
    running = {k for k, n in seen.items() if n >= least and 0 < len(k.split()) <= FURNITURE_MAX_WORDS}
    out = []
    for page in paged:
        drop = {i for i in _edges(page) if _page_number(page[i]) is not None or _key(page[i]) in running}
        out.append([ln for i, ln in enumerate(page) if i not in drop])
    return out


def _chunks(lines: list[str]) -> list[list[str]]:
    """Lines in blank-line separated chunks (blank lines dropped)."""
    out: list[list[str]] = [[]]
    for ln in lines:
        if ln.strip():
            out[-1].append(ln.rstrip())
        elif out[-1]:
            out.append([])
    return [c for c in out if c]


def _note_number(line: str, markers: set[str]) -> str:
    """The number of the footnote `line` starts ("" when it starts none): a superscript or a
    bracketed figure, or a plain one when the text has a marker of that number."""
    m = _NOTE_START.match(line.strip())
    if not m:
        return ""
    sup, bracket, plain = m.groups()
    if sup:
        return sup.translate(_SUPER_DIGITS)
    if bracket:
        return bracket
    return plain if plain in markers and not _heading(line) else ""


def _split_notes(chunks: list[list[str]], markers: set[str]) -> tuple[list[list[str]], list[str]]:
    """A page's chunks without the footnotes at its foot (the last chunks that start with a
    note's number), and the notes, each a line with its number written "[N]"."""
    if chunks:  # notes set right under the text, without a blank line: split from it
        last = chunks[-1]
        at = next(
            (j for j in range(1, len(last)) if _STRONG_NOTE.match(last[j].lstrip()) and _SENT_END.search(last[j - 1])),
            0,
        )
        if at:
            chunks = chunks[:-1] + [last[:at], last[at:]]
    cut = len(chunks)
    while cut > 0 and _note_number(chunks[cut - 1][0], markers):
        cut -= 1
    if cut == 0:  # a page of numbered lines is a list, not notes
        return chunks, []
    notes: list[str] = []
    for chunk in chunks[cut:]:
        for ln in chunk:
            if number := _note_number(ln, markers):
                notes.append(f"[{number}] " + _NOTE_START.sub("", ln.strip(), count=1))
            else:
                notes[-1] += " " + ln.strip()
    return chunks[:cut], notes


def _columns(page: list[str]) -> list[str] | None:
    """A page set in two columns, its lines read column by column (the left one, then the
    right); None when it is not in two columns (COLUMN_SHARE of its lines of text split by a
    gap at one place, each side COLUMN_SIDE_CHARS long)."""
    filled = [ln for ln in page if ln.strip()]
    starts: Counter[int] = Counter()
    for ln in filled:
        for m in _COLUMN_GAP.finditer(ln):
            at = m.end()
            if len(ln[:at].strip()) >= COLUMN_SIDE_CHARS and len(ln[at:].strip()) >= COLUMN_SIDE_CHARS:
                starts[at] += 1
    if len(filled) < COLUMN_MIN_LINES or not starts:
        return None
    # the right column starts at one place, give or take a character or two
    at, _ = starts.most_common(1)[0]
    near = sum(n for c, n in starts.items() if abs(c - at) <= 2)
    if near < COLUMN_SHARE * len(filled):
        return None
    rows = [i for i, ln in enumerate(page) if any(abs(m.end() - at) <= 2 for m in _COLUMN_GAP.finditer(ln))]
    # lines across the page over and under the columns (a title, a footer), a blank line apart
    first = max((i for i in range(rows[0]) if not page[i].strip()), default=-1) + 1
    last = min((i for i in range(rows[-1] + 1, len(page)) if not page[i].strip()), default=len(page))
    left: list[str] = []
    right: list[str] = []
    for ln in page[first:last]:
        gaps = [m.end() for m in _COLUMN_GAP.finditer(ln) if abs(m.end() - at) <= 2]
        if gaps:  # text in both columns (the right one may start a character or two early)
            left.append(ln[: gaps[0]].rstrip())
            right.append(ln[gaps[0] :].strip())
        elif ln[:at].strip() or not ln.strip():  # the left column's
            left.append(ln.rstrip())
        else:
            right.append(ln.strip())
    return page[:first] + left + [""] + right + page[last:]


def _letter(ch: str) -> bool:
    """Whether `ch` is a letter or a mark on one (a vowel sign ends a Devanagari word)."""
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def _dehyphenate(lines: list[str], vocabulary: set[str], hyphenated: set[str], stops: frozenset[str]) -> list[str]:
    """A chunk's lines with the words broken at a line end by a hyphen joined (the rest of the
    word moved up a line). `vocabulary` and `hyphenated` are the
    text's other words (case-folded), `stops` its language's stop words: a hyphen stays when
    the text writes the hyphenated word, or writes both halves but not the joined word and the
    first is no stop word ("house-" / "boat"; "with-" / "out" is "without"), or the first is a
    prefix written with a hyphen (_HYPHEN_PREFIXES)."""
    out = list(lines)
    for i in range(len(out) - 1):
        line, nxt = out[i].rstrip(), out[i + 1].lstrip()
        moved = nxt.split(None, 1)[0] if nxt else ""  # the word and its marks ("figures,")
        w = _WORD_START.match(moved)
        if not line.endswith("-") or not w:
            continue
        token = line[:-1].rsplit(None, 1)[-1] if line[:-1].strip() else ""
        head, tail = token.rsplit("-", 1)[-1], w.group(0)
        if not head or not _letter(head[-1]) or not tail[0].isalpha():
            continue
        whole = (head + tail).casefold()
        if (token + "-" + tail).casefold() in hyphenated:
            word = f"{head}-{tail}"
        elif whole in vocabulary:
            word = head + tail
        elif tail[0].islower():
            low = head.casefold()
            compound = low in _HYPHEN_PREFIXES or (
                low in vocabulary and tail.casefold() in vocabulary and low not in stops
            )
            word = f"{head}-{tail}" if compound else head + tail
        else:  # a capital ("Franco-" / "German") or a letter of a script without case
            continue
        out[i] = line[: len(line) - len(head) - 1] + word + moved[w.end() :]
        out[i + 1] = nxt[len(moved) :].lstrip()
    return [ln for ln in out if ln.strip()]


def _words(chunks: list[list[str]]) -> tuple[set[str], set[str]]:
    """The words of a text's lines, case-folded, without those broken at a line end ("govern-"
    and "ment"): (words without a hyphen, words with one)."""
    words: set[str] = set()
    for chunk in chunks:
        for n, line in enumerate(chunk):
            tokens = line.split()
            if n and chunk[n - 1].endswith("-"):
                tokens = tokens[1:]
            if line.endswith("-"):
                tokens = tokens[:-1]
            words.update(t.strip(_WORD_MARKS).casefold() for t in tokens)
    words.discard("")
    return {w for w in words if "-" not in w}, {w for w in words if "-" in w}


def _unmarked(line: str) -> str:
    """`line` without its footnote markers (superscript, plain or bracketed figures)."""
    return _BRACKET_MARKER.sub("", _PLAIN_MARKER.sub("", _SUPER_MARKER.sub("", line)))


def _heading(line: str) -> str:
    """`line` as a numbered heading's Markdown ("## 2.3 Methods"), or "" when it is none: a
    number, a word with a capital or of a script without case, HEADING_MAX_WORDS words at
    most, no sentence mark or comma at its end."""
    text = line.strip()
    m = _NUMBERED_HEADING.match(text)
    if not m or len(text.split()) > HEADING_MAX_WORDS or _SENT_END.search(text) or text.endswith(","):
        return ""
    first = m.group(3)[0]
    if first.islower():
        return ""
    level = 2 + (m.group(1).count(".") if m.group(1) else 0)
    return "#" * min(level, 6) + " " + text


def _split_heading(chunk: list[str]) -> list[list[str]]:
    """A chunk whose first line is a numbered heading over its paragraph, split in two."""
    if len(chunk) > 1 and _heading(chunk[0]) and len(chunk[0].strip()) < 0.7 * len(chunk[1].strip()):
        return [[chunk[0]], chunk[1:]]
    return [chunk]


def from_pdf(text: str) -> tuple[str, list[str]]:
    """`text` made article text when it is a PDF text dump (see the module's docstring):
    returns (text, warnings); `text` unchanged and no warnings when it is not one."""
    paged = pages(text)
    if paged is None:
        return text, []
    warnings: list[str] = []
    split = 0
    for n, page in enumerate(paged):
        cols = _columns(page)
        if cols is not None:
            paged[n] = cols
            split += 1
    if split:
        warnings.append(
            f"{split} page{'s' if split > 1 else ''} set in two columns (text from a PDF): read column by column;"
            " check the text's order (pdftotext without -layout keeps columns apart)"
        )
    paged = _drop_furniture(paged)
    markers = set(
        re.findall(r"\[(\d{1,3})\]", text)
        + _PLAIN_MARKER.findall(text)
        + [m.group(0).translate(_SUPER_DIGITS) for m in _SUPER_MARKER.finditer(text)]
    )
    body: list[list[str]] = []
    notes: list[str] = []
    for page in paged:
        chunks, page_notes = _split_notes(_chunks(page), markers)
        notes.extend(page_notes)
        if not chunks:
            continue
        if body and not _SENT_END.search(body[-1][-1]) and not _heading(body[-1][0]):
            first = chunks[0][0].lstrip()
            if first[:1].islower() or body[-1][-1].endswith("-"):  # a paragraph broken by the page
                body[-1].extend(chunks[0])
                chunks = chunks[1:]
        body.extend(chunks)
    vocabulary, hyphenated = _words(body)
    stops = language.stop_words(language.detect_code(text))
    out: list[str] = []
    for chunk in body:
        lines = _dehyphenate(chunk, vocabulary, hyphenated, stops)
        for part in _split_heading(lines):
            if len(part) == 1 and (h := _heading(part[0])):
                out.append(h)
            else:
                out.append("\n".join(_unmarked(ln) for ln in part))
    out.extend(notes)
    return "\n\n".join(out) + "\n", warnings
