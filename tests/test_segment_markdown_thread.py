"""A Markdown post's comment thread under a Markdown heading ("### 3 comments"): the heading was
kept as the post's own (Markdown says what a heading is) and the comments and the reply form's
notice under it as the post's paragraphs (a new user's blog post saved as Markdown). A heading
that heads a comment thread (`blocks.is_comment_header`) is read as one; the post's own headings
stay headings."""

from __future__ import annotations

import pytest

from indexer.models import HEADING, INDEXED_KINDS
from tests.helpers import parse_blocks

_POST = [
    "# Why local newspapers still matter",
    "*Posted on 2 May 2020 by Tom Baker*",
    "When the *Hartlepool Mail* cut its newsroom to three reporters last year, nobody at the town "
    "hall noticed at first. Then the council meetings stopped being covered.",
    "## What can be done",
    "Some titles have turned to charitable foundations. The [Bristol Cable](https://thebristolcable.org) "
    "is owned by its members, who elect its board every year.",
]
_COMMENTS = [
    "**Anne** on 3 May 2020: Great piece. Our local paper closed in 2018.",
    "**Bob** on 4 May 2020: Paywalls are the problem, not the solution.",
    "*Leave a reply. Your email address will not be published.*",
]


@pytest.mark.parametrize("header", ["### 3 comments", "## Leave a Reply", "### Kommentare (2)"])
def test_a_markdown_comment_heading_heads_the_thread(header: str) -> None:
    from indexer.sniff import markdown_to_text

    text = "\n\n".join([*_POST, "**Share this:** [Twitter](https://twitter.com)", header, *_COMMENTS])
    art = parse_blocks(markdown_to_text(text))  # as sources.py reads a .md file
    kept = " ".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    assert "Great piece" not in kept and "Paywalls" not in kept and "will not be published" not in kept
    assert [p.kind for p in art.paragraphs if p.text == "What can be done"] == [HEADING]
    assert "charitable foundations" in kept


def test_a_markdown_heading_of_the_post_stays_a_heading() -> None:
    art = parse_blocks("# Harbour bridge to close", *_POST[2:], "## Three comments from the harbour board", _POST[2])
    assert "Three comments from the harbour board" in [p.text for p in art.paragraphs if p.kind == HEADING]
