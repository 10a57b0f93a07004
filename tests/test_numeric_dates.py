"""Dates written in figures in a paragraph's `dates` field (a new user's try of wild tuning
pages: "am 28.01.2022", "vom 20.12.2022" were never tagged, so `date:2022-01-28` missed them, and
"Urt. v. 4.5.2022 – 23 Sa 1135/21" was read as the years 2022 to 2023). Day first with periods,
ISO 8601, and a slash date only where its figures settle the order. Our own sentences."""

from __future__ import annotations

import pytest

from indexer.entities import find_dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Laut der am 28.01.2022 in Kraft getretenen Verordnung gilt 2G.", ["2022-01-28"]),
        ("Pressemitteilung Nr. 48/22 vom 20.12.2022 zum Urteil vom 20.12.2022.", ["2022-12-20"]),
        ("(Urt. v. 4.5.2022 – 23 Sa 1135/21)", ["2022-05-04"]),  # no year range 2022/2023
        ("Schůze se konala 14. 8. 2025 v Praze.", ["2025-08-14"]),
        ("The filing of 2022-01-28 was late.", ["2022-01-28"]),
        ("Open from 1.2.2022 – 3.4.2022 daily.", ["2022-02-01", "2022-04-03"]),
        ("Posted 28/04/2022 and again 04/29/2022.", ["2022-04-28", "2022-04-29"]),
        ("The hearing on 03/04/2022 was short.", []),  # 3 April or March 4: the country decides
        ("am 31.02.2022", []),  # no such day
        ("Version 2.1.2022.5 fixes it.", []),  # a version number
        ("Call 12.34.2022 now", []),  # no month 34
        ("the 2022-23 season", ["2022/2023"]),  # a season's years stay a range
    ],
)
def test_a_date_in_figures_is_tagged(text: str, dates: list[str]) -> None:
    assert find_dates(text) == dates


@pytest.mark.linear
def test_a_long_run_of_figures_and_marks_is_read_in_linear_time() -> None:
    assert find_dates("1." * 50_000 + "2022") == []
    assert find_dates("12/" * 30_000 + "2022") == []
