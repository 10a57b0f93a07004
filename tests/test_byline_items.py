"""A byline's items, each once (segment.metadata._distinct_names): extraction-wild tuning pages
gave "Lars Fischer, Alina Schadwinkel, Lars Fischer", "MORITZ GATHMANN, Moritz Gathmann",
"Olivier Minot Olivier Minot", "Course/Meal:, Main Ingredient:, Cuisine:, Bebs" and
"MatsWichmann)" (a new user's try, session 42)."""

from __future__ import annotations

import pytest

from indexer.segment.metadata import _distinct_names


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["Lars Fischer", "Alina Schadwinkel", "Lars Fischer"], ["Lars Fischer", "Alina Schadwinkel"]),
        (["MORITZ GATHMANN", "Moritz Gathmann"], ["Moritz Gathmann"]),
        (["Kristen Falc'hon", "Olivier Minot Olivier Minot"], ["Kristen Falc'hon", "Olivier Minot"]),
        (["Course/Meal:", "Main Ingredient:", "Cuisine:", "Bebs"], ["Bebs"]),
        (["MatsWichmann)"], ["MatsWichmann"]),
        (["Anna Berg (Reuters)", "Sirhan Sirhan"], ["Anna Berg (Reuters)", "Sirhan Sirhan"]),
        (["AP", "Tom Krisher"], ["AP", "Tom Krisher"]),  # capitals alone stay: no other form of them
    ],
)
def test_each_name_once(items: list[str], expected: list[str]) -> None:
    assert _distinct_names(items) == expected
