"""A phpBB 3 (prosilver) thread copied as text prints over each post its poster's panel, the
post's own subject, a row of its tools ("Quote") and its header ("Post by NAME » DATE"). The
first post's subject is often longer than the topic's title, and it is the opening post's own
heading, not the board's furniture above the thread (trial 61's Czech thread dropped "Kachlová
kamna po dědovi na chalupě u Telče – přestavět na akumulační, nebo zbourat a dát krbovku?" as
a board's notice). Its panel (name, rank, "Posts:", "Joined:") and the poster's signature may
come under the post's text instead, and are the board's there too. Pages of our own."""

from __future__ import annotations

from indexer.models import BODY, HEADING, TITLE
from tests.helpers import parse_blocks

SUBJECT = "Old Seagull outboard on a wooden tender – rebuild the gearbox or sell it as it is?"
THREAD = [
    "Seagull outboard: rebuild or sell? - Estuary Boat Owners",
    "Quick links FAQ Login Register",
    "Board index Engines Outboards",
    "Seagull outboard: rebuild or sell?",
    "Post Reply 3 posts • Page 1 of 1",
    "tide_watcher",
    "New member",
    "Posts: 4",
    "Joined: Mon Oct 07, 2024 6:10 pm",
    SUBJECT,
    "Quote",
    "Post by tide_watcher » Tue Oct 08, 2024 7:42 pm",
    "Hello all, I have inherited a 1968 Seagull Forty Plus with my late uncle's clinker tender. It "
    "runs, but the gearbox whines badly and slips under load.",
    "A rebuild kit costs about the same as the engine fetches on the auction sites. Has anyone done "
    "the gearbox themselves, and is it a job for a winter weekend?",
    "Thanks, Tom",
    "Top",
    "old_salt",
    "Regular",
    "Posts: 1290",
    "Re: Seagull outboard: rebuild or sell?",
    "Quote",
    "Post by old_salt » Tue Oct 08, 2024 9:05 pm",
    "Rebuild it. The gears are simple and the kit comes with every shim you need; take photos as "
    "you go and it is two evenings' work.",
    "Top",
    "tide_watcher",
    "New member",
    "Re: Seagull outboard: rebuild or sell?",
    "Quote",
    "Post by tide_watcher » Wed Oct 09, 2024 8:12 pm",
    "Thanks, I have ordered the kit and will report back with photos once it runs again.",
    "Top",
    "Post Reply",
    "3 posts • Page 1 of 1",
    "Return to “Outboards”",
]


def test_the_first_posts_own_subject_is_its_heading() -> None:
    doc = parse_blocks(*THREAD)
    kinds = {p.text: p.kind for p in doc.paragraphs}
    assert kinds[SUBJECT] == HEADING
    assert kinds["Seagull outboard: rebuild or sell?"] == TITLE
    assert kinds[THREAD[12]] == BODY
    for chrome in ("Post Reply 3 posts • Page 1 of 1", "Quote", "Board index Engines Outboards"):
        assert kinds.get(chrome) not in (BODY, HEADING), chrome


def test_a_line_sharing_too_few_of_the_titles_words_stays_the_boards() -> None:
    notice = "Winter berths at the club quay are now open for members and their guests"
    lines = [notice if line == SUBJECT else line for line in THREAD]
    kinds = {p.text: p.kind for p in parse_blocks(*lines).paragraphs}
    assert kinds[notice] not in (BODY, HEADING)


PANEL_BELOW = [
    "Seagull outboard: rebuild or sell? - Estuary Boat Owners",
    "Skip to content Quick links FAQ Login Register Board index ‹ Engines ‹ Outboards",
    "Post by tide_watcher » Tue Oct 08, 2024 7:42 pm",
    "Hello all, I have inherited a 1968 Seagull Forty Plus with my late uncle's clinker tender. It "
    "runs, but the gearbox whines badly and slips under load. Has anyone rebuilt one?",
    "tide_watcher",
    "Posts: 4",
    "Joined: Mon Oct 07, 2024 6:10 pm",
    "Location: Maldon, Essex",
    "Sailing the Blackwater since I could walk. All photos my own.",
    "Top",
    "Re: Seagull outboard: rebuild or sell?",
    "Post by old_salt » Tue Oct 08, 2024 9:05 pm",
    "Rebuild it. The gears are simple and the kit comes with every shim you need; take photos as "
    "you go and it is two evenings' work.",
    "old_salt",
    "Site Admin",
    "Posts: 1290",
    "Joined: Mon Jan 02, 2006 8:00 am",
    '"A boat is a hole in the water you pour money into."',
    "Top",
    "Re: Seagull outboard: rebuild or sell?",
    "Post by tide_watcher » Wed Oct 09, 2024 8:12 pm",
    "Thanks, I have ordered the kit and will report back with photos once it runs again.",
    "tide_watcher",
    "Posts: 5",
    "Joined: Mon Oct 07, 2024 6:10 pm",
    "Top",
    "Display posts from previous: All posts Sort by Post time Ascending Post Reply 3 posts • Page 1 of 1",
]


def test_the_posters_panel_and_signature_under_each_post_are_the_boards() -> None:
    # prosilver copied as text prints the panel (name, rank, fields) and the signature under the
    # post (a new user's phpBB thread kept "Site Admin" and two signatures as the posts' text)
    kinds = {p.text: p.kind for p in parse_blocks(*PANEL_BELOW).paragraphs}
    for text in (PANEL_BELOW[3], PANEL_BELOW[12], PANEL_BELOW[21]):
        assert kinds[text] == BODY
    for chrome in ("Site Admin", PANEL_BELOW[8], PANEL_BELOW[17], "Location: Maldon, Essex"):
        assert kinds[chrome] not in (BODY, HEADING), chrome


def test_a_posts_own_location_line_is_no_panel() -> None:
    post = "I keep her on a mooring near the town quay. Any tips for the gearbox oil?"
    lines = [*PANEL_BELOW[:4], "Location: Maldon, Essex", post, *PANEL_BELOW[10:]]
    kinds = {p.text: p.kind for p in parse_blocks(*lines).paragraphs}
    assert kinds[post] == BODY
