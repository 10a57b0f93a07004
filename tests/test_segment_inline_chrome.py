"""Chrome between an article's paragraphs that the rules and the block model kept as short body
blocks (issue 13, trials 18 and 20): a row of links split by bars, a related article's labelled
link with a live blog's next time stamp glued under it, a teaser box's headline over its dropped
snippet. And what must stay: an article's own short lines, a table's rows. Every page is our own,
in several languages."""

from __future__ import annotations


import pytest

from indexer.models import BODY, BOILERPLATE, HEADING
from indexer.segment.inline import BOX_LINE_REASON, LINK_ROW_REASON, link_row
from indexer.segment.patterns import _TIME_LINE
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason as para, parse_blocks as parse

HEADLINE = "Harbour bridge to close for a year of repairs"

PROSE_DE = [
    "Die Brücke über den Hafen wird ab März für ein Jahr gesperrt, weil die Stahlträger stärker "
    "verrostet sind als erwartet, teilte die Stadtverwaltung am Dienstag mit.",
    "Pendler sollen in dieser Zeit auf Fähren ausweichen, die morgens und abends häufiger fahren, "
    "sagte der Bürgermeister bei einer Versammlung im Rathaus.",
    "Die Händler in der Altstadt fürchten weniger Kundschaft und verlangen eine Entschädigung von "
    "der Stadt, solange die Brücke geschlossen bleibt.",
]


def _page(prose: list[str], inline: str, headline: str = HEADLINE) -> list[str]:
    return [headline + " - The Gazette", MENU, headline, "By Ann Lee", prose[0], prose[1], inline, *prose[2:], FOOTER]


@pytest.mark.parametrize(
    "row",
    [
        "« Back to all news | Earlier story: Harbour fair returns | Print this page",
        "Newest first | Oldest first | Refresh the feed",
        "Retour aux actualités • Article précédent • Imprimer",
    ],
)
def test_a_row_of_links_between_the_paragraphs_is_chrome(row: str) -> None:
    art = parse(*_page(PROSE, row))
    assert para(art, row)[0] == BOILERPLATE
    assert {para(art, p)[0] for p in PROSE} == {BODY}


def test_a_german_row_of_buttons_over_a_live_post_is_chrome() -> None:
    row = "Neueste zuerst | Älteste zuerst | Ansicht aktualisieren\n16:40 Uhr"
    art = parse(*_page(PROSE_DE, row, "Hafenbrücke wird ab März gesperrt"))
    assert para(art, "Neueste zuerst") == (BOILERPLATE, LINK_ROW_REASON)
    assert {para(art, p)[0] for p in PROSE_DE} == {BODY}


def test_a_table_of_barred_rows_is_not_a_row_of_links() -> None:
    assert link_row("Home | Ferries | Timetable")
    assert not link_row("Kelby | 09:10 | 09:40 | daily")  # a timetable's row: figures
    assert not link_row("The ferry was late. | It rained. | We waited.")  # sentences
    assert not link_row("Harbour bridge to close | The Gazette")  # a headline and a site


@pytest.mark.parametrize(
    "link",
    [
        "Also read Why the coast road floods every single winter\n13:40",
        "Leia também Como a cidade se prepara para as cheias\n13h40",
        "Читайте также Как город готовится к весеннему паводку\n13:40 (MSK)",
        "Lesen Sie auch Warum die Küstenstraße jeden Winter überflutet\n13.40 Uhr",
    ],
)
def test_a_labelled_link_with_the_next_posts_time_under_it_is_chrome(link: str) -> None:
    art = parse(*_page(PROSE, link))
    assert para(art, link.split()[0])[0] == BOILERPLATE
    assert {para(art, p)[0] for p in PROSE} == {BODY}


def test_a_teaser_boxs_headline_over_its_dropped_snippet_is_chrome() -> None:
    box_headline = "Harbour fair returns to the quay after a two-year break"
    snippet = "Forty stalls and a brass band will fill the quay this weekend. Read more"
    related = "Read also: Ferry timetable changes for the winter season"
    page = _page(PROSE, box_headline)
    at = page.index(box_headline) + 1
    page[at:at] = [snippet, related]
    art = parse(*page)
    assert para(art, snippet)[0] == para(art, related)[0] == BOILERPLATE
    assert para(art, box_headline) == (BOILERPLATE, BOX_LINE_REASON)
    assert {para(art, p)[0] for p in PROSE} == {BODY}


