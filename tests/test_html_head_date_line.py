"""HTML: a date line between the headline and the article text is the page's date line, not a
paragraph, also when a notice bar's sentence stands over the headline (trial 54's recall notice:
"Bank holiday hours: ..." over the <h1> made every block under it "inside" the text, so
"Published 14 May 2024 · Reference PP-R-0412" was indexed as body). Our own page."""

from __future__ import annotations

from indexer import segment
from tests.helpers import html_document

PAGE = b"""<html><head><title>Recall: Harbour Bakery seeded rolls</title></head><body><main>
<p class="notice">Holiday hours: most of our shops close early on Monday. Check your local shop's times before you travel.</p>
<h1>Recall: Harbour Bakery seeded rolls</h1>
<p class="recall-date">Published 14 May 2024 &middot; Reference HB-0412</p>
<p>We are recalling one batch of our seeded rolls because some packs may contain sesame, which is not
listed in the ingredients on the label of the pack.</p>
<p>A small number of packs from this batch were made on a line used earlier the same day for another
product, and our checks found traces of sesame in packs from the batch.</p>
<p>Customers can return the packs to any of our shops for a full refund, with or without a receipt,
and no other products of ours are known to be affected by the fault.</p>
</main></body></html>"""


def test_a_date_line_under_the_headline_is_no_paragraph_under_a_notice_bar() -> None:
    article = segment.segment(html_document(PAGE))
    (line,) = [p for p in article.paragraphs if p.text.startswith("Published 14 May")]
    assert (line.kind, line.indexed) == ("boilerplate", False)
    assert article.published == "2024-05-14"


def test_a_date_line_between_paragraphs_stays_text() -> None:
    page = PAGE.replace(b'<p class="recall-date">Published 14 May 2024 &middot; Reference HB-0412</p>\n', b"").replace(
        b"<p>A small number", b"<p>14 May 2024</p>\n<p>A small number"
    )
    article = segment.segment(html_document(page))
    (line,) = [p for p in article.paragraphs if p.text == "14 May 2024"]
    assert line.indexed
