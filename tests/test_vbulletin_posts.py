"""A vBulletin thread's posts are boxes named "postbitlegacy postbitim postcontainer": the
extractor dropped two of trial 42's seven posts with no warning, and a post put back brought its
poster card ("Junior Member", "Join Date", "Posts 37") and its "Reply With Quote" button as text
until those boxes' names (userinfo, usertitle, posthead, postfoot) read as a post's metadata.
Trial 42's page (written blind for us), read by the HTML path."""

from __future__ import annotations

import gzip
from pathlib import Path

from indexer import segment
from indexer.models import BODY
from tests.helpers import html_document

PAGE = Path(__file__).parent.parent / "eval" / "trials" / "trial42" / "html" / "20542a37f11829f7.html.gz"


def test_a_dropped_post_is_put_back_without_its_poster_card() -> None:
    art = segment.segment(html_document(gzip.decompress(PAGE.read_bytes()), "thread.html"))
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    assert any(t.startswith("Same story with my 31") for t in body)
    for chrome in ("Junior Member", "Join Date", "Reply With Quote", "Nov 2010"):
        assert chrome not in body
