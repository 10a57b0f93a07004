"""Site furniture and other people's words kept as article text (trial 18): an old table layout's
menu cell with its hit counter and webring, a site's notes about itself ("Printed from ...",
"Best viewed with ..."), guests' testimonials under a rental's text, and a shop's reviews whose
boxes carry the theme's prefix or whose head is "NAME ★★★★☆ DATE". Pages of our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE, INDEXED_KINDS, Article
from indexer.segment.furniture import (
    OFFICE_HOURS_REASON,
    SITE_NOTE_REASON,
    TAGLINE_REASON,
    TESTIMONIAL_REASON,
    _mark_office_hours,
    _office_hours,
    _site_note_line,
    _site_notes,
    _tagline_line,
)
from indexer.segment.tail import _named_stars
from indexer.segment.textblocks import _Block, _measure
from tests.helpers import html_document, kind_and_reason, parse_blocks


def _block(text: str) -> _Block:
    b = _Block(text=text, lines=text.split("\n"))
    _measure(b)
    return b


def _kept(art: Article) -> str:
    return "\n".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)


@pytest.mark.parametrize(
    "line",
    [
        "Printed from harbourgazette.example",
        "Gedruckt von www.dorfblatt.example",
        "Imprimé depuis lecourrier.example",
        "You are visitor number",
        "Sie sind Besucher Nr. 10233",
        "Vous êtes le 5120e visiteur",
        "U bent bezoeker nummer 771",
        "Látogatók: 52 118",
        "Viewed 318 times",
        "Best viewed with Netscape 4 at 1024x768",
        "Optimiert für 800x600 Pixel",
        "Ottimizzato per Firefox",
        # every language of chromewords.LANGUAGES
        "Zobrazeno 212 krát",
        "Odsłon: 4 512",
        "Tulostettu sivulta www.kylalehti.example",
        "Εκτυπώθηκε από www.efimerida.example",
        "Du er besøgende nr. 5120",
        "Parhaiten näkyy Firefox-selaimella 1024x768",
        "방문자 수: 1,234",
        "您是第 1234 位访客",
    ],
)
def test_a_sites_note_about_itself(line: str) -> None:
    assert _site_note_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Printed from the original manuscript in 1871, the map shows the old harbour.",
        "Visitors to the fair came from all over the county.",
        "Best viewed from the north bank at sunset.",
        "The pamphlet was optimised for speed, not beauty.",
        "Sie sind Besucher einer Ausstellung, die es so nie wieder geben wird.",
        "Odsłon filmu było w tym roku więcej niż kiedykolwiek.",
        "Parhaiten näkyy kaupungin kirkko, joka on rakennettu vuonna 1905.",
    ],
)
def test_no_site_note_in_a_sentence(line: str) -> None:
    assert not _site_note_line(line)


def test_a_printouts_head_with_its_date_is_a_site_note() -> None:
    assert _site_notes(_block("Printed from harbourgazette.example\nTuesday, 3 March 2026"))
    assert not _site_notes(_block("Tuesday, 3 March 2026"))


def test_a_printed_from_line_above_a_plain_text_article_is_not_indexed() -> None:
    art = parse_blocks(
        "Ferry timetable changes from Monday",
        "| Printed from harbourgazette.example",
        "The island ferry will leave the mainland pier twenty minutes earlier from Monday, the operator said, "
        "after months of complaints about missed rail connections.",
        "Passengers with season tickets do not need to change them, and the last sailing of the evening stays at "
        "half past ten.",
    )
    assert kind_and_reason(art, "| Printed from") == (BOILERPLATE, SITE_NOTE_REASON)
    assert kind_and_reason(art, "The island ferry")[0] == BODY


GUESTS = (
    "Nos hôtes en parlent",
    "« Une vue magnifique sur le lac, un accueil chaleureux et un appartement impeccable. »",
    "Claire et Marc, Lyon, juillet 2025",
    "« Idéal pour randonner, et les conseils de nos hôtes pour les sentiers valaient de l'or. »",
    "La famille Dubois, Nantes, mai 2024",
)
FLAT = (
    "Le Chalet des Pins dispose d'un balcon orienté plein sud, d'où l'on voit le lac et les sommets voisins. "
    "La cuisine a été entièrement refaite au printemps.",
    "Le linge de maison et le ménage de fin de séjour sont compris dans le prix. Les animaux ne sont pas admis "
    "dans cet appartement, et la gare est à dix minutes à pied.",
)


def test_guests_testimonials_under_a_rentals_text_are_no_text() -> None:
    art = parse_blocks("Chalet des Pins", *FLAT, *GUESTS, "© 2025 Chalet des Pins")
    for start in ("« Une vue", "Claire et Marc", "« Idéal", "La famille Dubois"):
        assert kind_and_reason(art, start) == (BOILERPLATE, TESTIMONIAL_REASON), start
    assert kind_and_reason(art, FLAT[0][:30])[0] == BODY


def test_quotes_inside_an_article_stay_its_text() -> None:
    # an article quoting two people, its text going on after the quotes
    art = parse_blocks(
        "Harbour wall repairs to start in spring",
        "The council approved the repairs to the old harbour wall on Tuesday, after two winters of storm damage "
        "left parts of the promenade closed.",
        '"We have waited long enough for this, and the fishermen will be glad to see the work begin."',
        "Harbourmaster Tom Reilly, 2025",
        '"The promenade is the heart of the town in summer, and it has to be safe for everyone."',
        "Councillor Ann Byrne, 2025",
        "The work is expected to take eight months and will be paid for mostly from the national coastal "
        "protection fund, with the council covering the rest.",
    )
    kept = _kept(art)
    assert "We have waited long enough" in kept
    assert "The promenade is the heart" in kept


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("Paweł ★★★☆☆ 02.09.2025", True),
        ("Giulia R. ★★★★★ 3 ottobre 2025", True),
        ("Sam ★★★★☆ March 3, 2025", True),
        ("Hotel Bellevue ★★★★ seit 1998", False),
        ("★★★★★ 14.10.2025", False),
        ("The critics gave it ★★★★ in 2024 and again this year", False),
    ],
)
def test_a_reviews_head_in_one_line(line: str, head: bool) -> None:
    assert _named_stars(line) is head


def test_a_reviews_head_with_name_stars_and_date_opens_a_review() -> None:
    art = parse_blocks(
        "Dzbanek ceramiczny 1,2 l",
        "Dzbanek toczony ręcznie z gliny kamionkowej, szkliwiony od środka, nadaje się do zmywarki. "
        "Każdy egzemplarz jest nieco inny, bo powstaje w małej pracowni pod Bolesławcem.",
        "Pojemność 1,2 litra, wysokość 21 cm, waga 780 gramów. Szkliwo nie zawiera ołowiu ani kadmu.",
        "Opinie klientów",
        "Agnieszka K. ★★★★★ 12.10.2025",
        "Piękny kolor, w rzeczywistości jeszcze ładniejszy niż na zdjęciu.",
        "Paweł ★★★☆☆ 02.09.2025",
        "Ładny, ale ucho mogłoby być trochę większe, trudno go trzymać.",
        "© 2025 Pracownia pod Lipami",
    )
    kept = _kept(art)
    assert "Piękny kolor" not in kept
    assert "ucho mogłoby" not in kept
    assert "Dzbanek toczony" in kept


pytest.importorskip("trafilatura")

_ARTICLE_CELL = (
    "<p>De jaarlijkse fietstocht van onze vereniging ging dit jaar langs de dijken van de Betuwe. Met "
    "eenenveertig deelnemers was het de drukste tocht sinds de oprichting, en het weer zat de hele dag mee.</p>"
    "<p>Bij de pont in Varik hielden we een koffiepauze, en in Tiel wachtte de lunch bij de oude stadsmolen. "
    "Daarna ging het via de uiterwaarden terug naar het clubhuis, waar de barbecue al klaarstond.</p>"
    "<p>Volgend jaar willen we de tocht over twee dagen verdelen, met een overnachting in de jeugdherberg van "
    "Nijmegen. Aanmelden kan vanaf januari bij de secretaris.</p>"
)
_MENU_ITEMS = ("Home", "Nieuws", "Over ons", "Bestuur", "Agenda 2004", "Fotoalbum", "Gastenboek", "Links", "Contact")


def _table_page(items: tuple[str, ...]) -> bytes:
    menu = "".join(f'<a href="{i}.htm">{item}</a><br>' for i, item in enumerate(items))
    return (
        "<html><head><title>Fietstocht door de Betuwe</title></head><body><table width='760'><tr>"
        f"<td width='160' valign='top'><font size='2'><b>MENU</b><br>{menu}<br>"
        "U bent bezoeker nummer<br><img src='/cgi-bin/teller.gif' alt='002311'><br>sinds 1 mei 2001<br>"
        "Deze site is lid van de<br><b>Gelderse Verenigingen Webring</b></font></td>"
        f"<td valign='top'><font size='3'><b>Fietstocht door de Betuwe</b></font><br>{_ARTICLE_CELL}</td>"
        "</tr></table></body></html>"
    ).encode()


def test_an_old_table_layouts_menu_cell_is_chrome() -> None:
    art = segment.segment(html_document(_table_page(_MENU_ITEMS)))
    kept = _kept(art)
    assert "De jaarlijkse fietstocht" in kept
    for text in ("Gastenboek", "U bent bezoeker", "Webring"):
        assert text not in kept, text


def test_a_few_links_in_a_cell_are_no_menu() -> None:
    art = segment.segment(html_document(_table_page(_MENU_ITEMS[:3])))
    assert "De jaarlijkse fietstocht" in _kept(art)


def test_a_shop_themes_prefixed_review_boxes_are_pruned() -> None:
    def review(stars: str, title: str, text: str, who: str) -> str:
        return (
            f"<div class='tienda-product-review-item'><span class='stars'>{stars}</span> <span>04.11.2025</span>"
            f"<p><strong>{title}</strong></p><p>{text}</p><p>Compra verificada · {who}</p></div>"
        )

    page = (
        "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>Cafetera italiana de acero</title></head>"
        "<body><main><h1>Cafetera italiana de acero</h1>"
        "<p>Esta cafetera de acero inoxidable prepara seis tazas de café en menos de cinco minutos y funciona en "
        "cocinas de gas, eléctricas y de inducción sin necesidad de adaptador.</p>"
        "<p>El asa de baquelita no se calienta y la válvula de seguridad se puede desmontar para limpiarla. "
        "Recomendamos lavarla solo con agua caliente, sin detergente.</p>"
        "<div class='tienda-product-review-list'><h2>Opiniones</h2>"
        + review("★★★★★", "Perfecta", "Hace un café buenísimo y se limpia en un momento.", "Lucía")
        + review("★★★☆☆", "Bien, pero pesada", "Funciona bien aunque pesa más de lo que esperaba.", "Jordi")
        + "</div></main></body></html>"
    ).encode()
    kept = _kept(segment.segment(html_document(page)))
    assert "Esta cafetera de acero" in kept
    assert "buenísimo" not in kept
    assert "pesa más" not in kept


def test_a_side_column_before_the_thread_is_not_the_article() -> None:
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Night bus 44 skipping stops?</title>"
        "</head><body><div class='side'><div class='titlebox'><h1>harbourtown</h1>"
        "<p>Everything about Harbourtown: news, events, questions and pictures of the old port and its people.</p>"
        "<ol><li>Be kind to each other. Insults get removed without warning.</li>"
        "<li>No selling of tickets; use the weekly marketplace thread instead.</li></ol>"
        "<div class='bottom'>a community for 9 years</div></div></div>"
        "<div class='content' role='main'><div class='thing'><p class='title'><a>Night bus 44 skipping stops?</a></p>"
        "<div class='md'><p>Three nights in a row now the 44 has driven straight past the stop at Quay Street "
        "without slowing down, even though four of us were standing there waving at it.</p>"
        "<p>Has anyone else had this happen, and is there any point complaining to the operator about it, or "
        "should I just start walking home?</p></div></div></div></body></html>"
    ).encode()
    kept = _kept(segment.segment(html_document(page)))
    assert "Three nights in a row" in kept
    assert "a community for 9 years" not in kept
    assert "weekly marketplace thread" not in kept


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Öffnungszeiten\nMo–Do: 7.30–12.00 Uhr\nFr: 7.30–13.00 Uhr\nTermine nach Vereinbarung", True),
        ("Horaires d'ouverture\nLundi : 9h - 12h\nMercredi : 14h - 18h", True),
        ("Office hours\nMonday to Friday 9am - 5pm\nSaturday 10am - 1pm\nClosed on Sundays.", True),
        ("Godziny otwarcia\nPoniedziałek: 8:00–16:00\nWtorek: 8:00–16:00", True),
        ("Lieferzeit 2-4 Werktage\nVersand 1-2 Tage", False),
        # a timetable inside a long notice is its text
        (
            "Mo–Do: 7.30–12.00 Uhr\nFr: 7.30–13.00 Uhr\nIn den Weihnachtsferien bleibt das Bürgerbüro geschlossen, "
            "dringende Anliegen nimmt die Gemeindekanzlei telefonisch entgegen, auch am Vormittag des Heiligen Abends.",
            False,
        ),
    ],
)
def test_a_box_of_office_hours(text: str, hours: bool) -> None:
    assert _office_hours(_block(text)) is hours


NOTICE = (
    "Ab dem 1. Dezember wird die Müllabfuhr in der Gemeinde auf einen neuen Rhythmus umgestellt. Die Restmülltonnen "
    "werden dann alle drei Wochen geleert, die Biotonne bleibt im wöchentlichen Takt.",
    "Die neuen Abfuhrkalender werden in der letzten Novemberwoche an alle Haushalte verteilt und stehen schon jetzt "
    "auf der Homepage zum Herunterladen bereit.",
)


def test_office_hours_after_a_notice_are_no_text() -> None:
    art = parse_blocks(
        "Neuer Abfuhrrhythmus ab Dezember",
        *NOTICE,
        "Bürgerbüro\nMo–Fr: 8.00–12.00 Uhr\nDo: 14.00–18.00 Uhr\nAm Mittwoch geschlossen.",
        "© 2025 Gemeinde Oberau",
    )
    assert "Bürgerbüro" not in _kept(art)
    assert kind_and_reason(art, NOTICE[0][:30])[0] == BODY


def test_a_side_cells_lines_above_the_headline_in_the_articles_block() -> None:
    body = "<br>".join(NOTICE)
    page = (
        "<html><head><title>Neuer Abfuhrrhythmus ab Dezember</title></head><body><table><tr>"
        "<td>Bürgerbüro<br>Mo–Fr: 8.00–12.00 Uhr<br>Do: 14.00–18.00 Uhr<br>Termine nach Vereinbarung</td></tr>"
        f"<tr><td><b>Neuer Abfuhrrhythmus ab Dezember</b><br>{body}</td></tr></table></body></html>"
    ).encode()
    kept = _kept(segment.segment(html_document(page)))
    assert NOTICE[0][:40] in kept
    assert "Termine nach Vereinbarung" not in kept


def test_office_hours_between_paragraphs_stay_and_after_them_go() -> None:
    hours = "Ügyfélfogadás\nHétfő: 8:00–12:00\nSzerda: 13:00–17:30\nPénteken zárva."
    blocks = [_block(NOTICE[0]), _block(hours), _block(NOTICE[1]), _block(hours)]
    for b in blocks:
        b.kind = BODY
    _mark_office_hours(blocks)
    assert [b.kind for b in blocks] == [BODY, BODY, BODY, BOILERPLATE]
    assert blocks[3].reason == OFFICE_HOURS_REASON


@pytest.mark.parametrize(
    ("line", "tagline"),
    [
        ("Bakers and confectioners · since 1921", True),
        ("Chambres d'hôtes en Auvergne depuis 1987", True),
        ("Site officiel de la commune de Saint-Aubin", True),
        ("Oficjalna strona Gminy Lipnica", True),
        # every language of chromewords.LANGUAGES, the year before or after its word
        ("Kahvila ja leipomo · vuodesta 1968", True),
        ("Családi pékség 1968 óta", True),
        ("Rodinné pekařství od roku 1921", True),
        ("Službena stranica Općine Donji Grad", True),
        ("Официальный сайт городской библиотеки", True),
        ("山田屋 創業1921年", True),
        ("Aile pastanesi · 1954'ten beri", True),
        ("Fotografii din 1968", False),
        ("The council has met in the old hall since 1921 and will move in May", False),
    ],
)
def test_a_sites_tagline(line: str, tagline: bool) -> None:
    assert _tagline_line(line) is tagline


def test_a_tagline_over_the_text_is_no_text() -> None:
    art = parse_blocks("PENSIONE AURORA", "Camere sul lago · dal 1954", "Camera Panorama", *FLAT)
    assert kind_and_reason(art, "Camere sul lago") == (BOILERPLATE, TAGLINE_REASON)
    assert kind_and_reason(art, FLAT[0][:30])[0] == BODY
