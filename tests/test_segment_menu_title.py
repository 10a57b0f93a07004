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


@pytest.mark.parametrize("menu", ["トップ 社会 政治 経済 国際 スポーツ", "首页 新闻 体育 财经 娱乐 科技"])
def test_a_row_of_short_han_or_kana_items_is_a_menu_row_not_the_title(menu: str) -> None:
    # a new user's NHK page: the menu row was the title, the headline under it a heading
    assert segment.textblocks.is_menu_row(menu)
    headline = "首相 物価高対策で新たな経済対策を指示"
    prose = [
        "岸田総理大臣は20日、総理大臣官邸で開かれた閣議で、物価高に対応するための新たな経済対策を取りまとめるよう関係閣僚に指示しました。",
        "経済対策には、所得税の減税や低所得世帯への給付金が盛り込まれる見通しです。鈴木財務大臣は記者会見で、財源について慎重に検討する考えを示しました。",
    ]
    # (the page's lines as the user's dump had them: no blank line between them)
    page = [
        "NHKニュース",
        menu,
        "このサイトではクッキーを使用しています。同意する",
        headline,
        "2023年10月20日 17時45分",
        *prose,
        "関連ニュース",
        "日銀 金融緩和策を維持 植田総裁「粘り強く続ける」",
        "この記事をシェアする",
        "NHKについて | 利用規約 | お問い合わせ",
    ]
    art = parse("\n".join(page))
    assert art.title == headline
    assert [p.kind for p in art.paragraphs if p.text == headline] == [TITLE]


@pytest.mark.parametrize("headline", ["首相 物価高対策で新たな経済対策を指示", "東京 大雪 交通に影響"])
def test_a_cjk_headline_with_spaces_is_no_menu_row(headline: str) -> None:
    assert not segment.textblocks.is_menu_row(headline)
