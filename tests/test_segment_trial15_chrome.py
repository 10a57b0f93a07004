"""Chrome prose beside the article, from the fifteenth trial, each on small pages of our own: the
IAB consent framework's text in its translations, an author box under "About NAME" that calls
the author by her first name, affiliate disclosures in the corpora's languages, a British paper's
"READ MORE: HEADLINE" link and the BBC's local-reporting note, a table of contents' label alone,
and a page's record line with its view count."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, INDEXED_KINDS
from indexer.segment.furniture import _record_line
from indexer.segment.textblocks import _Block, _is_cookie_notice, _is_disclosure, _measure
from tests.helpers import html_document, kind_and_reason, parse_blocks

MENU = ("Skip to content", "Elmbury Echo", "News", "Sport", "What's on", "Contact")
HEADLINE = "Bypass bridge to reopen two weeks early after repairs"
TEXT = (
    "The bridge on the Elmbury bypass will reopen on Friday, two weeks earlier than planned, after "
    "repairs to its expansion joints were finished ahead of schedule, the county council said.",
    "Drivers have faced a twelve-mile diversion through the villages since the start of October, "
    "and parish councils had complained about lorries on narrow lanes.",
    "A council spokesman said a final inspection would take place on Thursday night before the "
    "barriers are removed early on Friday morning.",
)


def _block(text: str) -> _Block:
    b = _Block(text=text, lines=text.split("\n"))
    _measure(b)
    return b


@pytest.mark.parametrize(
    "text",
    [
        "We and our 87 partners store and/or access information on a device, such as unique IDs in cookies.",
        "Wir und unsere 61 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, wie Cookies.",
        "Nous et nos 212 partenaires stockons des informations sur un appareil, comme les cookies.",
        "Noi e i nostri 90 partner archiviamo informazioni su un dispositivo, come i cookie.",
        "Wij en onze 40 partners slaan informatie op een apparaat op, zoals unieke ID's in cookies.",
    ],
)
def test_the_consent_frameworks_text_is_a_cookie_notice(text: str) -> None:
    assert _is_cookie_notice(_block(text))


def test_partners_without_cookies_are_no_cookie_notice() -> None:
    assert not _is_cookie_notice(_block("We and our partners at the council have agreed a plan for the bridge."))


@pytest.mark.parametrize(
    ("text", "disclosure"),
    [
        ("Esta entrada contiene enlaces de afiliados: si compras a través de ellos me llevo una comisión.", True),
        ("Cet article contient des liens affiliés. Nous touchons une petite commission.", True),
        ("Questo post contiene link di affiliazione, senza costi aggiuntivi per te.", True),
        ("Dit artikel bevat affiliatelinks.", True),
        ("Wpis zawiera linki afiliacyjne.", True),
        ("The Local Democracy Reporting Service is a public service news agency funded by the BBC.", True),
        ("El sindicato de afiliados convocó una huelga el lunes en Sevilla.", False),
        ("Les sociétés affiliées au groupe ont publié leurs comptes.", False),
    ],
)
def test_affiliate_disclosures_in_the_corpora_languages(text: str, disclosure: bool) -> None:
    assert _is_disclosure(_block(text)) is disclosure


def test_read_more_with_a_headline_is_a_link_not_a_heading() -> None:
    art = parse_blocks(
        *MENU, HEADLINE, "By Tom Reeve", "Published: 9:00am 3rd November 2025", TEXT[0], TEXT[1],
        "READ MORE: Lorry stuck under rail bridge for six hours", TEXT[2],
        "The Local Democracy Reporting Service is a public service news agency funded by the BBC.",
        "Comments", "More stories", "© 2025 Elmbury Echo",
    )  # fmt: skip
    assert kind_and_reason(art, "READ MORE:")[0] == BOILERPLATE
    assert kind_and_reason(art, "The Local Democracy")[0] == BOILERPLATE
    assert kind_and_reason(art, TEXT[2][:30]) == (BODY, kind_and_reason(art, TEXT[2][:30])[1])
    assert all(p.section == "" for p in art.paragraphs if p.text.startswith(TEXT[2][:30]))


def test_an_about_box_calling_the_author_by_first_name_is_no_text() -> None:
    bio = (
        "Greta näht seit 2011 Kinderkleidung aus alten Stoffen und schreibt hier über Schnitte, "
        "Flicken und alles, was sich noch einmal tragen lässt."
    )
    art = parse_blocks(
        *MENU, HEADLINE, "Von Greta Lindqvist", "3. November 2025", *TEXT, "Schlagwörter: Brücke, Verkehr",
        "Über Greta Lindqvist", bio, "Kommentare", "© 2025 Elmbury Echo",
    )  # fmt: skip
    assert kind_and_reason(art, bio[:30])[0] == BOILERPLATE
    assert kind_and_reason(art, TEXT[2][:30])[0] == BODY


def test_a_table_of_contents_label_alone_is_no_text() -> None:
    art = parse_blocks(*MENU, HEADLINE, "By Tom Reeve", "3 November 2025", TEXT[0], "Inhaltsverzeichnis", *TEXT[1:])
    assert kind_and_reason(art, "Inhaltsverzeichnis")[0] == BOILERPLATE


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Wytworzył: Jan Kowal | Opublikowała: Ewa Nowak | Liczba odsłon: 87", True),
        ("Autor: Max Huber | Zugriffe: 1.204", True),
        ("Views: 312", True),
        ("Wytworzył: Jan Kowal | Opublikowała: Ewa Nowak", False),  # no counter: a byline's business
        ("The council said: views were mixed | Hits: 3", False),
    ],
)
def test_a_page_record_line(text: str, record: bool) -> None:
    assert _record_line(_block(text)) is record


pytest.importorskip("trafilatura")


def test_an_html_table_of_contents_label_and_record_line_are_no_text() -> None:
    page = (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Brücke öffnet früher</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/a'>Aktuelles</a></nav><article><h1>Brücke öffnet früher</h1>"
        f"<p>{TEXT[0]}</p><div class='toc'><p class='toc-title'>Inhaltsverzeichnis</p></div>"
        f"<p>{TEXT[1]}</p><p>{TEXT[2]}</p>"
        "<p>Wytworzył: Jan Kowal | Opublikowała: Ewa Nowak | Liczba odsłon: 87</p></article>"
        "<footer>© 2025</footer></body></html>"
    ).encode()
    art = segment.segment(html_document(page))
    kept = [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS]
    assert "Inhaltsverzeichnis" not in kept
    assert not any("Liczba odsłon" in t for t in kept)
    assert any(t.startswith("Drivers have faced") for t in kept)
