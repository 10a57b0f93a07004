"""The author named in the head's meta block, between the headline and the article text, with no
"By" on the name's line (issue 13: on the wild tuning text dumps 133 pages had no byline where
the page's metadata gave one, among them "By" / "James Whittaker" / "-" / "May 4, 2022",
"Andrew Woodcock" / "Political Editor" / "@andywoodcock" / "Monday 28 September 2020 19:27",
"2021/09/19" / "|" / "Amber Guetebier"). Our own pages."""

from __future__ import annotations

import pytest

from tests.helpers import FOOTER, MENU, PROSE, parse_blocks

TITLE = "Harbour bridge to close for a year"
STANDFIRST = "Repairs to the rusted steel supports will take until next spring, the council says."


@pytest.mark.parametrize(
    "meta",
    [
        ["By\nJames Whittaker\n-\nMay 4, 2022\nShare\nFacebook\nTwitter"],
        ["Andrew Woodcock\nPolitical Editor\n@andywoodcock\nMonday 28 September 2020 19:27\n0 comments"],
        ["2021/09/19\n|\nAndrew Woodcock"],
        ["Shares", "Andrew Woodcock", "January 10, 2020 9:00AM (UTC)"],
    ],
)
def test_a_name_beside_the_head_date_or_under_a_by_line_is_the_author(meta: list[str]) -> None:
    art = parse_blocks(MENU, TITLE, STANDFIRST, *meta, *PROSE, FOOTER)
    assert art.byline in ("James Whittaker", "Andrew Woodcock")


def test_a_name_with_no_date_or_by_word_is_no_byline() -> None:
    art = parse_blocks(MENU, TITLE, "Andrew Woodcock", *PROSE, FOOTER)
    assert art.byline == ""


def test_a_commenters_name_and_date_under_the_article_are_no_byline() -> None:
    art = parse_blocks(MENU, TITLE, *PROSE, "Andrew Woodcock\n5 May 2021 at 10:02", "Great article, thanks!", FOOTER)
    assert art.byline == ""


def test_a_by_line_names_the_author_as_before() -> None:
    art = parse_blocks(MENU, TITLE, "By Ann Lee\n3 March 2021", *PROSE, FOOTER)
    assert art.byline == "Ann Lee"


def test_readers_signatures_under_a_comment_thread_header_name_no_author() -> None:
    # a French paper's comments, each signed "Par NAME, le DATE à HEURE", read as "By" lines:
    # the article's byline was its five commenters
    comments = []
    for name, hour in (("Bruno Gobin", "08h07"), ("Yves Leclercq", "09h23"), ("Thierry Boutin", "09h29")):
        comments += [f"Par {name}, le mercredi 15 mai 2019 à {hour}", "Excellent article, enfin un peu de raison."]
    art = parse_blocks(MENU, TITLE, "Par Emmanuelle Ducros\n15 mai 2019", *PROSE, "6 commentaires", *comments, FOOTER)
    assert art.byline == "Emmanuelle Ducros"
    art = parse_blocks(MENU, TITLE, *PROSE, "6 commentaires", *comments, FOOTER)
    assert art.byline == ""
