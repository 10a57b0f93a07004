"""A paragraph ending in a colon after a speech verb ("Environment Secretary Steve Reed said:")
introduces the next paragraph's quotation: that paragraph (a blockquote's text, or one opening
with a quotation mark) is the speaker's, unless it names a speaker of its own. A new-user trial
found the "said:" line tagged and the quotation under it not, so `--speaker` returned the wrong
paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import tag_texts

from indexer.models import Article


@pytest.fixture(scope="module")
def tag():
    """tag(["paragraph", ...]) -> Article, the paragraphs tagged as one article's body."""
    return tag_texts


def speakers(art: Article) -> list[list[str]]:
    return [p.speakers for p in art.paragraphs]


def test_a_blockquote_after_said_colon_is_the_speakers(tmp_path: Path) -> None:
    from indexer.pipeline import parse_paths

    (tmp_path / "funding.html").write_text(
        "<html><head><title>Harbour wall to be rebuilt</title></head><body><main>"
        "<h1>Harbour wall to be rebuilt</h1>"
        "<p>The harbour wall at Penmarrow will be rebuilt with a grant of £4 million.</p>"
        "<p>Transport Minister Gwen Talbot said:</p>"
        "<blockquote><p>The wall has kept this village safe for a century. We will keep it standing.</p>"
        "</blockquote>"
        "<p>Work is due to begin in the spring and to last two years.</p>"
        "</main></body></html>",
        "utf-8",
    )
    (art,) = parse_paths([str(tmp_path)])
    by_text = {p.text[:20]: p.speakers for p in art.paragraphs}
    assert by_text["Transport Minister G"] == ["Gwen Talbot"]
    assert by_text["The wall has kept th"] == ["Gwen Talbot"]
    assert by_text["Work is due to begin"] == []  # only the next paragraph


@pytest.mark.parametrize(
    "intro",
    [
        "Harbourmaster Owen Pritchard told reporters:",
        "The council has approved the plan. Owen Pritchard, the harbourmaster, added:",
        "Angela Morvah spoke first. Owen Pritchard replied:",
    ],
)
def test_a_plain_paragraph_after_a_speech_verb_and_colon_is_the_speakers(tag, intro: str) -> None:
    art = tag([intro, "We have waited ten years for this money and we will not waste a penny of it."])
    assert speakers(art)[1] == ["Owen Pritchard"]


def test_a_quoted_paragraph_after_a_colon_line_naming_two_people_is_the_last_speakers(tag) -> None:
    # Two people in the introducing paragraph: the one whose verb ends it with a colon.
    art = tag(
        [
            "Angela Morvah said the money was late. Owen Pritchard added:",
            "\u201cWe have waited ten years for this and we will not waste a penny of it.\u201d",
        ]
    )
    assert speakers(art)[1] == ["Owen Pritchard"]


def test_a_paragraph_that_names_its_own_speaker_keeps_it(tag) -> None:
    art = tag(
        [
            "Harbourmaster Owen Pritchard said:",
            "Angela Morvah, who chairs the council, said the money was welcome but late.",
        ]
    )
    assert speakers(art) == [["Owen Pritchard"], ["Angela Morvah"]]


def test_a_paragraph_reporting_other_speech_gets_no_speaker(tag) -> None:
    # Its own speech verb with no named speaker: someone else talking, not the colon's quote.
    art = tag(["Harbourmaster Owen Pritchard said:", "Officials said the work would start in the spring."])
    assert speakers(art)[1] == []


def test_a_colon_without_a_speech_verb_introduces_no_speaker(tag) -> None:
    art = tag(
        [
            "Owen Pritchard said the work had three parts. These are the parts:",
            "A new wall, a new slipway and a new lifeboat station.",
        ]
    )
    assert speakers(art)[1] == []


def test_he_added_colon_passes_the_pronouns_speaker_on(tag) -> None:
    art = tag(
        [
            "Owen Pritchard said the wall was older than the village itself.",
            "He added:",
            "We have waited ten years for this money and we will not waste a penny of it.",
        ]
    )
    assert speakers(art) == [["Owen Pritchard"], ["Owen Pritchard"], ["Owen Pritchard"]]


def test_a_forum_quote_in_another_language_is_not_tagged(tmp_path: Path) -> None:
    # 'NAME said:' (English on its own, so tagged) over a German post: the post's paragraph is
    # not tagged (the entity model reads English), not even with the speaker passed on.
    from indexer.pipeline import parse_paths

    post = (
        "Wir werden die Nachrichten ändern, die Änderungen werden allerdings erst mit dem nächsten "
        "Update kommen, frühestens also in der kommenden Woche, und dann auch nur auf den Servern."
    )
    (tmp_path / "forum.txt").write_text(
        "Änderungen an den Nachrichten im Spiel\n\n"
        + "\n\n".join(
            [
                "Die Spieler haben sich in den letzten Wochen über die Nachrichten beschwert, die zu "
                "oft und zu laut erscheinen, wenn ein Gegner auftaucht oder ein Kampf beginnt.",
                "Damon Otter, the community manager of the game, wrote the English notes for the server last week.",
                "Damon Otter said:",
                post,
                "Viele Spieler finden das gut, andere wollen lieber gar keine Nachrichten mehr sehen.",
            ]
        )
        + "\n",
        "utf-8",
    )
    (art,) = parse_paths([str(tmp_path)])
    assert art.language == "de"
    assert [p.speakers for p in art.paragraphs if p.text == "Damon Otter said:"] == [["Damon Otter"]]
    (p,) = [p for p in art.paragraphs if p.text == post]
    assert p.speakers == []
