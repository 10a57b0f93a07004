"""Dates written in the languages other than English, for an article's publication date.

`find_english_date` reads English dates ("March 12, 2025", "12 March 2025", "12-Mar-2025") and
ISO ones ("2025-03-12"), for segment's date lines and the envelope's header fields alike;
`find_date` reads the rest a page's metadata lines use:

- day, month name, year, day first, with the day's period or "1er" and Spanish, Portuguese and
  Catalan's "de" ("12. März 2025", "12 mars 2025", "1er mars 2025", "12 de marzo de 2025",
  "12 d’abril de 2025", "12 marzo 2025", "12 maart 2025", "12 марта 2025 г."), month names in
  full or abbreviated ("12 févr. 2025", "12. Okt. 2025"), any case;
- figures: day.month.year with dots ("12.03.2025", as German, Russian, Polish, Czech... write
  it), year/month/day ("2025/03/12", "2025.03.12"), and two numbers and a year with slashes in
  the one order they can be ("25/03/2025" day first, "03/25/2025" month first; dashes
  alike, "25-03-2025") or, when both
  could be the month ("03/04/2025"), in the order of the page's language (`slash_order`: month
  first in US English, day first in most other languages), else left undated;
- year, month name, day, as Hungarian, Lithuanian and Latvian write it ("2025. november 12.",
  "2025 m. lapkričio 12 d.", "2025. gada 12. novembris");
- month, day, year, as phpBB prints a post's time in any language ("Pzt Kas 17, 2025 20:14")
  and sites in Spanish, Portuguese, Italian... print the English order ("noviembre 18, 2025");
- Chinese, Japanese and Korean year-month-day ("2025年3月12日", "2025년 3월 12일");
- in any of these, Eastern Arabic, Persian and full-width digits ("١٨ نوفمبر ٢٠٢٥",
  "２０２５年１１月１８日"), the Arabic comma ("18 نوفمبر، 2025"), two-word month names (the
  Levant's "تشرين الثاني", Irish "meán fómhair") and Greek capitals without their accents
  ("18 ΝΟΕΜΒΡΙΟΥ 2025").

A month name two languages give different months (Croatian "listopad" is October, Czech and
Polish "listopad" November) is read in the page's language: the reader's `language`, else the
one `page_language` gives while a page is segmented; the table's (Czech and Polish) reading when
neither is known.

Month names come from `indexer/data/months.json`, written from the Unicode CLDR by
`python -m eval.make_months` (37 languages and variants: every language of
`chromewords.LANGUAGES` written with month names, Croatian only where no other language gives
its names another month; the list and why in that script), so
no hand list and no Babel import at run time (loading its 20 locales takes ~0.3 s). Stdlib only.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from .models import text_memo

MONTHS_FILE = Path(__file__).resolve().parent / "data" / "months.json"

# The month slot is any word (looked up in the table), so one short pattern serves every
# language: a letter, then anything up to a space, digit, comma or period (Devanagari's vowel
# signs are no `\w` to `re`, and Hindi abbreviations end with "॰").
# Two-word month names (the Levant's Arabic "تشرين الثاني", Irish "meán fómhair") are tried
# first, as one slot. An Arabic comma may follow the month ("18 نوفمبر، 2025").
_TWO_WORDS = r"(?:كانون|تشرين)\s+(?:الثاني|الأول)|(?:meán|deireadh)\s+fómhair"
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\w.])(?P<d>\d{{1,2}}|1er)[.,]?\s+(?:de\s+|d[’']|ta[’']\s+)?(?P<m>{_TWO_WORDS}|[^\W\d_][^\s\d,.،]*)\.?[,،]?\s+"
    r"(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)(?:(?!\d)|(?=\d{1,2}:[0-5]\d))",  # a glued time after: "20253:42"
    re.I,
)
# "04-feb-2025", "4/févr/2025", "04.Okt.2025": one mark between the day, the month and the year
_DAY_MONTH_YEAR_MARKS = re.compile(
    r"(?<![\w.])(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>[^\W\d_][^\W\d_]{0,14})(?P=s)(?P<y>(?:19|20)\d\d)(?!\d)"
)
# The weekday between the day and the month, as a calendar-leaf date block prints them one above
# the other and a text dump joins them ("31 / Donnerstag / Okt 2019" -> "31 Donnerstag Okt 2019",
# a WordPress.com theme's post date): the weekday a name of the table's weekdays
# (`weekday_names`), the month as above. Words taken whole (possessive), so a run of letters is
# tried once.
_DAY_WEEKDAY_MONTH_YEAR = re.compile(
    r"(?<![\w.])(?P<d>\d{1,2})\.?\s+(?P<w>[^\W\d_]{2,15}+)\.?,?\s+(?P<m>[^\W\d_][^\s\d,.]{0,14}+)\.?,?\s+"
    r"(?P<y>(?:19|20)\d\d)(?!\d)"
)
# Year first, as Hungarian, Lithuanian and Latvian write a date in words (CLDR's long patterns):
# "2025. november 12." and "2025. nov. 12." (y. MMMM d.), "2025 m. lapkričio 12 d." (y 'm'. MMMM
# d 'd'.), "2025. gada 12. novembris" (y. 'gada' d. MMMM). The year's period or "m." is required:
# a bare "2025 mai 12" is a year, a word and a number in a sentence as often.
_YEAR_MONTH_DAY = re.compile(
    r"(?<![\w.])(?P<y2>(?:19|20)\d\d)\.\s+gada\s+(?P<d2>\d{1,2})\.\s+(?P<m2>[^\W\d_][^\s\d,.]{0,14})"
    r"|(?<![\w.])(?P<y>(?:19|20)\d\d)(?:\.|\s+m\.)\s+(?P<m>[^\W\d_][^\s\d,.]{0,14})\.?\s+(?P<d>\d{1,2})(?!\d)",
    re.I,
)
# Month first, day, year, as phpBB's default date format ("D M d, Y g:i a") prints a post's time
# in every language pack, the month abbreviated in the board's language ("Pzt Kas 17, 2025
# 20:14", "Пн ноя 17, 2025", "Sáb Nov 08, 2025"), and Spanish, Portuguese and Italian sites
# print the English order ("noviembre 18, 2025"): the month looked up in the table as above. The
# comma after the day (or the Arabic comma) is required (without it, "Mai 17 2025" reads as a
# word and two figures).
_MONTH_DAY_YEAR = re.compile(
    r"(?<![\w.])(?P<m>[^\W\d_][^\s\d,.]{0,14})\.?\s+(?P<d>\d{1,2})[,،]\s+(?P<y>(?:19|20)\d\d)(?!\d)"
)
# "14.8.2025", and with a space after each period as Czech, Slovak, Slovenian and Croatian write
# it (CLDR's medium "d. M. y": "14. 8. 2025")
# A "year" whose last two figures a minute follows is a two-figure year and an hour glued
# together ("28.09.1912:44", a forum's "28.09.19" and "12:44" side by side in its markup): no
# date, rather than 1912 (`_NO_GLUED_TIME`). Two-figure years are not read.
_NO_GLUED_TIME = r"(?!:[0-5]\d)"
_DMY_DOTS = re.compile(
    rf"(?<![\d.])(?P<d>\d{{1,2}})\. ?(?P<m>\d{{1,2}})\. ?(?P<y>(?:19|20)\d\d)(?![\d]){_NO_GLUED_TIME}"
)
# "25/03/2025" and "25-03-2025" (India's, the Netherlands' and vBulletin's post stamps write the
# dashes: "11-10-2024, 07:52 PM #1"), one separator twice; the order as the slash form's
_DMY_SLASH = re.compile(
    rf"(?<![\d/-])(?P<d>\d{{1,2}})(?P<sep>[/-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/-]){_NO_GLUED_TIME}"
)
# "2025/11/17", "2025.11.17", and Hungarian's "2025.11.17." and "2025. 11. 17." (CLDR's short
# "y. MM. dd.": the day's period is the date's, not a sentence's or a version number's "17.5")
_YMD = re.compile(
    r"(?<![\d./])(?P<y>(?:19|20)\d\d)(?:(?:\. ?|/)(?P<m>\d{1,2})(?:\. ?|/)(?P<d>\d{1,2})(?![\d/]|\.\d)|"
    r"\s*[年년]\s*(?P<m2>\d{1,2})\s*[月월]\s*(?P<d2>\d{1,2})\s*[日일])"
)


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """{month name, lower-cased, no final period: month 1-12} from `indexer/data/months.json`."""
    data = json.loads(MONTHS_FILE.read_text(encoding="utf-8"))
    return {str(k): int(v) for k, v in data["months"].items()}


@lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    """Weekday names in full, lower-cased, from `indexer/data/months.json` (CLDR's)."""
    data = json.loads(MONTHS_FILE.read_text(encoding="utf-8"))
    return frozenset(str(w) for w in data["weekdays"])


@lru_cache(maxsize=1)
def relative_times() -> tuple[str, ...]:
    """CLDR's past relative-time patterns, lower-cased, "{0}" for the figure ("{0} minutes ago",
    "vor {0} minuten", "il y a {0} heures"), from `indexer/data/months.json`."""
    data = json.loads(MONTHS_FILE.read_text(encoding="utf-8"))
    return tuple(str(p) for p in data["relative"])


# Regions whose English writes short dates month first (CLDR's M/d/yy): the United States and
# its territories, the Philippines and the Pacific states in free association with the US.
MONTH_FIRST_REGIONS = frozenset({"us", "as", "gu", "mp", "pr", "um", "vi", "ph", "fm", "mh", "pw"})
# Languages whose short dates put the day first (CLDR's d/M/y, dd.MM.y, dd-MM-y patterns), in
# any region; English only in the regions named. Year-first languages (zh, ja, ko, hu, lt, sv,
# fa...) and English with no region (the US or Britain?) are not here: their order is unknown.
DAY_FIRST_LANGUAGES = frozenset(
    "de fr es it pt nl ru pl cs sk uk be bg ro el tr da nb nn no fi is et lv id ms vi ca gl eu hr sr bs sl mk "
    "sq ar he hi bn ur ta te mr gu kn ml sw af ga cy".split()
)
DAY_FIRST_ENGLISH_REGIONS = frozenset({"gb", "uk", "ie", "au", "nz", "in", "sg", "my", "hk", "pk", "ng", "ke", "mt"})


def slash_order(language: str) -> str:
    """The order of an ambiguous slash date ("03/04/2025") on a page in `language` (a BCP 47 tag
    or ISO 639-1 code, any case, `-` or `_`: "en-US", "de", "pt_BR"): "md" (month first) for
    English of a MONTH_FIRST_REGIONS region, "dm" (day first) for a DAY_FIRST_LANGUAGES
    language or English of a DAY_FIRST_ENGLISH_REGIONS region; "" when unknown (no language,
    English with no region, a language written year first), and such a date is left undated."""
    parts = language.strip().lower().replace("_", "-").split("-")
    code = parts[0]
    region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    if code == "en":
        return "md" if region in MONTH_FIRST_REGIONS else "dm" if region in DAY_FIRST_ENGLISH_REGIONS else ""
    if region in MONTH_FIRST_REGIONS and region != "ph":  # es-US: Spanish of the US, month first
        return "md"
    return "dm" if code in DAY_FIRST_LANGUAGES else ""


# A neutral citation names its court ("[2025] EWHC 1234 (Ch)", "[2024] UKSC 12", "[2023] IEHC
# 45"): the courts' codes of the countries whose English writes short dates day first, by the
# start of the code, and the region (for `slash_order`) they stand for. From the neutral
# citation schemes of England and Wales, the UK's courts and tribunals (Practice Direction
# (Judgments: Form and Citation) 2001, UKSC, UKUT...), Scotland (CSOH, CSIH, HCJAC), Northern
# Ireland (NICA, NIKB...), Ireland (IESC, IECA, IEHC), New Zealand (NZSC...), Singapore (SGCA,
# SGHC) and Australia (HCA, FCA, FCAFC and the states' supreme courts).
_NEUTRAL_CITATION = re.compile(r"\[(?:19|20)\d\d\]\s{1,3}(?P<court>[A-Z]{2,8})\s{1,3}\d{1,5}(?!\d)")
CITATION_COURT_REGIONS = (
    (("UK", "EW", "NI", "CSOH", "CSIH", "HCJAC"), "gb"),
    (("IE",), "ie"),
    (("NZ",), "nz"),
    (("SG",), "sg"),
    (("HCA", "FCA", "NSW", "VSC", "QCA", "QSC", "WASC", "SASC", "TASSC", "ACTSC", "NTSC"), "au"),
)


def page_slash_order(text: str, language: str = "") -> str:
    """The order of the ambiguous slash dates ("12/05/2025") of a page whose text is `text`:
    its language's (`slash_order`), else what the page itself shows: its slash dates whose one
    number can only be the day ("25/03/2025": "dm"; "03/25/2025": "md") when they all agree,
    else the country of the court a neutral citation names (`CITATION_COURT_REGIONS`: "[2025]
    EWHC 1234 (Ch)" is England's, day first); "" when none of these tells (the date is then
    left undated, as `find_date` does)."""
    if order := slash_order(language):
        return order
    seen: set[str] = set()
    for m in _DMY_SLASH.finditer(text):
        first, second = int(m.group("d")), int(m.group("m"))
        if (first > 12) != (second > 12) and max(first, second) <= 31:
            seen.add("dm" if first > 12 else "md")
    if seen:
        return seen.pop() if len(seen) == 1 else ""  # (both orders on one page: none is known)
    for m in _NEUTRAL_CITATION.finditer(text):
        court = m.group("court")
        for starts, region in CITATION_COURT_REGIONS:
            if court.startswith(starts):
                return slash_order(f"en-{region}")
    return ""


@lru_cache(maxsize=1)
def own_readings() -> dict[str, dict[str, int]]:
    """{an ISO 639-1 code: {a month name of that language, lower-cased: its month}} for the names
    the shared table gives another language's month (`eval.make_months.own_readings`: Croatian
    "listopad", "lis" October, "srp" July, "lip" June; Czech and Polish read November, August,
    July)."""
    data = json.loads(MONTHS_FILE.read_text(encoding="utf-8"))
    return {
        str(code): {str(k): int(v) for k, v in names.items()} for code, names in data.get("own_readings", {}).items()
    }


@lru_cache(maxsize=1)
def _read_by_language() -> frozenset[str]:
    """The names of `own_readings`, of any language: only these ask for the page's language."""
    return frozenset(name for names in own_readings().values() for name in names)


# The page being segmented's language, asked for only when a month name needs it (detecting a
# page's language is a langid pass): set by `page_language`, None outside it.
_PAGE_LANGUAGE: ContextVar[Callable[[], str] | None] = ContextVar("pubdate_page_language", default=None)


@contextmanager
def page_language(resolve: Callable[[], str]) -> Iterator[None]:
    """Within the block, a month name two languages read differently (`own_readings`) is read in
    the language `resolve()` returns (an ISO 639-1 code or a BCP 47 tag; "" when unknown), asked
    at each such name the reader was given no language for (`resolve` keeps its own answer)."""
    token = _PAGE_LANGUAGE.set(resolve)
    try:
        yield
    finally:
        _PAGE_LANGUAGE.reset(token)


# Languages that write their months as another language of `own_readings` does: Bosnian and
# Montenegrin use Croatian's "listopad" (October) beside "oktobar", and a page of theirs (or a
# Croatian one) is often told Serbian or Serbo-Croatian by a detector; Serbian itself writes
# "oktobar" / "октобар", never "listopad", so a page that does is read the Croatian way.
OWN_READING_KIN = {"bs": "hr", "cnr": "hr", "sh": "hr", "sr": "hr"}


def _own_reading(name: str, language: str) -> int:
    """The month `name` (lower-cased, one of `_read_by_language`) is in `language`, else in the
    page's (`page_language`); 0 when neither is a language that reads it its own way."""
    if not language and (resolve := _PAGE_LANGUAGE.get()) is not None:
        language = resolve()
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return own_readings().get(OWN_READING_KIN.get(code, code), {}).get(name, 0)


# A month's first letters as a page abbreviates it where CLDR has a longer form ("04 ФЕВ 2025":
# CLDR's Russian has "февр."): this many letters, up to MONTH_PREFIX_MAX_LETTERS (Bulgarian "ноем."
# and "септ.", Polish "wrzes.", Greek "Σεπτ.": CLDR's Bulgarian abbreviation is "ное").
MONTH_PREFIX_LETTERS = 3
MONTH_PREFIX_MAX_LETTERS = 5


@lru_cache(maxsize=1)
def month_prefixes() -> dict[str, int]:
    """{the first MONTH_PREFIX_LETTERS letters of a longer month name of the table, lower-cased:
    month 1-12}, only where every name of the table with that start is the same month ("фев":
    февр, февраль, февраля) and the start is no name of its own; "lis" (Polish listopad is
    November, Croatian October) is not one, nor a start of the names the table lists under
    "no_prefix" (Croatian, Irish, Maltese, Levantine Arabic: "pro" of "prosinac" is Czech "for",
    "tra" of "travanj" Italian "between")."""
    months = month_names()
    data = json.loads(MONTHS_FILE.read_text(encoding="utf-8"))
    no_prefix = set(data.get("no_prefix", ()))  # Croatian, Irish, Maltese, Levantine Arabic: wide names only
    seen: dict[str, set[int]] = {}
    for name, n in months.items():
        for letters in range(MONTH_PREFIX_LETTERS, MONTH_PREFIX_MAX_LETTERS + 1):
            if len(name) > letters and name not in no_prefix:
                seen.setdefault(name[:letters], set()).add(n)
    # (a longer start of a name languages read differently is read no way: "list" of "listopadu")
    own = _read_by_language()
    return {
        k: min(v)
        for k, v in sorted(seen.items())
        if len(v) == 1 and k not in months and (len(k) == MONTH_PREFIX_LETTERS or not k.startswith(tuple(own)))
    }


def _month(word: str, language: str = "") -> int:
    """The month (1-12) `word` names in the table or abbreviates (`month_prefixes`), any case; 0
    when none. A name languages read differently is read in `language` (a BCP 47 tag or ISO
    639-1 code), else the page's (`page_language`), else as the table has it (`own_readings`). Turkish capitals lower to a dotted "i" where the name has a dotless "ı" ("ARALIK"
    is "aralık", "KASIM" "kasım"); Greek capitals drop their accents ("ΝΟΕΜΒΡΙΟΥ" is
    "νοεμβρίου", `unaccented_month_names`); a two-word name's spaces count as one."""
    months = month_names()
    low = " ".join(word.lower().split())
    if low in _read_by_language() and (own := _own_reading(low, language)):
        return own
    return (
        months.get(low)
        or months.get(low.replace("i", "ı"))
        or month_prefixes().get(low)
        or unaccented_month_names().get(_unaccented(low))
        or 0
    )


def _unaccented(word: str) -> str:
    """`word` without its combining marks (NFD, marks dropped): "νοεμβρίου" -> "νοεμβριου"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def unaccented_month_names() -> dict[str, int]:
    """{a Greek month name of the table without its accents: month}, for capitals, which Greek
    writes without them (CLDR has only the accented forms). Greek only: unaccented Latin names
    would meet other words ("mai", "maj" are names already; "marz" none)."""
    out: dict[str, int] = {}
    for name, n in month_names().items():
        if any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in name):
            out.setdefault(_unaccented(name), n)
    return out


def _iso(y: str, m: int, d: int) -> str:
    """'YYYY-MM-DD', or '' when the calendar has no such day (31.02.2025)."""
    try:
        return _dt.date(int(y), m, d).isoformat()
    except ValueError:
        return ""


# Decimal digits of the scripts whose pages write dates in them: Arabic-Indic (U+0660), Eastern
# Arabic-Indic (Persian, Urdu: U+06F0) and full-width (CJK pages: U+FF10), one for one.
_DIGITS = str.maketrans({chr(base + i): str(i) for base in (0x0660, 0x06F0, 0xFF10) for i in range(10)})


def ascii_digits(text: str) -> str:
    """`text` with the digits of `_DIGITS` as ASCII ones, same length (positions hold)."""
    return text.translate(_DIGITS) if not text.isascii() else text


def find_date(text: str, language: str = "", order: str = "") -> str:
    """The first date of TEXT in one of the forms above, as 'YYYY-MM-DD'; '' when none.

    Only whole dates (day, month, year): a month and year alone is no publication day.
    `language`: the page's (a BCP 47 tag, "" when unknown), which settles a slash date whose
    two numbers could each be the month (`slash_order`); unknown, such a date is skipped.
    `order`: "dm" or "md" when the page has told it otherwise (`page_slash_order`), before the
    language. Eastern Arabic, Persian and full-width digits read as ASCII ones ("١٨ نوفمبر ٢٠٢٥",
    "２０２５年１１月１８日")."""
    text = ascii_digits(text)
    for m in itertools.chain(_DAY_MONTH_YEAR.finditer(text), _DAY_MONTH_YEAR_MARKS.finditer(text)):
        month = _month(m.group("m"), language)
        if month:
            day = 1 if m.group("d").lower() == "1er" else int(m.group("d"))
            if found := _iso(m.group("y"), month, day):
                return found
    for m in _DAY_WEEKDAY_MONTH_YEAR.finditer(text):
        if m.group("w").lower() in weekday_names() and (month := _month(m.group("m"), language)):
            if found := _iso(m.group("y"), month, int(m.group("d"))):
                return found
    for m in _YEAR_MONTH_DAY.finditer(text):
        if (month := _month(m.group("m") or m.group("m2"), language)) and (
            found := _iso(m.group("y") or m.group("y2"), month, int(m.group("d") or m.group("d2")))
        ):
            return found
    for m in _MONTH_DAY_YEAR.finditer(text):
        if (month := _month(m.group("m"), language)) and (found := _iso(m.group("y"), month, int(m.group("d")))):
            return found
    for rx in (_DMY_DOTS, _DMY_SLASH):
        for m in rx.finditer(text):
            day, month = int(m.group("d")), int(m.group("m"))
            if rx is _DMY_SLASH and day <= 12:
                # 03/04/2025: 3 April or March 4, as the page's country writes it; 03/25/2025
                # can only be March 25
                order_ = "md" if month > 12 else order or slash_order(language)
                if not order_:
                    continue
                if order_ == "md":
                    day, month = month, day
            if found := _iso(m.group("y"), month, day):
                return found
    for m in _YMD.finditer(text):
        if found := _iso(m.group("y"), int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))):
            return found
    return ""


# A month and day without a year, as a wire dateline gives them ("LONDON, March 3 (Reuters) -",
# "PARIS, 3 mars (AFP) -"): the month name in any language of the table, abbreviated or not. A
# month name is at most 15 letters (the table's longest is 12): unbounded, a long run of letters
# and hyphens was scanned to its end from each of its letters (quadratic). The month word and its
# period are taken whole (possessive): a part of one before a year ("24. Mär|z 2004", "21
# listopad|a 2026", "3 Mär|. 2004") is no year-less date.
_MONTH_DAY = re.compile(r"(?<!\w)(?P<m>[^\W\d_][^\s\d,.]{0,14}+)\.?\s+(?P<d>\d{1,2})(?!\d)(?!\s*,?\s*(?:19|20)\d\d)")
_DAY_MONTH = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.?\s+(?P<m>[^\W\d_][^\s\d,.]{0,14}+)\.?+(?!\s*,?\s*(?:19|20)\d\d)")


# English month names, full and abbreviated (the table holds the other languages; `segment`
# reads English dates itself), for year-less dates here and the tagger's dates (entities._MONTHS).
ENGLISH_MONTHS = {
    name: n
    for n, full in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
    for name in (full, full[:3], "sept" if n == 9 else full)
}


# English dates, read here for segment's date lines and the envelope's header fields alike
# (segment.patterns names the patterns for its date-line tests): month and day ("March 12,
# 2025", "Mar. 12th, 2025"), day and month ("12 March 2025", "12th of March 2025"), with one
# mark between day, month and year ("12-Mar-2025": `_DAY_MONTH_YEAR_MARKS`, the other languages'
# pattern, its month looked up in ENGLISH_MONTHS), and ISO 8601's ("2025-03-12", a time after it
# with a "T"). ENGLISH_MONTH_NAMES: a regex alternation of ENGLISH_MONTHS' names (full, three
# letters, "sept").
ENGLISH_MONTH_NAMES = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# A year's end: no digit after it, or a time glued to it (Reuters' "April 10, 20253:42 PM UTC",
# where the page's markup set the year and the time in elements side by side)
_YEAR_END = r"(?:\b|(?=\d{1,2}:[0-5]\d))"
DATE_MDY = re.compile(
    rf"\b(?P<m>{ENGLISH_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d){_YEAR_END}",
    re.I,
)
# "4 June 2024", "4th June 2024", "4th of June 2024"
DATE_DMY = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{ENGLISH_MONTH_NAMES})\.?,?\s+(?P<y>(?:19|20)\d\d){_YEAR_END}",
    re.I,
)
# a time may follow the day with a "T" ("2025-02-04T13:47:00+01:00", ISO 8601's date and time)
DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:\b|(?=T\d))")


@text_memo
def find_english_date(text: str) -> str:
    """The first English date of TEXT as 'YYYY-MM-DD' (month and day, day and month, with marks:
    in that order of preference), else its first ISO 8601 date; '' when none. The day is checked
    to be 1-31, not against its month's length."""
    for rx in (DATE_MDY, DATE_DMY):
        m = rx.search(text)
        if m:
            month = ENGLISH_MONTHS[m.group("m")[:3].lower()]
            day = int(m.group("d"))
            if 1 <= day <= 31:
                return f"{m.group('y')}-{month:02d}-{day:02d}"
    for m in _DAY_MONTH_YEAR_MARKS.finditer(text):
        if month := ENGLISH_MONTHS.get(m.group("m").lower(), 0):
            if 1 <= (day := int(m.group("d"))) <= 31:
                return f"{m.group('y')}-{month:02d}-{day:02d}"
            break  # (the first English one only)
    m = DATE_ISO.search(text)
    if m and 1 <= int(m.group("m")) <= 12:
        return f"{m.group('y')}-{m.group('m')}-{m.group('d')}"
    return ""


def month_day(text: str, language: str = "") -> str:
    """The first month and day of TEXT that has no year, as '--MM-DD' (ISO 8601's form without
    a year: "March 3" -> "--03-03", "3. März" -> "--03-03"), month names in English or any
    language of the table (read in `language` or the page's where languages differ, `_month`);
    '' when none. A date with its year ("24. März 2004") is none."""
    for rx in (_MONTH_DAY, _DAY_MONTH):
        for m in rx.finditer(text):
            month, day = ENGLISH_MONTHS.get(m.group("m").lower()) or _month(m.group("m"), language), int(m.group("d"))
            if month and _iso("2000", month, day):  # 2000: a leap year, so "February 29" is a day
                return f"--{month:02d}-{day:02d}"
    return ""


def with_year(month_day_: str, reference: str) -> str:
    """'--MM-DD' (`month_day`) as the most recent such day on or before `reference`
    ('YYYY-MM-DD'), as 'YYYY-MM-DD': a story is published before the page that carries it is
    dated, updated or saved ("--12-30" before "2026-01-02" is "2025-12-30"); '' when either is
    not of its form (or February 29 falls in no year within four of the reference)."""
    if not (month_day_.startswith("--") and len(month_day_) == 7 and len(reference) >= 10):
        return ""
    month, day = int(month_day_[2:4]), int(month_day_[5:7])
    try:
        ref = _dt.date.fromisoformat(reference[:10])
    except ValueError:
        return ""
    for year in range(ref.year, ref.year - 5, -1):
        found = _iso(str(year), month, day)
        if found and found <= ref.isoformat():
            return found
    return ""
