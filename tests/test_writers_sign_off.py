"""A post's text runs down to its writer's sign-off: a closing checklist, a greeting and
"NAME, ROLE" under the last paragraph were dropped as "outside the article text" (trial 57's
company blog). The byline's given name opens the sign-off; a reader's comment that addresses
the writer by name ends a sentence and stays out. A page of our own, and a name alone under the
headline with the date above it, a separator and a reading time between, is the byline."""

from __future__ import annotations

from indexer.models import BODY, BYLINE, HEADING
from tests.helpers import parse_blocks

HEAD = [
    "Winter checks for your heat pump | Northfield Energy",
    "We use cookies to give you a better experience and to understand how our site is used.",
    "Heat pumps Solar Service Blog About us Contact",
    "Energy tips",
    "2 October 2024",
    "·",
    "5 min read",
    "Five things to check on your air-to-water heat pump before the first frost",
    "Oskar Lindqvist",
    "When the nights turn cold the heat pump works flat out. Most faults we are called out for in "
    "November could have been found with ten minutes of looking in September.",
    "Clear the ground around the outdoor unit",
    "The outdoor unit needs air. Leaves, snow and bushes that have grown too close cut the airflow, "
    "and the pump uses more power for the same heat.",
    "Photograph the alarm list",
    "Take a photo of the alarm list in the menu before winter, so you have something to compare "
    "with if the pump starts to complain in January.",
]
TAIL = [
    "Share this post Oskar Lindqvist Service technician",
    "Oskar has installed and serviced heat pumps in the north for fifteen years. On the blog he "
    "writes about what he sees on his rounds.",
    "More from the blog",
    "Do solar panels help under snow?",
    "© 2024 Northfield Energy",
]


def _kinds(*end: str) -> dict[str, str]:
    return {p.text: p.kind for p in parse_blocks(*HEAD, *end, *TAIL).paragraphs}


def test_the_closing_list_greeting_and_sign_off_are_the_posts() -> None:
    kinds = _kinds(
        "Checklist to keep",
        "a clear half metre around the outdoor unit\na clean dirt filter\npressure between 1 and 1.5 bar",
        "Have a warm winter!",
        "Oskar, service technician at Northfield Energy",
    )
    assert kinds["Oskar, service technician at Northfield Energy"] == BODY
    assert kinds["Have a warm winter!"] == BODY
    assert kinds["Checklist to keep"] == HEADING


def test_a_name_alone_under_the_headline_is_the_byline() -> None:
    art = parse_blocks(*HEAD, *TAIL)
    assert art.byline == "Oskar Lindqvist"
    assert {p.text: p.kind for p in art.paragraphs}["Oskar Lindqvist"] == BYLINE


def test_a_readers_comment_to_the_writer_is_no_sign_off() -> None:
    kinds = _kinds("Comments", "Oskar, great post!")
    assert kinds["Oskar, great post!"] != BODY
