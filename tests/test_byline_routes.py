"""A heading's way from one place or state to another after a word that is also a byline's
"by" ("Von Wäldern zu Schneefeldern", "Von Sarajevo zum Flächenbrand", "By Train to Bergen") is
no byline (`segment.textblocks._ROUTE`): trial 37's travel blog got the byline "Wäldern", a
wild tuning page "Sarajevo". A byline with names stays one."""

from __future__ import annotations

import pytest

from indexer.segment.textblocks import _byline_names, _measure, split_blocks


def _names(text: str) -> str:
    b = split_blocks(text)[0]
    _measure(b)
    return _byline_names(b)


@pytest.mark.parametrize(
    "line",
    [
        "Von Wäldern zu Schneefeldern",
        "Von Sarajevo zum Flächenbrand",
        "Von A wie Amen bis Z wie Zehn Gebote: Hier finden Sie Glaubensthemen kurz erklärt.",
        "Von Hamburg nach Kopenhagen",
        "By Train to Bergen",
    ],
)
def test_a_route_heading_is_no_byline(line: str) -> None:
    assert _names(line) == ""


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Anna Schmidt", "Anna Schmidt"),
        ("By Martin Holloway and Ruth Okafor", "Martin Holloway, Ruth Okafor"),
        ("Von Karl-Heinz Zumbusch", "Karl-Heinz Zumbusch"),
    ],
)
def test_a_bylines_names_stay(line: str, names: str) -> None:
    assert _names(line) == names
