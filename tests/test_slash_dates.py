"""A slash date whose two numbers could each be the month ("03/04/2025") is read in the order of
the page's language: month first in US English, day first in most other languages and in
British English; with the order unknown (English of no region, a year-first language, none) it
stays undated, as before. One that can be read one way only ("03/25/2025") is read so. Pages of
our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.pubdate import find_date, slash_order

BODY_DE = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke abzureißen und eine neue Brücke zu "
    "bauen. Die Arbeiten sollen im Herbst beginnen und etwa drei Jahre dauern, sagte der Bürgermeister.\n\n"
    "Die Kosten werden auf rund vierzig Millionen Euro geschätzt, wie die Stadtverwaltung mitteilte. Die "
    "Opposition kritisierte den Plan als zu teuer und forderte eine Sanierung der alten Brücke.\n"
)
BODY_EN = (
    "The city council voted on Tuesday to demolish the old harbour bridge and build a new one. Work is "
    "due to begin in the autumn and should take about three years, the mayor said.\n\n"
    "The cost is estimated at around forty million pounds, the council said in a statement. The "
    "opposition criticised the plan as too expensive and called for the old bridge to be repaired.\n"
)


@pytest.mark.parametrize(
    ("language", "order"),
    [
        ("en-US", "md"),
        ("en_us", "md"),
        ("es-US", "md"),
        ("en-PH", "md"),
        ("en-GB", "dm"),
        ("en-AU", "dm"),
        ("de", "dm"),
        ("fr-CA", "dm"),
        ("pt-BR", "dm"),
        ("ru", "dm"),
        ("it", "dm"),
        ("nl-BE", "dm"),
        ("en", ""),
        ("ja", ""),
        ("zh-Hans-CN", ""),
        ("", ""),
    ],
)
def test_the_order_of_each_language(language: str, order: str) -> None:
    assert slash_order(language) == order


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("03/04/2025", "en-US", "2025-03-04"),
        ("03/04/2025", "de", "2025-04-03"),
        ("Published 03/04/2025", "en-GB", "2025-04-03"),
        ("03/04/2025", "en", ""),  # unknown: undated, as before
        ("03/04/2025", "", ""),
        ("25/03/2025", "en-US", "2025-03-25"),  # one reading only, whatever the language
        ("03/25/2025", "", "2025-03-25"),
        ("02/30/2025", "en-US", ""),  # no such day either way
    ],
)
def test_slash_dates_by_language(text: str, language: str, expected: str) -> None:
    assert find_date(text, language) == expected


@pytest.mark.parametrize(("body", "expected"), [(BODY_DE, "2025-04-03"), (BODY_EN, "")])
def test_a_plain_text_page_is_dated_by_the_language_of_its_text(tmp_path: Path, body: str, expected: str) -> None:
    from indexer.pipeline import parse_paths

    page = tmp_path / "page.txt"
    page.write_text(f"Neue Brücke für den Hafen\n\nVon Anna Schmidt\n03/04/2025\n\n{body}", encoding="utf-8")
    (article,) = parse_paths([str(page)], entities=False)
    assert article.published == expected


def test_an_html_page_declares_its_language() -> None:
    import lxml.html

    from indexer.htmlpage import _page_lang

    assert _page_lang(lxml.html.fromstring('<html lang="en-US"><body><p>x</p></body></html>')) == "en-US"
    meta = '<html><head><meta http-equiv="Content-Language" content="de-AT"></head><body><p>x</p></body></html>'
    assert _page_lang(lxml.html.fromstring(meta)) == "de-AT"
    assert _page_lang(lxml.html.fromstring("<html><body><p>x</p></body></html>")) == ""


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("11-10-2024", "nl", "2024-10-11"),  # Dutch, Indian and vBulletin's dashes: as the slash form
        ("11-10-2024", "en-US", "2024-11-10"),
        ("11-10-2024", "en", ""),  # both numbers could be the month, the order unknown: undated
        ("25-03-2025", "", "2025-03-25"),  # one reading only
        ("03-25-2025, 10:15 PM", "", "2025-03-25"),
        ("11-10/2024", "nl", ""),  # one separator twice, not two kinds
        ("555-12-2024", "nl", ""),  # a number's tail, not a day
        ("2024-10-11", "nl", ""),  # ISO's year first is no day-first date
        ("11-10-2024-7", "nl", ""),
    ],
)
def test_dashed_dates_read_as_slash_dates(text: str, language: str, expected: str) -> None:
    assert find_date(text, language) == expected
