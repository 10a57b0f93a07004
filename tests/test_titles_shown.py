"""The headline as the page shows it, not the <title>'s wording (pages of our own, in several
languages): a plain dump whose <title> puts the site's name and a section first ("Club - News -
Concert") over the headline on a line of its own, or that goes on after a separator there
("Concert 2026: a full house"); a forum's or a club's name printed as the banner under the
<title>, the thread's title further down; an HTML page without an <h1> (an old table layout's
bold line); an <h1> equal to the og:title whose dash is the headline's own; an <h1> shorter than
the og:title (a kicker, a tagline or a site's name added); a Chinese <h1> whose halves a space
parts; and the zero-width (non-)joiners that spell Persian and Indic words kept in a title."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer import segment
from indexer.pipeline import parse_paths
from tests.helpers import parse_blocks

_MENU = "Home\nClub\nTeams\nFixtures\nGallery\nContact"
_PROSE = (
    "More than eighty members and guests filled the hall on Saturday evening, the largest crowd the "
    "club has seen since it moved into the new building twelve years ago.",
    "The treasurer thanked the volunteers who ran the bar and the kitchen, and the chairman presented "
    "the trophies for the season before the band played until midnight.",
)


@pytest.mark.parametrize(
    ("first", "crumb", "headline", "meta"),
    [
        (
            "Harbourside Rowing Club - News - Spring Regatta 2026",
            "Home > News > Spring Regatta 2026",
            "Spring Regatta 2026",
            "Posted 12/04/2026 by Tom Weller",
        ),
        (
            "Turnverein Altdorf :: Aktuelles :: Sommerfest 2025",
            "Startseite > Aktuelles > Sommerfest 2025",
            "Sommerfest 2025: Sonne, Spiele und ein neuer Rekord",
            "Bericht vom 14.07.2025",
        ),
        (
            "Klub Sportowy Orzeł - Aktualności - Turniej halowy 2025",
            "Start > Aktualności > Turniej halowy 2025",
            "Turniej halowy 2025: nasi juniorzy najlepsi w regionie",
            "Dodano 03.02.2025",
        ),
        (
            "Σύλλογος Φίλων Βουνού - Πεζοπορία στον Όλυμπο: ευχαριστούμε όλους!",
            "Αρχική > Νέα",
            "Πεζοπορία στον Όλυμπο: ευχαριστούμε όλους!",
            "Αναρτήθηκε: 5 Οκτωβρίου 2025",
        ),
    ],
)
def test_a_title_line_with_the_site_first_gives_way_to_the_headline_shown(
    first: str, crumb: str, headline: str, meta: str
) -> None:
    art = parse_blocks(first, _MENU, "Visitors since 2004:\n58412", crumb, headline, meta, *_PROSE)
    assert art.title == headline


@pytest.mark.parametrize(
    ("topic", "forum"),
    [
        ("Which reel for pike from the bank?", "Riverbank Anglers Forum"),
        ("Welche Rolle für Hecht vom Ufer – lohnt sich Geflecht?", "Anglertreff-Nord.de"),
        ("Quel moulinet pour le brochet du bord ?", "Forum Pêche Loisir"),
    ],
)
def test_a_forum_s_name_in_the_banner_is_not_the_thread_s_title(topic: str, forum: str) -> None:
    art = parse_blocks(
        f"{topic} - {forum}",
        forum,
        "Skip to content\nSearch\nFAQ\nMembers\nLogin\nRegister",
        "Board index Fishing Tackle",
        "Winter meet 2026: members are collecting old tackle for the junior section at the December meet. "
        "Details in the Events forum.",
        topic,
        "Moderator: bankside_mod",
        "I fish a slow river from the bank most weekends and want a reel that copes with braid and with "
        "the odd big pike. What do you all use, and is it worth paying more for a better drag?",
        "We had the same question last winter and most of the regulars went for a mid-priced reel.",
    )
    assert art.title == topic


def test_a_second_sentence_after_the_site_s_name_is_no_headline() -> None:
    # an interview's question under the <title>: its site's name, a colon and prose
    art = parse_blocks(
        "Open minds - Why groups think better than one | The Ledger",
        "The Ledger: What do you mean by open minds? People have worked together for ages, so why coin a term?",
        "Open minds - Why groups think better than one",
        *_PROSE,
    )
    assert art.title == "Open minds - Why groups think better than one"


def _html_title(tmp_path: Path, html: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    (article,) = parse_paths([str(page)], entities=False)
    return article.title


_BODY = "".join(f"<p>{p}</p>" for p in _PROSE)


def test_an_old_table_layout_without_an_h1_gives_its_bold_headline(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Harbourside Rowing Club - News - Spring Regatta 2026</title></head><body>"
        '<table><tr><td><font size="5"><b>Harbourside Rowing Club</b></font></td></tr>'
        '<tr><td><font size="1"><a href="index.htm">Home</a> | <a href="news.htm">News</a></font></td>'
        '<td><font size="4"><b>Spring Regatta 2026: a record entry on the river</b></font><br>'
        f"<font size='2'>Posted 12/04/2026</font>{_BODY}</td></tr></table></body></html>"
    )
    assert _html_title(tmp_path, html) == "Spring Regatta 2026: a record entry on the river"


@pytest.mark.parametrize(
    "headline",
    [
        "The new pitch is open – and the youth section has never been bigger",
        "El nuevo campo ya está abierto – y la cantera nunca fue tan grande",
    ],
)
def test_an_h1_that_is_the_og_title_keeps_its_dash(tmp_path: Path, headline: str) -> None:
    html = (
        f'<html><head><title>{headline}</title><meta property="og:title" content="{headline}"></head>'
        f'<body><div class="post-header"><h1 class="post-title"><span>{headline}</span></h1></div>'
        f'<div class="post-content">{_BODY}</div></body></html>'
    )
    assert _html_title(tmp_path, html) == headline


@pytest.mark.parametrize(
    ("og", "h1"),
    [
        ("Harbour Electric 5 tested: The better family car?", "The better family car?"),
        ("Pasta con lenticchie, la ricetta della zia", "Pasta con lenticchie"),
        ("Mill Brook – Valley Wiki", "Mill Brook"),
    ],
)
def test_an_h1_shorter_than_the_og_title_is_the_title(tmp_path: Path, og: str, h1: str) -> None:
    html = (
        f'<html><head><title>{og} | Site</title><meta property="og:title" content="{og}"></head>'
        f"<body><article><h1>{h1}</h1>{_BODY}</article></body></html>"
    )
    assert _html_title(tmp_path, html) == h1


@pytest.mark.parametrize(
    ("og", "h1", "site"),
    [
        (
            "Harbour council to buy twelve electric buses",
            "Harbour council to buy twelve electric buses for the coast line",
            "Newsroom",
        ),
        (
            "A câmara compra doze autocarros",
            "A câmara compra doze autocarros elétricos para a linha da costa",
            "Imprensa",
        ),
        ("Lammfromme Wölfe im Tierpark", "Überraschung: Lammfromme Wölfe im Tierpark von Neustadt", "Stadtblatt"),
    ],
)
def test_an_h1_that_is_the_tabs_headline_wins_over_a_shorter_og_title(
    tmp_path: Path, og: str, h1: str, site: str
) -> None:
    """The <h1> holds the og:title's words and more, and the <title> shows the same headline: the
    reader saw it twice; the og:title is a social card's cut."""
    html = (
        f'<html><head><title>{h1} | {site}</title><meta property="og:title" content="{og}"></head>'
        f"<body><div class='page'><h1>{h1}</h1>{_BODY}</div></body></html>"
    )
    assert _html_title(tmp_path, html) == h1


