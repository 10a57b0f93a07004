"""A forum thread whose markup names every post a comment (Invision Community: each post an
<article class="cPost ipsComment">, its text in "ipsComment_content", its replies the same): every
post is the page's text, not a comment thread, and the posters' signatures are not. Trial 29's
Invision thread (a page of our own, kept in eval/trials) indexed its first post only."""

from __future__ import annotations

import gzip
from pathlib import Path

from lxml import html

from indexer import htmlthread, segment
from indexer.models import BODY
from tests.helpers import html_document

PAGE = Path(__file__).parent.parent / "eval" / "trials" / "trial29" / "html" / "b866c359d3d2177a.html.gz"
REPLIES = [
    "what you're seeing is a bacterial bloom while the colony rebuilds",
    "The cloudiness itself won't hurt them, the nitrite might.",
    "Seeds the bacteria back much faster.",
    "Nitrite hit zero on day three and the water is almost glass-clear tonight.",
    "I'm keeping a bucket of tank water next to the sink from now on",
]
SIGNATURES = ["10g Caridina project (someday)", "Community guidelines and the new-member FAQ are pinned"]


def test_an_invision_threads_posts_are_its_text_and_its_signatures_are_not() -> None:
    art = segment.segment(html_document(gzip.decompress(PAGE.read_bytes()), "thread.html"))
    body = " ".join(p.text for p in art.paragraphs if p.kind == BODY)
    assert [r for r in REPLIES if r not in body] == []
    assert [s for s in SIGNATURES if s in body] == []
    assert not art.warnings


def test_a_posts_own_comment_named_parts_are_not_comments_under_it() -> None:
    page = html.fromstring(
        '<div><article class="cPost ipsComment"><div class="ipsComment_content"><p id="own">A post.</p></div>'
        '</article><div class="answer"><div class="comments"><p id="under">A comment.</p></div></div></div>'
    )
    post, answer = page.xpath("//article")[0], page.xpath("//div[@class='answer']")[0]
    assert not htmlthread.in_comments(page.get_element_by_id("own"), post)
    assert htmlthread.in_comments(page.get_element_by_id("under"), answer)
