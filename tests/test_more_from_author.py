"""An author box closed by a link to the writer's other pieces ("More from NAME") with the name
alone on a line over the bio: the name, the role line and every paragraph of the bio ("She was
later ...", "She lives in ...") are the box, and the name is the byline. Trial 30's column kept a
three-paragraph bio as text. A site's "More from SITE" over other stories, with no name card, is
left to the teaser rules. Pages of our own."""

from __future__ import annotations

from indexer.models import BODY, BYLINE
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason as kind_of, parse_blocks as parse

HEADLINE = "Our harbour needs a ferry, not another car park"
BIO = [
    "Maren Holt writes a fortnightly column on coastal towns and their politics for The Gazette.",
    "She was a ferry deckhand for six summers before she trained as a reporter.",
    "She lives in Portwell with her partner and an elderly terrier called Biscuit.",
]


def test_an_author_box_over_more_from_its_writer_is_the_box() -> None:
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE, "Maren Holt", "Columnist", *BIO, "More from Maren Holt", FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    for text in BIO:
        assert kind_of(art, text[:20])[0] == BYLINE
    assert art.byline == "Maren Holt"


def test_more_from_a_site_with_no_name_card_is_no_author_box() -> None:
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE, "More from The Gazette", "Ferry fares to rise in May", FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert not [p for p in art.paragraphs if p.kind == BYLINE and "Ferry" in p.text]
