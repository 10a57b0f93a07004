"""Heads of plain-text pages whose fields were misread, on small pages of our own: an issuer's
"From:" field (a publishing body, GOV.UK's form) was the byline; a one-word brand beside its
post's date ("Bosch | DATE" on a shop's blog) was the byline; a site's name alone over the
headline was the title when the byline under the headline had its date line in its block; a
date's label alone on its line ("Published on" / DATE) in a mixed block was read as a menu's item,
and the date (and a byline with it) was lost."""

from __future__ import annotations

import pytest

from indexer.models import INDEXED_KINDS
from tests.helpers import FOOTER, parse_blocks

_PROSE = (
    "Councils can now bid for a share of a new fund to keep rural ferry crossings running through "
    "the winter months, when passenger numbers fall and operators lose money.",
    "The fund will run for three years and is open to every council with a crossing that carries "
    "fewer than a hundred passengers a day, the department said on Monday.",
)


@pytest.mark.parametrize(
    ("field", "byline", "orgs_in_text"),
    [
        ("From: Department for Coastal Affairs\nPublished 3 March 2025", "", "Department for Coastal Affairs"),
        (
            "From: Department for Coastal Affairs and The Rt Hon Maria Castell MP\nPublished 3 March 2025",
            "Maria Castell",
            "Department for Coastal Affairs",
        ),
        ("From:\nMinistry of Harbours, Lighthouse Board\nPublished\n3 March 2025", "", "Ministry of Harbours"),
    ],
)
def test_an_issuers_field_is_searchable_and_only_its_people_are_the_byline(
    field: str, byline: str, orgs_in_text: str
) -> None:
    art = parse_blocks("Winter fund for ferry crossings", field, *_PROSE, FOOTER)
    assert art.byline == byline
    assert art.published == "2025-03-03"
    indexed = [p for p in art.paragraphs if p.kind in INDEXED_KINDS]
    assert any(orgs_in_text in p.text and p.kind == "lead" for p in indexed)


@pytest.mark.parametrize("name", ["Makita", "Husqvarna"])
def test_a_brand_beside_its_posts_date_is_no_byline(name: str) -> None:
    art = parse_blocks("Choosing a hedge trimmer for a small garden", f"{name} | 14.03.2025", *_PROSE, FOOTER)
    assert (art.byline, art.published) == ("", "2025-03-14")


def test_a_newsroom_or_a_person_beside_the_date_is_still_the_byline() -> None:
    for line, byline in (("Redaktion | 14.03.2025", "Redaktion"), ("Lena Brandt | 14.03.2025", "Lena Brandt")):
        art = parse_blocks("Choosing a hedge trimmer for a small garden", line, *_PROSE, FOOTER)
        assert (art.byline, art.published) == (byline, "2025-03-14")


def test_a_site_name_over_the_headline_is_no_title_when_the_byline_holds_its_date() -> None:
    art = parse_blocks(
        "The Estuary Herald",
        "Winter fund announced for the last rural ferry crossings",
        "By Corin Hale\n3 March 2025",
        *_PROSE,
        FOOTER,
    )
    assert art.title == "Winter fund announced for the last rural ferry crossings"
    assert (art.byline, art.published) == ("Corin Hale", "2025-03-03")


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        ("By Corin Hale\nPublished on\n3 March 2025", "Corin Hale"),
        ("Share this story\nPublished on\n3 March 2025\n4 min read", ""),
        ("Veröffentlicht am\n3. März 2025\nTeilen", ""),
    ],
)
def test_a_date_label_alone_in_a_mixed_block_keeps_its_date(head: str, byline: str) -> None:
    art = parse_blocks("Winter fund for ferry crossings", head, *_PROSE, FOOTER)
    assert (art.byline, art.published) == (byline, "2025-03-03")
