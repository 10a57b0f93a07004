"""HTML faults of the eleventh trial, each on small pages of our own (helper html11): a page of
posts (a channel's export) kept one post of several (K1), a standfirst under a kicker or named
in another language was body, and a dek set as a heading was put back over the title (K2), a
magazine's ornaments and print-edition lines were text (K3), shop buttons were text or glued to
a paragraph (K4), a broken page lost its text (K5)."""

from __future__ import annotations

import pytest

from indexer import htmlpage, segment
from indexer.models import Article
from tests.helpers import PROSE, html_document

pytest.importorskip("trafilatura")


def _page(body: str, title: str = "Harbour bridge to close", lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>{body}"
        "<footer><p>\u00a9 2024 The Harbour Gazette. All rights reserved.</p></footer></body></html>"
    ).encode()


def _article(page: bytes) -> Article:
    return segment.segment(html_document(page))


def _indexed(art: Article) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in art.paragraphs if p.indexed]


def _all_text(art: Article) -> str:
    return " ".join(t for _, t in _indexed(art))


# ---- K1: a page of posts (a channel's export) -----------------------------------------------

_POSTS = (
    "The harbour bridge will close to traffic from Monday, the council said, after engineers found corrosion in two of its supports.",
    "Ferries will run every fifteen minutes during the closure, and season tickets bought for the bridge bus will be valid on them.",
    "Photo of the corroded supports, taken by the council's inspectors.",
    "Shops on the quay say they expect fewer customers, and the traders' association has asked the council for a rates holiday until the bridge reopens next spring.",
)


def _export(channel: str = "Harbour News Live", signature: str = "Marta") -> bytes:
    """A channel export laid out as Telegram Desktop writes one: each post a `div.message` with
    its time, the sender on the first, its text, a signature; a service line between."""
    posts = []
    for n, text in enumerate(_POSTS):
        first = n == 0
        posts.append(
            f"<div class='message default clearfix{'' if first else ' joined'}' id='message{100 + n}'>"
            + (
                "<div class='pull_left userpic_wrap'><div class='userpic'><div class='initials'>HN</div></div></div>"
                if first
                else ""
            )
            + f"<div class='body'><div class='pull_right date details' title='03.02.2026 0{n + 6}:1{n}:00'>0{n + 6}:1{n}</div>"
            + (f"<div class='from_name'>{channel}</div>" if first else "")
            + f"<div class='text'>{text}</div>"
            + (f"<div class='signature details'>{signature}</div>" if n < 2 else "")
            + ("<div class='reactions'><span class='reaction'>👍 41</span></div>" if n == 3 else "")
            + "</div></div>"
        )
        if n == 1:
            posts.append(
                "<div class='message service' id='message-2'><div class='body details'>Channel photo changed</div></div>"
            )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'/><title>Exported Data</title></head><body>"
        f"<div class='page_wrap'><div class='page_header'><div class='content'><div class='text bold'>{channel}</div></div></div>"
        "<div class='page_body chat_page'><div class='history'>"
        "<div class='message service' id='message-1'><div class='body details'>3 February 2026</div></div>"
        + "".join(posts)
        + "</div></div></div></body></html>"
    ).encode()


def test_a_channel_export_keeps_every_post_and_its_title_is_the_channel() -> None:
    art = _article(_export())
    text = _all_text(art)
    for post in _POSTS:
        assert post[:40] in text, post
    assert art.title == "Harbour News Live"
    kept = [t for _, t in _indexed(art)]
    assert "Marta" not in kept and "HN" not in kept and "👍 41" not in kept
    assert not any(t[:2].isdigit() and ":" in t and len(t) <= 5 for t in kept)  # no post time as text
    assert not [p.section for p in art.paragraphs if p.section]  # a post's time is no section
    assert not art.warnings or not any("posts" in str(w) for w in art.warnings)


def test_a_channel_export_in_another_language_and_signature() -> None:
    art = _article(_export(channel="Hafen-Nachrichten", signature="Jörg"))
    assert art.title == "Hafen-Nachrichten"
    assert all(post[:40] in _all_text(art) for post in _POSTS)
    assert "Jörg" not in [t for _, t in _indexed(art)]


def test_posts_put_back_keep_the_pages_order() -> None:
    art = _article(_export())
    text = _all_text(art)
    at = [text.index(post[:40]) for post in _POSTS]
    assert at == sorted(at)


def test_with_posts_leaves_a_page_without_posts_alone() -> None:
    page = _page("<article><h1>Harbour bridge to close</h1>" + "".join(f"<p>{t}</p>" for t in PROSE[:3]) + "</article>")
    doc = html_document(page)
    assert not any(htmlpage.POST_META_REASON in k for k, _ in doc.blocks)


# ---- K2: the standfirst ---------------------------------------------------------------------

_STANDFIRST = "The council says the harbour bridge will stay shut for a year while its corroded supports are replaced."


