"""Inflected and ambiguous month names, and year-less dates that were full ones. Before: "24. März
2004" and "21 listopada 2026" read as year-less "--03-24" and "--11-21" (the month slot gave up
its last letters so the year was no longer after it); "sobota, 21, listopad 2026" (a CMS's day
with a comma) was no date; Croatian "listopad" was read as November (Czech and Polish) on a
Croatian page. Every line and page here is our own."""

from __future__ import annotations

import pytest

from indexer import pubdate
from indexer.segment import patterns
from tests.helpers import parse_blocks


@pytest.mark.parametrize(
    "text",
    [
        "24. März 2004",
        "3 Mär. 2004",
        "21 listopada 2026",
        "21 Νοεμβρίου 2026",
        "5. joulukuuta 2025",
        "12 ноября 2025 г.",
    ],
)
def test_a_date_with_its_year_is_no_year_less_date(text: str) -> None:
    assert pubdate.month_day(text) == ""
    assert pubdate.find_date(text)  # (read whole instead)


@pytest.mark.parametrize(
    ("text", "month_day"),
    [
        ("24. März", "--03-24"),
        ("25 ноя в 13:31", "--11-25"),
        ("Δευτέρα 3 Νοεμβρίου", "--11-03"),
        ("BERLIN, 7. Okt. (dpa) -", "--10-07"),
    ],
)
def test_a_month_and_day_without_a_year(text: str, month_day: str) -> None:
    assert pubdate.month_day(text) == month_day


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("sobota, 21, listopad 2026 10:00", "2026-11-21"),  # Joomla's "l, d, F Y" in Polish
        ("Dienstag, 3, März 2026", "2026-03-03"),
        ("21 listopad 2026", "2026-11-21"),  # nominative
        ("21 listopada 2026", "2026-11-21"),  # genitive
        ("4 Δεκεμβρίου 2026", "2026-12-04"),
        ("4 ΔΕΚΕΜΒΡΙΟΥ 2026", "2026-12-04"),
        ("9 лют. 2026", "2026-02-09"),
    ],
)
def test_inflected_month_names(text: str, date: str) -> None:
    assert pubdate.find_date(text) == date


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("14. listopada 2026.", "hr", "2026-10-14"),  # Croatian: October
        ("14 listopada 2026", "pl", "2026-11-14"),  # Polish: November
        ("14. listopadu 2026", "cs", "2026-11-14"),  # Czech: November
        ("14 listopad 2026", "hr-HR", "2026-10-14"),
        ("14 listopad 2026", "", "2026-11-14"),  # unknown language: the table's (cs, pl) reading
        ("3 srp 2026", "hr", "2026-07-03"),  # srpanj
        ("3 srp 2026", "cs", "2026-08-03"),  # srpen
        ("3 lip 2026", "hr", "2026-06-03"),  # lipanj
        ("3 lip 2026", "pl", "2026-07-03"),  # lipiec
    ],
)
def test_a_month_name_languages_read_differently_is_read_in_the_language(text: str, language: str, date: str) -> None:
    assert pubdate.find_date(text, language) == date


def test_the_page_language_reads_an_ambiguous_month_unless_the_reader_names_one() -> None:
    asked: list[int] = []

    def croatian() -> str:
        asked.append(1)
        return "hr"

    with pubdate.page_language(croatian):
        assert pubdate.find_date("3. prosinca 2026") == "2026-12-03"
        assert not asked  # a name only one language has: no language asked for
        assert pubdate.find_date("14. listopada 2026.") == "2026-10-14"
        assert pubdate.month_day("14. listopada") == "--10-14"
        assert pubdate.find_date("14 listopada 2026", "pl") == "2026-11-14"
    assert pubdate.find_date("14 listopada 2026") == "2026-11-14"  # (outside it: the table's)


_HR = (
    "Gradsko vijeće otvorilo je u utorak novi pješački most preko rijeke, koji se gradio tri godine "
    "i povezuje stari grad s novim naseljem.",
    "Gradonačelnica je rekla da će most skratiti put do škole za desetak minuta, a radovi su završeni "
    "prije zime, kako je i bilo planirano.",
)
_PL = (
    "Rada miasta otworzyła we wtorek nową kładkę dla pieszych nad rzeką, którą budowano przez trzy lata "
    "i która łączy stare miasto z nowym osiedlem.",
    "Burmistrz powiedziała, że kładka skróci drogę do szkoły o dziesięć minut, a prace zakończono przed "
    "zimą, tak jak planowano.",
)


@pytest.mark.parametrize(
    ("title", "date_line", "text", "date"),
    [
        ("Novi pješački most otvoren za promet", "Objavljeno: 14. listopada 2026.", _HR, "2026-10-14"),
        ("Nowa kładka otwarta dla pieszych", "Opublikowano: 14 listopada 2026", _PL, "2026-11-14"),
    ],
)
def test_a_plain_page_reads_listopad_in_its_language(
    title: str, date_line: str, text: tuple[str, ...], date: str
) -> None:
    art = parse_blocks(title, date_line, *text)
    assert art.published == date


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        # Bosnian and Montenegrin write Croatian's "listopad" (October) too; a detector often tells
        # a Croatian or Bosnian page Serbian or Serbo-Croatian (session 22)
        ("14. listopada 2026.", "bs", "2026-10-14"),
        ("14. listopada 2026.", "bs-Latn-BA", "2026-10-14"),
        ("14. listopada 2026.", "sr-Latn", "2026-10-14"),
        ("14. listopada 2026.", "sh", "2026-10-14"),
        ("3 lip 2026", "bs", "2026-06-03"),
    ],
)
def test_the_south_slavic_languages_read_listopad_as_croatian_does(text: str, language: str, date: str) -> None:
    assert pubdate.find_date(text, language) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a month's first four or five letters where CLDR abbreviates it otherwise (Bulgarian
        # "ное", Polish "wrz"): Bulgarian "ноем.", "септ.", Polish "wrzes.", Greek "Σεπτ.", Catalan "febr."
        ("12 ноем. 2025 г.", "2025-11-12"),
        ("3 септ. 2025", "2025-09-03"),
        ("3 wrzes. 2025", "2025-09-03"),
        ("3 Σεπτ. 2025", "2025-09-03"),
        ("3 febr. 2025", "2025-02-03"),
        # no longer start of a name languages read differently ("listo" of "listopad")
        ("12 listo 2025", ""),
        ("12 Mona 2025", ""),
    ],
)
def test_a_months_first_four_or_five_letters_are_read(text: str, date: str) -> None:
    assert pubdate.find_date(text) == date
    assert bool(patterns._DATE_OTHER.search(text)) == bool(date)
