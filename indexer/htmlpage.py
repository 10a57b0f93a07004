"""HTML page -> article text, blocks with kind hints and metadata, via trafilatura.

trafilatura is imported lazily inside `extract`: importing it costs ~0.5 s, which the search path
and plain-text builds must not pay.
"""

from __future__ import annotations

import codecs
import copy
import itertools
import re
import unicodedata
import zlib
from urllib.parse import urlsplit
from typing import Any, Iterator

from .errors import Advice, Command, SourceError, literal
from . import chromewords, htmlthread, pagekind, pageurl, pubdate
from .givennames import HANDLE, given_names, is_dotted_handle, is_handle
from .htmlfigures import with_figure_captions
from .htmljsonld import date_posted, event_day_only, split_article_bodies, thread_starters
from .htmllead import UNSPACED, count_words, inline_text, is_unmarked_prose, under_named_label
from .htmlsplit import resplit_merged
from .models import (
    BODY,
    BOILERPLATE,
    CAPTION,
    CONTACT_LABELS,
    HEADING,
    LEAD,
    SENTENCE_MARKS,
    TABLE_CELL_SEPARATOR,
    TITLE,
    UPPER,
    ExtractedPage,
    chrome_hint,
    copyright_holder,
    over_subheading_hint,
    split_hint,
    visible,
)
from .sniff import ESCAPE_RE, GZIP_MAGIC, encoding_hint

# A page this large (decompressed) is rarely one article. trafilatura copes but slowly (its
# readability/jusText fallbacks cost ~17 s on a 5 MB page of 90k elements, 8 s without them),
# so large pages are extracted without the fallbacks and the user is told why.
LARGE_PAGE_BYTES = 3_000_000
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
# at least one sentence: SENTENCE_WORDS words, then sentence punctuation (any script)
SENTENCE_WORDS = 5
LAST_PROSE_WORDS = 8  # the article's last paragraph for the paywall's window: prose, not a "Log in" link
_WORD_RUN = re.compile(r"\w+")
_SENTENCE_MARK = re.compile(rf"[{SENTENCE_MARKS}]")
# Five words in a script written without spaces (htmllead.UNSPACED): this many of its letters
# before a sentence mark ("市议会周二投票决定关闭港口旧桥进行维修，这一决定将迫使…。" has two
# "words" between its spaces and punctuation: a Chinese article page was "no article text").
UNSPACED_SENTENCE_LETTERS = 10


def is_sentence(text: str) -> bool:
    """Whether `text` holds a sentence: SENTENCE_WORDS words then a sentence mark
    (`_words_before_last_mark`), or, in a script written without spaces,
    UNSPACED_SENTENCE_LETTERS of its letters then a mark, or in Thai and Lao, which have no
    sentence marks, prose (`htmllead.is_unmarked_prose`)."""
    if _words_before_last_mark(text) >= SENTENCE_WORDS:
        return True
    if not UNSPACED.search(text):
        return False
    if is_unmarked_prose(text):
        return True
    return any(len(UNSPACED.findall(part)) >= UNSPACED_SENTENCE_LETTERS for part in _SENTENCE_MARK.split(text)[:-1])


def _words_before_last_mark(text: str) -> int:
    """How many words (runs of word characters) stand before the last sentence mark of `text`,
    counted up to SENTENCE_WORDS; 0 without a mark. Five words before some mark is five before
    the last, so this is the regex "(?:\\w+\\W+){4,}\\w+\\W*[marks]" in one pass: that regex,
    tried at every place in a block with no mark, took time growing with the square of its length
    (a paragraph of 4,000 words without a full stop: 29 s, a long Thai one seconds)."""
    last = max(text.rfind(mark) for mark in SENTENCE_MARKS)
    if last < 0:
        return 0
    return sum(1 for _ in itertools.islice(_WORD_RUN.finditer(text, 0, last), SENTENCE_WORDS))


# The most a page may expand to: the limit on any article file (sources.MAX_FILE_BYTES). A
# 1 MB .html.gz of one repeated byte expands to 1 GB (it took 5.9 GB of memory and 352 s).
MAX_PAGE_BYTES = 20 * 1024 * 1024


def decompress(data: bytes, path: str, limit: int = MAX_PAGE_BYTES, what: str = "page") -> bytes:
    """Gunzip `data` when it starts with the gzip magic (every member of a multi-member file),
    streamed and stopped at `limit` bytes: a file that expands further, or a truncated or
    corrupt one, is a SourceError naming `path` and telling to re-save the `what` ("page",
    "file")."""
    if not data.startswith(GZIP_MAGIC):
        return data
    out: list[bytes] = []
    size = 0
    try:
        while data.startswith(GZIP_MAGIC):
            member = zlib.decompressobj(wbits=31)  # 16 + 15: a gzip header and trailer
            pending = data
            while not member.eof:
                chunk = member.decompress(pending, limit + 1 - size)  # never 0: unlimited
                size += len(chunk)
                if size > limit:
                    raise SourceError(
                        f"file too large: {path} expands to more than {limit // (1024 * 1024)} MB "
                        "uncompressed (the limit): leave it out"
                    )
                out.append(chunk)
                pending = member.unconsumed_tail
                if not chunk and not pending and not member.eof:  # an empty page's member ends with no output
                    raise EOFError("Compressed file ended before the end-of-stream marker was reached")  # gzip's words
            data = member.unused_data
    except (EOFError, OSError, zlib.error) as exc:
        raise SourceError(
            f"{path}: truncated or corrupt gzip file ({exc}); re-download or re-save the {what}"
        ) from None
    return b"".join(out)


def decode(data: bytes, encoding: str = "") -> tuple[str, str]:
    """Decode HTML bytes: the page's declared charset, else UTF-8, else `encoding` (a Python
    codec the user named, `--encoding`) or, without one, detection.

    Returns (text, how) where `how` names the encoding used, for warnings: "ENC (guessed)",
    "ENC (guessed, declared X)", "ENC (given, N replaced)", "ENC (given, reads as X)" among them.
    """
    for bom, enc in _BOMS:  # a byte-order mark beats any declaration
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    from w3lib.encoding import html_body_declared_encoding

    # <meta charset>, <meta http-equiv=Content-Type> or <?xml encoding?> in the first 4 KB, its
    # label resolved as browsers do (WHATWG: latin-1 and ascii are windows-1252, gb2312 is
    # gb18030...) to a Python codec; None for a label no codec has.
    name = html_body_declared_encoding(data)
    lied = ""  # a declared charset the bytes are not in, for the warning
    if name:
        try:
            return data.decode(name), name
        except LookupError:
            pass  # unknown label: fall through to UTF-8
        except UnicodeDecodeError:
            lied = name  # the declaration lies (common): fall through
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = damaged_utf8(data)
    if damaged is not None:
        return damaged[0], f"utf-8 ({damaged[1]} invalid byte sequence{'s' if damaged[1] > 1 else ''} replaced)"
    if encoding:
        text, replaced, doubt = decode_named(data, encoding)
        how = (f", {replaced} replaced" if replaced else "") + (f", reads as {doubt}" if doubt else "")
        return text, f"{encoding} (given{how})"
    enc = guess_encoding(data)
    return data.decode(enc, errors="replace"), f"{enc} (guessed{', declared ' + lied if lied else ''})"


# UTF-8 with a few damaged bytes (a page pasted together from sources, a truncated multi-byte
# character): at least this share of its non-ASCII characters are valid UTF-8 sequences, and
# at least MOSTLY_UTF8_MIN of them. A legacy single-byte text (cp1252, latin-1) almost never
# forms a valid UTF-8 sequence by chance (a lead byte 0xC2-0xF4 must be followed by the right
# number of 0x80-0xBF bytes): on the extraction corpora's non-UTF-8 pages it forms none, and a
# GB2312 page 22% (661 valid, 2,316 invalid), while the one damaged UTF-8 page has 103 valid
# characters and 3 invalid sequences.
MOSTLY_UTF8_SHARE = 0.9
MOSTLY_UTF8_MIN = 8


def damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, number of invalid sequences) when `data`, which is not valid UTF-8, is UTF-8 with
    a few damaged bytes (MOSTLY_UTF8_SHARE); each invalid sequence becomes U+FFFD, as the WHATWG
    UTF-8 decoder does. None when the bytes are in another encoding (detect that instead)."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())  # a real U+FFFD is valid UTF-8
    if invalid <= 0:
        return None
    valid = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    if valid < MOSTLY_UTF8_MIN or valid < MOSTLY_UTF8_SHARE * (valid + invalid):
        return None
    return text, invalid


def guess_encoding(data: bytes) -> str:
    """A Python codec name for bytes that are not UTF-8 and declare no charset.

    charset_normalizer (a dependency of trafilatura's) ranks the codecs that decode the bytes
    without "chaos"; among those that tie with the best, Windows-1252 wins, as browsers default
    to it for undeclared Western pages (WHATWG encoding standard): on short texts the detector
    cannot tell Swedish in cp1252 from Slovak in cp1250 ("Åkesson" -> "Ĺkesson"), and cp1252
    is far more common. Pages only another codec decodes cleanly (Polish in cp1250, Russian in
    cp1251) keep the detector's choice. A multi-byte (CJK) candidate whose non-ASCII characters
    mostly stand alone (`_isolated`) is set aside when any other remains: that is a Western text
    with a few high bytes (BBC sport/199.txt, one "£", was read as cp932). Falls back to cp1252.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return "cp1252"
    from charset_normalizer.utils import is_multi_byte_encoding

    results = list(from_bytes(data[:200_000]))
    # A multi-byte (CJK) reading whose non-ASCII characters mostly stand alone between ASCII
    # ones is not Chinese/Japanese/Korean text but a Western text with a few high bytes
    # ("a \xa315.8m signing" read as cp932: "a ｣15.8m", a lone half-width katakana). The
    # detector's chaos measure cannot see that on a long text with one such byte, so the
    # candidate is dropped whenever another remains.
    plausible = [r for r in results if not (is_multi_byte_encoding(r.encoding) and _isolated(str(r)))]
    results = plausible or results
    if not results:
        return "cp1252"
    best = min(r.chaos for r in results)
    # a match lists the codecs that give the very same text (`could_be_from_charset`)
    tied = [enc for r in results if r.chaos <= best + 0.01 for enc in [r.encoding, *r.could_be_from_charset]]
    if "cp1252" in tied:
        return "cp1252"
    return tied[0] if tied else "cp1252"


# The named encoding reads worse than the detector's choice by this much of charset_normalizer's
# "chaos" (0: clean text; it rejects a reading over 0.2): Polish in cp1250 read as ISO-8859-2
# scores 0.09 against 0.0, Russian cp1251 as ISO-8859-2 is rejected outright.
DOUBT_CHAOS = 0.05


def decode_named(data: bytes, encoding: str) -> tuple[str, int, str]:
    """(text, invalid byte sequences replaced by U+FFFD, doubt) of bytes decoded by the codec the
    user named (`--encoding`), for text files and pages alike. `doubt` is the codec that reads
    the bytes clean when the named one garbles them (_encoding_doubt), asked when every byte
    decoded or when the named codec is a multi-byte one: a wrong multi-byte codec (gb18030 on a
    cp1251 page) pairs up most bytes into CJK mojibake and replaces only a few, while a
    single-byte codec's missing characters are said as such (one stray byte is no sign of
    another encoding)."""
    text = data.decode(encoding, errors="replace")
    replaced = text.count("\ufffd")
    return text, replaced, _encoding_doubt(data, encoding, text) if not replaced or _multi_byte(encoding) else ""


def _multi_byte(encoding: str) -> bool:
    """Whether `encoding` is a multi-byte codec (gb18030, big5, shift_jis, euc-kr...)."""
    from charset_normalizer.utils import is_multi_byte_encoding

    return bool(is_multi_byte_encoding(codecs.lookup(encoding).name))


def _given_parts(how: str) -> tuple[str, int, str]:
    """(codec, invalid byte sequences replaced, doubt) of `decode`'s `how` for a codec the user
    named: "cp1251 (given, 3 replaced, reads as gb18030)" gives ("cp1251", 3, "gb18030"), "cp1251
    (given)" ("cp1251", 0, ""). The one reading of that string, for every warning about it."""
    name, _, detail = how.removesuffix(")").partition(" (given")
    detail = detail.removeprefix(", ")  # "N replaced", "reads as X", both, or nothing
    doubt = detail.split("reads as ")[1] if "reads as " in detail else ""
    return name, int(detail.split()[0]) if detail[:1].isdigit() else 0, doubt


def named_encoding_warning(where: str, encoding: str, replaced: int, doubt: str) -> str:
    """The warning about a file decoded by the named `encoding` (decode_named's `replaced` and
    `doubt`), "" when there is nothing to say. The remedy is worded for any command (build or
    parse, a folder or one file)."""
    remedy = f"give this file its encoding with --encoding {doubt}"
    if replaced:
        said = (
            f"{where}: not all in {encoding} (--encoding): {replaced} invalid byte sequence"
            f"{'s' if replaced > 1 else ''} replaced by U+FFFD"
        )
        return f"{said}; it reads as {doubt}: {remedy}" if doubt else said
    if doubt:
        return f"{where}: decoded as {encoding} (--encoding), but it reads as {doubt}: if letters look wrong, {remedy}"
    return ""


# Characters of a named codec's reading whose chaos is measured when the codec replaced bytes
# (charset_normalizer measures its candidates on samples of a similar size).
DOUBT_SAMPLE = 20_000


def _encoding_doubt(data: bytes, encoding: str, text: str) -> str:
    """The codec the detector finds for `data` (guess_encoding) when `encoding`, the one the user
    named, reads the bytes (`text`, its reading) clearly worse by charset_normalizer's chaos
    (DOUBT_CHAOS), or too garbled for the detector to consider; "" when the named one reads as
    well (a mixed folder's one --encoding garbles its files in other encodings: this says which,
    and what they are in). A reading with U+FFFD in it is one the detector rejects outright, so
    its chaos is measured directly (mess_ratio): one stray byte in a right codec leaves the
    text as clean as the guess's, and no doubt is raised."""
    try:
        from charset_normalizer import from_bytes
        from charset_normalizer.md import mess_ratio
    except ImportError:  # pragma: no cover - installed with trafilatura
        return ""
    guess = guess_encoding(data)
    if codecs.lookup(guess).name == codecs.lookup(encoding).name:
        return ""
    sample = data[:200_000]
    best = from_bytes(sample, cp_isolation=[guess]).best()
    if best is None:
        return ""
    if "\ufffd" in text:
        named_chaos = mess_ratio(text[:DOUBT_SAMPLE], 1.0)
    else:
        named = from_bytes(sample, cp_isolation=[encoding]).best()
        named_chaos = named.chaos if named is not None else 1.0
    return guess if named_chaos > best.chaos + DOUBT_CHAOS else ""


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
ISOLATED_SHARE = 0.5  # CJK prose writes words of 2+ characters in runs; a Western text's high bytes stand alone


def _isolated(text: str) -> bool:
    """True when at least ISOLATED_SHARE of `text`'s runs of non-ASCII characters are one
    character long (and there are any): how a Latin text's stray high bytes look when a
    multi-byte codec decodes them, not how Chinese, Japanese or Korean text looks."""
    runs = _NON_ASCII_RUN.findall(text)
    return bool(runs) and sum(len(r) == 1 for r in runs) >= ISOLATED_SHARE * len(runs)


def _clean(text: str) -> str:
    lines = (_SPACE.sub(" ", line).strip().removesuffix(" |").strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line and line != "|")


# trafilatura's elements that start a new line of an element's text (`_element_text`): list
# items, table rows and the block elements set inside another. Not <code> nor <quote>, which
# trafilatura also makes of inline <code>, <kbd> and <q> ("we simply <code>pip install</code>").
_LINE_ELEMENTS = frozenset({"item", "row", "tr", "p", "head", "list", "div", "table"})
# A table cell: trafilatura's <cell>, and HTML's own <td> and <th>, which it hands on unconverted
# for a table set inside a <p> ("<p>Werkliste ...<table><tr><td>Eigner</td><td>Vorname</td>...":
# a new user's wild tuning page, whose 23,000 characters of cells were glued into words such as
# "EignerVornameMotiv" and "1AKERDHALRobert", none of them found by a search)
_CELL_ELEMENTS = frozenset({"cell", "td", "th"})


def _opens_cell(node: Any) -> bool:
    """Whether `node` is the first thing in a table cell (its text stays after the bar)."""
    parent = node.getparent()
    return (
        parent is not None
        and parent.tag in _CELL_ELEMENTS
        and node.getprevious() is None
        and not (parent.text or "").strip()
    )


_LB = "\x1e"  # stands for an <lb/> while an element's text is built (`_element_text`)
_HEADING_APART = f"{_LB} {_LB}"  # a paragraph break, as two <lb/> make one
_HEADINGS_APART_IN = frozenset({"p", "quote", "div"})


def _element_text(el: Any) -> str:
    """Text of one trafilatura XML element; <lb/> and list items/table rows become newlines,
    and two or more <lb/> with nothing but white space between them a blank line: the
    `<br><br>` that separates a forum post's or an old page's paragraphs (trial 7: a post's
    five paragraphs were one block). Not in a table: a cell's lines stay its lines. The caller
    splits at the blank lines."""
    parts: list[str] = []
    lb = "\n" if el.tag == "table" else _LB
    # (a list's item's heading stays a line of its item: a widget list's box is one block)
    apart = el.tag in _HEADINGS_APART_IN

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        start = len(parts)
        if tag == "lb":
            parts.append(lb)
        elif _definition(node):  # a <dd> after its <dt>: "Joined: Jun 14, 2019", as a text file writes it
            parts.append(" " if _last_text(parts).endswith((":", "：")) else ": ")
        elif tag in _LINE_ELEMENTS and parts and not _opens_cell(node):
            # a block element starts a line of its own: a card's headline and its source line
            # ("<item><head>... this year</head><p>Markets · 2 hours ago</p>") were glued into
            # "this yearMarkets", a quote's two paragraphs into one word at the seam (trial 13)
            parts.append("\n")
        if tag == "head" and apart:  # a heading inside a paragraph is a paragraph of its own
            parts.append(_HEADING_APART)
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                # the text after a heading or a block set inside the element goes on a line of
                # its own ("<head>Na szczycie</head>Na wierzchołku ..." was "Na szczycieNa")
                if child.tail.strip() and child.tag in _LINE_ELEMENTS and not _opens_cell(child):
                    parts.append(_HEADING_APART if child.tag == "head" and apart else "\n")
                parts.append(child.tail)
        if tag in _CELL_ELEMENTS and "".join(parts[start:]).strip():
            # cells apart: "Priya Natarajan | Green | 15,870", not one name "Priya Natarajan Green"
            # for the tagger (trial 9); the bar after the row's last cell is cut by `_clean`; an
            # empty cell sets no bar ("1. | | DJK Ellwangen" had been a results table's row)
            parts.append(TABLE_CELL_SEPARATOR)

    walk(el)
    pieces = "".join(parts).split(_LB)
    paragraphs, lines = [], [pieces[0]]
    for piece in pieces[1:]:  # a piece of white space alone lies between two <lb/>: a paragraph break
        if lines[-1].strip() or len(lines) == 1:
            lines.append(piece)
            continue
        paragraphs.append("\n".join(lines))
        lines = [piece]
    paragraphs.append("\n".join(lines))
    return "\n\n".join(c for c in (_clean(p) for p in paragraphs) if c)


# The mark set before each item of a list with an item opening in lower case, as a text file
# writes a list: a line that opens in lower case goes on with the sentence of the line before
# for the index (`analysis.line_breaks`), and "Fuel duty rises" / "petrol up two cents" /
# "diesel up three cents" (a nested list's items) were one phrase to search (trial 16).
ITEM_MARK = "• "


def _lower_case_list(node: Any) -> bool:
    """Whether `node` (trafilatura's <list>) has an item whose text opens with a lower-case letter,
    and its items are lines after another line: two items or more, or a list inside an item."""
    items = [item for item in node if item.tag == "item"]
    parent = node.getparent()
    if len(items) < 2 and (parent is None or parent.tag != "item"):
        return False
    return any(next((c for t in item.itertext() for c in t if not c.isspace()), "").islower() for item in items)


def lower_case_items(body: Any) -> frozenset[str]:
    """The first lines (as `_element_text` gives them) of the items of each `_lower_case_list` in
    trafilatura's <body> (None gives none): the lines `with_item_marks` marks."""
    if body is None:
        return frozenset()
    found: set[str] = set()
    for node in body.iter("list"):
        if _lower_case_list(node):
            found.update(_element_text(item).split("\n", 1)[0] for item in node if item.tag == "item")
    return frozenset(found - {""})


def with_item_marks(blocks: list[tuple[str, str]], items: frozenset[str]) -> list[tuple[str, str]]:
    """`blocks` with ITEM_MARK before each line, after a block's first, that is one of `items`
    (`lower_case_items`), and then before its first line too when that is one: a list's items
    set apart for a phrase search whatever their case. Done last, so that no pass that finds the
    extractor's text in the page's has a mark to step over."""
    if not items:
        return blocks
    out = []
    for kind, text in blocks:
        lines = text.split("\n")
        if len(lines) > 1 and any(line in items for line in lines[1:]):
            text = "\n".join(ITEM_MARK + line if line in items else line for line in lines)
        out.append((kind, text))
    return out


def _last_text(parts: list[str]) -> str:
    """The last of `parts` that is not white space, stripped ("" if none): what the text built
    so far ends with, without joining it (a page of 45,000 definitions joined its text at each)."""
    for part in reversed(parts):
        if part.strip():
            return part.rstrip()
    return ""


def _definition(node: Any) -> bool:
    """Whether `node` is a definition list's <dd> (trafilatura: <item rend="dd-1">) right after
    its term (<item rend="dt-1">): the two are one line of text, "TERM: DEFINITION". On their own
    lines, a forum member's "Joined" / "Jun 14, 2019" read as a label and a date line, never as
    the profile field they are (trial 7)."""
    before = node.getprevious()
    return (
        node.tag == "item"
        and (node.get("rend") or "").startswith("dd")
        and before is not None
        and (before.get("rend") or "").startswith("dt")
        and bool((before.text or "").strip() or len(before))
    )


# trafilatura's block elements: a <div> holding any of them is a container (its fallback
# extractors keep the page's nesting), walked into rather than read as one paragraph.
_BLOCK_ELEMENTS = frozenset({"p", "head", "list", "div", "quote", "table", "code"})


def _walk_body(body: Any, title: str) -> list[tuple[str, str]]:
    """trafilatura's <body> as (kind hint, text) blocks, in order: its children, and the
    children of a <div> that holds block elements (`_BLOCK_ELEMENTS`: a fallback extractor's
    nesting, whose paragraphs, captions and teasers would otherwise be read as one block)."""
    blocks: list[tuple[str, str]] = []
    if body is not None:
        _walk_container(body, " ".join(title.split()).casefold(), blocks)
    return blocks


def _walk_container(container: Any, norm_title: str, blocks: list[tuple[str, str]]) -> None:
    """Append `container`'s text and children to `blocks` (`_walk_body`)."""
    if container.text and container.text.strip():
        blocks.append(("", _clean(container.text)))
    for el in container:
        tag = el.tag if isinstance(el.tag, str) else ""
        # No <graphic> comes here: with include_images=False trafilatura strips every <img>.
        if tag == "head":
            text = _element_text(el)
            if text:
                is_title = bool(norm_title) and " ".join(text.split()).casefold() == norm_title
                blocks.append((TITLE if is_title else HEADING, text))
        elif tag == "div" and any(child.tag in _BLOCK_ELEMENTS for child in el):
            _walk_container(el, norm_title, blocks)
        elif tag == "table" and is_layout_table(el):
            for cell in el.iter("cell"):
                if cell.getparent() is not None and cell.getparent().getparent() is el:  # (its own rows' cells)
                    _walk_cell(cell, norm_title, blocks)
        else:  # p, list, quote, table, code, div...: the segmenter decides body or chrome
            # trafilatura sometimes keeps several paragraphs in one element, and a heading among them
            heads = {" ".join("".join(h.itertext()).split()) for h in el.iter("head")} if tag != "table" else set()
            blocks.extend(
                (HEADING if " ".join(part.split()) in heads else "", part)
                for part in _bounded(_element_text(el).split("\n\n"))
            )
        if el.tail and el.tail.strip():
            blocks.append(("", _clean(el.tail)))


# An old table layout as the extractor hands it on: the page is a <table> whose cells are its
# columns (a menu, the article, notices), and the article's cell holds its paragraphs. Read as
# a table, each cell was one block of lines: the article one paragraph of 2,000 characters,
# glued to the breadcrumb over it, and the menu's and notices' cells around it (trial 30's
# Russian district paper of 2008). A cell holding LAYOUT_CELL_MIN_PARAGRAPHS paragraphs of
# prose of its own (each a sentence, `is_sentence`, of LAYOUT_PARAGRAPH_MIN_WORDS+ words) makes
# the table a layout: its cells are read one by one, each a container of blocks. A data table's
# cells hold a figure or a line, a wiki's schedule table a day's name over a nested table.
LAYOUT_CELL_MIN_PARAGRAPHS = 2
LAYOUT_PARAGRAPH_MIN_WORDS = 25


def _prose_paragraph(el: Any) -> bool:
    """Whether trafilatura's `el` is a <p> of prose (LAYOUT_PARAGRAPH_MIN_WORDS+ words, a sentence)."""
    if el.tag != "p":
        return False
    text = " ".join(_element_text(el).split())
    return count_words(text) >= LAYOUT_PARAGRAPH_MIN_WORDS and is_sentence(text)


def _article_cell(cell: Any) -> bool:
    """Whether trafilatura's <cell> `cell` holds LAYOUT_CELL_MIN_PARAGRAPHS+ `_prose_paragraph`
    children: a layout table's article column."""
    return cell.tag == "cell" and sum(_prose_paragraph(c) for c in cell) >= LAYOUT_CELL_MIN_PARAGRAPHS


def is_layout_table(table: Any) -> bool:
    """Whether trafilatura's <table> `table` lays out a page (a cell of its own rows is an
    `_article_cell`) rather than holding data."""
    return any(_article_cell(cell) for row in table if row.tag == "row" for cell in row)


def _walk_cell(cell: Any, norm_title: str, blocks: list[tuple[str, str]]) -> None:
    """A layout table's cell as blocks (`is_layout_table`): the article's cell as a container
    (`_walk_container`: each paragraph its own block), any other as one block of its lines
    (`_element_text`), as a table's cell is read (a menu column's items, a notice box)."""
    if _article_cell(cell):
        _walk_container(cell, norm_title, blocks)
    else:
        blocks.extend(("", part) for part in _bounded(_element_text(cell).split("\n\n")))


# The longest block handed on (characters). An extractor's block this long is many paragraphs:
# trafilatura's last-resort extraction joins a page's paragraphs with line breaks into one
# element (trial 7: 45,000 <p> of a 3 MB page in fast mode became one 2.8-million-character
# paragraph). The longest on the tuning pages is 42,000 (a course plan's list of 86 items), which
# stays whole, as a text file's list does.
MAX_BLOCK_CHARS = 50_000


