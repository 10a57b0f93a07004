"""An SMF thread copied as text prints each poster's panel (name, rank, stars, "Posts: 87") over
the post's subject and header ("« Reply #1 on: DATE »"), and "Logged" then the poster's
signature under the post. The panel over a reply's header is that reply's, not the end of the
post before it; what follows "Logged" is the signature; "Quote from: NAME on DATE" opens a quote
(a new user's Polish thread kept "Agnieszka Wróbel / Użytkownik / ** / Wiadomości: 87", a motto
and a quoted line as text). A page of our own."""

from __future__ import annotations

from indexer.models import BODY, HEADING
from tests.helpers import parse_blocks

THREAD = [
    "Welcome, Guest. Please login or register.",
    "Home Help Search Login Register",
    "Lakeside Anglers Forum » Lakes » Loch Awe » Night fishing ban from July – what do we know?",
    "Author\tTopic: Night fishing ban from July – what do we know?  (Read 412 times)",
    "0 Members and 2 Guests are viewing this topic.",
    "angus_of_awe",
    "Veteran",
    "*****",
    "Posts: 2311",
    "Night fishing ban from July – what do we know?",
    "« on: 22 May 2025, 18:40:11 »",
    "Evening all. The fishery board says that from 1 July night fishing on the loch will be banned "
    "between midnight and five. Has anyone seen the decision itself? I would like to know whether it "
    "covers the boats as well as the bank.",
    "Logged",
    "Trout, pike and a quiet night – that is all I ask.",
    "Morag Campbell",
    "Member",
    "**",
    "Posts: 87",
    "Re: Night fishing ban from July – what do we know?",
    "« Reply #1 on: 22 May 2025, 19:05:52 »",
    "Quote from: angus_of_awe on 22 May 2025, 18:40:11",
    "Has anyone seen the decision itself?",
    "It is on the board's website, dated 15 May. The ban covers the bank only; boats may stay out "
    "until one in the morning with a light.",
    "Logged",
    "Hamish",
    "Guest",
    "Re: Night fishing ban from July – what do we know?",
    "« Reply #2 on: Today at 07:12:30 »",
    "Thanks Morag, that explains it. A pity nobody from the club told us before the season opened.",
    "Logged",
    "Pages: [1] Go Up",
]


def test_the_posts_keep_their_text_and_lose_panels_signatures_and_quotes() -> None:
    kinds = {p.text: p.kind for p in parse_blocks(*THREAD).paragraphs}
    assert kinds[THREAD[11]] == BODY
    assert kinds[THREAD[22]] == BODY
    assert kinds[THREAD[28]] == BODY
    for chrome in ("Morag Campbell", "Posts: 87", "**", "Hamish", "Trout, pike and a quiet night – that is all I ask."):
        assert kinds[chrome] not in (BODY, HEADING), chrome
    assert kinds["Has anyone seen the decision itself?"] not in (BODY, HEADING)


def test_the_column_header_over_the_thread_is_no_shown_headline() -> None:
    # SMF's "Author / Topic: TITLE (Read N times)" holds the title's words; with the title on its
    # own line above the first post, it is the board's (a new user's Polish thread kept it as text)
    polish = [
        line.replace("Author\tTopic:", "Autor\tWątek:").replace("(Read 412 times)", "(Przeczytany 412 razy)")
        for line in THREAD
    ]
    for thread in (THREAD, polish):
        kinds = {p.text: p.kind for p in parse_blocks(*thread).paragraphs}
        assert kinds[thread[3]] not in (BODY, HEADING)
