"""A forum thread in a page dump (html-text's, as extraction-wild's), the kinds trial 48 showed
(eval/trials/trial48, vBulletin 3; each case here a thread of our own):

- a post's number printed apart from its "#" ("06.05.2012, 18:42 # 1": the markup's
  `#<a><strong>1</strong></a>`, which the dump spaces) was no post number, so the stamps were
  text and the thread's posts were not found by their numbers;
- a signature under vBulletin's row of underscores, each of its lines a block of its own, was
  kept: only a signature in one block with its delimiter was dropped;
- a board's own field between two of a member's panel's fields ("Car: 2004 Corolla 1.4"
  between "Location:" and "Posts:") was kept as text;
- the thread's headline, printed again over the first post, was dropped as a line under two
  posts (a signature) once the numbered posts were read;
- Discourse's crawler view: a post's header with its poster's title between the handle and the
  date ("pint_pat Club Treasurer 2021–2023 November 27, 2022, 4:02am 2") was no header, so it
  was text; the category and its blurb above the first post were the thread's lead."""

from __future__ import annotations

from indexer.models import BODY, TITLE
from tests.helpers import parse_blocks

SUBJECT = "Best way to bleed the brakes on a 2004 Corolla?"
POSTS = [
    (
        "06.05.2012, 18:42 # 1",
        ["wrench_wendy", "Member", "Join Date: 03.2009", "Location: Leeds", "Car: 2004 Corolla 1.4", "Posts: 214"],
        SUBJECT,
        [
            "My brake pedal has gone soft since I changed the front pads, and it sinks halfway to the floor.",
            "I have a helper for Saturday but have never bled a system with ABS before, so any tips are welcome.",
        ],
        ["2004 Corolla 1.4, 98k miles and counting.", "Next project: new rear shocks."],
    ),
    (
        "06.05.2012, 19:27 # 2",
        ["old_spanner", "Moderator", "Join Date: 11.2004", "Location: Otley", "Car: 1998 Land Rover", "Posts: 9,871"],
        "Re: " + SUBJECT,
        [
            "Start at the wheel furthest from the master cylinder and work your way to the closest one.",
            "Keep the reservoir topped up the whole time, or you will pull air into the ABS unit and start over.",
        ],
        ["Otley garage meet: first Friday of the month, guests always welcome.", "No tech questions by PM, please!"],
    ),
    (
        "06.05.2012, 20:05 # 3",
        ["wrench_wendy", "Member", "Join Date: 03.2009", "Location: Leeds", "Car: 2004 Corolla 1.4", "Posts: 214"],
        "Re: " + SUBJECT,
        ["Thanks, that sounds doable, and the pedal is firm again after a second round on each wheel."],
        ["2004 Corolla 1.4, 98k miles and counting.", "Next project: new rear shocks."],
    ),
]


def thread() -> list[str]:
    """The thread's dump as its blocks: a head, then each post's stamp, panel, subject, text and
    signature under its row of underscores, one line each, as html-text prints a vBulletin page."""
    lines = [f"{SUBJECT} - Garage Forum", "Garage Forum > Maintenance > Brakes", SUBJECT, "Thread Tools Display"]
    for stamp, panel, subject, text, signature in POSTS:
        lines += [stamp, *panel, subject, *text, "__________________", *signature]
    return [*lines, "« Previous Thread | Next Thread »", "Powered by vBulletin® Version 3.8.7"]


def kinds() -> dict[str, list[str]]:
    """Each distinct paragraph text of the thread with its kinds, in order."""
    found: dict[str, list[str]] = {}
    for p in parse_blocks("\n".join(thread())).paragraphs:
        found.setdefault(p.text, []).append(p.kind)
    return found


def test_every_post_is_text_and_its_stamp_panel_and_signature_are_not() -> None:
    found = kinds()
    text = [s for _, _, _, post, _ in POSTS for s in post]
    assert [s for s in text if BODY not in found.get(s, [])] == []
    furniture = [stamp for stamp, *_ in POSTS] + [f for _, panel, *_ in POSTS for f in panel]
    signatures = [s for *_, signature in POSTS for s in signature]
    assert [s for s in furniture + signatures if set(found.get(s, [])) & {BODY, TITLE}] == []


def test_the_headline_over_the_first_post_is_the_title() -> None:
    assert TITLE in kinds()[SUBJECT]


DISCOURSE = [
    "Cold crashing a lager in a Perth summer - Lagers - Perth Brewers Forum",
    "Cold crashing a lager in a Perth summer",
    "Lagers",
    "All about cold-fermented beers: lagers, pilsners, bocks and the fridges that make them work.",
    "keg_kim (Kim Doyle) November 27, 2022, 3:14am 1",
    "I have brewed ales for three years and want to try a proper pilsner before the summer heat sets in.",
    "My garage sits at 30 degrees in the afternoon, and I have no room for a second fridge this year.",
    "3 Likes",
    "pint_pat Club Treasurer 2021–2023 November 27, 2022, 4:02am 2",
    "Plenty of people here ferment lagers warm under pressure, and a spunding valve does most of the work.",
    "2 Likes",
    "keg_kim (Kim Doyle) November 27, 2022, 4:40am 3",
    "That is encouraging, and I will try it with a corny keg on the next batch before Christmas.",
    "pint_pat Club Treasurer 2021–2023 November 27, 2022, 5:18am 4",
    "A corny keg works fine, and that is how most of us started out with pressure brewing.",
    "Related topics",
]


def test_a_discourse_posters_title_is_in_its_header_and_the_category_above_is_no_lead() -> None:
    art = parse_blocks("\n\n".join(DISCOURSE))
    kept = {p.text for p in art.paragraphs if p.kind != "boilerplate"}
    assert art.title == DISCOURSE[1]
    assert [s for s in DISCOURSE[5:] if s.endswith(".") and s not in kept] == []
    assert [s for s in (DISCOURSE[2], DISCOURSE[3], DISCOURSE[8], DISCOURSE[13]) if s in kept] == []
