"""A job title run into a byline's names (trial 15: "By Priya Shah Local Democracy Reporter"
gave the byline "Priya Shah Local Democracy" from the text and "Priya ShahLocal" from the HTML,
whose two <span>s meet letter to letter). Our own bylines."""

from __future__ import annotations

import lxml.html
import pytest

from indexer import htmlpage
from indexer.segment import textblocks
from tests.helpers import FOOTER, MENU, PROSE, parse_blocks


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Tomas Ridley Local Democracy Reporter", "Tomas Ridley"),
        ("By Jane Doe Chief Political Correspondent", "Jane Doe"),
        ("By Mary Ann Okafor Senior Health Reporter", "Mary Ann Okafor"),
        ("Von Anna Berg Leitende Redakteurin", "Anna Berg"),
        # names that are not beats stay whole: a double surname, a one-word "name"
        ("By Ana García López Corresponsal", "Ana García López"),
        ("By Jane Doe, Senior Reporter", "Jane Doe"),
    ],
)
def test_a_beat_before_the_job_word_is_no_part_of_the_names(line: str, names: str) -> None:
    assert textblocks._byline_names(textblocks._Block(text=line, lines=[line])) == names


def test_the_byline_of_a_text_page() -> None:
    art = parse_blocks("Shop saved", MENU, "Shop saved", "By Tomas Ridley Local Democracy Reporter", *PROSE, FOOTER)
    assert art.byline == "Tomas Ridley"


def test_two_spans_meeting_letter_to_letter_are_two_lines_of_an_html_byline() -> None:
    tree = lxml.html.fromstring(
        '<html><body><div class="byline"><span>By <a href="/a/tr">Tomas Ridley</a></span>'
        '<span class="role">Local Democracy Reporter</span></div><p>Text.</p></body></html>'
    )
    assert htmlpage.byline_lines(tree) == "By Tomas Ridley\nLocal Democracy Reporter"
    one = lxml.html.fromstring('<html><body><p class="byline">By <b>Tomas</b> Ridley, <i>Bristol</i></p></body></html>')
    assert htmlpage.byline_lines(one) == "By Tomas Ridley, Bristol"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Pubblicato il 12 ottobre 2025 da Marco Rossi", "Marco Rossi"),
        ("Pubblicato il 3 marzo 2024 da Redazione Sport in Notizie", "Redazione Sport"),
    ],
)
def test_an_italian_date_line_names_its_author_after_da(line: str, names: str) -> None:
    assert textblocks._byline_names(textblocks._Block(text=line, lines=[line])) == names
