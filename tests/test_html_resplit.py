"""An extractor's block that holds many of the page's own block elements is split back at them
(`htmlsplit.resplit_merged`). A menu's unclosed <li> makes lxml nest the article inside the
<nav>; trafilatura then finds no article and its last resort hands on the <article>'s whole text
as ONE <p> (a new user's wild tuning page: a handball club's date line, headline, standfirst,
photo caption and five paragraphs were one paragraph of 1,461 characters)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from indexer import segment
from indexer.htmlsplit import RESPLIT_MIN_CHARS, resplit_merged
from indexer.models import Article

from tests.helpers import PROSE, html_document

TITLE = "Harbour bridge to close for a year"
STANDFIRST = "Thousands of commuters will have to take the ferry instead"
CAPTION_TEXT = "The old harbour bridge at dusk."
MORE = (
    "Commuters who cross the river every day said the ferries were slower and dearer than the buses, "
    "and that the queues at the pier were already long on the first morning."
)


def misnested_page(article: str) -> bytes:
    """A page whose site menu leaves its <li> and <ul> open before the article (`article`: the
    HTML inside <article>), so that lxml nests the article inside the <nav>."""
    return (
        f"<html><head><title>{TITLE}</title></head><body>"
        '<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a>'
        '<div class="sub"><ul><li><a href="/sport">Sport</a></li></ul></div>'
        f"<main><article>{article}</article></main>"
        "<footer><p>Copyright 2024 The Harbour Times</p></footer></body></html>"
    ).encode()


def paragraphs(page: bytes) -> Article:
    return segment.segment(html_document(page))


def texts(article: Article, kind: str = "") -> list[str]:
    return [p.text for p in article.paragraphs if not kind or p.kind == kind]


ARTICLE = (
    "<p>Published: 2 February 2024</p>"
    f"<h1>{TITLE}</h1>"
    f'<div class="body"><h2>{STANDFIRST}</h2>'
    f'<figure><img src="bridge.jpg"><figcaption>{CAPTION_TEXT}</figcaption></figure>'
    + "".join(f"<p>{p}</p>" for p in [*PROSE[1:], MORE])
    + "</div>"
)


def test_an_article_given_as_one_paragraph_is_split_into_its_paragraphs() -> None:
    article = paragraphs(misnested_page(ARTICLE))
    assert texts(article, "body") == [*PROSE[1:], MORE]
    assert texts(article, "caption") == [CAPTION_TEXT]
    # the standfirst is its own block again, as the page's <h2>: no paragraph holds it with more
    assert STANDFIRST in texts(article)


# One long paragraph whose sentences the page repeats in its own elements after it: a pull quote
# and a box of links quoting its words. They occur in it in order, but it is one element.
LONG = " ".join(PROSE)
PULL_QUOTE = PROSE[2]


def test_a_long_paragraph_stays_one_though_the_page_repeats_its_sentences() -> None:
    article_html = (
        f"<h1>{TITLE}</h1><p>{LONG.replace('steel supports', '<em>steel supports</em>')}</p>"
        f'<aside class="pull"><p>{PULL_QUOTE}</p></aside>'
        f'<ul class="related"><li><a href="/a">{PROSE[2][:60]}</a></li><li><a href="/b">{PROSE[3][:50]}</a></li></ul>'
    )
    article = paragraphs(misnested_page(article_html))
    assert LONG in texts(article, "body")
    assert TITLE not in " ".join(texts(article, "body"))  # the headline apart (glued to the paragraph before)


def test_a_paragraph_is_not_cut_at_a_box_that_quotes_each_of_its_sentences() -> None:
    # A box of highlights before it holds its sentences one by one, in order: they cover it, but
    # it is one element of the page's
    highlights = "".join(f"<p>{p}</p>" for p in PROSE)
    tree = lxml_html.fromstring(f'<html><body><div class="highlights">{highlights}</div><p>{LONG}</p></body></html>')
    assert resplit_merged([("", LONG)], tree) == [("", LONG)]


ITEMS = [
    "Ferries leave the north pier every twenty minutes from six in the morning",
    "Season tickets for the buses are valid on the ferries until the bridge reopens",
    "Cyclists may take their bikes on board free of charge outside the rush hours",
]
ROWS = [("Route", "Minutes"), ("North pier to old town", "12"), ("North pier to station", "18")]
CODE = "ferry --from north-pier\n  --to old-town\n  --every 20"


def test_a_list_a_table_and_code_in_the_merged_block_each_stay_one_paragraph() -> None:
    article_html = (
        f"<h1>{TITLE}</h1><p>{PROSE[0]}</p><ul>{''.join(f'<li>{i}</li>' for i in ITEMS)}</ul>"
        f"<p>{PROSE[1]}</p><table>{''.join(f'<tr><td>{a}</td><td>{b}</td></tr>' for a, b in ROWS)}</table>"
        f"<p>{PROSE[2]}</p><pre>{CODE}</pre><p>{PROSE[3]}</p>"
    )
    found = texts(paragraphs(misnested_page(article_html)))
    assert [p for p in found if p in PROSE] == PROSE  # the paragraphs apart
    (items,) = [p for p in found if ITEMS[0] in p]
    assert all(item in items for item in ITEMS)
    (table,) = [p for p in found if ROWS[1][0] in p]
    assert all(cell in table for row in ROWS for cell in row)
    (code,) = [p for p in found if "north-pier" in p]
    assert " ".join(CODE.split()) in " ".join(code.split())


def test_a_blockquote_of_paragraphs_is_split_into_them() -> None:
    # (trafilatura keeps a <blockquote>'s <p>s as lines of one element; with a short one among
    # them they read as no paragraphs set a <br> apart: one block of 2,943 characters on a wild
    # tuning page quoting its article)
    quoted = [PROSE[0], "The council agreed.", *PROSE[1:]]
    page = f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1><p>{MORE}</p>"
    page += f"<blockquote>{''.join(f'<p>{p}</p>' for p in quoted)}</blockquote></article></body></html>"
    assert [p for p in texts(paragraphs(page.encode())) if p in quoted] == quoted


def test_a_long_list_the_extractor_kept_is_not_split() -> None:
    # (its items are the page's elements, one after another, and cover its text: the list's own
    # element around them keeps them one block, as a text file's list is one)
    items = [*ITEMS, *(item.replace("ferries", "boats") for item in ITEMS)]
    page = f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1><p>{MORE}</p>"
    page += f"<ul>{''.join(f'<li><p>{item}</p></li>' for item in items)}</ul><p>{PROSE[0]}</p></article></body></html>"
    assert sum(map(len, items)) >= RESPLIT_MIN_CHARS
    (found,) = [p for p in texts(paragraphs(page.encode())) if items[0] in p]
    assert all(item in found for item in items)


@pytest.mark.linear
def test_a_page_of_many_thousands_of_elements_is_split_in_linear_time() -> None:
    # 3,000 paragraphs of one text (every one a place a match may begin), after a menu of 20,000
    # links opening alike: looking for each element's text all over the block, or matching from
    # each place a match may begin to the end, would take minutes here, this a fraction of a second
    paragraph = "The ferry left the north pier on time."
    menu = "".join('<li><a href="/x">The ferry</a></li>' for _ in range(20_000))
    body = "".join(f"<p>{paragraph}</p>" for _ in range(3_000))
    tree = lxml_html.fromstring(f"<html><body><ul>{menu}</ul><article>{body}</article></body></html>")
    blocks = [("", " ".join(["The ferry"] * 20_000)), ("", " ".join([paragraph] * 3_000))]
    menu_block, *article = resplit_merged(blocks, tree)
    assert menu_block == blocks[0]  # a list: one block
    assert article == [("", paragraph)] * 3_000
