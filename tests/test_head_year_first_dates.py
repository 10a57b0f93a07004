"""Dates written year first, as Hungarian, Lithuanian and Latvian write them in words (CLDR's long
patterns "y. MMMM d.", "y 'm'. MMMM d 'd'.", "y. 'gada' d. MMMM"): not read as a page's date
before (the month tables had no hu/lt/lv names, and the patterns read the day first only), and a
Hungarian or Lithuanian date line's last period counted as a sentence's end. Pages of our own."""

from __future__ import annotations

import pytest

from indexer import pubdate
from tests.helpers import FOOTER, MENU, parse_blocks


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2025. november 12.", "2025-11-12"),
        ("Frissítve: 2024. márc. 3. 14:20", "2024-03-03"),
        ("2025 m. lapkričio 12 d.", "2025-11-12"),
        ("Paskelbta 2023 m. rugsėjo 1 d. 09:15", "2023-09-01"),
        ("2025. gada 12. novembris", "2025-11-12"),
        ("2024. gada 3. marts", "2024-03-03"),
        ("2025 mai 12", ""),  # no year's period nor "m.": a year, a word and a number
        ("2025. november 31.", ""),  # no such day
    ],
)
def test_year_first_dates_in_words(text: str, date: str) -> None:
    assert pubdate.find_date(text) == date


@pytest.mark.parametrize("line", ["2025. november 12.", "2025 m. lapkričio 12 d.", "2025. gada 12. novembris"])
def test_a_year_first_date_line_under_the_headline_dates_the_page(line: str) -> None:
    art = parse_blocks(
        MENU,
        "A new footbridge over the river opens in spring",
        line,
        "The council voted on Tuesday to build a footbridge over the river at the old ferry landing, "
        "ending years of argument about the cost of the crossing.",
        "Engineers said the work would take eight months and that the ferry would run until the bridge opened.",
        FOOTER,
    )
    assert art.published == "2025-11-12"
    assert not [p for p in art.paragraphs if p.indexed and p.text == line]
