"""Transcript and interview turns opened by a speaker's label ("FFION: ...", "Iwan Pritchard:
...", "Dr Pritchard: ..."): the label names the paragraph's speaker, resolved to the full name
the article gives that person, is no place, and a short question so labelled is no heading.
Labels of other lines ("Note:", "Update:", "Referee:") name no speaker. Own small inputs."""

from __future__ import annotations

import functools

import pytest

from tests.helpers import MENU, FOOTER, kind_and_reason, parse_blocks, tag_texts

RADIO = [
    "Why the river keeps flooding",
    "Presenter Ffion Davies asks hydrologist Iwan Pritchard what has changed on the Teifi.",
    "FFION: Good morning. The river burst its banks again last week, the third time this year.",
    "IWAN: Thank you for having me. The fields upstream drain much faster than they used to.",
    "FFION: So is it the farming, or is it the rain?",
    "IWAN: Both, honestly. But the drains are the part we can change.",
]


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    return functools.partial(tag_texts, title=True)


def test_a_label_in_capitals_names_the_speaker_by_the_full_name(tag) -> None:
    art = tag(RADIO)
    assert [p.speakers for p in art.paragraphs[2:]] == [
        ["Ffion Davies"],
        ["Iwan Pritchard"],
        ["Ffion Davies"],
        ["Iwan Pritchard"],
    ]
    assert art.paragraphs[3].people == ["Iwan Pritchard"]


def test_a_label_is_never_a_place(tag) -> None:
    art = tag(RADIO)
    assert not any(x in ("Ffion", "Iwan", "FFION", "IWAN") for p in art.paragraphs for x in p.places)


def test_full_name_and_given_name_labels_name_the_same_person(tag) -> None:
    art = tag(
        [
            "Inside the tide mill",
            "Marta Ibsen: Welcome back. Today I am with Tomas Lindqvist, who restores old mills.",
            "Tomas Lindqvist: Thanks for having me. This one has been grinding since 1790.",
            "Marta: And how often does it run now?",
            "Tomas: Twice a month, when the tide is right.",
        ]
    )
    assert [p.speakers for p in art.paragraphs[1:]] == [
        ["Marta Ibsen"],
        ["Tomas Lindqvist"],
        ["Marta Ibsen"],
        ["Tomas Lindqvist"],
    ]


def test_labels_of_notes_and_match_officials_name_no_speaker(tag) -> None:
    art = tag(
        [
            "Harbour wall repairs delayed",
            "Note: This article was updated to correct the cost of the repairs.",
            "Update: The council has since confirmed the new date.",
            "Referee: Gemma Thirsk (North Riding).",
        ]
    )
    assert [p.speakers for p in art.paragraphs] == [[], [], [], []]


def test_one_labelled_paragraph_is_no_transcript(tag) -> None:
    art = tag(
        [
            "Harbour wall repairs delayed",
            "Gareth Lloyd: a police sergeant in Llandeilo for twenty years, retired in May.",
            "The repairs will now start in the spring.",
        ]
    )
    assert art.paragraphs[1].speakers == []


def test_a_labelled_question_between_turns_is_no_heading() -> None:
    art = parse_blocks(
        MENU,
        "Inside the tide mill",
        "Marta Ibsen talks to the millwright Tomas Lindqvist about restoring a tide mill on the coast.",
        "Marta Ibsen: Welcome back. Today I am with Tomas Lindqvist, who restores old mills for a living.",
        "Tomas Lindqvist: Thanks for having me. This one has been grinding corn since 1790, on and off.",
        "MARTA: What do you look for first?",
        "TOMAS: The wheel. If the wheel is sound, the rest of the mill can almost always be saved, in my view.",
        FOOTER,
    )
    assert kind_and_reason(art, "MARTA: What")[0] == "body"
    assert all(p.section != "MARTA: What do you look for first?" for p in art.paragraphs)


def test_the_word_transcript_over_the_turns_is_no_person(tag) -> None:
    art = tag(["Why the river keeps flooding", "Transcript", *RADIO[1:]])
    assert art.paragraphs[1].people == []
