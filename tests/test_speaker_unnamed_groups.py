"""A quotation said by a group with no name (BBC News, a new user's try of session 41):
'..." Organisers say all funds will go ...' made "Organisers" a person and the speaker
(entities._regex_people took any capitalised word before a speech verb after a quote), and
'"...," officials said' went on quoting the previous paragraph's speaker."""

from __future__ import annotations

from tests.helpers import tag_texts


def test_a_common_noun_before_say_is_nobody() -> None:
    a = tag_texts(
        [
            "Benefit show",
            'He wrote: "You are either with this effort or against it." Organisers say all funds will go to the Red Cross.',
            '"It is over," Officials said on Monday.',
        ],
        title=True,
    )
    for p in a.paragraphs[1:]:
        assert p.people == [] and p.speakers == []


def test_an_attributed_quote_is_not_the_previous_speakers() -> None:
    a = tag_texts(
        [
            "Talks",
            '"We will win," Smith said.',
            '"We will never give up."',  # all quotation: still Smith's
            '"We never give up," the Salford MP told the committee.',  # a description: Smith again
            '"It is over," officials said.',  # said by others, with no name
        ],
        title=True,
    )
    assert [p.speakers for p in a.paragraphs[1:]] == [["Smith"], ["Smith"], ["Smith"], []]


def test_a_name_before_say_is_still_a_speaker() -> None:
    a = tag_texts(["Match", 'Then came the reply. "We played well," Ferguson said after the game.'], title=True)
    assert a.paragraphs[1].speakers == ["Ferguson"]
