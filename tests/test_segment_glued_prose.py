"""A paragraph a page prints on one line with a button glued to its end ("... Show less"), in a
block of short lines (a video page's channel name, counters and buttons over its description):
the whole block went out as a menu, and with it every sentence of the description (trial 59's
video page, 250 words). A line of hashtags alone is the post's tags, not a heading over it."""

from __future__ import annotations

import pytest

from indexer.models import BODY, INDEXED_KINDS
from indexer.segment.patterns import HASHTAGS_REASON
from indexer.segment.textblocks import _prose_line
from tests.helpers import FOOTER, MENU, parse_blocks

_DESCRIPTION = (
    "For three generations the Marsh family has built wooden rowing boats on the quay at Port "
    "Ellen. Fibreglass hulls are replacing them, and Ann Marsh says she is among the last builders "
    "left on the island. We spent nine days with the family as they built a boat for a ferryman, "
    "from choosing the larch planks to the first launch. The family now earns more from repairing "
    "boats than from building them, and two apprentices have started with them this spring."
)


@pytest.mark.parametrize("button", ["Show less", "Read more", "...more", "Mehr anzeigen"])
def test_a_description_with_its_button_glued_on_is_indexed(button: str) -> None:
    head = f"Harbour Films\n48.2K subscribers\nSubscribe\n1.4K\nShare\n31,208 views\n{_DESCRIPTION} {button}"
    article = parse_blocks(MENU, "The last boat builders of Port Ellen", head, FOOTER)
    body = " ".join(p.text for p in article.paragraphs if p.kind == BODY)
    assert "We spent nine days with the family" in body
    assert "apprentices have started with them" in body
    assert "subscribers" not in body


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        (_DESCRIPTION + " Show less", True),  # sentences inside a paragraph-long line
        (_DESCRIPTION, True),
        # a long line of headlines, no sentence inside: not prose
        ("Boat builders of Port Ellen Ferry timetable for winter Harbour dues rise again " * 3, False),
        ("One sentence only. and then a long tail of words without an end " * 3, False),
    ],
)
def test_a_prose_line_is_a_sentence_or_a_paragraph_with_sentences_inside(line: str, prose: bool) -> None:
    assert _prose_line(line) is prose


@pytest.mark.parametrize(
    "tags", ["#Islay #PortEllen #boats", "#harbour", "#Uganda, #LakeVictoria", "# postgres # devops # rails"]
)
def test_a_line_of_hashtags_is_no_heading(tags: str) -> None:
    article = parse_blocks(
        MENU, "The last boat builders of Port Ellen", tags, _DESCRIPTION, _DESCRIPTION.replace("nine", "ten"), FOOTER
    )
    kept = [p.text for p in article.paragraphs if p.kind in INDEXED_KINDS]
    assert tags not in kept
    assert any("nine days" in t for t in kept)
    # dropped for what it is, not for its place (a model or a later rule may not overrule that)
    assert [p.reason for p in article.paragraphs if p.text == tags] == [HASHTAGS_REASON]


def test_a_heading_with_a_number_sign_stays() -> None:
    article = parse_blocks(
        MENU,
        "The last boat builders of Port Ellen",
        _DESCRIPTION,
        "#1 on the island",
        _DESCRIPTION.replace("nine", "ten"),
        FOOTER,
    )
    assert "#1 on the island" in [p.text for p in article.paragraphs if p.kind in INDEXED_KINDS]


def test_a_forem_tag_line_is_no_markdown_title_and_the_headline_over_it_is() -> None:
    # Forem prints a post's tags as "# postgres # devops": read as a Markdown "# heading", it was
    # the page's title, and the headline over it went as a teaser (trial 59's community post)
    headline = "Our outage was one ALTER TABLE: why we split every migration in two"
    article = parse_blocks(
        "Skip to content Log in Create account",
        "Jordan Ellis\nPosted on May 14",
        headline,
        "# postgres # devops # rails # database",
        _DESCRIPTION,
        _DESCRIPTION.replace("nine", "ten"),
        FOOTER,
    )
    assert article.title == headline


@pytest.mark.parametrize("line", ["# Getting started", "# Introduction", "## What we changed"])
def test_a_markdown_heading_is_still_one(line: str) -> None:
    article = parse_blocks(
        MENU, "The last boat builders of Port Ellen", _DESCRIPTION, line, _DESCRIPTION.replace("nine", "ten"), FOOTER
    )
    assert line.lstrip("# ") in [p.text for p in article.paragraphs if p.kind in INDEXED_KINDS]
