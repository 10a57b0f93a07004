"""A list or range of months or days that names its year once, at its end, gives that year (and
a bare day's month) to every item, in the languages the tagger reads dates in. Own sentences."""

from __future__ import annotations

import pytest

from indexer.entities import find_dates


@pytest.mark.parametrize(
    "text, dates",
    [
        ("The bridge stayed shut between April and September 2023, the council said.", ["2023-04/2023-09"]),
        ("Repairs ran from March to May 2022.", ["2022-03/2022-05"]),
        ("The ferry sailed in July, August and September 2021.", ["2021-07", "2021-08", "2021-09"]),
        ("Die Fähre fuhr im Juli und August 2021 nicht.", ["2021-07", "2021-08"]),
        ("Le musée ferme en janvier et février 2022.", ["2022-01", "2022-02"]),
        ("El puerto cerró en enero y febrero de 2022.", ["2022-01", "2022-02"]),
        ("The trial sits on 7 and 9 October 2025.", ["2025-10-07", "2025-10-09"]),
        ("The trial sits on October 7 and 9, 2025.", ["2025-10-07", "2025-10-09"]),
        ("Die Anhörung ist am 7. und 9. Oktober 2025.", ["2025-10-07", "2025-10-09"]),
        ("L'audience a lieu les 7 et 9 octobre 2025.", ["2025-10-07", "2025-10-09"]),
        ("The festival runs 12-14 August 2022.", ["2022-08-12/2022-08-14"]),
        ("Voting ran from 28 February to 2 March 2022.", ["2022-02-28/2022-03-02"]),
        ("The strike lasted from November to January 2023.", ["2022-11/2023-01"]),
        ("on 2 May and 4 June 2024", ["2024-05-02", "2024-06-04"]),
    ],
)
def test_every_item_gets_the_year(text: str, dates: list[str]) -> None:
    assert find_dates(text) == dates
    assert find_dates(text, "2026-01-15") == dates  # the stated year, never the article's


@pytest.mark.parametrize(
    "text, dates",
    [
        ("Theresa May and July 2019 were the headlines.", ["2019-07"]),  # a name, not a month
        ("chapters 4 and 6 of the 2019 report", ["2019"]),  # days without a month
        ("in June and October", ["--06", "--10"]),  # no year stated: none given
        ("aged 45, 3 March 2020", ["2020-03-03"]),  # 45 is no day
        ("doors open at 10:30 and 3 March 2020 is the date", ["2020-03-03"]),  # 30 is a time's minutes
    ],
)
def test_what_is_no_list_of_dates(text: str, dates: list[str]) -> None:
    assert find_dates(text) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a new user's try of BBC: "Ant and Dec" was December (4 paragraphs under date:--12)
        ("The show was hosted by Ant and Dec at the studio, the network said.", []),
        ("Sales of the Jan and Dec editions fell.", []),
        ("The show will return in Dec, the network said.", ["2003-12"]),
        ("The vote is due on 12 Dec, officials said.", ["2003-12-12"]),
        ("The vote was held in Oct, officials said.", ["2004-10"]),  # (as "in October")
    ],
)
def test_a_months_short_name_alone_is_a_date_after_a_preposition_only(text: str, dates: list[str]) -> None:
    assert find_dates(text, "2004-05-01") == dates
