"""An article's byline, date and title from a page's author field, its date lines and its
headings (helper meta2, issue 13; trial 23): a "Posted on DATE by NAME" line in every language of `chromewords.LANGUAGES` that
prints the name after the date (Greek "από", Russian "автором" gave no byline); the author link's
"View all posts by NAME" read as the name ("View"); a theme's rel="author" link on the footer's
"Built with Storefront & WooCommerce" read as the author; two names the page joins with "&" or a
desk and its wire with "/" ("Aroha & Ben", "Radio Säntis Redaktion / sda") split and recased;
a shop's reviews with their stars only in the widget's summary, the first reviewer the byline
and their day the page's date; a menu's lines with the post's date line glued under them; a
name under the headline with the date over it; "NAME / PLACE (AGENCY) DATE" bylines; a shop's
heading under its breadcrumb, shorter than its <title>'s SEO words; a "Written DATE by ..." line
over a markup's modification date; a page's "Laatst gewijzigd:" stamp the extractor left out.
Every page and line here is our own."""

from __future__ import annotations

import pytest

from indexer import chromewords, htmlpage, segment
from indexer.segment import textblocks
from tests.helpers import FOOTER, MENU, html_document, parse_blocks

_TEXT = (
    "The council voted on Tuesday to build a footbridge over the river at the old ferry landing, "
    "ending years of argument about the cost of the crossing.",
    "Engineers said the work would take eight months and that the ferry would run until the bridge opened.",
)


def test_every_language_has_its_dated_by_word_or_says_why_not() -> None:
    assert set(chromewords.LANGUAGES) <= set(chromewords.DATED_BY_WORD)
    assert [lang for lang in chromewords.LANGUAGES if not chromewords.DATED_BY_WORD[lang]] == ["tr"]
    assert set(chromewords.LANGUAGES) <= set(chromewords.SITE_CREDIT)


@pytest.mark.parametrize(
    ("line", "name", "date"),
    [
        ("Αναρτήθηκε στις 2 Αυγούστου 2011 από Ελένη Κουτελιέρη", "Ελένη Κουτελιέρη", "2011-08-02"),
        ("Опубликовано 3 марта 2015 автором Анна Петрова", "Анна Петрова", "2015-03-03"),
        ("Objavljeno 3. ožujka 2015. od Ivana Horvat", "Ivana Horvat", "2015-03-03"),
        ("Julkaistu 3.3.2015 kirjoittanut Matti Virtanen", "Matti Virtanen", "2015-03-03"),
        ("Veröffentlicht am 3. März 2015 von Anna Berg", "Anna Berg", "2015-03-03"),
        ("Posted on March 3, 2015 by Jane Roe", "Jane Roe", "2015-03-03"),
    ],
)
def test_a_posted_on_date_by_name_line_gives_byline_and_date(line: str, name: str, date: str) -> None:
    art = parse_blocks(MENU, "A new footbridge over the river opens in spring", line, *_TEXT, FOOTER)
    assert art.byline == name
    assert art.published == date


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("View all posts by Marcy Delacroix-Hale", "Marcy Delacroix-Hale"),
        ("Alle Beiträge von Anna Berg", "Anna Berg"),
        ("Все записи автора Анна Петрова", "Анна Петрова"),
        ("Δείτε όλα τα άρθρα από Μαρία Παππά", "Μαρία Παππά"),
        ("Zobacz wszystkie wpisy autora Jan Kowalski", "Jan Kowalski"),
    ],
)
def test_the_author_links_view_all_posts_words_are_no_name(field: str, name: str) -> None:
    assert htmlpage.plausible_authors(field, f"Text\n{field}") == name


@pytest.mark.parametrize(
    "footer",
    [
        "Built with Storefront & WooCommerce.",
        "Fièrement propulsé par WooCommerce",
        "Erstellt mit WooCommerce",
        "Работает на WooCommerce",
    ],
)
def test_a_name_only_in_the_sites_software_credit_is_no_author(footer: str) -> None:
    seen = f"How to choose snowshoes\nSome text about snowshoes.\n© Boreal Trail 2017\n{footer}"
    assert htmlpage.plausible_authors("WooCommerce", seen) == ""
    # ...but a name the page writes elsewhere too stays (a blog's owner beside "Powered by")
    assert (
        htmlpage.plausible_authors("Marcy Hale", "By Marcy Hale\n© Marcy Hale · Powered by WordPress") == "Marcy Hale"
    )


