""""She said" is not a man's words, nor "he said" a woman's: a pronoun's speaker is the nearest
person it may stand for (entities._gender_fits: a given name only one sex bears in the US Social
Security lists Faker ships, or a title). BBC politics/050.txt:7 credited Nicola Sturgeon's "She
said: ..." to Jack McConnell, named before her, so `--speaker "=Jack McConnell"` returned her
words (a new user's try). With no other person to take, the speaker is as it was."""

from __future__ import annotations

import pytest

from tests.helpers import tag_texts


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "First Minister Jack McConnell announced the ban on Monday. The SNP's deputy leader, Nicola "
            'Sturgeon, welcomed the move. She said: "The time has come for a ban on smoking."',
            "Nicola Sturgeon",
        ),
        (
            "Nicola Sturgeon attacked the plan on Monday. The First Minister, Jack McConnell, defended it. "
            'He said: "The time has come for a ban on smoking."',
            "Jack McConnell",
        ),
        (
            'Mrs Thatcher met Mr Kinnock in the Commons on Tuesday. She said: "We will not turn back."',
            "Thatcher",
        ),
    ],
)
def test_a_pronoun_speaks_for_a_person_it_may_stand_for(text: str, speaker: str) -> None:
    speakers = tag_texts([text]).paragraphs[0].speakers
    assert len(speakers) == 1 and speaker in speakers[0]


def test_a_lone_person_stays_the_speaker() -> None:
    # Nicola is a man's name in Italy: with no one else named, "he said" stays his
    text = 'Nicola Zingaretti, the regional president, opened the hospital. "It is a good day," he said.'
    assert tag_texts([text]).paragraphs[0].speakers == ["Nicola Zingaretti"]
