"""A pronoun's quotation after a sentence that credits a person with its point ("... as noted by
registered dietitian Trista Best. '...,' she told The List") is that person's, not the previous
paragraph's speaker's (a new user's wild tuning page in HTML: two of one dietitian's quotes went to
another quoted a paragraph before). Own small inputs (entities._attributed_before)."""

from __future__ import annotations

import pytest

from tests.helpers import tag_texts

TITLE = "What a daily multivitamin does"
BEFORE = (
    "Our bodies need many vitamins to work well, dietitian Amanda Corbett said. \u201cMost people get "
    "enough from food,\u201d she told The Ledger."
)


@pytest.mark.parametrize("cue", ["as noted by registered dietitian", "according to nutritionist", "as explained by"])
def test_a_quote_after_a_sentence_crediting_a_person_is_that_persons(cue: str) -> None:
    art = tag_texts(
        [
            TITLE,
            BEFORE,
            f"People take vitamins for many reasons, {cue} Trista Bellamy. \u201cYou will be more nourished "
            "because you take nutrients in other ways than food,\u201d she told The Ledger.",
        ],
        title=True,
    )
    assert art.paragraphs[2].speakers == ["Trista Bellamy"]


def test_a_subject_of_the_sentence_before_still_speaks() -> None:
    # the sentence's subject is the pronoun's, whoever it cites
    art = tag_texts(
        [
            TITLE,
            BEFORE,
            "Trista Bellamy disagrees, as noted by the Harbour Gazette's reporter Tom Ames. \u201cFood comes "
            "first,\u201d she said.",
        ],
        title=True,
    )
    assert art.paragraphs[2].speakers == ["Trista Bellamy"]


def test_a_name_in_passing_without_a_credit_leaves_the_previous_speaker() -> None:
    art = tag_texts(
        [
            TITLE,
            BEFORE,
            "The study, published last week in a journal printed in Leeds, was led by Tom Ames. \u201cIt is "
            "a small effect,\u201d she added.",
        ],
        title=True,
    )
    assert art.paragraphs[2].speakers == ["Amanda Corbett"]
