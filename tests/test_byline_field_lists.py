"""Bylines in the shapes CMSs print them beside their date, in several languages. Before: a
CMS's article-info block ("Details" / "Autor: NAME" / "Kategorie: ..." / "Veröffentlicht: DATE"
/ "Zugriffe: 87") gave no byline; a recipe's "Recipe by NAME" under its rating was a reviewer's;
"Posted: DATE | By: NAME" (a label with its colon after the date) and "de NAME · DATE" gave no
byline; a name beside its date kept the job title run into it ("Jane Roe Senior Reporter").
Every line and page here is our own."""

from __future__ import annotations

import pytest

from indexer.segment import head, textblocks
from tests.helpers import FOOTER, MENU, parse_blocks

_TITLE = "A new footbridge over the river opens in spring"
_TEXT = (
    "The council voted on Tuesday to build a footbridge over the river at the old ferry landing, "
    "ending years of argument about the cost of the crossing.",
    "Engineers said the work would take eight months and that the ferry would run until the bridge opened.",
)


@pytest.mark.parametrize(
    ("block", "byline", "date"),
    [
        (
            "Details\nGeschrieben von Jonas Berg\nKategorie: Vereinsleben\nVeröffentlicht: 3. März 2026\nZugriffe: 87",
            "Jonas Berg",
            "2026-03-03",
        ),
        (
            "Szczegóły\nAutor: Anna Nowak\nKategoria: Aktualności\nOpublikowano: wtorek, 3, marzec 2026 10:15\nOdsłony: 120",
            "Anna Nowak",
            "2026-03-03",
        ),
        (
            "Details\nWritten by: Tom Hale\nCategory: Club news\nPublished: 3 March 2026\nHits: 412",
            "Tom Hale",
            "2026-03-03",
        ),
        ("★★★★☆ 4,2 (312 röster)\nRecept av Karin Ek · Publicerad 3 mars 2026", "Karin Ek", "2026-03-03"),
        ("★★★★★ 4.8 (96 Bewertungen)\nRezept von Anna Weber · 3. März 2026", "Anna Weber", "2026-03-03"),
    ],
)
def test_an_article_info_block_gives_the_byline_and_date(block: str, byline: str, date: str) -> None:
    art = parse_blocks(MENU, _TITLE, block, *_TEXT, FOOTER)
    assert (art.byline, art.published) == (byline, date)


@pytest.mark.parametrize(
    "block",
    [
        "Autor: Anna Nowak\nAutor: Jan Kowalski\nOpublikowano: 3 marca 2026",  # two people's lines
        "Autor: Anna Nowak\nThe bridge will be the first crossing built here in a century and more\n3 marca 2026",
        "Kategorie: Vereinsleben\nVeröffentlicht: 3. März 2026",  # no byline among the fields
    ],
)
def test_other_blocks_are_no_article_info_byline(block: str) -> None:
    assert head.field_list_names(head._measured(block)) == ""


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Αναρτήθηκε: Τρίτη, 3 Μαρτίου 2026 | Από: Νίκος Παππάς, ταμίας", "Νίκος Παππάς"),
        ("Δημοσιεύθηκε: 3 Μαρτίου 2026 | Από: Ελένη Ρήγα", "Ελένη Ρήγα"),
        ("Published: 3 March 2026 | By: Tom Hale", "Tom Hale"),
        ("Diterbitkan: Selasa, 3 Maret 2026 | Penulis: Dewi Lestari", "Dewi Lestari"),
        ("Opublikowano: 3 marca 2026 | Autor: Anna Nowak", "Anna Nowak"),
        ("de Andrei Ionescu · 3 martie 2026, 09:14", "Andrei Ionescu"),
        ("Του Νίκου Παππά | 3 Μαρτίου 2026", "Νίκου Παππά"),
    ],
)
def test_a_date_line_with_its_labelled_byline(line: str, byline: str) -> None:
    assert textblocks._byline_names(head._measured(line)) == byline


@pytest.mark.parametrize("line", ["de Gaulle Airport · 3 martie 2026", "Le Monde Diplomatique | 3 mars 2026"])
def test_an_article_before_other_words_with_a_date_is_no_byline(line: str) -> None:
    assert textblocks._article_byline(line) == ""


@pytest.mark.parametrize(
    ("block", "byline"),
    [
        ("Jane Roe Senior Reporter\n10:05, 3 Mar 2026", "Jane Roe"),
        ("Jane Roe Property Editor\n10:05, 3 Mar 2026 Updated 11:40, 3 Mar 2026", "Jane Roe"),
        ("Karin Ek Reporter 3 mars 2026 06:45 Uppdaterad 09:12", "Karin Ek"),
        ("Jane Roe\n10:05, 3 Mar 2026", "Jane Roe"),
    ],
)
def test_a_name_beside_its_date_without_its_job_title(block: str, byline: str) -> None:
    art = parse_blocks(MENU, _TITLE, block, *_TEXT, FOOTER)
    assert art.byline == byline
    assert art.published == "2026-03-03"


@pytest.mark.parametrize(
    ("name", "out"),
    [
        ("Jane Roe Senior Reporter", "Jane Roe"),
        ("Anna Berg Leitende Redakteurin", "Anna Berg"),
        ("Mary Anne Smith Reporter", "Mary Anne Smith"),
        ("Jane Roe", "Jane Roe"),
        ("Roe Reporter", "Roe Reporter"),  # (too short to cut: as it was)
        ("Coast Desk Staff", "Coast Desk Staff"),  # a desk's byline: no given name
    ],
)
def test_without_job_title(name: str, out: str) -> None:
    assert head._without_job_title(name) == out


def test_the_byline_blocks_date_is_the_pages_when_no_head_date_was_read() -> None:
    from indexer.models import BODY, BYLINE
    from indexer.segment import metadata

    body = head._measured("The council voted on Tuesday to build a footbridge over the river.")
    body.kind = BODY
    byline = head._measured("Αναρτήθηκε: Τρίτη, 3 Μαρτίου 2026 | Από: Νίκος Παππάς")
    byline.kind, byline.extra["author"] = BYLINE, "Νίκος Παππάς"
    assert metadata._byline_date([body, byline, body]) == "2026-03-03"
    assert metadata._byline_date([byline, body, byline, body]) == ""  # an archive's posts: no one date
    byline.reason = "author box (a writer's bio)"
    assert metadata._byline_date([body, byline]) == ""
    assert metadata._byline_date([body]) == ""
