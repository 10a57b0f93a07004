"""HTML faults of the thirteenth trial, each on small pages of our own (helper chrome13): short
paragraphs the extractor dropped between its own vanished without a trace (a transcript's turns),
the text of block elements set inside another was glued without a space (a listing's cards), a
listing page of story cards was an article, a wiki's editors' notes and tagline were text, and a
platform's furniture (a newsletter's thanks-for-reading line, a memorial site's guest book) was
body."""

from __future__ import annotations

import pytest

from indexer import htmlpage, segment
from indexer.models import Article
from tests.helpers import html_document

pytest.importorskip("trafilatura")


def _page(body: str, title: str = "Harbour bridge to close") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></nav>{body}"
        "<footer><p>\u00a9 2024 The Harbour Gazette. All rights reserved.</p></footer></body></html>"
    ).encode()


def _article(page: bytes) -> Article:
    return segment.segment(html_document(page))


def _indexed(art: Article) -> list[str]:
    return [p.text for p in art.paragraphs if p.indexed]


# ---- a transcript's short turns, each in a box with its time-stamp link ----------------------

_TURNS = [
    (
        "00:00:05",
        "Ines Calder",
        "Welcome to the harbour hour, the show about the port and the people who keep it running. I'm Ines Calder.",
    ),
    (
        "00:00:19",
        "Ines Calder",
        "With me is the harbour master, Tomas Reyes, who has run the port for eleven years now.",
    ),
    (
        "00:00:31",
        "Tomas Reyes",
        "Thanks for having me. It has been a busy spring, with the dredging and the new ferry berth.",
    ),
    ("00:00:40", "Ines Calder", "Why dredge now?"),
    (
        "00:00:42",
        "Tomas Reyes",
        "The channel silts up every winter, and this year the storms brought in twice the usual sand, so the larger ferries touched bottom twice in March.",
    ),
    ("00:01:10", "Ines Calder", "Was anyone hurt?"),
    (
        "00:01:12",
        "Tomas Reyes",
        "No, nobody was hurt, but one ferry was out of service for a week while divers checked its hull for damage.",
    ),
]


def _transcript() -> bytes:
    segs = "".join(
        f'<div class="seg"><span class="ts"><a href="#t={t}">{t}</a></span> <span class="spk">{who}:</span> <p>{text}</p></div>'
        for t, who, text in _TURNS
    )
    return _page(f"<main><article><h1>Episode 12: Dredging the harbour</h1><h2>Transcript</h2>{segs}</article></main>")


def test_short_turns_of_a_transcript_are_kept_and_its_time_stamps_are_not_text() -> None:
    art = _article(_transcript())
    texts = _indexed(art)
    for _, who, turn in _TURNS:  # the extractor drops the two questions
        assert turn in texts or f"{who}: {turn}" in texts
    assert not any("00:0" in t for t in texts)
    (why,) = [p.reason for p in art.paragraphs if p.text == "Why dredge now?"]
    assert "put back" in why


def test_a_short_paragraph_in_other_markup_between_two_is_not_put_back() -> None:
    """Only a <p> set like the paragraphs around it, in the same run, is put back however short:
    one of a class of its own, or a piece of a paragraph around it, stays out."""
    import lxml.html

    from indexer.htmllead import gap_paragraphs

    first, last = _TURNS[2][2], _TURNS[4][2]
    root = lxml.html.fromstring(
        f"<html><body><article><div class='seg'><p>{first}</p></div><div class='seg'><p>Why dredge now?</p></div>"
        "<div class='seg'><p class='cue'>Music plays</p></div>"
        "<div class='seg'><p>The channel silts up every winter, and this year</p></div>"
        f"<div class='seg'><p>{last}</p></div></article></body></html>"
    )
    put_back = [text for _, _, text in gap_paragraphs(root, [first, last])]
    assert put_back == ["Why dredge now?"]


# ---- block elements inside another: their texts apart -----------------------------------------


def test_block_elements_inside_a_list_item_are_not_glued() -> None:
    cards = "".join(
        f"<li><a href='/s/{n}'><h3>{head}</h3></a><p>{src}</p></li>"
        for n, (head, src) in enumerate(
            [
                ("Ferry fares rise in May", "Transport \u00b7 2 hours ago"),
                ("Quay market moves indoors", "Local \u00b7 3 hours ago"),
            ]
        )
    )
    body = (
        "<main><article><h1>Harbour bridge to close</h1>"
        f"<p>{_TURNS[0][2]} {_TURNS[4][2]}</p><ul>{cards}</ul><p>{_TURNS[6][2]}</p></article></main>"
    )
    _, blocks, _, _ = htmlpage.extract(_page(body), "p.html")
    joined = "\n".join(t for _, t in blocks)
    assert "MayTransport" not in joined and "indoorsLocal" not in joined
    assert "Ferry fares rise in May\nTransport" in joined