def _bounded(parts: list[str]) -> list[str]:
    """`parts` (texts, "" left out) with each text over MAX_BLOCK_CHARS split into its lines,
    and a line still over it into pieces of at most MAX_BLOCK_CHARS ending at a sentence end
    or a space where there is one (`_pieces`)."""
    out: list[str] = []
    for part in parts:
        part = part.strip()
        if len(part) <= MAX_BLOCK_CHARS:
            out.extend([part] if part else [])
            continue
        for line in part.split("\n"):
            out.extend(_pieces(line.strip()))
    return out


def _pieces(text: str) -> list[str]:
    """`text` cut into pieces of at most MAX_BLOCK_CHARS characters, each ending after the last
    sentence mark followed by a space in its second half, else at its last space, else where
    the limit falls ("" gives [])."""
    out: list[str] = []
    while len(text) > MAX_BLOCK_CHARS:
        window = text[: MAX_BLOCK_CHARS + 1]
        half = MAX_BLOCK_CHARS // 2
        ends = [window.rfind(m, half) + 1 for m in (". ", "! ", "? ")]
        cut = max(ends + [window.rfind(m, half, MAX_BLOCK_CHARS) + 1 for m in "。！？"])
        if cut <= 0:
            cut = window.rfind(" ", half)
        cut = cut if cut > 0 else MAX_BLOCK_CHARS
        out.append(text[:cut].strip())
        text = text[cut:].strip()
    return out + ([text] if text else [])


def _read(data: bytes | str, path: str, encoding: str = "") -> tuple[str, int, str]:
    """(HTML text, size in bytes once unpacked, how it was decoded: "" for text given as str)."""
    if isinstance(data, str):
        return data, len(data), ""
    raw = decompress(data, path)
    html, encoding = decode(raw, encoding)
    return html, len(raw), encoding


# trafilatura's precision-oriented mode, off: on the tuning pages it drops chrome but more
# article text (wild F1 0.960 -> 0.952, false positives 46 -> 39, misses 43 -> 65; dev 0.976 ->
# 0.978), also when asked only of pages where it keeps most of the default's prose. A switch
# for that A/B (`python -m eval.html_blocks --precision`), like ADD_GAPS.
FAVOR_PRECISION = False


# Markup that is never the article's text, pruned before extraction (trafilatura's own
# `prune_xpath`, which keeps the text after each element):
# - a <template>'s content, inert markup that browsers never render (a client-side list's item
#   pattern: "{{^topArticle}} Für dieses Rezept gibt es noch keine ..."), which lxml parses as
#   ordinary children and trafilatura kept as text;
# - a footnote or reference marker: a <sup> linking into the page ("#fn1", "#cite_note-2"), or
#   classed as one (MediaWiki's "reference", Markdown renderers' "footnote-ref"), or figures or
#   "[2]" alone right after a word's sentence mark. The marker was glued to the word before it
#   ("water.1 For", "reference[2] in": one token, so a search for "water" missed the
#   paragraph). An exponent ("km<sup>2</sup>", "10<sup>6</sup>") follows no sentence mark;
# - MediaWiki's "[edit]" links in section headings, its editors' inline notes and tagline ("How it works[edit]" was every following
#   paragraph's section) and the "↩" links back from a footnote to its marker.
_SENTENCE_MARKS = '.,;:!?)"”’'
_REVIEW_BOX = " or ".join(
    [
        f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
        for name in ("review", "review-item", "product-review", "customer-review", "reviews-item", "bewertung", "avis")
    ]
    # a shop theme's own prefix before a review's item ("product-detail-review-item" (Shopware),
    # "jdgm-rev-widget__review-item", "review_item", "reviewItem"; trial 18: a Shopware shop's two
    # reviews, their stars and "Verifizierter Kauf" lines, were body)
    + [f"contains(translate(@class, 'RI', 'ri'), '{part}')" for part in ("review-item", "review_item", "reviewitem")]
    # a widget's own prefix before "review" ("spr-review": Shopify Product Reviews; VTEX's
    # "...-3-x-review") or Judge.me's short "jdgm-rev": a class token ending so (trial 20)
    + [f"contains(concat(normalize-space(@class), ' '), '{end} ')" for end in ("-review", "_review", "-rev")]
)
# a review's rating: its stars as characters, or a rating element as the widgets mark it up (the
# stars are icons or CSS: WooCommerce's "star-rating", Judge.me's "jdgm-rev__rating", Shopware's
# "product-detail-review-item-points", Trustpilot's "star-rating", Yotpo's "yotpo-review-stars",
# Magento's "rating-summary", schema.org's itemprop "reviewRating") with the review's day beside
# it (a <time>, or an element named for its date or time: a customer's review is dated, a
# magazine's own writers' verdicts boxed under its article, each with its score, are not; a
# travel site's "Kanae's Review 8/10" on the wild tuning pages). Trials 21 and 22: three shops'
# reviews with no star character were body, their first review's day the page's date and its
# writer the byline.
_STARRED = (
    "contains(., '★') or contains(., '☆') or (.//*[contains(translate(@class, 'RSP', 'rsp'), 'rating')"
    " or contains(translate(@class, 'RSP', 'rsp'), 'star') or contains(translate(@class, 'RSP', 'rsp'), 'points')"
    " or @itemprop = 'reviewRating' or @itemprop = 'ratingValue']"
    " and .//*[self::time or contains(translate(@class, 'DT', 'dt'), 'date')"
    " or contains(translate(@class, 'DT', 'dt'), 'time') or @itemprop = 'datePublished'])"
    # ...or, with the stars only in the widget's summary, its reviewer's name and its day, each an
    # element classed so ("jdgm-rev__author" / "jdgm-rev__timestamp": trial 23's Judge.me reviews,
    # their first reviewer the byline and their day the page's date)
    " or (.//*[contains(translate(@class, 'AUTHOR', 'author'), 'author')]"
    " and .//*[self::time or contains(translate(@class, 'DT', 'dt'), 'date')"
    " or contains(translate(@class, 'TS', 'ts'), 'timestamp')])"
)
# a shop's customer reviews: two or more sibling boxes named a review, each with its stars
# (pruned: PRUNE_XPATHS; their texts kept for `_drop_reviewer_meta`)
_CUSTOMER_REVIEWS = (
    f"//*[{_REVIEW_BOX}][{_STARRED}][preceding-sibling::*[{_REVIEW_BOX}][{_STARRED}]"
    f" or following-sibling::*[{_REVIEW_BOX}][{_STARRED}]]"
)
_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
# A forum post's signature box by its name, in any case: a class or id holding "signature"
# (phpBB's and SMF's "signature", XenForo's "message-signature", vBulletin's "signaturecontainer",
# WoltLab's "messageSignature", Forumotion's "signature_div", SMF's id "msg_123_signature"),
# "postsig" or a class token "sig", phpBB's id "sig123", Invision's data-role "memberSignature".
_SIGNATURE_BOX = (
    f"contains({_LOWER.format('@class')}, 'signature') or contains({_LOWER.format('@id')}, 'signature')"
    " or contains(@class, 'postsig') or contains(concat(' ', normalize-space(@class), ' '), ' sig ')"
    " or (starts-with(@id, 'sig') and translate(substring(@id, 4), '0123456789', '') = '' and string-length(@id) > 3)"
    " or @data-role = 'memberSignature'"
)
# A forum post's box: a class token opening "post" or "message" (any case: WoltLab's "wbbPost
# message", Invision's "cPost" aside), or an id opening "post" or "msg" (vBulletin's
# "td_post_123" and "post123", SMF's "msg123").
_POST_BOX = (
    f"contains(concat(' ', normalize-space({_LOWER.format('@class')})), ' post')"
    f" or contains(concat(' ', normalize-space({_LOWER.format('@class')})), ' message')"
    " or contains(@class, 'cPost') or starts-with(@id, 'post') or starts-with(@id, 'td_post') or starts-with(@id, 'msg')"
)
# A custom element (a web component: a name with a hyphen) named for a menu, one of its
# hyphen-split parts "nav", "navigation", "navbar", "menu" or "megamenu" ("pp-navigation-desktop-
# item", "mobile-menu-item", "mega-menu", "phoenix-sticky-nav"), or given the role of one. The
# extractor drops a <div> or <section> classed or roled so, but not an element of a name it does
# not know, and its links may be custom elements too ("<pp-link href=...>"), so no link density
# gives them away: a German ministry's 485-item mega-menu was the body of its press release.
_NAME_PARTS = "concat('-', local-name(), '-')"
NAV_ELEMENT = (
    "//*[contains(local-name(), '-')]["
    + " or ".join(
        f"contains({_NAME_PARTS}, '-{part}-')" for part in ("nav", "navigation", "navbar", "menu", "megamenu")
    )
    + " or @role = 'navigation' or @role = 'menu' or @role = 'menubar']"
)
_CLASS_TOKENS = "concat(' ', translate(normalize-space(@class), 'ASIDE_', 'aside-'), ' ')"
ASIDE_COLUMN = (
    "//*[self::div or self::section]"
    f"[contains({_CLASS_TOKENS}, ' aside ') or contains({_CLASS_TOKENS}, '-aside ')]"
    "[not(.//h1 or .//article)]"
)
PRUNE_XPATHS = (
    "//template",
    "//sup[a[starts-with(@href, '#')] and string-length(normalize-space(.)) <= 6]",
    "//sup[contains(concat(' ', normalize-space(@class), ' '), ' reference ') or contains(@class, 'footnote')"
    " or contains(@class, 'noteref')]",
    "//sup[translate(normalize-space(.), '0123456789[]', '') = '' and normalize-space(.) != ''"
    " and string-length(preceding-sibling::node()[1]) > 0"
    f" and contains('{_SENTENCE_MARKS}', substring(preceding-sibling::node()[1],"
    " string-length(preceding-sibling::node()[1])))]",
    "//span[contains(@class, 'mw-editsection')]",
    # MediaWiki's inline editors' notes ("[citation needed]", "[clarification needed]": the
    # Template:Fix family, <sup class="noprint Inline-Template ...">) and its tagline under the
    # headline ("From Wikipedia, the free encyclopedia", <div id="siteSub">), kept as body (trial 13)
    "//sup[contains(concat(' ', normalize-space(@class), ' '), ' Inline-Template ')]",
    "//*[@id='siteSub']",
    # a photo's credit beside its image, outside a caption (`<li><img><p class="caption">...</p><p
    # class="credit">NAME</p></li>`): a gallery's credits were one body block "Tom Ayrton\nTom Ayrton..."
    "//*[self::p or self::div or self::span or self::small][contains(@class, 'credit')][not(.//img or .//picture)]"
    "[preceding-sibling::*[position() <= 2][self::img or self::picture or .//img or .//picture"
    " or contains(@class, 'caption')] or following-sibling::*[1][self::img or self::picture or .//img or .//picture]]",
    # MediaWiki's hatnote over an article ("This article is about ... For ..., see ...") and its
    # infobox (a table of facts): neither is the article's text (trial 8: the lead, and a body block)
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' hatnote ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' dablink ')]",
    "//table[contains(concat(' ', normalize-space(@class), ' '), ' infobox ')]",
    # HubSpot's call-to-action embed in a post ("<span class='hs-cta-wrapper'>": its button's
    # image and, as a fallback, its text "Book a free kitchen energy check ..."): an advert for
    # the company's service, set between the paragraphs (trial 61's HubSpot blog kept its text)
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' hs-cta-wrapper ')]",
    "//a[normalize-space(.) = '↩' or normalize-space(.) = '↩︎' or contains(@class, 'footnote-back')"
    " or contains(@class, 'reversefootnote')]",
    # a forum post's signature, inside a post's box: the poster's quote, bikes, links, printed
    # under every post (trial 15: kept twice as text). A news page's "signature" is its byline,
    # in no post's box. See `_SIGNATURE_BOX` and `_POST_BOX`.
    f"//*[{_SIGNATURE_BOX}][ancestor::*[{_POST_BOX}]]",
    # vBulletin 3's signature: a box of its own under the post's message, opening with its row
    # of underscores over its lines ("__________________<br>sig"), no class; a rule alone in its
    # box (an article's separator) is none
    f"//*[self::div or self::span or self::p][starts-with(normalize-space(.), '__________')][br]"
    f"[ancestor::*[{_POST_BOX}]]",
    # a shop's customer reviews: two or more sibling boxes named a review, each with its stars
    # (trial 15: reviews, their authors' lines, "War diese Bewertung hilfreich?" polls and
    # "Pluspunten" were body); a news page's one review box with its stars is left alone
    _CUSTOMER_REVIEWS,
    # a page's side column named so alone (old Reddit and its clones' "side": the community's
    # description, rules, moderators and ads, before the thread in the page's order; trial 18: the
    # extractor took the side box for the article and left the post out)
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' side ')]",
    # a shop's list of its selling points ("usp", "usps", "usp-product": "30 dagen bedenktijd /
    # Achteraf betalen met Klarna", trial 15: body), a class token opening "usp"
    "//*[self::ul or self::ol or self::div][contains(concat(' ', normalize-space(@class)), ' usp')]",
    # a site's menu built of custom elements (web components), named for it: NAV_ELEMENT
    NAV_ELEMENT,
    # a layout's side column, named so by a class whose last part is "aside" ("aside",
    # "grid-layout__aside", "col-aside", "component-aside"): what <aside> is, written as a <div>,
    # which the extractor drops by "sidebar" only (trial 53: an inn's page kept its side column's
    # gift-card pitch and guest reviews). Not a box of the article's own ("article-aside-bottom",
    # "aside-active": no last part "aside"), nor one holding the headline or an <article>.
    ASIDE_COLUMN,
)


def _bare_extraction(html: str, large: bool, recall: bool = False) -> Any:
    """trafilatura's result for a page (its `Document`, None when it found no text) with the
    settings the indexer uses (`recall`: its recall-oriented mode, `favor_recall`); exceptions
    from the extractor propagate."""
    import trafilatura  # lazy: slow import, only HTML input needs it

    return trafilatura.bare_extraction(
        html,
        url=None,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article
        # trafilatura's default: with images on, it keeps every <figure>, <picture> and image
        # whole, so figure captions, photo credits, image alt texts and teaser cards built
        # around a picture came through as captions, body and headings. On the extraction-wild
        # tuning pages that was the largest kind of chrome we kept that trafilatura alone drops
        # (14 strings on 10 pages, no article string; dev tuning 0.973 -> 0.975).
        include_images=False,
        include_tables=True,
        prune_xpath=list(PRUNE_XPATHS),
        favor_precision=FAVOR_PRECISION and not recall,
        favor_recall=recall,
        fast=large,  # skip the slow fallback extractors on huge pages
        # only dates the page states in its metadata or markup; no guessing from free text
        # (a footer's "© 2024" would otherwise become a publication date of 2024-01-01)
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _last_prose(blocks: list[tuple[str, str]]) -> str:
    """The text of the extractor's last body block of LAST_PROSE_WORDS words or more (`blocks`:
    (hint, text) pairs), "" if none: where a paywall's words are looked for after it
    (`pagekind.where_it_stops`). A "Log in" link in the paywall's box is no paragraph of the
    article, and taken for the last one it left the words above it out of the window (trial)."""
    return next(
        (t for hint, t in reversed(blocks) if split_hint(hint)[0] in ("", BODY) and count_words(t) >= LAST_PROSE_WORDS),
        "",
    )


def _page_meta(doc: Any, tree: Any) -> dict[str, str]:
    """The metadata of a page from trafilatura's result `doc` and the page's lxml `tree` (None
    when lxml could not parse it): its title (the page's <h1> when it words the metadata's
    otherwise, `_visible_headline`, then "title_from": "h1"; the post's heading when the
    metadata's title is the site's name, `_post_title_after_site_name`, "title_from": "heading"), author, date (YYYY-MM-DD, read in
    the page's language), <title>, and where the page says them, its language, byline and
    address."""
    meta = {
        "title": _one_line(doc, "title"),
        "author": _one_line(doc, "author"),
        "date": (getattr(doc, "date", None) or "")[:10],
        # the page's own <title>, for segment to check the extractor's title against
        "page_title": _page_title(tree),
    }
    address = pageurl.page_address(tree) if tree is not None else ""
    if corroborated := _title_the_tab_shows(tree, meta["title"], meta["page_title"], address):
        meta["title"], meta["title_from"] = corroborated, "h1"  # not a section's name, a slug or the site's
    elif (shown := _visible_headline(tree, meta["title"])) != meta["title"]:
        meta["title"], meta["title_from"] = shown, "h1"  # the headline as the page shows it, whole
    elif post := _post_title_after_site_name(tree, meta["title"], meta["page_title"]):
        meta["title"], meta["title_from"] = post, "heading"  # the post's title under the site's name
    elif _h1_is(tree, meta["title"]):
        meta["title_from"] = "h1"  # shown whole: its dash is the headline's ("Pitch opened – and more")
    elif marked := _marked_headline(tree, meta["title"]):
        meta["title"], meta["title_from"] = marked, "heading"  # the post's title by its markup's name
    elif shown := _headline_without_h1(tree, meta["title"], meta["page_title"]):
        meta["title"], meta["title_from"] = shown, "heading"  # an old table layout's bold line
    meta["title"] = _without_h1_label(tree, meta["title"], meta["page_title"])
    if not meta["date"] and (posted := date_posted(tree)):
        meta["date"] = posted  # a job ad's JSON-LD "datePosted", which the extractor does not read
    if lang := _page_lang(tree):  # as the page declares it (<html lang="en-US">): a slash date's order
        meta["lang"] = lang
        meta["date"] = date_in_language(tree, meta["date"], lang)
    if meta["date"] and comments_date(tree, meta["date"]):
        meta["date"] = ""  # a reader's comment's date: the page states none of its own
    if meta["date"] and event_day_only(tree, meta["date"]):
        # the day of the event the page announces, no publication date (nor is a date line of the
        # page's text that says it: `segment.metadata` is told)
        meta["event_day"], meta["date"] = meta["date"], ""
    if meta["date"] and not date_in_markup(tree, meta["date"]):
        meta["date_from"] = "text"  # htmldate's oldest date, read from an element's words only
    if byline := byline_lines(tree):  # the extractor leaves the byline out, with the dateline in it
        meta["byline"] = byline
    if tree is not None:  # the address the page gives itself, from this tree (no second parse)
        # an archive.today capture's saved address over the archive's own (its canonical link)
        meta["url"] = pageurl.archived_address(tree) or address
    return meta


def extract(data: bytes | str, path: str, encoding: str = "") -> ExtractedPage:
    """Extract the article from an HTML page (bytes, possibly gzipped, or already-decoded text);
    `encoding`: the codec of a page that is neither UTF-8 nor declares its charset, instead of
    a guess (`--encoding`).

    Returns an ExtractedPage (text, [(kind hint, text), ...], {"title", "author", "date"}, warnings).
    A page without an article gives empty text and blocks plus a warning, never an exception;
    only unreadable input (a truncated .gz) raises SourceError.
    """
    warnings: list[str] = []
    html, size, encoding = _read(data, path, encoding)
    html, escapes = ESCAPE_RE.subn("", html)  # as a text file's (sources.read_document), before parsing
    html, stamps = with_entry_times(html)
    if escapes:
        warnings.append(f"{path}: {escapes} terminal escape sequence{'s' if escapes > 1 else ''} removed")
    large = size > LARGE_PAGE_BYTES
    if large:
        warnings.append(
            f"{path}: very large page ({size / 1e6:.1f} MB); extracted in fast mode, which may miss some text"
        )
    meta = {"title": "", "author": "", "date": ""}
    if not html.strip():
        warnings.append(f"{path}: empty HTML page, no article text found")
        return ExtractedPage("", [], meta, warnings)

    try:
        doc = _bare_extraction(html, large)
    except Exception as exc:  # a broken page must not end a whole build
        warnings.append(f"{path}: HTML extraction failed ({type(exc).__name__}: {exc}); page skipped")
        return ExtractedPage("", [], meta, warnings)
    tree = _parse(html)
    links = _link_texts(tree)
    doc, blocks = _better_candidate(html, links, large, doc)
    if doc is None:
        return _bare_page(path, encoding, html, tree, data, meta, warnings)

    meta = _page_meta(doc, tree)
    _drop_reviewer_meta(meta, tree)
    seen = _author_and_head(meta, tree)  # then a paywall's or a shop's own words, as said, before extraction
    meta.update((k, v) for k, v in pagekind.html_signals(html, seen, _last_prose(blocks)).items() if v)
    if not has_article_text(blocks, _verse_lines(getattr(doc, "body", None))):
        # links, a menu or a bare title: nothing that reads as an article
        return _bare_page(path, encoding, html, tree, data, meta, warnings)
    blocks = split_at_entry_times(split_article_bodies(blocks, tree), stamps)
    blocks = _put_back_and_mark(blocks, html, tree, meta, links, large)
    blocks = with_item_marks(blocks, lower_case_items(getattr(doc, "body", None)))
    text = "\n\n".join(t for _, t in blocks)
    warnings.extend(_warnings(path, encoding, tree, blocks))
    return ExtractedPage(text, blocks, meta, warnings)


# A <time> element that holds a time of day alone ("09:15", "9:41am", "10:47 BST", "22h15") with
# text right after it in the same element: a live post's stamp opening the post's text.
_ENTRY_TIME_TAG = re.compile(
    r"<time\b[^<>]*>\s*(\d{1,2}(?:[:.h]\d\d)?(?:\s?[ap]\.?m\.?|\s?uhr|h)?(?:\s(?:gmt|bst|utc|cet|cest|et|pt|ist|msk))?)"
    r"\s*</time>(?=\s*[^\s<])",
    re.I,
)
_CLOCK_FIGURES = re.compile(r"\d[:.h]\d\d|\d\s?[ap]\.?m", re.I)  # a time of day, not an hour's figure alone
# A sentence's end, then closing inline tags, at the end of the page's text before a <time>
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”»)]*(?:\s*</(?:span|em|strong|b|i|a|q|p)>)*\s*$", re.I)


def with_entry_times(html: str) -> tuple[str, frozenset[str]]:
    """`html` with each live post's time stamp (`_ENTRY_TIME_TAG`: a <time> holding a time of day
    alone, the post's text after it) given as text after an empty <time> (its attributes kept for
    the page's date), and the stamps among them that follow a sentence's end (`_ENDS_SENTENCE`):
    they open a new post in the same element, where `split_at_entry_times` parts the paragraph.
    trafilatura drops every <time> with its text, so a post's stamp vanished and two posts in one
    element were one paragraph (trial 16: "<time>09:15</time> Winds ... <time>09:32</time> The
    coastguard ..."). A page break (<br>) put there made trafilatura move the posts over the title."""
    if "<time" not in html and "<TIME" not in html:
        return html, frozenset()
    out: list[str] = []
    opening: set[str] = set()
    at = 0
    for m in _ENTRY_TIME_TAG.finditer(html):
        if not _CLOCK_FIGURES.search(m.group(1)):
            continue
        if _ENDS_SENTENCE.search(html, max(at, m.start() - 200), m.start()):
            opening.add(m.group(1))
        tag = html[m.start() : html.index(">", m.start()) + 1]
        out.extend((html[at : m.start()], f"{tag}</time>{m.group(1)}"))
        at = m.end()
    return "".join(out) + html[at:], frozenset(opening)


def split_at_entry_times(blocks: list[tuple[str, str]], stamps: frozenset[str]) -> list[tuple[str, str]]:
    """`blocks` with each text block (no hint, or BODY) cut before each of `stamps` (live posts'
    time stamps that open a post after another post's sentence, `with_entry_times`) that follows a
    sentence's end in it: a post each, as "<p>10:05 ...</p>" posts are."""
    if not stamps:
        return blocks
    cut = re.compile(
        r"(?<=[.!?…\"'”»)])[^\S\n]+(?=(?:" + "|".join(re.escape(t) for t in sorted(stamps)) + r")(?:\s|$))"
    )
    out: list[tuple[str, str]] = []
    for hint, text in blocks:
        parts = cut.split(text) if split_hint(hint)[0] in ("", BODY) else [text]
        out.extend((hint, part) for part in parts if part.strip())
    return out


# A bare page cut off: a few blocks of text and no link, no form and no heading of a site, and
# no end tag (a truncated save, "<html><body><p>unterminated <b>tag"): its visible text is what
# it says, which the extractor, finding no article, would drop (trial 11: the text was lost and
# an empty article added to the index).
BARE_PAGE_MAX_BLOCKS = 12
BARE_PAGE_REASON = "page's visible text (a bare page: no article found, no links)"
_BARE_SKIP = frozenset({"title", "button", "label", "option", "select", "nav", "header", "footer", "form"})


_TAG = re.compile(r"<[a-zA-Z]")


def _has_link(html: str) -> bool:
    """Whether the page `html` has a link (<a href>), before `_parse` prunes its menus; True
    when lxml cannot parse it."""
    try:
        import lxml.html

        return bool(lxml.html.fromstring(html).xpath("boolean(//a[@href])"))
    except Exception:  # lxml raises several kinds on hopeless markup
        return True


def bare_page_blocks(tree: Any, html: str) -> list[tuple[str, str]]:
    """The visible text of a bare page (`html`, parsed as `tree` by `_parse`; None gives []) as
    ("", text) blocks, as the extractor's: its text blocks (`htmllead.text_blocks`) when it has
    at most BARE_PAGE_MAX_BLOCKS of them besides its <title>, no link (in `html`: `_parse`
    prunes menus), and none set in a form's, a menu's or a site header's or footer's element
    (`_BARE_SKIP`); [] for any other page, which the extractor's judgement stands on (a menu,
    a page of links, a consent wall)."""
    if tree is None or _has_link(html):
        return []
    from .htmllead import text_blocks

    out: list[tuple[str, str]] = []
    for block in text_blocks(tree):
        chain = (block.owner, *block.owner.iterancestors())
        if any(isinstance(el.tag, str) and el.tag == "title" for el in chain):
            continue
        if block.link_chars or any(isinstance(el.tag, str) and el.tag in _BARE_SKIP for el in chain):
            return []
        if tree.find(".//title") is not None and block.text == _page_title(tree) and not out:
            continue  # the <title>'s text, which text_blocks reads as the page's first block
        out.append(("", block.text))
        if len(out) > BARE_PAGE_MAX_BLOCKS:
            return []
    return out


