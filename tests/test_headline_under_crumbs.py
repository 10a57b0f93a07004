"""Headlines of plain-text dumps that a breadcrumb trail or a lead photo's caption hid:

- a breadcrumb set on one line without separators ("Home Messen Forst & Holz Wieselburg 2023")
  opens with two items of the menu block above it: it is no headline, though it holds the
  <title>'s part (trial 66's trade portal, read in session 56, took it for its title and dropped
  the headline);
- a press release whose article opens with its photo's caption ("... Foto: NAME") under the
  headline and the date line: the headline over the caption is the page's, not the <title>'s SEO
  wording (trial 66's savings bank page indexed the <title> "PS-Zweckertrag 2019").

Pages of our own, and trial 66's.
"""

from __future__ import annotations

from pathlib import Path

from indexer.models import BOILERPLATE, TITLE
from tests.helpers import kind_and_reason as kind_of, parse_blocks as parse

# Trial 66's trade portal (a page written blind for the trials, read in session 56)
TRIAL66_PORTAL = Path(__file__).parent.parent / "eval" / "trials" / "trial66" / "pages_txt" / "02b0a918abc58213.txt"

PROSE = [
    "Rund zwölftausend Besucher kamen an drei Tagen auf das Messegelände am Stadtrand, so viele wie "
    "seit dem Jahr der Eröffnung nicht mehr, und die meisten blieben bis zum späten Nachmittag.",
    "Im Mittelpunkt standen kleine Seilkräne für steile Hänge, die ein einzelner Waldbesitzer mit "
    "einem Traktor betreiben kann, und Motorsägen mit Akkus, die einen ganzen Arbeitstag halten.",
    "Die nächste Ausgabe der Messe ist für den Spätsommer in zwei Jahren geplant, dann mit einer "
    "eigenen Halle für Holzbau und einem Vortragsprogramm für Schulen aus der Region.",
]


def test_a_breadcrumb_opening_with_the_menus_items_is_no_headline() -> None:
    headline = "Steilhang statt Showbühne: Was die Forstmesse in Amstetten zeigte"
    crumb = "Home Messen Waldmesse Mostviertel 2023"
    art = parse(
        "Waldmesse Mostviertel 2023: Seilkräne und Akkusägen im Fokus | Forst aktuell",
        "Abo\nMediadaten\nNewsletter\nKontakt",
        "Home\nForsttechnik\nHolzindustrie\nHolzbau\nMessen\nKarriere",
        crumb,
        "Messen\nForsttechnik",
        headline,
        PROSE[0],
        "Von Martina Berger - 31. August 2023",
        *PROSE[1:],
    )
    assert art.title == headline
    assert kind_of(art, crumb)[0] == BOILERPLATE


def test_the_trade_portals_breadcrumb_is_no_headline() -> None:
    art = parse(TRIAL66_PORTAL.read_text(encoding="utf-8"))
    assert art.title == "Steilhang statt Showbühne: Was die Forstmesse in Wieselburg zeigte"
    assert kind_of(art, "Home Messen Forst & Holz Wieselburg 2023")[0] == BOILERPLATE


def test_the_headline_over_the_articles_opening_caption_is_the_title() -> None:
    headline = "12.400 Euro aus dem Lotteriesparen für 18 Vereine im Landkreis"
    caption = "Vertreter der Vereine bei der Scheckübergabe in der Hauptstelle. Foto: Sparkasse Musterland"
    art = parse(
        "Zweckertrag 2021 | Sparkasse Musterland",
        "Privatkunden\nFirmenkunden\nIhre Sparkasse\nService",
        "Sie sind hier: Home > Ihre Sparkasse > Presse > Zweckertrag 2021",
        "Pressemitteilung vom 04.11.2021",
        headline,
        caption,
        *PROSE,
    )
    assert art.title == headline
    assert kind_of(art, headline)[0] == TITLE
