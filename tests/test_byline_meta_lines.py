"""Bylines as templates print them with their metadata, in the languages the project meets, on
the plain-text path (session 22). Before: a byline block with lines of metadata under its names
(the story's section "in Politics", a comment count, a row of share buttons, a department's name)
gave no byline; nor did a date line that names its author after a date in another language or
in figures ("3 марта 2025, 10:15 Автор: NAME"), nor Greek "Από NAME" with its date after it;
honorifics ("Revd", "Dr.", "Sra.") stayed before the names of a "Written by" line; a Catalan name's
two surnames joined by "i" were cut at it; an author field's "Di" / "Von" run into a given name
stayed. Every page and line here is our own."""

from __future__ import annotations


import pytest

from indexer.segment import textblocks
from tests.helpers import FOOTER, MENU, parse_blocks

_TITLE = "A new footbridge over the river opens in spring"
_TEXT = (
    "The council voted on Tuesday to build a footbridge over the river at the old ferry landing, "
    "ending years of argument about the cost of the crossing.",
    "Engineers said the work would take eight months and that the ferry would run until the bridge opened.",
)


@pytest.mark.parametrize(
    ("meta", "byline", "date"),
    [
        # the section it is filed in, a comment count and the share buttons under the date
        (
            "by Tunde Bakare\nApril 2, 2025 at 8:15 am\nin Politics\n3\nShare on Facebook Share on X WhatsApp",
            "Tunde Bakare",
            "2025-04-02",
        ),
        ("Written by Siobhan Kelly\nCategory: Club News\nPublished: 02 April 2025", "Siobhan Kelly", "2025-04-02"),
        ("Von Lena Hartwig\n02.04.2025\nim Lokales", "Lena Hartwig", "2025-04-02"),
        # a department's name under the date
        ("Autor: Tomasz Wójcik\n02.04.2025\nBiuro Prasowe", "Tomasz Wójcik", "2025-04-02"),
        # a share row under a byline longer than a byline's words
        (
            "Autor: Ivana Kovač Objavljeno: 02.04.2025. u 08:15 Zadnje ažuriranje: 02.04.2025. u 11:40\n"
            "Facebook Viber WhatsApp X Komentari (12)",
            "Ivana Kovač",
            "2025-04-02",
        ),
    ],
)
def test_a_byline_block_with_its_metadata_lines_gives_the_names(meta: str, byline: str, date: str) -> None:
    art = parse_blocks(MENU, _TITLE, meta, *_TEXT, FOOTER)
    assert (art.byline, art.published) == (byline, date)


@pytest.mark.parametrize(
    ("meta", "byline", "date"),
    [
        ("3 марта 2025, 10:15 Автор: Олег Петров 👁 1 204", "Олег Петров", "2025-03-03"),
        ("3 березня 2025, 10:15 Автор: Оксана Бойко", "Оксана Бойко", "2025-03-03"),
        ("03.03.2025 · Autor: Jan Nowak", "Jan Nowak", "2025-03-03"),
        ("3 март 2025 Автор: Георги Иванов", "Георги Иванов", "2025-03-03"),
    ],
)
def test_a_date_line_naming_its_author_after_a_date_of_any_language(meta: str, byline: str, date: str) -> None:
    art = parse_blocks(MENU, _TITLE, meta, *_TEXT, FOOTER)
    assert (art.byline, art.published) == (byline, date)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Από Ελένη Παππά 3 Μαρτίου 2025 5 Σχόλια", "Ελένη Παππά"),
        ("Από Νίκος Αλεξίου", "Νίκος Αλεξίου"),
        ("de Ioana Popescu 30 noiembrie 2025", "Ioana Popescu"),
        # not a name after "Από": a weekday, a place
        ("Από Δευτέρα κλειστά τα σχολεία", ""),
        ("Από Νέα Υόρκη 3 Μαρτίου 2025", ""),
    ],
)
def test_a_by_preposition_and_a_date_right_after_the_names(line: str, names: str) -> None:
    assert textblocks._article_byline(line) == names


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Written by Revd Helen Marsh", "Helen Marsh"),
        ("Geschrieben von Dr. Anna Berg", "Anna Berg"),
        ("Escrito por Sra. Lucía Fernández", "Lucía Fernández"),
        ("Publié par Me Claire Dubois", "Claire Dubois"),
        ("Napisał Ks. Piotr Zieliński", "Piotr Zieliński"),
    ],
)
def test_a_title_before_a_posted_by_name_is_no_part_of_it(line: str, byline: str) -> None:
    art = parse_blocks(MENU, _TITLE, line, *_TEXT, FOOTER)
    assert art.byline == byline


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Meteorologist Karin Holm", "Karin Holm"),
        ("03.03.2025 · Pressewart Jonas Keller", "Jonas Keller"),  # a club's press officer
    ],
)
def test_a_role_or_title_before_the_name_beside_a_date_is_no_part_of_it(line: str, byline: str) -> None:
    art = parse_blocks(MENU, _TITLE, line, *_TEXT, FOOTER)
    assert art.byline == byline


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Text: Jordi Mas i Vidal 03/03/2025 10:15", "Jordi Mas i Vidal"),
        ("Autor: Núria Puig i Ferrer", "Núria Puig i Ferrer"),
        # two people joined by "i" (Catalan, Polish, Croatian "and") are two
        ("Autor: Núria Puig i Jordi Mas", "Núria Puig, Jordi Mas"),
        ("Autor: Jan Kowalski i współpracownicy", "Jan Kowalski"),
    ],
)
def test_catalan_surnames_joined_by_i_are_one_name(line: str, byline: str) -> None:
    art = parse_blocks(MENU, _TITLE, line, *_TEXT, FOOTER)
    assert art.byline == byline


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("Di Chiara Benedetti", ["Chiara Benedetti"]),  # an Italian theme's "Di" run into the name
        ("Von Anna Schmidt", ["Anna Schmidt"]),
        ("Jordi Mas i Vidal", ["Jordi Mas i Vidal"]),
        ("Revd Helen Marsh", ["Helen Marsh"]),
        # a surname's particle stays: no given name after it
        ("De Vries", ["De Vries"]),
        ("Von Trier", ["Von Trier"]),
    ],
)
def test_a_metadata_author_field_without_its_label_or_title(field: str, names: list[str]) -> None:
    assert textblocks._meta_authors(field) == names


@pytest.mark.linear
@pytest.mark.parametrize("rx", [textblocks._SECTION_LINE, textblocks._BEFORE_FIGURE])
def test_the_new_patterns_are_linear(rx: object) -> None:
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "in " + "Ab: " * 700, "a:" * 1500):
        rx.search(text)  # type: ignore[attr-defined]
