"""An article indexed without a title says so: its hits would be headed by their first paragraph
and a search for its headline's words would miss it, with nothing telling the user to look."""

from __future__ import annotations

from indexer.errors import Advice
from tests.helpers import FOOTER, MENU, parse_blocks

PROSE = (
    "The harbour board met on Tuesday to discuss the new ferry timetable, which has been delayed "
    "twice since the spring because of repairs to the northern pier.",
    "Residents who rely on the early crossing said the changes would leave them without a way to "
    "reach the hospital before nine, and asked the board to think again.",
)


def _headline_warnings(article):
    return [w for w in article.warnings if "no headline found" in str(w)]


def test_article_without_a_headline_warns_once_naming_the_file() -> None:
    article = parse_blocks(MENU, *PROSE, FOOTER)
    assert article.title == ""
    assert any(p.kind == "body" for p in article.paragraphs)
    (warning,) = _headline_warnings(article)
    assert isinstance(warning, Advice)
    assert str(warning).startswith("k.txt: no headline found, so the article is indexed without a title")


def test_article_with_a_headline_does_not_warn() -> None:
    article = parse_blocks(MENU, "Ferry timetable delayed again as pier repairs drag on", *PROSE, FOOTER)
    assert article.title.startswith("Ferry timetable delayed")
    assert _headline_warnings(article) == []


def test_page_without_article_text_gets_the_no_article_warning_alone() -> None:
    article = parse_blocks(MENU, FOOTER)
    assert _headline_warnings(article) == []


# A headline on the file's first line with its paragraphs under it and no blank line between
# them (text copied out of a page or an e-mail loses its blank lines) was one body paragraph
# "Council approves ... The council voted ...": no title, and the headline's words in the body.
def test_headline_glued_to_its_paragraphs_is_the_title() -> None:
    short = ("The board voted 7-2 on Tuesday.", "Its chair said the vote was fair.")
    article = parse_blocks("Harbour board delays the new ferry timetable\n" + "\n".join(short))
    assert article.title == "Harbour board delays the new ferry timetable"
    assert [p.text for p in article.paragraphs if p.kind == "body"] == ["\n".join(short)]
    assert _headline_warnings(article) == []


def test_hard_wrapped_paragraph_keeps_its_first_line() -> None:
    # a wrapped paragraph's lines break mid-sentence: its first line is no headline
    wrapped = (
        "The harbour board met on Tuesday to discuss the new ferry timetable\n"
        "Which has been delayed twice since the spring because of repairs\n"
        "to the northern pier, and residents asked it to think again."
    )
    article = parse_blocks(wrapped, *PROSE)
    assert article.title != "The harbour board met on Tuesday to discuss the new ferry timetable"
    assert any(
        p.text.startswith("The harbour board met on Tuesday to discuss") and "Which has" in p.text
        for p in article.paragraphs
    )


# A file of one headline-like line was indexed as a title with no body and said nothing.
def test_headline_alone_is_indexed_with_a_warning() -> None:
    article = parse_blocks("Harbour board delays the new ferry timetable")
    assert article.title == "Harbour board delays the new ferry timetable"
    assert [str(w) for w in article.warnings] == ["k.txt: only a headline, no body text: indexed as a title alone"]
