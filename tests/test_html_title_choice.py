"""An HTML page's title is its story's headline, not a section's name, a slug or the site's (a new
user's try of session 43: "Pressemitteilungen", "Aktuelle", "adac-kindersitztest-herbst-2018"
and "Dein Schweizer Fischereimagazin" were titles of pages whose <title> and <h1> gave the
headline). Pages of our own."""

from __future__ import annotations

import pytest

from indexer import htmlpage

BODY = "".join(
    f"<p>{t}</p>"
    for t in (
        "The council voted on Tuesday to close the old harbour bridge for repairs, a decision that will force "
        "thousands of commuters onto ferries for most of next year.",
        "Engineers said the steel supports had corroded faster than expected and that the deck could no longer "
        "carry buses, according to a report published by the council last month.",
        "Local businesses have asked for compensation, saying the closure will cut the number of visitors to the "
        "old town at the busiest time of the year.",
    )
)


def _title(head: str, h1: str, url: str = "https://www.harbourgazette.example/news/bridge") -> str:
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}'
        f'<link rel="canonical" href="{url}"></head><body><header>{h1 and ""}</header>'
        f"<main><article><h1>{h1}</h1>{BODY}</article></main><footer><p>© 2024</p></footer></body></html>"
    ).encode()
    _, _, meta, _ = htmlpage.extract(page, "p.html")
    return meta["title"]


HEADLINE = "Harbour bridge to close for a year of repairs"


@pytest.mark.parametrize(
    ("head", "h1", "title"),
    [
        # a section's og:title, the headline in the <title> and the <h1>
        (f'<title>Gazette: {HEADLINE}</title><meta property="og:title" content="Press releases">', HEADLINE, HEADLINE),
        # two og:titles, the story's first and a section's last
        (
            f'<title>{HEADLINE} | Gazette</title><meta property="og:title" content="{HEADLINE}">'
            '<meta property="og:title" content="News">',
            "",
            HEADLINE,
        ),
        # a slug for og:title: the <h1>
        (
            '<title>Bridge works 2024 | Gazette</title><meta property="og:title" content="bridge-works-2024">',
            HEADLINE,
            HEADLINE,
        ),
        # the <title>'s parts: the headline, the site's address, its tagline
        (
            "<title>Bridge-Closure | harbourgazette.example | Your town's own newspaper</title>",
            "Bridge-Closure",
            "Bridge-Closure",
        ),
        # the og:title with three dots, the <title> with an ellipsis: the same words, kept
        (
            '<title>All in good time… | Gazette</title><meta property="og:title" content="All in good time...">',
            "All in good time…",
            "All in good time...",
        ),
    ],
)
def test_the_title_is_the_storys(head: str, h1: str, title: str) -> None:
    assert _title(head, h1) == title


def test_a_blogs_name_linking_home_is_no_title() -> None:
    head = '<title>blog | Harbour Walks</title><meta property="og:title" content="Dear neighbours of the harbour">'
    assert _title(head, '<a href="/">Harbour Walks</a>') != "Harbour Walks"
