"""A pager's line ("Páginas: 1 2 3 Siguiente »") is no article text: trial 52's paginated article
kept it as a paragraph, and a shop's reviews' "1 2 3" became a heading over the product text.
Numbers that do not count up by one, or years, or a sentence's list stay. Own small input."""

from __future__ import annotations

import pytest

from indexer.segment.textblocks import PAGER_REASON, pager_line
from tests.helpers import parse_blocks


@pytest.mark.parametrize(
    "line",
    [
        "Páginas: 1 2 3 Siguiente »",
        "« Zurück 1 2 3 … 9 Weiter »",
        "Pages: 1 2 3 Next",
        "1 2 3 4 5 … 12 »",
        "1 | 2 | 3",
        "Strony: 1 2 3 Następna",
        "Страницы: 1 2 3 Следующая",
    ],
)
def test_a_pagers_line_is_one(line: str) -> None:
    assert pager_line(line)


@pytest.mark.parametrize(
    "line", ["Because 7, 8, 9", "LF 7,8", "Chelsea 2 1 Arsenal", "2019 2020 2021", "Results: 10 20 30", "Seite 1 von 3"]
)
def test_numbers_that_are_no_pager_stay(line: str) -> None:
    assert not pager_line(line)


PROSE = [
    "A las siete y media de la mañana, cuando la peatonal todavía está vacía, el dueño levanta la persiana "
    "del café y enciende la vieja cafetera italiana que compró su abuelo en 1952.",
    "La mesa existe. Es la tercera contra la ventana, la que tiene una pata más corta que las otras y que "
    "nadie quiso arreglar en cien años, porque allí se sentaban los poetas de la revista.",
    "Aquella luz todavía es el orgullo de la casa. Los ventanales que dan a la calle Córdoba se limpian "
    "cada mañana, antes de que llegue el primer cliente del día.",
]


def test_a_pager_under_the_article_is_not_indexed() -> None:
    art = parse_blocks("Café La Buena Letra: cien años de mesas", *PROSE, "Páginas: 1 2 3 Siguiente »")
    (pager,) = [p for p in art.paragraphs if p.text.startswith("Páginas")]
    assert not pager.indexed and pager.reason == PAGER_REASON


@pytest.mark.linear
def test_the_pager_pattern_is_linear() -> None:
    # (a run of white space between two words was read for every split of it: "Word{w}Word" of
    # 100,000 spaces hung tests/test_segment.py's linear-time test)
    run = " " * 100_000
    for text in (" " * 3000, "1 " * 1500, "a " * 1500, "Seite " * 500 + "x", "1 … " * 800 + "x"):
        pager_line(text)
    for text in (f"Word{run}Word", f"Home{run}|{run}News", f"1{run}2{run}x", f"Seite{run}1 2{run}"):
        pager_line(text)
