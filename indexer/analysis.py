"""Text analysis: how a text becomes index terms, one chain for index and query time.

Every field that holds words (the paragraph text, title and section, the entity names, the word
list beside the index, the synonym table) is analysed by the two Whoosh classes here, so a word
typed is always analysed as the same word in the text was:

1. `NewsTokenizer` (a Whoosh Tokenizer) finds words in the original text and keeps their
   character offsets into it (highlights point at the text as stored):
   - a word is a run of Unicode word characters (letters, digits, combining marks, joiners:
     the `regex` module's \\w), so a decomposed "Zu" + U+0308 + "rich" is one word;
   - a line break that parts two items (a list's, a table's rows; not one before a lower-case
     letter, where a sentence goes on) skips LINE_GAP positions, so no phrase spans two items;
   - a number grouped in thousands by commas is one word ("1,000", "£1,000m");
   - "U.S." and "3.5" stay whole, but a full stop with no space before a capitalised word splits
     it ("appeal.The" -> appeal, The: a sentence glued to the next one);
   - a word joined by an apostrophe: a contraction is one word ("won't", "they're"), a
     possessive's "'s" is dropped ("Blair's" -> Blair), an Irish surname is one word closed up
     ("O'Neill" -> oneill, by the filter), Cyrillic letters on both sides keep it ("пам'ять"),
     other words are their parts ("l'homme" -> l, homme);
   - each word is NFKC-normalised (compatibility forms: "ﬁ" -> "fi", full-width letters) and
     loses invisible format characters (ZWJ/ZWNJ, soft hyphens, bidi marks: Unicode's
     Default_Ignorable_Code_Point);
   - runs of Han, Hiragana, Katakana and Hangul are split into overlapping pairs of characters,
     as Lucene's CJKAnalyzer does (a one-character run stays one token), so `北京` finds
     "北京大学" and a query of several characters is a phrase of pairs;
   - runs of Thai, Lao, Khmer and Myanmar, written without spaces between words, are split
     into words by ICU's dictionary word breaker (`icu4py`), as Lucene's ICUTokenizer and
     Elasticsearch's `icu_tokenizer` do: "น้ำท่วมเชียงใหม่" is น้ำ, ท่วม, เชียงใหม่, so
     `เชียงใหม่` finds it, and a query the dictionary splits is a phrase of its words.
2. `NewsFilter` (a Whoosh Filter) turns each word into terms:
   - full Unicode case folding (`str.casefold`: ß -> ss, final sigma -> sigma; dotted İ becomes
     i + U+0307, then loses the dot with the other accents; dotless ı folds to i);
   - Arabic short vowels and shadda removed (the ISRI stemmer's pattern, whoosh.lang.isri);
   - English stop words (Whoosh's list) dropped in English text, but an all-capital word is a
     word (US, IT, WHO), and so are "May" and "Will" capitalised (NAME_STOP_WORDS: Theresa May,
     Will Young); a dropped word still takes its position, so phrases keep their gaps;
   - accents folded with the original kept, as Elasticsearch's `asciifolding` filter with
     `preserve_original`: "zürich" is indexed as "zurich" and "zürich" at one position; a query
     word is folded ("Zürich" and "Zurich" find both) unless quoted (then only the accented
     form matches). Folding removes the combining marks U+0300-U+036F from Latin and Greek
     letters and folds Russian ё to е, then applies Whoosh's accent_map (ø -> o, ł -> l, ...);
     Cyrillic й and ї, Arabic and Indic vowel signs are letters, not accents, and stay;
   - a Hebrew word also without its one- or two-letter prefix (`hebrew_unprefixed`: "בירושלים"
     is indexed as "בירושלים" and "ירושלים"), in the stemmed fields, at index time;
   - the language's Snowball stemmer where Whoosh has one (whoosh.lang: Arabic (ISRI), Danish,
     Dutch, English, Finnish, French, German, Hungarian, Italian, Norwegian, Portuguese,
     Romanian, Russian, Spanish, Swedish, Turkish); no stemming for other languages. A stem
     too short to be distinctive (`distinctive_stem`: under 3 characters, or under a quarter
     of the word) is not used: the word is kept whole (Turkish's stemmer cuts "fındık" to "f",
     Hungarian's "híd" and "link" to "hi" and "li", which matched every word cut that short).

The language comes from the text value (`LanguageText`, set by store.py from the article's
detected language) or the analyzer's `language=` keyword at query time; without either it is
English. Results are cached per (word, language, mode): a news text repeats its words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import regex
from whoosh.analysis import Filter, Token, Tokenizer

DEFAULT_LANGUAGE = "en"
# Whoosh's English stop list (what StemmingAnalyzer removed before): short, so few English
# content words are lost; stop words of other languages are content words of others
# (German "war", "die"), and all languages share one field, so only English text drops any.
STOP_LANGUAGES = frozenset({"en", "und"})
# Stop words that, capitalised, are names: the month and the surname May ("Theresa May", "Brian
# May", "5 May"), the given name Will ("Will Young"). Written so ("May", not "may" nor "MAY") they
# are words, at index and query time; a query opening with one as a question's verb ("Will the
# Fed ...") reads it in lower case (query.check_query). Dropped, "Theresa May" was "Theresa" alone
# and "May" alone was refused as a stop word (a new user's try, session 39).
NAME_STOP_WORDS = frozenset({"May", "Will"})
MIN_LENGTH = 2  # shorter words of the text are dropped (as Whoosh's StopFilter did), except CJK and SEA, and digits
MAX_LENGTH = 255  # longer "words" are no words (Lucene's StandardTokenizer limit)
# A stem shorter than this, or than this share of its word, is kept whole (distinctive_stem).
MIN_STEM = 3
MIN_STEM_SHARE = 0.25

# A word: word characters (with marks and joiners), dots inside ("U.S", "3.5", "appeal.The").
# Short letter groups joined by "&" are one word ("H&M", "AT&T", "P&G", "R&D"): split, their
# one-letter parts were dropped and the name was in no term (a query "H&M" found nothing).
# Words joined by "-" or "/" ("e-mail", "9/11", "long-term") are matched whole, then split by
# _compound ("U.S.-led" is the dotted word "U.S" and then "led", as before).
# Words joined by an apostrophe ("won't", "Blair's", "пам'ять") are matched whole, then read by
# apostrophe_parts; one joined to a compound or a dotted word ("don't-care") is split as before.
# A number grouped in thousands by commas ("1,000", "£100,000", "1,234.56", "£1,000m") is one
# word: split, "1,000 jobs" was "000 jobs" and found "5,000 jobs" (a new user's try, session 39).
WORD_RE = regex.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?\p{L}*(?![\w\p{Cf}]|,\d)|"
    r"\p{L}{1,3}(?:&\p{L}{1,3})+(?![\w&])|[\w\p{Cf}]+(?:['’][\w\p{Cf}]+)+(?![-/.][\w\p{Cf}])"
    r"|[\w\p{Cf}]+(?:[-/][\w\p{Cf}]+)+|[\w\p{Cf}]+(?:\.[\w\p{Cf}]+)*"
)
ASCII_WORD_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?[A-Za-z]*(?!\w|,\d)|[A-Za-z]{1,3}(?:&[A-Za-z]{1,3})+(?![\w&])|\w+(?:'\w+)+(?![-/.]\w)|\w+(?:[-/]\w+)+|\w+(?:\.\w+)*",
    re.ASCII,
)
APOSTROPHES = "'’"  # ASCII and typographic (U+2019); U+02BC is a letter and joins words itself
APOSTROPHE_RE = re.compile(f"[{APOSTROPHES}]")
# A possessive's "'s" ("Blair's", "O'Neill's"): dropped, the name kept, as Elasticsearch's
# english_possessive_stemmer does ("it's", "who's" are read so too).
POSSESSIVE = "s"
# A contraction ("won't", "don't", "can't", "isn't", "they're", "we've", "I'll", "I'd", "I'm"):
# one word, as Elasticsearch's standard tokenizer keeps it. Split, "won't" was "won" (a search
# for "won" found it, one for "won't" found "won"), "don't" the name "Don", "can't" no term at
# all ("can" is a stop word, "t" too short), and "they're" was "they" and "re".
CONTRACTION_RE = re.compile(r"\w*[nN]['’][tT]|\w+['’](?:[rR][eE]|[vV][eE]|[lL][lL]|[dD]|[mM])")
# An Irish surname ("O'Neill", "O'Brien", "O’Driscoll"; typed in lower case too, and "o'clock"):
# one word, its terms closed up ("oneill", analysis.NewsFilter), so "oneill" typed finds it and
# "Neill" (Bob Neill, Sam Neill) does not.
IRISH_NAME_RE = re.compile(r"[oO]['’]\w{2,}")
CYRILLIC_RE = regex.compile(r"\p{Cyrillic}")
MODIFIER_APOSTROPHE = "\u02bc"
COMPOUND_SPLIT_RE = re.compile(r"[-/]")
IGNORABLE_RE = regex.compile(r"\p{Default_Ignorable_Code_Point}+")
CJK_CLASS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u30fc"
CJK_RUN_RE = regex.compile(f"[{CJK_CLASS}]+")
# Scripts written without spaces between words whose words ICU finds by dictionary (Thai, Lao,
# Khmer, Myanmar; their combining marks are of the same script, so a run keeps them).
SEA_CLASS = r"\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
SEA_RUN_RE = regex.compile(f"[{SEA_CLASS}]+")
UNSPACED_RUN_RE = regex.compile(f"(?P<cjk>[{CJK_CLASS}]+)|[{SEA_CLASS}]+")
WORD_CHAR_RE = regex.compile(r"\w")
# Accents: the combining diacritical marks block, after a Latin or Greek base letter.
# Russian ё is е with a diaeresis that most writing leaves out: folded to е as well.
LATIN_GREEK_ACCENTS_RE = regex.compile(r"(?<=[\p{Latin}\p{Greek}][\u0300-\u036f]*)[\u0300-\u036f]+|(?<=[еЕ])\u0308")


class LanguageText(str):
    """A text value that carries its language (ISO 639-1 code, or "und") to the analyzer.

    Whoosh hands an analyzer only the field value; store.py passes the paragraph text as this
    str subclass (and stores the plain str), so each article is stemmed in its own language.
    """

    language: str
    _text: str  # the plain str given, for pickling (__reduce__)

    def __new__(cls, text: str, language: str) -> LanguageText:
        obj = super().__new__(cls, text)
        obj.language = language
        obj._text = text
        return obj

    def __reduce__(self) -> tuple[type[LanguageText], tuple[str, str]]:
        # Whoosh's sub-writer processes receive documents pickled: giving the original str
        # object lets pickle write it once when the document stores it too (_stored_text).
        return (LanguageText, (self._text, self.language))


def _split_glued(word: str) -> list[tuple[int, str]]:
    """(offset, part) of a dotted word, split where a sentence was glued to the next one:
    before a capitalised word after a lower-case word of two letters or more ("appeal.The"),
    not inside initials ("U.S.A"), numbers ("3.5") or lower-case names ("bbc.co.uk")."""
    parts = word.split(".")
    out: list[tuple[int, str]] = []
    start, offset = 0, 0
    for i in range(1, len(parts)):
        offset += len(parts[i - 1]) + 1
        left, right = parts[i - 1], parts[i]
        if (
            len(left) >= 2
            and left[-1].isalpha()
            and (left[-1].islower() or not left.isupper())
            and right[0].isupper()
            and (len(right) == 1 or right[1].islower())
        ):
            out.append((start, word[start : offset - 1]))
            start = offset
    out.append((start, word[start:]))
    return out


def case_readings(text: str) -> tuple[str, ...]:
    """`text` as typed, in lower case and title-cased (distinct, in that order): the readings a
    name typed in any case is searched in. The tokenizer reads case (`_split_glued`: a capital
    after a dot opens a glued sentence), so a username "Lena.K" is the words "lena" "k" and
    "lena.k" one word; an index holds a name's words as the text writes it, so a value in lower
    case finds it by its title-cased reading, and one in capitals ("LENA.K") by its lower-case
    reading."""
    return tuple(dict.fromkeys((text, text.lower(), text.title())))


def _compound(word: str) -> list[tuple[int, str]]:
    """(offset, part) of a word joined by "-" or "/": its parts, as separate words, unless one
    part is a single character ("e-mail", "x-ray", "9/11", "1-0"). Such a part is too short to
    be a term (MIN_LENGTH), so split, "e-mail" was indexed and searched as "mail" and "9/11" as
    "11" (matching "November 11-14"). Then the compound is one word: letters closed up
    ("email", as Elasticsearch's word_delimiter_graph catenates words, so "e-mail" = "email"),
    the joiner kept between two digits ("9/11", "1-0": "911" is another number)."""
    parts = COMPOUND_SPLIT_RE.split(word)
    if all(len(p) > 1 or CJK_RUN_RE.match(p) for p in parts):  # one Han character is a term
        out, offset = [], 0
        for p in parts:
            out.append((offset, p))
            offset += len(p) + 1
        return out
    joined = [parts[0]]
    offset = len(parts[0])
    for p in parts[1:]:
        if joined[-1][-1:].isdigit() and p[:1].isdigit():
            joined.append(word[offset])
        joined.append(p)
        offset += len(p) + 1
    return [(0, "".join(joined))]


def apostrophe_parts(word: str) -> list[tuple[int, str]]:
    """(offset, part) of a word joined by apostrophes (' or ’), each apostrophe kept written as
    ASCII: a contraction whole ("won’t" -> "won't": CONTRACTION_RE); a possessive's "'s"
    dropped ("Blair's" -> "Blair"); an Irish surname whole ("O'Neill's" -> "O'Neill":
    IRISH_NAME_RE); Cyrillic letters on both sides joined by U+02BC, the Ukrainian and
    Belarusian apostrophe that is part of the word ("пам'ять", "з’їзд": one word, as the
    standard writes it with U+02BC, a letter); else the parts as words ("l'homme" -> l, homme: a
    one-letter part is too short to be a term, so an elided article is dropped, as Lucene's
    ElisionFilter does; "Ankara'da" -> Ankara, da). Each part starts at its offset into `word`
    and is as long as it is written there."""
    if CONTRACTION_RE.fullmatch(word):
        return [(0, APOSTROPHE_RE.sub("'", word))]
    parts = APOSTROPHE_RE.split(word)
    if len(parts) > 1 and parts[-1].lower() == POSSESSIVE:
        parts.pop()
    if IRISH_NAME_RE.fullmatch("'".join(parts)):
        return [(0, "'".join(parts))]
    out: list[tuple[int, str]] = []
    offset = 0
    for i, part in enumerate(parts):
        if i and CYRILLIC_RE.match(part) and CYRILLIC_RE.match(out[-1][1][-1]):
            out[-1] = (out[-1][0], out[-1][1] + MODIFIER_APOSTROPHE + part)
        else:
            out.append((offset, part))
        offset += len(part) + 1
    return out


def _pieces(word: str) -> list[tuple[int, str]] | tuple[tuple[int, str], ...]:
    """(offset, piece) of one match of WORD_RE: a glued, compound or apostrophe word split (see
    above)."""
    if "'" in word or "’" in word:
        return apostrophe_parts(word)
    if "." in word:
        return _split_glued(word)
    if "-" in word or "/" in word:
        return _compound(word)
    return ((0, word),)


def _words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) for every word of `text`: offsets into `text`, the word NFKC-normalised
    without invisible format characters, CJK runs as overlapping pairs. Case is kept (the
    filter needs it to tell acronyms). A closed-up compound ("e-mail" as "email") spans the
    whole compound in `text`, so its `end - start` can exceed `len(word)`."""
    if text.isascii():  # most news text: the standard library's re, same words, ~2x faster
        for m in ASCII_WORD_RE.finditer(text):
            word = m.group()
            if "." in word or "-" in word or "/" in word or "'" in word:
                start = m.start()
                pieces = _pieces(word)
                if len(pieces) == 1 and pieces[0][1] != word and "'" not in word:  # a closed-up compound
                    if len(word) <= MAX_LENGTH:
                        yield start, m.end(), pieces[0][1]
                    continue
                for offset, piece in pieces:
                    yield start + offset, start + offset + len(piece), piece
            elif len(word) <= MAX_LENGTH:
                yield m.start(), m.end(), word
        return
    for m in WORD_RE.finditer(text):
        word = m.group()
        start = m.start()
        pieces = _pieces(word)
        apostrophe = "'" in word or "’" in word  # its parts' spans: "Blair's" marks Blair
        if len(pieces) == 1 and pieces[0][1] != word and not apostrophe:  # a closed-up compound
            piece = pieces[0][1]
            if piece.isascii():
                if len(word) <= MAX_LENGTH:
                    yield start, m.end(), piece
            else:
                for s, _e, w in _normalized(piece, start):
                    yield s, m.end(), w
            continue
        for offset, piece in pieces:
            at = start + offset
            if piece.isascii():
                if len(piece) <= MAX_LENGTH:
                    yield at, at + len(piece), piece
                continue
            yield from _non_ascii(piece, at)


def _non_ascii(piece: str, at: int) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for run in UNSPACED_RUN_RE.finditer(piece):
        if run.start() > pos:
            yield from _normalized(piece[pos : run.start()], at + pos)
        s, e = run.span()
        if run.group("cjk") is None:
            for ws, we in _dictionary_words(piece[s:e]):
                yield from _normalized(piece[s + ws : s + we], at + s + ws)
        elif e - s == 1:
            yield at + s, at + e, unicodedata.normalize("NFKC", piece[s:e])
        else:
            for i in range(s, e - 1):
                yield at + i, at + i + 2, unicodedata.normalize("NFKC", piece[i : i + 2])
        pos = e
    if pos < len(piece):
        yield from _normalized(piece[pos:], at + pos)


def _dictionary_words(run: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of a run of Thai, Lao, Khmer or Myanmar letters, as ICU's word
    break rules find them with its dictionaries for these scripts (UAX #29 plus dictionaries;
    the dictionary is picked by script, not locale). Offsets are into `run`: its characters
    are all in the Basic Multilingual Plane, so ICU's UTF-16 offsets are Python's. Pieces
    without a word character (a lone punctuation mark of the script) are left out."""
    from icu4py.breakers import WordBreaker

    for start, end in WordBreaker(run, "und").segments():
        if WORD_CHAR_RE.search(run, start, end):
            yield start, end


def _normalized(part: str, at: int) -> Iterator[tuple[int, int, str]]:
    word = IGNORABLE_RE.sub("", unicodedata.normalize("NFKC", part))
    if word and len(part) <= MAX_LENGTH:
        yield at, at + len(part), word


def index_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of every word of `text` as NewsFilter.terms takes it at index time
    (a text in capitals is lower-cased first, see NewsTokenizer): for highlighting."""
    if text.upper() == text:
        for start, end, word in _words(text):
            yield start, end, word.lower()
    else:
        yield from _words(text)


def words(text: str) -> list[str]:
    """The words of `text` as the tokenizer finds them (case kept): for tests and the query lexer."""
    return [w for _, _, w in _words(text)]


@functools.lru_cache(maxsize=None)
def _stemmer(language: str) -> Any:
    """The stem function of a language (English for undetermined text): Snowball's algorithm
    for its ISO 639-1 code through PyStemmer (Snowball 3: the 16 languages Whoosh stems and 18
    more, Greek, Hindi, Persian, Polish, Czech, Catalan, Indonesian...), else None. The
    algorithms run in C (the same stems as whoosh.lang.snowball, whose pure Python cost 0.24 ms
    a new word, a third of a BBC + Reuters build). English is Snowball's English (Porter2), not
    Whoosh's default Porter: Porter stems "evacuated" and "evacuations" apart and "Arsene" and
    "Arsenal" together."""
    import Stemmer

    code = "en" if language in ("und", "") else language
    if len(code) != 2 or not code.isascii():  # PyStemmer encodes the name as ASCII (a typed "é1" raised)
        return None
    try:
        return Stemmer.Stemmer(code).stemWord
    except KeyError:  # no Snowball algorithm for this language
        return None


def distinctive_stem(stem: str, word: str) -> bool:
    """Whether `stem`, a stemmer's cut of `word`, is distinctive enough to stand for it: the
    word itself, or at least MIN_STEM characters and MIN_STEM_SHARE of the word. Snowball's
    stemmers strip suffixes by rule, with no dictionary: Turkish's cuts "fındık" (hazelnut) to
    "f" and "Ordu" to "or", Hungarian's "híd" to "hi", Greek's "της" to "τ", English's
    "going" to "go"; such a stem is shared by unrelated words of every language (the index
    holds them all in one field), so a search for the word found them all. The limits are this
    project's (no stemmer states one): a stem of one or two characters, or of under a quarter
    of a long word, is rarely a word's alone; English loses little ("going" no longer matches
    "go"; "ads", "sued" keep themselves)."""
    return stem == word or (len(stem) >= MIN_STEM and len(stem) >= MIN_STEM_SHARE * len(word))


def has_stemmer(language: str) -> bool:
    """Whether words of `language` (an ISO 639-1 code) are stemmed."""
    return _stemmer(language) is not None


@functools.lru_cache(maxsize=1)
def _arabic_vowels() -> Any:
    from whoosh.lang.isri import ISRIStemmer

    return ISRIStemmer().re_short_vowels


@functools.lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """Whoosh's English stop words (the 34 its StopFilter drops by default): the words the
    text field leaves out of its terms (keeping their positions)."""
    from whoosh.analysis import STOP_WORDS

    return frozenset(STOP_WORDS)


def fold_accents(word: str) -> str:
    """A case-folded word without accents on Latin and Greek letters ("zürich" -> "zurich",
    "οδόσ" -> "οδοσ", "i̇stanbul" -> "istanbul"; Russian "ё" -> "е"), then Whoosh's
    accent_map (ø, ł, đ, ı...)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    stripped = LATIN_GREEK_ACCENTS_RE.sub("", decomposed)
    return fold_letters(unicodedata.normalize("NFC", stripped))


def fold_letters(text: str) -> str:
    """Letters whose accent is part of their shape as their plain letter (ø -> o, ł -> l,
    đ -> d, ı -> i: Whoosh's accent_map), what fold_accents does after taking accents off:
    for a key that folds accents as the index's words are folded (entities.name_key)."""
    if text.isascii():
        return text
    from whoosh.support.charset import accent_map

    return text.translate(accent_map)


def fold_query_word(word: str) -> str:
    """One word of a query (or a pattern of one, its `*` and `?` kept) as the analysis chain
    folds a query word: NFKC, ignorable characters dropped, case and accents folded
    ("Łuk*" -> "luk*", "Wróbel" -> "wrobel"); for values matched against analysed words
    outside the chain (`byline:` patterns: index/parser.py)."""
    return fold_accents(casefold(IGNORABLE_RE.sub("", unicodedata.normalize("NFKC", word))))


def casefold(word: str) -> str:
    """Full Unicode case folding, NFC, and Arabic short vowels removed."""
    if word.isascii():
        return word.lower()
    folded = unicodedata.normalize("NFC", word.casefold())
    if "\u064b" <= max(folded) and regex.search(r"\p{Arabic}", folded):
        folded = _arabic_vowels().sub("", folded)
    return folded


# Hebrew's one-letter prefixes, written joined to the word: ו "and", ה "the", ב "in", ל "to",
# מ "from", ש "that", כ "as" ("בירושלים" = in Jerusalem). Two stack in these orders (Hebrew
# grammar: ו and ש come first, then a preposition or the article; ב ל כ absorb ה): "וב", "שה",
# "מה", "כש". A variant is kept only when three letters or more remain: "רק" inside "ברק" is no
# word to find.
HEBREW_WORD_RE = regex.compile(r"\p{Hebrew}+")
HEBREW_PREFIXES = frozenset("והבלמשכ")
HEBREW_DOUBLE_PREFIXES = frozenset("וה וב ול ומ וש וכ שה שב של שמ שכ מה כש".split())
HEBREW_MIN_STEM = 3


def hebrew_unprefixed(word: str) -> tuple[str, ...]:
    """The forms of a Hebrew `word` without its one- or two-letter prefix (`HEBREW_PREFIXES`,
    `HEBREW_DOUBLE_PREFIXES`), each of `HEBREW_MIN_STEM` letters or more: "בירושלים" ->
    ("ירושלים",), "ובירושלים" -> ("בירושלים", "ירושלים"); () for a word of another script or
    with no prefix. The word itself is indexed beside them (a word may begin with those
    letters: "משה", "לונדון"), so a variant costs a false match at worst, never a miss; as a
    cheap stand-in for a Hebrew morphological analyzer (HebMorph)."""
    if not HEBREW_WORD_RE.fullmatch(word) or len(word) <= HEBREW_MIN_STEM:
        return ()
    out = []
    if word[0] in HEBREW_PREFIXES:
        out.append(word[1:])
    if word[:2] in HEBREW_DOUBLE_PREFIXES and len(word) - 2 >= HEBREW_MIN_STEM:
        out.append(word[2:])
    return tuple(out)


# Languages that write a name's genitive (and many nouns' plural) with an "s" joined to the
# word, no apostrophe: German "Berlusconis Partei", "Trumps Regierung", Swedish, Norwegian and
# Danish "Obamas tale". Their Snowball stemmers take an "s" off only after the letters their
# rules list (German: b d f g h k l m n r t; "Merkels" -> "merkel"), so "Berlusconis",
# "Draghis", "Trumps", "Sarkozys" stayed words apart from the name (a new user's try).
GENITIVE_S_LANGUAGES = frozenset({"de", "sv", "no", "da"})
# The word without its "s", when that "s" can be an ending: a word of 5+ letters, no "s", "x",
# "z" or "ß" before it (those genitives take an apostrophe: "Schulz'"), and no two vowels ("Haus",
# "Preis", "Mais" are no plural or genitive of "hau", "prei", "mai").
_GENITIVE_S_RE = regex.compile(r"\w{2,}[^\Waeiouyäöüåæø][aeiouyäöüåæø]s|\w{3,}[^\Wsxzßaeiouyäöüåæø]s")


def genitive_base(word: str) -> tuple[str, ...]:
    """The form of a folded, capitalised `word` of a GENITIVE_S_LANGUAGES text without the "s" a
    genitive or plural joins to it ("berlusconis" -> ("berlusconi",), "trumps" -> ("trump",));
    () when the "s" cannot be such an ending (`_GENITIVE_S_RE`). Indexed beside the word and
    its stem, so a variant costs a false match at worst ("Kaktus" also under "kaktu"), never a
    miss: the same trade as `hebrew_unprefixed`."""
    return (word[:-1],) if _GENITIVE_S_RE.fullmatch(word) else ()


def is_unspaced(word: str) -> bool:
    """Whether `word` is all of a script written without spaces between words (CJK, Thai, Lao,
    Khmer, Myanmar), where one character can be a word: such words are kept however short."""
    return not word.isascii() and UNSPACED_RUN_RE.fullmatch(word) is not None


# Positions skipped at a line break between two items of a paragraph (a list's items, a table's
# rows, a live page's entries kept in one paragraph): a phrase never spans it, even with a slop
# ("Excellent suction for the price" / "Accurate lidar mapping": "price accurate" is no phrase of
# the text; trial 14). 100 as Lucene's position_increment_gap between the values of a field.
LINE_GAP = 100
# A line that goes on with the sentence of the line before: it opens with a lower-case letter
# ("ohne Geheimnisse" / "ist wie eine Blume": a verse's or a hard-wrapped line), after white space.
_LINE_BREAK = re.compile(r"\n[^\S\n]*(?=[^\s])")


def line_breaks(text: str) -> list[int]:
    """Offsets into `text` of its line breaks that part two items (a phrase does not span them,
    `LINE_GAP`): every "\n" before a line that does not open with a lower-case letter (one that
    does goes on with a sentence). Blank lines count once. Ascending."""
    return [m.start() for m in _LINE_BREAK.finditer(text) if not text[m.end()].islower()]


class NewsTokenizer(Tokenizer):
    """Words of a text with positions and character offsets into the original text (see the
    module docstring). Keyword arguments given to the analyzer (`language`, `quoted`) are set
    on the tokens for the filter; a LanguageText value gives its own language."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        language = getattr(value, "language", None) or kwargs.pop("language", None) or DEFAULT_LANGUAGE
        kwargs.pop("language", None)
        t = Token(positions, chars, removestops=removestops, mode=mode, language=language, **kwargs)
        # In a text without lower-case letters (a headline in capitals) a capital stop word is
        # no acronym; in a query it is ("US", "WHO").
        t.shouting = mode == "index" and value.upper() == value
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        pos = start_pos
        breaks = line_breaks(value) if positions and "\n" in value else []
        b = 0
        for start, end, word in _words(value):
            t.text = word
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = word
            if positions:
                while b < len(breaks) and breaks[b] < start:  # a line break since the last word
                    pos += LINE_GAP
                    b += 1
                t.pos = pos
            if chars:
                t.startchar, t.endchar = start_char + start, start_char + end
            pos += 1
            yield t


class NewsFilter(Filter):
    """Case folding, stop words, accent folding (original kept) and stemming, per language.

    `stem=False` for fields of names and the word list; `stops=False` to keep every word
    (one-letter words too).
    Token attributes read: `language`, `mode` ("index" emits the folded and the original form,
    any other mode one form), `quoted` (a quoted query word: the original, accented form).
    """

    def __init__(self, stem: bool = True, stops: bool = True) -> None:
        self.stem = stem
        self.stops = stops
        self._cache: dict[tuple[str, str, int], tuple[str, ...]] = {}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and (self.stem, self.stops) == (other.stem, other.stops)

    def __hash__(self) -> int:
        return hash((type(self), self.stem, self.stops))

    def __getstate__(self) -> dict[str, bool]:  # the cache is no part of the schema
        return {"stem": self.stem, "stops": self.stops}

    def __setstate__(self, state: dict[str, bool]) -> None:
        self.stem = state["stem"]
        self.stops = state["stops"]
        self._cache = {}

    # how: 0 index (folded and original), 1 query (folded), 2 quoted query (original)
    def terms(self, word: str, language: str = DEFAULT_LANGUAGE, how: int = 0) -> tuple[str, ...]:
        """The terms of one word as the tokenizer gives it: () for a stop word or a word too
        short, else the folded form and (at index time, when it differs) the original form,
        stemmed in `language` when this filter stems."""
        key = (word, language, how)
        found = self._cache.get(key)
        if found is not None:
            return found
        found = self._terms(word, language, how)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = found
        return found

    def _terms(self, word: str, language: str, how: int) -> tuple[str, ...]:
        folded = casefold(word)
        if "'" in word and IRISH_NAME_RE.fullmatch(word):
            folded = folded.replace("'", "")  # "O'Neill" is found by "oneill" too (apostrophe_parts)
        if self.stops and len(folded) < MIN_LENGTH and not is_unspaced(folded) and not folded.isdigit():
            return ()
        if (
            self.stops
            and language in STOP_LANGUAGES
            and folded in english_stop_words()
            and not (word.isupper() and len(word) > 1)
            and word not in NAME_STOP_WORDS
        ):
            return ()
        plain = fold_accents(folded)
        if how == 1:
            forms: tuple[str, ...] = (plain,)
        elif how == 2:
            forms = (folded,)
        else:
            forms = (plain,) if plain == folded else (plain, folded)
        if self.stem and how == 0:
            forms += hebrew_unprefixed(plain)  # "בירושלים" is found by "ירושלים"
            if language in GENITIVE_S_LANGUAGES and word[:1].isupper():
                forms += genitive_base(plain)  # "Berlusconis" is found by "berlusconi"
        if self.stem:
            stem = _stemmer(language)
            if stem is not None:
                # A stem too short to be distinctive: the word kept whole (at index and query time alike).
                forms = tuple(dict.fromkeys(s if distinctive_stem(s := stem(f), f) else f for f in forms))
        return forms

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        terms = self.terms
        for t in tokens:
            how = 0 if t.mode == "index" else (2 if getattr(t, "quoted", False) else 1)
            found = terms(t.text.lower() if t.shouting else t.text, t.language, how)
            if not found:
                if not t.removestops:  # Whoosh asks for stopped tokens when highlighting
                    t.stopped = True
                    yield t
                continue
            for term in found:
                t.text = term
                yield t


def text_analyzer() -> Any:
    """Paragraph text, title and section: stemmed, English stop words dropped."""
    return NewsTokenizer() | NewsFilter(stem=True, stops=True)


def name_analyzer() -> Any:
    """Entity names and the word list: unstemmed, every word kept."""
    return NewsTokenizer() | NewsFilter(stem=False, stops=False)


_NAMES = NewsFilter(stem=False, stops=False)


def words_of(text: str) -> set[str]:
    """The real words of a text (case-folded, both folded and accented forms, unstemmed):
    what the index's word list holds for typos, patterns and suggestions."""
    out: set[str] = set()
    terms = _NAMES.terms
    if text.isascii():  # each distinct word once (a paragraph repeats many)
        for word in set(ASCII_WORD_RE.findall(text)):
            if "'" in word:  # (through the filter: "O'Neill" is "oneill")
                out.update(t for _, part in _pieces(word) for t in terms(part, DEFAULT_LANGUAGE, 0))
            elif "." in word:
                out.update(part.lower() for _, part in _pieces(word))
            elif len(word) <= MAX_LENGTH:
                out.add(word.lower())
        return out
    for _, _, word in _words(text):
        out.update(terms(word, DEFAULT_LANGUAGE, 0))
    return out