def _bare_page(
    path: str, how: str, html: str, tree: Any, data: bytes | str, meta: dict[str, str], warnings: list[str]
) -> ExtractedPage:
    """The page the extractor found no article in: a bare page's visible text
    (`bare_page_blocks`) with a warning that says so, when the page is cut off (no </body> nor
    </html>), has a tag and was read in its declared encoding or UTF-8 (`decode`'s `how`); else
    no text and the no-article warning (`no_article_warning`)."""
    # a page in markup, read in its own or UTF-8 encoding: a guessed or given codec's text may
    # be garbled (`no_article_warning` says so), and bytes with no tag are no page
    marked = _TAG.search(html) is not None and "(guessed" not in how and "(given" not in how
    # cut off: no end tag of the page (a whole page of a few labels is no article, as it says)
    low = html.lower()
    cut = "</html" not in low and "</body" not in low
    blocks = bare_page_blocks(tree, html) if marked and cut else []
    if not blocks:
        warnings.append(no_article_warning(path, how, tree, data))
        return ExtractedPage("", [], meta, warnings)
    meta = {**meta, "title": meta.get("title") or _page_title(tree)}
    warnings.append(
        f"{path}: no article found in this HTML page, which is cut off (no </html>); its visible text is indexed as it stands"
    )
    return ExtractedPage("\n\n".join(t for _, t in blocks), blocks, meta, warnings)


# A page's visible text is garbled past this much of charset_normalizer's "chaos" (its own
# limit for a plausible decoding): Chinese in GB18030 read as Latin-1 scores 2.1, the tuning
# pages 0.0-0.13.
GARBLED_CHAOS = 0.2
GARBLED_REPLACED_SHARE = 0.05  # or this share of its letters are U+FFFD
# Text outside these is what a reader of the page sees (its buttons and forms too).
_SEEN_TEXT = "//text()[not(ancestor::script or ancestor::style or ancestor::template)]"


def visible_text(tree: Any) -> str:
    """The text of the page `tree` (lxml, `_parse`; None gives "") outside scripts, styles and
    templates, comments left out, white space collapsed: what its reader sees. Linear in the
    page's size: a regex that skips a script up to its end tag scans to the page's end for each
    unclosed one, and 20,000 "<script>" in 200 KB took 54 s."""
    if tree is None:
        return ""
    return " ".join(" ".join(str(t) for t in tree.xpath(_SEEN_TEXT)).split())


def no_article_warning(path: str, how: str, tree: Any, data: bytes | str) -> str:
    """The warning for an HTML page with no article text, naming the encoding as the likely
    cause, and the remedy, when the page was decoded by a named or guessed codec (`decode`'s
    `how`) and its visible text (`tree`, `visible_text`) is garbled (GARBLED_CHAOS,
    GARBLED_REPLACED_SHARE): a page read with the wrong --encoding had its text turned to
    mojibake and its prose was no longer prose."""
    said = f"{path}: no article text found in this HTML page"
    if "(given" not in how and "(guessed" not in how:
        return f"{said} (not an article?)"
    from charset_normalizer.md import mess_ratio

    text = visible_text(tree)[:20_000]
    replaced = text.count("\ufffd")
    letters = sum(ch.isalpha() for ch in text) + replaced
    if not letters or (replaced < GARBLED_REPLACED_SHARE * letters and mess_ratio(text, 1.0) <= GARBLED_CHAOS):
        return f"{said} (not an article?)"
    enc = how.split()[0]
    if "(guessed" in how:
        return (
            f"{said}: its text decoded as {enc} (a guess) is garbled, the likely cause; "
            "give the page's encoding with --encoding NAME"
        )
    doubt = _given_parts(how)[2]
    if not doubt and isinstance(data, bytes):
        doubt = guess_encoding(decompress(data, path))
    better = f"--encoding {doubt}" if doubt and codecs.lookup(doubt) != codecs.lookup(enc) else "another --encoding"
    return (
        f"{said}: its text decoded as {enc} (--encoding) is garbled, the likely cause; "
        f"give this file its encoding with {better}, or leave out --encoding to have it guessed"
    )


def _put_back_and_mark(
    blocks: list[tuple[str, str]], html: str, tree: Any, meta: dict[str, str], links: frozenset[str] | None, large: bool
) -> list[tuple[str, str]]:
    """The extractor's `blocks` with the lead and the gaps it dropped put back, and the chrome
    it kept hinted: boxes named like chrome, author boxes, links to other pages, contact and
    about boxes, and what readability and jusText do not hold after the article (`tree`: the
    page `html` parsed, None when lxml could not; `meta`: the page's title and author; `large`:
    fast mode, no second opinions)."""
    title, page_blocks = meta["title"], None
    posts: list[Any] = []
    if tree is not None and (ADD_LEAD or ADD_GAPS):
        from .htmllead import text_blocks

        page_blocks = text_blocks(tree)  # the page's visible text, once for both
        if seams := inline_seams(tree):  # two inline elements' words glued: apart on both sides
            page_blocks = [pb._replace(text=_with_seams(pb.text, seams)) for pb in page_blocks]
            blocks = [(kind, _with_seams(text, seams)) for kind, text in blocks]
        blocks = with_page_spacing(blocks, page_blocks)
        if SPLIT_GLUED:
            blocks = split_glued(blocks, page_blocks)
        if RESPLIT_MERGED:  # (after split_glued: the blocks of the page's own blocks it tiles are left to it)
            blocks = resplit_merged(blocks, tree, title, frozenset(pb.text for pb in page_blocks))
        if ADD_LEAD:
            blocks = _with_lead(blocks, tree, title, page_blocks)
        if ADD_GAPS:
            blocks = _with_gaps(blocks, tree, page_blocks)
        if ADD_CONTINUATION:
            blocks = _with_continuation(blocks, tree, page_blocks)
        if PUT_BACK_POSTS:
            blocks, posts = with_posts(blocks, tree, page_blocks, meta)
        if MARK_CHROME_BOXES:
            blocks = _mark_chrome_boxes(blocks, page_blocks, meta["author"], posts, title)
        if MARK_AUTHOR_BOXES:
            blocks = _mark_author_boxes(blocks, page_blocks, meta["author"])
        if MARK_OTHER_ARTICLES:
            blocks = mark_other_articles(blocks, page_blocks)
    if links is not None:
        blocks = _split_above_headline(_mark_menu_cells(_mark_links(blocks, links), links, title), title)
    if tree is not None and MARK_LABELLED_LINKS:
        blocks = mark_labelled_links(blocks, own_site_links(tree, meta.get("url", "")))
    blocks = _without_media_stamps(blocks)
    blocks = _mark_about_box(_mark_contact_boxes(_mark_counters(_mark_date_lines(blocks))), meta["author"])
    blocks = _mark_named_boxes(_split_author_boxes(blocks), meta["author"])
    blocks = mark_furniture(blocks)
    if links is not None:
        blocks = mark_shop_buttons(blocks, links | _button_texts(tree))
    if AGREEMENT and not large and tree is not None and not posts:
        # (not on a page of posts: its replies come after its first post, and the others take
        # the first post for the article: trial 26's Q&A page lost its second answer so)
        blocks = _mark_unconfirmed(blocks, html, tree)
    if ADD_FIGURE_CAPTIONS:  # before the box headings: a gallery's captions are what its heading heads
        blocks = with_figure_captions(blocks, tree)
    if page_blocks is not None and MARK_BOX_HEADINGS:
        blocks = _mark_box_headings(blocks, page_blocks)
    if page_blocks is not None:  # last of the hints: the passes above compare a heading's hint to HEADING
        blocks = mark_over_subheadings(blocks, page_blocks)
    return blocks


# A date as pages print it: 17.01.2021, 2021-01-17, 1/17/2021, "26. Februar 2020", "March 3, 2022".
_DATE = r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4})"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?"
# When the page was changed, as a line of its own ("Aktualisiert am 17.01.2021.", "Stand des
# Artikels: 26. Februar 2020, 12:30 Uhr.", "Last updated on March 3, 2022"): page metadata.
_UPDATE_LINE = re.compile(
    r"^(?:zuletzt\s+|last\s+|dernière\s+|última\s+)?(?:aktualisiert|geändert|bearbeitet|updated?|modified|"
    r"mis à jour|mise à jour|actualizado|actualización|aggiornato|bijgewerkt|stand)\b[^.!?]{0,20}?"
    + _DATE
    + rf"(?:,?\s*(?:um\s+|at\s+)?{_TIME})?\s*\.?$",
    re.I,
)
# A date and a time of day, then at most a few words after a separator ("24. März 2004, 19:49 |
# Genesis"): a post's meta line.
_DATE_TIME_LINE = re.compile(rf"^{_DATE},?\s+{_TIME}\s*(?:[|·•–-]\s*[^.!?|]{{0,40}})?$", re.I)
# When and by whom it was posted, as a line of its own ("Posted 11. April 2018 by Walter von
# Aachen", "Veröffentlicht am 17. Dezember 2019 von NAME"): a blog's meta line.
_POSTED_LINE = re.compile(
    r"^(?:posted|published|veröffentlicht|erschienen|geschrieben|publié|publicado|pubblicato)\b[^.!?]{0,12}?"
    + _DATE
    + r"(?:\s*(?:by|von|par|por|da|di)\s+\S+(?:\s+\S+){0,3})?\s*$",
    re.I,
)
DATE_LINE_MAX_WORDS = 12
UPDATE_REASON = "date line (when the page was updated or posted)"


