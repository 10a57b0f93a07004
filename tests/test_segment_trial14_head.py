"""Plain-text heads of the fourteenth trial, on small pages of our own: a name alone over its date
line in one block with a share bar (no "By") lost the byline and the date with the bar; a
gallery's "Gallery by NAME and NAME" was no byline; "X" (the former Twitter) in a share bar kept
the bar from reading as one; a gallery's standfirst over its captions warned "no article text"."""

from __future__ import annotations

import pytest

from tests.helpers import FOOTER, MENU, parse_blocks

_UK = (
    "У Львові в понеділок відкрили новий реабілітаційний центр для ветеранів війни. Заклад "
    "розрахований на сто двадцять пацієнтів одночасно і працюватиме цілодобово.",
    "Як повідомив міський голова, центр збудували за кошти міського бюджету та міжнародних донорів, "
    "зокрема Світового банку, а вартість проєкту склала близько півмільярда гривень.",
)
_EN = (
    "The harbour board voted on Tuesday to replace the old timber jetty at Saltmere with a floating "
    "pontoon, ending two years of argument about the cost of keeping the structure safe.",
    "Engineers told the meeting that the jetty's piles had rotted below the waterline and that divers "
    "had found gaps large enough to put an arm through in several of them.",
)


@pytest.mark.parametrize(
    ("head", "prose", "author", "date"),
    [
        (
            "Ірина Мельник\n3 березня 2025, 09:10\nПоділитися: Facebook  Telegram  X  Копіювати посилання",
            _UK,
            "Ірина Мельник",
            "2025-03-03",
        ),
        ("12 May 2025, 08:40\nMartin Holloway\nShare  Facebook  X  Copy link", _EN, "Martin Holloway", "2025-05-12"),
    ],
)
def test_a_name_beside_its_date_line_over_a_share_bar_is_the_byline(
    head: str, prose: tuple[str, ...], author: str, date: str
) -> None:
    art = parse_blocks(
        MENU, "Новий центр для ветеранів у Львові" if prose is _UK else "Saltmere jetty to go", head, *prose, FOOTER
    )
    assert (art.byline, art.published) == (author, date)
    assert not [p for p in art.paragraphs if p.indexed and ("Facebook" in p.text or author in p.text)]


def test_a_gallery_by_line_is_the_byline_and_its_captions_are_no_warning() -> None:
    captions = [
        f"Lanterns of willow and paper lined the river path at dusk, picture {n}. Photograph: Joe Rennie"
        for n in range(1, 4)
    ]
    art = parse_blocks(
        MENU,
        "In pictures: the Saltmere lantern parade",
        "From a glowing heron to a giant paper moon, here are the best images from Saturday's parade.",
        "Gallery by Joe Rennie and Sarah Iqbal\nSun 9 Nov 2025 10.15 GMT\nStart slideshow  Share  Comments (14)",
        *captions,
        FOOTER,
    )
    assert art.byline == "Joe Rennie, Sarah Iqbal" and art.published == "2025-11-09"
    assert not [p for p in art.paragraphs if p.indexed and "slideshow" in p.text]
    assert not [w for w in art.warnings if "no article text" in str(w)]
