"""A capital letter is a capital in every script that has them (models.UPPER): the rules' own
classes ("A-Z\\u00c0-\\u00de\\u0400-\\u042f") missed Ł, Ś, Č, Đ, Ő and Greek, so "By Łukasz
Wróbel" was body, not the byline (found by helper speed7 writing byline tests)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from indexer.models import BYLINE, UPPER
from tests.helpers import PROSE, parse_blocks as parse

HEADLINE = "Harbour bridge to close for a year of repairs"


def test_upper_is_every_capital_of_the_scripts_that_have_them() -> None:
    capital = re.compile(f"[{UPPER}]")
    for c in "AZÀÖØÞĀŁŚŻČŠŽĐŐŰĞİΑΣΩАЯЁЂԱՖႠჅ":
        assert capital.fullmatch(c), c
    for c in "azàöøßłśđőαωаяաa×÷0_- ":
        assert not capital.fullmatch(c), c
    # every Latin, Greek and Cyrillic capital of the Basic Multilingual Plane
    for code in [*range(0x41, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x2000)]:
        if unicodedata.category(chr(code)) in ("Lu", "Lt"):
            assert capital.fullmatch(chr(code)), hex(code)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Łukasz Wróbel", "Łukasz Wróbel"),
        ("By Ştefan Đorđević", "Ştefan Đorđević"),
        ("By Ōtani Shōhei", "Ōtani Shōhei"),
        ("Von Žofie Černá", "Žofie Černá"),
        ("By Σοφία Παπαδοπούλου", "Σοφία Παπαδοπούλου"),
    ],
)
def test_a_byline_whose_name_starts_with_any_capital_is_the_byline(line: str, name: str) -> None:
    art = parse(HEADLINE, line, *PROSE)
    assert art.byline == name
    assert [p.kind for p in art.paragraphs if p.text == line] == [BYLINE]