@pytest.mark.parametrize(
    ("field", "seen", "byline"),
    [
        ("Aroha; Ben", "Aroha & Ben May 6, 2019", "Aroha & Ben"),
        ("Radio Säntis Redaktion; Sda", "Radio Säntis Redaktion / sda\n15.01.2026", "Radio Säntis Redaktion / sda"),
        ("Anna Weber; Jonas Berg", "Von Anna Weber und Jonas Berg", "Anna Weber, Jonas Berg"),
    ],
)
def test_names_the_page_joins_are_one_byline_as_written(field: str, seen: str, byline: str) -> None:
    assert ", ".join(textblocks._meta_authors(htmlpage.author_as_written(field, seen))) == byline


def test_names_glued_to_a_date_over_the_headline_are_a_couples_byline() -> None:
    art = parse_blocks(MENU, "A new footbridge over the river opens in spring", "Anna & Ben March 3, 2015", *_TEXT)
    assert art.byline == "Anna & Ben"
    assert art.published == "2015-03-03"


def _review(name: str, date: str, text: str) -> str:
    return (
        f'<div class="jdgm-rev"><div class="jdgm-rev__header"><span class="jdgm-rev__author">{name}</span> '
        f'<span class="jdgm-rev__timestamp">{date}</span></div><div class="jdgm-rev__body"><p>{text}</p></div></div>'
    )


@pytest.mark.parametrize(
    ("lang", "dates"), [("es", ("12/03/2023", "02/02/2023")), ("de-DE", ("12.03.2023", "02.02.2023"))]
)
def test_reviews_with_stars_only_in_the_summary_give_no_byline_nor_date(lang: str, dates: tuple[str, str]) -> None:
    reviews = _review("Lucía M.", dates[0], "La uso todos los días y funciona perfecta.")
    reviews += _review("Andrés P.", dates[1], "Buena calidad, aunque el asa se calienta un poco.")
    page = (
        f'<html lang="{lang}"><head><title>Cafetera Moka Duo – Tostadores</title></head><body><main>'
        '<h1>Cafetera Moka Duo</h1><div class="price">39,90 €</div><button>Añadir al carrito</button>'
        "<p>Cafetera italiana de acero inoxidable para seis tazas, apta para todo tipo de cocinas, también "
        "de inducción, con válvula de seguridad y asa ergonómica.</p><p>Se limpia solo con agua caliente; "
        "no la metas en el lavavajillas para conservar el brillo del acero.</p>"
        '<section class="reviews"><h2>Opiniones</h2><span class="stars">★★★★☆</span>'
        f"{reviews}</section></main></body></html>"
    )
    _, _, meta, _ = htmlpage.extract(page.encode(), "shop.html")
    assert meta["author"] == ""
    assert meta["date"] == ""


_BLOG_HEAD = "Anna Berg Fotografie\nPortfolio\nJournal\nKontakt"


@pytest.mark.parametrize(
    ("date_line", "date"),
    [
        ("30. Oktober 2025", "2025-10-30"),
        ("19. veljače 2017. Šivaće mašine", "2017-02-19"),
        ("March 3, 2015", "2015-03-03"),
    ],
)
def test_a_date_line_glued_under_the_menu_dates_the_post(date_line: str, date: str) -> None:
    headline = "A new footbridge over the river opens in spring"
    art = parse_blocks(f"{headline} — Anna Berg Fotografie", f"{_BLOG_HEAD}\n{date_line}", headline, *_TEXT)
    assert art.published == date


def test_a_name_under_the_headline_with_the_date_over_it_is_the_byline() -> None:
    headline = "Eine neue Fussgängerbrücke über den Fluss"
    art = parse_blocks(
        f"{headline} — Lea Gubler Fotografie", f"{_BLOG_HEAD}\n30. Oktober 2025", headline, "Lea Gubler", *_TEXT
    )
    assert (art.byline, art.published) == ("Lea Gubler", "2025-10-30")


@pytest.mark.parametrize(
    ("line", "byline", "date"),
    [
        ("Elif Aydoğan / AYVALIK (ANKA) Yayınlanma: 27.10.2025 - 10:48", "Elif Aydoğan", "2025-10-27"),
        ("Redaktion Ostschweiz / sda 15.01.2026, 11:32 Uhr", "Redaktion Ostschweiz / sda", "2026-01-15"),
        ("Anna Weber / BERLIN (dpa) 15.01.2026, 11:32 Uhr", "Anna Weber", "2026-01-15"),
    ],
)
def test_a_byline_with_its_place_or_wire_after_a_slash_and_its_date(line: str, byline: str, date: str) -> None:
    art = parse_blocks(MENU, "A new footbridge over the river opens in spring", line, *_TEXT)
    assert (art.byline, art.published) == (byline, date)


