"""Forum threads of the fifteenth trial, each on a thread of our own: a phpBB thread copied as
text lost its replies (each reply's "Re: TITLE" subject line read as a teaser list's headline),
kept its posters' signatures as text and had no byline (the "Post by NAME » TIME" line was a
date line); as HTML its signatures were text twice and its poster's handle was title-cased."""

from __future__ import annotations

import pytest

from indexer import htmlpage, segment
from indexer.models import BODY, BOILERPLATE, INDEXED_KINDS
from indexer.segment.textblocks import forum_post_author
from tests.helpers import html_document, kind_and_reason, parse_blocks

TITLE = "Greenhouse heater trips the breaker at night"
FIRST = (
    "Since the frost started my little paraffin-free greenhouse heater trips the garage breaker around "
    "three in the morning, every night without fail. It is a 2 kW fan heater on a thermostat.",
    "The extension lead is rated for 13 A and feels cool in the morning. Could the heater be failing, "
    "or is the breaker simply too sensitive for the cold?",
)
REPLY = (
    "Damp is my first guess. Condensation inside the heater at the coldest hour trips an RCD far more "
    "often than a real fault does, so try it with a dry cover over the plug."
)
SHORT_REPLY = "Mine did the same until I moved the socket off the floor. Worth a try before buying anything."
LAST = "Thanks all, it was the damp. A cover over the socket and no trips for a week now. Marking this as solved."
SIG = ("Allotment 42, Hedgeford | Tomatoes since 1998", "\u201cGrow what you eat, eat what you grow.\u201d")


def _thread() -> list[str]:
    return [
        f"{TITLE} - Hedgeford Growers Forum",
        "Hedgeford Growers Forum",
        "FAQ",
        "Register",
        "Login",
        "Board index ‹ Under glass",
        TITLE,
        "Post Reply 4 posts • Page 1 of 1",
        "sprout_lad\nRegular\nPosts: 211\nJoined: Feb 2020",
        TITLE,
        "Post by sprout_lad » Mon Jan 12, 2026 9:02 pm",
        *FIRST,
        *SIG,
        "Top",
        "Old Fennel\nModerator\nPosts: 5120\nJoined: Apr 2009",
        f"Re: {TITLE}",
        "Post by Old Fennel » Mon Jan 12, 2026 9:40 pm",
        REPLY,
        "Top",
        "marrow_queen\nMember\nPosts: 12\nJoined: Nov 2025",
        f"Re: {TITLE}",
        "Post by marrow_queen » Tue Jan 13, 2026 7:15 am",
        SHORT_REPLY,
        "sprout_lad\nRegular\nPosts: 214\nJoined: Feb 2020",
        f"Re: {TITLE}",
        "Post by sprout_lad » Tue Jan 20, 2026 6:30 pm",
        LAST + "\n" + "\n".join(SIG) + "\nPost Reply 4 posts • Page 1 of 1\nJump to Under glass",
        "Similar topics",
        "Heater or bubble wrap? by frosty_pete » Sat Dec 06, 2025 4:10 pm",
        "Who is online",
        "Users browsing this forum: 9 guests",
        "Powered by phpBB® Forum Software © phpBB Limited",
    ]


def test_a_thread_copied_as_text_keeps_every_post_and_drops_its_headers_and_signatures() -> None:
    art = parse_blocks(*_thread())
    for text in (*FIRST, REPLY, SHORT_REPLY, LAST):
        assert kind_and_reason(art, text[:40])[0] == BODY, text
    assert all(p.kind not in INDEXED_KINDS for p in art.paragraphs if p.text.startswith(("Re: ", "Post by ")))
    for text in SIG:
        assert all(p.kind == BOILERPLATE for p in art.paragraphs if p.text.startswith(text)), text
    kept = "\n".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    assert "Grow what you eat" not in kept and "Tomatoes since" not in kept
    assert "Jump to" not in kept and "Post Reply" not in kept
    assert "Heater or bubble wrap" not in kept
    assert art.byline == "sprout_lad"