@pytest.mark.parametrize(
    "markup",
    [
        "<p class='kicker'>Transport</p><h1>Harbour bridge to close</h1><p class='standfirst'>{s}</p>",
        "<h1>Harbour bridge to close</h1><p class='chapo'>{s}</p><p class='signature'>The Gazette · Published 18/11/2026 at 18:30</p>",
        "<h1>Harbour bridge to close</h1><p class='entradilla'>{s}</p><p class='byline'>By Ana Ruiz</p>",
        "<h1>Harbour bridge to close</h1><div class='article-vorspann'>{s}</div><p class='date'>18.11.2026</p>",
        "<header><p class='rubric'>Features / Coast</p><h1>Harbour bridge to close</h1><h2 class='dek'>{s}</h2>"
        "<p class='credits'>By <a href='/a/ann'>Ann Lee</a></p></header>",
    ],
    ids=["standfirst-under-kicker", "chapo", "entradilla", "vorspann", "dek-heading"],
)
def test_a_standfirst_is_the_lead_under_the_title(markup: str) -> None:
    body = "".join(f"<p>{t}</p>" for t in PROSE[:4])
    art = _article(_page(f"<article>{markup.format(s=_STANDFIRST)}<div class='body'>{body}</div></article>"))
    kept = _indexed(art)
    assert ("lead", _STANDFIRST) in kept
    assert [k for k, t in kept if t == _STANDFIRST] == ["lead"]  # once, not also as body
    kinds = [k for k, _ in kept]
    assert kinds.index("title") < kinds.index("lead")  # the title first


# ---- K3: a magazine's furniture -------------------------------------------------------------


@pytest.mark.parametrize("ornament", ["* * *", "***", "⁂", "◆", "~ ~ ~", "—"])
def test_a_section_break_ornament_is_no_text(ornament: str) -> None:
    body = f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p><p class='break'>{ornament}</p><p>{PROSE[2]}</p><p>{PROSE[3]}</p>"
    art = _article(_page(f"<article><h1>Harbour bridge to close</h1>{body}</article>"))
    assert ornament not in [t for _, t in _indexed(art)]
    assert PROSE[2] in [t for _, t in _indexed(art)]


@pytest.mark.parametrize(
    "line",
    [
        "From the September 2026 issue",
        "This article appears in the print edition",
        "A version of this article appeared in print in the March 2025 issue",
        "Dieser Artikel erschien in der Ausgabe 12/2024",
        "Cet article est paru dans le numéro 312",
        "Publicado en la edición impresa",
    ],
)
def test_a_print_edition_line_is_no_text(line: str) -> None:
    body = f"<p class='issue'>{line}</p>" + "".join(f"<p>{t}</p>" for t in PROSE[:4])
    art = _article(_page(f"<article><h1>Harbour bridge to close</h1>{body}</article>"))
    assert line not in [t for _, t in _indexed(art)]


def test_print_words_in_prose_stay() -> None:
    blocks = [
        (
            "",
            "From the first issue of the town's newspaper in 1881, the bridge was its favourite subject for complaints.",
        )
    ]
    assert htmlpage.mark_furniture(blocks) == blocks


# ---- K4: shop buttons -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "button", ["£2,998 at Vanmoof", "$349 at Amazon", "ab 69 € bei Otto", "Buy now", "Jetzt kaufen"]
)
def test_a_shop_button_is_no_text(button: str) -> None:
    verdict = f"<div class='verdict'><p>{PROSE[1]}</p><a class='buy' href='/go/shop'>{button}</a></div>"
    body = f"<p>{PROSE[0]}</p>{verdict}<p>{PROSE[2]}</p><p>{PROSE[3]}</p>"
    art = _article(_page(f"<article><h1>Harbour bridge to close</h1>{body}</article>"))
    assert not any(button in t for _, t in _indexed(art))


def test_a_shop_button_glued_to_its_paragraph_is_cut_off() -> None:
    price = "<p class='price'>Price: from €69 in a couchette. <a class='btn' href='/go/nightjet'>Check prices</a></p>"
    body = f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>{price}<p>{PROSE[2]}</p><p>{PROSE[3]}</p>"
    art = _article(_page(f"<article><h1>Harbour bridge to close</h1>{body}</article>"))
    kept = [t for _, t in _indexed(art)]
    assert "Price: from €69 in a couchette." in kept
    assert not any("Check prices" in t for t in kept)


def test_a_buying_phrase_in_prose_or_not_a_link_stays() -> None:
    blocks = [("", "Traders told shoppers to buy now. Check prices"), ("", "Buy now")]
    assert htmlpage.mark_shop_buttons(blocks, frozenset({"Home"})) == blocks
    said = [("", "Readers were told to Buy now")]
    assert htmlpage.mark_shop_buttons(said, frozenset({"Buy now"})) == said  # no sentence ends before it


# ---- K5: a broken or bare page --------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "text"),
    [
        (b"<html><body><p>unterminated <b>tag", "unterminated tag"),
        (
            b"<html><head><title>Notes</title></head><body><p>Budget agreed for the bridge",
            "Budget agreed for the bridge",
        ),
        (b"<p>Water rates rise <i>again", "Water rates rise again"),
    ],
    ids=["unterminated", "truncated", "fragment"],
)
def test_a_bare_or_broken_page_keeps_its_visible_text(page: bytes, text: str) -> None:
    art = _article(page)
    assert text in [t for _, t in _indexed(art)]
    assert any("visible text" in str(w) for w in art.warnings)


def test_a_page_of_links_stays_empty() -> None:
    page = b"<html><body><nav><a href='/'>Home</a></nav><p>Short"
    text, blocks, _, warnings = htmlpage.extract(page, "links.html")
    assert (text, blocks) == ("", []) and "no article text" in warnings[0]


def test_a_title_alone_stays_empty() -> None:
    assert (
        htmlpage.bare_page_blocks(htmlpage._parse("<html><head><title>T</title></head><body></body></html>"), "") == []
    )


def test_a_whole_page_of_a_few_words_stays_no_article() -> None:
    """Only a page cut off (no end tag) is read as it stands: a whole page of a few labels is
    no article, as before."""
    text, blocks, _, warnings = htmlpage.extract(b"<html><body><p>Opening hours</p></body></html>", "whole.html")
    assert (text, blocks) == ("", []) and "no article text" in warnings[0]
