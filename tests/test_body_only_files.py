"""A text file holding an article's body only (no headline: extraction-dev's clean_txt, a
journalist's copy of the text alone) opens with its first paragraph. That paragraph is body,
and the article is untitled, with the warning that says so. Before, a first paragraph of up to
300 characters became the title (a whole sentence printed with every hit), and a longer one
was dropped as "outside the article text (before it)": 49 of clean_txt's 88 files. A short
headline-like first line is still the title, as in BBC's files."""

from __future__ import annotations

import pytest

from indexer.models import BODY, TITLE
from tests.helpers import parse_blocks

SECOND = (
    "Toyota is displaying a rechargeable hybrid version of the RAV4, the top-selling vehicle in "
    "its line-up, which it says can drive about 40 miles on electricity alone before the engine starts."
)
THIRD = "The show opens to the public on Friday. Here are some of the vehicles on display this week."
OPENINGS = [
    # a sentence of 45 words (266 characters): was the title
    "New electric vehicles, several new small SUVs, a redesigned compact car, a plug-in version of "
    "the company's top-selling vehicle and a futuristic electric station wagon concept car from a "
    "German maker are among the new models on display this week at the city's annual auto show.",
    # a longer one (over 300 characters): was dropped as outside the article
    "Another cloud of choking smoke and dust is set to descend upon the capital region this week, "
    "as farmers in the neighbouring states burn the stubble of their harvested rice fields, a "
    "practice the courts have banned several times, and as the wind that carried last year's smoke "
    "away slows to almost nothing over the plains, forecasters said on Monday.",
    # one sentence of 30 words (187 characters): within the word cap, past the character cap
    "Thousands of commuters faced long delays on Tuesday morning after a signal failure near the "
    "central station halted every train on the northern line for almost three hours, officials said.",
    # a closing quote after the full stop
    "“We have never seen anything like it in the forty years that this family has farmed the valley, "
    "and we do not expect to see it again in our lifetimes,” said the eldest of the three brothers "
    "who run the orchard together.”",
]


@pytest.mark.parametrize("first", OPENINGS)
def test_a_body_only_file_keeps_its_first_paragraph_as_body(first: str) -> None:
    art = parse_blocks(first, SECOND, THIRD)
    assert not art.title
    assert [(p.kind, p.text) for p in art.paragraphs] == [(BODY, first), (BODY, SECOND), (BODY, THIRD)]
    # nothing dropped: the warning points at no dropped lines (`indexer parse` has none to show)
    (warning,) = [str(w) for w in art.warnings if "no headline found" in str(w)]
    assert "its first line reads as a paragraph, kept as its text" in warning and "see" not in warning


@pytest.mark.parametrize(
    "headline",
    [
        "Toyota shows a plug-in RAV4 at the Los Angeles Auto Show",
        "Why the plug-in hybrid is back.",  # a headline may end with a full stop
        # ... and be long: 140 characters (extraction-wild's longest og:title or h1 is 150)
        "Toyota, Volkswagen and a dozen smaller makers bring electric and plug-in models to the "
        "Los Angeles Auto Show as dealers report record sales.",
        "Toyota, Volkswagen and a dozen smaller makers show electric and plug-in models as the Los "
        "Angeles Auto Show opens to the press",  # long (23 words) but no sentence's end
    ],
)
def test_a_headline_over_the_body_stays_the_title(headline: str) -> None:
    art = parse_blocks(headline, SECOND, THIRD)
    assert art.title == headline
    assert [p.kind for p in art.paragraphs] == [TITLE, BODY, BODY]
