"""Dates written in the languages other than English, for an article's publication date.

`segment._find_date` reads English dates ("March 12, 2025", "12 March 2025") and ISO ones
("2025-03-12"); this module reads the rest a page's metadata lines use:

- day, month name, year, day first, with the day's period or "1er" and Spanish, Portuguese and
  Catalan's "de" ("12. März 2025", "12 mars 2025", "1er mars 2025", "12 de marzo de 2025",
  "12 d’abril de 2025", "12 marzo 2025", "12 maart 2025", "12 марта 2025 г."), month names in
  full or abbreviated ("12 févr. 2025", "12. Okt. 2025"), any case;
- figures: day.month.year with dots ("12.03.2025", as German, Russian, Polish, Czech... write
  it), year/month/day ("2025/03/12", "2025.03.12"), and day/month/year with slashes only where
  the order cannot be the US month/day/year one (a first number above 12: "25/03/2025"; "03/04/2025"
  is left undated);
- Chinese, Japanese and Korean year-month-day ("2025年3月12日", "2025년 3월 12일").

Month names come from `indexer/data/months.json`, written from the Unicode CLDR by
`python -m eval.make_months` (20 languages and variants; the list and why in that script), so
no hand list and no Babel import at run time (loading its 20 locales takes ~0.3 s). Stdlib only.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from functools import lru_cache
from pathlib import Path

MONTHS_FILE = Path(__file__).resolve().parent / "data" / "months.json"

# The month slot is any word (looked up in the table), so one short pattern serves every
# language: a letter, then anything up to a space, digit, comma or period (Devanagari's vowel
# signs are no `\w` to `re`, and Hindi abbreviations end with "॰").
_DAY_MONTH_YEAR = re.compile(
    r"(?<![\w.])(?P<d>\d{1,2}|1er)\.?\s+(?:de\s+|d[’'])?(?P<m>[^\W\d_][^\s\d,.]*)\.?,?\s+"
    r"(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)(?!\d)",
    re.I,
)
_DMY_DOTS = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d])")
_DMY_SLASH = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])")
_YMD = re.compile(
    r"(?<![\d./])(?P<y>(?:19|20)\d\d)(?:[./](?P<m>\d{1,2})[./](?P<d>\d{1,2})(?![\d./])|"
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


def _iso(y: str, m: int, d: int) -> str:
    """'YYYY-MM-DD', or '' when the calendar has no such day (31.02.2025)."""
    try:
        return _dt.date(int(y), m, d).isoformat()
    except ValueError:
        return ""


def find_date(text: str) -> str:
    """The first date of TEXT in one of the forms above, as 'YYYY-MM-DD'; '' when none.

    Only whole dates (day, month, year): a month and year alone is no publication day."""
    months = month_names()
    for m in _DAY_MONTH_YEAR.finditer(text):
        month = months.get(m.group("m").lower())
        if month:
            day = 1 if m.group("d").lower() == "1er" else int(m.group("d"))
            if found := _iso(m.group("y"), month, day):
                return found
    for rx in (_DMY_DOTS, _DMY_SLASH):
        for m in rx.finditer(text):
            day, month = int(m.group("d")), int(m.group("m"))
            if rx is _DMY_SLASH and day <= 12:
                continue  # 03/04/2025: 3 April or March 4, as the page's country writes it
            if found := _iso(m.group("y"), month, day):
                return found
    for m in _YMD.finditer(text):
        if found := _iso(m.group("y"), int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))):
            return found
    return ""
