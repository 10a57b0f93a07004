"""A forum thread saved as HTML keeps every reply, the ones that open with a quote of an earlier
post too: the quote repeats a sentence the quoted post holds, and a reply whose first sentence
the extraction held elsewhere was read as glued into another post's block and not put back
(a new user's XenForo and vBulletin 4 threads, tests/data/forum_*.html, written for the
project: "extracted 1 of the page's 2 posts", the moderator's answer nowhere in the index).
vBulletin 4 sets each post's whole text in a <blockquote class="postcontent">, which quotes
nobody. A thread's byline is its starter, not a later poster the extractor took for its
author (the vBulletin thread's byline was the moderator who answered)."""

from __future__ import annotations

from pathlib import Path

from indexer import segment
from indexer.models import INDEXED_KINDS, Article
from tests.helpers import html_document

DATA = Path(__file__).parent / "data"


def _kept(name: str) -> tuple[str, Article]:
    art = segment.segment(html_document((DATA / name).read_bytes(), name))
    return " ".join(" ".join(p.text.split()) for p in art.paragraphs if p.kind in INDEXED_KINDS), art


def test_the_xenforo_reply_under_its_quote_is_indexed() -> None:
    kept, art = _kept("forum_xenforo_fr.html")
    assert "Nourrissez-le deux fois par jour" in kept and "test de flottaison" in kept
    assert "depuis trois semaines mon levain" in kept
    assert not any("of the page's" in w for w in art.warnings)


def test_the_vbulletin_reply_under_its_quote_is_indexed_and_the_starter_is_the_byline() -> None:
    kept, art = _kept("forum_vbulletin_de.html")
    assert "Arretierwerkzeug" in kept and "Hazet" in kept
    assert "Ich habe letzten Monat bei ATU" in kept
    assert art.byline == "Kalle_TDI"


QUESTION = (
    "Since three weeks my sourdough starter bubbles nicely, but the bread stays flat as a pancake. "
    "The baker in my street says my starter is simply too young."
)
ANSWER = (
    "He is right. A three-week-old starter often lacks strength. Feed it twice a day for a week and "
    "do the float test before you knead; at 22 degrees a four-hour first rise is also too short."
)
THANKS = "Thank you both, I fed it twice a day all week and this morning's loaf finally rose properly."


def _xenforo_post(n: int, name: str, body: str) -> str:
    return (
        f'<article class="message message--post js-post" data-author="{name}" id="js-post-{n}">'
        '<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">'
        f'<h4 class="message-name"><a href="/members/{n}/" class="username">{name}</a></h4>'
        '<h5 class="userTitle message-userTitle">Member</h5></section></div>'
        '<div class="message-cell message-cell--main"><div class="message-main">'
        f'<header class="message-attribution"><ul><li><time datetime="2025-01-1{n}T10:00:00">Jan 1{n}, 2025</time></li>'
        f"<li>#{n}</li></ul></header>"
        f'<div class="message-content"><article class="message-body js-selectToQuote"><div class="bbWrapper">{body}</div>'
        "</article></div></div></div></div></article>"
    )


def _page(posts: str, title: str = "Sourdough that will not rise") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Bread Forum</title></head>'
        '<body><header><a href="/">Bread Forum</a><nav><a href="/forums/">Forums</a> <a href="/whats-new/">New posts</a></nav></header>'
        f'<div class="p-body"><h1 class="p-title-value">{title}</h1><div class="block-body js-replyNewMessageContainer">{posts}</div></div>'
        "<footer>© 2025 Bread Forum. Community platform by XenForo.</footer></body></html>"
    ).encode()


def test_a_xenforo_reply_opening_with_a_quote_is_kept() -> None:
    quote = (
        '<blockquote data-quote="Ana" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote">'
        '<div class="bbCodeBlock-title">Ana said:</div><div class="bbCodeBlock-content">'
        "The baker in my street says my starter is simply too young.</div></blockquote>"
    )
    posts = _xenforo_post(1, "Ana", QUESTION) + _xenforo_post(2, "Baker78", quote + ANSWER)
    posts += _xenforo_post(3, "Ana", THANKS)
    art = segment.segment(html_document(_page(posts), "thread.html"))
    kept = " ".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    for text in (QUESTION[:60], ANSWER[:60], THANKS[:60]):
        assert text in kept
    assert not any("of the page's" in w for w in art.warnings)


def _vb4_post(n: int, name: str, body: str) -> str:
    return (
        f'<li class="postbitlegacy postbitim postcontainer" id="post_{n}">'
        f'<div class="posthead"><span class="date">14.02.2025, 2{n}:15</span><a class="postcounter">#{n}</a></div>'
        f'<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username" '
        f'href="member.php?u={n}"><strong>{name}</strong></a></div><span class="usertitle">Member</span></div>'
        f'<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_{n}">'
        f'<blockquote class="postcontent restore">{body}</blockquote></div></div></div></div></div></li>'
    )


def test_a_vbulletin_4_reply_with_a_quote_and_the_starter_as_byline() -> None:
    quote = (
        '<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container">'
        '<div class="bbcode_postedby">Quote from <strong>Ana</strong></div>'
        '<div class="message">The baker in my street says my starter is simply too young.</div></div></div></div>'
    )
    posts = _vb4_post(1, "Ana", QUESTION) + _vb4_post(2, "Baker78", quote + ANSWER) + _vb4_post(3, "Ana", THANKS)
    page = _page(f'<ol id="posts" class="posts">{posts}</ol>')
    art = segment.segment(html_document(page, "thread.html"))
    kept = " ".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    for text in (QUESTION[:60], ANSWER[:60], THANKS[:60]):
        assert text in kept
    assert art.byline in ("", "Ana")


def test_a_discourse_starters_full_name_in_brackets_is_the_byline() -> None:
    # the crawler view prints "priya_n (Priya Nair)"; the extractor made "Priya N" of the handle
    _, art = _kept("forum_discourse_en.html")
    assert art.byline == "Priya Nair"