def test_inline_code_stays_in_its_line() -> None:
    body = (
        "<main><article><h1>Harbour bridge to close</h1>"
        f"<p>{_TURNS[0][2]}</p><p>To list the berths, we simply run <code>berths --all</code> on the port's server every morning.</p>"
        f"<p>{_TURNS[4][2]}</p></article></main>"
    )
    texts = _indexed(_article(_page(body)))
    assert "To list the berths, we simply run berths --all on the port's server every morning." in texts


# ---- a listing page of story cards --------------------------------------------------------------


def _listing() -> bytes:
    cards = "".join(
        f"<li class='card'><a href='/s/{n}'><h3>{head}</h3></a><p class='src'>{src}</p></li>"
        for n, (head, src) in enumerate(
            [
                ("Ferry fares rise in May after fuel costs climb", "Transport \u00b7 2 hours ago"),
                ("Quay market moves indoors for the winter", "Local \u00b7 3 hours ago"),
                ("Storm warning for the northern coast tonight", "Weather \u00b7 4 hours ago"),
                ("Harbour festival line-up announced", "Culture \u00b7 5 hours ago"),
            ]
        )
    )
    return _page(
        f"<main><h1>Latest</h1><p>Fresh from 200 local sources, every hour.</p><ul class='cards'>{cards}</ul></main>",
        title="Latest - PortNews",
    )


def test_a_listing_page_of_story_cards_has_no_article_text() -> None:
    art = _article(_listing())
    assert _indexed(art) == []
    assert any("no article text found" in w for w in art.warnings)


def test_story_cards_beside_an_article_are_chrome_and_the_article_stays() -> None:
    cards = "".join(
        f"<li><a href='/s/{n}'><h3>{head}</h3></a><p>{src}</p></li>"
        for n, (head, src) in enumerate(
            [
                ("Ferry fares rise in May", "Transport \u00b7 2 hours ago"),
                ("Quay market moves indoors", "Local \u00b7 3 hours ago"),
                ("Storm warning for the coast", "Weather \u00b7 4 hours ago"),
            ]
        )
    )
    body = (
        "<main><article><h1>Harbour bridge to close</h1>"
        + "".join(f"<p>{t}</p>" for _, _, t in _TURNS[4:])
        + f"<ul>{cards}</ul></article></main>"
    )
    texts = _indexed(_article(_page(body)))
    assert _TURNS[4][2] in texts and _TURNS[6][2] in texts
    assert not any("hours ago" in t for t in texts)


# ---- a wiki page's editors' notes and tagline ---------------------------------------------------


def test_a_wikis_inline_notes_and_tagline_are_not_text() -> None:
    body = (
        "<main><h1>Lake Tessaro</h1><div id='siteSub'>From Wikipedia, the free encyclopedia</div>"
        "<div class='mw-parser-output'><p><b>Lake Tessaro</b> is a small glacial lake in the north of the valley, fed by two "
        "mountain streams.<sup class='noprint Inline-Template Template-Fact'><i>[<a href='/wiki/Citation_needed'>"
        "<span>citation needed</span></a>]</i></sup> It covers about four square kilometres.</p>"
        f"<p>{_TURNS[4][2]}</p></div></main>"
    )
    texts = _indexed(_article(_page(body, title="Lake Tessaro - Wikipedia")))
    assert (
        "Lake Tessaro is a small glacial lake in the north of the valley, fed by two mountain streams. It covers about four square kilometres."
        in texts
    )
    assert not any("citation needed" in t or "free encyclopedia" in t for t in texts)


# ---- a platform's furniture -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.",
        "¡Gracias por leer Notas del Puerto! Suscríbete gratis para recibir nuevas publicaciones y apoyar mi trabajo.",
        "Danke fürs Lesen von Hafennotizen! Abonniere kostenlos, um neue Beiträge zu erhalten.",
        "To plant trees in memory, please visit the Sympathy Store.",
        "Sponsored by Calder & Sons Funeral Home.",
        "4 Entries",
        "Ruth and Ed Mills, Portree, ME \u00b7 March 3, 2025",
    ],
)
def test_a_platforms_furniture_is_not_body(line: str) -> None:
    body = (
        "<main><article><h1>Harbour bridge to close</h1>"
        + "".join(f"<p>{t}</p>" for _, _, t in _TURNS[4:])
        + f"<p>{line}</p><p>{_TURNS[2][2]}</p></article></main>"
    )
    art = _article(_page(body))
    assert line not in _indexed(art)
    assert _TURNS[2][2] in _indexed(art)
