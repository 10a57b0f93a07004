"""Write `indexer/data/months.json`: month names of the languages the indexer meets, from the
Unicode CLDR as Babel ships it, so the plain-text date reader (`indexer/segment.py`) need not
import Babel (0.3 s to load 15 locales) nor keep a hand-typed list.

Usage (from the repo root; Babel is installed with trafilatura, through courlan):

    python -m eval.make_months            # rewrite indexer/data/months.json
    python -m eval.make_months --check    # exit 1 when the file differs from what Babel gives

It also lists CLDR's past relative-time patterns ("{0} minutes ago", "vor {0} Minuten"), for
telling a page's status line ("Updated 3 minutes ago") from its headline.

The file maps each month name, lower-cased and without a final period, to its number (1-12):
the wide and abbreviated names in both CLDR contexts (format: "12 марта"; stand-alone: "март"),
so genitive and nominative forms are both there. Abbreviations shorter than 3 letters are left
out (too many words of two letters; a full name such as Hindi "मई" stays), and so is a name two languages give different months
(Croatian "listopad" is October, Czech November: Croatian is not in LANGUAGES for that reason;
the generator fails on any such clash rather than choose). English is read by the patterns of
`segment._find_date` already and is not listed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "indexer" / "data" / "months.json"

# Languages whose dates are written day, month name, year ("12. März 2025", "12 mars 2025",
# "12 de marzo de 2025"): the European languages of the corpora and the trials, and Hindi and
# Indonesian, met in extraction-wild.
# Austrian German ("Jänner") and Peruvian Spanish ("setiembre") for their own spellings.
# Arabic, Bulgarian, Greek, Estonian, Hebrew, Macedonian, Slovenian, Albanian and Serbian (both
# scripts) for the head blocks of pages in those languages (trial 14: a date line "12 Αυγούστου
# 2024" under its byline was no date); Hungarian, Lithuanian and Latvian, which write the year
# first ("2025. november 12.", "2025 m. lapkričio 12 d.", "2025. gada 12. novembris": CLDR's long
# date patterns "y. MMMM d.", "y 'm'. MMMM d 'd'.", "y. 'gada' d. MMMM"), read by pubdate's
# year-first patterns.
# Irish, Maltese and Malay (with Indonesian's, "18 Ogos 2025"), and the Levant's and Iraq's Arabic
# names ("18 تشرين الثاني 2025", `ar_SY`), for the languages of `chromewords.LANGUAGES` and the
# Arabic pages beside Egypt's and the Gulf's names; Croatian only in PARTIAL (below).
LANGUAGES = (
    "ar ar_SY bg ca cs da de de_AT el es es_PE et fi fr ga he hi hu id it lt lv mk ms mt nb nl pl pt ro ru sk sl "
    "sq sr sr_Latn sv tr uk"
).split()
# Languages no table of the project has words for, whose pages still print dates with month
# names (a comment's stamp, a byline's date line, a teaser's day: trial 62's Welsh, Somali,
# Belarusian, Uzbek pages; a new user's Welsh, Tagalog, Hausa, Icelandic, Swahili ones, whose
# dates were lost): their wide names only (WIDE_ONLY: an abbreviation is too often a word of
# some language), in every script CLDR writes them.
MORE_LANGUAGES = (
    "af am ast az be bn br bs ceb ckb cy eo eu fil fo fy ga gd gl gu ha hy ig is jv ka kk km ky lb lg lo mg ml "
    "mr my ne oc ps rw si so su sw ta te tg tk tt ur uz wo xh yo zu"
).split()
# (their weekdays and relative times are not listed: Sundanese and Malagasy weekdays are given
# names, "anna" cut "Kovács Anna" at a weekday)
WEEKDAY_LANGUAGES = tuple(LANGUAGES)
# ...nor their month names that are given names as often (indexer/data/given_names.txt): Welsh
# "Mae", Hausa "Yuli" and "Yuni", Swahili-region "Jona", Afrikaans "Junie", Zulu "Agusta", a
# byline's name before a date
GIVEN_NAME_MONTHS = frozenset({"mae", "mey", "jona", "yuli", "yuni", "junie", "agusta"})
LANGUAGES = [*LANGUAGES, *(code for code in MORE_LANGUAGES if code not in LANGUAGES)]
# Languages whose names another language of LANGUAGES gives a different month: only their names
# no other language uses are added (Croatian "listopad" is October, Czech and Polish November,
# which keep it; Croatian "studenoga", "prosinca", "siječnja"... are read). Their weekdays and
# relative times are not listed.
PARTIAL = ("hr",)
# Languages whose abbreviations are words of other languages or names: Croatian "pro" (Czech
# "for"), "tra" (Italian "between"), Maltese "fra" (Danish and Norwegian "from": "fra 3 til 5"
# read as a wire dateline's month and day), Irish "beal", "samh" (family names, which a byline's
# names would end before): their wide names only.
WIDE_ONLY = frozenset({"ga", "hr", "mt", *MORE_LANGUAGES})
# ... nor do their names give `pubdate.month_prefixes` ("pro" of "prosinac", "tra" of "travanj"),
# nor the Levant's two-word Arabic names, which no page abbreviates
NO_PREFIX = (*WIDE_ONLY, "ar_SY")
# Spellings CLDR lacks, met on the corpora's pages (the hand list this table replaced): Hindi's
# "सितम्बर" beside CLDR's "सितंबर" (a half nasal for the anusvara), and "फरवरी" without the nukta.
EXTRA = {"अक्तूबर": 10, "दिसम्बर": 12, "नवम्बर": 11, "फरवरी": 2, "सितम्बर": 9}
# Catalan's names carry their preposition ("de gener", "d’abril"): the date patterns take an
# optional "de" / "d'" before any month name.
_PREPOSITION = re.compile(r"^(?:de |d[’'])")


def month_names() -> dict[str, int]:
    """{name: month number} over LANGUAGES, from Babel's CLDR data; ValueError on a clash."""
    from babel import Locale

    names: dict[str, int] = {}
    for code in (*LANGUAGES, *PARTIAL):
        months = Locale.parse(code).months
        own: dict[str, int] = {}
        for context in ("format", "stand-alone"):
            for width in ("wide",) if code in WIDE_ONLY else ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    # (a two-word name's space as one plain space: "تشرين\xa0الأول")
                    key = _PREPOSITION.sub("", " ".join(name.lower().rstrip(".").split()))
                    if (width == "abbreviated" and len(key) < 3) or key.isdigit():
                        continue
                    if code in MORE_LANGUAGES and code not in WEEKDAY_LANGUAGES and key in GIVEN_NAME_MONTHS:
                        continue
                    own[key] = number
        for key, number in own.items():
            if names.setdefault(key, number) != number and code not in PARTIAL:
                raise ValueError(f"{code}: {key!r} is month {number}, another language's {names[key]}")
    for key, number in EXTRA.items():
        if names.setdefault(key, number) != number:
            raise ValueError(f"EXTRA: {key!r} is month {number}, CLDR's {names[key]}")
    return dict(sorted(names.items()))


