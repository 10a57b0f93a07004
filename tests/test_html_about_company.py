"""A press release's "About COMPANY" box at its end in HTML (its heading names the company, its
paragraph opens with the name): the company's boilerplate, not the release's text, though the
release names the company throughout. Trial 29's Sitecore newsroom kept it. A last section whose
heading names no company its paragraph opens with stays. Pages of our own."""

from __future__ import annotations

from indexer import segment
from indexer.models import BODY
from tests.helpers import article_html, html_document

RELEASE = [
    "DAYTON, Ohio – Harrow Valley Instruments today opened a calibration centre in Dayton, adding 60 jobs "
    "and bringing the company's metering work for utilities in the Midwest under one roof.",
    "The centre will calibrate flow meters from one to 36 inches in diameter for water utilities, power "
    "plants and chemical producers, work the company has until now sent to its plant in Texas.",
    "Harrow Valley Instruments worked with a local technical college on a 16-week course for technicians, "
    "and the first class of twelve starts in September.",
]
BOILERPLATE = (
    "Harrow Valley Instruments designs and manufactures flow, level and pressure measurement equipment "
    "for the water, energy and process industries, with plants in three countries."
)


def _page(heading: str, last: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in RELEASE) + f"<h2>{heading}</h2><p>{last}</p>"
    return article_html(body, "Harrow Valley Instruments opens calibration centre in Dayton")


def test_a_releases_about_company_box_is_chrome() -> None:
    art = segment.segment(html_document(_page("About Harrow Valley Instruments", BOILERPLATE)))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == RELEASE


def test_a_last_section_naming_nothing_its_text_opens_with_stays() -> None:
    last = (
        "The centre's second phase, a test hall for meters up to 48 inches, is due to open in 2026 if the "
        "state grant the company applied for in March is approved."
    )
    art = segment.segment(html_document(_page("About the second phase", last)))
    assert last in [p.text for p in art.paragraphs if p.kind == BODY]
