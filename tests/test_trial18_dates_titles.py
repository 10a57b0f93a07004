"""Dates and titles of trial 18's fault kinds (pages of our own, in the shapes the trial's pages
showed): numeric dates with spaces (Czech "14. 8. 2025") or a final period (Hungarian
"2025.11.17."); a meta row's date line between the headline and the text without a cue ("NAME" /
"Oct 14, 2025" / share counts; "6 min read · DATE"; "DATE / NAME / Category / 4 comments"); a
teaser's headline and blurb over the headline, which ended the head's search before the byline's
date; a dump's <title> line taken for the headline with the site's name after a separator; an
<h1> holding a shorter og:title; a forum whose <h1> is its name and the topic's title a heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer import pubdate
from indexer.pipeline import parse_paths
from tests.helpers import FOOTER, MENU, parse_blocks

_TEXT = (
    "The council voted on Tuesday to build a footbridge over the river at the old ferry landing, "
    "ending years of argument about the cost of the crossing.",
    "Engineers said the work would take eight months and that the ferry would run until the bridge opened.",
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("14. 8. 2025", "2025-08-14"),  # Czech, Slovak: "d. M. y"
        ("Vloženo 3. 11. 2024 v 8:02", "2024-11-03"),
        ("Közzétéve: 2025.11.17.", "2025-11-17"),  # Hungarian: "y.MM.dd."
        ("2025. 11. 17.", "2025-11-17"),
        ("2025.11.17", "2025-11-17"),
        ("version 2025.11.17.5", ""),  # a version number, no date
        ("1.  2.  2025", ""),  # (two spaces: a list's numbers)
    ],
)
def test_numeric_dates_with_spaces_or_a_final_period(text: str, date: str) -> None:
    assert pubdate.find_date(text) == date


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        ("Mara Quint\nOct 14, 2025\n412 58 31 Share", "2025-10-14"),
        ("Mara Quint · Follow\n6 min read · Nov 4, 2025\nSave Listen Share", "2025-11-04"),
        ("Mara Quint Staff Reporter\n16:05, 26 Nov 2025 Updated 18:40, 26 Nov 2025\nShare Facebook X", "2025-11-26"),
        ("Hosted by Mara Quint\n20 November 2025 · 42 min listen\nPlay episode 00:00 / 42:17", "2025-11-20"),
        ("14. 8. 2025 / Mara Quint / Zahrada / 4 komentáře", "2025-08-14"),
    ],
)
def test_a_meta_row_s_date_line_under_the_headline_dates_the_page(meta: str, date: str) -> None:
    art = parse_blocks(MENU, "A new footbridge over the river opens in spring", meta, *_TEXT, FOOTER)
    assert art.published == date


def test_teasers_over_the_headline_do_not_end_the_search_for_the_byline_s_date() -> None:
    art = parse_blocks(
        "A new footbridge over the river opens in spring - The Harbour Gazette",
        MENU,
        "Volunteers clear two tons of litter from the river bank",
        "The annual clean-up drew a record crowd despite the rain.",
        "Environment · Yesterday",
        "A new footbridge over the river opens in spring",
        "by Mara Quint November 13, 2025",
        *_TEXT,
        FOOTER,
    )
    assert art.published == "2025-11-13"


@pytest.mark.parametrize(
    ("first", "site", "title"),
    [
        (
            "Bike hire: frequently asked questions – Wheelhouse Help Centre",
            "Wheelhouse Help Centre",
            "Bike hire: frequently asked questions",
        ),
        (
            "Presseschau: Stimmen zur Einigung im Tarifstreit | Radio Lindenau – Nachrichten",
            "Radio Lindenau",
            "Presseschau: Stimmen zur Einigung im Tarifstreit",
        ),
        # no part of the <title> is the site's: it stays whole
        ("Autokauf – Kredit oder doch besser Leasing?", "Wheelhouse", "Autokauf – Kredit oder doch besser Leasing?"),
    ],
)
def test_a_title_line_taken_for_the_headline_loses_the_site_s_name(first: str, site: str, title: str) -> None:
    art = parse_blocks(
        first,
        f"{site}\nHome\nHelp\nContact",
        "These are the questions we hear most often, with our answers. Write to us if yours is missing.",
        "How long can I keep a bike? Up to a day at a time, and the price is capped after six hours of riding.",
        "© 2025 Wheelhouse Ltd",
    )
    assert art.title == title


def test_a_title_line_whose_headline_the_page_repeats_loses_its_decoration() -> None:
    headline = "I gave up my standing desk after three years. Here is what I learned."
    art = parse_blocks(
        f"{headline} | by Mara Quint | Nov, 2025 | Ledger",
        "Ledger\nWrite Sign up Sign in",
        headline,
        "On the strange afterlife of habits we pick up because someone on the internet was very sure",
        "In the spring of 2022 I spent a lot of money on a motorised desk because a podcast host told me that "
        "sitting was the new smoking, and for a while I believed every word of it.",
        "For about six weeks I was a convert. I stood through meetings. I bought a mat. I told people about it.",
    )
    assert art.title == headline


def _html_title(tmp_path: Path, html: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    (article,) = parse_paths([str(page)], entities=False)
    return article.title


_BODY = (
    "<p>We set out from the first village before eight, when the path along the cliffs was still in shade "
    "and the cafés were only just opening their shutters for the day.</p>"
    "<p>By noon we had reached the second village, where the ferry no longer stops in winter and the "
    "harbour belongs to the fishermen and their cats.</p>"
    "<p>The third day was the hardest: a landslide had closed the coastal path and we climbed through the "
    "vineyards instead, a detour of two hours that nobody regretted.</p>"
)


def test_an_h1_holding_a_shorter_og_title_is_the_title(tmp_path: Path) -> None:
    html = (
        '<html lang="en"><head><title>Walking the coast in winter | Far Paths</title>'
        '<meta property="og:title" content="Walking the coast in winter"></head><body>'
        "<article><h1>Walking the coast in winter: 5 days, 4 villages, 1 landslide</h1>"
        f"{_BODY}</article></body></html>"
    )
    assert _html_title(tmp_path, html) == "Walking the coast in winter: 5 days, 4 villages, 1 landslide"


def test_a_forum_s_topic_title_not_its_name_in_the_h1(tmp_path: Path) -> None:
    topic = "Boiler loses pressure every few days - where is the leak?"
    html = (
        f'<html lang="en"><head><title>{topic} - Heating - Builders Forum</title></head><body>'
        '<div class="headerbar"><h1>Builders Forum</h1><p>Building your own house</p></div>'
        f'<div id="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=1">{topic}</a></h2>'
        f'<div class="post"><div class="postbody"><div class="content">{_BODY}</div></div></div>'
        "</div></body></html>"
    )
    assert _html_title(tmp_path, html) == topic


def test_a_kicker_before_the_og_title_in_the_h1_is_not_the_title(tmp_path: Path) -> None:
    html = (
        '<html lang="de"><head><title>Presseschau: Stimmen zum Tarifstreit | Radio Lindenau</title>'
        '<meta property="og:title" content="Presseschau: Stimmen zum Tarifstreit"></head><body>'
        '<article><h1><span class="kicker">Aus den Zeitungen</span> Presseschau: Stimmen zum Tarifstreit</h1>'
        f"{_BODY}</article></body></html>"
    )
    assert _html_title(tmp_path, html) == "Presseschau: Stimmen zum Tarifstreit"


def test_an_h1_whose_second_half_is_the_og_title_is_the_title(tmp_path: Path) -> None:
    # trial 38: the paper's <h1> says what happened, then the og:title's words
    h1 = "Aprobaron el comodato: el viejo galpón de cargas de la estación será un centro cultural"
    html = (
        '<html lang="es"><head><title>El viejo galpón de cargas de la estación será centro cultural - Diario</title>'
        '<meta property="og:title" content="El viejo galpón de cargas de la estación será centro cultural"></head>'
        f'<body><article><h1 class="titulo">{h1}</h1>{_BODY}</article></body></html>'
    )
    assert _html_title(tmp_path, html) == h1


def test_an_h1_marked_as_the_headline_rewording_an_seo_title_is_the_title(tmp_path: Path) -> None:
    # trial 38: schema.org's itemprop="headline" (or a title class) on an <h1> that shares two
    # words with the <title>
    h1 = "Torvik T40 Cordless Mower Review: A Quiet Achiever for Small Yards"
    page = (
        '<html lang="en"><head><title>Torvik T40 Review (2022): Tested for 6 Weeks | Backyard Verdict</title>'
        '<meta property="og:title" content="Torvik T40 Review (2022): Tested for 6 Weeks"></head>'
        f"<body><article><h1{{prop}}>{h1}</h1>{_BODY}</article></body></html>"
    )
    assert _html_title(tmp_path, page.format(prop=' itemprop="headline"')) == h1
    assert _html_title(tmp_path, page.format(prop=' class="entry-title"')) == h1  # hAtom's post title
    # unmarked, two shared words of eight are too few: another wording may be a teaser's
    assert _html_title(tmp_path, page.format(prop="")) == "Torvik T40 Review (2022): Tested for 6 Weeks"


def test_a_poster_s_joined_date_is_not_the_forum_page_s_date() -> None:
    art = parse_blocks(
        "Boiler loses pressure every few days - Builders Forum",
        MENU,
        "Builders Forum",
        "Boiler loses pressure every few days",
        "heating_hank\nJoined: Tue Mar 14, 2023 9:02 pm\nPosts: 212",
        *_TEXT,
        FOOTER,
    )
    assert art.published != "2023-03-14"
