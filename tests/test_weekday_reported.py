"""A weekday after a reporting verb in the past is the day of the saying, the most recent such
day, even when a future verb comes earlier in the sentence (last round's new user: "will step
down next year, the company said on Monday" was dated the coming Monday). The verb nearest
before the weekday governs it. Sentences of our own, published on Wednesday 2021-11-17."""

from __future__ import annotations

import pytest

from indexer.entities import find_dates

PUBLISHED = "2021-11-17"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        (
            "Smith will step down next year, the company said on Monday.",
            ["2022", "2021-11-15"],
            "reported in the past ('said'): the most recent Monday",
        ),
        (
            "The striker is expected to return, his coach told reporters on Friday.",
            ["2021-11-12"],
            "reported in the past ('told'): the most recent Friday",
        ),
        (
            "The plant will close in March, the firm announced on Tuesday.",
            ["2022-03", "2021-11-16"],
            "reported in the past ('announced'): the most recent Tuesday",
        ),
        # AP style: a bare weekday right after the verb
        (
            "The plant will close, the company said Monday.",
            ["2021-11-15"],
            "reported in the past ('said'): the most recent Monday",
        ),
        # the future verb nearest: still to come
        ("The company said it will close the plant on Monday.", ["2021-11-22"], "future tense: the coming Monday"),
        ("The results will be announced on Monday.", ["2021-11-22"], "future tense: the coming Monday"),
        ("Officials said the bridge is due to reopen on Friday.", ["2021-11-19"], "future tense: the coming Friday"),
        # a past form after the future verb: the weekday is the past clause's (a new user's strike
        # story: "broke down on Tuesday night" was the coming Tuesday); the verb's own passive is none
        (
            "Dockers will strike from 6am after talks with the port operator broke down on Tuesday night.",
            ["2021-11-16"],
            "a past form after the future verb: the most recent Tuesday",
        ),
        ("The road will be closed on Monday.", ["2021-11-22"], "future tense: the coming Monday"),
    ],
)
def test_the_nearest_verb_dates_the_weekday(text: str, expected: list[str], rule: str) -> None:
    explained: list[str] = []
    assert find_dates(text, PUBLISHED, explained) == expected
    assert len(explained) == 1 and explained[0].endswith(f" = {expected[-1]}: {rule}")


def test_a_weekday_said_is_not_a_date_without_the_day_published() -> None:
    assert find_dates("The company said Monday it would cut jobs.", "2021-11") == []


def test_a_weekday_with_its_date_written_after_it_is_that_date_alone() -> None:
    # "on Saturday 9 March": the date the page wrote, no second day from the weekday (a new
    # user's meeting got the Saturday before as well)
    assert find_dates("The group meets at the library on Saturday 20 November at 10:30.", PUBLISHED) == ["2021-11-20"]
    assert find_dates("The market will open on Saturday, November 20.", PUBLISHED) == ["2021-11-20"]
