"""Page furniture by its form, in plain text and HTML alike (`segment.furniture._furniture_label`):
a post's reading time and length on one row ("3 Minuten Lesezeit - 517 Wörter", "21 minutes - 4312
words"; trial 39 and a wild tuning page kept them as text) and an events plugin's notice over a
past event ("This event has passed.", "Diese Veranstaltung ist bereits vorbei."; trials 38, 40)."""

from __future__ import annotations

import pytest

from indexer import segment
from tests.helpers import article_html, html_document, parse_blocks

_BODY = [
    "The city council voted on Tuesday to ration water in the northern suburbs for the rest of the "
    "summer, after the reservoirs fell below a third of their capacity.",
    "Households will have water for eight hours a day, the council said, and the hours will be "
    "published a week ahead so that families can plan around them.",
    "Officials blamed a dry winter and leaking pipes, which lose about a third of the water the "
    "city treats before it reaches a tap.",
]
FURNITURE = [
    ("3 Minuten Lesezeit - 517 Wörter", "reading time and length"),
    ("21 minutes - 4312 words", "reading time and length"),
    ("1,204 words · 5 min read", "reading time and length"),
    ("This event has passed.", "notice that the event has passed"),
    ("Diese Veranstaltung ist bereits vorbei.", "notice that the event has passed"),
    ("Cet événement est passé.", "notice that the event has passed"),
    # the notice opening a short block of its own (trial 57's Tilda page)
    ("Цей захід уже відбувся. Дякуємо всім, хто був із нами!", "notice that the event has passed"),
    ("This event has passed. Photos will follow next week.", "notice that the event has passed"),
]
# rows of the same shape that say something: a chapter's title, a sentence about a length
KEPT = [
    "Chapter 3 - 517 words",
    "The law is 300 words - and nobody has read it",
    "This event has passed into local legend, and every year more people come to see the boats.",
]


def _kind(art, line: str) -> tuple[str, str]:
    return next((p.kind, p.reason) for p in art.paragraphs if p.text.strip(" -") == line)


@pytest.mark.parametrize(("line", "kind"), FURNITURE)
def test_plain_text(line: str, kind: str) -> None:
    art = parse_blocks("Water rationed in the north", line, *_BODY)
    assert _kind(art, line) == ("boilerplate", f"page furniture ({kind})")


@pytest.mark.parametrize(("line", "kind"), FURNITURE)
def test_html(line: str, kind: str) -> None:
    pytest.importorskip("trafilatura")
    body = f"<p>{line}</p>" + "".join(f"<p>{p}</p>" for p in _BODY)
    art = segment.segment(html_document(article_html(body, "Water rationed in the north")))
    assert _kind(art, line) == ("boilerplate", f"page furniture ({kind})")


@pytest.mark.parametrize("line", KEPT)
def test_rows_that_say_something_stay(line: str) -> None:
    art = parse_blocks("Water rationed in the north", *_BODY[:2], line, _BODY[2])
    assert not _kind(art, line)[1].startswith("page furniture")
