"""Metadata the seventh new-user trial lost (its kind K5, helper meta7), each kind with a page or a line
of our own: a writer's role before the byline's names ("Interview by", "Entrevista:", "Words and
pictures by"), a forum user's handle the extractor title-cased, a name alone over the date in
Cyrillic, a live page's "From NAME and NAME", an HTML page's name and date in elements of their
own under the headline; dates whose line was found but not read (under a standfirst kept as body;
a day, month and year joined by hyphens, slashes or dots; ISO 8601 with a time; Turkish capitals);
a dateline of two words and a state's code, with its dash touching the text, or under a line kept
as body above the headline. Each test fails on the code before."""

from __future__ import annotations

import pytest

from indexer import htmlpage, pubdate, segment
from indexer.models import Document
from tests.helpers import FOOTER, MENU, html_document, parse_blocks as parse

pytest.importorskip("trafilatura")

HEADLINE = "Ferry service to the islands cut back for the winter"
STANDFIRST = "The operator says fewer crossings will keep the older boats in service until spring."
BODY = [
    "The ferry company announced on Monday that it will run two crossings a day instead of five from "
    "November until March, citing the cost of fuel and repairs.",
    "Islanders said the change would make it harder to reach the hospital on the mainland, and the "
    "council has asked for a meeting with the company next week.",
    "A spokesperson for the operator said the timetable would be reviewed in February, once the new "
    "engines for the larger boat had been delivered and tested.",
]


def _block(text: str) -> segment.textblocks._Block:
    b = segment.textblocks._Block(text=text, lines=text.split("\n"))
    segment.textblocks._measure(b)
    return b


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Interview: Nora Quill", "Nora Quill"),
        ("Entrevista: Ana Ruiz", "Ana Ruiz"),
        ("Words and pictures by Tom Harker", "Tom Harker"),
        ("Text und Fotos: Anna Schmidt", "Anna Schmidt"),
        ("From Harriet Vale and Samuel Okoro", "Harriet Vale, Samuel Okoro"),
        # a role label over a headline's words, not a name alone: no byline
        ("Interview: the minister on the ferry cuts", ""),
        ("From Paris with love", ""),
    ],
)
def test_role_labels_and_from_names(line: str, names: str) -> None:
    assert segment.textblocks._byline_names(_block(line)) == names


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("Interview by Ben Hartley", ["Ben Hartley"]),
        ("Photos by Jo Bloggs", ["Jo Bloggs"]),
        ("Reporting by Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Texto: Ana Ruiz", ["Ana Ruiz"]),
        ("Anna di Marco", ["Anna di Marco"]),  # a particle is no role
        ("tern_watcher", ["tern_watcher"]),  # a handle as written
    ],
)
def test_meta_author_without_its_role(author: str, names: list[str]) -> None:
    assert segment.textblocks._meta_authors(author) == names


def test_html_interview_byline_is_the_name_not_the_role() -> None:
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A talk with a ferry captain</title></head>'
        "<body><article><h1>A talk with a ferry captain</h1>"
        '<div class="entry-meta"><span class="author vcard">Interview by <a href="/author/nora">Nora Quill</a></span>'
        ' <time datetime="2025-03-04">March 4, 2025</time></div>'
        + "".join(f"<p>{t}</p>" for t in BODY)
        + "</article></body></html>"
    ).encode()
    assert segment.segment(html_document(page)).byline == "Nora Quill"


def test_handle_kept_as_the_page_writes_it() -> None:
    assert htmlpage.author_as_written("Tern Watcher", "Thread starter tern_watcher Start date") == "tern_watcher"
    assert htmlpage.author_as_written("Jane Doe", "By Jane Doe, /author/jane_doe") == "Jane Doe"  # a slug is no handle
    blocks = [("title", HEADLINE)] + [("body", t) for t in BODY]
    meta = {"title": HEADLINE, "author": "tern_watcher", "date": "2025-03-04"}
    doc = Document(id="f", path="f.html", content_hash="h", text="", format="html", blocks=blocks, meta=meta)
    assert segment.segment(doc).byline == "tern_watcher"