@pytest.mark.parametrize(
    ("crumb", "heading", "page_title"),
    [
        ("Domů\nTuristika\nTrekové hole", "Trekové hole", "Trekové hole | Horydoly-vybava.cz"),
        ("Startseite\nSchuhe\nZustiegsschuhe", "Zustiegsschuhe", "Zustiegsschuhe online kaufen | Bergsport"),
        ("Home / Mills / Hand Grinder K48", "Hand Grinder K48", "Hand Grinder K48 – Steel Burrs | Beanworks"),
    ],
)
def test_a_shops_heading_under_its_breadcrumb_is_the_title(crumb: str, heading: str, page_title: str) -> None:
    art = parse_blocks(page_title, MENU, crumb, heading, *_TEXT, FOOTER)
    assert art.title == heading


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Written 8 November 2017 by the staff at our Thunder Bay store.", "2017-11-08"),
        ("Geschrieben am 8. November 2017 von unserem Werkstatt-Team.", "2017-11-08"),
        ("Écrit le 8 novembre 2017 par l'équipe du magasin.", "2017-11-08"),
    ],
)
def test_a_written_date_by_line_under_the_headline_dates_the_page(line: str, date: str) -> None:
    page = (
        '<html lang="en"><head><title>How to Choose Snowshoes: Size and Terrain | Outfitters</title>'
        '<meta property="og:title" content="How to Choose Snowshoes: Size and Terrain">'
        '<meta property="article:modified_time" content="2017-11-22T16:20:41+00:00"></head><body><main>'
        f"<h1>How to Choose Snowshoes</h1><p><em>{line}</em></p>"
        + "".join(f"<p>{t}</p>" for t in _TEXT * 2)
        + "</main></body></html>"
    )
    art = segment.segment(html_document(page.encode()))
    assert art.published == date
    assert art.title == "How to Choose Snowshoes"


@pytest.mark.parametrize(
    ("stamp", "date"), [("Laatst gewijzigd: 9 januari 2023", "2023-01-09"), ("Stand: 03.11.2025", "2025-11-03")]
)
def test_an_html_pages_stamp_the_extractor_left_out_dates_it(stamp: str, date: str) -> None:
    page = (
        '<html lang="nl"><head><title>Groene daken: subsidie | Gemeente</title></head><body><main><article>'
        "<h1>Groene daken: subsidie</h1>"
        + "".join(f"<p>{t}</p>" for t in _TEXT * 2)
        + f'<div class="field"><span class="label">{stamp.split(":")[0]}:</span>{stamp.split(":", 1)[1]}</div>'
        "</article></main><footer>© Gemeente</footer></body></html>"
    )
    assert segment.segment(html_document(page.encode())).published == date


@pytest.mark.parametrize(
    "line",
    [
        "Aktualisiert im März 2020 · Pedalwerk Werkstatt-Team",
        "Updated March 2020 · Harbour Bike Workshop",
        "Mis à jour en mars 2020 · Atelier Vélo Rouge",
    ],
)
def test_a_byline_beside_a_months_update_is_the_byline_and_no_date(line: str) -> None:
    art = parse_blocks(MENU, "A new footbridge over the river opens in spring", line, *_TEXT)
    assert art.byline == line.split(" · ")[1]
    assert art.published == ""


@pytest.mark.parametrize(
    ("cue", "when", "by", "name", "date"),
    [
        ("Αναρτήθηκε στις", "2 Αυγούστου 2011", "από", "Ελένη Κουτελιέρη", "2011-08-02"),
        ("Опубликовано", "3 марта 2015", "автором", "Анна Петрова", "2015-03-03"),
        ("Posted on", "March 3, 2015", "by", "Jane Roe", "2015-03-03"),
    ],
)
def test_a_posted_on_date_by_name_line_in_spans_gives_the_byline(
    cue: str, when: str, by: str, name: str, date: str
) -> None:
    page = (
        "<html><head><title>Το τελευταίο αλώνι | Σημειώσεις</title></head><body><div id='content'>"
        "<h1 class='entry-title'>Το τελευταίο αλώνι</h1>"
        f"<div class='entry-meta'><span class='meta-prep'>{cue}</span> <a href='/p/' rel='bookmark'>"
        f"<span class='entry-date'>{when}</span></a> <span class='meta-sep'>{by}</span> "
        f"<span class='author vcard'><a class='url fn n' href='/author/x/'>{name}</a></span></div>"
        "<div class='entry-content'>" + "".join(f"<p>{t}</p>" for t in _TEXT * 2) + "</div></div></body></html>"
    )
    art = segment.segment(html_document(page.encode()))
    assert (art.byline, art.published) == (name, date)


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("det/dpa", ["det/dpa"]),  # an editor's initials and the wire, as written
        ("IT Finanzmagazin /PP", ["IT Finanzmagazin", "PP"]),  # a site and initials: two names
        ("Anna Weber / dpa", ["Anna Weber / dpa"]),
    ],
)
def test_a_slash_in_the_author_field(field: str, names: list[str]) -> None:
    assert textblocks._meta_authors(field) == names
