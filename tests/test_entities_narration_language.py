"""In an article of a language the entity model does not read, a paragraph is tagged only when
its own narration is English, not when it quotes English at length (a new user's wild tuning page:
a German blog post's paragraph quoting Steve Jobs was detected as English, and "Mosaiksteine",
"Zuhörern" and "Bausteine" became people). Own small inputs (entities._narration)."""

from __future__ import annotations

import pytest

from indexer.entities import _narration, tag_article
from indexer.models import Article, Paragraph


def tag_german(texts: list[str]) -> Article:
    """`texts` as the body paragraphs of one article whose detected language is German."""
    paras = [Paragraph(i + 1, "body", t) for i, t in enumerate(texts)]
    return tag_article(Article("t", "t", "h", language="de", paragraphs=paras))


GERMAN = [
    "Die Stadt Gerlingen hat am Dienstag den neuen Haushalt für das kommende Jahr beschlossen, wie die "
    "Verwaltung mitteilte. Der Gemeinderat stimmte mit großer Mehrheit für den Entwurf der Kämmerei.",
    "Für die Sanierung der Schulen sind in diesem Jahr mehr Mittel vorgesehen als in den Jahren zuvor, "
    "und auch die Straßen im Ortskern sollen bald erneuert werden, sagte die Bürgermeisterin.",
]
QUOTING = (
    "Den Zuhörern erzählte er drei Geschichten, und mit den Punkten meinte er die kleinen Bausteine, die "
    "Mosaiksteine, aus denen sich ein Leben zusammensetzt. Hierzu führte er aus: “You can’t connect the dots "
    "looking forward. You can only connect them looking backwards, so you have to trust that the dots will "
    "somehow connect in your future, because believing that they will connect gives you the confidence to "
    "follow your heart.”"
)
ENGLISH = (
    "“You can’t connect the dots looking forward. You can only connect them looking backwards, so you "
    "have to trust that the dots will somehow connect in your future,” Steve Jobs told Stanford graduates."
)


def test_a_paragraph_of_german_narration_quoting_english_is_not_tagged() -> None:
    art = tag_german([*GERMAN, QUOTING, *GERMAN])
    p = art.paragraphs[2]
    assert (p.people, p.orgs, p.places) == ([], [], [])


def test_an_english_quotation_paragraph_in_a_german_article_is_tagged() -> None:
    art = tag_german([*GERMAN, ENGLISH, *GERMAN])
    assert "Steve Jobs" in art.paragraphs[2].people


@pytest.mark.parametrize(
    ("text", "narration"),
    [
        ("Er sagte: „Wir kommen morgen wieder“, und ging dann nach Hause zu seiner Familie.", "Er sagte:"),
        ("«Nous reviendrons» a-t-il dit hier soir devant la mairie de la ville.", "a-t-il"),
        ("“We will be back,” he said.", "“We will be back,” he said."),  # too few words outside: the whole
    ],
)
def test_the_narration_is_the_text_outside_the_quotations(text: str, narration: str) -> None:
    assert narration in _narration(text)


@pytest.mark.linear
def test_unclosed_quotation_marks_are_read_in_linear_time() -> None:
    assert _narration("„a " * 40_000) and _narration("“a " * 40_000) and _narration('"a ' * 40_001)
