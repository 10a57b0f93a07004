"""Plain-text heads of the thirteenth trial, each on small pages of our own: a head run together
without blank lines lost its title, byline and date when a caption, a summary list or the site's
share buttons stood between it and the text, when a listen button sat under the byline, when
labels stood over their values ("From:" / NAME / "Published" / DATE), or when a reference page's
title sat over its tabs; a "Published by SITE on DATE." line was body and a life's dates the
page's date; a wire story's dateline was read from the summary list over it."""

from __future__ import annotations


import pytest

from indexer.models import BODY, BOILERPLATE
from indexer.segment.patterns import _PUBLISHED_BY, _date_span, _published_by
from tests.helpers import FOOTER, MENU, kind_and_reason, parse_blocks

BODY_TEXT = (
    "Ground handling workers at the city's airport will strike for three days over the holiday "
    "weekend, their union said on Thursday, in a dispute over pay and shifts.",
    "The union said talks with the handling company had failed after six months without a serious "
    "offer, and that passengers should check with their airlines before travelling.",
)
HEADLINE = "Airport workers to strike over holiday weekend as talks collapse"


def _body(art: object) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind == BODY]  # type: ignore[attr-defined]


def test_a_head_run_over_a_caption_and_a_summary_list_keeps_title_byline_and_date() -> None:
    # kicker, headline, byline and date in one chunk; a photo's caption and a "Summary" list
    # between it and the text (the run's split looked at the next chunk alone)
    head = f"Transport\n{HEADLINE}\nBy Lena Marsh and Tomas Vik\nMarch 14, 2025 9:20 AM UTC Updated ago"
    caption = "[1/3] Passengers queue at the check-in desks of the airport, in this file photo. REUTERS/Staff"
    summary = "Summary\nThree-day strike from Friday\nTalks failed after six months\nAirlines warn of delays"
    opening = "OSLO, March 14 (Reuters) - " + BODY_TEXT[0]
    art = parse_blocks(MENU, head, caption, summary, opening, BODY_TEXT[1], FOOTER)
    assert art.title == HEADLINE
    assert art.byline == "Lena Marsh, Tomas Vik"
    assert art.published == "2025-03-14"
    # the dateline is read from the first paragraph, not from the summary list over it
    assert art.dateline == "OSLO"


def test_a_japanese_headline_over_its_date_with_share_buttons_under_them() -> None:
    head = "港区で大規模な停電　約三万世帯に影響、復旧は夜の見通し\n2025年3月2日 8時15分"
    tools = "東京新報\nシェア\nポスト\nLINE\nブックマーク"
    text = (
        "東京都港区で2日朝、大規模な停電が発生し、約三万世帯に影響が出た。電力会社によると、"
        "変電所の設備に不具合が見つかったといい、復旧は夜になる見通しだという。"
    )
    art = parse_blocks("ニュース\nトップ\n国内\n国際\n経済", head, tools, text, FOOTER)
    assert art.title.startswith("港区で大規模な停電")
    assert art.published == "2025-03-02"
    assert kind_and_reason(art, "東京新報")[0] == BOILERPLATE  # the site's name over its share buttons
    assert _body(art) == [text]


def test_a_byline_and_date_over_a_listen_button_and_share_buttons() -> None:
    meta = "By Marcus Oyelaran\nFeb. 11, 2025 6:45 a.m. ET\nListen to article (5 min)\nShare\nGift this article"
    art = parse_blocks(MENU, "BUSINESS", HEADLINE, meta, *BODY_TEXT, FOOTER)
    assert art.title == HEADLINE
    assert art.byline == "Marcus Oyelaran"
    assert art.published == "2025-02-11"
    assert _body(art) == list(BODY_TEXT)


