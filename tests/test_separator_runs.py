"""Separators between white space (`htmlpage._SITE_NAME_AFTER`, `htmlpage._LABEL_SEP`,
`patterns._NAMES_SPLIT`): tried from a run of white space's first character only, so the same
matches as before in time linear in the text (each was tried from every space of a run)."""

from __future__ import annotations

import random
import re

import pytest

from indexer import htmlpage
from indexer.segment import patterns

# the patterns as they were: quadratic on a run of spaces (94 ms on 3,000 for the first)
OLD = {
    "site name": (re.compile(r"\s+(?:[-–—|·•»]|::)\s+"), htmlpage._SITE_NAME_AFTER),
    "label": (re.compile(r"\s*(?::|\||»|›|>>|→|–|—|-)\s*"), htmlpage._LABEL_SEP),
    "names": (re.compile(r"\s*(?:,|\band\b|&|\|)\s*"), patterns._NAMES_SPLIT),
}
PIECES = [" ", "  ", "\t", "\n", "-", "–", "|", "::", ":", "»", "›", ">>", ",", "&", "and", "band", "Jo", "x", "·"]


@pytest.mark.parametrize("name", sorted(OLD))
def test_same_matches_as_before(name: str) -> None:
    old, new = OLD[name]
    rng = random.Random(7)
    own = ["Topic - Board - Forum", "Related:  Story", "Jane Doe and  John Roe , Ann", "a  ::  b", "   - x"]
    for text in own + ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12))) for _ in range(3000)]:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
        assert new.split(text) == old.split(text), text


@pytest.mark.parametrize("name", sorted(OLD))
def test_long_runs(name: str) -> None:
    # 3,000 characters: the old ones took 0.1-0.5 s on the runs of white space, these under 1 ms
    old, new = OLD[name]
    assert not any(new.search(text) for text in (" " * 3000, "\t" * 3000, "\n " * 1500, "A" * 3000, "7" * 3000))
    for text in ("a " * 1500, " - " * 1000, "a  |  " * 500):  # (no long run: the old one was quick)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_a_label_after_leading_spaces_still_found() -> None:
    # `_labelled_link` searches from after the label's opening marks, which may end in white space
    own = frozenset({"Another story of the site"})
    assert htmlpage._labelled_link("  Related: Another story of the site", own)
    assert htmlpage._labelled_link("[  Read also  |  Another story of the site]", own)
    assert not htmlpage._labelled_link("Related Another story of the site", own)
