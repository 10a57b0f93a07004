"""A forum thread saved as HTML whose replies are a sentence each keeps every reply
(`htmlpage._with_short_replies`): the extractor keeps the opening post only, and a reply's box,
with its poster's card, its time and its buttons, holds fewer words than a prose paragraph, so
the thread pass had not seen the boxes as posts. The poster's card, the header naming who posted
when ("message-attribution", with the post's number) are the posts' metadata, not text. The
page is our own, set as XenForo sets a thread."""

from __future__ import annotations

from typing import Any

import lxml.html

from indexer import htmlpage, segment
from indexer.models import BODY, INDEXED_KINDS
from tests.helpers import html_document

OPENING = (
    "Hallo zusammen, ich war am Wochenende am Rhein bei Worms und habe zwei schöne Zander gefangen. "
    "Weiß jemand, ob die Buhnen dort im Winter noch gut laufen oder ob man besser an den Hafen geht?"
)
REPLIES = [
    "Im Hafen ist es im Winter klar besser.",
    "Kann ich bestätigen, die Buhnen sind jetzt leer.",
    "Probier es mal mit Gummifisch in sechs Zentimetern.",
    "Danke euch, ich versuche es nächste Woche im Hafen.",
]
POSTERS = ["anglerfritz", "hechtjaeger", "zanderkoenig", "rheinfischer", "anglerfritz"]


def _post(i: int, poster: str, text: str) -> str:
    when = f'<time class="u-dt" datetime="2025-11-0{i + 1}T10:1{i}:00+0100">0{i + 1}.11.2025</time>'
    card = f'<h4 class="message-name"><a class="username" href="/members/{poster}.{i}/">{poster}</a></h4>'
    return f"""<article class="message message--post" id="js-post-{100 + i}">
<div class="message-cell message-cell--user"><section class="message-user">{card}
<h5 class="userTitle">Mitglied</h5><dl class="pairs"><dt>Beiträge</dt><dd>{10 + 7 * i}</dd></dl></section></div>
<div class="message-cell message-cell--main"><header class="message-attribution">
<ul class="message-attribution-main"><li><a href="/threads/zander.55/post-{100 + i}">{when}</a></li></ul>
<ul class="message-attribution-opposite"><li><a href="#">#{i + 1}</a></li></ul></header>
<div class="message-content"><article class="message-body"><div class="bbWrapper">{text}</div></article></div>
<footer class="message-footer"><a href="#">Melden</a> <a href="#">Zitieren</a> <a href="#">Antworten</a></footer>
</div></article>"""


def _page(posts: list[str]) -> bytes:
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        "<title>Zander im Winter am Rhein | Anglerboard Rhein</title></head><body>"
        '<header><nav><ul><li><a href="/">Foren</a></li><li><a href="/neu">Neue Beiträge</a></li>'
        '<li><a href="/login">Anmelden</a></li></ul></nav></header>'
        '<div class="p-body"><h1 class="p-title-value">Zander im Winter am Rhein</h1>'
        f'<div class="block-body">{"".join(posts)}</div></div>'
        '<footer><p>© 2025 Anglerboard Rhein · <a href="/impressum">Impressum</a></p></footer></body></html>'
    ).encode()


def _kept(data: bytes) -> list[str]:
    art = segment.segment(html_document(data, "thread.html"))
    return [" ".join(p.text.split()) for p in art.paragraphs if p.kind in INDEXED_KINDS]


def test_every_short_reply_of_a_thread_is_text() -> None:
    posts = [_post(i, who, text) for i, (who, text) in enumerate(zip(POSTERS, [OPENING, *REPLIES], strict=True))]
    art = segment.segment(html_document(_page(posts), "thread.html"))
    body = [" ".join(p.text.split()) for p in art.paragraphs if p.kind == BODY]
    assert body == [OPENING, *REPLIES]
    assert not art.warnings
    # the poster's card and the post's number are its metadata
    kept = _kept(_page(posts))
    assert not {"Mitglied", "Beiträge", "#1", "#2"} & set(kept)


def test_a_reply_too_short_to_find_stays_out() -> None:
    # "Danke!" is no text anybody searches for: a reply needs REPLY_MIN_WORDS words
    posts = [_post(0, "anglerfritz", OPENING), _post(1, "hechtjaeger", REPLIES[0]), _post(2, "rheinfischer", "Danke!")]
    kept = _kept(_page(posts))
    assert REPLIES[0] in kept and "Danke!" not in kept


def _boxes(markup: list[str]) -> tuple[list[Any], list[str]]:
    root = lxml.html.fromstring(f"<div>{''.join(markup)}</div>")
    boxes = list(root)
    return boxes, [" ".join(box.text_content().split()) for box in boxes]


def test_boxes_that_name_no_poster_are_no_thread() -> None:
    # boxes set alike, a sentence each, no poster's name or time (notes under an article): no
    # thread, so none is a reply; signed, the same boxes are the opening post and its replies
    first = (OPENING[:60],)
    plain = [f'<article class="message"><div class="bbWrapper">{text}</div></article>' for text in [OPENING, *REPLIES]]
    boxes, texts = _boxes(plain)
    assert htmlpage._with_short_replies(boxes, texts, [0], first) is None
    boxes, texts = _boxes([_post(i, who, text) for i, (who, text) in enumerate(zip(POSTERS, [OPENING, *REPLIES]))])
    assert htmlpage._with_short_replies(boxes, texts, [0], first) == [0, 1, 2, 3, 4]
    # ...but not when the long post is no thread's opening (the article's first paragraph)
    assert htmlpage._with_short_replies(boxes, texts, [0], ("Ein ganz anderer Anfang des Artikels",)) is None


def test_a_post_run_into_its_posters_card_counts_as_extracted() -> None:
    # a board whose boxes hold the poster's name and count as bare text: the extractor runs them
    # into the opening post ("anglerfritzBeiträge: 10 ... Hallo zusammen") and drops the
    # replies; that post is held, so no warning says a post was left out, and the replies are
    # put back
    boxes = [
        f'<article class="message" id="post-{i}"><div class="message-user"><a href="/u/{who}">{who}</a>'
        f'<span>Beiträge: {10 + i}</span></div><div class="message-main"><div class="message-date">'
        f'<time datetime="2025-11-0{i + 1}T10:1{i}:00">0{i + 1}.11.2025 um 10:1{i}</time></div>'
        f'<div class="message-content"><p>{text}</p></div><div class="message-footer"><a href="#">Zitieren</a> '
        '<a href="#">Antworten</a></div></div></article>'
        for i, (who, text) in enumerate(zip(POSTERS, [OPENING, *REPLIES], strict=True))
    ]
    art = segment.segment(html_document(_page(boxes), "thread.html"))
    kept = [" ".join(p.text.split()) for p in art.paragraphs if p.kind in INDEXED_KINDS]
    assert all(reply in kept for reply in REPLIES)
    assert not art.warnings