@pytest.mark.parametrize("line", ["Final score: Kelby Athletic 2, Marsh United 1", "Ferries every half hour"])
def test_a_short_line_of_the_article_stays(line: str) -> None:
    art = parse(*_page(PROSE, line))
    assert para(art, line)[0] in (BODY, HEADING)


@pytest.mark.parametrize("stamp", ["11:55 (IST)", "08:45 IST", "16:40 (MEZ)", "9.30am"])
def test_a_time_with_its_zone_in_brackets_is_a_time_line(stamp: str) -> None:
    assert _TIME_LINE.match(stamp)


@pytest.mark.linear
def test_the_patterns_are_linear() -> None:
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "1" * 3000, "a | " * 750, "11:55 (" * 400):
        link_row(text)
        _TIME_LINE.match(text)


def test_a_row_left_among_the_rows_of_a_dropped_list_is_no_cards_headline() -> None:
    from tests.test_segment_cv_drops import parse as parse_dropping

    rows = [
        "Chair Ann Lee (re-elected)",
        "Deputy chair Tom Hardy (new)",
        "Treasurer Eva Price (re-elected)",
        "Secretary Joe Bloggs (re-elected)",
    ]
    page = _page(PROSE, rows[0])
    at = page.index(rows[0]) + 1
    page[at:at] = rows[1:]
    art = parse_dropping(*page, drop=(rows[0], rows[2], rows[3]), keep=(rows[1],))
    assert para(art, rows[2])[1].startswith("teaser list")  # the model's drops, read as a list
    assert para(art, rows[1])[0] in (BODY, HEADING)


PROSE_ES = [
    "El ayuntamiento cerrará el viejo puente del puerto durante un año para reparar las vigas de "
    "acero, que están más oxidadas de lo previsto, según el informe de los ingenieros.",
    "Los vecinos que cruzan cada mañana tendrán que usar los transbordadores, que saldrán cada media "
    "hora desde el muelle norte, explicó la concejala de movilidad en el pleno.",
    "Los comerciantes del casco antiguo temen perder clientes y piden una compensación mientras dure "
    "el cierre del puente, que debería reabrir antes de las fiestas del verano.",
]


@pytest.mark.parametrize(
    "link",
    [
        # a "you may be interested" label with no colon before the headline (es, ca)
        "Te puede interesar Los transbordadores del puerto suben de precio en enero",
        "T'interessa El moll nord tindrà una nova parada de bus el 2027",
        "També et pot interessar Les obres del port allarguen el trànsit al centre",
        # labels of the news languages outside the tables' (fa, he, hi)
        "بیشتر بخوانید: ساخت پل تازه بندر به سال آینده رسید",
        "קראו גם: הגשר הישן בנמל ייסגר לשנה שלמה",
        "इसे भी पढ़ें: बंदरगाह का पुराना पुल एक साल के लिए बंद",
    ],
)
def test_a_labelled_link_of_another_language_between_the_paragraphs_is_chrome(link: str) -> None:
    art = parse(*_page(PROSE_ES, link, "El puerto cierra su puente"))
    assert para(art, link.split()[0])[0] == BOILERPLATE
    assert {para(art, p)[0] for p in PROSE_ES} == {BODY}


@pytest.mark.parametrize(
    "link",
    [
        "Publicidad\nLee también: Los transbordadores del puerto suben de precio\n13:40 12 de noviembre de 2025",
        "Podijeli\nPročitajte još Trajekti u luci poskupljuju od siječnja\n10:45",
        "विज्ञापन\nयह भी पढ़ें: बंदरगाह का पुराना पुल एक साल के लिए बंद\n14:20 (IST)",
        "Share\nAlso read Ferries to cost more from January\n13:40",
    ],
)
def test_a_labelled_link_under_an_advert_or_share_label_is_chrome(link: str) -> None:
    # the advert slot's or the share button's label over the link, the next post's time under it
    art = parse(*_page(PROSE_ES, link, "El puerto cierra su puente"))
    assert para(art, link.split()[0])[0] == BOILERPLATE
    assert {para(art, p)[0] for p in PROSE_ES} == {BODY}


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply across the region",  # a tool's word opening a headline
        "Te puede interesar saber que el puente tiene cien años",  # a sentence (lower case after the label)
    ],
)
def test_a_line_like_a_labelled_link_stays(line: str) -> None:
    art = parse(*_page(PROSE_ES, line, "El puerto cierra su puente"))
    assert para(art, line)[0] in (BODY, HEADING)