def _mark_date_lines(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`blocks` with each body block that is one line of at most DATE_LINE_MAX_WORDS words
    saying when the page was updated (`_UPDATE_LINE`) or posted (`_POSTED_LINE`), or giving a
    date and a time of day (`_DATE_TIME_LINE`), hinted BOILERPLATE: page metadata, wherever it sits (the segmenter's
    date line is the publication date only above or below the article's paragraphs). On the
    tuning pages of both corpora: 9 blocks on 8 wild pages, 2 chrome strings, no article string."""
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        line = " ".join(text.split())
        if (
            kind in ("", BODY)
            and "\n" not in text.strip()
            and count_words(line) <= DATE_LINE_MAX_WORDS
            and (_UPDATE_LINE.match(line) or _DATE_TIME_LINE.match(line) or _POSTED_LINE.match(line))
        ):
            kind = chrome_hint(UPDATE_REASON)
        out.append((kind, text))
    return out


# A gallery's or slideshow's counter as a line of its own ("1 of 4", "Bild 3 von 12", "2/10",
# "Photo 1 of 8"): where the reader is in the pictures, no text of the article (trial 8: "1 of 4"
# was a body paragraph).
# A section break set as a line of its own: "* * *", "***", "⁂", "◆", "~", "—" (magazines
# and blogs between a long article's parts; trial 11 kept "* * *" as text). A line of symbols
# and punctuation alone, no letter or figure, of at most ORNAMENT_MAX_CHARS characters; not
# underscores alone (the rule line of a wire story's updates, kept as text by the corpora's truth).
ORNAMENT_MAX_CHARS = 20
ORNAMENT_REASON = "section break (an ornament between the article's parts)"
# Where the article appeared in print, as a line of its own: "From the September 2026 issue",
# "This article appears in the print edition", "A version of this article appears in print on
# ...", "Erschienen in der Ausgabe 12/2024", "Cet article est paru dans le numéro 312",
# "Publicado en la edición impresa", "Questo articolo è apparso sul numero di marzo". Written by
# hand for the project's languages (trial 11: a magazine's line was kept as text).
_PRINT_LINE = re.compile(
    r"^(?:(?:from|in) (?:the|our) (?:[\w/-]+ ){0,3}(?:issue|edition|magazine)[.:]?$|"
    r"(?:this|a version of this) (?:article|story|piece|feature|interview) (?:\w+ ){0,2}(?:appears|appeared|was published|ran)"
    r" (?:\w+ ){0,3}(?:print|issue|edition|magazine)\b|"
    r"(?:appeared|published) in (?:the )?print edition|"
    r"(?:dieser (?:artikel|text|beitrag) (?:ist|erschien)|erschienen) (?:\w+ ){0,5}(?:ausgabe|heft|printausgabe)\b|"
    r"aus (?:der|dem) (?:\w+ ){0,2}(?:ausgabe|heft) |"
    r"(?:cet article (?:est paru|a été publié|a paru)|article paru|paru) dans (?:\w+ ){0,3}(?:numéro|édition|magazine)\b|"
    r"(?:este (?:artículo|reportaje) (?:se publicó|apareció|fue publicado)|publicado) en (?:\w+ ){0,3}(?:edición|número)\b|"
    r"(?:questo articolo è (?:apparso|stato pubblicato)|pubblicato) (?:su|sul|nel|nell'|in) ?(?:\w+ ){0,3}(?:numero|edizione)\b)",
    re.I,
)
PRINT_LINE_MAX_WORDS = 25
PRINT_LINE_REASON = "print edition line (where the article appeared in print)"
# The lines of archive.today's toolbar over a capture (archive.ph, .is, ...), as the extractor
# may keep them on a page of <div>s: "archive.today webpage capture", "Saved from URL", "All
# snapshots from host HOST", "history ← prior next →", "Webpage Screenshot", "share download .zip
# report bug or abuse", "Buy me a coffee" (the archive's donation link).
_ARCHIVE_TOOLBAR = re.compile(
    r"^(?:archive\.(?:today|ph|is|li|vn|md|fo)(?: webpage capture)?|webpage capture|saved from\s*(?:https?://\S+)?|"
    r"all snapshots from host \S+|history\s*(?:[←→]?\s*(?:prior|next)\s*[←→]?\s*)+|webpage(?: screenshot)?|screenshot|"
    r"share download \.zip(?: report bug or abuse)?|report bug or abuse|buy me a coffee)$",
    re.I,
)
ARCHIVE_TOOLBAR_REASON = "web archive's toolbar (archive.today)"


def mark_furniture(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`blocks` with a magazine's furniture hinted BOILERPLATE: a section break's ornament (a
    line of ORNAMENT_MAX_CHARS symbols at most, no letter or figure: ORNAMENT_REASON) and a
    line saying where the article appeared in print (`_PRINT_LINE`, PRINT_LINE_MAX_WORDS words
    at most: PRINT_LINE_REASON), and a block of archive.today's toolbar lines (`_ARCHIVE_TOOLBAR`:
    ARCHIVE_TOOLBAR_REASON). Titles and captions are left alone."""
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        line = " ".join(text.split())
        if (
            kind not in (TITLE, CAPTION)
            and line
            and len(line) <= ORNAMENT_MAX_CHARS
            and not any(c.isalnum() for c in line)
            and line.strip("_ ")  # an AP story's "___" between its updates, which extraction-dev's truth keeps
        ):
            kind = chrome_hint(ORNAMENT_REASON)
        elif kind not in (TITLE, CAPTION) and count_words(line) <= PRINT_LINE_MAX_WORDS and _PRINT_LINE.match(line):
            kind = chrome_hint(PRINT_LINE_REASON)
        elif kind not in (TITLE, CAPTION) and len(line) <= 200 and _toolbar_lines(text):
            kind = chrome_hint(ARCHIVE_TOOLBAR_REASON)
        out.append((kind, text))
    return out


def _toolbar_lines(text: str) -> bool:
    """Whether every line of `text` is a line of archive.today's toolbar (`_ARCHIVE_TOOLBAR`)."""
    lines = [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]
    return bool(lines) and all(_ARCHIVE_TOOLBAR.match(ln) for ln in lines)


# A shop's button, the whole text of a link or a button (`chromewords.SHOP_PRICE_AT`,
# `chromewords.SHOP_BUY_PHRASE`: reviews' and listicles' affiliate buttons; trial 11 kept them as
# text, or glued to the paragraph that held the link).
_SHOP_BUTTON = re.compile(rf"^(?:{chromewords.SHOP_PRICE_AT})$|^(?:{chromewords.SHOP_BUY_PHRASE})$", re.I)
SHOP_BUTTON_REASON = "shop button (a price or a buying link)"


def _button_texts(tree: Any) -> frozenset[str]:
    """The whole text of every <button> of the page (`tree`: `_parse`; None gives none), white
    space collapsed."""
    if tree is None:
        return frozenset()
    return frozenset(" ".join(b.text_content().split()) for b in tree.iter("button"))


def mark_shop_buttons(blocks: list[tuple[str, str]], controls: frozenset[str]) -> list[tuple[str, str]]:
    """`blocks` with a shop's button (`_SHOP_BUTTON`, the whole text of one of the page's links
    or buttons: `controls`) hinted BOILERPLATE (SHOP_BUTTON_REASON) when it is a block's whole
    text, and cut off the end of a paragraph that ends a sentence before it ("Price: from €69
    in a couchette. Check prices" -> "Price: from €69 in a couchette."). A button's words in
    prose, not a link's whole text, stay."""
    buttons = [c for c in controls if c and _SHOP_BUTTON.match(c)]
    if not buttons:
        return blocks
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        line = " ".join(text.split())
        if kind in (TITLE, CAPTION):
            out.append((kind, text))
            continue
        if line in buttons:
            out.append((chrome_hint(SHOP_BUTTON_REASON), text))
            continue
        for button in buttons:
            head = text.rstrip()[: -len(button)].rstrip() if line.endswith(" " + button) else ""
            if head and _SENTENCE_END.search(head) and " ".join(text.rstrip()[len(head) :].split()) == button:
                text = head
                break
        out.append((kind, text))
    return out


_COUNTER_LINE = re.compile(
    r"^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|afbeelding)\s+)?\d{1,3}\s*"
    r"(?:/|of|von|de|sur|di|van|av|af|z|из)\s*\d{1,3}$",
    re.I,
)
COUNTER_REASON = 'picture counter (a gallery\'s "1 of 4")'


# A media time stamp opening a transcript's turn: hours, minutes and seconds ("00:01:12",
# "1:02:45"), or minutes and seconds in brackets ("[03:15]", "(12:40)"); a clock time alone
# ("10:30", a live blog's) is no stamp.
_MEDIA_STAMP = re.compile(r"^(?:\d{1,2}:\d{2}:\d{2}|[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])])(?:\s+|$)")
SPEAKER_LABEL_MAX_WORDS = 4  # "Ines Calder:", "Dr. Tomas Reyes:"


def _without_media_stamps(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`blocks` with the media time stamp opening a body block (`_MEDIA_STAMP`) cut, and a
    speaker's label left alone on the first line ("Ines Calder:") joined to the turn under it,
    as a transcript in text writes it ("Ines Calder: Welcome ..."). A podcast page's turns came
    through as "00:00:05 Ines Calder:" over each turn's text (trial 13: the time stamps are no
    words of the transcript). A block of a stamp alone is left out."""
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        m = _MEDIA_STAMP.match(text) if kind in ("", BODY) else None
        if m is None:
            out.append((kind, text))
            continue
        rest = text[m.end() :].lstrip()
        first, _, after = rest.partition("\n")
        if after and first.endswith(":") and count_words(first) <= SPEAKER_LABEL_MAX_WORDS:
            rest = f"{first} {after.lstrip()}"
        if rest.strip():
            out.append((kind, rest))
    return out


def _mark_counters(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`blocks` with each body block that is a picture counter alone (`_COUNTER_LINE`) hinted
    BOILERPLATE."""
    return [
        (chrome_hint(COUNTER_REASON), t) if k in ("", BODY) and _COUNTER_LINE.match(" ".join(t.split())) else (k, t)
        for k, t in blocks
    ]


def _one_line(doc: Any, name: str) -> str:
    """A metadata field of a trafilatura result ("title", "author") as one clean line; "" when
    it has none; without soft hyphens, zero-width spaces and BOMs (`models.visible`: a title is
    shown and compared, and they end one the page pads)."""
    return _clean(visible(getattr(doc, name, None) or "")).replace("\n", " ")


# When an extraction holds less article prose than this (characters of running text in its
# body once our kinds set chrome aside, `segment.html_prose_chars`: a slogan, a consent form, a
# short notice), the extractor may have taken the wrong part of the page; its recall-oriented
# mode is tried and taken when it finds RECALL_GAIN times as much, and RECALL_MIN_PROSE at least.
RECALL_BELOW = 500
RECALL_GAIN = 3
RECALL_MIN_PROSE = 300


def _body_blocks(doc: Any) -> list[tuple[str, str]]:
    """`_walk_body` of a trafilatura result (None: no blocks), its title from the result."""
    return [] if doc is None else _walk_body(getattr(doc, "body", None), _one_line(doc, "title"))


def _article_prose(doc: Any, blocks: list[tuple[str, str]], links: frozenset[str] | None) -> int:
    """`segment.html_prose_chars` of one trafilatura result (0 for None) from its `blocks`
    (`_body_blocks`), those that are a link's whole text set aside (`_mark_links`; `links` is
    `_link_texts` of the page, None when it could not be parsed)."""
    from .segment import html_prose_chars

    if doc is None:
        return 0
    if links is not None:
        blocks = _mark_links(blocks, links)
    return html_prose_chars(blocks, {"title": _one_line(doc, "title")})


def _better_candidate(
    html: str, links: frozenset[str] | None, large: bool, doc: Any
) -> tuple[Any, list[tuple[str, str]]]:
    """(trafilatura's result for the page, its blocks: `_body_blocks`, walked once): `doc`, or
    its recall-oriented extraction (`favor_recall`) when `doc` holds under RECALL_BELOW
    characters of article prose (`_article_prose`) and the recall one RECALL_GAIN times as much
    and RECALL_MIN_PROSE at least: the extractor then took the wrong part of the page (an
    article in a container it discards, beside a site's slogan or a consent form). Not on
    large pages (time), nor when the second extraction fails. On the 440 tuning pages of both
    corpora the recall mode is asked on 25 and taken on 1 (wild: true positives +3, false
    positives +0; dev unchanged)."""
    blocks = _body_blocks(doc)
    if large:
        return doc, blocks
    prose = _article_prose(doc, blocks, links)
    if prose >= RECALL_BELOW:
        return doc, blocks
    try:
        alt = _bare_extraction(html, large, recall=True)
    except Exception:  # the default extraction stands
        return doc, blocks
    alt_blocks = _body_blocks(alt)
    if _article_prose(alt, alt_blocks, links) >= max(RECALL_GAIN * prose, RECALL_MIN_PROSE):
        return alt, alt_blocks
    return doc, blocks


# A link's text of this many words is a headline (another article's, a teaser's); shorter ones
# are product names, labels and menu items that an article's own lists hold too.
LINK_MIN_WORDS = 4


LINK_REASON = "link to another page (the block is a link's whole text)"


def _link_texts(tree: Any) -> frozenset[str] | None:
    """The whole text of every link on the page (`tree`: `_parse`), white space collapsed; None
    when the page could not be parsed. Computed once a page for `_mark_links`."""
    if tree is None:
        return None
    # each link's text as its elements run it together, and with its parts apart: a teaser card's
    # <a> holds its headline and its summary as two blocks ("<h4>...</h4><p>...</p>", trial 30's
    # mobile site), which the extractor gives as lines of one block
    texts = set()
    for a in tree.iter("a"):
        texts.add(" ".join(a.text_content().split()))
        if len(a):  # (child elements: the parts may be set apart)
            texts.add(" ".join(" ".join(a.itertext()).split()))
    return frozenset(texts)


LINK_CARD_MAX_LINES = 3  # a teaser card's parts in one link: a kicker, a headline, a summary


def _link_cards(lines: list[str], links: frozenset[str]) -> bool:
    """Whether `lines` are, run by run, the whole texts of links of LINK_MIN_WORDS+ words, one of
    them of two lines or more (up to LINK_CARD_MAX_LINES): teaser cards whose <a> holds a
    headline and a summary (trial 30's "Mais lidas" list of a mobile site, kept as text)."""
    start, card = 0, False
    while start < len(lines):
        end = next(
            (
                e
                for e in range(start + 1, min(len(lines), start + LINK_CARD_MAX_LINES) + 1)
                if " ".join(lines[start:e]) in links and len(" ".join(lines[start:e]).split()) >= LINK_MIN_WORDS
            ),
            0,
        )
        if not end:
            return False
        card, start = card or end - start > 1, end
    return card


def _mark_links(blocks: list[tuple[str, str]], links: frozenset[str]) -> list[tuple[str, str]]:
    """`blocks` with each extractor's body block whose every line is the whole text of one link
    on the page (`links`: `_link_texts`), of LINK_MIN_WORDS+ words, hinted BOILERPLATE: a
    teaser's headline or a list of them ("Nur schwacher Titelschutz ... / Buß- und Ordnungsgeld
    gegen Anwalt ..."), which the extractor keeps when it sits in the article's container.
    On the wild tuning pages: 8 chrome strings, no article string, in such blocks. So is a block
    whose first line announces a list (`_is_list_header`, any language) and whose other lines
    are all such links (TEASER_REASON: 4 blocks on 4 wild tuning pages, "Diese Artikel könnten
    euch auch interessieren:", "Zum Thema:", none with a labelled string)."""
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        if not kind and lines and all(line in links and count_words(line) >= LINK_MIN_WORDS for line in lines):
            kind = chrome_hint(LINK_REASON)
        elif not kind and len(lines) >= 2 and _link_cards(lines, links):
            kind = chrome_hint(LINK_REASON)
        elif not kind and len(lines) >= 2 and _is_list_header(lines[0]):
            if all(line in links and count_words(line) >= LINK_MIN_WORDS for line in lines[1:]):
                kind = chrome_hint(TEASER_REASON)
        out.append((kind, text))
    return out


TEASER_REASON = "teaser list (a header, then links to other pages)"

# A site's menu in a cell of an old table layout (2000s FrontPage and hand-made sites: a
# <td> of <a>s split by <br>, then the cell's counter, webring and "best viewed" lines), which
# the extractor hands on as one block of lines, sometimes with the footer's cell after it, or
# with the article's cell (a table of one row: "... Webring | HEADLINE", then the article's
# paragraphs) (trial 18: "Home / About Us / Our Trips / ... / You are visitor number / ...
# Webring" body). The menu: a run of MENU_MIN_ITEMS lines or more, each the whole text of a link
# of up to MENU_ITEM_MAX_WORDS words, from the block's first MENU_MAX_START lines (a site's name
# and label over it). It is chrome down to the page's headline or the first line of prose (over
# MENU_PROSE_MAX_WORDS words), where the article's cell begins; with neither, the whole block,
# when another block of the page is longer (the article is elsewhere).
MENU_MIN_ITEMS = 6
MENU_ITEM_MAX_WORDS = 5
MENU_MAX_START = 4
MENU_PROSE_MAX_WORDS = 30
MENU_CELL_REASON = "site menu (a cell of links, with its counter and notes)"


def _menu_run(lines: list[str], links: frozenset[str]) -> tuple[int, int]:
    """(start, length) of the first longest run of `lines` each the whole text of a link (`links`,
    a list mark before it left out: "- Alaska 2001") of up to MENU_ITEM_MAX_WORDS words."""
    best, start, run = (0, 0), 0, 0
    for i, line in enumerate(lines):
        item = _BULLET.sub("", line)
        if item in links and 0 < count_words(item) <= MENU_ITEM_MAX_WORDS:
            start, run = (start, run + 1) if run else (i, 1)
            best = (start, run) if run > best[1] else best
        else:
            run = 0
    return best


def _menu_cut(lines: list[str], after: int, title: str) -> tuple[int, str]:
    """Where the article's cell begins in a menu cell's `lines`, from line `after` on: (index of
    the line, the part of it before the cells' bar " | " that still belongs to the menu), the
    line being the headline (`title`, its last cell) or prose; (-1, "") when none is."""
    key = " ".join(title.split()).casefold()
    for j in range(after, len(lines)):
        head, _, last = lines[j].rpartition(" | ")
        if key and last.casefold() == key:
            return j, head
        if count_words(lines[j]) > MENU_PROSE_MAX_WORDS:
            return j, ""
    return -1, ""


# A layout table's cells above the article's, handed on by the extractor in one block with it:
# the headline (the page's title) is one of the block's lines, and the short lines over it are a
# header's or a side cell's (trial 18: an Austrian municipality's "Amtsstunden / Mo–Fr: 8.00–12.00
# Uhr / ... / Parteienverkehr nach Vereinbarung / Schnellzugriff" over its notice's headline, body).
ABOVE_HEADLINE_MAX_LINES = 12
ABOVE_HEADLINE_LINE_WORDS = 12
ABOVE_HEADLINE_PROSE_WORDS = 15  # a paragraph of the article under the headline
HEADLINE_MIN_WORDS = 3  # a site's or a section's name ("Aktuelles") may stand anywhere
ABOVE_HEADLINE_REASON = "above the headline in the article's block (a header's or a side cell's lines)"


def _split_above_headline(blocks: list[tuple[str, str]], title: str) -> list[tuple[str, str]]:
    """`blocks` with the first body block that holds the headline (`title`, of HEADLINE_MIN_WORDS+
    words) as a line after its first, under up to ABOVE_HEADLINE_MAX_LINES short lines (up to
    ABOVE_HEADLINE_LINE_WORDS words each) and over a line of prose (a sentence, `is_sentence`, of
    ABOVE_HEADLINE_PROSE_WORDS+ words), split there: the lines over the headline hinted BOILERPLATE, the rest handed on."""
    key = " ".join(title.split()).casefold()
    if count_words(key) < HEADLINE_MIN_WORDS:
        return blocks
    for n, (kind, text) in enumerate(blocks):
        lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        at = next((j for j, line in enumerate(lines) if line.casefold() == key), -1)
        if kind or at < 0:
            continue
        if (
            0 < at <= ABOVE_HEADLINE_MAX_LINES
            and all(count_words(line) <= ABOVE_HEADLINE_LINE_WORDS for line in lines[:at])
            and any(count_words(line) >= ABOVE_HEADLINE_PROSE_WORDS and is_sentence(line) for line in lines[at:])
        ):
            above = (chrome_hint(ABOVE_HEADLINE_REASON), "\n".join(lines[:at]))
            return blocks[:n] + [above, (kind, "\n".join(lines[at:]))] + blocks[n + 1 :]
        return blocks  # the first block with the headline decides
    return blocks


def _mark_menu_cells(blocks: list[tuple[str, str]], links: frozenset[str], title: str) -> list[tuple[str, str]]:
    """`blocks` with each body block that opens with a site's menu cell (see MENU_CELL_REASON,
    `_menu_run`) hinted BOILERPLATE, or split where the article's cell begins (`_menu_cut`): its
    lines before hinted so, the rest handed on."""
    sizes = [len(text.split()) for _, text in blocks]
    out: list[tuple[str, str]] = []
    for n, (kind, text) in enumerate(blocks):
        lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        start, run = _menu_run(lines, links) if not kind and len(lines) >= MENU_MIN_ITEMS else (0, 0)
        if run < MENU_MIN_ITEMS or start > MENU_MAX_START:
            out.append((kind, text))
            continue
        cut, head = _menu_cut(lines, start + run, title)
        if cut < 0 and any(size > sizes[n] for size in sizes):
            out.append((chrome_hint(MENU_CELL_REASON), text))
        elif cut >= 0:
            menu = "\n".join(lines[:cut] + ([head] if head else []))
            rest = "\n".join([lines[cut].rpartition(" | ")[2] if head else lines[cut]] + lines[cut + 1 :])
            out.extend([(chrome_hint(MENU_CELL_REASON), menu), (kind, rest)])
        else:
            out.append((kind, text))
    return out


# An inline pointer to another article of the site: a short label, a separator, then a link to
# another page of the same site whose text is the rest of the paragraph ("Lea más: <a>HEADLINE</a>",
# "MIRA | <a>...</a>", "[Related: <a>...</a>]", ">> Mehr lesen: <a>...</a>"). News CMSs set these
# inside the article's container, where the extractor keeps them; the label's words differ with
# every language and site, the shape does not. See `mark_labelled_links`.
MARK_LABELLED_LINKS = True
LABEL_MAX_WORDS = 5
LABELLED_LINK_REASON = "link to another article of the site (a label, then the link)"
# a label's separator: a colon, a bar, guillemets, arrows or a dash, within its first characters
# (not from a run of white space's second character on, each run taken whole: as `_SITE_NAME_AFTER`)
_LABEL_SEP = re.compile(r"(?!(?<=\s)\s)\s*+(?::|\||»|›|>>|→|–|—|-)\s*+")
_LABEL_OPEN = re.compile(r"^[\[(]?\W{0,3}")  # "[Related:", ">> Mehr lesen:"
_LABEL_CLOSE = "])» "
# a list item's mark set as text before a link ("-HEADLINE", "• HEADLINE", "» HEADLINE"): a
# list of the site's other stories, one link a line
_BULLET = re.compile(r"^(?:[-–—•·»›▶▸→*]|>>)\s*")


def own_site_links(tree: Any, page_url: str) -> frozenset[str]:
    """The whole text (white space collapsed) of each link of LINK_MIN_WORDS+ words in the page
    `tree` that leads to another page of the page's own site: a relative address, or an
    absolute one on the host of `page_url` (the address the page gives itself, "" when none;
    "www." aside, a subdomain either way: de.globalvoices.org and globalvoices.org are one site).
    A link to a place on this page ("#...") or to the page itself is none."""
    from urllib.parse import urlsplit

    here = urlsplit(page_url) if page_url else None
    host = (here.hostname or "").removeprefix("www.") if here else ""
    out: set[str] = set()
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        text = " ".join(a.text_content().split())
        if count_words(text) < LINK_MIN_WORDS:
            continue
        try:
            parts = urlsplit(href)
            target = (parts.hostname or "").removeprefix("www.")
        except ValueError:
            continue
        same = (
            not parts.scheme
            and not parts.netloc
            or bool(host and target and (target == host or target.endswith("." + host) or host.endswith("." + target)))
        )
        if same and not (
            here and parts.path.rstrip("/") == here.path.rstrip("/") and parts.netloc in ("", here.netloc)
        ):
            out.add(text)
    return frozenset(out)


def _labelled_link(line: str, own: frozenset[str]) -> bool:
    """Whether `line` is a short label (at most LABEL_MAX_WORDS words, opening with at most a
    bracket and a few marks), a separator (`_LABEL_SEP`), then the whole text of one of `own`
    (`own_site_links`), at most a closing bracket or guillemet after it; or a list item's mark
    (`_BULLET`) then such a link's whole text."""
    bullet = _BULLET.match(line)
    if bullet and line[bullet.end() :].rstrip(_LABEL_CLOSE) in own:
        return True
    start = _LABEL_OPEN.match(line)
    at = start.end() if start else 0
    window = line[at : at + 60]  # (cut, so that `_LABEL_SEP` may start at its first character)
    for sep in _LABEL_SEP.finditer(window):
        label = window[: sep.start()]
        if not label.strip() or count_words(label) > LABEL_MAX_WORDS:
            continue
        if line[at + sep.end() :].rstrip(_LABEL_CLOSE) in own:
            return True
    return False


def mark_labelled_links(blocks: list[tuple[str, str]], own: frozenset[str]) -> list[tuple[str, str]]:
    """`blocks` with each extractor's body block whose every line is a labelled link to another
    page of the site (`_labelled_link`; `own`: `own_site_links` of the page) hinted BOILERPLATE
    (LABELLED_LINK_REASON). On the tuning pages: 15 blocks on 7 wild sites ("Lea más:",
    "Nota relacionada:", "Le puede interesar:", "MIRA |", "LEE MÁS |", "Related:", "Check Out:",
    "Weiterlesen:", "Mehr lesen:", "Mehr dazu lesen Sie hier:", a "-HEADLINE" list) and 1 on a
    dev site ("[Related: ...]"), every one another story's headline; a link off
    the site after its label ("Quelle: <a>...</a>", "Homepage: <a>...</a>", "Aktenzeichen: ...")
    is a source the article cites and stays."""
    if not own:
        return blocks
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        if not kind and lines and all(_labelled_link(line, own) for line in lines):
            kind = chrome_hint(LABELLED_LINK_REASON)
        out.append((kind, text))
    return out


LIST_HEADER_MAX_WORDS = 8


def _is_list_header(line: str) -> bool:
    """A line that announces a list: at most LIST_HEADER_MAX_WORDS words ending with a colon
    ("Diese Artikel könnten euch auch interessieren:", "Read more:"), in any language."""
    return line.endswith(":") and count_words(line) <= LIST_HEADER_MAX_WORDS


# The heading of a press release's or an organisation's contact box ("Pressekontakt:",
# "Ansprechpartnerin zum Thema:", "Media contact", "Contacto de prensa"): who to call, not what
# the article says. A line of its own, at most CONTACT_MAX_WORDS words.
_CONTACT_HEADER = re.compile(rf"^(?:{CONTACT_LABELS})\s*:?$", re.I)  # (models.CONTACT_LABELS)
CONTACT_MAX_WORDS = 6
CONTACT_REASON = "contact box (who to call, after the article text)"
# The heading of a box about the site, the series or the author that closes a page ("Über diese
# Reihe", "About the author", "À propos de l'auteur", "Zur Person"): the same few sentences on
# every page of the site, not this article. Only at the end of the extraction: a section so
# named inside an article ("Über uns" in a club's report) goes on to more of the article.
_ABOUT_HEADER = re.compile(
    r"^(?:über (?:diese[nrs]? (?:reihe|serie|blog|autor(?:in)?|seite)|uns|mich|den autor|die autorin|die autoren|"
    r"das projekt|den verein)|about (?:us|me|the authors?|this (?:series|blog|project|site)|the project)|"
    r"à propos(?: de (?:l'auteur|l’auteur|nous|cette série))?|sobre (?:el autor|la autora|nosotros|los autores)|"
    r"chi siamo|over (?:ons|de auteur)|zur person|zum autor|zur autorin|(?:the |der |die |el |l'|l’)?(?:author|autor|autorin|auteur))"
    r"\s*:?$",
    re.I,
)
ABOUT_REASON = "box about the site, series or author (closes the page)"


def _box_heading(text: str, heading: re.Pattern[str]) -> bool:
    """Whether a block is a box's heading: one line of at most CONTACT_MAX_WORDS words that
    `heading` (`_CONTACT_HEADER`, `_ABOUT_HEADER`) matches, white space collapsed."""
    one_line = "\n" not in text.strip() and count_words(text) <= CONTACT_MAX_WORDS
    return one_line and bool(heading.match(" ".join(text.split())))


def _mark_contact_boxes(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`blocks` with a contact box after the article's prose hinted BOILERPLATE: its heading
    (`_CONTACT_HEADER`) and the blocks under it up to the next prose paragraph (`_prose_weight`;
    a sentence with an e-mail address or a telephone number, `_contact_line`, is the box's) or
    heading: names, a press office, addresses, telephone numbers, e-mail (the extractor keeps
    them when they sit in the article's container). Before the first prose paragraph such a
    heading is left alone (a contact page's own text). A heading already set aside as a box of
    its own after the article (`htmlchrome.BOX_AFTER_REASON`) still opens the box under it."""
    from .htmlchrome import BOX_AFTER_REASON

    box_after = chrome_hint(BOX_AFTER_REASON)
    out = list(blocks)
    prose_seen = in_box = False
    for i, (kind, text) in enumerate(blocks):
        if prose_seen and kind in ("", HEADING, box_after) and _box_heading(text, _CONTACT_HEADER):
            in_box = True
        elif (_prose_weight(text) and not _contact_line(text)) or kind in (HEADING, TITLE):
            in_box = False
        if in_box and kind in ("", HEADING, BODY):
            out[i] = (chrome_hint(CONTACT_REASON), text)
        prose_seen = prose_seen or (kind in ("", BODY, LEAD) and bool(_prose_weight(text)))
    return out


# An e-mail address, or a telephone number of 7+ digits: what makes a contact's sentence ("NAME,
# Communications Office. Phone 555-0142, press@...") part of its box, not the article's prose.
_CONTACT_DETAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.\w|(?<![\w.])\+?\(?\d(?:[ ()./-]?\d){6,}(?![\w.])")
CONTACT_LINE_MAX_WORDS = 40


def _contact_line(text: str) -> bool:
    """Whether `text` is a contact's line of CONTACT_LINE_MAX_WORDS words at most holding an
    e-mail address or a telephone number (`_CONTACT_DETAIL`)."""
    return count_words(text) <= CONTACT_LINE_MAX_WORDS and bool(_CONTACT_DETAIL.search(text))


def _mark_about_box(blocks: list[tuple[str, str]], author: str = "") -> list[tuple[str, str]]:
    """`blocks` with a box about the site, series or author that closes the extraction hinted
    BOILERPLATE: its heading (`_ABOUT_HEADER`, a line of CONTACT_MAX_WORDS words at most) after
    the article's first prose paragraph, and every block under it when none of them is a
    heading or a title (the box runs to the end). Not a box about a person the article names
    (`about_article_person`; `author`: the byline's name): an interview's "Zur Person"."""
    for i in range(len(blocks) - 1, 0, -1):
        kind, text = blocks[i]
        if kind in (HEADING, TITLE) or (kind == "" and _ABOUT_HEADER.match(" ".join(text.split()))):
            break
    else:
        return blocks
    prose_before = any(k in ("", BODY, LEAD) and _prose_weight(t) for k, t in blocks[:i])
    # a press release's "About COMPANY" over "COMPANY designs ..." (`htmllead.under_named_label`;
    # trial 29's Sitecore newsroom kept it): the company the release is about, which it names
    named = i + 1 < len(blocks) and under_named_label(blocks[i][1], blocks[i + 1][1])
    if not (prose_before and (named or _box_heading(blocks[i][1], _ABOUT_HEADER))):
        return blocks
    if not named and about_article_person([t for _, t in blocks[i + 1 :]], blocks[:i], author):
        return blocks
    return blocks[:i] + [(chrome_hint(ABOUT_REASON), t) if k in ("", HEADING, BODY) else (k, t) for k, t in blocks[i:]]


# An author box the extractor glued to the article's last paragraph as its last lines: its label
# as a line of its own (`chromewords.AUTHOR_BOX_LABEL`: "AUTOR", "About the author"), then a bio
# and the name, AUTHOR_BOX_MAX_LINES lines and AUTHOR_BOX_MAX_WORDS words at most (a wild tuning
# page: "AUTOR / ist Gründungspartner der Kanzlei ... / Dr. NAME" closed the article's block).
_AUTHOR_BOX_LABEL = re.compile(rf"^(?:{chromewords.labels(chromewords.AUTHOR_BOX_LABEL)})\s*:?$", re.I)
AUTHOR_BOX_MAX_LINES = 4
AUTHOR_BOX_MAX_WORDS = 150
AUTHOR_BOX_REASON = "author box (under its label, at the end of the article's block)"


def _split_author_boxes(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`blocks` with an author box that closes a body block (`_AUTHOR_BOX_LABEL` on a line of
    its own after the block's first line, then up to AUTHOR_BOX_MAX_LINES lines of at most
    AUTHOR_BOX_MAX_WORDS words, one of them a sentence of the bio) split off and hinted
    BOILERPLATE; the lines above it stay the block's. A block that opens with the label after
    a body block is such a box whole: the article's block cut at the page's elements
    (`htmlsplit.resplit_merged`) ends before it (a heading put back between them, its name)."""
    out: list[tuple[str, str]] = []
    after_body = False
    for kind, text in blocks:
        lines = text.split("\n")
        k = next(
            (k for k in range(0 if after_body else 1, len(lines)) if _AUTHOR_BOX_LABEL.match(lines[k].strip())), -1
        )
        after_body = after_body or kind in ("", BODY)
        box = lines[k + 1 :]
        if (
            kind in ("", BODY)
            and k >= 0
            and 0 < len(box) <= AUTHOR_BOX_MAX_LINES
            and sum(len(line.split()) for line in box) <= AUTHOR_BOX_MAX_WORDS
            and any(_prose_weight(line) for line in box)
        ):
            out += [(kind, "\n".join(lines[:k]))] if k else []
            out.append((chrome_hint(AUTHOR_BOX_REASON), "\n".join(lines[k:])))
        else:
            out.append((kind, text))
    return out


NAMED_BOX_REASON = "box about the company or site it names (after the article text)"


def _mark_named_boxes(blocks: list[tuple[str, str]], author: str = "") -> list[tuple[str, str]]:
    """`blocks` with each box about what its label names (`_names_box`: "About Brightloop" over
    "Brightloop helps ...", in any language of `chromewords.LANGUAGES`) after the article's first prose paragraph
    hinted BOILERPLATE: the label and the blocks under it up to the next heading, title or block
    already hinted (the next box of a sidebar: its newsletter, its author), when more prose
    stands above it than below. Not a box about a person the article names
    (`about_article_person`: an interview's "About Jane Doe")."""
    out = list(blocks)
    weights = [_prose_weight(t) if k in ("", BODY, LEAD) else 0 for k, t in blocks]
    prose_seen, in_box = False, False
    for i, (kind, text) in enumerate(blocks):
        if prose_seen and kind in ("", HEADING) and _names_box(blocks, i):
            box = [t for _, t in blocks[i + 1 :]]
            # more of the article above than below: a topic's box over a tutorial is its intro
            tail = sum(weights[:i]) > sum(weights[i + 2 :])
            in_box = tail and not about_article_person(box, blocks[:i], author)
        elif kind not in ("", BODY):
            in_box = False
        if in_box:
            out[i] = (chrome_hint(NAMED_BOX_REASON), text)
        prose_seen = prose_seen or (kind in ("", BODY, LEAD) and bool(_prose_weight(text)))
    return out


def _names_box(blocks: list[tuple[str, str]], i: int) -> bool:
    """Whether block `i` is one line labelling a box about what it names, in any of the 32
    languages (`chromewords.about_named`: "About Brightloop", "Über Holzmann Logistik", "Sobre
    Tostadores Sierra"), and the first prose block under it opens with that name
    (`chromewords.opens_with_name`): a company's or a site's box closing a blog post."""
    text = blocks[i][1]
    name = chromewords.about_named(text) if "\n" not in text.strip() else ""
    if not name:  # (first: the search for the prose under it walks the rest of the page)
        return False
    prose = next((t for k, t in blocks[i + 1 :] if k in ("", BODY) and _prose_weight(t)), "")
    return bool(prose) and chromewords.opens_with_name(prose, name)


# The person a fact box is about, as its first paragraph opens ("Dieter Krause, 71, ist Rentner
# ...", "Jane Doe is a reporter ..."): two to four capitalised words, then a comma, a bracket or
# a verb's space; not an article's "Die Stadt ..." / "The city ...".
_BOX_PERSON = re.compile(
    r"^(?!(?:Die|Der|Das|Den|Dem|The|La|Le|Les|El|Los|Las|Il|Lo|Unsere?|Our|Mehr|More|Zur|About)\s)"
    rf"(?:[{UPPER}][\w'’-]+\s){{1,3}}([{UPPER}][\w'’-]+)(?=[,(]|\s[a-zà-ÿ])"
)


def about_article_person(box: list[str], before: list[tuple[str, str]], author: str) -> bool:
    """Whether the box whose blocks' texts are `box` is about a person the article names: its
    first paragraph opens with a name (`_BOX_PERSON`) whose last word a prose block of the
    article above (`before`: (hint, text) pairs) holds, and that is not the byline's `author`
    (metadata, "" when unknown). Such a box (an interview's "Zur Person", a "Bio" of the
    person profiled) belongs to this article; a box about the site or the author repeats on
    every page of the site (trial: "Zur Person" under an interview was dropped)."""
    first = next((t for t in box if _prose_weight(t)), "")
    m = _BOX_PERSON.match(first)
    if not m:
        return False
    name = m.group(0).split()
    if set(name) <= set(re.findall(r"\w+", author)):
        return False
    surname = m.group(1)
    return any(
        split_hint(k)[0] in ("", BODY, LEAD) and _prose_weight(t) and re.search(rf"\b{re.escape(surname)}\b", t)
        for k, t in before
    )


# Put back the lead the extractor dropped (`htmllead`); eval scripts turn it off to compare.
ADD_LEAD = True


def _page_lang(tree: Any) -> str:
    """The language the page declares: its <html> element's `lang` (or `xml:lang`), else a
    <meta http-equiv="content-language">; "" when none (a BCP 47 tag as written: "en-US")."""
    if tree is None:
        return ""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not declared:
        for el in root.iter("meta"):
            if (el.get("http-equiv") or "").lower() == "content-language":
                declared = el.get("content") or ""
                break
    return declared.strip()[:35]


# Two numbers and a year with slashes, each number a possible month ("03/04/2025"), as a page's
# metadata may give its date: htmldate (trafilatura's date finder) reads it day first.
_AMBIGUOUS_SLASH = re.compile(r"(?<![\d/])(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/((?:19|20)\d\d)(?![\d/])")
# Where htmldate looks for a date without its extensive search: <meta> contents, <time>, JSON-LD
# and elements named for a date.
_DATE_PLACES = (
    "//meta/@content|//time/@datetime|//time//text()|//script[contains(@type, 'ld+json')]//text()|"
    "//*[contains(@class, 'date') or contains(@id, 'date') or contains(@itemprop, 'date') or "
    "contains(@class, 'time')]//text()"
)


def date_in_language(tree: Any, found: str, lang: str) -> str:
    """The extractor's date `found` ('YYYY-MM-DD') read in the order of the page's language
    (`lang`, as the page declares it): htmldate reads "03/04/2025" day first on any page, and on
    a page in US English (pubdate.slash_order "md") that is March 4, as the plain-text path reads
    it. Changed only when `found` is the day-first reading of such a date where htmldate looks
    (`_DATE_PLACES`) and the page does not state `found` as 'YYYY-MM-DD' there too; `found` as
    it is for a page of another or no declared language (day first, or as htmldate read it)."""
    if not found or tree is None or pubdate.slash_order(lang) != "md":
        return found
    try:
        texts = [str(t) for t in tree.xpath(_DATE_PLACES)]
    except Exception:  # a tree lxml could not search (a broken page): the date as found
        return found
    if any(found in t for t in texts):
        return found
    for text in texts:
        for m in _AMBIGUOUS_SLASH.finditer(text):
            day, month, year = m.groups()
            if f"{year}-{int(month):02d}-{int(day):02d}" == found:
                return pubdate.find_date(m.group(0), lang) or found
    return found


# Where a page's markup states a date for a program to read: <meta> contents, <time>'s datetime
# and text, <abbr title>, JSON-LD, and the text of an element named for a date or a time (a date
# line: `date_in_markup` reads its short values only). htmldate reads these, and with them the
# words of any element whose class or id names an info box, a "meta" row...
_MARKUP_DATES = (
    "//meta/@content|//time/@datetime|//time//text()|//abbr/@title|//script[contains(@type, 'ld+json')]//text()|"
    "//*[contains(@class, 'date') or contains(@id, 'date') or contains(@itemprop, 'date') or "
    "contains(@class, 'time')]//text()"
)
MARKUP_DATE_MAX_CHARS = 120  # a date's text in markup (longer: JSON-LD, matched as ISO within)


def date_in_markup(tree: Any, found: str) -> bool:
    """Whether the page's markup (`_MARKUP_DATES`) states the date `found` ('YYYY-MM-DD'): as
    ISO 8601 within it, or as the date of a short value ("4 March 2025", "04.03.2025", an
    element classed "date" that holds "30. März 2020, 13:15 Uhr").
    htmldate (trafilatura's date finder, `original_date`) takes the oldest date it sees, also
    in the words of an element classed for a date or an info box ("Seit 1. Januar 2025" in a
    fact box of a page stamped "Stand: 03.11.2025"); such a date is the page's own only when
    nothing better dates it (segment.metadata reads it last). True when `tree` is None."""
    if tree is None:
        return True
    try:
        texts = [str(t) for t in tree.xpath(_MARKUP_DATES)]
    except Exception:  # a tree lxml could not search (a broken page): the date as found
        return True
    for text in texts:
        if found in text:
            return True
        if len(text) <= MARKUP_DATE_MAX_CHARS and found in (pubdate.find_english_date(text), pubdate.find_date(text)):
            return True
    return False


# A class or id token of a reader comment's element or of the thread around it ("comment",
# "commententry", "j-comment", "comment-meta", "kommentare"), not a page's state ("comments-open")
_COMMENT_TOKEN = re.compile(
    r"(?:^|[-_])(?:comments?|commententry|commentlist|kommentare?|reacties?|koment[aá]r[eo]?)"
    r"(?:[-_](?:body|meta|list|entry|item|content|date|wrapper|text|header))?$",
    re.I,
)


def _in_comment(el: Any) -> bool:
    """Whether an element is a reader comment's or inside one (`_COMMENT_TOKEN` in its or an
    ancestor's class or id)."""
    for node in (el, *el.iterancestors()):
        tokens = f"{node.get('class') or ''} {node.get('id') or ''}".split() if isinstance(node.tag, str) else []
        if any(_COMMENT_TOKEN.search(t) for t in tokens):
            return True
    return False


def comments_date(tree: Any, found: str) -> bool:
    """Whether the date `found` ('YYYY-MM-DD', htmldate's) is stated in the page's markup
    (`_MARKUP_DATES`, as `date_in_markup` reads it) only inside reader comments (`_in_comment`:
    a comment's "(Sunday, 21 April 2013 11:02)" in a span classed "com-date"): a reader's date,
    not the page's (trial 23: an event page without a date of its own was dated by its first
    comment). False when `tree` is None or the markup states it elsewhere or nowhere."""
    if tree is None:
        return False
    try:
        texts = tree.xpath(_MARKUP_DATES)
    except Exception:  # a tree lxml could not search: the date as found
        return False
    hits = [
        t
        for t in texts
        if found in str(t)
        or (len(str(t)) <= MARKUP_DATE_MAX_CHARS and found in (pubdate.find_english_date(t), pubdate.find_date(t)))
    ]
    return bool(hits) and all(hasattr(t, "getparent") and _in_comment(t.getparent()) for t in hits)


REVIEW_ITEMS_MAX = 50  # a widget's first page; more are not read
REVIEWS_ATTRIBUTE = "data-indexer-reviews"  # the reviews' texts, kept on the root before pruning


_WORD_CHARS = re.compile(r"\w+")


def _drop_reviewer_meta(meta: dict[str, str], tree: Any) -> None:
    """`meta` without the author and the date that the extractor took from a shop's customer
    review (`_CUSTOMER_REVIEWS`: sibling review boxes with their stars, the reviewer's name and
    the review's date in each; `_parse` prunes them and keeps their texts on the root): a
    reviewer is not the page's author, and a product page has no date of its own unless its
    markup states one outside the reviews. The author goes when a review holds its first name
    (as the extractor gives it: "Carol W" of "Carol W.") and no author element of the pruned
    tree does; the date goes when a review's text states it and the markup outside the reviews
    does not (`date_in_markup`). Trial 20: Shopify's, Judge.me's and VTEX's first reviewer was
    the byline ("Carol W", "Thomas K", "Luciana R, RS") and their review's day the page's date."""
    texts = (tree.get(REVIEWS_ATTRIBUTE) or "").split("\n") if tree is not None else [""]
    if not texts[0] or not (meta.get("author") or meta.get("date")):
        return
    try:
        authors = tree.xpath(_AUTHOR_ELEMENTS)  # (the reviews are pruned from `tree`)
    except Exception:  # a tree lxml could not search
        return
    first = re.split(r"[,;]", meta["author"])[0].strip()  # (the extractor's "Carol W" of "Carol W.")
    # (its words in one review: "Thandi N Verified" of "Thandi N. Verified", a badge after the name)
    words = set(_WORD_CHARS.findall(first))
    if words and any(words <= set(_WORD_CHARS.findall(t)) for t in texts):
        if not any(first in el.text_content() for el in authors):
            meta["author"] = ""
    if meta["date"] and not date_in_markup(tree, meta["date"]):
        # (a slash date in either order: "12/03/2023", read as the page's language reads it)
        reads = {
            found
            for t in texts
            for found in (
                pubdate.find_date(t, order="dm"),
                pubdate.find_date(t, order="md"),
                pubdate.find_english_date(t),
            )
        }
        if meta["date"] in reads:
            meta["date"] = ""
            meta.pop("date_from", None)


BYLINE_MAX_WORDS = 16  # as segment.textblocks._byline_names reads one: names, a place and a date


class _BrMark:
    """A <br> in `_text_and_breaks`' output."""


def _text_and_breaks(el: Any) -> list[Any]:
    """`el`'s text pieces in document order with a _BrMark for each <br> (elements of the
    block-level kind are run together: a byline is one or two lines)."""
    out: list[Any] = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):  # a comment or processing instruction: only its tail
            out.append(child.tail or "")
            continue
        out.extend([_BrMark()] if child.tag == "br" else _text_and_breaks(child))
        out.append(child.tail or "")
    return out


_AUTHOR_ELEMENTS = (
    "//*[contains(@class, 'author') or contains(@itemprop, 'author') or contains(@rel, 'author') or "
    "contains(@class, 'byline')]"
)
AUTHOR_LINE_MAX_WORDS = 8


def author_line(tree: Any, author: str) -> str:
    """The text of the page's first author element (class, itemprop or rel "author", class
    "byline") that opens with the extractor's `author` and a dash after it ("عمّان - ليلى الحسن",
    "PARIS - Jean Dupont": trafilatura cut the line at the dash and kept the dateline's place as
    the author), for segment to tell the place from the name (`segment.metadata._place_and_name`);
    "" when there is none or it is longer than AUTHOR_LINE_MAX_WORDS words."""
    if tree is None or not author:
        return ""
    try:
        found = tree.xpath(_AUTHOR_ELEMENTS)[:5]
    except Exception:  # a tree lxml could not search
        return ""
    for el in found:
        text = " ".join(el.text_content().split())
        rest = text[len(author) :] if text.startswith(author) else ""
        if rest[:3].strip() in ("-", "–", "—") and count_words(text) <= AUTHOR_LINE_MAX_WORDS:
            return text
    return ""


def byline_lines(tree: Any) -> str:
    """The text of the page's first element named for a byline (class or id "byline"), its
    lines as <br> breaks them ("By Ana Ruiz\nPort Ellis, 3 May 2026"), for segment to read the
    names and the dateline's place of (`segment.metadata._page_byline`): trafilatura takes the author's
    name from it and leaves it out of the text, and its author ran the place into the name ("Ana
    Ruiz Port Ellis"). "" when there is none, or it is longer than a byline (BYLINE_MAX_WORDS)."""
    if tree is None:
        return ""
    try:
        found = tree.xpath("//*[contains(@class, 'byline') or contains(@id, 'byline')][1]")
    except Exception:  # a tree lxml could not search
        return ""
    if not found:
        return ""
    # <br> as a line break, the rest of the markup as inline text, in document order; two
    # elements' texts meeting letter to letter are two fields the page's style sets apart
    # ('<span>By Priya Shah</span><span class="role">Local Democracy Reporter</span>' read
    # "Priya ShahLocal Democracy", trial 15): a line each
    pieces: list[str] = []
    for piece in _text_and_breaks(found[0]):
        text = "\n" if isinstance(piece, _BrMark) else str(piece)
        if not text:
            continue
        if pieces and pieces[-1][-1:].isalnum() and text[:1].isalnum():
            pieces.append("\n")
        pieces.append(text)
    raw = "".join(pieces)
    text = "\n".join(" ".join(line.split()) for line in raw.split("\n") if line.strip())
    return text if 0 < count_words(text) <= BYLINE_MAX_WORDS and text.count("\n") <= 1 else ""


def _author_and_head(meta: dict[str, str], tree: Any) -> str:
    """The page's visible text (`visible_text`), after setting `meta["author"]` as the page writes
    it (`author_as_written`) and `meta["head"]` (`head_lines`), for segment to read a date and a
    name alone over it from (when the extractor found none) and a "Published by" line."""
    seen = visible_text(tree)
    # the author meta tags too: a name only there lost its marks all the same ("शर्म, संवाददात")
    tags = tree.xpath(_AUTHOR_TAGS) if tree is not None and not meta["author"].isascii() else []
    meta["author"] = author_as_written(meta["author"], "\n".join([seen, *map(str, tags)]))
    # an author field that names no one (a site's address, "stol.it" -> "Stol It"; a stop word):
    # the page's own byline lines are read instead (segment.metadata._head_lines_name)
    meta["author"] = plausible_authors(meta["author"], seen, meta.get("lang", ""), meta.get("page_title", ""))
    meta["author"] = _handles_full_name(tree, meta["author"])
    if line := author_line(tree, meta["author"]):
        meta["author_line"] = line
    # the publisher its copyright line names: no author, though a byline may run it into the
    # names ("Condé Nast Tom Bennett", segment.metadata._without_publisher)
    if holder := copyright_holder(seen):
        meta["publisher"] = holder
    # (with a date and an author too: a "Published by SITE on DATE." line under the headline is
    # the page's own word on its date, before htmldate's guess; segment.metadata._published_line)
    if head := head_lines(tree):
        meta["head"] = head
    if not meta["date"] and (above := lines_above_headline(tree)):
        meta["above"] = above
    if not meta["date"] and (stamp := stamp_line(tree)):
        meta["stamp"] = stamp
    return seen


_STAMP_ELEMENTS = (
    "//*[self::div or self::p or self::span or self::small or self::li or self::time or self::footer or self::dd]"
    "[string-length(normalize-space(.)) <= 80][translate(., '0123456789', '') != .]"
)


def stamp_line(tree: Any) -> str:
    """The page's own date stamp in an element of `tree` (its last one: "Laatst gewijzigd: 9
    januari 2023", "Stand: 03.11.2025", segment.metadata's `is_stamp`), which the extractor
    leaves out with the page's fields under the article (trial 23: a city's page dated only
    so); '' when none or no tree. segment.metadata reads its date when nothing else dates the
    page."""
    from .segment.metadata import is_stamp

    if tree is None:
        return ""
    try:
        texts = [" ".join(el.text_content().split()) for el in tree.xpath(_STAMP_ELEMENTS)]
    except Exception:  # a tree lxml could not search
        return ""
    return next((t for t in reversed(texts) if is_stamp(t)), "")


_AUTHOR_TAGS = "//meta[@name='author' or @property='author' or @property='article:author' or @name='byl']/@content"
# A user's handle in a page's text ("gazza_b", "mike_2019"): a token with an underscore or a digit.
_HANDLE_TOKEN = re.compile(rf"(?<![\w./-]){HANDLE}(?![\w./-])")  # not a link's slug
AUTHOR_HANDLE_MAX_CHARS = 40
_EDGE_PUNCTUATION = ".,:;!?()[]{}\"'«»“”‘’|/-–—"


def _handle_key(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


# A post's author as Discourse's crawler view prints it: the handle, then the full name in
# brackets ("priya_n (Priya Nair)")
_HANDLE_AND_NAME = re.compile(r"^(?P<handle>[\w.-]{2,30})\s*\((?P<name>[^()\d]{3,60})\)$")


def _handles_full_name(tree: Any, author: str) -> str:
    """`author`, or the full name the page's first author element gives in brackets after the
    handle that `author` was made from ("priya_n (Priya Nair)": the extractor's "Priya N" is
    "Priya Nair"; a new user's Discourse thread had the byline "Priya N")."""
    if tree is None or not author or ";" in author:
        return author
    try:
        first = next(iter(tree.xpath("//*[@itemprop='author']")), None)
    except Exception:  # a tree lxml could not search
        return author
    m = _HANDLE_AND_NAME.match(_shown_text(first)) if first is not None else None
    if m and _handle_key(m.group("handle")) == _handle_key(author):
        return " ".join(m.group("name").split())
    return author


# The last label of the sites' addresses an extractor turns into a name's last word when it reads
# the author field "stol.it / Suedtirol Online" or "finanztreff.de" ("Stol It", "Finanztreff
# De"): the generic domains and the country codes of the languages the project indexes.
_ADDRESS_ENDS = frozenset(
    "com net org info biz online news blog de at ch it fr es nl be pl cz sk ru ua uk eu io tv fm pt br se no dk fi "
    "hu ro gr tr lu ie".split()
)


_COMPANY_FORMS = frozenset("kg gmbh ag ltd limited inc llc plc sa srl spa bv nv ab oy".split())


def plausible_authors(author: str, seen: str, lang: str = "", page_title: str = "") -> str:
    """The extractor's `author` field ("NAME; NAME") without the names that name no one: a site's
    address title-cased ("Stol It", "Finanztreff De": two or more words, the last a domain's
    ending, `_ADDRESS_ENDS`, that the page's visible text `seen` never writes as a name), and a
    lone word that is a stop word of the page's declared language `lang` ("Eine" on a German page,
    `language.stop_words`, but a given name), and a site's account link ("Anmelden", "Log In":
    `chromewords.is_account_link`, but a given name); the page language's by-word before a name
    (`_without_by_word`: Tagalog's "Ni NAME") is cut off it; a link's "View all posts by" before a name
    (`segment.tail.AUTHOR_POSTS`) is cut off it; a name the page writes only in its credit to its
    software or makers ("Built with WooCommerce", `chromewords.credited_only`) goes. When a name
    is an address the field is the site's
    ("stol.it / Suedtirol Online"): its names that the page's <title> `page_title` holds (the
    site's name again) and those of one word (its place, its desk) go too ("Troy Smith;
    Cleveland com" -> "Troy Smith"). A copyright line is no author either. '' when none is
    left; the field as it is when all are names."""
    from .language import stop_words  # (jusText's lists, read on a call, not at import)

    from .segment.tail import AUTHOR_POSTS

    stops = stop_words(lang.split("-")[0].lower()) if lang else frozenset()
    names = [n.strip() for n in author.split(";") if n.strip()]
    kept, site = [], False
    for name in names:
        name = _without_by_word(name, lang)
        if (posts := AUTHOR_POSTS.match(name)) and name[posts.end() :].strip():
            # the author link's title read as the name ("View all posts by NAME", "Alle Beiträge
            # von NAME", "Все записи автора NAME"): the name after it
            name = name[posts.end() :].strip(" :")
        words = name.split()
        if len(words) >= 2 and words[-1].casefold() in _ADDRESS_ENDS:
            if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", seen):
                site = True  # "Stol It": the site's address
                continue
        if len(words) == 1 and name.casefold() in stops and name.capitalize() not in given_names():
            continue  # "Eine", "Name" (not "Robert" nor "PARIS", which jusText's lists hold)
        if "©" in name or words[0].casefold() in ("copyright", "(c)"):
            continue  # the site's copyright line ("Copyright Haufe-Lexware GmbH"): its publisher's
        if chromewords.is_account_link(name) and name.capitalize() not in given_names():
            continue  # the header's sign-in or cart link ("Anmelden", "Mon Compte"): a widget's word
        if chromewords.credited_only(name, seen):
            continue  # a footer's "Built with Storefront & WooCommerce", its link rel="author": software
        kept.append(name)
    if site:  # the site's field ("stol.it / Suedtirol Online"): its people, not the site's name again
        # nor its place or desk in one word ("Frankfurt", "Red", "Agenturen")
        # nor its company ("Co KG" of "Haufe-Lexware GmbH & Co KG")
        kept = [
            n
            for n in kept
            if n.casefold() not in page_title.casefold()
            and count_words(n) >= 2
            and n.split()[-1].casefold().strip(".") not in _COMPANY_FORMS
        ]
    return author if kept == names else "; ".join(kept)


# The word for "by" before a writer's name in languages whose by-word the extractor does not cut
# off its author field (it knows English's, German's, French's ...): a new user's Tagalog page's
# byline was "Ni Maricel Dagohoy-Santos". By the page's declared language only: "Ni" and "Na"
# are also names' first words ("Na Li", "Ni Ni") on pages in other languages.
_AUTHOR_BY_WORDS = {
    "tl": "ni",
    "fil": "ni",
    "sw": "na|imeandikwa na",
    "cy": "gan",
    "ha": "daga",
    "sq": "nga",
    "is": "eftir",
    "af": "deur",
    "id": "oleh",
    "ms": "oleh",
}


def _without_by_word(name: str, lang: str) -> str:
    """`name` (one name of the extractor's author field) without a leading by-word of the page's
    declared language `lang` (`_AUTHOR_BY_WORDS`) when a name of two words or more follows it
    ("Ni Maricel Dagohoy-Santos" -> "Maricel Dagohoy-Santos" on a Tagalog page); as it is otherwise."""
    words = _AUTHOR_BY_WORDS.get(lang.split("-")[0].lower())
    m = re.match(rf"(?:{words})\s+(?=\S+\s+\S)", name, re.I) if words else None
    return name[m.end() :] if m else name


def author_as_written(author: str, seen: str) -> str:
    """The extractor's `author` as the page's visible text `seen` writes it, when it is a user's
    handle trafilatura title-cased and split at its underscore ("gazza_b" -> "Gazza B"): the
    handle is the only name a forum gives its poster, and "Gazza B" names nobody; or with the
    combining marks the extractor cut off its words put back (`_with_marks`: "शर्म" -> "शर्मा");
    what follows a "»" is a forum post's time, never a name (trial 15); several names the page
    joins with "&" or "/" as one byline (`_names_as_joined`: "Aroha & Ben").
    `author` as it is when `seen` writes it so, or shows no such token (an underscore or a digit
    in it, not in a path) of the same letters."""
    if "»" in author:  # phpBB's "Post by NAME » TIME", cut by the extractor ("Kettle Rider » Tue Nov")
        author = author.split("»", 1)[0].strip()
    if author and not author.isascii():
        # each of the extractor's names on its own ("NAME; NAME": one run of the page's words
        # over both read "Condé Nast; Tom Bennett" as "Condé Nast Tom Bennett", one name)
        # (before the test below: "शर्म" is in "शर्मा")
        author = "; ".join(_with_marks(a.strip(), seen) for a in author.split(";"))
    if ";" in author and (joined := _names_as_joined(author, seen)):
        return joined
    if not author or len(author) > AUTHOR_HANDLE_MAX_CHARS or ";" in author or author in seen:
        return author  # (the page writes the name as the extractor gives it)
    keys = {_handle_key(author)}
    if label := _POST_BY_LABEL.match(author):  # "Przez Marek Z Lodzi": phpBB's "przez marek_z_lodzi »"
        keys.add(_handle_key(author[label.end() :]))
    for m in _HANDLE_TOKEN.finditer(seen):
        token = m.group(0).strip(".-")
        if _written_handle(token) and keys & {_handle_key(token), _handle_key(_NUMBERED_TAIL.sub("", token))}:
            return token
    return author


# The marks a byline joins its names with that the extractor splits them at ("Aroha & Ben",
# "Radio Säntis Redaktion / sda"): one byline as the page shows it.
# ...and the word "und" / "and" / "et" / "y" that trafilatura splits a body's name at too
# ("Bundesministerium für Wirtschaft; Klimaschutz" for the page's "... Wirtschaft und Klimaschutz",
# a new user's wild tuning page): joined as the page writes them, people's names are split again
# by the byline's reader (`textblocks._meta_authors`), a body's name stays whole.
_JOIN_MARK = r"(?:\s*[&/+]\s*|\s+(?:und|and|et|y)\s+)"
JOINED_NAMES_MAX = 3


def _names_as_joined(author: str, seen: str) -> str:
    """The extractor's names (`author`, "NAME; NAME") as the page's visible text `seen` writes
    them on one line joined by "&", "/" or "+" ("Aroha; Ben" -> "Aroha & Ben", "Radio Säntis
    Redaktion; Sda" -> "Radio Säntis Redaktion / sda", the agency's lower case kept): a pair's
    or a desk's and a wire's byline. '' when `seen` joins them so nowhere (several people's
    names each with its own link: the names stay apart)."""
    names = [n.strip() for n in author.split(";") if n.strip()]
    if not 2 <= len(names) <= JOINED_NAMES_MAX:
        return ""
    pattern = _JOIN_MARK.join(rf"(?<!\w){re.escape(n)}" for n in names) + r"(?!\w)"
    # (as the extractor cases them first: a page's heading in capitals repeats a body's name)
    m = re.search(pattern, seen) or re.search(pattern, seen, re.I)
    return " ".join(m.group(0).split()) if m else ""


# What the extractor cuts off a handle's end: from its first figure on ("hausbesitzer_77" ->
# "Hausbesitzer"; trafilatura's AUTHOR_REMOVE_NUMBERS).
_NUMBERED_TAIL = re.compile(r"\d.+$")


def _written_handle(token: str) -> bool:
    """Whether a token of a page's text is a user's handle the extractor may have rewritten as a
    name: one with an underscore or a figure (`givennames.is_handle`: "gazza_b", "mike_2019"), or
    a lower-case one with dots inside (`givennames.is_dotted_handle`: "m.weber") that is no site's
    address ("stol.it", `_ADDRESS_ENDS`)."""
    if is_handle(token):
        return True
    return is_dotted_handle(token) and token.rsplit(".", 1)[-1] not in _ADDRESS_ENDS


# The words phpBB prints before a post's poster (its language packs' word for a post and their
# POST_BY_AUTHOR: "Post by", "Beitrag von", "przez", "Сообщение"), which the extractor takes into
# the author it reads off the post's author line; dropped only where the rest is a handle the
# page writes (`author_as_written`).
_POST_BY_LABEL = re.compile(
    r"^(?:(?:post|beitrag|message|mensaje|messaggio|bericht|mensagem|сообщение|wiadomość|mesaj)\s+)?"
    r"(?:by|von|par|por|da|door|przez|od|av|af|от)?\s*(?<=\s)",
    re.I,
)


def _base_letters(word: str) -> str:
    """A word's letters without its combining marks (Unicode category M) and punctuation, case
    kept (a page's lower-cased "jürgen heitmann" in a link is not its byline): "शर्मा" and
    "शर्म" both give "शरम"."""
    return "".join(c for c in unicodedata.normalize("NFC", word) if unicodedata.category(c)[0] not in "MP")


def _with_marks(author: str, seen: str) -> str:
    """`author` as the words of `seen` write it when the extractor cut combining marks off its
    words: trafilatura's author clean-up strips a name's trailing non-word characters, and
    Python's `\\w` holds no combining mark, so Hindi "अनुराग शर्मा" came out "अनुराग शर्म" (trial
    9). The first run of as many words of `seen` whose base letters (`_base_letters`) are the
    author's, each word's edge punctuation stripped; `author` itself when there is none or it
    lost no mark."""
    words = author.split()
    if author.isascii() or not words:
        return author
    keys = [_base_letters(w) for w in words]
    seen_words = [w.strip(_EDGE_PUNCTUATION) for w in seen.split()]
    for i in range(len(seen_words) - len(words) + 1):
        window = seen_words[i : i + len(words)]
        if [_base_letters(w) for w in window] == keys:
            return " ".join(window)
    return author


# The short lines under a page's headline, where a CMS prints its byline and date in elements of
# their own that neither trafilatura's author nor htmldate's date finder read ("Lucía Serrano" /
# "Madrid - 04 feb 2025 - 13:47 CET"): elements with text of their own after the first <h1>, up
# to the first paragraph (<p>) of more than HEAD_LINE_MAX_WORDS words (the article's text).
HEAD_ELEMENTS_MAX = 12
HEAD_LINE_MAX_WORDS = 16


def _search(tree: Any, xpath: str) -> list[Any]:
    """The elements `xpath` finds in `tree` (lxml; None, or a tree lxml cannot search, gives [])."""
    if tree is None:
        return []
    try:
        return list(tree.xpath(xpath))
    except Exception:  # a tree lxml could not search
        return []


def head_lines(tree: Any) -> str:
    """The lines of text right under the page's first <h1> ("\n"-joined; `HEAD_ELEMENTS_MAX`
    elements with text of their own, each line at most HEAD_LINE_MAX_WORDS words, ending at a
    longer <p> but the first, a standfirst); "" when the page has no <h1> or lxml cannot search it."""
    found = _search(
        tree,
        "(//h1)[1]/following::*[normalize-space(text())][not(self::script or self::style or self::template)]"
        f"[position() <= {HEAD_ELEMENTS_MAX}]",
    )
    lines: list[str] = []
    for n, el in enumerate(found):
        line = inline_text(el)
        if count_words(line) > HEAD_LINE_MAX_WORDS:
            # the article's text; a longer heading, or a paragraph right under the <h1>, is the
            # standfirst, over the byline (trial 17's Danish "manchet"): read on
            if el.tag == "p" and n > 0:
                break
            continue
        if line and line not in lines:
            lines.append(line)
    return "\n".join(lines)


# The lines right over a page's headline, where an e-mail's web view prints its issue and date
# ("Issue #142 · Friday 6 November 2026", trial8's newsletter: no date in its metadata): the
# nearest elements with text of their own before the first <h1> in <body> (a site's date in its
# banner, further up, over its menus, is no article's).
ABOVE_ELEMENTS_MAX = 3


def lines_above_headline(tree: Any) -> str:
    """The lines of text right over the page's first <h1> ("\n"-joined, nearest first;
    ABOVE_ELEMENTS_MAX elements with text of their own, each line at most HEAD_LINE_MAX_WORDS
    words), for segment to read a date from when the page's metadata has none; "" when the page
    has no <h1> or lxml cannot search it."""
    found = _search(
        tree,
        "(//h1)[1]/preceding::*[normalize-space(text())][ancestor::body]"
        f"[not(self::script or self::style or self::template)][position() <= {ABOVE_ELEMENTS_MAX}]",
    )
    lines: list[str] = []
    for el in found:  # (a reverse axis: the nearest first)
        line = inline_text(el)
        if line and count_words(line) <= HEAD_LINE_MAX_WORDS and line not in lines:
            lines.append(line)
    return "\n".join(lines)


def _page_title(tree: Any) -> str:
    """The text of the page's <title> as one line; "" when it has none or lxml could not parse it."""
    if tree is None:
        return ""
    found = tree.find(".//title")
    return " ".join((found.text_content() if found is not None else "").split())


ABOVE_HEADLINE_PROSE_WORDS = 15  # a paragraph of the article under the headline
HEADLINE_MIN_WORDS = 3  # a site's name set as the <h1> ("The Gazette") is shorter
_TITLE_WORD = re.compile(r"\w{4,}")  # words that say something: not "the", "and", "der"


def _shown_text(el: Any) -> str:
    """An element's text as the reader sees it: without soft hyphens, zero-width spaces and BOMs
    (`models.visible`; the zero-width (non-)joiners, which spell Persian and Indic words, stay),
    without a ruby annotation's reading (<rt>, <rp>: NHK's furigana, "子<rt>こ</rt>ども" reads
    "子ども", as the extractor gives the text; a wild tuning page), white space collapsed."""
    if next(el.iter("rt", "rp"), None) is not None:
        el = copy.deepcopy(el)
        for ruby in list(el.iter("rt", "rp")):
            ruby.drop_tree()  # (its tail, the text after it, stays)
    return " ".join(visible(el.text_content()).split())


_HALVES = re.compile(r"[:：]\s+|\s[–—]\s")


def _first_half_over(text: str, key: str) -> bool:
    """Whether an <h1> `text` is a headline's first half, a separator, then the metadata's title
    (its words of 4+ letters `key`): "Aprobaron el comodato: el viejo galpón de cargas de la
    estación será un centro cultural" over og:title "El viejo galpón ... será centro cultural"
    (trial 38). The first half says something (HEADLINE_MIN_WORDS words); a kicker glued to the
    headline has no separator of its own ("Aus den Zeitungen Presseschau: ...")."""
    parts = _HALVES.split(text, maxsplit=1)
    if len(parts) != 2 or count_words(parts[0]) < HEADLINE_MIN_WORDS:
        return False
    return " ".join(_TITLE_WORD.findall(parts[1].casefold())) == key


def _visible_headline(tree: Any, title: str) -> str:
    """The article's title: the headline the page shows, its first <h1> that is another wording
    of the metadata's `title` (og:title, <title>), else `title`. Another wording: HEADLINE_MIN_WORDS
    words or more, neither holding the other, sharing with the title's headline (`headline_of`:
    no site name) two words of 4+ letters or more, and a third of its own (a site's name in an
    <h1>, or a teaser's headline, shares none). The reader saw the <h1> and
    searches for its words; the metadata's wording is for social cards and search engines, and
    the words it adds name the story's topic, which its text names too (trial 7: "Pegel an der
    Donau sinken langsam – Passau bleibt in Alarmbereitschaft" on the page was nowhere in the
    index, its title "Hochwasser in Bayern: Pegel an der Donau sinken langsam"). An <h1> that holds
    the metadata's words and more and is the <title>'s headline too (`headline_of`) is the title:
    the page shows that wording twice, the og:title is a social card's cut (trial 21). An <h1>
    that opens with a first half and then says the title (`_first_half_over`), or that the page
    marks as the article's headline (`_marked_title`: itemprop="headline", a class "title" or
    "headline") sharing one such word, or of MARKED_H1_ALONE_WORDS words or more, is the title."""
    if tree is None or not title:
        return title
    from .segment import headline_of  # (segment reads this module's blocks)

    key = " ".join(_TITLE_WORD.findall(title.casefold()))
    headline = set(_TITLE_WORD.findall(headline_of(title).casefold()))  # the site's name left out
    tab = " ".join(headline_of(_page_title(tree)).split()).casefold()
    for h1 in itertools.islice(tree.iter("h1"), 5):
        text = _shown_text(h1)
        h1_key = " ".join(_TITLE_WORD.findall(text.casefold()))
        if not h1_key or _site_h1(h1):
            continue  # the site's logo or name in an <h1> over the post's (JNews's "site-title": trial 61)
        if key and key in h1_key and key != h1_key and " ".join(text.split()).casefold() == tab:
            # the <h1> holds the metadata's shorter wording and is the <title>'s headline too: the
            # page shows it twice, og:title is a social card's cut ("X invests 38 million in 60
            # buses" over the <h1> and <title> "... for the Porto area", trial 21)
            return text
        if key and h1_key.startswith(key + " ") and _long_enough(title, key) and _goes_on(text, title):
            # the <h1> opens with the metadata's shortened title and goes on ("Walking X: 5
            # days, 4 villages" over og:title "Walking X", trial 18): the reader saw the whole
            # headline (not a kicker before it in the <h1>: "Aus den Zeitungen Presseschau: ...")
            return text
        if _part_of_title(h1, text, title, _page_title(tree)):
            return text  # the metadata's wording adds a kicker, a tagline or the site's name
        if key and _first_half_over(text, key):
            return text
        if not h1_key or h1_key in key or key in h1_key:
            return title  # the page's headline is the metadata's (or holds it)
        words, shared = h1_key.split(), set(h1_key.split()) & headline
        # (an <h1> the page marks as the article's headline or title, by schema.org's itemprop or
        # its class, need share only one word: "Torvik T40 Cordless Mower Review: A Quiet
        # Achiever for Small Yards" under the SEO title "Torvik T40 Review (2022): Tested for 6
        # Weeks", trial 38; "No child should walk to the river before lessons: help us fill 12
        # school tanks" under "Rainwater tanks for 12 Makueni schools: our 2024 appeal", trial 59)
        if count_words(text) >= HEADLINE_MIN_WORDS and (
            (_marked_title(h1) and (shared or count_words(text) >= MARKED_H1_ALONE_WORDS))
            or (len(shared) >= 2 and 3 * len(shared) >= len(set(words)))
        ):
            return text
    return title


# The class words by which a page marks an element as the article's title ("entry-title",
# "page-title", "article__headline", Drupal's "field--name-title")
_TITLE_CLASS_WORD = re.compile(r"(?:^|[\s_-])(?:title|headline)(?:$|[\s_-])", re.I)
_SITE_CLASS_WORD = re.compile(
    r"(?:^|[\s_-])(?:site|logo|brand|masthead|widget|comments?|(?:blog|header)[_-]?(?:title|name))(?:$|[\s_-])", re.I
)


def _home_linked(h1: Any) -> bool:
    """Whether an <h1> links to the site's home page or sits in such a link."""
    return any(_home_link(a.get("href") or "") for a in (*h1.iter("a"), *h1.iterancestors("a")))


def _h1_classes(h1: Any) -> list[str]:
    """The class attributes of an <h1> and of its one child element, if it has one."""
    return [h1.get("class") or "", *((h1[0].get("class") or "",) if len(h1) == 1 else ())]


def _site_h1(h1: Any) -> bool:
    """Whether an <h1> is the site's: it links to the site's home page or sits in such a link, or
    a class word of a site's name marks it or its one child element (`_SITE_CLASS_WORD`)."""
    return _home_linked(h1) or any(_SITE_CLASS_WORD.search(c) for c in _h1_classes(h1))


def _marked_title(h1: Any) -> bool:
    """Whether an <h1> is marked as the article's headline: schema.org's itemprop "headline", or
    a class word "title" or "headline" on it or on its one child element (`_TITLE_CLASS_WORD`)
    and no word of a site's name (`_SITE_CLASS_WORD`: "site-title", "logo-title", "blog-title";
    Jimdo's post headline "j-blog-headline" is the post's: trial 59); not one that
    links to the site's home page or sits in such a link (Blogger's "h1.title", the blog's name:
    trial 29; a wild page's "mosi-logo-title" tagline)."""
    if _home_linked(h1):
        return False
    if h1.get("itemprop") == "headline":
        return True
    return any(_TITLE_CLASS_WORD.search(c) and not _SITE_CLASS_WORD.search(c) for c in _h1_classes(h1))


# A marked <h1> of this many words is the headline though it shares no word with the SEO title
# ("Sette giorni nei cantieri del tram: il diario di una pendolare arrabbiata" under og:title
# "Trasporti Bologna: cosa cambia con la nuova tramvia": a new user's blog page); a section's or
# a site's name is shorter
MARKED_H1_ALONE_WORDS = 5
H1_LABEL_MAX_WORDS = 2  # "Thread:", "Discussion topic:": a label, not a headline's first half


def _without_h1_label(tree: Any, title: str, page_title: str) -> str:
    """`title` without the label an <h1> sets before the element that holds the title ("Thread:
    <span class="threadtitle">TITLE</span>", vBulletin's, in the board's language: "Discussie:",
    "Thema:"), when the title is that <h1>'s text: a leading text of up to H1_LABEL_MAX_WORDS
    words ending with a colon, then one element with the rest, and a <title> that shows the rest
    but not the label (a kicker the <title> shows is the headline's: "Brexit: <span>..."). No
    vocabulary: the markup and the <title> tell the label apart in every language (trial 21:
    "Discussie: [Opgelost] ..." and "Thread: ..." were the titles)."""
    h1 = next(tree.iter("h1"), None) if tree is not None and title else None
    if h1 is None or len(h1) != 1 or (h1[0].tail or "").strip():
        return title
    label = " ".join(visible(h1.text or "").split())
    if not label.endswith((":", "：")) or count_words(label) > H1_LABEL_MAX_WORDS:
        return title
    rest, page = _shown_text(h1[0]), " ".join(page_title.split()).casefold()
    if " ".join(title.split()).casefold() != f"{label} {rest}".casefold() or not rest:
        return title
    return rest if rest.casefold() in page and label[:-1].strip().casefold() not in page else title


def _long_enough(title: str, key: str) -> bool:
    """Whether a shortened title is a headline's first half, not a word: two of its words of 4+
    letters (`key`), or 3+ words as `count_words` counts Chinese and Japanese ("青禾公司发布智能灌溉系统")."""
    return count_words(key) >= 2 or (bool(UNSPACED.search(title)) and count_words(title) >= 3)


def _goes_on(h1: str, title: str) -> bool:
    """Whether the text of an <h1> is `title` and more after a separator of a headline's two
    halves (": 5 days, 4 villages", "; BMRCL adds 4 trainsets", " – ..."): not the date, the
    section or a subtitle in another element of the <h1> ("Title 02.02.2022 • Presse")."""
    head, rest = h1.casefold(), " ".join(title.split()).casefold()
    after = head[len(rest) : len(rest) + 2]
    # (Chinese and Japanese headlines put a space between their halves: "...系统 覆盖...")
    cjk_space = after[:1] == " " and rest[-1:] >= "\u2e80" and after[1:2] >= "\u2e80"
    return head.startswith(rest) and (after.strip()[:1] in tuple(":;,–—-|") or cjk_space)


def _part_of_title(h1: Any, text: str, title: str, page_title: str = "") -> bool:
    """Whether an <h1> (element `h1`, its text `text`) is the headline the page shows inside the
    metadata's longer `title`, which adds a kicker ("Car X tested: Is it better?" over the <h1>
    "Is it better?"), a tagline ("Pasta with chickpeas, grandma's recipe" over "Pasta with
    chickpeas") or the site's name after it ("Brook – Wiki" over "Brook"): 2+ words
    (`count_words`), a contiguous piece of `title`, not its last part after a separator (a site's
    name as the <h1>: "Headline - The Gazette"), not its opening followed by ": " or " » " (a
    blog's name in "Blog: Post") unless the page's <title> `page_title` names its site in a
    part of its own after it ("How to Choose Snowshoes: Size and Terrain | Outfitters": the
    <title>'s and og:title's subtitle, trial 23), and no link to the site's home page (a blog's
    <h1>)."""
    low, whole = " ".join(text.split()).casefold(), " ".join(title.split()).casefold()
    at = whole.find(low)
    if at < 0 or low == whole or count_words(text) < 2:
        return False
    from .segment import title_parts  # (segment reads this module's blocks)

    parts, _ = title_parts(title)
    if len(parts) > 1 and low == parts[-1]:
        return False
    if at == 0 and _SITE_NAME_SEPARATOR.match(whole[len(low) :]) and not _site_part_after(page_title, title, low):
        return False
    return not any(_home_link(a.get("href") or "") for a in h1.iter("a"))


def _site_part_after(page_title: str, title: str, opening: str) -> bool:
    """Whether the page's <title> `page_title` is the metadata's `title` and a site's name after
    its strongest separator ("TITLE | Site"), a part other than `opening` (casefolded): the
    site is named there, so the words before the title's colon are the headline's own."""
    from .segment import title_parts  # (segment reads this module's blocks)

    parts, _ = title_parts(page_title)
    whole = " ".join(title.split()).casefold()
    return len(parts) == 2 and parts[0] == whole and opening not in parts[1]


_HOME_PAGES = frozenset(("", "/", "/index.html", "/index.htm", "/index.php", "index.html", "index.htm", "index.php"))


def _home_link(href: str) -> bool:
    """Whether a link's address is a site's home page ("/", "https://blog.example/", "index.htm")."""
    from urllib.parse import urlsplit

    if not href.strip() or href.lstrip().startswith("#"):
        return False
    url = urlsplit(href.strip())
    return url.path in _HOME_PAGES and not url.query


def _h1_is(tree: Any, title: str) -> bool:
    """Whether the page's first <h1> is `title` word for word (its case and spacing aside)."""
    h1 = next(tree.iter("h1"), None) if tree is not None and title else None
    key = " ".join(title.split()).casefold()
    return h1 is not None and _shown_text(h1).casefold() == key


# A post's title as the page's markup names it: microformats2's "p-name" in an "h-entry"
# (IndieWeb blogs, Micro.blog), hAtom's "entry-title" (WordPress themes' and Blogger's post
# title), schema.org's itemprop "headline"; in the page's order.
_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
_MARKED_HEADLINES = (
    f"//*[{_CLASS.format('p-name')} and ancestor::*[{_CLASS.format('h-entry')}]]"
    f" | //*[{_CLASS.format('entry-title')}] | //*[@itemprop = 'headline']"
)
MARKED_HEADLINES_MAX = 5


def _marked_headline(tree: Any, title: str) -> str:
    """The headline of a page without an <h1> that its markup names the post's title
    (`_MARKED_HEADLINES`), where the extractor took a shorter or another title (a slug-like
    <title>, "Kaieteur overland | Rupununi Notes", over the h-entry's p-name <h2> "Three days,
    two boats and one truck: reaching Kaieteur the slow way": trial 60's blog lost its headline).
    The first such element of HEADLINE_MIN_WORDS+ words that shares a word of 4+ letters with
    `title` (`_TITLE_WORD`) and is not `title`; "" when there is none or the page has an <h1>
    other than the site's (`_site_h1`: Blogger's blog name, linked to its home page, over the
    post's "post-title entry-title" <h3>: trial 61)."""
    if tree is None or not title or any(not _site_h1(h1) for h1 in tree.iter("h1")):
        return ""
    key = set(_TITLE_WORD.findall(title.casefold()))
    for el in itertools.islice(tree.xpath(_MARKED_HEADLINES), MARKED_HEADLINES_MAX):
        text = _shown_text(el)
        words = set(_TITLE_WORD.findall(text.casefold()))
        if count_words(text) >= HEADLINE_MIN_WORDS and words & key and text.casefold() != title.casefold():
            return text if len(text) <= MARKED_HEADLINE_MAX_CHARS else ""
    return ""


MARKED_HEADLINE_MAX_CHARS = 300


# The elements an old table layout sets its headline in, for lack of an <h1> (a <b> in a <font
# size="4">); looked at in the page's order, up to this many (not a <td> or a <div>: a whole
# nested table's text)
_HEADLINE_ELEMENTS = ("b", "strong", "font", "h2", "h3", "big")
HEADLINE_ELEMENTS_MAX = 300


def _headline_without_h1(tree: Any, title: str, page_title: str) -> str:
    """The headline of a page without an <h1> whose extractor took its title from a <title> of
    2+ parts (or a piece of it: trafilatura's "Club - News" of "Club - News - Concert 2026"): the text of the first element
    (`_HEADLINE_ELEMENTS`) that shows the <title>'s headline best (`segment.title_part_rank`:
    "Club - News - Concert 2026" over an element "Concert 2026: a full house"); "" when the page
    has an <h1> or none does."""
    if tree is None or not page_title or tree.find(".//h1") is not None:
        return ""
    from .segment import title_part_rank, title_parts

    parts, head = title_parts(page_title)
    if len(parts) < 2 or " ".join(title.split()).casefold() not in " ".join(page_title.split()).casefold():
        return ""  # the extractor's title is a headline of its own, not the <title> or a piece of it
    best, rank = "", 3
    elements = (el for el in tree.iter(*_HEADLINE_ELEMENTS) if len(el) < 4)
    for el in itertools.islice(elements, HEADLINE_ELEMENTS_MAX):
        text = _shown_text(el)
        if 4 <= len(text) <= 300 and (r := title_part_rank(text.casefold(), parts, head)) >= 0 and r < rank:
            best, rank = text, r
    return best


# Between a site's name and the post's title in a <title> that puts the name first: Blogger's
# "Blog: Post", old WordPress themes' "Blog » Post". Not "|" nor "-": "Headline | Site" puts the
# name last, and the name is then a heading too (two wild tuning pages: "Headline | Blog", whose
# <h1> is the blog's name; "Headline - Party in Parliament"). phpBB 3.0's bullet too, its page's
# label between ("Forum X • View topic - Topic", "Forum X • Thema anzeigen - Topic")
_SITE_NAME_SEPARATOR = re.compile(r"^\s*(?::|»|›|•)\s+")
POST_TITLE_HEADINGS = ("h1", "h2", "h3", "h4")


_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")  # a URL's last part ("adac-kindersitztest-herbst-2018")


def _title_the_tab_shows(tree: Any, title: str, page_title: str, address: str) -> str:
    """The page's own headline where the extractor's `title` is not the story's (a new user's
    try: "Pressemitteilungen", "Aktuelle", "adac-kindersitztest-herbst-2018", "Stardew Valley
    Wiki", "Dein Schweizer Fischereimagazin" were titles). When `title` is a slug (`_SLUG`), or
    its words (`_TITLE_WORD`) are not all the page's <title>'s (`page_title`: a section's
    og:title, a second og:title read last) and it does not hold the <title>'s headline
    (`headline_of`; an <h1> with a kicker does), the first of the page's og:title and
    twitter:title values and its <h1>s whose words are all that headline's (2+ words; no <h1>
    linking to the home page: a blog's name), else an <h1> over a slug. When `title` is the whole
    <title>, the <h1> that is one of its parts (`title_parts`) while another part names the site
    by the page's `address` (`_h1_beside_site_name`). "" otherwise."""
    from .segment import headline_of  # (segment reads this module's blocks)

    if tree is None or not title or not page_title:
        return ""
    tab, low = " ".join(page_title.split()).casefold(), " ".join(title.split()).casefold()
    shown = [(h1, _shown_text(h1)) for h1 in itertools.islice(tree.iter("h1"), 3)]
    h1_elements, h1s = [h1 for h1, t in shown if t], [t for _, t in shown if t]
    if low == tab:
        return _h1_beside_site_name(address, page_title, h1s)
    slug = bool(_SLUG.fullmatch(title.strip()))
    words, head = set(_TITLE_WORD.findall(low)), set(_TITLE_WORD.findall(headline_of(page_title).casefold()))
    if not slug and (words <= set(_TITLE_WORD.findall(tab)) or head <= words):
        return ""
    metas = [" ".join(c.split()) for c in pageurl.meta_contents(tree, "og:title", "twitter:title")]
    homes = {
        t for t, h1 in zip(h1s, h1_elements, strict=True) if any(_home_link(a.get("href") or "") for a in h1.iter("a"))
    }
    for text in [*metas, *(t for t in h1s if t not in homes)]:
        key = set(_TITLE_WORD.findall(text.casefold()))
        if count_words(text) >= 2 and key and key <= head:
            return text
    return h1s[0] if slug and h1s and count_words(h1s[0]) >= 2 else ""


def _h1_beside_site_name(address: str, page_title: str, h1s: list[str]) -> str:
    """The <h1> that is one part of the <title> (`title_parts`) when another part is the site's
    name by the page's `address` (`pageurl.page_address`: "stardewvalleywiki.com" names "Stardew
    Valley Wiki", "petri-heil.ch" itself); "" otherwise (a site's name as the <h1> is no such part)."""
    from .segment import title_parts  # (segment reads this module's blocks)

    parts, _ = title_parts(page_title)
    if len(parts) < 2 or not h1s:
        return ""
    host = (urlsplit(address).hostname or "").casefold().removeprefix("www.")
    name = re.sub(r"[\W_]", "", host.rsplit(".", 1)[0]) if "." in host else ""
    h1 = " ".join(h1s[0].split()).casefold()
    if not name or h1 not in parts:
        return ""
    site = [p for p in parts if p != h1 and (p == host or re.sub(r"[\W_]", "", p) == name)]
    return h1s[0] if site else ""


def _post_title_after_site_name(tree: Any, title: str, page_title: str) -> str:
    """The post's title when the extractor's `title` is the site's name: the page's <title>
    (`page_title`) is that name, a separator and another text ("Jurnal de Maramureș: Drumul spre
    Mănăstirea Bârsana, toamna", Blogger's "BLOG: POST" form; or its part after a page's label,
    phpBB 3.0's "Forum X • View topic - Topic"), and the page shows that text as a heading
    (<h1>..<h4>) of its own (a blog's name is its <h1>, the post's title an <h3>). "" otherwise: a <title> that only continues the extractor's title ("Brexit: what next" over an
    <h1> "Brexit") shows no heading of the rest."""
    if tree is None or not title or not page_title:
        return ""
    page = " ".join(page_title.split())
    name = " ".join(title.split())
    if not page.casefold().startswith(name.casefold()):
        return _post_title_before_site_name(tree, page, name)
    sep = _SITE_NAME_SEPARATOR.match(page[len(name) :])
    rest = page[len(name) + sep.end() :].strip() if sep else ""
    # the rest, or its part after a page's label ("View topic - Topic")
    parts = [rest, *(rest[m.end() :] for m in _SITE_NAME_AFTER.finditer(rest))]
    headings = _post_headings(tree)
    return next((found for part in parts if (found := _heading_holding(part, headings))), "")


def _post_headings(tree: Any) -> dict[str, str]:
    """{heading casefolded: as shown} of the page's first 40 headings (POST_TITLE_HEADINGS)."""
    found = (_shown_text(e) for tag in POST_TITLE_HEADINGS for e in tree.iter(tag))
    return {text.casefold(): text for text in itertools.islice(found, 40)}


def _heading_holding(part: str, headings: dict[str, str]) -> str:
    """The heading (`_post_headings`) that is a <title>'s `part` of two words or more, else the
    only one holding it whole, from a word's start to a word's end: a <title> may give the post's
    title cut short ("Jaden manman m - Kaye Jeanne" over the <h2> "Sa jaden manman m nan Jakmèl
    aprann mwen, ...": trial 63's Dotclear blog, whose <h1> is the blog's name). "" for none."""
    key = " ".join(part.split()).casefold()
    if count_words(key) < 2:
        return ""
    if key in headings:
        return headings[key]
    around = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")
    holding = [shown for heading, shown in headings.items() if around.search(heading)]
    if not holding and count_words(key) >= 3:
        # ...or its words in their order with others between ("Why our community orchard lost
        # its pears" in "Why our community orchard at Tintwell lost almost all of its pears
        # this summer": a new user's blog)
        holding = [shown for heading, shown in headings.items() if _words_in_order(key, heading)]
    # (a heading quoting another, the comments' "2 thoughts on “HEADLINE”", is the other's)
    holding = [h for h in holding if not any(o != h and o.casefold() in h.casefold() for o in holding)]
    return holding[0] if len(holding) == 1 else ""


def _words_in_order(part: str, heading: str) -> bool:
    """Whether every word of `part` (`_TITLE_WORD`) is a word of `heading`, in their order."""
    words = iter(_TITLE_WORD.findall(heading))
    return all(any(w == h for h in words) for w in _TITLE_WORD.findall(part))


# Between the post's title, a forum's or a section's name and the site's name at a <title>'s end
# ("Topic - Board - Forum X", "Headline | Site"): the separators `segment.headline_of` splits at.
# From a run of white space's first character only, each run taken whole (possessive): the same
# matches, in time linear in the title (a run of spaces was tried from each of its characters)
_SITE_NAME_AFTER = re.compile(r"(?<!\s)\s++(?:[-–—|·•»]|::)\s++")


# Words before the site's name in a <title>'s last part: a label of the site's kind, the name in
# the <h1> without it ("Topic - Форум Гранта-Клуб" under the <h1> "Гранта-Клуб", trial 23)
SITE_NAME_LABEL_WORDS = 2


def _post_title_before_site_name(tree: Any, page: str, name: str) -> str:
    """The post's title when the extractor's title is the site's name (`name`, a forum's or a
    site's <h1>: phpBB's "Forum X") and the <title> (`page`) ends with it after a separator:
    the <title> before the name, or before a board's name between (`_SITE_NAME_AFTER`: "Topic -
    Board - Forum X"), as the page shows it as a heading (<h1>..<h4>; phpBB's <h2
    class="topic-title">, trial 18); "" otherwise."""
    if not page.casefold().endswith(name.casefold()) or len(page) == len(name):
        return ""
    rest = page[: len(page) - len(name)] + " "  # (the separator's space after it was the name's)
    seps = list(_SITE_NAME_AFTER.finditer(rest))
    if not seps or not rest[-2].isspace():
        return ""  # the name continues a word ("MyForum X")
    if len(rest[seps[-1].end() :].split()) > SITE_NAME_LABEL_WORDS:
        return ""  # the name ends the <title>'s last part, a text of its own ("Blog about Forum X")
    cuts = [m.start() for m in seps]
    headings = _post_headings(tree)
    return next((found for end in reversed(cuts) if (found := _heading_holding(rest[:end].strip(), headings))), "")


def _parse(html: str) -> Any:
    """The page as an lxml tree, None when lxml cannot parse it (the lead and the short-text
    warning are then left out; trafilatura has already given the article); with what
    PRUNE_XPATHS names removed, the text after each kept, as the extractor saw the page (else
    our own readings of the page, the gaps put back, hold the markers the extractor did not)."""
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception:  # lxml raises several kinds on hopeless markup
        return None
    reviews: list[str] = []
    for xpath in PRUNE_XPATHS:
        for el in tree.xpath(xpath):
            if el.getparent() is not None:
                if xpath == _CUSTOMER_REVIEWS and len(reviews) < REVIEW_ITEMS_MAX:
                    # (each element's text apart: a date glued to the stars' "5 von 5" is no date)
                    reviews.append(" ".join(" ".join(el.itertext()).split()))
                el.drop_tree()  # lxml.html's: the element goes, its tail text stays
    if reviews:  # (for `_drop_reviewer_meta`: no second search of the tree)
        tree.set(REVIEWS_ATTRIBUTE, "\n".join(reviews))
    return tree


def _with_lead(blocks: list[tuple[str, str]], tree: Any, title: str, page_blocks: Any = None) -> list[tuple[str, str]]:
    """`blocks` with the article's lead (`htmllead.lead_paragraphs`) put back where the
    extractor dropped it, hinted LEAD: before its first body block under the title (after the
    title and any heading); and the lead it kept as text (`htmllead.kept_leads`) hinted LEAD where it is."""
    from .htmllead import kept_leads, lead_paragraphs

    blocks = _standfirst_headings(blocks)
    # the standfirst the extractor kept as text (`<p class="standfirst">` under the headline),
    # counted from under the title: a kicker it kept over the headline ("Interview") is no
    # standfirst and hid the one under it (trial 11)
    title_at = next((i for i, (kind, _) in enumerate(blocks) if kind == TITLE), -1)
    body = [i for i, (kind, _) in enumerate(blocks) if not kind and i > title_at]
    kept = kept_leads(tree, title, [blocks[i][1] for i in body], page_blocks)
    if kept and kept < len(body):  # (never the whole article)
        blocks = [(LEAD, t) if i in body[:kept] else (kind, t) for i, (kind, t) in enumerate(blocks)]
    have = {" ".join(t.split()).casefold() for _, t in blocks}  # a lead the extractor kept as a heading
    leads = [
        t
        for t in lead_paragraphs(tree, title, [t for kind, t in blocks if not kind], page_blocks)
        if " ".join(t.split()).casefold() not in have
    ]
    if not leads and not any(kind == LEAD for kind, _ in blocks):
        leads = _meta_standfirst(blocks, tree, title)
    if not leads:
        return blocks
    # under the headline: a kicker the extractor kept as text over it ("Verkehr") is no article
    # text the lead goes before (sixth trial: the lead came first, then the kicker and the title)
    title_at = next((i + 1 for i, (kind, _) in enumerate(blocks) if kind == TITLE), 0)
    at = next((i for i in range(title_at, len(blocks)) if not blocks[i][0]), len(blocks))
    return blocks[:at] + [(LEAD, t) for t in leads] + blocks[at:]


# The opening words of a metadata description that, found in the text, make it the first
# paragraph's excerpt, no standfirst of its own
DESCRIPTION_OPENING_WORDS = 8
_TRUNCATED = ("...", "…", "[…]", "[...]")


def _meta_standfirst(blocks: list[tuple[str, str]], tree: Any, title: str) -> list[str]:
    """[the article's standfirst] as its metadata alone gives it (`htmljsonld.page_descriptions`:
    JSON-LD's article "description", else og:description), for a page whose markup shows no lead
    (a page rendered by JavaScript keeps its dek only there): one of LEAD_MIN_WORDS words or
    more (LEAD_MIN_CHARS letters unspaced) that ends a sentence, cut short by no ellipsis, and
    is not already in the text, neither whole nor by its first DESCRIPTION_OPENING_WORDS words
    (an excerpt of the first paragraph), nor the title; [] when there is none."""
    from .htmljsonld import page_descriptions
    from .htmllead import LEAD_MIN_CHARS, LEAD_MIN_WORDS

    text = " ".join(" ".join(t.split()) for _, t in blocks).casefold()
    for desc in page_descriptions(tree):
        words = desc.split()
        if len(words) < LEAD_MIN_WORDS and not (UNSPACED.search(desc) and len(desc) >= LEAD_MIN_CHARS):
            continue
        if desc.endswith(_TRUNCATED) or not desc.rstrip("\"'”’»)").endswith(tuple(SENTENCE_MARKS)):
            continue
        key = desc.casefold()
        if key in text or " ".join(words[:DESCRIPTION_OPENING_WORDS]).casefold() in text or key == title.casefold():
            continue
        return [desc]
    return []


# A heading of this many words or fewer without a sentence's end reads as a second headline or a
# kicker ("Neue Taskforce des Bundeskriminalamtes nimmt die Arbeit auf", which extraction-wild's
# truth lists as chrome): the segmenter's STANDFIRST_PLAIN_WORDS.
HEADLINE_WORDS = 10


def _standfirst_headings(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`blocks` with a heading under the headline and above any article text that reads as a
    lead (`htmllead.reads_as_lead`: a sentence's words, no date line; a sentence's end or more
    than HEADLINE_WORDS words) hinted LEAD: a standfirst
    set as an <h2> ("<h2 class="subtitle">Grants will connect an estimated 31,000 homes ...")
    is no section heading, and taken for one it named the section of the whole article (trial
    7). Under the headline: after the TITLE block, or from the start when the extractor left
    the headline out; the blocks between may be chrome and captions only."""
    from .htmllead import reads_as_lead

    start = next((i + 1 for i, (kind, _) in enumerate(blocks) if kind == TITLE), 0)
    out = list(blocks)
    for i in range(start, len(blocks)):
        kind, text = blocks[i]
        if kind in ("", BODY, LEAD):
            break
        if (
            kind == HEADING
            and reads_as_lead(text)
            and (_SENTENCE_END.search(text) or count_words(text) > HEADLINE_WORDS)
        ):
            out[i] = (LEAD, text)
    return out


# Put back prose the extractor dropped between its own paragraphs (`htmllead.gap_paragraphs`:
# an interview's questions, a how-to's steps, a paragraph in a module it took for chrome). On
# the wild tuning pages: true positives 1,059 -> 1,064, false positives 65 -> 67; dev unchanged.
ADD_GAPS = True


def _with_gaps(blocks: list[tuple[str, str]], tree: Any, page_blocks: Any = None) -> list[tuple[str, str]]:
    """`blocks` with the prose and the section headings the extractor dropped between two of its
    body paragraphs (`htmllead.gap_paragraphs`) put back in place, hinted BODY (the extractor's
    own blocks have no hint) or HEADING, for the segmenter to classify and to say why it is
    there. A heading already among `blocks` (the extractor kept it) is not put back twice."""
    from .htmllead import gap_paragraphs

    body = [i for i, (kind, _) in enumerate(blocks) if not kind]
    gaps = gap_paragraphs(tree, [blocks[i][1] for i in body], page_blocks)
    after: dict[int, list[tuple[str, str]]] = {}
    for n, kind, text in gaps:
        # the blocks the extractor gave between the two paragraphs ("1 Über die Baumwipfel ..." holds the <h2>'s text)
        given = " ".join(t for _, t in blocks[body[n] : body[n + 1] if n + 1 < len(body) else len(blocks)])
        # a block the extractor gave there already is not put back twice: a heading, or a
        # standfirst it set as a heading (now LEAD: trial 11's dek was put back over the title)
        if " ".join(text.split()).casefold() not in " ".join(given.split()).casefold():
            after.setdefault(body[n], []).append((kind or BODY, text))
    if not after:
        return blocks
    out: list[tuple[str, str]] = []
    for i, block in enumerate(blocks):
        out.append(block)
        out.extend(after.get(i, []))
    return out


# Put back the article's second container after a box the extractor stopped at
# (`htmllead.continuation`; trials 34 and 35, Elementor's widgets).
ADD_CONTINUATION = True


def _with_continuation(blocks: list[tuple[str, str]], tree: Any, page_blocks: Any = None) -> list[tuple[str, str]]:
    """`blocks` with the article's second container (`htmllead.continuation`) put in after the
    extractor's last body paragraph, hinted BODY or HEADING for the segmenter to classify; a
    text already among `blocks` is not given twice."""
    from .htmllead import continuation

    body = [i for i, (kind, _) in enumerate(blocks) if not kind]
    if not body:
        return blocks
    more = continuation(tree, [blocks[i][1] for i in body], page_blocks)
    given = {" ".join(t.split()).casefold() for _, t in blocks}
    more = [(kind or BODY, t) for kind, t in more if " ".join(t.split()).casefold() not in given]
    if not more:
        return blocks
    return blocks[: body[-1] + 1] + more + blocks[body[-1] + 1 :]


MARK_CHROME_BOXES = True


def with_page_spacing(blocks: list[tuple[str, str]], page_blocks: Any) -> list[tuple[str, str]]:
    """`blocks` ((kind hint, text) pairs) with each line that equals a page block's text but for
    white space given the page's spacing (`page_blocks`: `htmllead.text_blocks`, the page's own
    text, white space as the HTML has it, collapsed).

    The extractor trims every node's text and tail, so white space alone between two inline
    elements is lost: "<span>Prep Time 15 mins</span> <span>Cook Time 60 mins</span>" came out
    as "Prep Time 15 minsCook Time 60 mins" (trial 15), and "minsCook" was a word nobody could
    search. A page block never adds white space the HTML lacks ("<b>N</b>o one" stays "No one"),
    so only the lost spaces come back."""
    spaced: dict[str, str] = {}
    for pb in page_blocks:
        if " " in pb.text:
            spaced.setdefault("".join(pb.text.split()), pb.text)
    if not spaced:
        return blocks
    out = []
    for kind, text in blocks:
        lines = text.split("\n")
        fixed = []
        for line in lines:
            page = spaced.get("".join(line.split()))
            fixed.append(page if page is not None and page.count(" ") > line.count(" ") else line)
        out.append((kind, "\n".join(fixed)))
    return out


_LAST_WORD = re.compile(r"\S+$")
_FIRST_WORD = re.compile(r"\S+")


def _seam(left: str, right: str) -> bool:
    """Whether the words `left` and `right`, two inline elements' texts that meet letter to letter
    in the page, are two words by their look: a capitalised word ("Kenya's") after a figure ("08:45",
    "2024"), after an abbreviation in capitals ("GMT", "BST"), or after a sentence's end ("day.")."""
    if not (right[:1].isupper() and right[1:2].islower()):
        return False
    last = left[-1]
    if last.isdigit():
        return True
    if last in ".!?":
        return left[-2:-1].islower()
    letters = re.search(r"[^\W\d_]+$", left)
    return letters is not None and len(letters.group(0)) >= 2 and letters.group(0).isupper()


def inline_seams(tree: Any) -> dict[str, str]:
    """{glued word: the two words} for each place where the texts of two inline elements of the
    page (`tree`, lxml) meet with no white space, and the two are words by their look (`_seam`):
    "<span class=ts>08:45 GMT</span><span>Kenya's ..." gives {"GMTKenya's": "GMT Kenya's"}. A
    browser without the page's style glues them too, but the page sets them apart (display:
    block), and the glued word is one nobody can search (trial 16: "GMTKenya's" tagged a person).
    Text `htmllead.leaves_out` is left out; a BLOCK_TAGS element or a <br> parts the texts anyway."""
    from lxml import etree

    from .htmllead import BLOCK_TAGS, leaves_out

    seams: dict[str, str] = {}
    run = ""  # the end of the block's text so far
    skipped: list[bool] = []
    skip = 0

    def add(piece: str) -> None:
        nonlocal run
        if not piece:
            return
        if run[-1:].strip() and piece[:1].strip():
            left, right = _LAST_WORD.search(run), _FIRST_WORD.match(piece)
            if left and right and _seam(left.group(0), right.group(0)):
                seams[left.group(0) + right.group(0)] = f"{left.group(0)} {right.group(0)}"
        run = (run + piece)[-80:]

    for event, el in etree.iterwalk(tree, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            skipped.append(skip > 0 or not tag or leaves_out(el, tag))
            skip += skipped[-1]
            if not skipped[-1]:
                run = "" if tag in BLOCK_TAGS else run
                add(el.text or "")
            continue
        if skipped.pop():
            skip -= 1
        if tag in BLOCK_TAGS or tag == "br":
            run = ""
        if skip == 0 and el is not tree:
            add(el.tail or "")
    return seams


def _with_seams(text: str, seams: dict[str, str]) -> str:
    """`text` with each word that is a glued pair of the page's inline texts (`inline_seams`)
    given as the two words."""
    return _FIRST_WORD.sub(lambda m: seams.get(m.group(0), m.group(0)), text)


# Split an extractor's long block that holds many of the page's own block elements at their
# edges (`htmlsplit.resplit_merged`: its last resort's one <p> of a misnested article, a
# <blockquote>'s paragraphs as the lines of one block).
RESPLIT_MERGED = True
# Split an extractor's paragraph glued from many of the page's blocks back along them.
SPLIT_GLUED = True
GLUED_MIN_PIECES = 3
GLUE_SKIP = 3  # page blocks the extractor left out between two pieces (a date in <time>)
_GLUE_SLACK = 150  # characters of the glued text between two page blocks found in it


_START = 40  # characters of a page block's start looked for in a paragraph
_START_MIN = 8  # a block with a shorter text is no block to split at


class _PageTexts:
    """The page's own blocks' texts (in order, white space collapsed) with what `_glued_pieces`
    looks up in them for each paragraph, built once a page: the set of the texts, and each
    text's start (its first _START characters, or all of a shorter one) -> the indexes of the
    blocks starting so. Scanning every block for each paragraph made a page of 20,000
    paragraphs take minutes (quadratic); a lookup costs a paragraph the same on any page."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.whole = frozenset(texts)
        self.starting: dict[str, list[int]] = {}
        for i, t in enumerate(texts):
            if len(t) >= _START_MIN:
                self.starting.setdefault(t[:_START], []).append(i)
        self.lengths = sorted({len(k) for k in self.starting})

    def starting_near(self, g: str, within: int) -> list[int]:
        """Indexes (ascending) of the blocks whose start (`_START` characters) first occurs in
        `g` at most `within` characters in: where a tiling of `g` by the blocks may begin."""
        found: set[int] = set()
        for at in range(min(within, len(g) - _START_MIN) + 1):
            for size in self.lengths:
                if at + size > len(g):
                    break
                found.update(self.starting.get(g[at : at + size], ()))
        return sorted(found)


def _glued_pieces(text: str, page: _PageTexts) -> list[tuple[str, int]] | None:
    """`text` cut where the page's own blocks (`page.texts`, in order, white space collapsed)
    begin and end in it, as (piece, index of its page block; -1 for text between two), when
    GLUED_MIN_PIECES+ of them, one after another in the page (at most GLUE_SKIP blocks the
    extractor left out between two), tile it with at most _GLUE_SLACK characters between
    pieces; None otherwise (a paragraph that is one of the page's blocks, or text the page's
    blocks do not tile)."""
    g = " ".join(text.split())
    n = len(g)
    if g in page.whole:
        return None
    page_texts = page.texts
    # A tiling starts at a block whose start the text holds within _GLUE_SLACK characters: only
    # those are tried, in page order (the first occurrence decides, as str.find reports it).
    for first in page.starting_near(g, _GLUE_SLACK):
        if g.find(page_texts[first][:_START]) > _GLUE_SLACK:
            continue
        spans: list[tuple[int, int, int]] = []  # (start, end, page block) of each piece found
        cursor = skipped = 0
        for k in range(first, len(page_texts)):
            if cursor >= n or skipped > GLUE_SKIP:
                break
            b = page_texts[k]
            at = g.find(b, cursor) if b else -1
            end = at + len(b)
            if at < 0 or at - cursor > _GLUE_SLACK or (at and g[at - 1] != " ") or (end < n and g[end] != " "):
                skipped += 1
                continue
            if at > cursor:
                spans.append((cursor, at, -1))
            spans.append((at, end, k))
            cursor, skipped = end, 0
        if sum(k >= 0 for _, _, k in spans) >= GLUED_MIN_PIECES and n - cursor <= _GLUE_SLACK:
            if any(g in b for b in page_texts if len(b) > n):
                return None  # part of one block of the page (looked for only now: rare)
            if cursor < n:
                spans.append((cursor, n, -1))
            pieces = [(g[a:b].strip(), k) for a, b, k in spans]
            return [(piece, k) for piece, k in pieces if piece]
    return None


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def split_glued(blocks: list[tuple[str, str]], page_blocks: Any) -> list[tuple[str, str]]:
    """`blocks` with each extractor's one-line paragraph of 20+ words that the page's own blocks
    tile (`_glued_pieces`) split back into them, a piece that is a heading in the page hinted
    HEADING. trafilatura's last fallback returns a page's whole container as one paragraph (a
    WordPress post with its share bar, "Gefällt mir Wird geladen ...", related posts and
    copyright line in one <p>), where no kind of ours could judge a part. On the tuning pages
    of both corpora it splits 4 paragraphs on 4 wild pages (`page_blocks`: `htmllead.text_blocks`)."""
    page = _PageTexts([b.text for b in page_blocks])
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        pieces = _glued_pieces(text, page) if not kind and "\n" not in text and count_words(text) >= 20 else None
        if pieces is None:
            out.append((kind, text))
            continue
        for piece, k in pieces:
            heading = k >= 0 and page_blocks[k].owner.tag in _HEADING_TAGS
            out.append((HEADING if heading else "", piece))
    return out


_SENTENCE_END = re.compile(rf"[{SENTENCE_MARKS}][\"'”»)]*$")


def mark_over_subheadings(blocks: list[tuple[str, str]], page_blocks: Any) -> list[tuple[str, str]]:
    """`blocks` with each heading right over a heading of a deeper level in the page's markup
    (<h2>Types</h2><h3>Air source</h3>: `page_blocks`, `htmllead.text_blocks`, give each
    heading's element) hinted `over_subheading_hint`: it heads its subsections' text, which the
    segmenter's "heading with no text under it" must not drop. A heading's level is that of the
    first <h1>-<h6> of the page with its text."""
    levels: dict[str, int] = {}
    for b in page_blocks:
        if b.owner.tag in _HEADING_TAGS:
            levels.setdefault(" ".join(b.text.split()), int(b.owner.tag[1]))
    out = list(blocks)
    for i, ((kind, text), (after, sub)) in enumerate(zip(blocks, blocks[1:])):
        if kind == HEADING and after == HEADING:
            level, deeper = levels.get(" ".join(text.split())), levels.get(" ".join(sub.split()))
            if level is not None and deeper is not None and deeper > level:
                out[i] = (over_subheading_hint(), text)
    return out


def _prose_weight(text: str) -> int:
    """Characters of running text in a block: 25+ words, or 10+ ending a sentence, or 40+
    characters of a script written without spaces ending a sentence; 0 for labels and lines."""
    words = len(text.split())
    ends = bool(_SENTENCE_END.search(text.strip()))
    if words >= 25 or (words >= 10 and ends) or (ends and len(text) >= 40 and text.count(" ") * 15 < len(text)):
        return len(text)
    return 0


def _mark_chrome_boxes(
    blocks: list[tuple[str, str]], page_blocks: Any, author: str = "", posts: list[Any] | None = None, title: str = ""
) -> list[tuple[str, str]]:
    """`blocks` with those that sit in a box named like chrome (`htmlchrome.chrome_boxes`)
    hinted BOILERPLATE; the title stays, and so does a box named 'bio' about a person the
    article names who is not the byline's `author` (`about_article_person`: the profiled
    person's fact box, not the site's author box); a thread's `posts` (`with_posts`) are no
    chrome, only boxes inside them may be; the box holding the headline `title` is the article's."""
    from .htmlchrome import chrome_boxes

    texts = [t for _, t in blocks]
    marked = chrome_boxes(page_blocks, texts, [_prose_weight(t) for t in texts], posts or (), title)
    for reason in {r for r in marked.values() if r.startswith("in a box named 'bio'")}:
        box = [i for i, r in marked.items() if r == reason]
        if about_article_person([blocks[i][1] for i in box], blocks[: min(box)], author):
            for i in box:
                del marked[i]
    return [
        (chrome_hint(marked[i]) if i in marked and kind != TITLE else kind, t) for i, (kind, t) in enumerate(blocks)
    ]


# Mark an author box by what it is (`htmlchrome.author_boxes`), whatever its class is named.
MARK_AUTHOR_BOXES = True


def _mark_author_boxes(blocks: list[tuple[str, str]], page_blocks: Any, author: str) -> list[tuple[str, str]]:
    """`blocks` with those in an author box after the article (`htmlchrome.author_boxes`; `author`:
    the byline's name from the metadata) hinted BOILERPLATE; a block already hinted keeps its hint."""
    from .htmlchrome import author_boxes

    marked = author_boxes(page_blocks, [t for _, t in blocks], [_prose_weight(t) for _, t in blocks], author)
    return [
        (chrome_hint(marked[i]) if i in marked and kind in ("", BODY, HEADING) else kind, t)
        for i, (kind, t) in enumerate(blocks)
    ]


# A heading whose box holds chrome only (a newsletter box's "Get the morning briefing" over its
# sign-up line) heads that box, not the article's paragraphs after it (this round's trial: the
# box's heading became their section). See `_mark_box_headings`.
MARK_BOX_HEADINGS = True
# Put back the captions of the article's own figures, which include_images=False drops
# (`htmlfigures.with_figure_captions`; trial 5: a <figcaption> was lost without a trace).
ADD_FIGURE_CAPTIONS = True
BOX_HEADING_REASON = "heading of a box of page chrome"


def _held_blocks(owners: list[Any]) -> dict[Any, list[int]]:
    """Element -> the blocks (indexes, ascending) inside it, for every element around a block
    (`owners`: each block's element in the page, None when not found). The keys keep lxml's
    element proxies alive, so each element is one key."""
    held: dict[Any, list[int]] = {}
    for k, owner in enumerate(owners):
        if owner is not None:
            for el in (owner, *owner.iterancestors()):
                held.setdefault(el, []).append(k)
    return held


def _box_label(text: str) -> bool:
    """Whether an extracted paragraph reads as a box's label: one line of at most
    CONTACT_MAX_WORDS words with no sentence mark ("Sobre la firma", "About the author")."""
    return "\n" not in text and count_words(text) <= CONTACT_MAX_WORDS and not _SENTENCE_MARK.search(text)


def _mark_box_headings(blocks: list[tuple[str, str]], page_blocks: Any) -> list[tuple[str, str]]:
    """`blocks` with each heading hinted BOILERPLATE whose box (the smallest element around it
    that holds another block: `_held_blocks`) it opens and whose other blocks are all chrome
    (and each label set as a paragraph, `_box_label`: "Sobre la firma" over a dropped bio):
    hinted so already, or dropped by the segmenter for their words (`segment.html_chrome_reasons`). A heading whose element holds article text, or set
    in the article's container beside the box's lines, is left alone (a section's heading over
    a dropped photo credit)."""
    from .htmlchrome import locate
    from .segment import html_chrome_reasons

    headings = [i for i, (kind, text) in enumerate(blocks) if kind == HEADING or (not kind and _box_label(text))]
    if not headings:
        return blocks
    where = locate(page_blocks, [t for _, t in blocks])
    owners = [page_blocks[j].owner if j >= 0 else None for j in where]
    held = _held_blocks(owners)
    out = list(blocks)
    for i in headings:
        # the smallest element around the heading's that holds another block: its box
        owner = owners[i]
        chain = (owner, *owner.iterancestors()) if owner is not None else ()
        box = next((held[el] for el in chain if len(held[el]) > 1), [])
        if not box or box[0] < i:  # (ascending, the heading's own among them)
            continue  # no box, or the heading does not open it
        others = box[1:]
        said = html_chrome_reasons([blocks[k][1] for k in others])
        if all(split_hint(blocks[k][0])[0] == BOILERPLATE or why for k, why in zip(others, said)):
            out[i] = (chrome_hint(BOX_HEADING_REASON), blocks[i][1])
    return out


# Mark the articles a page appends under its own (infinite scroll): see `mark_other_articles`.
MARK_OTHER_ARTICLES = True
OTHER_ARTICLE_MIN_PROSE = 200  # characters of running text (`_prose_weight`) that make an article
OTHER_ARTICLE_REASON = "another article on the page (its own <article> with its own <h1>)"


def _article_of(el: Any) -> Any:
    """The innermost <article> element that is or holds `el`; None when none does."""
    return el if el.tag == "article" else next(el.iterancestors("article"), None)


def mark_other_articles(blocks: list[tuple[str, str]], page_blocks: Any) -> list[tuple[str, str]]:
    """`blocks` with those that sit in another article than the page's own hinted BOILERPLATE.

    A news page that loads the next stories as the reader scrolls sets each in an <article> of
    its own, with its own <h1>, and the extractor may keep them all (a wild tuning page kept
    three more stories, headline and text, after its own). When the extracted blocks sit in two
    or more <article> elements, none inside another, each holding OTHER_ARTICLE_MIN_PROSE
    characters of running text, the first is the page's article, and a later one that holds
    an <h1> is another article: its blocks are chrome (OTHER_ARTICLE_REASON). <article>
    elements without an <h1> are left alone: sites set a FAQ's answers, a list's entries, a
    page's sections or a forum's posts each in an <article>. `page_blocks` is
    `htmllead.text_blocks` of the page."""
    from .htmlchrome import locate

    where = locate(page_blocks, [t for _, t in blocks])
    article: dict[int, Any] = {}
    prose: dict[Any, int] = {}
    order: list[Any] = []
    for i, j in enumerate(where):
        art = _article_of(page_blocks[j].owner) if j >= 0 and blocks[i][0] in ("", BODY, HEADING) else None
        if art is None:
            continue
        article[i] = art
        if art not in prose:
            order.append(art)
            prose[art] = 0
        prose[art] += _prose_weight(blocks[i][1])
    stories = [a for a in order if prose[a] >= OTHER_ARTICLE_MIN_PROSE]
    if len(stories) < 2:
        return blocks
    main = stories[0]
    inside_main = {main, *main.iterancestors()}
    others = {
        a
        for a in stories[1:]
        if a not in inside_main and main not in set(a.iterancestors()) and next(a.iter("h1"), None) is not None
    }
    if not others:
        return blocks
    return [
        (chrome_hint(OTHER_ARTICLE_REASON) if article.get(i) in others else kind, t)
        for i, (kind, t) in enumerate(blocks)
    ]


# Ask readability and jusText which of our paragraphs after the article's text they hold
# (`htmlagree.unconfirmed`); a switch for the A/B in docs/quality.md, like ADD_GAPS.
AGREEMENT = True


def _mark_unconfirmed(blocks: list[tuple[str, str]], html: str, tree: Any) -> list[tuple[str, str]]:
    """`blocks` with those neither readability nor jusText holds after the article's text
    (`htmlagree.unconfirmed`) hinted BOILERPLATE with its reason."""
    from .htmlagree import unconfirmed

    marked = unconfirmed(html, tree, blocks)
    return [(chrome_hint(marked[i]) if i in marked else kind, t) for i, (kind, t) in enumerate(blocks)]


def _warnings(path: str, encoding: str, tree: Any, blocks: list[tuple[str, str]]) -> list[str]:
    """What the user is told about a page that gave article text: a damaged or guessed
    encoding (`decode`'s `how`), and text far shorter than the page's prose paragraphs."""
    warnings: list[str] = []
    if "(given, " in encoding:  # the user's codec has no character for some bytes, or garbles the page
        warnings.append(named_encoding_warning(path, *_given_parts(encoding)))
    elif encoding.endswith("replaced)"):
        replaced = encoding.split("(")[1].rstrip(")")  # "3 invalid byte sequences replaced"
        warnings.append(f"{path}: not valid UTF-8; read as UTF-8 with {replaced} by U+FFFD")
    elif encoding.endswith("(guessed)"):  # said only of pages that gave text: the text may be garbled
        warnings.append(
            f"{path}: no charset declared and not UTF-8; decoded as {encoding.split()[0]} (a guess): "
            + encoding_hint(encoding.split()[0])
        )
    elif "(guessed, declared " in encoding:  # the page says one charset and is in another
        declared = encoding.split("(guessed, declared ")[1].rstrip(")")
        warnings.append(
            f"{path}: declares charset {declared} but is not in it; decoded as {encoding.split()[0]} (a guess): "
            + encoding_hint(encoding.split()[0])
        )
    missed = missed_posts(tree, blocks)
    if missed:
        warnings.append(
            Advice(
                "",
                f"{literal(path)}: extracted {missed[0]} of the page's {missed[1]} posts (its boxes of text set alike, "
                "a forum's or a thread's): the others are not indexed (see {0} for what was kept)",
                (Command("parse", (path,)),),
            )
        )
        return warnings  # the same fault: the other posts are the prose the next warning misses
    prose = visible_prose_chars(tree)
    body_chars = sum(len(t) for hint, t in blocks if split_hint(hint)[0] not in (CAPTION, TITLE, HEADING, BOILERPLATE))
    if prose >= SHORT_PROSE_MIN and body_chars < SHORT_SHARE * prose:
        warnings.append(
            Advice(
                "",
                f"{literal(path)}: extracted {body_chars:,} characters of article text, but the page has about "
                f"{prose:,} characters of prose paragraphs: part of the article may be missing "
                "(see {0} for what was kept)",
                (Command("parse", (path,)),),
            )
        )
    return warnings


# Text written in lines rather than sentences (lyrics, poems, a recipe's steps): an article when
# its paragraphs (not lists or tables: a list of links is a menu) hold at least this many lines
# of 4+ characters and this much text in them (a corpus lyrics page: 36 lines, 560 characters,
# no sentence punctuation at all).
VERSE_MIN_LINES = 8
VERSE_MIN_CHARS = 200


def _verse_lines(body: Any) -> list[str]:
    """Lines of 4+ characters in the paragraphs and quotes of trafilatura's <body>: a line per
    <p> or per <lb/> (a line break in the page). List items, table cells and the raw newlines
    of text the extractor's fallbacks glued into one <p> (a menu's links) are not lines."""
    if body is None:
        return []
    lines: list[str] = []
    for el in body:
        if (el.tag if isinstance(el.tag, str) else "") not in ("p", "quote"):
            continue
        parts: list[str] = [el.text or ""]
        for node in el.iterdescendants():
            if node.tag == "lb":
                parts.append("\x00")  # a line break; raw newlines are only white space
            parts.append((node.text or "") + (node.tail or ""))
        joined = "".join(parts)
        lines.extend(ln for ln in (" ".join(x.split()) for x in joined.split("\x00")) if len(ln) >= 4)
    return lines


def has_article_text(blocks: list[tuple[str, str]], verse: list[str] = ()) -> bool:  # type: ignore[assignment]
    """Whether the extractor's (kind hint, text) blocks hold an article: a body block with a
    sentence (`is_sentence`: five words and sentence punctuation, any script), or, in `verse`
    (`_verse_lines`), text in lines without sentence punctuation: VERSE_MIN_LINES lines holding
    VERSE_MIN_CHARS characters. Captions, titles, headings and lists of links alone are not an
    article."""
    if any(kind not in (CAPTION, TITLE, HEADING) and is_sentence(text) for kind, text in blocks):
        return True
    return len(verse) >= VERSE_MIN_LINES and sum(map(len, verse)) >= VERSE_MIN_CHARS


# The "far shorter than the page" warning: extracted body under half of the page's prose
# paragraphs, on pages with at least this much prose (below that, one lost paragraph would
# trigger it).
SHORT_SHARE = 0.5
SHORT_PROSE_MIN = 1500
VISIBLE_PROSE_WORDS = 20  # a prose paragraph's words (twice as many letters in a script without spaces)
# (a comment section's name in every language of chromewords.LANGUAGES too: "komentare", "yorumlar")
_COMMENTISH = re.compile(
    rf"comment|respon|reply|discuss|disqus|footer|sidebar|related|teaser|promo|{chromewords.labels(chromewords.COMMENT_NAMES)}",
    re.I,
)


# A forum's or a thread's posts are boxes set alike, siblings of one tag and class ("post bg1",
# "post bg2"; each an <article>). trafilatura may take the first alone: its article rule is
# "(.//article)[1]", and its content rules take the first box so named (trial: a forum page's
# second post dropped, with no warning: two posts of one length are 50% of the page's prose, the
# "far shorter" warning counts only <p> prose of 1,500 characters and more, and leaves out boxes
# named "reply" or "comment").
# The boxes those rules take the first of: an <article>, or one named as trafilatura's first
# content rule names a post (its class "post" or "entry", a post's content or body, a message),
# or as vBulletin names a post's box ("postbitlegacy postbitim postcontainer", "postbit": trial
# 42's thread lost two of its seven posts with no warning).
_POST_NAME = re.compile(
    r"^(?:post|entry|message|postbody|post[-_]?(?:content|body|text|entry)|postbit(?:legacy|im)?|postcontainer)$", re.I
)
_NAME_END = re.compile(r"[\d_-]+$")
_HEADINGS = ("h1", "h2", "h3", "h4")


def _box_key(el: Any) -> tuple[str, str] | None:
    """(tag, name) of a box that may be a post (an <article>, or a box named `_POST_NAME`): its
    first class (or its id) less the digits a site numbers or alternates its boxes by ("post2",
    "windowbg2"); None for other elements, and for a box with a heading (a teaser's, a list's
    entry's, a section's: a forum's post has none) or named a comment."""
    if not isinstance(el.tag, str) or el.tag not in ("article", "div", "section", "li"):
        return None
    name = _NAME_END.sub("", ((el.get("class") or "").split() or [el.get("id") or ""])[0])
    if (el.tag != "article" and not _POST_NAME.match(name)) or "comment" in name.lower():
        return None  # readers' comments are left out on purpose (`_bare_extraction`)
    return None if any(next(el.iter(h), None) is not None for h in _HEADINGS) else (el.tag, name)


def _post_groups(
    tree: Any, blocks: list[tuple[str, str]], title: str = ""
) -> Iterator[tuple[list[Any], list[str], list[int], int, bool]]:
    """The page's groups of posts that the extraction (`blocks`, kind hints and texts) holds
    some of, in document order: (boxes, their texts with white space collapsed, the indexes of
    the boxes that are posts, how many of those the extraction holds, whether the group is a
    thread's by its structure, `htmlthread.is_thread`). Boxes: sibling boxes of one `_box_key`,
    two or more; a post: a box holding a prose paragraph's words (VISIBLE_PROSE_WORDS, a
    sentence). A group none of whose posts was extracted (a blog's comment boxes beside its
    article) is left out, unless it is a thread's (a Q&A page's answers; `title`: the page's,
    which a post's heading may repeat, `htmlthread.box_key`)."""
    hinted = [(split_hint(hint)[0], " ".join(t.split())) for hint, t in blocks]
    # (compared without white space: the extractor runs a post's poster card into its text,
    # "anglerfritzBeiträge: 10 ... Hallo zusammen")
    kept = ["".join(t.split())[:50] for kind, t in hinted if kind not in (BOILERPLATE, CAPTION) and len(t) >= 30]

    def found_of(texts: list[str], posts: list[int]) -> int:
        bare = ("".join(texts[i].split()) for i in posts)  # (each post's once, not once a key)
        return sum(any(k in t for k in kept) for t in bare)

    first = tuple(
        next((t[:60] for kind, t in hinted if kind in kinds and is_sentence(t)), "")
        for kinds in (("", BODY, LEAD), ("", BODY))
    ) + (_first_after_title(hinted, title),)
    starters = thread_starters(tree)
    for parent in tree.iter():
        own = _sibling_groups(parent, _box_key)
        for boxes in own:
            texts, posts = _posts_of(boxes)
            found = found_of(texts, posts)
            if len(posts) >= 2 and found:
                yield boxes, texts, posts, found, False
            elif (replies := _with_short_replies(boxes, texts, posts, first)) is not None:
                yield boxes, texts, replies, found_of(texts, replies), True
        for boxes in _sibling_groups(parent, lambda el: htmlthread.box_key(el, title)):
            if boxes in own:
                continue
            texts, posts = _posts_of(boxes)
            if len(posts) < 2 and (replies := _with_short_replies(boxes, texts, posts, first)) is not None:
                posts = replies
            elif len(posts) < 2 or not htmlthread.is_thread(boxes, texts, posts, first, starters):
                continue
            if (question := htmlthread.question_of(boxes)) is not None:  # a Q&A page's question first
                boxes = [question, *boxes]
                texts, posts = _posts_of(boxes)
            yield boxes, texts, posts, found_of(texts, posts), True


def _first_after_title(hinted: list[tuple[str, str]], title: str) -> str:
    """The start of the first text paragraph after the page's headline among the extracted
    blocks (`hinted`: kind hint, text), "" without the headline there: a thread's opening post
    follows it, where the extractor may have kept a box above it first (Invision's forum rules:
    trial 48's thread lost every post)."""
    key = " ".join(title.split()).casefold()
    at = next((k for k, (_, t) in enumerate(hinted) if key and t.casefold() == key), None)
    if at is None:
        return ""
    return next((t[:60] for kind, t in hinted[at + 1 :] if kind in ("", BODY) and is_sentence(t)), "")


# A thread's reply may be one short sentence ("Im Hafen ist es im Winter klar besser."): its box,
# with the poster's name, the time and the reply buttons, holds fewer than a prose paragraph's
# words. Such a box is a post when the group is a thread's (every post signed, the first the
# article's opening, `htmlthread.is_thread`) and the box holds a sentence of REPLY_MIN_WORDS words
# or more (a "Danke!" alone is no text to find).
REPLY_MIN_WORDS = 5


def _with_short_replies(
    boxes: list[Any], texts: list[str], posts: list[int], first: tuple[str, ...]
) -> list[int] | None:
    """The indexes of a thread's posts counting its short replies (REPLY_MIN_WORDS words or more,
    a sentence) when `posts` (the boxes holding a prose paragraph) are fewer than two, the first
    of them opens the group and the group with its replies is a thread's (`htmlthread.is_thread`);
    None otherwise."""
    if len(posts) != 1 or any(texts[i] for i in range(posts[0])):
        return None
    replies = [i for i, t in enumerate(texts) if i in posts or (count_words(t) >= REPLY_MIN_WORDS and is_sentence(t))]
    if len(replies) < 2 or not htmlthread.is_thread(boxes, texts, replies, first):
        return None
    return replies


def _sibling_groups(parent: Any, key: Any) -> list[list[Any]]:
    """The children of `parent` grouped by `key` (a function of an element: a hashable, or None
    for a child in no group), the groups of two or more, in the order of their first child."""
    groups: dict[Any, list[Any]] = {}
    for child in parent:
        k = key(child)
        if k is None and (inner := _wrapped(child)) is not None:
            child, k = inner, key(inner)
        if k is not None:
            groups.setdefault(k, []).append(child)
    return [boxes for boxes in groups.values() if len(boxes) >= 2]


def _wrapped(el: Any) -> Any | None:
    """The one element inside `el` when `el` is a bare wrapper (no class, no id, no text of its
    own), else None: a thread's posts one to a list item (WoltLab's <ul class="messageList">
    of <li>s each holding an <article class="message">; trial 46's thread kept 1 post of 4)."""
    if not isinstance(el.tag, str) or el.get("class") or el.get("id") or len(el) != 1:
        return None
    inner = el[0]
    if not isinstance(inner.tag, str) or (el.text or "").strip() or (inner.tail or "").strip():
        return None
    return inner


def _posts_of(boxes: list[Any]) -> tuple[list[str], list[int]]:
    """The boxes' texts (white space collapsed; a box's text is its whole subtree's) and the
    indexes of those that are posts (a prose paragraph's words and a sentence)."""
    texts = [" ".join(box.text_content().split()) for box in boxes]
    # (words as `count_words` counts them: a Japanese answer has no spaces, trial 28)
    return texts, [i for i, t in enumerate(texts) if count_words(t) >= VISIBLE_PROSE_WORDS and is_sentence(t)]


def missed_posts(tree: Any, blocks: list[tuple[str, str]]) -> tuple[int, int] | None:
    """(posts extracted, posts) when the extraction (`blocks`, kind hints and texts) holds the
    text of some but not all of a page's posts (`_post_groups`); None otherwise (no such boxes,
    or none of them extracted: a blog's comment boxes beside its article; or the body text far
    longer than the posts', POSTS_BODY_SHARE: teaser cards beside an article)."""
    if tree is None:
        return None
    body = sum(len(" ".join(t.split())) for hint, t in blocks if split_hint(hint)[0] in ("", BODY))
    for _, texts, posts, found, _ in _post_groups(tree, blocks):
        if found < len(posts) and body < POSTS_BODY_SHARE * sum(len(texts[i]) for i in posts):
            return found, len(posts)
    return None


# The extraction's body text this many times all the posts' text or more: the posts are not the
# page's text but a list beside an article, one of them the article's own teaser (a magazine's
# "c-postList__post" cards under its story: "extracted 1 of the page's 6 posts" told of text
# lost that was never the article's).
POSTS_BODY_SHARE = 2


# Put back the posts of a page of posts (a channel's or a chat's export, a thread) that the
# extractor left out: its rules take the first box named as a post (trial 11: a Telegram
# Desktop export, `div.message > div.text`, kept 1 post of 5, with its signature as text and
# its time as the section of the page).
PUT_BACK_POSTS = True
POST_META_REASON = "post's metadata (its sender, signature, time or reactions)"
# A post's metadata, by the class of its element: the sender ("from_name", "author",
# "username"), the picture or initials beside it, the signature, the time, the readers'
# reactions (Telegram Desktop's export, phpBB's and vBulletin's "author"/"postprofile",
# WordPress's "entry-meta"/"entry-date"), the header naming who posted when (XenForo's
# "message-attribution", with the post's number "#3"). A class token holding one of these words
# between its ends and "_" or "-".
_POST_META_CLASS = re.compile(
    r"(?:^|[_-])(from|author|user(?:name|pic)?|avatar|initials|signature|date|time|timestamp|"
    r"reactions?|likes?|meta|attribution|userinfo|usertitle|posthead|postdate|postfoot|postcontrols|header)(?:$|[_-])",
    re.I,
)
# ...and a post's header named in camel case ("messageHeader", WoltLab's, holding the post's
# number and time: trial 46). Only at the token's end: split at every hump, WoltLab's
# "userOnlineGroupMarking3" on the post's own <article> read as "user" (trial 39's first post lost)
_CAMEL_HEADER = re.compile(r"[a-z]Header$")


# What the extractor keeps below a thread's last post, outside the posts, is the forum's:
# phpBB's "Who is online" panel and its "New here?" rules box (trial 23), a related topics
# list. A thread's page holds no text of its own after its posts (its article is its posts).
MARK_AFTER_THREAD = True
AFTER_THREAD_REASON = "below a thread's last post (the forum's boxes)"


# schema.org's markup of a post's reactions (Discourse's likes, a Q&A site's votes), microdata
_POST_META_PROPS = frozenset({"interactionstatistic", "upvotecount", "downvotecount"})


def _post_meta(owner: Any, box: Any) -> str:
    """The word (lower case) by which the element `owner`, inside the post `box`, or an element
    around it below the box, is named as a post's metadata (`_POST_META_CLASS`: "from",
    "signature", "date", a post's "header" with its number and time, also in camel case:
    `_CAMEL_HEADER`); "" when none is."""
    for el in (owner, *owner.iterancestors()):
        if el is box:
            return ""
        if (el.get("itemprop") or "").lower() in _POST_META_PROPS:
            return "reactions"
        for token in htmlthread.class_words(el):
            m = _POST_META_CLASS.search(token)
            if m:
                return m.group(1).lower()
            if _CAMEL_HEADER.search(token):
                return "header"
    return ""


_SENDER_WORDS = frozenset({"from", "author", "user", "username"})


def with_posts(
    blocks: list[tuple[str, str]], tree: Any, page_blocks: Any, meta: dict[str, str]
) -> tuple[list[tuple[str, str]], list[Any]]:
    """`blocks` with the posts of the page's first group of posts that the extraction holds
    some of, or of a thread's (`_post_groups`), put back where the extractor left them out, in
    the page's order, hinted BODY: each box of the group with a sentence (`is_sentence`) and no
    extracted block (of a thread's post, its text from its first sentence to its last: not its
    vote buttons before it, nor its "Share" and "Follow" links after it); and every block in the
    group's boxes named as a post's metadata (`_post_meta`: the sender, the signature, the time,
    the reactions) hinted BOILERPLATE, put back or extracted: a post's time is no section and
    its signature no text. When the group's sender line also stands before the group, in the
    page's header, it is the channel's name: `meta`'s title (a Telegram export's <title> is
    "Exported Data"). `page_blocks` is `htmllead.text_blocks` of `tree`. Also returns the
    group's boxes (none without a group): its posts are no chrome, whatever their markup says
    (Discourse's replies are schema.org comments)."""
    from .htmlchrome import locate

    group = next(_post_groups(tree, blocks, meta.get("title", "")), None)
    if group is None:
        return blocks, []
    boxes, texts, _, _, thread = group
    in_box = _blocks_in_boxes(page_blocks, boxes)
    if not in_box:
        return blocks, []
    where = locate(page_blocks, [t for _, t in blocks])
    held = {in_box[j] for j in where if j in in_box}
    missing = [j for j, k in sorted(in_box.items()) if k not in held and is_sentence(texts[k])]
    if thread:
        missing = _post_texts(missing, in_box, page_blocks, boxes, blocks)
        missing = sorted({*missing, *_post_gaps(where, in_box, page_blocks, boxes, blocks)})
    named = {j: _post_meta(page_blocks[j].owner, boxes[k]) for j, k in in_box.items()}
    metadata = {j for j, word in named.items() if word}
    end = _thread_end(tree, boxes, page_blocks, in_box, meta.get("title", "")) if thread else -1
    out: list[tuple[str, str]] = []
    pending = iter(missing)
    nxt = next(pending, None)
    for (kind, text), j in zip(blocks, where):
        while nxt is not None and 0 <= j and nxt < j:
            out.append((chrome_hint(POST_META_REASON) if nxt in metadata else BODY, page_blocks[nxt].text))
            nxt = next(pending, None)
        if j in metadata:
            kind = chrome_hint(POST_META_REASON)
        elif thread and j > end and MARK_AFTER_THREAD:
            kind = chrome_hint(AFTER_THREAD_REASON)
        out.append((kind, text))
    while nxt is not None:
        out.append((chrome_hint(POST_META_REASON) if nxt in metadata else BODY, page_blocks[nxt].text))
        nxt = next(pending, None)
    senders = {page_blocks[j].text for j, word in named.items() if word in _SENDER_WORDS}
    header = next((page_blocks[j].text for j in range(min(in_box)) if page_blocks[j].text in senders), "")
    if header and not thread:
        meta["title"] = header
    if thread:
        _starter_byline(meta, boxes)
        if posters := htmlthread.posters_meta([poster_name(box) for box in boxes], [_shown_text(b) for b in boxes]):
            meta[htmlthread.POSTERS_META] = posters
    return out, boxes


def _sender_name(box: Any) -> str:
    """The name of a post's sender in its box: the text of the first element a sender's class
    word names (`_POST_META_CLASS`, `_SENDER_WORDS`: "username", "author") of 1 to
    SENDER_NAME_MAX_WORDS words; "" when none is."""
    for el in box.iter():
        if not isinstance(el.tag, str):
            continue
        for token in htmlthread.class_words(el):
            m = _POST_META_CLASS.search(token)
            if m and m.group(1).lower() in _SENDER_WORDS:
                text = _shown_text(el)
                if 1 <= count_words(text) <= SENDER_NAME_MAX_WORDS:
                    return text
                break
    return ""


SENDER_NAME_MAX_WORDS = 4


# A post's header naming its poster holds the name, a rank, counts and a date at most.
POSTER_ELEMENT_MAX_WORDS = 12


def poster_name(box: Any) -> str:
    """The name of the poster of a thread's post in its `box`, as the page shows it, from the
    post's own elements (`_own_element`): the full name schema.org's author element gives after
    the handle ("priya_n (Priya Nair)": Discourse's crawler view, as `_handles_full_name` reads
    the starter's), else that element's name (`_name_in`); else the name in the first element a
    sender's class word names (`_POST_META_CLASS`, `_SENDER_WORDS`) that holds no other such
    element (XenForo's "username" link, not the "message-user" panel around it with the
    poster's rank glued to the name). "" when none is, and when the box names two posters (a
    box around a whole thread's posts, each with its author element or profile link)."""
    authors = [el for el in box.iterfind(".//*[@itemprop='author']") if _own_element(el, box)]
    names = {_name_in(el)[0] for el in authors} - {""}
    senders = [el for el in box.iter() if isinstance(el.tag, str) and _names_sender(el) and _own_element(el, box)]
    inner = [_name_in(el) for el in senders if not any(_names_sender(d) for d in el.iterdescendants())]
    if len(names) > 1 or len({name for name, linked in inner if name and linked}) > 1:
        return ""
    return names.pop() if names else next((name for name, _ in inner if name), "")


def _own_element(el: Any, box: Any) -> bool:
    """Whether `el`, inside the post `box`, is the post's own: not in a quote of another post
    (`_in_quote`: that post's poster), nor in the comments under it (`htmlthread.in_comments`:
    a Q&A answer's commenter, "comment-user", is not its writer), nor a form's (a login box's
    "username" field)."""
    if _in_quote(el, box) or htmlthread.in_comments(el, box):
        return False
    return el.tag != "form" and next(el.iter("input", "form"), None) is None


def _names_sender(el: Any) -> bool:
    """Whether a class word of `el` names a post's sender (`_POST_META_CLASS`, `_SENDER_WORDS`)."""
    for token in htmlthread.class_words(el):
        m = _POST_META_CLASS.search(token)
        if m and m.group(1).lower() in _SENDER_WORDS:
            return True
    return False


def _name_in(el: Any) -> tuple[str, bool]:
    """(the name a poster's element `el` shows, whether it is a link's text): "handle (Full
    Name)" its full name, else its schema.org name (itemprop name), else its first link's text
    (a profile link: not the reputation figures glued after it), else its text; "" unless of 1 to
    SENDER_NAME_MAX_WORDS words, and, but for its schema.org name, from an element of at most
    POSTER_ELEMENT_MAX_WORDS (an author's box with a bio is no post's header: its first link was
    "Zur Artikelübersicht" on a news page read as a thread)."""
    shown = _shown_text(el)
    if m := _HANDLE_AND_NAME.match(shown):
        return " ".join(m.group("name").split()), False
    named = next(el.iterfind(".//*[@itemprop='name']"), None)
    if named is None and count_words(shown) > POSTER_ELEMENT_MAX_WORDS:
        return "", False
    link = next((a for a in el.iter("a") if _shown_text(a)), None)
    text = _shown_text(named) if named is not None else _shown_text(link) if link is not None else shown
    return (text if 1 <= count_words(text) <= SENDER_NAME_MAX_WORDS else ""), named is None and link is not None


def _starter_byline(meta: dict[str, str], boxes: list[Any]) -> None:
    """A thread's byline is its starter, the first post's sender (`_sender_name`), where the
    extractor's author is a later post's (a new user's vBulletin thread had the moderator who
    answered as its byline: the extractor read his panel's "username")."""
    author = (meta.get("author") or "").strip()
    if not author or len(boxes) < 2:
        return
    starter = _sender_name(boxes[0])
    later = {_sender_name(box) for box in boxes[1:]}
    if starter and author != starter and author in later:
        meta["author"] = starter


def _thread_end(tree: Any, boxes: list[Any], page_blocks: Any, in_box: dict[int, int], title: str) -> int:
    """The last page block of a thread's posts: of its group's `boxes` (`in_box`), and of the
    boxes set as its posts are (the same `_box_key` or `htmlthread.box_key`) elsewhere on the
    page after them, each holding a prose paragraph: the thread's next posts in a container of
    their own (a page of posts loaded below the first, a reply box after an advert's wrapper).
    What the extractor keeps after that is the forum's (AFTER_THREAD_REASON); a post below the
    group's last box is the thread's, never its chrome."""
    last = boxes[-1]
    key = _box_key(last) or htmlthread.box_key(last, title)
    end = max(in_box)
    if key is None:
        return end
    kin: set[Any] = set()
    for el in tree.iter(key[0]):
        name = ((el.get("class") or "").split() or [el.get("id") or ""])[0]
        if not name.startswith(key[1]) or el in boxes:  # (the cheap test first: a page has many boxes)
            continue
        if (_box_key(el) or htmlthread.box_key(el, title)) != key:
            continue
        text = " ".join(el.text_content().split())
        if count_words(text) >= VISIBLE_PROSE_WORDS and is_sentence(text):
            kin.add(el)
    if not kin:
        return end
    for j in range(end + 1, len(page_blocks)):
        owner = page_blocks[j].owner
        if any(el in kin for el in (owner, *owner.iterancestors())):
            end = j
    return end


def _post_texts(
    missing: list[int], in_box: dict[int, int], page_blocks: Any, boxes: list[Any], blocks: list[tuple[str, str]]
) -> list[int]:
    """Of the page blocks `missing` (`in_box`: the box of `boxes` holding each), those of a
    thread's post's text: from its first sentence to its last outside the comments under it
    (`htmlthread.in_comments`), not its vote buttons before it nor its "Share" links after it;
    none of a post whose first sentence the extracted `blocks` hold inside another block."""
    ends: dict[int, list[int]] = {}
    for j in missing:
        k = in_box[j]
        owner = page_blocks[j].owner
        if (
            is_sentence(page_blocks[j].text)
            and not htmlthread.in_comments(owner, boxes[k])
            and not _in_quote(owner, boxes[k])
        ):
            ends.setdefault(k, []).append(j)
    # a post the extractor glued into another's block is held (vBulletin's posts as one block);
    # not by the headline, which the opening post's header repeats (Kunena's: trial 63)
    kept = "".join("".join(t.split()) for hint, t in blocks if split_hint(hint)[0] != TITLE)
    ends = {k: js for k, js in ends.items() if "".join(page_blocks[js[0]].text.split())[:60] not in kept}
    return [j for j in missing if in_box[j] in ends and ends[in_box[j]][0] <= j <= ends[in_box[j]][-1]]


def _in_quote(el: Any, box: Any) -> bool:
    """Whether the element `el`, inside the post `box`, is in a quote of another post: a
    <blockquote>, or an element a class word names a quote (`_QUOTE_CLASS`: XenForo's
    "bbCodeBlock--quote", vBulletin's "bbcode_quote"), below the box. A reply's first sentence is then its own after
    the quote, not the quoted one, which the post it quotes holds (a new user's XenForo and
    vBulletin threads lost the replies that quote: "extracted 1 of the page's 2 posts")."""
    for node in (el, *el.iterancestors()):
        if node is box:
            return False
        if any(_QUOTE_CLASS.search(t) for t in (node.get("class") or "").split()):
            return True
        if node.tag == "blockquote" and _quotes_before_text(node):
            return True
    return False


def _quotes_before_text(blockquote: Any) -> bool:
    """Whether a <blockquote> inside a post is a quote of another: it names its source (`cite`,
    `data-quote`), or the post's own text follows it (its tail, a later sibling's text: phpBB's
    "<blockquote><cite>NAME wrote:</cite>...</blockquote>REPLY"). vBulletin 4 sets a whole
    post's text in a <blockquote class="postcontent">, nothing after it."""
    if blockquote.get("cite") or blockquote.get("data-quote"):
        return True
    if (blockquote.tail or "").strip():
        return True
    return any("".join(sib.itertext()).strip() for sib in blockquote.itersiblings() if isinstance(sib.tag, str))


# a class word naming a quote box: "bbCodeBlock--quote", "bbcode_quote", phpBB's "quotecontent";
# not a script's hook on the post's body ("js-selectToQuote", XenForo's)
_QUOTE_CLASS = re.compile(r"(?:^|[-_])quote(?:$|[-_]|content|box|container|block)", re.I)


def _post_gaps(
    where: list[int], in_box: dict[int, int], page_blocks: Any, boxes: list[Any], blocks: list[tuple[str, str]]
) -> list[int]:
    """The page blocks of a thread's posts that the extractor holds some of (`where`: the page
    block of each extracted block of `blocks`, -1 when none; `in_box`: the box of `boxes`
    holding each page block) that it left out between the post's first held block and its last
    sentence outside the comments under it: a question's list items and its closing line
    (trial 23: phpBB's "<ul>" inside a post kept its first item only). Not a block the
    extraction holds inside another (its start in their text)."""
    held = set(where)
    kept = "".join("".join(t.split()) for _, t in blocks)
    by_box: dict[int, list[int]] = {}
    for j, k in sorted(in_box.items()):
        if not htmlthread.in_comments(page_blocks[j].owner, boxes[k]):
            by_box.setdefault(k, []).append(j)
    gaps: list[int] = []
    for js in by_box.values():
        own = [j for j in js if j in held]
        ends = [j for j in js if is_sentence(page_blocks[j].text)]
        if not own or not ends:
            continue
        for j in js:
            text = "".join(page_blocks[j].text.split())[:60]
            if own[0] < j <= max(ends[-1], own[-1]) and j not in held and text and text not in kept:
                gaps.append(j)
    return gaps


def _blocks_in_boxes(page_blocks: Any, boxes: list[Any]) -> dict[int, int]:
    """{index of a page block: index of the box of `boxes` holding it} for the page blocks inside them."""
    box_at = {box: k for k, box in enumerate(boxes)}
    in_box: dict[int, int] = {}
    for j, block in enumerate(page_blocks):
        k = next((box_at[el] for el in (block.owner, *block.owner.iterancestors()) if el in box_at), -1)
        if k >= 0:
            in_box[j] = k
    return in_box


def visible_prose_chars(tree: Any) -> int:
    """Characters in the page's prose paragraphs: <p> elements of VISIBLE_PROSE_WORDS+ words (twice
    as many letters in a script written without spaces) that hold a sentence (`is_sentence`),
    outside scripts and outside containers named like comments, footers, sidebars or
    related-links boxes. `tree` is the page parsed by lxml (`_parse`); 0 when it is None."""
    if tree is None:
        return 0
    total = 0
    for p in tree.iter("p"):
        text = " ".join(p.text_content().split())
        short = count_words(text) < VISIBLE_PROSE_WORDS and len(UNSPACED.findall(text)) < 2 * VISIBLE_PROSE_WORDS
        if short or not is_sentence(text):
            continue
        if any(_COMMENTISH.search((a.get("id") or "") + " " + (a.get("class") or "")) for a in p.iterancestors()):
            continue
        total += len(text)
    return total
