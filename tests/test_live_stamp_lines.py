"""A live post's stamp line that names the post's kind after its time ("22:15 - Update", "22:15
Uhr – Update", "22h15 - Mise à jour") is the post's stamp and its section, not text glued into the
post, in plain text and in HTML; a post that opens with its own time under stamped posts has that
time as its section (trial 16: the post at 22:15 showed "§ 21:31"). Pages of our own; each test
fails on the code before."""

from __future__ import annotations


import pytest

from indexer import segment
from indexer.models import BODY
from indexer.segment.patterns import _LABELLED_STAMP
from indexer.segment.textblocks import _live_time_stamp
from tests.helpers import LIVE_HEADLINE as HEADLINE, LIVE_POSTS as POSTS, article_html, html_document, parse_blocks


@pytest.mark.parametrize(
    "stamp", ["22:15 - Update", "22:15 Uhr – Update", "22h15 - Mise à jour", "22:15 | Breaking", "10:47 BST"]
)
def test_a_labelled_stamp_line_over_a_post_is_its_section(stamp: str) -> None:
    art = parse_blocks(
        HEADLINE, "By Dana Smith", "21:04", POSTS[0], "21:31", POSTS[1], f"{stamp}\n{POSTS[2]}\n22:40 {POSTS[3]}"
    )
    body = [(p.section, p.text) for p in art.paragraphs if p.kind == BODY]
    assert body == [("21:04", POSTS[0]), ("21:31", POSTS[1]), (stamp, POSTS[2]), ("22:40", f"22:40 {POSTS[3]}")]


def test_a_labelled_stamp_on_a_block_of_its_own() -> None:
    art = parse_blocks(HEADLINE, "21:31", POSTS[1], "22h15 - Mise à jour", POSTS[2])
    assert [(p.section, p.text) for p in art.paragraphs if p.kind == BODY] == [
        ("21:31", POSTS[1]),
        ("22h15 - Mise à jour", POSTS[2]),
    ]


@pytest.mark.linear
def test_what_a_labelled_stamp_is() -> None:
    for line in ("22:15 - Update", "22:15 Uhr – Update", "22h15 - Mise à jour", "9.30am: Breaking news", "22h15"):
        assert _live_time_stamp(line), line
    for line in (
        "22:15 - Update 3",
        "22:15 - The mayor resigned today after a long row.",
        "Update - 22:15",
        "2015 - Update",
    ):
        assert not _live_time_stamp(line), line
    for text in (" " * 3000, "a a " * 750, "A" * 3000, "1" * 3000, "22:15 - " + "a " * 1500, "." * 3000):
        _LABELLED_STAMP.match(text)


def test_an_html_labelled_stamp_is_its_posts_section() -> None:
    pytest.importorskip("trafilatura")
    body = "".join(f"<div><p>{t}</p><p>{x}</p></div>" for t, x in zip(("21:31", "22:15 - Update", "22:40"), POSTS))
    art = segment.segment(html_document(article_html(body, HEADLINE)))
    assert [(p.section, p.text) for p in art.paragraphs if p.kind == BODY] == [
        ("21:31", POSTS[0]),
        ("22:15 - Update", POSTS[1]),
        ("22:40", POSTS[2]),
    ]
