"""Plain types that cross module boundaries (no Whoosh, no click, no spaCy).

Every closed set of words the library and the CLI share is one `Literal` type here, with the
tuple of its values derived from it (`typing.get_args`), so a value is written once: block
kinds, entity fields and the singular entity types people type, sort orders, match modes,
fallbacks, input and output formats. Values stay plain `str` at run time (Literal, not Enum):
they are stored in the index's pickled fields and the JSON, which must not change.

Also what modules that may not import each other share (segment and entities, segment and
htmlpage): the nouns that lead a natural feature's name (`FEATURE_LEADS`), the labels of a
contact box (`CONTACT_LABELS`), and the title case of a name written in capitals (`caps_title`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Literal, NamedTuple, TypeAlias, TypedDict, TypeVar, Union, cast, get_args

from . import chromewords

# Block kinds. Only INDEXED_KINDS become Whoosh documents by default. A lead (standfirst, dek:
# the summary set apart between the headline and the body) is indexed but kept apart from body,
# as captions are: it is found by search, and the article's own text (body) is what most
# extraction benchmarks score, extraction-dev among them (its true bodies leave the lead out).
Kind = Literal["title", "heading", "lead", "body", "caption", "byline", "boilerplate"]
TITLE: Kind = "title"
HEADING: Kind = "heading"
LEAD: Kind = "lead"
BODY: Kind = "body"
CAPTION: Kind = "caption"
BYLINE: Kind = "byline"
BOILERPLATE: Kind = "boilerplate"
KINDS: tuple[Kind, ...] = get_args(Kind)
INDEXED_KINDS: frozenset[Kind] = frozenset({TITLE, HEADING, LEAD, BODY, CAPTION})
# A kind by its plural too (`--kind captions`, `kind:bodies`), lower case -> the kind.
KIND_NAMES: dict[str, Kind] = {
    **{k: k for k in KINDS},
    **{f"{k}s": k for k in KINDS if k not in ("body", "boilerplate")},
    "bodies": "body",
}


def kind_name(value: str) -> str:
    """The kind `value` names (KIND_NAMES: "Captions" -> "caption"), else `value` lower-cased
    (a pattern such as `cap*`, or a word no kind is, which query.check_value refuses)."""
    v = value.strip().lower()
    return KIND_NAMES.get(v, v)


# Marks that end a sentence, in every script the readers meet: . ! ? … and the CJK full-width
# 。！？, the Armenian full stop ։, the Arabic question mark ؟ and the Urdu full stop ۔, the
# Devanagari dandas । ॥, the Myanmar section mark ။, the Ethiopic full stop and question mark
# ። ፧, the Khmer khan ។ and bariyoosan ៕, and the Tibetan shad །. Without them a page of Amharic
# or Khmer prose had no sentence anywhere and was all chrome ("no article text found"). One set
# for the plain-text rules, the block features and the HTML reader (a regex character class).
# The marks of the scripts after the CJK ones are never inside a word or number (as "." is in
# "3.5" and "U.S."), and most of their scripts have no capitals: a word after one starts a
# sentence whatever its case.
LATIN_CJK_SENTENCE_MARKS = ".!?…。！？"  # "." also inside "3.5" and "U.S.": a capital must follow
SCRIPT_SENTENCE_MARKS = "։؟۔।॥။።፧។៕།"
SENTENCE_MARKS = LATIN_CJK_SENTENCE_MARKS + SCRIPT_SENTENCE_MARKS
# ...of which the question marks, for a text that asks (`str.endswith`): Latin, full-width, Arabic
# (trial 31's Arabic teaser headline "كيف تُسعَّر مياه الصهاريج؟" was read as a sentence of prose),
# Ethiopic, and the Greek question mark (U+037E; Greek writes ";" too, which also ends clauses)
QUESTION_MARKS = ("?", "？", "؟", "፧", "\u037e")


# The blocks of the scripts that have capitals (Latin and its extensions, Greek, Coptic,
# Cyrillic, Armenian, Georgian, Cherokee, Glagolitic, full-width Latin); the rest of the BMP has
# none worth a name's first letter, and reading 2,700 code points instead of 65,536 keeps the
# import at ~1 ms.
_CAPITALS_BLOCKS = (
    (0x0041, 0x058F),
    (0x10A0, 0x10FF),
    (0x13A0, 0x13FF),
    (0x1C80, 0x1CBF),
    (0x1E00, 0x1FFF),
    (0x2C00, 0x2CFF),
    (0xA640, 0xA7FF),
    (0xFF21, 0xFF3A),
)


def _upper_ranges(blocks: tuple[tuple[int, int], ...] = _CAPITALS_BLOCKS, cats: tuple[str, ...] = ("Lu", "Lt")) -> str:
    """The letters of Unicode categories `cats` (capitals: Lu and Lt) in `blocks` (the scripts
    that have capitals, _CAPITALS_BLOCKS) as the body of a regex character class, in ranges of
    the characters themselves ("A-ZÀ-Ö..."; none of them is special in a class); see UPPER and
    CASELESS. Not written as "\\u00c0" escapes: the class is in a dozen of the rules' patterns,
    and `re` parsed its 654 escapes one by one in each, ~2 ms a pattern of every process's
    start-up (the same code)."""
    import unicodedata

    ranges: list[tuple[int, int]] = []
    for first, last in blocks:
        for code in range(first, last + 1):
            if unicodedata.category(chr(code)) in cats:
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# A capital letter of any script that has them (Latin with its extensions, Greek, Cyrillic,
# Armenian, Georgian...), as the body of a regex character class: `[{UPPER}]`. Python's `re` has
# no \p{Lu}, and the hand-written classes it replaces ("A-Z\u00c0-\u00de\u0400-\u042f") missed
# Ł, Ś, Č, Đ, Ő and Greek, and took × for a letter: "By Łukasz Wróbel" was no byline. From
# Unicode's own categories (unicodedata), so it follows the Python in use.
UPPER = _upper_ranges()
# The letters of the scripts that have no capitals (Hebrew, Arabic, the Indic scripts, Thai, Lao,
# Ethiopic, kana, CJK ideographs, Hangul), as the body of a regex character class: where a name
# must open with a capital (`[{UPPER}]`), a name in one of these scripts opens with any letter
# (`[{UPPER}{CASELESS}]`): "By سارة الخطيب" is a byline as "By Sara Khatib" is. The small
# blocks from Unicode's categories (Lo), the ideographs and syllables (all Lo) as fixed ranges.
_CASELESS_BLOCKS = ((0x0590, 0x0DFF), (0x0E00, 0x0EFF), (0x1200, 0x137F), (0x3040, 0x30FF))
CASELESS = _upper_ranges(_CASELESS_BLOCKS, ("Lo",)) + "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"


# Between the cells of a table's row in an HTML page's extracted text ("Priya Natarajan | Green
# | 15,870", htmlpage._element_text): a row is one line, its cells apart for the tagger.
TABLE_CELL_SEPARATOR = " | "

# A photo credit's label, one row a language, which a caption ends with before the credit ("...
# dos estaleiros. Foto: NAME / DML", "... Fotó: NAME", "... 사진=연합뉴스"; ':' or Korean '='), or
# which is the whole of a caption that credits a photo alone ("Foto: dpa"): the one table of
# segment's credit tails and htmlfigures' credit captions. trial8: the Portuguese caption was
# dropped whole where "Photo:" was cut.
CREDIT_LABEL_WORDS = {
    "en": "photos?|photographs?|pictures?|pic|images?|credits?|featured image",
    "de": "fotos?|bild(?:er|quelle)?|fotoquelle|beitragsbild|titelbild|aufmacherbild",
    "fr": "crédits?(?: photos?)?",
    "es": "crédito|fotografía|imagen",
    "pt": "crédito|fotografia|imagem",
    "hu": "fotó|kép",
    "pl": "zdjęcie",
    "tr": "fotoğraf",
    "fi": "kuva",
    "ru": "фото(?:графия)?",
    "el": "φωτογραφία",
    "ko": "사진",
    "ar": "تصوير|الصورة|صورة|عدسة",
    "vi": "(?:tin,? (?:và )?)?ảnh",  # "Ảnh: NAME", a story's "Tin, ảnh: NAME" (news and photos; trial 49)
    "he": "צילום",
}
# ("Photo credit:", "Image source:", "Bild:")
CREDIT_LABEL = rf"(?:(?:photo|image|foto|bild) ?)?(?:{'|'.join(CREDIT_LABEL_WORDS.values())})"
# A source's label: a photo's credit in a caption ("Quelle: THW", "Source: NASA"), a statistic's
# source in body text, so read as a credit in captions only.
CREDIT_SOURCE_WORDS = "bildquelle|quelle|source|fuente|fonte|источник|джерело"


def name_letter(ch: str) -> bool:
    """Whether the character `ch` may open a name: a capital, or a letter of a script without
    capitals (Arabic, CJK: neither upper nor lower case); not a lower-case letter, digit or mark."""
    return ch.isalpha() and not ch.islower()


# A page's copyright line, which names its publisher ("© 2023 Condé Nast. All rights reserved.",
# "Copyright (c) 2024 The Harbour Gazette", "© Harbour Media Ltd 2019-2025"): the mark, then its
# years and the holder's capitalised words (up to COPYRIGHT_HOLDER_MAX_WORDS, to a sentence mark,
# comma or bar, or a word in lower case).
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
_COPYRIGHT_SKIP = re.compile(r"^(?:©|\(c\)|copyright|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|[-–])[.,:]?$", re.I)
COPYRIGHT_HOLDER_MAX_WORDS = 5
COPYRIGHT_LOOK_CHARS = 120
COPYRIGHT_MARKS_TRIED = 4


def copyright_holder(text: str) -> str:
    """The publisher the last copyright line of `text` names ("© 2023 Condé Nast. All rights
    reserved." -> "Condé Nast", "Copyright 2024 The Harbour Gazette" -> "Harbour Gazette"):
    the capitalised words after the mark and its years, up to COPYRIGHT_HOLDER_MAX_WORDS, ended by
    a sentence mark, a comma, a bar, a year or a word in lower case, without a leading "The"; ''
    when `text` has no such line (or "All rights reserved" follows the years)."""
    marks = [m.end() for m in _COPYRIGHT_MARK.finditer(text)]
    # from the last mark up (a footer's line, not a picture's "© Getty Images" over it); a few
    for end in marks[: -COPYRIGHT_MARKS_TRIED - 1 : -1]:
        words: list[str] = []
        for w in text[end : end + COPYRIGHT_LOOK_CHARS].split():
            if _COPYRIGHT_SKIP.match(w):
                if words:
                    break
                continue
            core = w.rstrip(".,;:|")
            if not core or not (core[0].isupper() or core == "&") or core == "All":
                break
            words.append(core)
            if core != w or len(words) >= COPYRIGHT_HOLDER_MAX_WORDS:
                break
        if words and words[0] == "The":
            words = words[1:]
        if words:
            return " ".join(words)
    return ""


def longest_first(words: Iterable[str]) -> list[str]:
    """`words` longest first, as a regex alternation of them needs (the longest name matches, not
    a prefix of it), and alphabetically within a length: sets iterate in hash order, which differs
    from run to run, so sorting by length alone made the patterns' text differ between runs."""
    return sorted(words, key=lambda w: (-len(w), w))


# Characters that are never seen in running text: a byte-order mark, and the soft hyphen
# (U+00AD), which marks where a word may break at a line end. Typeset German and Dutch pages
# carry hundreds ("Mag\u00adda\u00adle\u00adner"): left in, a quoted phrase, a copied
# sentence or the word counts the classifier reads see four words where the reader sees one.
# Zero-width spaces and word joiners (U+200B, U+2060) likewise; not the zero-width joiner and
# non-joiner (U+200D, U+200C), which spell Persian, Urdu and Indic words ("می‌خواهم", "ক্‍") and
# emoji sequences: they stay in the text (the search's analyser folds them away in both the
# index and the query). And the invisible operators U+2061-U+2064, which posts copied from
# Instagram put on empty lines to keep them ("\u2063": a wild tuning page's recipe had a
# paragraph of it alone, indexed as body; a new user's try).
INVISIBLE = ("\ufeff", "\u00ad", "\u200b", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064")


def visible(text: str) -> str:
    """`text` without the INVISIBLE characters (str.replace: far cheaper than str.translate,
    which maps character by character). One rule for the plain-text and HTML paths (page text,
    titles, headlines)."""
    for ch in INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    return text


# The segmenter asks about the same text many times: a line is tested by several stages (head,
# furniture, cards, tail, the HTML path's rules), and a site prints the same menus, date lines
# and buttons on each of its pages (wild plain text: 167,000 relative-time tests of 69,000
# distinct lines). A bounded cache keeps memory flat on a big build.
TEXT_MEMO_SIZE = 1 << 14
_F = TypeVar("_F", bound=Callable[..., Any])


def text_memo(fn: _F) -> _F:
    """`fn` decided once for each distinct arguments (`functools.lru_cache` of TEXT_MEMO_SIZE,
    least recently used dropped first). Only for a test that is a pure function of hashable,
    immutable arguments (strings, numbers) and of constants, whose result is not mutated by
    its callers: it is shared by every later call with equal arguments."""
    return cast(_F, functools.lru_cache(maxsize=TEXT_MEMO_SIZE)(fn))


def trie_alternation(words: Iterable[str]) -> str:
    """A regex alternation of the literal `words` as a prefix tree ("publi(?:cado|é)"), which
    the matcher leaves at the first letter that fits no word: a flat alternation of hundreds of
    words tries each of them at every position (a 3,000-character text: tens of ms). Longer words
    are tried before their prefixes, as `longest_first`; deterministic text (children sorted)."""
    root: dict[str, Any] = {}
    for w in sorted(set(words)):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


# The label of a press release's or an organisation's contact box, who to call, not what the
# article says ("Media contact", "Pressekontakt", "Ansprechpartnerin zum Thema", "Contacto de
# prensa", "Ufficio stampa", "Kontakt dla mediów"), in the languages of the corpora and the trials:
# one vocabulary (a regex alternation, matched ignoring case) for segment.furniture's "LABEL:"
# line over names, addresses and numbers, segment.tail's end of a press release's text and
# htmlpage's contact box heading.
CONTACT_LABELS = (
    r"(?:(?:media|press|news|investors?|ir)(?: relations)? (?:contacts?|inquiries|enquiries|office))|"
    r"(?:for )?(?:more information,? )?contacts?|(?:your )?contact person|your contact|"
    r"(?:für |bei )?(?:presse|medien)?(?:kontakt(?:e|person(?:en)?|daten)?|anfragen|rückfragen)|"
    r"(?:ihre? )?ansprechpartner(?:in|innen)?(?: (?:für|zum|zur) [\w -]{1,30})?|pressestelle|"
    r"contacts? (?:presse|médias?)|contactos?(?: (?:de|para) (?:prensa|medios))?|contatti(?: stampa)?|"
    r"contatos? (?:de|para) imprensa|ufficio stampa|perscontact|contactpersoon|"
    r"kontakt (?:dla mediów|prasowy)|контакты для сми|basın iletişim|" + chromewords.labels(chromewords.PRESS_CONTACT)
)  # (the last: a press contact's label in every language of `chromewords.LANGUAGES`, trial 23's
# "Kontakt für Medienschaffende" over a release's contact was its text)


# Nouns of natural features that lead a place's name, in English and in the languages news
# quotes names in (Spanish, Italian, Portuguese, French, German, Arabic and Russian
# transliterations): "Lake Bardawil", "Mount Kenya", "Cape Horn", "Gulf of Aden", "Lago Maggiore",
# "Monte Rosa", "Rio Negro", "Lac Léman", "Buhayrat al-Bardawil" (Arabic "lake"), "Jebel Musa",
# "Wadi Rum", "Ozero Baykal". Case as written. The one table of both readers: entities tags a
# name led by one as a place (entities._feature_lead), segment's head takes a name beside a date
# opening with one for a place's, not its author's (segment.head._PLACE_OPENING).
FEATURE_LEADS = frozenset(
    "Lake Lakes Mount Mt Mt. Mountains River Loch Lough Cape Gulf Bay Isle Isles Strait Straits Sea "
    "Lago Laguna Lagoa Monte Montes Montaña Mont Monts Rio Río Ría Sierra Cerro Isla Islas Ilha Île Îles "
    "Pico Golfo Golfe Bahía Baía Lac Mar Mer Monti Fiume Lagune Col Massif "
    "Jebel Jabal Djebel Wadi Nahr Bahr Buhayrat Buhairat Bahrat Ozero Gora Reka".split()
)


# A word's letters, digits and combining marks: the runs title case capitalises one by one.
_WORD_CHAR_CATEGORIES = ("L", "M", "N")
_APOSTROPHES = "'’"
# "Mc" + a capital: the Scottish and Irish surnames' prefix ("McDonald", "McAllen"), which keeps
# its capital after it in every such name; only in a word of this many letters or more ("MCC" is
# initials).
MC_NAME_MIN_CHARS = 4


def caps_title(text: str) -> str:
    """`text` written in capitals ("SÃO PAULO", "WINSTON-SALEM", "ST. JOHN'S", "İZMİR") in title
    case, as a name is written: each run of letters, digits and combining marks with its first
    character in title case and the rest in lower case ("São Paulo", "Winston-Salem"). Unlike
    `str.title()`: a run after an apostrophe stays lower case ("St. John's", "McDonald's", not
    "John'S") unless the run before is one letter ("O'Brien", "D'Alembert", "L'Aquila",
    "N'Djamena"); a run after a figure's ("3RD" -> "3rd"); "Mc" keeps a capital after it
    ("MCDONALD'S" -> "McDonald's"); and the combining dot above (U+0307) that Unicode's lower
    case of the Turkish dotted capital İ adds outside a Turkish locale (SpecialCasing.txt) is
    dropped ("İZMİR" -> "İzmir", not "İzmi̇r", which no search or facet of "İzmir" matches). A
    run is lower-cased whole, so a Greek word's final sigma is "ς". Any other character is kept."""
    tokens: list[str] = []  # runs and the separators between them, alternating
    run_start = 0
    for k in range(1, len(text) + 1):
        if k == len(text) or _is_word_char(text[k]) != _is_word_char(text[k - 1]):
            tokens.append(text[run_start:k])
            run_start = k
    out: list[str] = []
    for k, tok in enumerate(tokens):
        if not _is_word_char(tok[0]):
            out.append(tok)
        elif k >= 2 and tokens[k - 1] in _APOSTROPHES and len(tokens[k - 2]) > 1:
            out.append(tok.lower())  # "JOHN'S" -> "John's"; "O'BRIEN" goes on below
        elif tok[:2].casefold() == "mc" and len(tok) >= MC_NAME_MIN_CHARS and tok[2].isalpha():
            out.append(tok[0].upper() + tok[1].lower() + tok[2].upper() + tok[3:].lower())
        else:
            out.append(tok[0].title() + tok[1:].lower())
    return "".join(out).replace("i\u0307", "i")


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in _WORD_CHAR_CATEGORIES


# What may stand between a sentence mark and the end of its sentence: closing quotes and
# brackets ('... alive."', "(for now.)"), a regex fragment after a class of SENTENCE_MARKS.
AFTER_SENTENCE_MARK = r"[\"'”’»)\]]*"

_HINT_REASON = ": "


def chrome_hint(reason: str) -> str:
    """The kind hint of a block that an HTML reader found to be page chrome, with why:
    "boilerplate: REASON" (the reason the segmenter gives the paragraph; `split_hint`)."""
    return f"{BOILERPLATE}{_HINT_REASON}{reason}"


# The reason of a heading whose section opens with a deeper heading (<h2>Types</h2><h3>Air
# source</h3>): it has no text of its own under it, and heads its subsections' (trial 8: "Types"
# was dropped as a heading with no text under it). The HTML reader tells it by the markup's levels.
OVER_SUBHEADING = "heading over a subheading"
# A roundup's town in capitals over a brief ("SMITHS FALLS"): the brief's heading (segment), and
# a place, never an org (entities).
PLACE_LABEL_REASON = "place label over a brief (its heading)"


def over_subheading_hint() -> str:
    """The kind hint of a heading over a subheading (OVER_SUBHEADING): "heading: REASON"."""
    return f"{HEADING}{_HINT_REASON}{OVER_SUBHEADING}"


def split_hint(hint: str) -> tuple[str, str]:
    """(kind, reason) of an extractor's kind hint: ("boilerplate", REASON) for a `chrome_hint`,
    ("heading", OVER_SUBHEADING) for an `over_subheading_hint`, (hint, "") for any other."""
    kind, _, reason = hint.partition(_HINT_REASON)
    return kind, reason


# Entity fields of the contract, in contract order (Paragraph, Hit, the JSON and the index).
EntityField = Literal["people", "orgs", "places", "groups", "dates", "speakers"]
ENTITY_FIELDS: tuple[EntityField, ...] = get_args(EntityField)
# The entity fields that hold names (analysed words, facets, filters); dates hold ISO periods.
NameField = Literal["people", "orgs", "places", "groups", "speakers"]
NAME_FIELDS: tuple[NameField, ...] = get_args(NameField)
# The singular an entity field is typed as: `--type person`, `person:Zenz`, `--person Zenz`.
EntityType = Literal["person", "org", "place", "group", "speaker", "date"]
ENTITY_TYPES: tuple[EntityType, ...] = get_args(EntityType)
TYPE_FIELD: dict[EntityType, EntityField] = dict(
    zip(ENTITY_TYPES, ("people", "orgs", "places", "groups", "speakers", "dates"), strict=True)
)
FIELD_TYPE: dict[EntityField, EntityType] = {f: t for t, f in TYPE_FIELD.items()}


class EntityTags(TypedDict):
    """A paragraph's entity lists by field, as Paragraph and Hit take them as keyword
    arguments: the keys are ENTITY_FIELDS, in their order (tests/test_interfaces.py)."""

    people: list[str]
    orgs: list[str]
    places: list[str]
    groups: list[str]
    dates: list[str]
    speakers: list[str]


# The other words people type for an entity type, beside its singular type and plural field
# (`--type persons`, `location:paris`, `--organization bbc`, `?type=locations`), each mapped to
# its field: plurals, British and American spellings, and spaCy's labels (PER, LOC, GPE, NORP),
# which those who know NER type. One table for every place a type is named (ENTITY_NAMES).
_ENTITY_SYNONYMS: dict[EntityField, tuple[str, ...]] = {
    "people": ("persons", "per"),
    "orgs": ("organization", "organizations", "organisation", "organisations"),
    "places": ("location", "locations", "loc", "gpe"),
    "groups": ("norp",),
    "speakers": (),
    "dates": (),
}
# Every name an entity type is accepted by, lower case -> its field: the singular type
# (`person`), the plural field (`people`) and the synonyms above. `entities --type`, the search
# options (`--people`), the query's `TYPE:` fields, the web API's parameters and `--fields` all
# read this table.
ENTITY_NAMES: dict[str, EntityField] = {
    **{t: f for t, f in TYPE_FIELD.items()},
    **{f: f for f in ENTITY_FIELDS},
    **{s: f for f, names in _ENTITY_SYNONYMS.items() for s in names},
}
# What a refusal lists: each type as taught, with its other names.
ENTITY_NAMES_HELP = "; ".join(
    f"{FIELD_TYPE[f]} ({', '.join(n for n, g in ENTITY_NAMES.items() if g == f and n != FIELD_TYPE[f])})"
    for f in ENTITY_FIELDS
)


def entity_field(name: str) -> EntityField:
    """The entity field a name stands for, any case: the singular type, the plural field or a
    synonym of ENTITY_NAMES ("person", "people", "Persons" -> "people"). Raises ValueError
    for anything else, its message listing the names accepted."""
    key = name.strip().lower()
    if key in ENTITY_NAMES:
        return ENTITY_NAMES[key]
    raise ValueError(f"'{name[:40]}' is not an entity type: use one of {ENTITY_NAMES_HELP}")


# How hits are ordered: relevance, article and paragraph order, or newest article first.
SortOrder = Literal["score", "position", "date"]
SORT_ORDERS: tuple[SortOrder, ...] = get_args(SortOrder)

# The `type` of an error record ({"schema_version", "error": {"type", "message"}}): those of
# render.error_type, then the web API's own for a request it does not serve at all (a path it
# lacks, a method it does not take, a body too large: web/app.py http_error). README lists them
# ("Scripts and JSON", "Search page and JSON API"); the OpenAPI document enumerates them.
HTTP_ERROR_TYPE = "http"
ERROR_TYPES = ("query", "usage", "index", "not_found", "error", HTTP_ERROR_TYPE)
# A sort order by the other words people type for it (`--sort newest`, `sort=relevance`), lower
# case -> the order; the CLI's --sort and the web's `sort` take these too.
SORT_NAMES: dict[str, SortOrder] = {
    **{s: s for s in SORT_ORDERS},
    "relevance": "score",
    "newest": "date",
    "order": "position",
    # what users reach for ("list the hits in article order"), as the search page words it
    "article": "position",
    "articles": "position",
}
# How a query's plain words combine.
MatchMode = Literal["and", "or"]
MATCH_MODES: tuple[MatchMode, ...] = get_args(MatchMode)
# The retry a search ran when the query as typed found nothing (SearchResult.fallback).
Fallback = Literal["split", "fuzzy", "any", "fuzzy+any", "question"]
# What a source file was read as (Document.format).
SourceFormat = Literal["text", "html"]
# What the CLI prints: text for people; JSON, JSONL, CSV for scripts; a bare count.
OutputFormat = Literal["text", "json", "jsonl", "csv", "count"]
# When to colour output: on a terminal (auto), always, never.
ColorMode = Literal["auto", "always", "never"]
COLOR_MODES: tuple[ColorMode, ...] = get_args(ColorMode)

# JSON as the CLI prints it and the web API sends it (render.dumps): the documents of render.py.
# Read-only Sequence and Mapping, not list and dict, so that a list[str] or a dict[str, int] is
# a JSON value too (list and dict are invariant); a tuple is written as an array.
JSONValue: TypeAlias = Union[str, int, float, bool, None, Sequence["JSONValue"], Mapping[str, "JSONValue"]]
# A JSON object being built (a document, a record, one hit).
JSONObject: TypeAlias = dict[str, JSONValue]


class ExtractedPage(NamedTuple):
    """What `htmlpage.extract` gives for one HTML page (a tuple, so it unpacks in that order).

    `blocks` are (kind hint, text) pairs in page order, kind hint one of KINDS or "", or a
    `chrome_hint` (boilerplate with the reason why);
    `meta` has the keys "title", "author", "date" (ISO, "" when the page states none), and for
    a page with article text "page_title" (its <title>) and, when lxml parsed it, "url" (the
    address it gives itself, pageurl.page_address, "" when none: absent, sources reads it again);
    `warnings` are one-line messages naming the page. A page with no article has "" and [].
    """

    text: str
    blocks: list[tuple[str, str]]
    meta: dict[str, str]
    warnings: list[str]


@dataclass
class Document:
    """One input file as read by `sources`: decoded text plus what the format told us.

    For plain text, `text` is the whole file and `blocks` is None (segmentation splits it).
    For HTML, the extractor already knows the structure: `blocks` holds (kind hint, text)
    pairs, kind hint one of KINDS or "" when unknown, and `meta` the page's title/author/date.
    """

    id: str
    path: str
    content_hash: str
    text: str
    format: SourceFormat = "text"
    blocks: list[tuple[str, str]] | None = None
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # The file as the user typed it (sources.SourceRef.where: `corpus/bbc/sport/199.txt`), as
    # every warning names it; "" when unknown (then `path`).
    where: str = ""


@dataclass
class Paragraph:
    """One block of an article, numbered from 1 in article order, with its kind and tags."""

    paragraph: int
    kind: str
    text: str
    reason: str = ""
    section: str = ""
    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    # The speaker a transcript's label line names over this paragraph ("Sarah Dyke (…) (LD)",
    # `segment.speakers`), a letter's writer, a forum post's poster (plain text: segment.tail; an
    # HTML thread: htmlthread.credit_posters); "" when none. The entity stage puts that speaker
    # first in `speakers`; the index stores it for the paragraph's hit (Hit.turn).
    turn: str = ""

    @property
    def indexed(self) -> bool:
        return self.kind in INDEXED_KINDS


@dataclass(frozen=True)
class ParagraphRef:
    """Where a paragraph is: its article's id and its number in the article (as a hit's
    `article_id` and `paragraph`): a copy folded into a hit (Hit.copies)."""

    article_id: str
    paragraph: int


@dataclass
class Article:
    id: str
    path: str
    content_hash: str
    title: str = ""
    byline: str = ""  # author names, ", "-joined when several
    dateline: str = ""  # e.g. "PRAGUE"
    published: str = ""  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY) when the page states one
    language: str = ""  # ISO 639-1 code of the article's text ("und": undetermined; "": not yet detected)
    paragraphs: list[Paragraph] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The address the page gives itself (a saved HTML page's canonical link or og:url:
    # pageurl.page_address); "" when it gives none, and for plain text, which carries no such tag.
    url: str = ""
    # The file as the user typed it (Document.where), carried to the tagging processes so that
    # their warnings name it so too; "" when unknown (an article read back from the index).
    where: str = ""
    # Read back from an index: the ids of its other articles whose file holds the same bytes
    # (the same `content_hash`), by id; search folds their paragraphs (search/copies.py).
    copies: list[str] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        """The article's id, `id`, by the name a Hit and the JSON give it (`hit.article_id`)."""
        return self.id

    @property
    def indexed_paragraphs(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.indexed]

    def around(self, paragraph: int, context: int, blocks: int = 0) -> Article:
        """This article with only paragraph number `paragraph` and the `context` paragraphs
        before and after it (of those it holds: an article read from the index holds its
        indexed ones). `blocks`: how many blocks its page has, indexed or not (the manifest
        record's `blocks`; 0 when not known). Raises IndexerError naming the numbers it has
        when it lacks that one, and saying so when the number is past the page's last block
        or 0 (blocks are numbered from 1)."""
        from dataclasses import replace

        from .errors import Command, IndexerError

        numbers = [p.paragraph for p in self.paragraphs]
        if paragraph not in numbers:
            indexed = f"indexed: {number_runs(numbers)}"
            if paragraph == 0:
                message = f"{self.id} has no paragraph 0: paragraphs are numbered from 1 ({indexed})"
            elif blocks and paragraph > blocks:
                pages_blocks = f"{blocks} block{'' if blocks == 1 else 's'}"
                message = f"{self.id} has no paragraph {paragraph}: its page has {pages_blocks} ({indexed})"
            else:
                # "the others" when some numbers are missing or the page's count says more: without
                # `blocks`, blocks after the last indexed one of a plain article cannot be told.
                chrome = blocks > len(numbers) or numbers != list(range(1, len(numbers) + 1))
                message = f"{self.id} has no indexed paragraph {paragraph} ({indexed}{'; the others are page chrome' if chrome else ''})"
            raise IndexerError(
                message,
                "{0} shows every block",
                (Command("parse", (self.path or self.id,)),),
            )
        at = numbers.index(paragraph)
        return replace(self, paragraphs=self.paragraphs[max(0, at - context) : at + context + 1])


MAX_RUNS_SHOWN = 8  # a page with chrome between most paragraphs would list dozens


def number_runs(numbers: list[int]) -> str:
    """Ascending paragraph numbers written as runs, as a printer's page ranges are:
    [2, 3, 5, 6, 7] -> "2-3, 5-7"; [1, 6] -> "1, 6"; [] -> "none". After MAX_RUNS_SHOWN runs
    the runs between are "…" (the last run is kept: it tells where the article ends)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    parts = [f"{a}-{b}" if b > a else str(a) for a, b in runs]
    if len(parts) > MAX_RUNS_SHOWN:
        parts = [*parts[: MAX_RUNS_SHOWN - 1], "…", parts[-1]]
    return ", ".join(parts) or "none"


def split_paragraph_ref(ref: str) -> tuple[str, int | None]:
    """What `indexer show` is given, ARTICLE or ARTICLE:N (also ARTICLE#N): (article ref, N or None).
    "rferl:19" -> ("rferl", 19); "rferl" -> ("rferl", None)."""
    import re

    m = re.fullmatch(r"(.+?)[:#](\d+)", ref)
    return (m.group(1), int(m.group(2))) if m else (ref, None)


@dataclass
class Hit:
    article_id: str
    title: str
    paragraph: int
    kind: str
    section: str
    score: float
    text: str
    snippet: str
    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    language: str = ""  # ISO 639-1 code of the article's text ("und": undetermined)
    # Character offsets [start, end) into `text` of every matched word, and of the fragment
    # that `snippet` shows, so scripts can do their own highlighting.
    matches: list[tuple[int, int]] = field(default_factory=list)
    fragment: tuple[int, int] = (0, 0)
    # With context (`--context N`): the N indexed paragraphs before and after the hit.
    before: list[Paragraph] = field(default_factory=list)
    after: list[Paragraph] = field(default_factory=list)
    # The article's publication date (ISO 8601, as Article.published; "" when not stated), so
    # a hit can be cited without a second call for its article.
    published: str = ""
    # The article's address (Article.url; "" when its page gave none), for the same reason.
    url: str = ""
    # The article's byline (Article.byline, as `indexer show` prints it; "" when none was found).
    byline: str = ""
    # The same paragraph elsewhere (in other articles, or again in its own), folded into this hit
    # (search/copies.py): where each copy is, best ranked first; empty when the search shows every
    # copy (`duplicates`).
    copies: list[ParagraphRef] = field(default_factory=list)
    # Who wrote or said this paragraph, when the page names its own writer for it (Paragraph.turn:
    # a forum reply's poster, a letter's writer, a transcript speaker's turn); "" when none, and
    # in an index written before hits carried it. The citation credits it over `byline` (the
    # thread's starter on a forum thread) when the two differ.
    turn: str = ""


@dataclass
class SearchResult:
    query: str
    total: int
    offset: int
    limit: int
    hits: list[Hit] = field(default_factory=list)
    # What was searched when the query as typed found nothing and a fallback ran (the query
    # with fuzzy words, or its words OR'ed), and the note saying so; None when none ran (as
    # the JSON's null).
    searched: str | None = None
    fallback: Fallback | None = None
    note: str | None = None
    # A corrected query built from the index's own words, when the query finds little.
    suggestion: str | None = None
    # Entity facets over every matching paragraph, when asked: field -> [(name, count)].
    facets: dict[str, list[tuple[str, int]]] | None = None
    sort: SortOrder = "score"
    # Paragraphs the query matches as typed: `total` unless a fallback ran (then the hits are
    # those of the loosened query, and this is what --count and the exit status report).
    total_as_typed: int = 0
    # When copies were folded (Hit.copies; search/copies.py): whether hits follow this page
    # (`total` counts every copy, so the page's end is not the end of the hits); None when the
    # search folds nothing (--duplicates, article or date order).
    more: bool | None = None
    # When copies were folded: the different paragraphs among the `total` (each text once), when
    # counted (every match read: up to copies.FOLD_ALL), else None; and the copies folded into
    # this page's hits.
    distinct: int | None = None
    folded: int = 0

    @property
    def hits_total(self) -> int:
        """The hits the pages hold: the different paragraphs when counted, else `total`."""
        return self.distinct if self.distinct is not None else self.total

    @property
    def next_offset(self) -> int | None:
        """The offset of the next page, None when advancing fetches nothing more: the last
        page, and a page of no hits (limit 0, or an offset past the end), whose offset a script
        paging on this would ask for again, forever (README "Scripts and JSON")."""
        end = self.offset + len(self.hits)
        if self.more is not None:
            return end if self.hits and self.more else None
        return end if self.hits and end < self.total else None


@dataclass
class Filters:
    """Entity and metadata filters; values of one filter are OR'ed, different filters AND'ed.
    A lone str is one value (`Filters(people="Zenz")`), not one value per character."""

    people: Sequence[str] = ()
    orgs: Sequence[str] = ()
    places: Sequence[str] = ()
    groups: Sequence[str] = ()
    speakers: Sequence[str] = ()
    kinds: Sequence[str] = ()
    articles: Sequence[str] = ()
    # ISO 639-1 codes ("und": undetermined): only articles in these languages, and query words
    # analysed only as words of these languages.
    languages: Sequence[str] = ()

    def __post_init__(self) -> None:
        for f in fields(self):
            if isinstance(getattr(self, f.name), str):
                setattr(self, f.name, (getattr(self, f.name),))

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


# The most paragraphs before and after a hit (`search -C`, the API's `context`) or a paragraph
# shown (`show ARTICLE:N -C`): one bound for both, as a user reads one -C. Each hit of a page of
# search brings 2N paragraphs more; a whole article is `show ARTICLE` without :N.
MAX_CONTEXT = 20


@dataclass
class SearchRequest:
    """One search: the query string (query.py's language), filters, paging, order and options."""

    query: str = ""
    filters: Filters = field(default_factory=Filters)
    limit: int = 10
    offset: int = 0
    sort: SortOrder = "score"
    mode: MatchMode = "and"  # how plain words combine
    fallback: bool = True  # retry fuzzily / with OR when the query finds nothing
    context: int = 0  # indexed paragraphs before and after each hit (Hit.before / Hit.after)
    facets: bool = False  # count entity names over every matching paragraph
    suggest: bool = True  # "did you mean" when the query finds little
    # Show every copy of a repeated paragraph as a hit of its own; by default a relevance-ranked
    # search folds a paragraph whose text a better hit already shows into that hit (Hit.copies).
    duplicates: bool = False

    def __post_init__(self) -> None:
        # What a Python caller naturally passes: no query (`search(None, filters=...)`) is the
        # empty one, as the default is, and a dict of filters is Filters' keyword arguments
        # (`filters={"places": ["Iran"]}`); both failed deep in the search with an AttributeError.
        if self.query is None:
            self.query = ""
        elif not isinstance(self.query, str):
            raise TypeError(f"query must be a str, not {type(self.query).__name__}")
        if isinstance(self.filters, Mapping):
            self.filters = Filters(**_filter_names(self.filters))
        elif not isinstance(self.filters, Filters):
            raise TypeError(
                f"filters must be indexer.Filters(...) or a dict of its fields, not {type(self.filters).__name__}"
            )


# What a dict of filters may name besides Filters' fields and the entity type names
# (ENTITY_NAMES): the singulars of the other fields, as the CLI's options spell them.
_FILTER_SINGULARS = {"kind": "kinds", "article": "articles", "language": "languages", "lang": "languages"}


def _filter_names(given: Mapping[str, Any]) -> dict[str, Any]:
    """A dict of filters with its keys as Filters' field names: an entity type is taken by any
    name of the one table the README promises everywhere (ENTITY_NAMES: "person", "People",
    "location" -> people / places), and "kind", "article", "language" as their plurals
    (trial4: `filters={"place": "Lodz"}` was refused). Raises TypeError, as for any wrong keyword
    argument, for a name that is none of these (naming the fields and the nearest one) and for
    two keys naming one field; "date" is refused with where dates go (`date:` in the query)."""
    import difflib

    names = [f.name for f in fields(Filters)]
    out: dict[str, Any] = {}
    for key, value in given.items():
        low = str(key).strip().lower()
        name = low if low in names else _FILTER_SINGULARS.get(low) or ENTITY_NAMES.get(low)
        if name == "dates":
            raise TypeError(f"{key!r} is no filter: dates go in the query (date:2019, published:[2004 TO *])")
        if name not in names:
            near = next(iter(difflib.get_close_matches(low, names, n=1, cutoff=0.75)), "")
            also = f"did you mean {near!r}? " if near else ""
            raise TypeError(f"unknown filter {key!r}: {also}filters are {', '.join(names)}")
        if name in out:
            raise TypeError(f"filter {key!r} names {name!r} again: give its values in one list")
        out[name] = value
    return out


@dataclass
class IndexStats:
    """What `indexer stats` reports about an index (sizes in bytes, dates ISO 8601)."""

    index: str
    format_version: int
    analyzer_version: int
    created: str
    updated: str
    entities: bool
    articles: int
    paragraphs: int
    kinds: dict[str, int]
    size_bytes: int
    names: dict[str, int]  # distinct canonical names per entity field
    published: tuple[str, str] = ("", "")  # earliest and latest article date, when known
    languages: dict[str, int] = field(default_factory=dict)  # articles per language, most first
    # Articles whose file holds the same bytes as another's (its SHA-256 `content_hash`): all
    # but the first by id of each such group; search folds their paragraphs (search/copies.py).
    copies: int = 0
    # With stats(articles=True): every article's record (index.manifest.ArticleRecord: id,
    # path, title, published, paragraphs...) by id, as `indexer stats --articles` lists them.
    article_list: list[Any] | None = None


@dataclass
class QueryOutcome:
    """One query of a batch (`batch.run_queries`, `indexer search --queries`): its 0-based line
    number, the query as read, and its result or the IndexerError it raised (one of the two)."""

    index: int
    query: str
    result: SearchResult | None = None
    error: Exception | None = None


# A reader's letter's signature: the writer's name, then where they write from between commas
# ("Margaret Doyle, Harbour Road, Kinsale", "Brendan Walsh, Summercove"): newspapers' letters
# pages print it so. One parser of the shape for both sides of the import layers: the segmenter
# reads the writer (segment.kept.signature_name), the tagger the places (entities._signature_places).
SIGNATURE_NAME_WORDS = (2, 4)  # a name of two to four words, a title before it aside
SIGNATURE_PART_WORDS = 4  # a place part: "Harbour Road", "Dublin 4", "Co Cork"


def signature_parts(line: str) -> tuple[list[str], list[list[str]]] | None:
    """A signature line split at its commas: (the words of its first part, the name; the words of
    each part after it, the places): "Margaret Doyle, Harbour Road, Kinsale" -> (["Margaret",
    "Doyle"], [["Harbour", "Road"], ["Kinsale"]]); a line without a comma has no places. None
    when a place is empty or longer than SIGNATURE_PART_WORDS words. Only the shape: what the
    words must be (capitals, a known given name, a title) each side decides."""
    name, *rest = line.split(",")
    places = [part.split() for part in rest]
    if any(not part or len(part) > SIGNATURE_PART_WORDS for part in places):
        return None
    return name.split(), places
