"""A page's publication date and byline in the languages other than English (helper meta4, from
the last trial: "12. März 2025" and "12 mars 2025" were not read as the published date, and
bylines kept "Publié le", "Veröffentlicht" and ", March"). Pages of our own."""

from __future__ import annotations

import json

import pytest

from indexer import pubdate
from tests.helpers import parse_blocks as parse

BODY = {
    "de": "DRESDEN. Der Stadtrat hat am Dienstag ein Programm für neue Schutzmauern an der Elbe beschlossen.",
    "fr": "LYON — Le conseil municipal a adopté mardi un nouveau budget pour les écoles et les crèches.",
    "es": "SEVILLA — El ayuntamiento aprobó el martes un nuevo presupuesto para las escuelas de la ciudad.",
    "it": "TORINO — Il consiglio comunale ha approvato martedì un nuovo bilancio per le scuole della città.",
    "pt": "LISBOA — A câmara municipal aprovou na terça-feira um novo orçamento para as escolas da cidade.",
    "nl": "UTRECHT — De gemeenteraad heeft dinsdag een nieuwe begroting voor de scholen van de stad goedgekeurd.",
    "pl": "KRAKÓW — Rada miasta przyjęła we wtorek nowy budżet na szkoły i przedszkola w mieście.",
}


@pytest.mark.parametrize(
    ("lang", "byline", "date"),
    [
        ("de", "Von Jonas Hartmann", "12. März 2025"),
        ("de", "Von Jonas Hartmann", "12.03.2025"),
        ("de", "Von Jonas Hartmann", "Veröffentlicht am 12. Okt. 2025, 18:02 Uhr"),
        ("fr", "Par Claire Dubois", "12 mars 2025"),
        ("fr", "Par Claire Dubois", "Publié le 1er mars 2025 à 18h02"),
        ("es", "Por Lucía Romero", "12 de marzo de 2025"),
        ("es", "Por Lucía Romero", "Actualizado el 12.03.2025 - 18:02"),
        ("it", "Di Marco Bianchi", "12 marzo 2025"),
        ("pt", "Por Ana Costa", "12 de março de 2025"),
        ("nl", "Door Pieter de Vries", "12 maart 2025"),
        ("pl", "Autor: Anna Nowak", "12 marca 2025"),
    ],
)
def test_a_date_under_the_byline_is_the_published_date(lang: str, byline: str, date: str) -> None:
    day = "01" if "1er" in date else "12"
    for blocks in ([byline + "\n" + date], [byline, date]):  # in the byline's block or one of its own
        art = parse("Der Rat beschließt einen Plan", *blocks, BODY[lang])
        assert art.published == f"2025-03-{day}" if "Okt" not in date else art.published == "2025-10-12"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12. März 2025", "2025-03-12"),
        ("Dienstag, 12. Okt. 2025", "2025-10-12"),
        ("12 févr. 2025", "2025-02-12"),
        ("12 d’abril de 2025", "2025-04-12"),
        ("12 марта 2025 г.", "2025-03-12"),
        ("12 जुलाई 2024", "2024-07-12"),
        ("12.03.2025, 08:15", "2025-03-12"),
        ("25/03/2025", "2025-03-25"),
        ("2025/03/12", "2025-03-12"),
        ("2025年3月12日", "2025-03-12"),
        ("2025년 3월 12일", "2025-03-12"),
        ("03/04/2025", ""),  # 3 April or March 4: the page's country decides, so no date
        ("31.02.2025", ""),  # no such day
        ("12 Stunden 2025", ""),  # no month
        ("März 2025", ""),  # no day: no publication day
        # a two-figure year glued to an hour is no four-figure year: not 1912, nor 2012
        ("macbacchi28.09.1912:44", ""),
        ("28/09/2012:44", ""),
        ("28.09.2019: Bericht", "2019-09-28"),  # a colon after a year, no minute
    ],
)
def test_pubdate_reads_the_forms_and_refuses_guesses(text: str, iso: str) -> None:
    assert pubdate.find_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a month's first three letters where CLDR writes more ("февр."), any case (trial8)
        ("11 ФЕВ 2025", "2025-02-11"),
        ("11 сен 2025, 14:20", "2025-09-11"),
        ("11 févr. 2025", "2025-02-11"),  # CLDR's own abbreviation, as before
        ("11 Mon 2025", ""),  # no month's start
    ],
)
def test_pubdate_reads_a_months_first_three_letters(text: str, iso: str) -> None:
    assert pubdate.find_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [("7th of March 2024", "2024-03-07"), ("the 7th of March, 2024", "2024-03-07"), ("7th March 2024", "2024-03-07")],
)
def test_english_day_of_month_year(text: str, iso: str) -> None:
    from indexer import segment

    assert segment.patterns._any_date(text) == iso


def test_the_month_table_is_cldrs() -> None:
    """The shipped table is what `python -m eval.make_months` writes from Babel's CLDR data."""
    pytest.importorskip("babel")
    from eval import make_months

    assert json.loads(pubdate.MONTHS_FILE.read_text(encoding="utf-8")) == json.loads(make_months.render())


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        ("Par Claire Dubois\nPublié le 12 mars 2025 à 18h02", "Claire Dubois"),
        ("Par Claire Dubois le 12 mars 2025", "Claire Dubois"),
        ("Von Jonas Hartmann Veröffentlicht am 12.03.2025", "Jonas Hartmann"),
        ("Von Jonas Hartmann, Dienstag, 12. März 2025", "Jonas Hartmann"),
        ("Por Lucía Romero Actualizado el 12 de marzo de 2025", "Lucía Romero"),
        ("By Jane Doe, March 12 2025", "Jane Doe"),
        ("By Jane Doe Published on 12 March 2025", "Jane Doe"),
        ("By June Smith and Jan de Vries", "June Smith, Jan de Vries"),  # names that are months stay
    ],
)
def test_a_bylines_names_end_before_its_date(lines: str, names: str) -> None:
    art = parse("Council adopts a plan", lines, BODY["fr"])
    assert art.byline == names
