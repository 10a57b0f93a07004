"""Bylines and dates of the seventeenth trial's kinds, on small pages of our own: a name run into
its date with no "By" (Czech, Greek, Hungarian, Turkish CMSs), "posted by" words and byline
labels of more languages, a publication's or station's name after the names, academic titles,
two authors' names over the date, a date and its update's read as a life's span, a date line the
block model dropped for its "updated" word, "Published in PAPER on DATE.", a council's foot stamp,
and an HTML page's byline element under a standfirst."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.segment.head import _head_lines_name, _measured, _name_beside_date
from indexer.segment.metadata import _without_site_name
from indexer.segment.patterns import _STAMP
from indexer.segment.patterns import _date_span
from indexer.segment.textblocks import _byline_names, _meta_authors
from tests.helpers import FOOTER, MENU, html_document, parse_blocks

_CS = (
    "Olomoucká radnice v pondělí schválila opravu hlavního náměstí, která začne na jaře a potrvá "
    "nejméně dva roky. Provoz tramvají se během prací na několik týdnů zastaví.",
    "Podle náměstka primátora budou práce rozděleny do tří etap, aby obchody v centru mohly zůstat "
    "otevřené a chodci měli vždy volný průchod.",
)
_EL = (
    "Το δημοτικό συμβούλιο της Λάρισας ενέκρινε την Τρίτη την ανακατασκευή της κεντρικής πλατείας, "
    "με τις εργασίες να ξεκινούν την άνοιξη και να διαρκούν περίπου δύο χρόνια.",
    "Σύμφωνα με τον αντιδήμαρχο, οι εργασίες θα γίνουν σε τρεις φάσεις ώστε τα καταστήματα να "
    "παραμείνουν ανοιχτά και οι πεζοί να έχουν πάντα ελεύθερη διέλευση.",
)
_TR = (
    "Samsun Büyükşehir Belediyesi, kent merkezindeki tarihi köprünün onarımına önümüzdeki ay "
    "başlanacağını açıkladı. Çalışmalar sırasında köprü araç trafiğine kapalı olacak.",
    "Belediye Başkanı, onarımın iki etapta yapılacağını ve yayaların köprüyü kullanmaya devam edebileceğini söyledi.",
)
_EN = (
    "The harbour board voted on Tuesday to replace the old timber jetty at Saltmere with a floating "
    "pontoon, ending two years of argument about the cost of keeping the structure safe.",
    "Engineers told the meeting that the jetty's piles had rotted below the waterline and that divers "
    "had found gaps large enough to put an arm through in several of them.",
)


@pytest.mark.parametrize(
    ("headline", "line", "prose", "author", "date"),
    [
        (
            "Olomouc opraví hlavní náměstí",
            "Jana Kopecká 4. března 2025 09:15 Čtení na 2 minuty",
            _CS,
            "Jana Kopecká",
            "2025-03-04",
        ),
        (
            "Λάρισα: Ανακατασκευάζεται η κεντρική πλατεία",
            "Μαρία Κωνσταντίνου 03.03.2025 | 08:40\nFacebook Twitter Viber Email",
            _EL,
            "Μαρία Κωνσταντίνου",
            "2025-03-03",
        ),
        ("Saltmere jetty to go", "Martin Holloway March 4, 2025 10:20", _EN, "Martin Holloway", "2025-03-04"),
    ],
)
def test_a_name_run_into_its_date_with_no_by_is_the_byline(
    headline: str, line: str, prose: tuple[str, ...], author: str, date: str
) -> None:
    art = parse_blocks(MENU, headline, line, *prose, FOOTER)
    assert (art.byline, art.published) == (author, date)


def test_a_name_glued_to_a_date_needs_a_persons_name() -> None:
    assert _name_beside_date(["Environment 12.08.2024"], []) is None
    assert _name_beside_date(["New York 12.08.2024 | 10:25"], []) is None
    assert _name_beside_date(["Breaking News 12 March 2025"], []) is None


def test_a_date_and_its_update_is_no_span_and_dates_a_turkish_byline() -> None:
    assert not _date_span("12.11.2025 - Güncelleme : 12.11.2025")
    assert not _date_span("3 May 2025 – Updated 4 May 2025")
    assert _date_span("June 3, 1938 – November 21, 2025")
    art = parse_blocks(
        "Samsun'da tarihi köprü onarıma alınıyor",
        MENU,
        "Samsun'da tarihi köprü onarıma alınıyor",
        "Onarım çalışmaları önümüzdeki ay başlayacak ve yaklaşık altı ay sürecek.",
        "Mehmet Aydın | 05.03.2025 - Güncelleme : 05.03.2025\nPaylaş Facebook Twitter Whatsapp",
        *_TR,
        FOOTER,
    )
    assert (art.byline, art.published) == ("Mehmet Aydın", "2025-03-05")


def test_a_listening_time_between_the_date_and_the_host_is_skipped() -> None:
    found = _name_beside_date(["March 4, 2025 · 41 min · Hosted by Priya Raman"], [])
    assert found == ("Priya Raman", "2025-03-04")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Publicat de Ioana Marin", "Ioana Marin"),
        ("Skrevet af Mette Holm", "Mette Holm"),
        ("Postat av Anna Lindqvist", "Anna Lindqvist"),
        ("Hosted by Priya Raman", "Priya Raman"),
        ("Napsal Petr Svoboda", "Petr Svoboda"),
        ("Συντάκτης: Νίκος Αλεξίου", "Νίκος Αλεξίου"),
        ("Autorius: Tomas Petrauskas", "Tomas Petrauskas"),
        ("By Dr Grace Whitfield and Prof. Omar Haddad", "Grace Whitfield, Omar Haddad"),
    ],
)
def test_posted_by_words_and_labels_of_more_languages_open_a_byline(line: str, names: str) -> None:
    assert _byline_names(_measured(line)) == names


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("Текст Ирина Соколова", ["Ирина Соколова"]),
        ("Skrevet af Mette Holm", ["Mette Holm"]),
        ("Publicat de Ioana Marin", ["Ioana Marin"]),
        ("Dr Grace Whitfield; Omar Haddad", ["Grace Whitfield", "Omar Haddad"]),
        ("Yazan Haddad", ["Yazan Haddad"]),  # a given name, no label
        ("De Vries", ["De Vries"]),
    ],
)
def test_an_author_field_loses_its_label_and_titles(field: str, names: list[str]) -> None:
    assert _meta_authors(field) == names


def test_the_publication_or_station_after_the_names_is_no_part_of_the_byline() -> None:
    art = parse_blocks(
        "Saltmere jetty to go | Local | Gazeta do Litoral",
        MENU,
        "Saltmere jetty to go",
        "Por Carla Menezes, Gazeta do Litoral — Santos",
        *_EN,
        FOOTER,
    )
    assert art.byline == "Carla Menezes"
    sites = [["WKLM", "4"]]
    assert _without_site_name(["Dana Whitfield WKLM"], sites) == ["Dana Whitfield"]
    assert _without_site_name(["Dana Whitfield", "WKLM"], sites) == ["Dana Whitfield"]
    assert _without_site_name(["Jane Smith"], [["Jane", "Smith"]]) == ["Jane Smith"]  # a writer's own site


def test_two_authors_with_titles_over_the_date_are_the_byline_not_the_lead() -> None:
    art = parse_blocks(
        MENU,
        "Cold lofts: why insulation schemes stall",
        "Dr Grace Whitfield and Omar Haddad",
        "Published 4 March 2025",
        *_EN,
        FOOTER,
    )
    assert (art.byline, art.published) == ("Grace Whitfield, Omar Haddad", "2025-03-04")
    assert not [p for p in art.paragraphs if p.indexed and "Whitfield" in p.text]


def test_published_in_a_paper_on_a_date_dates_an_obituary() -> None:
    art = parse_blocks(
        MENU,
        "Harold James Pike",
        "May 9, 1941 – February 27, 2025",
        "Published in The Saltmere Gazette on March 2, 2025.",
        "Harold James Pike, 83, of Saltmere, died peacefully at home on Thursday, February 27, 2025, "
        "with his family at his side.",
        "He worked for forty years as a harbour pilot and was a lifelong member of the lifeboat crew.",
        FOOTER,
    )
    assert art.published == "2025-03-02"
    assert not [p for p in art.paragraphs if p.indexed and p.text.startswith("Published in")]


def test_a_nordic_councils_foot_stamp_dates_the_page() -> None:
    art = parse_blocks(
        MENU,
        "Nya öppettider på biblioteket",
        "Från och med den 1 april har huvudbiblioteket öppet till klockan 20 på vardagar. Det beslutade "
        "kultur- och fritidsnämnden på sitt senaste möte.",
        "Filialerna i Norrby och Ekdal behåller sina nuvarande öppettider, men får nya självbetjäningsautomater "
        "under våren.",
        "Publicerad: 2025-03-04\nSenast uppdaterad: 2025-03-06",
        FOOTER,
    )
    assert art.published == "2025-03-04"
    assert not _STAMP.match("Published 3 May 2025 in Sport")  # a teaser's date: a label only


def test_an_html_byline_element_under_the_standfirst_and_a_bare_name_over_the_date() -> None:
    assert _head_lines_name("Af Mette Holm\n4. mar. 2025 kl. 08:00") == "Mette Holm"
    assert _head_lines_name("Kovács Anna\n12.03.2025 08:41") == "Kovács Anna"
    pytest.importorskip("trafilatura")
    body = (
        "<main><article><h1>Saltmere jetty to go</h1>"
        "<p class='manchet'>The harbour board has agreed to replace the old timber jetty with a floating pontoon, "
        "ending two years of argument about its cost.</p>"
        "<div class='info'><span class='forfatter'>Af Mette Holm</span> <span class='dato'>4. mar. 2025 kl. "
        "08:00</span></div>" + "".join(f"<p>{t}</p>" for t in _EN) + "</article></main>"
    )
    page = (
        '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Saltmere jetty to go</title></head>'
        f"<body>{body}</body></html>"
    ).encode()
    art = segment.segment(html_document(page))
    assert art.byline == "Mette Holm"


def test_a_date_line_the_block_model_dropped_under_the_headline_dates_the_page() -> None:
    from indexer.models import BODY, BOILERPLATE, TITLE
    from indexer.segment.head import _mark_head_date_lines
    from indexer.segment.metadata import _published
    from indexer.segment.textblocks import DATE_BEFORE_REASON

    blocks = [_measured("Chuva alaga ruas em Santos"), _measured("04/03/2025 10h20 · Atualizado há 3 horas")]
    blocks += [_measured(t) for t in _EN]
    blocks[0].kind, blocks[0].reason = TITLE, "headline"
    blocks[1].kind, blocks[1].reason = BOILERPLATE, "teaser list; reads like site chrome (block model)"
    for b in blocks[2:]:
        b.kind, b.reason = BODY, "prose"
    _mark_head_date_lines(blocks)
    assert (blocks[1].kind, blocks[1].reason) == (BOILERPLATE, DATE_BEFORE_REASON)
    assert _published(blocks, "pt-BR") == "2025-03-04"


def test_a_blog_posts_category_is_no_dateline_and_a_team_is_no_author() -> None:
    from indexer.segment.textblocks import _byline_place

    assert _byline_place("Posted by Jo Marsh in Gardening") == ""
    assert _byline_place("By Jane Doe in Calloway") == "Calloway"
    line = "Posted by Alex Moreno, DEV Platform Relations, Google"
    assert _byline_names(_measured(line)) == "Alex Moreno"
    assert _byline_names(_measured("Par Marie Martin, Jean DUPONT")) == "Marie Martin, Jean DUPONT"


def test_a_platforms_placeholder_and_a_comments_header_are_no_byline() -> None:
    assert _byline_names(_measured("Publié par Unknown à 08:00")) == ""
    art = parse_blocks(
        MENU,
        "Saltmere jetty to go",
        "Posted by Martin Holloway",
        *_EN,
        "geschrieben von Heidi Brandt am 21. Jan. 2025, 21:03 [ antworten ]",
        "The pontoon will be much easier to keep safe than the old timber jetty ever was.",
        FOOTER,
    )
    assert art.byline == "Martin Holloway"


def test_a_date_in_an_order_no_date_test_reads_is_no_deck_line() -> None:
    art = parse_blocks(
        MENU, "Saltmere jetty to go", "31 Donnerstag Okt 2024", "Posted by Jo Marsh in Harbour", *_EN, FOOTER
    )
    assert (art.byline, art.dateline) == ("Jo Marsh", "")
    assert not [p for p in art.paragraphs if p.indexed and p.text.startswith("31 ")]
