"""Teasers with a read-more link kept as article text (issue 13, trial 25): another story's
headline line, its one- or two-sentence blurb and a "Lees meer" / "Czytaj więcej" link, two or
more in a row after or inside the article, or one alone after its end. The headline was dropped
and the blurb, which reads as prose, kept. Plain text as html-text dumps a page (blocks between
blank lines), Dutch and Polish, and an HTML page. What must stay: an article's own sections, and
one card with a link between two of the article's paragraphs. Every page is our own."""

from __future__ import annotations

import pytest

from indexer import chromewords, segment
from indexer.htmlchrome import READ_MORE_CARD_REASON
from indexer.models import BODY, BOILERPLATE, INDEXED_KINDS
from tests.helpers import FOOTER, MENU, article_html, html_document, kind_and_reason as para, parse_blocks as parse

NL_TITLE = "Havenbrug een jaar dicht voor herstel"
NL_PROSE = [
    "De gemeenteraad heeft dinsdag besloten de oude havenbrug een jaar lang te sluiten voor herstel, "
    "waardoor duizenden forenzen op de pont zijn aangewezen.",
    "Volgens de ingenieurs zijn de stalen liggers sneller verroest dan verwacht en kan het wegdek geen "
    "bussen meer dragen, staat in een rapport van vorige maand.",
    "Ondernemers in de binnenstad vragen om een schadevergoeding, omdat ze vrezen dat er in het drukste "
    "seizoen veel minder bezoekers komen.",
    "De gemeente laat 's ochtends en 's avonds extra veerboten varen en verwacht dat de brug voor het "
    "zomerfestival weer opengaat.",
]
NL_TEASERS = [
    (
        "Zwembad aan de Kade gaat een half jaar dicht",
        "Het zwembad wordt vanaf januari grondig verbouwd. De heropening staat gepland voor de zomer.",
    ),
    (
        "Nieuwe fietsroute langs het kanaal is klaar",
        "Fietsers kunnen vanaf maandag over het vernieuwde jaagpad naar het centrum rijden.",
    ),
    (
        "Bibliotheek verlengt openingstijden op zaterdag",
        "Vanaf februari is de bibliotheek op zaterdag tot vijf uur open, meldt de directie.",
    ),
]
PL_TITLE = "Most portowy zamknięty na rok"
PL_PROSE = [
    "Rada miasta zdecydowała we wtorek, że stary most portowy zostanie zamknięty na rok z powodu "
    "remontu, co zmusi tysiące osób do korzystania z promów.",
    "Według inżynierów stalowe dźwigary skorodowały szybciej, niż zakładano, a jezdnia nie utrzyma już "
    "autobusów, jak wynika z raportu opublikowanego w zeszłym miesiącu.",
    "Przedsiębiorcy ze starego miasta domagają się odszkodowań, bo obawiają się, że w najbardziej "
    "ruchliwym sezonie odwiedzi ich znacznie mniej turystów.",
    "Miasto uruchomi dodatkowe promy rano i wieczorem, a most ma zostać ponownie otwarty przed letnim "
    "festiwalem, jeśli prace pójdą zgodnie z planem.",
]
PL_TEASERS = [
    (
        "Basen przy nabrzeżu zamknięty na pół roku",
        "Od stycznia basen przejdzie gruntowną przebudowę. Ponowne otwarcie zaplanowano na lato.",
    ),
    (
        "Nowa trasa rowerowa wzdłuż kanału gotowa",
        "Od poniedziałku rowerzyści mogą dojechać do centrum odnowioną ścieżką nad wodą.",
    ),
]


def _kept(art: object) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS]  # type: ignore[attr-defined]


def _teasers_gone(art: object, teasers: list[tuple[str, str]], prose: list[str]) -> None:
    kept = _kept(art)
    for headline, blurb in teasers:
        assert headline not in kept and not any(blurb in t for t in kept)
    assert all(p in kept for p in prose)


@pytest.mark.parametrize(
    "link", ["Lees meer", "Lees verder", "Read more", "Weiterlesen", "Lire la suite", "Czytaj dalej", "Läs mer »"]
)
def test_the_read_more_words_are_a_link_alone(link: str) -> None:
    assert chromewords.read_more_line(link)


def test_the_read_more_table_covers_every_language() -> None:
    assert sorted(chromewords.READ_MORE) == sorted(chromewords.LANGUAGES)


