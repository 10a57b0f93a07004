"""A date's year as written, before 1800 too, and a yearless date a sentence announces is the
coming one (a new user's try of session 43: "12 June 1789" was dated 2021-06-12, "October 5,
1544" 2019-10-05, and a repair cafe's "will also open on ... September 18" in January 2020
2019-09-18). Own sentences."""

from __future__ import annotations

import pytest

from indexer.entities import find_dates

PUBLISHED = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The church opened on 12 June 1789 in Paris.", ["1789-06-12"]),
        ("Luther spoke there on October 5, 1544, about the word.", ["1544-10-05"]),
        ("Zur Eröffnung am 5. Oktober 1544 sprach Martin Luther.", ["1544-10-05"]),
        ("The castle was built in 1544 according to records.", ["1544"]),
        ("The duchy was set up in 1337 by King Edward III.", ["1337"]),
        # a count after a date, a count alone: no year
        ("On May 5, 1500 protesters marched to the square.", ["2021-05-05"]),
        ("The flood reached 1500 homes in the valley.", []),
        ("The storm damaged roofs in 1500 homes.", []),
        # a German list's last day after "und" (it was dropped)
        ("Das Café öffnet am 30. Oktober und 27. November.", ["2020-10-30", "2020-11-27"]),
    ],
)
def test_the_year_as_written(text: str, dates: list[str]) -> None:
    assert find_dates(text, PUBLISHED) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The cafe will also open on March 27, September 18 and October 30.",
            ["2021-03-27", "2021-09-18", "2021-10-30"],
        ),
        ("Talks will resume on February 20, officials said.", ["2022-02-20"]),
        # a passive's participle after "will be" is the future verb's own, no past form between
        # (a new user's April thread put "15 October" in the year before)
        ("The stretch will be closed from September 1 to October 15.", ["2021-09-01/2021-10-15"]),
        ("The road won't be reopened until August 30.", ["2021-08-30"]),
        # no announcement, or a past form between the future verb and the date: the nearest year
        ("The cafe opened on September 18.", ["2020-09-18"]),
        ("He will be sentenced after pleading guilty on March 3.", ["2021-03-03"]),
        ("The company said on February 20 it will cut jobs.", ["2021-02-20"]),
    ],
)
def test_an_announced_date_is_the_coming_one(text: str, dates: list[str]) -> None:
    assert find_dates(text, PUBLISHED) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a span of days across months is one period, as "3-5 May" is: `date:` inside it finds it
        ("The road is closed from 1 September to 15 October.", ["2021-09-01/2021-10-15"]),
        ("The market ran between March 3 and April 10, 2019.", ["2019-03-03/2019-04-10"]),
        ("Works run from 1 December to 15 January.", ["2020-12-01/2021-01-15"]),  # (into the next year)
        (
            "Works ran from 1 December 2019 to 15 January 2020.",
            ["2019-12-01", "2020-01-15"],
        ),  # (years written: two days)
    ],
)
def test_a_span_across_months_is_one_period(text: str, dates: list[str]) -> None:
    assert find_dates(text, PUBLISHED) == dates
