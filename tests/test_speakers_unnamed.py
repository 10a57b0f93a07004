"""A pronoun's quotation after a sentence whose subject is a speaker the text does not name ("The
prime minister's official spokesman said ... But he added: '...'") is that unnamed speaker's: it
was tagged as the last person named before (Lord Butler), a new user's BBC page. Three BBC
politics paragraphs changed so, each to the right answer (Paul Sykes, Michael Howard and David
McLetchie were tagged with a spokesman's or spokeswoman's words)."""

from __future__ import annotations

import pytest

from tests.helpers import tag_texts

pytest.importorskip("spacy")


@pytest.mark.parametrize(
    "unnamed",
    [
        "The prime minister's official spokesman said the Cabinet was still used for the most important decisions.",
        "But a Downing Street source told reporters the Cabinet was still used for the most important decisions.",
        "A government adviser told the BBC the Cabinet was still used for the most important decisions.",
    ],
)
def test_a_pronoun_after_an_unnamed_speaker_is_no_named_speaker(unnamed: str) -> None:
    article = tag_texts(
        [
            "Lord Butler said Mr Blair bypassed the Cabinet when deciding to go to war in Iraq, in an "
            "interview published on Thursday.",
            f'{unnamed} But he added: "You cannot, in a modern government, take every decision in Cabinet."',
        ]
    )
    assert article.paragraphs[0].speakers == ["Lord Butler"]
    assert article.paragraphs[1].speakers == []


def test_a_pronoun_after_a_named_spokesman_is_his() -> None:
    article = tag_texts(
        [
            "Labour campaign spokesman Fraser Kemp said the poster had been misunderstood. The image "
            'simply portrayed the Tory leader as a hypnotist, he argued. "Clearly we have to take those '
            'views on board," he said.'
        ]
    )
    assert article.paragraphs[0].speakers == ["Fraser Kemp"]
