"""A short line the block model dropped between the article's kept parts, over a kept paragraph
of prose, is the heading of the section under it ("Meine Kursangebote" on trial 41's course page,
"Wirkung und Anwendung" on a wild tuning page); a teaser's header over another story's headline,
a date line, a sentence or a line with a chrome signal stays dropped. Blocks of our own, as the
segmenter leaves them before its paragraphs are made (`head._keep_gap_headings`)."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, HEADING
from indexer.segment import head
from indexer.segment.head import GAP_HEADING_REASON, GAP_REASON

PROSE = (
    "In meiner Werkstatt am Bach gebe ich seit 2009 Kurse für alle, die einmal selbst an der "
    "Drehscheibe sitzen und ein eigenes Gefäß formen möchten."
)


def _blocks(line: str, under: str = PROSE, signal: str = "") -> list:
    out = []
    for text, kind, reason in ((PROSE, BODY, "prose"), (line, BOILERPLATE, GAP_REASON), (under, BODY, "prose")):
        b = head._measured(text)
        b.kind, b.reason = kind, reason
        out.append(b)
    out[1].signal = signal
    return out


@pytest.mark.parametrize("line", ["Meine Kursangebote", "Wirkung und Anwendung", "Fair Information Practices"])
def test_a_dropped_short_line_over_kept_prose_is_a_heading(line: str) -> None:
    blocks = _blocks(line)
    head._keep_gap_headings(blocks)
    assert (blocks[1].kind, blocks[1].reason) == (HEADING, GAP_HEADING_REASON)


@pytest.mark.parametrize(
    ("line", "under", "signal"),
    [
        # a teaser's header over another story's headline (no sentence under it)
        ("Passend dazu", "Sonne, Bier, Elektroauto: Wie ein Jahr im Camper wirklich war", ""),
        # a date line, a sentence, a line with marks before its words, a chrome signal
        ("Termin: 06.03.2020, 19 Uhr", PROSE, ""),
        ("Das war ein schöner Abend.", PROSE, ""),
        ("» Zur Übersicht", PROSE, ""),
        ("Lesen Sie auch", PROSE, "site furniture 'lesen sie auch'"),
        # more words than a heading has
        ("Hier finden Sie alle unsere Kurse und Termine für das ganze Jahr im Überblick", PROSE, ""),
    ],
)
def test_other_short_lines_between_the_kept_parts_stay_dropped(line: str, under: str, signal: str) -> None:
    blocks = _blocks(line, under, signal)
    head._keep_gap_headings(blocks)
    assert (blocks[1].kind, blocks[1].reason) == (BOILERPLATE, GAP_REASON)
