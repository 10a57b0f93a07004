"""The kinds trial 48 showed (eval/trials/trial48: 20 pages written blind, scored before they
were read: HTML 0.915, then 0.989), each as a page of our own:

- a thread whose posts schema.org calls forum posts (Discourse's crawler view, itemtype
  DiscussionForumPosting), with its category's blurb between headline and first post: the blurb
  was taken for the lead, so the opening post did not hold the first paragraph, and 1 post of 5
  was kept (`htmlthread.is_thread`); the blurb is no lead (`htmllead._NOT_LEAD`);
- a forum's rules box above the thread (Invision's "cForumRules"): the extractor kept it first,
  so the thread was read as comments under it, and every post was lost; the thread's opening
  post is now found after the headline (`htmlpage._first_after_title`), and the rules are chrome
  wherever they stand (`htmlchrome._RULES_CLASS`), not a heading whose id holds "rules";
- a Q&A page whose answer has headings of its own ("Why the voltage rises"): the answers were no
  group of posts, a post's headings being its poster's only (`htmlthread.box_key`)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from indexer import segment
from indexer.models import BODY
from tests.helpers import html_document

TRIAL = Path(__file__).parent.parent / "eval" / "trials" / "trial48"
EXPECTED = json.loads((TRIAL / "expected.json").read_text(encoding="utf-8"))

PROSE = "The esky got closest, but swapping ice bottles at six in the morning and six at night is wearing thin"


def indexed(key: str) -> str:
    """The indexed text of trial 48's page `key` in HTML."""
    page = gzip.decompress((TRIAL / "html" / f"{key}.html.gz").read_bytes())
    art = segment.segment(html_document(page, f"{key}.html"))
    return " ".join(" ".join(p.text.split()) for p in art.paragraphs if p.kind != "boilerplate")


@pytest.mark.parametrize(
    "key",
    [
        "99c398bb231194e1",  # Discourse's crawler view: posts typed DiscussionForumPosting, a category blurb
        "bb1416d912fcc294",  # Invision Community: the forum's rules above the thread
        "80c50ae17caa520e",  # a Q&A page whose accepted answer has headings
    ],
)
def test_every_post_is_the_pages_text_and_the_chrome_is_not(key: str) -> None:
    text = indexed(key)
    assert [w for w in EXPECTED[key]["with"] if w not in text] == []
    assert [w for w in EXPECTED[key]["without"] if w in text] == []


def test_a_heading_named_with_rules_is_no_rules_box() -> None:
    page = (
        "<html><head><title>Python mistakes</title></head><body><article><h1>Python mistakes</h1>"
        f"<p>{PROSE}, and the first mistake is the most common of them all.</p>"
        "<h2 id='mistake-4--misunderstanding-python-scope-rules'>Mistake 4: scope rules</h2>"
        f"<p>{PROSE}, and scope is what trips the most people up in the end.</p></article></body></html>"
    )
    art = segment.segment(html_document(page.encode("utf-8"), "page.html"))
    assert [p.kind for p in art.paragraphs if p.text.startswith("Mistake 4")] == ["heading"]
    assert BODY in {p.kind for p in art.paragraphs}
