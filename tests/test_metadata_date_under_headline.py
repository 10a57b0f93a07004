"""The page's date in its head when prose was kept over the headline (trial 15: a consent
notice the block model read as text stood over a local paper's headline, and the date search
stopped at it, so "Von NAME 20.11.2025, 17:45 Uhr" under the headline gave no date). Our own
blocks; `metadata._published` reads the blocks' kinds as segmentation left them. And the page's own
"as of" stamp at its foot ("Stand: 03.11.2025"), read when nothing else dates the page (trial 15's
county page had no date)."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, BYLINE, LEAD, TITLE
from indexer.segment import metadata, textblocks

NOTICE = (
    "We and our 98 partners store and access information on your device, such as cookies, and "
    "process personal data, such as unique identifiers and standard information sent by a device,\n"
    "for personalised advertising and content, advertising and content measurement, audience research "
    "and services development."
)
STORY = (
    "The council said on Tuesday that the pool would stay closed for another summer while the "
    "new filters are fitted, and that the cost had risen by a third since the spring, when the first\n"
    "estimate was made. The opposition asked for a cheaper plan, and the mayor said there was none."
)


def _block(text: str, kind: str) -> textblocks._Block:
    b = textblocks._Block(text=text, lines=text.split("\n"), kind=kind)
    textblocks._measure(b)
    return b


def test_a_date_under_the_headline_is_read_past_prose_over_it() -> None:
    blocks = [
        _block("Menu News Sport Weather", BOILERPLATE),
        _block(NOTICE, BODY),
        _block("Pool repairs to cost more", TITLE),
        _block("The reopening moves to next year.", LEAD),
        _block("By Kate Lindner 20.11.2025, 17:45 3 min read", BYLINE),
        _block(STORY, BODY),
    ]
    assert metadata._published(blocks) == "2025-11-20"


def test_dates_in_the_menu_over_that_prose_are_not_the_page_date() -> None:
    blocks = [
        _block(NOTICE, BODY),
        _block("Live chat with councillors on 21.01.2016", BOILERPLATE),
        _block("Pool repairs to cost more", TITLE),
        _block(STORY, BODY),
    ]
    assert metadata._published(blocks) == ""


def test_without_a_headline_the_first_prose_still_ends_the_head() -> None:
    blocks = [_block(STORY, BODY), _block("By Kate Lindner 20.11.2025, 17:45", BYLINE)]
    assert metadata._published(blocks) == ""


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Stand: 03.11.2025", "2025-11-03"),
        ("Zuletzt aktualisiert am 4. März 2025", "2025-03-04"),
        ("Page last reviewed: 12 June 2024", "2024-06-12"),
        ("Dernière mise à jour : 2 février 2025", "2025-02-02"),
        ("Ultimo aggiornamento: 7 gennaio 2025", "2025-01-07"),
    ],
)
def test_the_page_own_stamp_at_its_foot_dates_a_page_with_no_other_date(stamp: str, date: str) -> None:
    blocks = [
        _block("Pool repairs to cost more", TITLE),
        _block(STORY, BODY),
        _block(stamp, BOILERPLATE),
        _block("Imprint Privacy Contact", BOILERPLATE),
    ]
    assert metadata._stamp_date(blocks) == date


def test_a_sentence_about_an_update_is_no_stamp() -> None:
    line = "Last updated in March 2024, the timetable has since been changed twice by the operator."
    assert metadata._stamp_date([_block(STORY, BODY), _block(line, BODY)]) == ""
