"""A status line of a relative time under a scraped page's headline ("Updated 3 minutes ago",
"Aktualisiert vor 5 Minuten"; trial7's kind K4), as a page of our own: a date line, never the
title."""

from __future__ import annotations

import pytest

from indexer import segment

from tests.helpers import kind_and_reason, parse_blocks

MENU = ("Skip to main content", "The Coast Herald", "Live", "World", "Politics", "Weather", "Sign in")
FOOTER = ("Most read", "Contact us", "Privacy policy", "© 2025 The Coast Herald. All rights reserved.")
POSTS = (
    "More than 20,000 homes are without power along the coast after gusts of up to 80mph brought "
    "down lines overnight, the network operator said on Sunday morning.",
    "Both harbours are closed to shipping until at least Monday, and the ferry company has told "
    "passengers with bookings for the weekend not to travel to the terminals.",
    "The coastguard said it had been called to three boats that broke their moorings, but that "
    "nobody had been hurt and all the crews were safely ashore.",
)


@pytest.mark.parametrize(
    "status",
    ["Updated 3 minutes ago", "Aktualisiert vor 5 Minuten", "Il y a 2 heures", "2 hours ago", "Hace 10 minutos"],
)
def test_a_relative_time_under_the_headline_is_a_date_line_never_the_title(status: str) -> None:
    # trial7's live blog: "Updated 3 minutes ago" became the title ("headline (over the byline
    # or date line)") and the headline two lines up was dropped.
    headline = "Estuary ferry live: crossings cancelled as gales close both harbours"
    head = ("Live", headline, status, "Key events", "From Harriet Cole", "Sun 24 Nov 2025 14.52 GMT")
    art = parse_blocks(*MENU, *head, *POSTS, *FOOTER)
    assert art.title == headline
    assert kind_and_reason(art, status) == ("boilerplate", "date line (relative time: 'N minutes ago')")


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("Updated: 2 hrs ago", True),
        ("Mis à jour il y a 10 minutes", True),
        ("5 минут назад", True),
        ("3m ago", True),
        ("an hour ago", True),
        ("a while ago", True),
        ("5 mins ago", True),
        ("3 минуты", False),  # a reading time
        ("Three minutes ago the ferry left", False),
        ("Updated 3 minutes ago by the desk", False),
    ],
)
def test_relative_time_lines(line: str, status: bool) -> None:
    assert segment.patterns._relative_time_line(line) is status
