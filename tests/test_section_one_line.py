"""A paragraph's section is its heading on one line: a heading of several lines (an HTML heading
with a line break, a heading and its meta row run together) had been shown in every hit's header
as "§ ... der Region\\n02.02.2022\\n•..." (a new user's wild tuning page). Our own page."""

from __future__ import annotations

from indexer import segment
from tests.helpers import article_html, html_document

PARA = (
    "<p>The council voted on Tuesday to close the old harbour bridge for repairs, a decision that will "
    "force thousands of commuters onto ferries for most of next year.</p>"
)


def test_a_heading_of_two_lines_is_a_section_of_one() -> None:
    body = (
        PARA
        + "<h2>Ferries to run every ten minutes<br>Updates from the council</h2>"
        + PARA.replace("bridge", "tunnel")
    )
    article = segment.segment(html_document(article_html(body, "Harbour bridge to close")))
    under = [p for p in article.paragraphs if "tunnel" in p.text]
    assert under and under[0].section == "Ferries to run every ten minutes Updates from the council"
