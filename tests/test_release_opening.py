"""A press release whose wire furniture stands between the headline and the dateline's paragraph
("News provided by", the company's name): the fifth trial's release kept its "About COMPANY",
forward-looking statements, contact and "SOURCE" lines as body and had no dateline, because the
rules read the release's dateline from the first body block only."""

from __future__ import annotations

from indexer import segment
from indexer.models import BODY, Article

from tests.helpers import html_document, parse_blocks

OPENING = (
    "OAKRIDGE, Ont., April 2, 2026 /PRNewswire/ -- Northfield Mills Ltd. said on Thursday it would open a "
    "flour mill in Oakridge, its first in the province, employing 120 people from next spring."
)
BODY_TEXT = "The mill will take wheat from growers within 200 kilometres, the company said in a statement."
TAIL = (
    "About Northfield Mills",
    "Northfield Mills Ltd. is a family-owned miller founded in 1921 and based in Guelph.",
    "Media contact: Dana Price, press@northfield.example, +1 519 555 0100",
    "SOURCE Northfield Mills Ltd.",
)


def _kinds(art: Article, start: str) -> list[str]:
    return [p.kind for p in art.paragraphs if p.text.startswith(start)]


def test_a_plain_release_with_its_wire_label_and_company_before_the_dateline() -> None:
    art = parse_blocks(
        "Northfield Mills to Open Flour Mill in Oakridge, Creating 120 Jobs",
        "News provided by",
        "Northfield Mills Ltd.",
        OPENING,
        BODY_TEXT,
        *TAIL,
    )
    assert art.dateline == "OAKRIDGE"
    assert _kinds(art, "OAKRIDGE") == [BODY] and _kinds(art, "The mill will") == [BODY]
    for line in TAIL:
        assert BODY not in _kinds(art, line[:20]), line
    assert BODY not in _kinds(art, "News provided by")


def test_an_html_release_with_its_wire_label_before_the_dateline() -> None:
    paragraphs = "".join(f"<p>{t}</p>" for t in ("NEWS PROVIDED BY", OPENING, BODY_TEXT, *TAIL))
    page = (
        "<html><head><title>Northfield Mills to Open Flour Mill in Oakridge</title></head><body>"
        f"<article><h1>Northfield Mills to Open Flour Mill in Oakridge</h1>{paragraphs}</article></body></html>"
    )
    art = segment.segment(html_document(page.encode()))
    assert art.dateline == "OAKRIDGE"
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert body[0].startswith("OAKRIDGE") and not any(
        t.startswith(("About", "SOURCE", "Media contact", "NEWS")) for t in body
    )


def test_a_short_line_that_ends_a_sentence_is_the_opening_paragraph_itself() -> None:
    # Guard: the opening is the first body block that ends a sentence; a dateline further down
    # (a quoted wire story's) is not the article's.
    art = parse_blocks(
        "Council approves the new harbour plan after a long debate",
        "The vote was 7 to 2.",
        "LONDON, March 3 (Reuters) - A wire story quoted in the article said the plan was costly.",
        BODY_TEXT,
    )
    assert art.dateline == ""
