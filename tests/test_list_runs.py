"""A list's lines under its label stand or fall as one (`segment.kept._keep_runs_as_one`): a
recipe's ingredients and steps, and (trial 37, written blind) a list of items that name things
without a sentence's end, a concert's programme under "Das Programm", whose label and second
item the block model dropped as a teaser list between items it kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import BODY, HEADING
from indexer.segment.kept import _run_shape
from indexer.segment.textblocks import _measure, split_blocks
from tests.helpers import kind_and_reason, parse_blocks

TRIALS = Path(__file__).parent.parent / "eval" / "trials"


def _shape(text: str) -> str:
    b = split_blocks(text)[0]
    _measure(b)
    return _run_shape(b)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("500 g Mehl (Type 405)", "q"),
        ("Simmer until the barley is tender and serve.", "s"),
        ("Zwei Chorlieder von Felix Mendelssohn Bartholdy", "i"),
        ("Ein Medley aus Schweizer Volksliedern, gemeinsam mit dem Kinderchor", "i"),
        ("Home News", ""),  # a menu's items are shorter
        ("Das Programm:", ""),  # a label, not an item
        ("Nach dem Konzert gab es Wienerli mit Kartoffelsalat.", "s"),
    ],
)
def test_the_shapes_of_a_lists_lines(text: str, shape: str) -> None:
    assert _shape(text) == shape


def test_a_programmes_items_under_their_label_are_kept_as_one() -> None:
    path = TRIALS / "trial37" / "pages_txt" / "68ad3bf084458c27.txt"
    art = parse_blocks(path.read_text(encoding="utf-8"))
    assert kind_and_reason(art, "Das Programm")[0] == HEADING
    for item in ("«Wenn der Frühling kommt»", "Zwei Chorlieder von Felix", "Ein Medley aus Schweizer"):
        assert kind_and_reason(art, item)[0] == BODY, item
