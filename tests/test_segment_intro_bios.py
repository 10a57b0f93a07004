"""A blogger's bio box that introduces its writer by name at the post's end ("Hi, I'm Jenny! I'm
a mom of three ...", "Über mich: Ich bin Sabine, ...", "Hallo, ich bin Sabine!"), with no name
line over it and no byline naming her: issue 13, trial 25 kept such boxes on recipe blogs as
body, because they read as prose. Plain text (as html-text dumps a page) and HTML, English and
German. What must stay: the same words opening the post (the writer's own first paragraph), a
self-introduction in the middle of the post, and "I'm" before a word that is no name. Every
page is our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, INDEXED_KINDS
from indexer.segment.bios import ANSWER_BOX_REASON, INTRO_REASON, introduced_name
from tests.helpers import FOOTER, MENU, article_html, html_document, kind_and_reason as para, parse_blocks as parse

EN_TITLE = "Easy Lemon Bars"
EN_RECIPE = [
    "These lemon bars have a buttery shortbread crust and a tangy filling that sets in the oven while you wash up.",
    "Press the dough into the tin with your fingers and bake it for fifteen minutes until the edges turn golden.",
    "Whisk the eggs, sugar, lemon juice and flour together, pour the filling over the warm crust and bake again.",
    "Let the bars cool completely before you cut them, then dust them with powdered sugar and serve them cold.",
]
EN_BIO = (
    "Hi, I'm Jenny! I'm a mom of three and I love sharing simple family recipes that anyone can make "
    "on a busy weeknight."
)
DE_TITLE = "Saftiger Zitronenkuchen"
DE_RECIPE = [
    "Dieser Zitronenkuchen hat einen saftigen Rührteig und einen Guss, der beim Abkühlen fest wird und schön glänzt.",
    "Die Butter mit dem Zucker schaumig schlagen, dann die Eier einzeln unterrühren und den Zitronenabrieb zugeben.",
    "Mehl und Backpulver mischen, unterheben und den Teig in eine gefettete Kastenform füllen und glatt streichen.",
    "Den Kuchen bei 175 Grad etwa fünfzig Minuten backen und vor dem Glasieren vollständig auskühlen lassen.",
]
DE_BIOS = [
    "Über mich: Ich bin Sabine, Mama von zwei Kindern, und backe am liebsten einfache Kuchen für die ganze Familie.",
    "Hallo, ich bin Sabine! Ich backe seit zwanzig Jahren mit Leidenschaft und teile hier meine liebsten Familienrezepte.",
]


def _kept(art: object) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS and p.kind != "byline"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (EN_BIO, "Jenny"),
        (DE_BIOS[0], "Sabine"),
        (DE_BIOS[1], "Sabine"),
        ("Hoi, ik ben Sanne en ik kook graag.", "Sanne"),
        ("Bonjour, je m'appelle Claire.", "Claire"),
        ("I'm Canadian and I love maple syrup.", ""),
        ("Ich bin Mitglied im Backverein.", ""),
        ("Hi, I am happy to share this recipe.", ""),
    ],
)
def test_a_self_introduction_names_its_writer(text: str, name: str) -> None:
    assert introduced_name(text) == name


def test_an_english_recipe_bloggers_bio_after_the_recipe_is_an_author_box() -> None:
    art = parse(EN_TITLE, MENU, EN_TITLE, *EN_RECIPE, EN_BIO, "Leave a comment", FOOTER)
    assert para(art, EN_BIO)[1] == INTRO_REASON
    assert EN_BIO not in _kept(art)
    assert all(p in _kept(art) for p in EN_RECIPE)


@pytest.mark.parametrize("bio", DE_BIOS)
def test_a_german_recipe_bloggers_bio_after_the_recipe_is_an_author_box(bio: str) -> None:
    art = parse(DE_TITLE, MENU, DE_TITLE, *DE_RECIPE, bio, FOOTER)
    assert para(art, bio)[1] == INTRO_REASON
    assert bio not in _kept(art)
    assert all(p in _kept(art) for p in DE_RECIPE)


def test_the_bio_in_html_after_the_recipe_is_an_author_box() -> None:
    body = "".join(f"<p>{p}</p>" for p in DE_RECIPE) + f'<div class="x"><p>{DE_BIOS[1]}</p></div>'
    data = article_html(body, DE_TITLE, lang="de", after="<footer><p>© 2024 Sabines Küche</p></footer>")
    art = segment.segment(html_document(data))
    assert para(art, DE_BIOS[1])[1] == INTRO_REASON
    assert all(para(art, p)[0] == BODY for p in DE_RECIPE)


def test_a_self_introduction_opening_the_post_or_inside_it_stays() -> None:
    # the post's own first paragraph, with the recipe below it
    art = parse(EN_TITLE, MENU, EN_TITLE, EN_BIO, *EN_RECIPE, FOOTER)
    assert para(art, EN_BIO)[0] == BODY
    # in the middle of the post, more of it below
    art = parse(DE_TITLE, MENU, DE_TITLE, *DE_RECIPE[:2], DE_BIOS[1], *DE_RECIPE[2:], FOOTER)
    assert para(art, DE_BIOS[1])[0] == BODY


QA_TITLE = "Is it healthy to eat eggs every day?"
QA_ANSWER = [
    "For most healthy adults, one or two eggs a day fit well into a balanced diet, as long as the rest of the "
    "meals are not full of saturated fat.",
    "Eggs are a cheap source of protein, vitamin D and choline, and recent studies found no clear link between "
    "eggs and heart disease in healthy people.",
]


def test_a_qa_answerers_bio_and_stamp_over_the_answer_are_chrome() -> None:
    box = (
        "Mark Ellis is a Certified Nutritionist with fifteen years of experience helping families eat better. "
        "Answered 2 years ago"
    )
    art = parse(QA_TITLE, MENU, QA_TITLE, "Mark Ellis", box, *QA_ANSWER, FOOTER)
    assert para(art, box)[1] == ANSWER_BOX_REASON
    assert [p.reason for p in art.paragraphs if p.text == "Mark Ellis"] == [ANSWER_BOX_REASON]
    assert all(para(art, p)[0] == BODY for p in QA_ANSWER)


def test_a_german_experts_line_and_stamp_are_chrome() -> None:
    art = parse(QA_TITLE, MENU, QA_TITLE, "JanaM", "Experte für Ernährung", "Beantwortet vor 3 Monaten", *QA_ANSWER)
    assert para(art, "Experte für Ernährung")[1] == ANSWER_BOX_REASON
    assert para(art, "Beantwortet vor 3 Monaten")[1] == ANSWER_BOX_REASON
    assert all(para(art, p)[0] == BODY for p in QA_ANSWER)


def test_an_experts_line_on_a_page_without_answers_and_an_updated_line_in_prose_stay() -> None:
    art = parse(DE_TITLE, MENU, DE_TITLE, *DE_RECIPE[:2], "Experte für Backwaren", *DE_RECIPE[2:], FOOTER)
    assert para(art, "Experte für Backwaren")[1] != ANSWER_BOX_REASON
    line = "The recipe was updated last year, after readers asked for a version with less sugar in the filling."
    art = parse(EN_TITLE, MENU, EN_TITLE, *EN_RECIPE, line, FOOTER)
    assert para(art, line)[0] == BODY


def test_a_quoted_self_introduction_is_someones_words() -> None:
    assert introduced_name('"Hi, my name is Tim and I am a liar."') == ""
