"""Whose words an interview's answers are when its questions carry no label (each question a
paragraph of its own, set in bold on the page): the interviewee's, where the page says it is an
interview or the answers speak in the first person; an explainer's questions over third-person
answers give no speaker. Each article is our own."""

from __future__ import annotations

import pytest

from indexer.models import BODY, LEAD, TITLE, Article, Paragraph


@pytest.fixture(scope="module")
def tag():
    """tag([(kind, text), ...]) -> Article, the paragraphs tagged as one article."""
    from indexer.entities import tag_article

    def run(paras: list[tuple[str, str]]) -> Article:
        ps = [Paragraph(i + 1, kind, t) for i, (kind, t) in enumerate(paras)]
        return tag_article(Article("t", ps[0].text, "h", paragraphs=ps))

    return run


TURNS = [
    (BODY, "You have said the glacier is past saving. Some colleagues think that is too bleak?"),
    (BODY, "I understand that. But the ice we measured this spring was thinner than any year before."),
    (BODY, "How long do we have?"),
    (BODY, "Twenty years, perhaps thirty. I think we are losing a metre of ice every summer now."),
    (BODY, "The government points to its new climate fund. Is it enough?"),
    (BODY, "It is a start. My worry is that the money goes to studies rather than to cutting emissions."),
]


def speakers(art: Article) -> list[list[str]]:
    return [p.speakers for p in art.paragraphs]


@pytest.mark.parametrize(
    "title",
    [
        "'The ice is going faster than we thought': a conversation with Maria Lindqvist",
        "Interview: the glaciologist Maria Lindqvist on the last summers of the Rhône Glacier",
    ],
)
def test_the_answers_under_bare_questions_are_the_interviewees(tag, title: str) -> None:
    art = tag([(TITLE, title), (LEAD, "Maria Lindqvist has measured the glacier for two decades."), *TURNS])
    got = speakers(art)[2:]
    assert got[1::2] == [["Maria Lindqvist"]] * 3  # the answers
    assert got[0::2] == [[], [], []]  # the questions are the interviewer's


def test_first_person_answers_make_an_interview_without_a_cue_in_the_title(tag) -> None:
    art = tag(
        [(TITLE, "The last summers of the Rhône Glacier"), (BODY, "Maria Lindqvist spoke to us in Sion."), *TURNS]
    )
    assert speakers(art)[3::2] == [["Maria Lindqvist"]] * 3


def test_an_explainers_questions_over_third_person_answers_give_no_speaker(tag) -> None:
    art = tag(
        [
            (TITLE, "Why Maria Lindqvist's glacier study matters"),
            (LEAD, "Maria Lindqvist published her survey of the Rhône Glacier on Monday."),
            (BODY, "What did the survey find?"),
            (BODY, "The glacier lost a metre of ice last summer, the largest loss since records began."),
            (BODY, "Why does it matter?"),
            (BODY, "The Rhône supplies water to farms and towns as far as the Mediterranean coast."),
            (BODY, "What happens next?"),
            (BODY, "The federal council will debate the findings when parliament meets in June."),
        ]
    )
    assert all(s == [] for s in speakers(art)[2:])


def test_two_bare_questions_are_an_articles_rhetoric_not_an_interview(tag) -> None:
    art = tag([(TITLE, "A conversation with Maria Lindqvist"), (BODY, "Maria Lindqvist spoke to us."), *TURNS[:4]])
    assert all(s == [] for s in speakers(art)[2:])
