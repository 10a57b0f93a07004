"""A Q&A page's prompt to answer, to ask or to share its question ("Know someone who can answer?
Share a link to this question via email", "Du kennst die Antwort? Teile dein Wissen mit der
Community und hilf anderen weiter.", "Ich habe die gleiche Frage · Teilen · Melden") is chrome on
both paths; the question and its answers stay, and so does an answer that says it knows the
answer. Trial 41's Q&A page kept its prompt and its button row as text. Pages of our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE
from indexer.segment import patterns
from tests.helpers import article_html, html_document, kind_and_reason as kind_of, parse_blocks as parse

QUESTION = "Lohnt sich ein S-Pedelec für 24 Kilometer Arbeitsweg?"
POSTS = [
    "Ich überlege, ab dem Frühling mit einem S-Pedelec zur Arbeit zu fahren. Die Strecke wären etwa 24 "
    "Kilometer, grösstenteils über Land, und ich frage mich, ob sich das im Winter überhaupt lohnt.",
    "Ich fahre seit drei Jahren jeden Tag 20 Kilometer mit dem S-Pedelec und würde nie mehr zurück. "
    "Im Winter nehme ich bei Schnee den Zug, sonst fahre ich bei jedem Wetter.",
    "Rechne die Kosten ehrlich durch: Versicherung, Helm, Akku nach ein paar Jahren. Ich kenne die "
    "Antwort auf deine Frage nicht, aber eine Probefahrt bei Regen sagt dir mehr als jede Tabelle.",
]
PROMPTS = [
    "Du kennst die Antwort? Teile dein Wissen mit der Community und hilf anderen weiter.",
    "Velo Pendeln E-Bike\nIch habe die gleiche Frage · Teilen · Melden",
    "Know someone who can answer? Share a link to this question via email, Twitter, or Facebook.",
    "Not the answer you're looking for? Browse other questions tagged e-bikes commuting or ask your own question.",
    "¿No es la respuesta que buscas? Explora otras preguntas o haz tu propia pregunta.",
]


@pytest.mark.parametrize("prompt", PROMPTS)
def test_a_qa_prompt_between_the_posts_is_chrome(prompt: str) -> None:
    art = parse(QUESTION, "Startseite\nFragen\nThemen", QUESTION, POSTS[0], prompt, *POSTS[1:], "© 2019 Fragewelt")
    assert kind_of(art, prompt[:15]) == (BOILERPLATE, patterns.QA_PROMPT_REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == POSTS


def test_a_qa_prompt_in_an_html_page_is_chrome() -> None:
    body = "".join(f"<p>{t}</p>" for t in [POSTS[0], PROMPTS[0], *POSTS[1:]])
    art = segment.segment(html_document(article_html(body, QUESTION, lang="de")))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == POSTS


def test_an_answer_that_knows_the_answer_is_text() -> None:
    # the words without the prompt's question mark or phrase: an answer's own sentence
    assert not patterns._QA_PROMPT.search(POSTS[2])
    assert not patterns._QA_PROMPT.search("I know the answer to that question: the council decided in May.")
