"""Forum threads whose markup hides their posts from the extractor and from our own thread rules:

- a BEM modifier on a post's class ("Post--by-start-user", Flarum's mark of the thread's
  starter) is no poster's element: the opening post's text was dropped as "post's metadata";
- a post's box that only wraps an element named a comment (Flarum's <div class="PostStream-item">
  around <article class="CommentPost Post">) is the post, not a comment under it: the replies
  were left out, then dropped as "in a box named 'comment'";
- a thread whose every post box the extractor drops (Kunena names each "message") is known by
  the page's JSON-LD naming the starter of its DiscussionForumPosting, and the opening post is
  not held by the headline its header repeats.

Trial 63's Flarum and Kunena threads (pages written blind, read in session 56) lost their replies
and their opening post; the Flarum page below is our own, the Kunena one is trial 63's.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from lxml import html

from indexer import htmljsonld, htmlthread, segment
from indexer.models import BODY
from tests.helpers import html_document

OPENING = [
    "We moved our four hives to the orchard behind the mill in April and they have done well.",
    "Since the lime trees finished, two colonies have stopped bringing in pollen altogether.",
]
REPLIES = [
    "Check the brood pattern first, a failing queen often shows up as gaps in the comb.",
    "Ours did the same last July and it was simply the dearth after the lime flow ended.",
    "Feed a light syrup for a week and watch whether the foragers pick up again afterwards.",
]


def _flarum_post(number: int, poster: str, text: str, start: bool = False) -> str:
    modifier = " Post--by-start-user" if start else ""
    return (
        f'<div class="PostStream-item" data-number="{number}"><article class="CommentPost Post{modifier}"><div>'
        f'<header class="Post-header"><ul><li class="item-user"><h3 class="PostUser-name">'
        f'<span class="username">{poster}</span></h3></li><li class="item-meta">'
        f'<time datetime="2024-07-1{number}T08:00:00+00:00">1{number} Jul</time></li></ul></header>'
        f'<div class="Post-body">{text}</div>'
        f'<footer class="Post-footer"><div class="Post-likedBy">{number + 2} people liked this</div></footer>'
        f"</div></article></div>"
    )


FLARUM = (
    "<html><head><title>Colonies stopped foraging after the lime flow - Beekeepers Forum</title></head><body>"
    '<div class="App"><main class="App-content"><div class="DiscussionPage">'
    "<h1>Colonies stopped foraging after the lime flow</h1>"
    '<div class="PostStream" role="feed">'
    + _flarum_post(1, "orchard_hives", "".join(f"<p>{t}</p>" for t in OPENING), start=True)
    + "".join(_flarum_post(n + 2, f"keeper{n}", f"<p>{t}</p>") for n, t in enumerate(REPLIES))
    + "</div></div></main>"
    "<footer><p>Beekeepers Forum is run by volunteers from three county associations.</p></footer>"
    "</div></body></html>"
)


def test_a_flarum_threads_opening_post_and_replies_are_its_text() -> None:
    art = segment.segment(html_document(FLARUM.encode(), "flarum.html"))
    body = " ".join(p.text for p in art.paragraphs if p.kind == BODY)
    assert [t for t in OPENING + REPLIES if t not in body] == []
    assert "people liked this" not in body


def test_a_bem_modifier_is_no_part_of_a_class_word() -> None:
    el = html.fromstring('<article class="CommentPost Post Post--by-start-user message--post"></article>')
    assert htmlthread.class_words(el) == ["CommentPost", "Post", "Post", "message"]


def test_a_box_wrapping_only_a_comment_named_post_is_that_post() -> None:
    page = html.fromstring(
        '<div><div class="item"><article class="CommentPost"><div><p id="own">A reply of its own.</p></div>'
        '</article></div><div class="answer"><p>An answer.</p><div class="comments"><p id="under">A comment.</p>'
        "</div></div></div>"
    )
    item, answer = page.xpath("//div[@class='item']")[0], page.xpath("//div[@class='answer']")[0]
    assert not htmlthread.in_comments(page.get_element_by_id("own"), item)
    assert htmlthread.in_comments(page.get_element_by_id("under"), answer)


def _kunena_post(number: int, poster: str, subject: str, text: str) -> str:
    return (
        f'<div class="row message"><div class="col-md-2"><ul class="profilebox"><li><strong>'
        f'<a class="kwho-user" href="/forum/user/{number}">{poster}</a></strong></li><li>Posts: {number * 7}</li>'
        f'</ul></div><div class="col-md-10"><small><span class="kmsgdate" title="3 May 2024">2 weeks ago</span> '
        f'<a href="#{number}">#{number}</a></small><div class="badger-left message-published">'
        f'<div class="mykmsg-header">{subject}</div><div class="kmessage"><div class="kmsg">{text}</div></div>'
        f"</div></div></div>"
    )


KUNENA_TITLE = "Why does my dried apricot turn dark and how do I dry it without sulphur?"
KUNENA = (
    f"<html><head><title>Why does my dried apricot turn dark? - Growers Forum</title>"
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",'
    f'"headline":"{KUNENA_TITLE}","author":{{"@type":"Person","name":"valley_grower"}}}}</script></head><body>'
    '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/forum">Forum</a></li><li><a href="/articles">'
    'Articles</a></li><li><a href="/calendar">Grower\'s calendar</a></li><li><a href="/contact">Contact</a></li>'
    '</ul></nav></header><main><div id="kunena"><div class="row"><div class="col-md-12 announcementBox">'
    '<div class="alert alert-info"><h5>New section!</h5><p>From 1 May there is a new board for seed and seedling '
    "sales. Please post sale notices only there.</p></div></div></div>"
    f'<div class="kunena-topic-item"><h1><span class="badge">Question</span> {KUNENA_TITLE}</h1>'
    '<div class="topic-item-messages">'
    + _kunena_post(11, "valley_grower", KUNENA_TITLE, "<br>".join(OPENING))
    + "".join(_kunena_post(12 + n, f"grower{n}", f"Re: {KUNENA_TITLE[:20]}", t) for n, t in enumerate(REPLIES))
    + '</div></div><p class="klogin-prompt">Log in or register to reply to this topic.</p></div></main>'
    '<aside class="sidebar"><h3>Latest topics</h3><ul><li><a href="/t/1">Which vine suits a cold valley best?</a></li>'
    '<li><a href="/t/2">Almond leaves turning yellow in June, what to do?</a></li>'
    '<li><a href="/t/3">A solar irrigation pump after one year of use</a></li></ul></aside>'
    "<footer><p>Growers Forum is written by its members. Every post is its writer's own view and "
    "the moderators remove advertising and personal attacks.</p></footer>"
    '<div id="cookieNotice"><p>This site uses cookies so that the forum works properly.</p></div></body></html>'
)


# Trial 63's Kunena thread (a page written blind for the trials, read in session 56): the
# extractor keeps the forum's notice and login prompt, no post.
TRIAL63_KUNENA = Path(__file__).parent.parent / "eval" / "trials" / "trial63" / "html" / "c8650d787bf47d54.html.gz"
KUNENA_POSTS = [
    "40 дарахти зардолуи навъи «Мирсанҷалӣ» дорам",
    "баъди хушк шудан дар халтаҳои полиэтиленӣ нигоҳ доштам",
    "Агар касе аз Конибодом ё Хуҷанд таҷриба дошта бошад",
    "Зардолу бояд дар соя ё зери тӯри борик хушк шавад, на зери офтоби сӯзон.",
]


def test_a_thread_the_extractor_drops_is_known_by_its_json_ld_starter() -> None:
    art = segment.segment(html_document(gzip.decompress(TRIAL63_KUNENA.read_bytes()), "kunena.html"))
    body = " ".join(p.text for p in art.paragraphs if p.kind == BODY)
    assert [t for t in KUNENA_POSTS if t not in body] == []
    assert "Барои навиштани ҷавоб ба форум ворид шавед" not in body  # (the login prompt below)


def test_json_ld_names_a_threads_starter() -> None:
    page = html.fromstring(KUNENA)
    assert htmljsonld.thread_starters(page) == frozenset({"valley_grower"})
    assert htmljsonld.thread_starters(html.fromstring(FLARUM)) == frozenset()
