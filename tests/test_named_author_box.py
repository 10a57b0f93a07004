"""An author box at the end of a plain-text dump as a name alone on a line and a short bio under
it, where the name is the byline's (over the article, in its meta row): trial 31's Romanian
fact-check, Czech court report and Turkish match report kept the bios ("Jurnalistă la ... din
2021", "Redaktorka se zaměřuje ...", "İzmir'de doğdu ..."), which open with a job or a
birthplace, not with the name. A section heading that a contents box over the article lists,
and a name that heads several answers (an interview), stay the article's. Pages of our own."""

from __future__ import annotations

from indexer.models import BODY, BYLINE
from tests.helpers import FOOTER, MENU, parse_blocks

TITLE = "Court quashes part of the village's zoning plan"
POST = [
    "The regional court has quashed part of the zoning plan of Upper Lhotice, ruling that the village "
    "could not turn a building plot into meadow overnight without weighing the owner's rights.",
    "The owner had bought the plot in 2015, when the plan allowed houses on it, and had already paid "
    "for a connection to the water main when the council changed the plan last year.",
    "The court said the village had given only general reasons, the protection of the landscape, and "
    "had not explained why this plot, and not the neighbouring ones, had to be left unbuilt.",
    "The judgment is final. Lawyers say such disputes are growing as villages revise their plans.",
]
BIO = (
    "Editor covering administrative and planning law. Before joining the paper she worked for five "
    "years as an assistant to a judge of the regional court."
)


def test_the_bylines_name_over_a_bio_under_the_article_is_an_author_box() -> None:
    art = parse_blocks(
        MENU, TITLE, "2 April 2024 | Planning law | Mgr. Tereza Holub", *POST, "Mgr. Tereza Holub", BIO, FOOTER
    )
    assert [p.text for p in art.paragraphs if p.kind == BODY] == POST
    (bio,) = [p for p in art.paragraphs if p.text == BIO]
    assert bio.kind == BYLINE and "author box" in bio.reason


def test_the_name_under_the_posts_tags_row_with_a_middle_initial() -> None:
    # Squarespace prints the post's tags and the author's name as one block, the bio under it
    # (trial 61's parish letter: "relief, outreach" / "Fr. Ramon D. Villanueva" / "Fr. Ramon has served ...")
    bio = "Fr. Tomas has served as parish priest here since 2019, after nine years as a missionary in the hills."
    art = parse_blocks(MENU, TITLE, "Fr. Tomas K. Holub", *POST, "planning, courts\nFr. Tomas K. Holub", bio, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == POST
    assert [p.kind for p in art.paragraphs if p.text == bio] == [BYLINE]


def test_a_given_name_alone_over_the_article_is_the_byline_too() -> None:
    art = parse_blocks(MENU, TITLE, "Ioana Mures", *POST, "Ioana Mures", BIO, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == POST


def test_a_section_heading_a_contents_box_lists_stays() -> None:
    section = "Generating Certs"
    text = (
        "Much of this comes from an old book on the toolkit, whose syntax is cryptic, and I will do my "
        "best to explain each of the options as we go through the commands one by one."
    )
    art = parse_blocks(
        MENU, TITLE, "Contents\nInstalling Packages\nGenerating Certs\nConfiguring Rsync", *POST, section, text, FOOTER
    )
    assert text in [p.text for p in art.paragraphs if p.kind == BODY]


def test_a_name_heading_several_answers_stays() -> None:
    answer = (
        "We knew the plan would change, but nobody told us it would happen to our plot alone, and "
        "the council never answered our letters."
    )
    art = parse_blocks(
        MENU,
        TITLE,
        "Ioana Mures",
        *POST,
        "Ioana Mures",
        "Why did you go to court?",
        "Anna Kral",
        answer,
        "Ioana Mures",
        "What now?",
    )
    assert answer in [p.text for p in art.paragraphs if p.kind == BODY]
