"""Readers' comments each opened by the poster's name and the date and time in brackets before a
colon, as a small paper's comment module prints them (trial 33's Bulgarian page: three comments
under "Коментари на читателите (3)" were indexed as the article's text). One such line alone, or
an article's quote with no date, stays text. Pages of our own."""

from __future__ import annotations

from indexer.models import BODY
from tests.helpers import FOOTER, MENU, parse_blocks

TITLE = "The old quarter goes car-free at weekends from May"
STORY = [
    "From the first Saturday of May, cars will no longer be allowed into the streets of the old quarter "
    "between ten in the morning and midnight on Saturdays and Sundays, the city council decided on Thursday.",
    "To ease the worries of shop owners, the council promised to open a temporary car park with about "
    "250 spaces behind the former factory, linked to the centre by an electric bus every fifteen minutes.",
    "The scheme will run for a trial period of six months, after which the administration must present "
    "an analysis of traffic, turnover and complaints to the councillors.",
]
COMMENTS = [
    "peter_pd (28.03.2024 17:10): Finally! Every Saturday cars pass within inches of the children "
    "sitting on the pavement. I hope they do not give up after the six months.",
    "Mimi (28.03.2024 17:52): And where will the people who live in the next streets park? There is "
    "not a single free space there in the evening even now.",
    "St. Alexiev (March 28, 2024, 6:30 pm): An electric bus every fifteen minutes sounds good on paper. "
    "We will see whether it still runs in August.",
]


def test_comments_signed_at_their_start_are_not_the_article() -> None:
    art = parse_blocks(MENU, TITLE, *STORY, "Readers' comments (3)", *COMMENTS, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == STORY


NOT_SIGNED = [
    "The mayor (who spoke on 28.03.2024): the scheme is a test and nothing more, and it can be ended.",
    "Reuters (17:10): The council voted for the scheme by 31 votes to 12 on Thursday evening.",
]


def test_lines_without_a_posters_date_and_time_are_no_comments() -> None:
    art = parse_blocks(MENU, TITLE, *STORY, *NOT_SIGNED, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == [*STORY, *NOT_SIGNED]


def test_one_signed_line_alone_stays_text() -> None:
    art = parse_blocks(MENU, TITLE, *STORY, COMMENTS[0], FOOTER)
    assert COMMENTS[0] in [p.text for p in art.paragraphs if p.kind == BODY]
