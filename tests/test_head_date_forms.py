"""Dates of a text dump's head in the forms the last new user's pages printed by the headline and
the tool missed (issue 13; wild tuning pages, dates measured against the HTML path's metadata):
a calendar-leaf date whose weekday stands between the day and the month ("31 Donnerstag Okt
2019"), a post's meta row of one item a line (category / date / comment count), and a date line
right over the headline on a page with prose over it (a registration box). Our own pages."""

from __future__ import annotations

import pytest

from indexer import pubdate
from tests.helpers import FOOTER, MENU, PROSE, parse_blocks

TITLE = "Harbour bridge to close for a year"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("31 Donnerstag Okt 2019", "2019-10-31"),
        ("5 dimanche, janv. 2020", "2020-01-05"),
        ("14. Mittwoch März 2018", "2018-03-14"),
        ("12 Stunden Okt 2019", ""),  # no weekday between: a figure, a word, a month and a year
        ("3 Kinder Okt 2019", ""),
    ],
)
def test_a_weekday_between_the_day_and_the_month_is_read(text: str, iso: str) -> None:
    assert pubdate.find_date(text) == iso


@pytest.mark.linear
def test_a_long_run_of_letters_after_a_day_is_read_in_linear_time() -> None:
    assert pubdate.find_date("1 " + "a" * 100_000 + " Okt 2019") == ""
    assert pubdate.find_date("1 " + "ab " * 50_000 + "Okt 2019") == ""


def test_a_calendar_leaf_date_under_the_headline_dates_the_page() -> None:
    art = parse_blocks(MENU, TITLE, "31 Donnerstag Okt 2019", "Posted by DT in Tagebuch", *PROSE, FOOTER)
    assert art.published == "2019-10-31"


@pytest.mark.parametrize(
    "row",
    ["Local news\n2 Apr, 2016\n2", "DIY\n12.03.2021\n4 Kommentare", "Travel tips\nOn 2 Apr, 2016\nby Ann\n3"],
)
def test_a_meta_row_of_one_item_a_line_dates_the_page(row: str) -> None:
    art = parse_blocks(MENU, TITLE, row, *PROSE, FOOTER)
    assert art.published in ("2016-04-02", "2021-03-12")


def test_a_date_line_right_over_the_headline_dates_a_page_with_prose_over_it() -> None:
    # (and a date alone is no headline: "02.12.2022" had been the title of this page)
    box = (
        "Sie erhalten dann künftig stets aktuelle Informationen rund um unsere Branche direkt in Ihr Postfach, "
        "und Sie bleiben immer auf dem Laufenden."
    )
    art = parse_blocks(MENU, box, "Jetzt registrieren!", "Presse", "02.12.2022", TITLE, *PROSE, FOOTER)
    assert (art.published, art.title) == ("2022-12-02", TITLE)


def test_a_byline_line_under_the_lead_photos_credit_dates_the_page() -> None:
    # a text dump sets the photo's credit and the byline in one block, read as the photo's caption
    block = "Shutterstock\nBy Ann Lee / June 12, 2020 9:49 am EST / Updated: Aug. 3, 2020 2:05 pm EST"
    art = parse_blocks(MENU, TITLE, block, *PROSE, FOOTER)
    assert art.published == "2020-06-12"


PAGE_TITLE = f"{TITLE} | The Harbour Gazette"  # a dump's first line: the page's <title>
RAIL = [
    "Ferry fares rise in spring",
    "November 3, 2023",
    "New cranes for the harbour",
    "October 13, 2023",
    "Market hall reopens",
    "October 27, 2023",
]


def test_a_rail_of_dated_teasers_over_the_headline_does_not_date_the_article() -> None:
    art = parse_blocks(PAGE_TITLE, MENU, *RAIL, TITLE, "Ann Lee November 6, 2023", *PROSE, FOOTER)
    assert art.published == "2023-11-06"


def test_a_rail_of_dated_teasers_alone_dates_nothing() -> None:
    art = parse_blocks(PAGE_TITLE, MENU, *RAIL, TITLE, *PROSE, FOOTER)
    assert art.published == ""
