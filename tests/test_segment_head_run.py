"""An article's head run together without blank lines (trial 9: a kicker, the headline, the
byline and the date in one chunk of a plain-text scrape). As one block it read as a list of
short lines and was dropped with the headline in it; the first body paragraph became the title."""

from __future__ import annotations

import pytest

from indexer.models import BOILERPLATE, BODY

from tests.helpers import FOOTER, MENU, kind_and_reason, parse_blocks

BODY_TEXT = (
    "Ground handling workers at the city's airport will strike for three days over the holiday "
    "weekend, their union said on Thursday, in a dispute over pay and shifts.",
    "The union said talks with the handling company had failed after six months without a serious "
    "offer, and that passengers should check with their airlines before travelling.",
)
HEADLINE = "Airport workers to strike over holiday weekend, union says"


@pytest.mark.parametrize(
    ("head", "byline", "published"),
    [
        (("WORLD", HEADLINE, "By Jane Doe", "April 10, 2025"), "Jane Doe", "2025-04-10"),
        (("ELECTIONS 2025", HEADLINE, "Posted: Nov 5, 2025 / 11:58 PM CST", "By Grace Lind, Staff Writer"), "Grace Lind", "2025-11-05"),
        # a breadcrumb over the headline, and a scrape's glued date, time and status under a byline
        # (the year glued to the time is read: issue 13)
        (("Business | Autos & Transportation", HEADLINE, "By Ana Costa and Rui Lopes", "April 10, 20253:42 PM UTCUpdated 2 hours ago"), "Ana Costa, Rui Lopes", "2025-04-10"),
        # a name alone over a date line in another language
        (("GOSPODARKA", HEADLINE, "Marta Wiśniewska", "12 października 2025, 08:45"), "Marta Wiśniewska", "2025-10-12"),
    ],
)  # fmt: skip
def test_a_head_run_together_is_read_line_by_line(head: tuple[str, ...], byline: str, published: str) -> None:
    art = parse_blocks(MENU, "\n".join(head), *BODY_TEXT, FOOTER)
    assert art.title == HEADLINE
    assert art.byline == byline
    assert art.published == published
    assert kind_and_reason(art, head[0])[0] == BOILERPLATE  # the kicker is no text of the article
    assert [p.text for p in art.paragraphs if p.kind == BODY] == list(BODY_TEXT)


def test_teasers_and_comments_under_the_article_are_not_a_head() -> None:
    # a teaser's headline over its date, and a comment's "NAME says:" over its date, each run
    # together over a paragraph of prose, come after the article's text: not split, no title
    teaser = "Harbour board approves new ferry timetable for the winter\n3 March 2025"
    comment = "Harbourwatcher says:\nOctober 19, 2024 at 10:20 am"
    reply = (
        "I have taken this ferry every morning for twenty years and the new timetable will make me late "
        "for work every single day, which nobody at the board seems to have thought about."
    )
    art = parse_blocks(
        MENU,
        HEADLINE,
        *BODY_TEXT,
        teaser,
        BODY_TEXT[0][:60] + " and more words to make it a long sentence.",
        comment,
        reply,
        FOOTER,
    )
    assert art.title == HEADLINE
    texts = [p.text for p in art.paragraphs]
    assert teaser in texts and comment in texts  # each still one block
