"""Kinds of trial 51 (eval/trials/trial51, written blind; issue 13), each as a small page of our
own: the article's subheading right under a read-also box's one headline, and a company's
about box whose label shortens its name."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, HEADING
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason, parse_blocks

HEAD = (MENU, "Bridge to close for a year", "By Greta Holm, 3 May 2024")
BOX_HEADLINE = "Ferry operator publishes new winter timetable as passenger numbers drop to a record low"
LEADS_INTO_LIST = "According to the report tabled at the council meeting in June, the repair work includes:"
LIST = "- new steel supports under the deck\n- a wider footpath on the east side\n- new lighting along the bridge"


@pytest.mark.parametrize(
    ("header", "subheading"),
    [("ALSO READ", "What the repairs include"), ("Διαβάστε επίσης", "Τα επιχειρήματα που δεν αντέχουν")],
)
def test_a_subheading_under_a_one_headline_box_is_the_articles(header: str, subheading: str) -> None:
    # trial 51 (Kenya, Greece): "ALSO READ" / another story's headline / the article's own
    # subheading / its text going on: the subheading was the box's second item
    art = parse_blocks(*HEAD, *PROSE[:2], header, BOX_HEADLINE, subheading, LEADS_INTO_LIST, LIST, *PROSE[2:], FOOTER)
    assert kind_and_reason(art, subheading)[0] in (HEADING, BODY)  # indexed, the box over it not
    assert kind_and_reason(art, BOX_HEADLINE)[0] == BOILERPLATE
    assert kind_and_reason(art, LEADS_INTO_LIST)[0] == BODY


def test_a_box_with_two_headlines_of_one_length_stays_a_box() -> None:
    second = "Council approves a new cycle lane along the harbour road after a long public consultation"
    art = parse_blocks(*HEAD, *PROSE[:2], "ALSO READ", BOX_HEADLINE, second, *PROSE[2:], FOOTER)
    assert kind_and_reason(art, second)[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
