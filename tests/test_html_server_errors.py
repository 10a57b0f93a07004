"""A saved page's PHP warnings printed over its text ("Deprecated: preg_replace(): ... in
/www/htdocs/.../formatting.php on line 82") are no article text in HTML either: a wild tuning
page indexed one as its standfirst, another two as body (the plain-text path knew them); nor is
a read-more link alone whose link the extractor dropped. Own small input."""

from __future__ import annotations

from indexer import segment
from indexer.segment.patterns import SERVER_ERROR_REASON
from tests.helpers import PROSE, article_html, html_document

WARNINGS = [
    "Deprecated: preg_replace(): The /e modifier is deprecated, use preg_replace_callback instead in "
    "/www/htdocs/w0094d70/wp-includes/formatting.php on line 82",
    "Warning: Use of undefined constant comments - assumed 'comments' in "
    "/homepages/15/d39327265/htdocs/wp-content/plugins/get-recent-comments/get-recent-comments.php on line 928",
]


def test_php_warnings_over_an_html_article_are_chrome() -> None:
    body = "".join(f"<p>{w}</p>" for w in WARNINGS) + "".join(f"<p>{t}</p>" for t in PROSE)
    art = segment.segment(html_document(article_html(body, "Living with a heat pump")))
    got = {p.text: p for p in art.paragraphs}
    assert [got[w].reason for w in WARNINGS if w in got] == [SERVER_ERROR_REASON] * sum(w in got for w in WARNINGS)
    assert not any(p.indexed and ("on line" in p.text) for p in art.paragraphs)
    assert all(got[t].indexed for t in PROSE)


def test_a_read_more_link_alone_is_no_article_text() -> None:
    # "Seguir leyendo:", its link dropped by the extractor, closed an article as body
    body = "".join(f"<p>{t}</p>" for t in PROSE) + "<p>Seguir leyendo:</p>"
    art = segment.segment(html_document(article_html(body, "Living with a heat pump")))
    assert not any(p.indexed and p.text.startswith("Seguir") for p in art.paragraphs)