def own_readings() -> dict[str, dict[str, int]]:
    """{a PARTIAL language: {its month name, wide or abbreviated (3 letters or more): its month}}
    for the names the shared table (`month_names`) gives another language's month: Croatian
    "listopad" and "lis" are October where Czech and Polish read November, "srp" July (Czech
    August), "lip" June (Polish July). `pubdate` reads such a name in the page's language."""
    from babel import Locale

    shared = month_names()
    out: dict[str, dict[str, int]] = {}
    for code in PARTIAL:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    key = " ".join(name.lower().rstrip(".").split())
                    if len(key) >= 3 and shared.get(key, number) != number:
                        out.setdefault(code, {})[key] = number
    return out


def no_prefix_names() -> list[str]:
    """The month names of NO_PREFIX's languages no other language of LANGUAGES gives: no start
    of theirs is an abbreviation (`pubdate.month_prefixes`)."""
    from babel import Locale

    others = {
        " ".join(name.lower().rstrip(".").split())
        for code in LANGUAGES
        if code not in NO_PREFIX
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in Locale.parse(code).months[context][width].values()
    }
    mine = {
        " ".join(name.lower().rstrip(".").split())
        for code in NO_PREFIX
        for context in ("format", "stand-alone")
        for name in Locale.parse(code).months[context]["wide"].values()
    }
    return sorted(mine - others)