def test_cyrillic_name_alone_over_the_date() -> None:
    art = parse(
        MENU,
        "Паромное сообщение с островами сократят на зиму",
        "Перевозчик объясняет решение ростом цен на топливо и ремонтом судов, которые давно требуют замены.",
        "Анна Белова",
        "16 октября 2024, 12:40",
        "Паромная компания объявила в понедельник, что с ноября по март будет выполнять два рейса в день "
        "вместо пяти, ссылаясь на стоимость топлива и ремонта.",
        "Жители островов говорят, что им станет труднее добираться до больницы на материке, а совет попросил "
        "о встрече с компанией на следующей неделе.",
        FOOTER,
    )
    assert art.byline == "Анна Белова"
    assert art.published == "2024-10-16"


def test_from_byline_on_a_plain_page() -> None:
    art = parse(MENU, HEADLINE, "From Harriet Vale and Samuel Okoro", "Sun 24 Nov 2024 14.52 GMT", *BODY, FOOTER)
    assert art.byline == "Harriet Vale, Samuel Okoro"


def test_date_line_under_a_standfirst_kept_as_body() -> None:
    art = parse(
        MENU, HEADLINE, STANDFIRST, "Words by Tom Harker", "Photographs by Ruth Penn", "12 June 2024", *BODY, FOOTER
    )
    assert art.byline == "Tom Harker"
    assert art.published == "2024-06-12"


def test_html_name_and_date_in_their_own_elements() -> None:
    page = (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>El ferry reduce sus salidas</title></head>'
        "<body><article><h1>El ferry reduce sus salidas en invierno</h1>"
        '<div class="meta"><div class="a">Lucía Serrano</div><div class="f">Sevilla - 11 mar 2025 - 09:15 CET</div></div>'
        "<p>La naviera anunció el lunes que hará dos travesías al día en lugar de cinco entre noviembre y marzo, "
        "por el coste del combustible y de las reparaciones.</p>"
        "<p>Los vecinos de las islas dicen que les costará más llegar al hospital, y el ayuntamiento ha pedido "
        "una reunión con la empresa la semana que viene.</p></article></body></html>"
    ).encode()
    art = segment.segment(html_document(page))
    assert (art.byline, art.published) == ("Lucía Serrano", "2025-03-11")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("04-feb-2025", "2025-02-04"),
        ("4/Feb/2025", "2025-02-04"),
        ("04.Okt.2025", "2025-10-04"),
        ("Updated 2025-02-04T13:47:00+01:00", "2025-02-04"),
        ("04 ARALIK 2025, 13:47", "2025-12-04"),
        ("Madrid - 04 feb 2025 - 13:47 CET", "2025-02-04"),
        ("3-4-2025", ""),  # no month name: not this form
    ],
)
def test_day_month_year_forms(text: str, date: str) -> None:
    assert segment.patterns._any_date(text) == date


def test_turkish_capitals_without_a_year() -> None:
    assert pubdate.month_day("İSTANBUL, 4 KASIM") == "--11-04"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("MAPLE RIDGE, NR — The county today announced new grants for rural roads.", "MAPLE RIDGE"),
        ("PORT ELLIS, WL—The county today announced new grants.", "PORT ELLIS"),
        ("RIO DE JANEIRO, Brazil, March 3 (Reuters) - Prices rose.", "RIO DE JANEIRO"),
        ("NATO—which met today—said little.", ""),
    ],
)
def test_dateline_forms(text: str, place: str) -> None:
    assert segment.patterns._dateline_place(text) == place


def test_dateline_under_the_headline_when_a_line_above_it_is_body() -> None:
    blocks = [
        ("body", "The county offices will be closed on Monday for the holiday, and open again on Tuesday."),
        ("title", "County expands rural roads"),
        (
            "body",
            "MAPLE RIDGE, NR — The county today announced $12 million in grants to repair rural roads in nine "
            "townships, with work to start in the spring and finish by the end of next year.",
        ),
        ("body", BODY[1]),
    ]
    meta = {"title": "County expands rural roads", "author": "", "date": "2025-03-04"}
    doc = Document(id="r", path="r.html", content_hash="h", text="", format="html", blocks=blocks, meta=meta)
    assert segment.segment(doc).dateline == "MAPLE RIDGE"


def test_no_byline_from_a_name_under_the_headline_without_a_date() -> None:
    head = "Lucía Serrano\nCompartir en Whatsapp"
    assert segment.metadata._head_lines_name(head) == ""
    assert segment.metadata._head_lines_name("Lucía Serrano\nSevilla - 11 mar 2025 - 09:15 CET") == "Lucía Serrano"
