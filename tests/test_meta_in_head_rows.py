"""Plain text: a "By NAME" line among the short lines of a block the rules drop whole (a share
row's, a navigation list's) over the article's first paragraph names the author when nothing
else does (`segment.metadata._head_by_line`). Wild tuning pages had no byline so ("By Sarah
Yang", "By Poppy Reid", "Author: Lindsey O'Donnell"), where the HTML path's metadata names the
same people. So does the name right after the date on a blog theme's one-line meta line
(`_date_line_name`: "30. Oktober 2023 Carola Pönisch Kultur"), and a date on a line of its own
in such a block dates the article (`_head_row_date`)."""

from __future__ import annotations

from tests.helpers import parse_blocks

_BODY = [
    "The foundation opened its first wig studio in a converted shop on the high street last spring, "
    "and it now fits around forty women a month who are going through chemotherapy.",
    "Its founder said the idea came from her own treatment, when she could not find a wig that "
    "matched her natural hair texture and was told to make do with what was on the shelf.",
    "The studio is free for patients referred by the two local hospitals, and a second one is due "
    "to open in the city centre before the end of the year.",
]
_HEAD = [
    "Wig studio for cancer patients | Daily Example",
    "Home\nNews\nHealth\nLifestyle\nContact",
    "A wig studio where cancer patients find hair like their own",
]


def test_a_by_line_in_a_share_row_names_the_author() -> None:
    # the shape of a wild tuning review page: its rubric's lines over the byline, a tip jar under
    row = "Features Health\nBy Kayla Greaves\nOct 13, 2020\nLove this article?\nShout Kayla Greaves a coffee\n$"
    art = parse_blocks(*_HEAD, row, *_BODY, "Privacy\nTerms")
    assert art.byline == "Kayla Greaves"


def test_a_by_phrase_of_a_notice_names_no_one() -> None:
    row = "By using this site you agree to our terms\nAccept\nSettings\nSave\nPin"
    art = parse_blocks(*_HEAD, row, *_BODY, "Privacy\nTerms")
    assert art.byline == ""


def test_the_name_after_the_date_on_a_blog_themes_meta_line_is_the_byline() -> None:
    # "30. Oktober 2023 Carola Pönisch Kultur", a wild tuning page: the day, the author, the category
    art = parse_blocks(*_HEAD, "30. Oktober 2023 Carola Pönisch Gesundheit", *_BODY, "Privacy\nTerms")
    assert art.byline == "Carola Pönisch"
    assert art.published == "2023-10-30"


def test_a_given_name_opening_the_categories_is_no_byline() -> None:
    # "1. Februar 2022 Steffi Kaufratgeber, Beschäftigung, Katzen, ...": "Steffi" is the author,
    # alone, and the categories' list follows; two words taken would be a wrong name
    art = parse_blocks(*_HEAD, "1. Februar 2022 Carola Gesundheit, Familie, Kliniken", *_BODY, "Privacy\nTerms")
    assert art.byline == ""


def test_a_date_in_a_share_row_dates_the_article() -> None:
    # "Ibtisam Mahdi, Ruwaida Kamal Amer" / "November 8 2023, 3:18 p.m." (a wild tuning page): a
    # date line among the short lines of a block dropped whole, not a block of its own
    row = "Health\nSave\nNovember 8 2023, 3:18 p.m.\nShare\nPrint"
    art = parse_blocks(*_HEAD, row, *_BODY, "Privacy\nTerms")
    assert art.published == "2023-11-08"


def test_a_menus_question_of_a_bios_shape_names_no_one() -> None:
    # "AUTOREN Wer schreibt für Ökonomenstimme? ARTIKEL Alle Artikel, Archiv" (a wild tuning
    # page's menu): "NAME schreibt für SITE" is a bio's shape, but a question asks who
    menu = "AUTOREN\nWer schreibt für Daily Example?\nARTIKEL\nAlle Artikel, Archiv\nTHEMEN\nnach Thema"
    art = parse_blocks(_HEAD[0], menu, *_HEAD[1:], *_BODY, "Privacy\nTerms")
    assert "Wer" not in art.byline
