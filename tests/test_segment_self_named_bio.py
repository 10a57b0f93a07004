"""An author's bio at the article's end with no name line over it: it opens with the name the
byline line gave ("NAME hosts X. Before joining ..."), after the article's text and its tags
line, with only chrome below (helper forum2, issue 13; trial 20: a Romanian bio under the tags
kept as the article's last paragraph). The article's own paragraphs that open with someone
else's name, or with the author's name in the middle of the story, stay text. Our own pages."""

from __future__ import annotations

import pytest

from indexer.models import BODY, INDEXED_KINDS
from tests.helpers import FOOTER, MENU, PROSE, parse_blocks

HEAD = ("Bridge to close", MENU, "Bridge to close")


@pytest.mark.parametrize(
    ("byline", "bio", "tags", "after"),
    [
        (
            "By Maria Jensen | 3 March 2025",
            "Maria Jensen hosts the Gazette's morning podcast. Before joining the paper she covered "
            "city hall for a radio station for nine years.",
            "Tags: bridge, council, ferries",
            "More from the Gazette",
        ),
        (
            "Von Lukas Berger, 3. März 2025",
            "Lukas Berger berichtet seit 2012 über Verkehr und Stadtplanung. Zuvor war er Redakteur "
            "bei einem Radiosender in Linz.",
            "Schlagwörter: Brücke, Gemeinderat",
            "Mehr aus der Region",
        ),
        (
            "Par Sophie Marchand, le 3 mars 2025",
            "Sophie Marchand couvre les transports et l'urbanisme depuis 2016. Elle a auparavant "
            "travaillé pour une radio locale.",
            "Mots-clés : pont, conseil municipal",
            "À lire aussi",
        ),
    ],
)
def test_a_bio_opening_with_the_bylines_name_at_the_end_is_no_text(
    byline: str, bio: str, tags: str, after: str
) -> None:
    art = parse_blocks(*HEAD, byline, *PROSE, tags, bio, after, FOOTER)
    kept = [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS]
    assert bio not in kept
    for para in PROSE:
        assert para in kept


def test_a_paragraph_opening_with_another_name_stays() -> None:
    last = "Anna Petersen runs the ferry kiosk. She expects twice the usual queue on Monday mornings."
    art = parse_blocks(*HEAD, "By Maria Jensen | 3 March 2025", *PROSE, last, "More from the Gazette", FOOTER)
    assert last in [p.text for p in art.paragraphs if p.kind == BODY]
