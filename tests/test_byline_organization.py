"""A page's author field that names an organization is one byline, not a list of names split at
its "und" or "&" (a new user's wild tuning pages: "Jobs & Hire", a job board, was the byline "Jobs,
Hire"; "Bundesministerium für Wirtschaft und Klimaschutz" became "Bundesministerium, Klimaschutz",
so byline:wirtschaft found nothing). People's names stay apart. Own inputs
(textblocks._meta_authors, _organization_field)."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.segment.textblocks import _meta_authors
from tests.helpers import article_html, html_document


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("Jobs & Hire", ["Jobs & Hire"]),
        ("Amt für Umwelt und Verkehr", ["Amt für Umwelt und Verkehr"]),
        ("Institut für Demoskopie Allensbach", ["Institut für Demoskopie Allensbach"]),
        ("Ministry of Health and Social Care", ["Ministry of Health and Social Care"]),
        # people's names, with their particles and the words that join them, stay apart
        ("Anna Weber und Jonas Berg", ["Anna Weber", "Jonas Berg"]),
        ("Jean de la Fontaine et Marie Curie", ["Jean de la Fontaine", "Marie Curie"]),
        ("Ludwig van der Berg", ["Ludwig van der Berg"]),
        ("Anna Weber, Jonas Berg", ["Anna Weber", "Jonas Berg"]),
        ("Aroha & Ben", ["Aroha & Ben"]),  # a couple's first names, as before
    ],
)
def test_an_organizations_author_field_is_one_byline(field: str, names: list[str]) -> None:
    assert _meta_authors(field) == names


def test_a_sentence_in_the_author_field_is_no_organization() -> None:
    # lower-case words other than a body's preposition: the extractor's line, no organization
    assert _meta_authors("Un documentaire de Kristen Falchon") != ["Un documentaire de Kristen Falchon"]
    assert _meta_authors("Richard Precht im Gespräch mit Karin Fischer") != [
        "Richard Precht im Gespräch mit Karin Fischer"
    ]


def test_a_pages_organization_author_is_its_byline() -> None:
    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "Das Amt hat am Dienstag die neuen Messwerte für die Luftqualität in der Innenstadt vorgelegt, "
            "die im vergangenen Jahr an allen zwölf Stationen unter den Grenzwerten lagen.",
            "Die Werte für Stickstoffdioxid gingen gegenüber dem Vorjahr um ein Fünftel zurück, wie aus dem "
            "Bericht hervorgeht, den das Amt jedes Frühjahr veröffentlicht.",
        )
    )
    page = article_html(
        body,
        "Luftqualität in der Innenstadt verbessert",
        lang="de",
        head='<meta name="author" content="Amt für Umwelt">',
    )
    article = segment.segment(html_document(page))
    assert article.byline == "Amt für Umwelt"


def test_a_bodys_name_the_extractor_split_at_und_is_joined_as_the_page_writes_it() -> None:
    # trafilatura gives "Amt für Umwelt; Verkehr" for the author field "Amt für Umwelt und Verkehr"
    # (a new user's page: "Bundesministerium für Wirtschaft und Klimaschutz" became the byline
    # "Bundesministerium, Klimaschutz"); the page's own text writes the name whole
    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "Das Amt hat am Dienstag die neuen Messwerte für die Luftqualität in der Innenstadt vorgelegt, "
            "die im vergangenen Jahr an allen zwölf Stationen unter den Grenzwerten lagen.",
            "Die Werte für Stickstoffdioxid gingen gegenüber dem Vorjahr um ein Fünftel zurück, wie aus dem "
            "Bericht hervorgeht, den das Amt jedes Frühjahr veröffentlicht.",
        )
    )
    page = article_html(
        body,
        "Luftqualität in der Innenstadt verbessert",
        lang="de",
        head='<meta name="author" content="Amt für Umwelt und Verkehr">',
        after="<footer><p>AMT FÜR UMWELT UND VERKEHR</p><p>Herausgeber: Amt für Umwelt und Verkehr</p></footer>",
    )
    article = segment.segment(html_document(page))
    assert article.byline == "Amt für Umwelt und Verkehr"
