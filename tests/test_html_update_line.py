"""A CMS's "last updated" line printed in the article's own element, under its last paragraph
(Joomla's "Zuletzt aktualisiert am ...", "Last Updated on ..."): the HTML extractor gave it as that
paragraph's last line, and it was indexed as article text (trial 23). Several languages; the
label of every language is `chromewords.UPDATED_LABEL`'s. Each page is our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BOILERPLATE, INDEXED_KINDS
from tests.helpers import PROSE, article_html, html_document

HEADLINE = "Bridge to close"


def _page(body: str, lang: str) -> list[tuple[str, str, str]]:
    art = segment.segment(html_document(article_html(body, HEADLINE, lang=lang)))
    return [(p.kind, p.reason, p.text) for p in art.paragraphs]


UPDATES = [
    ("en", "Last Updated on Monday, 17 March 2008 07:40"),
    ("de", "Zuletzt aktualisiert am Montag, 17. März 2008 um 07:40 Uhr"),
    ("fr", "Mis à jour le lundi 17 mars 2008 07:40"),
    ("es", "Última actualización el lunes, 17 de marzo de 2008 07:40"),
    ("pl", "Zaktualizowano: 17 marca 2008, 07:40"),
]


@pytest.mark.parametrize(("lang", "line"), UPDATES)
def test_an_update_line_under_the_last_paragraph_is_a_date_line(lang: str, line: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE[:-1]) + f"<p>{PROSE[-1]}<br>{line}</p>"
    paras = _page(body, lang)
    assert [t for k, _, t in paras if k in INDEXED_KINDS] == [HEADLINE, *PROSE]
    assert [(k, r) for k, r, t in paras if t == line] == [(BOILERPLATE, "date line")]


@pytest.mark.parametrize(("lang", "line"), UPDATES[:2])
def test_an_update_line_in_a_layout_tables_cell_under_the_text_is_a_date_line(lang: str, line: str) -> None:
    # an old CMS's layout: the article's paragraphs in one cell, the update line in the next row
    body = f"<table><tr><td>{'<br><br>'.join(PROSE)}</td></tr><tr><td class='modifydate'>{line}</td></tr></table>"
    paras = _page(body, lang)
    assert not any(line in t for k, _, t in paras if k in INDEXED_KINDS)
    assert all(p in "\n".join(t for k, _, t in paras if k in INDEXED_KINDS) for p in PROSE)


def test_a_sentence_about_an_update_stays_text() -> None:
    line = "Updated figures from 3 March 2024 show the bridge carried 12,000 people a day."
    body = "".join(f"<p>{p}</p>" for p in PROSE[:-1]) + f"<p>{PROSE[-1]}<br>{line}</p>"
    assert line in "\n".join(t for k, _, t in _page(body, "en") if k in INDEXED_KINDS)