def test_a_reply_quoting_an_earlier_post_loses_the_quote() -> None:
    blocks = _thread()
    at = blocks.index(REPLY)
    blocks.insert(at, "sprout_lad wrote: \u2191Mon Jan 12, 2026 9:02 pm It is a 2 kW fan heater on a thermostat.")
    art = parse_blocks(*blocks)
    assert kind_and_reason(art, "sprout_lad wrote:") == (BOILERPLATE, "quote of an earlier post (forum thread)")
    assert kind_and_reason(art, REPLY[:40])[0] == BODY


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Post by sprout_lad » Mon Jan 12, 2026 9:02 pm", "sprout_lad"),
        ("Beitrag von Gartenzwerg77 » Mo 12. Jan 2026, 21:02", "Gartenzwerg77"),
        ("Message par Jean-Luc » lun. 12 janv. 2026 21:02", "Jean-Luc"),
        ("Mensaje por huerto_sur » 12 Ene 2026, 21:02", "huerto_sur"),
        ("Post by sprout_lad » yesterday", ""),  # no time after the »: not the line
        ("Posted by the team » read more", ""),
        ("The post by the council » was late", ""),
    ],
)
def test_a_forum_post_author_line(line: str, name: str) -> None:
    assert forum_post_author(line) == name


def test_one_author_line_alone_is_no_thread() -> None:
    # a blog's single "Post by NAME » DATE" line: its text is left to the other rules
    blocks = [b for b in _thread() if not b.startswith("Post by") or "sprout_lad » Mon" in b]
    art = parse_blocks(*blocks)
    assert not any(
        p.reason.startswith("forum post (under") or p.text.startswith("Post by") and p.kind == BOILERPLATE
        for p in art.paragraphs
    )


pytest.importorskip("trafilatura")


def _post(pid: int, user: str, when: str, text: str, sig: str) -> str:
    signature = f'<div class="signature">{sig}</div>' if sig else ""
    subject = TITLE if pid == 1 else f"Re: {TITLE}"
    return (
        f'<div id="p{pid}" class="post has-profile bg2"><dl class="postprofile"><dt><a class="username" href="#">{user}</a></dt>'
        f"<dd><strong>Posts:</strong> 211</dd></dl><div class='postbody'><h3>{subject}</h3>"
        f'<p class="author"><a href="#">Post</a> by <strong>{user}</strong> » {when}</p>'
        f'<div class="content">{text}</div>{signature}</div></div>'
    )


def test_an_html_thread_drops_its_signatures_and_keeps_the_handle() -> None:
    sig = "Allotment 42, Hedgeford | Tomatoes since 1998<br>\u201cGrow what you eat, eat what you grow.\u201d"
    page = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLE} - Hedgeford Growers Forum"
        f"</title></head><body><div id='page-body'><h2 class='topic-title'>{TITLE}</h2>"
        + _post(1, "sprout_lad", "Mon Jan 12, 2026 9:02 pm", "<br><br>".join(FIRST), sig)
        + _post(2, "Old Fennel", "Mon Jan 12, 2026 9:40 pm", REPLY, "Please search the board before posting.")
        + _post(3, "sprout_lad", "Tue Jan 20, 2026 6:30 pm", LAST, sig)
        + "</div><footer>Powered by phpBB</footer></body></html>"
    ).encode()
    art = segment.segment(html_document(page))
    kept = "\n".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    assert "Since the frost started" in kept
    assert "Tomatoes since" not in kept and "Grow what you eat" not in kept
    assert art.byline == "sprout_lad"


def test_an_author_cut_at_a_forum_posts_time_is_the_handle() -> None:
    assert htmlpage.author_as_written("Sprout Lad » Mon Jan", "Post by sprout_lad » Mon Jan 12") == "sprout_lad"


@pytest.mark.parametrize("delimiter", ["--", "-- ", "__________________"])
def test_a_signature_under_its_delimiter_is_dropped_when_printed_once(delimiter: str) -> None:
    # trial 16: "--" / "Greetings from ..." and vBulletin's underscores over "NAME - proud owner
    # of ..." were kept as text: each poster's signature printed once, so not repeated
    blocks = _thread()
    at = blocks.index(REPLY)
    blocks.insert(at + 1, f"{delimiter}\nOld Fennel - growing chillies on a north wall since 2011")
    art = parse_blocks(*blocks)
    [sig] = [p for p in art.paragraphs if "growing chillies" in p.text]
    assert (sig.kind, sig.reason) == (BOILERPLATE, "forum signature (under its '-- ' or '____' line)")
    kept = "\n".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    assert "growing chillies" not in kept
    assert kind_and_reason(art, REPLY[:40])[0] == BODY
