"""The site header's day over its menu is not the article's date (issue 13: on the wild tuning
text dumps a news site's "Freitag, November 22, 2019" over its menus dated an interview of 2017,
and a paper's "06 may 2022" its story of May 5, whose own date line stood under the headline).
Our own pages."""

from __future__ import annotations

from tests.helpers import FOOTER, PROSE, parse_blocks

TITLE = "Harbour bridge to close for a year"
MENU = "Home\nNews\nSport\nWeather\nCulture\nOpinion\nPodcasts\nNewsletters"


def test_the_headers_day_over_the_menu_gives_way_to_the_articles_date_line() -> None:
    art = parse_blocks("Thursday, 16 February 2012", MENU, TITLE, "14 February 2012", *PROSE, FOOTER)
    assert art.published == "2012-02-14"


def test_the_headers_day_alone_dates_nothing() -> None:
    art = parse_blocks("Freitag, 22. November 2019\nDas Neueste:", MENU, TITLE, *PROSE, FOOTER)
    assert art.published == ""


def test_a_date_line_between_the_menu_and_the_headline_is_the_articles() -> None:
    art = parse_blocks(MENU, "14 February 2012", TITLE, *PROSE, FOOTER)
    assert art.published == "2012-02-14"
    art = parse_blocks(MENU, TITLE, "By Ann Lee\n14 February 2012", *PROSE, FOOTER)
    assert art.published == "2012-02-14"
