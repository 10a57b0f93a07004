"""The heading over a post's tags kept alone after the article's text ("Temas", "Tags:",
"Schlagwörter"): the HTML extractor dropped the tag links and kept their label as the last
paragraph (issue 13, an Argentine paper's "Temas" on a tuning page). Several languages; every
language's label is `chromewords.TAGS_LABEL`'s. Each page is our own."""

from __future__ import annotations

import pytest

from indexer import chromewords, segment
from indexer.models import BOILERPLATE, INDEXED_KINDS
from indexer.segment import html
from tests.helpers import PROSE, article_html, html_document

HEADLINE = "Bridge to close"


def _paras(body: str, lang: str) -> list[tuple[str, str]]:
    art = segment.segment(html_document(article_html(body, HEADLINE, lang=lang)))
    return [(p.kind, p.text) for p in art.paragraphs]


@pytest.mark.parametrize(
    ("lang", "label"), [("es", "Temas"), ("de", "Schlagwörter:"), ("en", "Tags"), ("pl", "Tagi:"), ("ru", "Теги")]
)
def test_a_tags_label_after_the_article_is_chrome(lang: str, label: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE) + f"<p>{label}</p>"
    paras = _paras(body, lang)
    assert [t for k, t in paras if k in INDEXED_KINDS] == [HEADLINE, *PROSE]
    assert (BOILERPLATE, label) in paras


def test_a_section_heading_that_is_a_tags_word_inside_the_article_stays() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE[:2]) + "<h2>Themen</h2>" + "".join(f"<p>{p}</p>" for p in PROSE[2:])
    assert "Themen" in [t for k, t in _paras(body, "de") if k in INDEXED_KINDS]


def test_a_line_that_only_opens_with_a_tags_word_stays() -> None:
    line = "Temas pendientes para el consejo municipal"
    body = "".join(f"<p>{p}</p>" for p in PROSE) + f"<p>{line}</p>"
    assert line in [t for k, t in _paras(body, "es") if k in INDEXED_KINDS]


@pytest.mark.parametrize("lang", chromewords.LANGUAGES)
def test_the_first_label_of_every_language_is_read_alone(lang: str) -> None:
    first = chromewords.TAGS_LABEL[lang].split("|")[0].replace("(?:ö|o)", "ö").replace("(?:r)?", "")
    assert html._TAGS_LABEL.fullmatch(first)
    assert html._TAGS_LABEL.fullmatch(f"{first}:")