@pytest.mark.parametrize("line", ["Read more about the council's plan", "More news", "Lees meer over de brug"])
def test_a_line_that_says_more_is_no_read_more_link(line: str) -> None:
    assert not chromewords.read_more_line(line)


def test_dutch_teasers_with_their_link_on_its_own_line_after_the_article_are_chrome() -> None:
    cards = [part for h, s in NL_TEASERS[:2] for part in (h, s, "Lees meer")]
    art = parse(NL_TITLE, MENU, NL_TITLE, *NL_PROSE, *cards, FOOTER)
    _teasers_gone(art, NL_TEASERS[:2], NL_PROSE)
    kind, reason = para(art, NL_TEASERS[0][1])
    assert (kind, reason) == (BOILERPLATE, "teaser list (headline, blurb and a 'Lees meer' link)")


def test_dutch_teasers_with_the_link_after_the_blurb_are_chrome() -> None:
    cards = [part for h, s in NL_TEASERS for part in (h, s + " Lees verder »")]
    art = parse(NL_TITLE, MENU, NL_TITLE, *NL_PROSE, *cards, FOOTER)
    _teasers_gone(art, NL_TEASERS, NL_PROSE)


def test_one_dutch_teaser_after_the_articles_end_is_chrome() -> None:
    h, s = NL_TEASERS[0]
    art = parse(NL_TITLE, MENU, NL_TITLE, *NL_PROSE, h, s, "Lees verder", FOOTER)
    _teasers_gone(art, [(h, s)], NL_PROSE)


def test_polish_teasers_inside_the_article_are_chrome_and_the_text_goes_on() -> None:
    cards = [part for h, s in PL_TEASERS for part in (h, s, "Czytaj więcej")]
    art = parse(PL_TITLE, MENU, PL_TITLE, *PL_PROSE[:2], *cards, *PL_PROSE[2:], FOOTER)
    _teasers_gone(art, PL_TEASERS, PL_PROSE)
    assert para(art, PL_PROSE[3])[0] == BODY


def test_one_card_between_the_articles_paragraphs_and_sections_without_links_stay() -> None:
    # a subheading and its paragraph then a link to the source, with more of the article below
    h, s = PL_TEASERS[0]
    art = parse(PL_TITLE, MENU, PL_TITLE, *PL_PROSE[:2], h, s, "Czytaj więcej", *PL_PROSE[2:], FOOTER)
    assert s in _kept(art)
    # two sections of one sentence each under their titles, no links: the article's
    sections = [part for h, s in NL_TEASERS[:2] for part in (h, s)]
    art = parse(NL_TITLE, MENU, NL_TITLE, *NL_PROSE[:2], *sections, *NL_PROSE[2:], FOOTER)
    assert all(s in _kept(art) for _, s in NL_TEASERS[:2])


def _html_teasers(teasers: list[tuple[str, str]], link: str) -> str:
    return "".join(
        f'<h3><a href="/news/{n}">{h}</a></h3><p>{s}</p><p><a href="/news/{n}">{link}</a></p>'
        for n, (h, s) in enumerate(teasers)
    )


def test_polish_teasers_inside_the_article_element_are_chrome_in_html() -> None:
    body = "".join(f"<p>{p}</p>" for p in PL_PROSE) + _html_teasers(PL_TEASERS, "Czytaj więcej")
    art = segment.segment(html_document(article_html(body, PL_TITLE, lang="pl")))
    _teasers_gone(art, PL_TEASERS, PL_PROSE)
    assert para(art, PL_TEASERS[0][1]) == (BOILERPLATE, READ_MORE_CARD_REASON)


def test_one_dutch_teaser_after_the_article_is_chrome_in_html_and_a_linked_section_inside_stays() -> None:
    (h, s) = NL_TEASERS[0]
    inline = f'<h3><a href="/news/1">{h}</a></h3><p>{s} <a href="/news/1">Lees verder</a></p>'
    body = "".join(f"<p>{p}</p>" for p in NL_PROSE) + inline
    art = segment.segment(html_document(article_html(body, NL_TITLE, lang="nl")))
    _teasers_gone(art, [(h, s)], NL_PROSE)
    # the same card with the article's text after it: one section of the article
    body = "".join(f"<p>{p}</p>" for p in NL_PROSE[:2]) + inline + "".join(f"<p>{p}</p>" for p in NL_PROSE[2:])
    art = segment.segment(html_document(article_html(body, NL_TITLE, lang="nl")))
    assert any(s in t for t in _kept(art))
