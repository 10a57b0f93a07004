"""A scraped dump saved without its <title> may open with the site's menu or a breadcrumb: the
headline under it is the title, not the menu (a new user's trial, issue 13). Our own pages."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, TITLE
from tests.helpers import PROSE, parse_blocks as parse


@pytest.mark.parametrize(
    "menu",
    [
        "Home | World | Business",
        "Accueil · International · Politique · Culture",
        "Leeds Forum » Local news",
        "Startseite  Politik  Wirtschaft  Sport",
    ],
)
def test_a_menu_row_over_the_headline_is_not_the_title(menu: str) -> None:
    art = parse(menu, "Council approves new flood barriers", "By Martha Quinlan", *PROSE)
    assert art.title == "Council approves new flood barriers"
    (title,) = [p for p in art.paragraphs if p.kind == TITLE]
    assert title.reason == "first headline-like line"
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "first",
    [
        "Council approves new flood barriers | Leeds Daily",
        "Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs",
        "Drucker • Etiketten • Service | SASS DATENTECHNIK AG",
    ],
)
def test_a_pages_title_line_with_separators_stays_the_first_line(first: str) -> None:
    # "Headline | Site", "Headline » Site", a shop's <title> of product words: no section names
    assert not segment.textblocks.is_menu_row(first)


@pytest.mark.parametrize(
    "menu",
    [
        # html-text joins a row of inline links with single spaces (a new user's Italian page)
        "Home Cronaca Politica Economia Sport Cultura",
        "Startseite Politik Wirtschaft Kultur Sport Panorama",
        "Home News World Business Sport Weather",
    ],
)
def test_a_menu_row_set_apart_by_single_spaces_is_not_the_title(menu: str) -> None:
    assert segment.textblocks.is_menu_row(menu)
    art = parse(menu, "Council approves new flood barriers", "By Martha Quinlan", *PROSE)
    assert art.title == "Council approves new flood barriers"
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


@pytest.mark.parametrize(
    "headline",
    [
        "World Cup Final Brings Sport Fans Home",  # title case naming sections among other words
        "Business Leaders Warn On Sport Funding Cuts",
        "Home News",  # too short for a menu of single words
    ],
)
def test_a_title_case_headline_naming_a_section_is_no_menu_row(headline: str) -> None:
    assert not segment.textblocks.is_menu_row(headline)
