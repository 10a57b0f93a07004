"""Metadata faults new users met on pages of their own (issue 13): a Hindi role word kept in the
byline, a date whose year runs into its time ("April 10, 20253:42 PM UTC", as Reuters' markup
reads when its elements are joined) read as no date, and a standfirst only the page's metadata
holds (JSON-LD "description", og:description) left out. Each page is our own."""

from __future__ import annotations

import json

import pytest

from indexer import pubdate, segment
from tests.helpers import FOOTER, MENU, PROSE, html_document, parse_blocks

TITLE = "Bridge to close"


@pytest.mark.parametrize(
    "line",
    ["रिपोर्ट: अमित शर्मा", "संवाददाता: अमित शर्मा", "लेखक: अमित शर्मा", "रिपोर्टर: अमित शर्मा"],
)
def test_a_hindi_role_label_is_no_part_of_the_byline(line: str) -> None:
    art = parse_blocks(TITLE, MENU, TITLE, line, *PROSE, FOOTER)
    assert art.byline == "अमित शर्मा"


def _page(head: str = "", top: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f'<html><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head><body><article>'
        f"<h1>{TITLE}</h1>{top}{body}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "author",
    ["रिपोर्ट: अमित शर्मा", "अमित शर्मा, संवाददाता", "संवाददाता अमित शर्मा", "अमित शर्मा की रिपोर्ट"],
)
def test_a_hindi_role_word_in_the_author_meta_tag(author: str) -> None:
    # the name only in the tag: the extractor cut its last vowel sign ("शर्म") and the role stayed
    pytest.importorskip("trafilatura")
    art = segment.segment(html_document(_page(head=f'<meta name="author" content="{author}">'), "h.html"))
    assert art.byline == "अमित शर्मा"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("April 10, 20253:42 PM UTC", "2025-04-10"),
        ("Updated April 10, 202511:05 AM GMT", "2025-04-10"),
        ("10 April 20253:42 PM", "2025-04-10"),
        ("April 10, 2025 3:42 PM UTC", "2025-04-10"),
    ],
)
def test_a_year_glued_to_its_time(line: str, date: str) -> None:
    art = parse_blocks(TITLE, MENU, TITLE, "By Jane Doe", line, *PROSE, FOOTER)
    assert art.published == date


def test_a_glued_time_in_other_languages_and_no_year_in_a_longer_number() -> None:
    assert pubdate.find_date("10 avril 20259:05") == "2025-04-10"
    assert pubdate.find_date("10. März 202514:30 Uhr") == "2025-03-10"
    assert pubdate.find_date("10 avril 202599") == ""  # digits, no time: no year


DEK = "Repairs will shut the crossing for a year and push commuters onto ferries, the council says."


def _ld(kind: str, description: str) -> str:
    data = {"@context": "https://schema.org", "@type": kind, "headline": TITLE, "description": description}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    "head",
    [
        _ld("NewsArticle", DEK),
        _ld("BlogPosting", DEK),
        f'<meta property="og:description" content="{DEK}">',
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "description": "A site."}, '
        f'{{"@type": ["NewsArticle"], "description": "{DEK}"}}]}}</script>',
    ],
)
def test_a_standfirst_only_in_the_metadata_is_the_lead(head: str) -> None:
    pytest.importorskip("trafilatura")
    art = segment.segment(html_document(_page(head=head), "d.html"))
    leads = [p.text for p in art.paragraphs if p.kind == "lead"]
    assert leads == [DEK]
    assert [p.kind for p in art.paragraphs].index("lead") < [p.kind for p in art.paragraphs].index("body")


@pytest.mark.parametrize(
    "head",
    [
        f'<meta name="description" content="{DEK}">',  # written for search engines
        _ld("WebPage", DEK),  # the site's, not the article's
        _ld("NewsArticle", PROSE[0][:90] + "..."),  # cut short: an excerpt
        _ld("NewsArticle", PROSE[0]),  # already the text
        _ld("NewsArticle", " ".join(PROSE[1].split()[:12]) + " and more."),  # the text's opening
        _ld("NewsArticle", "Bridge news today."),  # too short for a lead
    ],
)
def test_no_lead_from_other_descriptions(head: str) -> None:
    pytest.importorskip("trafilatura")
    art = segment.segment(html_document(_page(head=head), "n.html"))
    assert not [p for p in art.paragraphs if p.kind == "lead"]
    assert sum(p.text == PROSE[0] for p in art.paragraphs) == 1


def test_a_lead_in_the_markup_wins_over_the_metadata() -> None:
    pytest.importorskip("trafilatura")
    shown = "Commuters face a year of ferries as the council shuts the harbour bridge for urgent repairs."
    page = _page(head=_ld("NewsArticle", DEK), top=f'<div class="intro"><p class="standfirst">{shown}</p></div>')
    art = segment.segment(html_document(page, "w.html"))
    assert [p.text for p in art.paragraphs if p.kind == "lead"] == [shown]