def test_a_blog_s_name_as_its_h1_is_not_the_title(tmp_path: Path) -> None:
    og = "A long walk over the three ridges - Weekend Walks"
    html = (
        f'<html><head><title>{og}</title><meta property="og:title" content="{og}"></head>'
        f'<body><h1><a href="https://walks.example/">Weekend Walks</a></h1><article>{_BODY}</article></body></html>'
    )
    assert _html_title(tmp_path, html) == "A long walk over the three ridges"


def test_a_chinese_h1_going_on_after_a_space_is_the_title(tmp_path: Path) -> None:
    og, h1 = "青禾公司发布智能灌溉系统", "青禾公司发布智能灌溉系统 覆盖三省八万亩农田"
    html = (
        f'<html lang="zh"><head><title>{og}-新闻中心</title><meta property="og:title" content="{og}"></head>'
        "<body><article><h1>" + h1 + "</h1>"
        "<p>本报讯 青禾公司今天在南京发布了新一代智能灌溉系统，该系统已经在江苏、安徽和江西三省推广使用。</p>"
        "<p>公司负责人表示，系统可以根据土壤湿度自动调节水量，每亩每年可节约用水约三成。</p>"
        "</article></body></html>"
    )
    assert _html_title(tmp_path, html) == h1


def test_a_japanese_title_loses_the_blog_s_name_after_its_dash() -> None:
    title = "紅葉の山を歩いて縦走してきた（コース・所要時間まとめ） - ねこの週末日記"
    assert segment.headline_of(title) == "紅葉の山を歩いて縦走してきた（コース・所要時間まとめ）"


def test_zero_width_joiners_that_spell_a_persian_title_are_kept(tmp_path: Path) -> None:
    headline = "شهرداری می\u200cخواهد پارک\u200cهای محله را بازسازی کند"
    html = (
        f'<html lang="fa" dir="rtl"><head><title>{headline}\u200b</title></head><body><article>'
        f"<h1>{headline}\u200b</h1>"
        "<p>شهرداری تهران اعلام کرد که بازسازی پارک\u200cهای محله از ماه آینده آغاز می\u200cشود و تا پایان سال ادامه دارد.</p>"
        "<p>به گفته مسئولان، در این طرح زمین\u200cهای بازی کودکان و مسیرهای پیاده\u200cروی نیز نوسازی خواهند شد.</p>"
        "</article></body></html>"
    )
    title = _html_title(tmp_path, html)
    assert "\u200c" in title and "\u200b" not in title
    assert title == headline


def test_zero_width_joiners_stay_in_a_plain_text_body_and_zero_width_spaces_go() -> None:
    sentence = (
        "شهرداری اعلام کرد که بازسازی پارک\u200cهای محله از ماه آینده آغاز می\u200cشود و تا پایان سال ادامه دارد."
    )
    hindi = "नगर निगम ने कहा कि पार्कों की मरम्मत अगले महीने से शुरू होगी और साल के अंत तक चलेगी, क्\u200dयोंकि काम बड़ा है।"
    art = parse_blocks(
        "بازسازی پارک\u200cهای محله",
        sentence.replace("اعلام", "اعلا\u200bم"),
        hindi + " " + hindi,
        sentence,
    )
    text = "\n".join(p.text for p in art.paragraphs)
    assert "پارک\u200cهای" in text and "क्\u200dयोंकि" in text
    assert "\u200b" not in text and "اعلام" in text
