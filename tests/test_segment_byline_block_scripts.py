"""A byline and a date line glued to a share bar in browser-copied text (trial 14's kind, past the
Ukrainian and English cases of test_segment_trial14_head.py), on pages of our own: a name of no
known given name ("Ayşe Yılmaz"), two names joined by "and", a date in Greek or Arabic (month
names CLDR gives for those languages, `eval.make_months`). The block was dropped whole as a
navigation list, and the page lost its byline and date."""

from __future__ import annotations

import pytest

from indexer import pubdate
from indexer.segment.textblocks import _names_shaped
from tests.helpers import FOOTER, MENU, parse_blocks

_EN = (
    "The harbour board voted on Tuesday to replace the old timber jetty at Saltmere with a floating "
    "pontoon, ending two years of argument about the cost of keeping the structure safe.",
    "Engineers told the meeting that the jetty's piles had rotted below the waterline and that divers "
    "had found gaps large enough to put an arm through in several of them.",
)


@pytest.mark.parametrize(
    ("head", "author", "date"),
    [
        ("Ayşe Yılmaz\n3 Kasım 2025, 14:35\nPaylaş  Facebook  X", "Ayşe Yılmaz", "2025-11-03"),
        (
            "Μαρία Παπαδοπούλου\n12 Αυγούστου 2024, 19:45\nΚοινοποίηση: Facebook  Twitter",
            "Μαρία Παπαδοπούλου",
            "2024-08-12",
        ),
        (
            "Martin Holloway and Jane Roe\nMon 3 Nov 2025 14.35 GMT\nShare on Facebook  Share on X  Share via Email",
            "Martin Holloway, Jane Roe",
            "2025-11-03",
        ),
        # a name of a script without capitals: read by its place beside the date (test_head_caseless_names.py)
        ("محمد أحمد\n3 نوفمبر 2025، 14:35\nمشاركة  Facebook  X", "محمد أحمد", "2025-11-03"),
    ],
)
def test_a_byline_block_over_a_share_bar_gives_its_name_and_date(head: str, author: str, date: str) -> None:
    art = parse_blocks(MENU, "Saltmere jetty to be replaced by a pontoon", head, *_EN, FOOTER)
    assert (art.byline, art.published) == (author, date)
    assert not [p for p in art.paragraphs if p.indexed and "Facebook" in p.text]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("12 Αυγούστου 2024", "2024-08-12"),
        ("3 نوفمبر 2025", "2025-11-03"),
        ("3 ноември 2025", "2025-11-03"),
        ("3. новембар 2025", "2025-11-03"),
        ("3 בנובמבר 2025", ""),  # Hebrew's "in November" (a prefix the table has not): no date
    ],
)
def test_month_names_of_more_languages(text: str, date: str) -> None:
    assert pubdate.find_date(text) == date


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Ayşe Yılmaz", True),
        ("Jane Roe and John Doe", True),
        ("Anna Schmidt und Peter Weber", True),
        ("محمد أحمد", True),
        ("Breaking news from the harbour", False),
        ("Home | News | Sport", False),
        ("Jane Roe, 3 March", False),
        ("Alone", False),
    ],
)
def test_names_shaped(line: str, shaped: bool) -> None:
    assert _names_shaped(line) is shaped