def test_labels_over_their_values_after_a_cookie_notice_give_the_date() -> None:
    # "From:" / NAME / "Published" / DATE in one chunk, under a cookie notice's sentence (prose
    # above: the head run's split stood back)
    cookies = (
        "We would like to set additional cookies to understand how you use this site and to "
        "remember your settings and improve our services."
    )
    meta = "From:\nDepartment for Transport\nPublished\n12 June 2025"
    art = parse_blocks(MENU, cookies, "Press release", HEADLINE, meta, *BODY_TEXT, FOOTER)
    assert art.title == HEADLINE
    assert art.published == "2025-06-12"
    assert kind_and_reason(art, "Published")[0] == BOILERPLATE
    assert _body(art)[-2:] == list(BODY_TEXT)


def test_a_reference_page_s_title_over_its_tabs() -> None:
    tabs = "Mount Kessel\n14 languages\nArticle\nTalk\nRead\nEdit\nView history\nTools"
    lead = (
        "Mount Kessel is a volcanic peak in the northern range of the island, rising to about 2,100 "
        "metres above sea level, and it last erupted in the eighteenth century."
    )
    art = parse_blocks("Jump to content\nMain menu\nSearch\nLog in", tabs, lead, BODY_TEXT[1], FOOTER)
    assert art.title == "Mount Kessel"
    assert _body(art) == [lead, BODY_TEXT[1]]


def test_a_menu_whose_first_item_the_text_does_not_open_with_gives_no_title() -> None:
    art = parse_blocks("Harbour Gazette\nNews\nSport\nWeather\nOpinion", *BODY_TEXT, FOOTER)
    assert art.title != "Harbour Gazette"


def test_a_breadcrumb_and_date_over_the_real_headline_are_not_split_as_a_head() -> None:
    # a breadcrumb and a "NAME | DATE" line run together over the headline set apart: the run is
    # no head (the headline under it is)
    crumbs = "Home » Workwear » Partner » Heated jackets for winter building sites\nBrandname | 26.01.2022"
    art = parse_blocks(MENU, crumbs, HEADLINE, *BODY_TEXT, FOOTER)
    assert art.title == HEADLINE
    assert _body(art) == list(BODY_TEXT)


def test_published_by_site_on_date_is_a_date_line_and_a_life_span_is_no_page_date() -> None:
    name = "Margaret Ellen Whitcombe, 1941-2025"
    span = "May 2, 1941 – February 3, 2025"
    published = "Published by Harbour Gazette on Feb. 6, 2025."
    text = (
        "Margaret Ellen Whitcombe, 83, of Harbour Town, died peacefully on Monday, February 3, 2025, "
        "at home, surrounded by her family.",
        "She was born in Ashford and worked for forty years as a teacher at the village school, where "
        "generations of children learned to read in her classroom.",
    )
    art = parse_blocks(MENU, name, span, published, *text, FOOTER)
    assert art.published == "2025-02-06"
    assert kind_and_reason(art, published)[0] == BOILERPLATE
    assert published not in _body(art)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published by Harbour Gazette on Feb. 6, 2025.", "2025-02-06"),
        ("Publié par Le Courrier le 6 février 2025", "2025-02-06"),
        ("Veröffentlicht von Hafenblatt am 6. Februar 2025", "2025-02-06"),
        ("Publicado por El Puerto el 6 de febrero de 2025.", "2025-02-06"),
        ("Published on Feb. 6, 2025 in the print edition of the paper.", ""),
        ("The council published by-laws on parking.", ""),
    ],
)
def test_published_by_reads_the_date(line: str, date: str) -> None:
    assert _published_by(line) == date


def test_date_span() -> None:
    assert _date_span("April 3, 1938 – January 17, 2025")
    assert not _date_span("January 17, 2025")
    assert not _date_span("Updated January 17, 2025 - 10:30")


@pytest.mark.linear
@pytest.mark.parametrize("text", [" " * 3000, "a " * 1500, "A" * 3000, "1" * 3000, "Published by " + "a " * 1500])
def test_published_by_pattern_is_fast(text: str) -> None:
    _PUBLISHED_BY.match(text)