def weekday_names() -> list[str]:
    """Weekday names over LANGUAGES in full, lower-cased, for telling a date from a name in a
    byline ("Von Jonas Hartmann, Dienstag, 12. März"). Not the abbreviations: "Sam", "Min" and
    "Dom" are names too."""
    from babel import Locale

    names: set[str] = set()
    for code in WEEKDAY_LANGUAGES:
        days = Locale.parse(code).days
        for context in ("format", "stand-alone"):
            names.update(name.lower() for name in days[context]["wide"].values())
    return sorted(names)


# Units of a relative time that a page's status line gives ("Updated 3 minutes ago", "vor 2
# Stunden", "il y a 5 jours"); the languages of LANGUAGES and English, which has no month table
# here (`segment._find_date` reads English months) but the most such lines.
RELATIVE_UNITS = ("second", "minute", "hour", "day", "week")
RELATIVE_LANGUAGES = [
    "en",
    *WEEKDAY_LANGUAGES,
    "zh",
    "zh_Hant",
    "ja",
    "ko",
    "vi",
]  # (the last: their month names are figures)


def relative_times() -> list[str]:
    """CLDR's past relative-time patterns ("{0} minutes ago", "vor {0} Minuten", "{0} минут
    назад") over RELATIVE_LANGUAGES and RELATIVE_UNITS, in the wide, short and narrow widths and
    every plural form, lower-cased, spaces (no-break too) made one space, sorted. Not the
    patterns that open with a sign ("-{0} min", "−{0} h"; narrow ones): a figure with a minus."""
    from babel import Locale

    patterns: set[str] = set()
    for code in RELATIVE_LANGUAGES:
        fields = Locale.parse(code)._data["date_fields"]
        for unit in RELATIVE_UNITS:
            for width in ("", "-short", "-narrow"):
                for pattern in fields[unit + width]["past"].values():
                    text = " ".join(str(pattern).lower().split())
                    if "{0}" in text and (text[0] == "{" or text[0].isalpha()):
                        patterns.add(text)
    return sorted(patterns)


def render() -> str:
    """The file's text: the table with the CLDR version it came from."""
    from babel.core import get_cldr_version

    data = {
        "source": f"Unicode CLDR {get_cldr_version()} (Babel), by python -m eval.make_months",
        "languages": LANGUAGES,
        "months": month_names(),
        "no_prefix": no_prefix_names(),
        "own_readings": own_readings(),
        "relative": relative_times(),
        "weekdays": weekday_names(),
    }
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def write_or_check(out: Path, text: str, argv: list[str], stale: str, written: str) -> int:
    """A generated data file's two modes: with "--check" in `argv`, exit status 0 when `out` holds
    `text` (else print `stale`, what to run, and return 1); else write `text` to `out` and print
    `written`. Shared by the scripts that write indexer/data/ from a library's data."""
    if "--check" in argv:
        same = out.read_text(encoding="utf-8") == text
        print(f"{out}: {'up to date' if same else stale}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {written}")
    return 0


def main(argv: list[str]) -> int:
    text = render()
    months = len(json.loads(text)["months"])
    return write_or_check(
        OUT, text, argv, "differs from Babel: run python -m eval.make_months", f"{months} month names"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
