"""An old table layout in HTML (a 2000s regional paper: a menu column, the article's column, a
notices column, all cells of one <table>, set in <font> tags): the extractor hands the page on as
a table, and its article cell was one block of 2,000 characters, the breadcrumb glued over it,
while the page's own paragraphs were marked "beside the article" (trial 30's district paper).
Each paragraph of the article's cell is its own paragraph now, the other cells are the layout's
furniture, and the cell's "more news" heading over its list of headlines heads a teaser list. A
data table whose cells hold lines stays one block. Pages of our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer import htmlpage
from indexer.models import BODY, BOILERPLATE
from tests.helpers import html_document

pytest.importorskip("trafilatura")

PARAGRAPHS = [
    "More than four thousand negatives and some nine hundred prints, taken from the late 1940s to the "
    "early 1980s, were given to the district museum by the family of the local photographer Peter Lyall.",
    "Older residents know the name well. For almost forty years he ran the photo studio in the high "
    "street, and in his spare time he photographed the building of the grain store, the first tractors "
    "and the flood of 1970.",
    "After his death in 1994 the archive was kept by his daughter in wooden crates on her veranda. "
    "She is selling the house, she said, and could think of no better home for the films than the museum.",
    "The museum plans to open a first small exhibition of about sixty photographs in February, and asks "
    "anyone who recognises themselves or their relatives in the pictures to get in touch.",
]
NOTICE = "For sale: house in Long Lane, gas heating, garden of 1,500 square metres. Phone 2-14-87."
MENU = ["Politics", "Business", "Culture", "Sport", "Local history"]
TEASERS = [
    "Pupils find the names of the first teachers in the school archive (31.10.2008)",
    "A memorial plaque for the grain store veterans will be unveiled in May (10.10.2008)",
    "How the village lived a hundred years ago, as the old residents remember it (19.09.2008)",
]


def _page() -> bytes:
    menu = "".join(f"&raquo; <a href='/n/{i}'>{m}</a><br>" for i, m in enumerate(MENU))
    article = "".join(f"<p align='justify'>{p}</p>" for p in PARAGRAPHS)
    teasers = "".join(
        f"&middot; <a href='/n/{i}.html'>{t.split(' (')[0]}</a> ({t.split(' (')[1]}<br>" for i, t in enumerate(TEASERS)
    )
    return f"""<html><head><title>Valley Gazette :: News :: Museum receives the archive of photographer Peter Lyall</title></head>
<body><table width="100%" cellpadding="8"><tr>
<td width="180" valign="top"><font face="Verdana" size="2"><b>SECTIONS</b><br>{menu}</font></td>
<td valign="top"><font size="1"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/h/">Local history</a></font><br><br>
<font size="4"><b>Museum receives the archive of photographer Peter Lyall</b></font><br>
<font size="1">14.11.2008 | Tanya Vorontsova</font><br><br>
<font size="2">{article}</font><br>
<table width="100%"><tr><td><font size="2"><b>More news</b></font></td></tr>
<tr><td><font size="2">{teasers}</font></td></tr></table></td>
<td width="200" valign="top"><font size="2"><b>NOTICES</b></font><br><font size="1">{NOTICE}<br><br>
Wanted: a lorry driver for the dairy. Apply to the farm office.<br></font></td>
</tr></table></body></html>""".encode()


def test_the_article_cell_of_a_layout_table_keeps_its_paragraphs() -> None:
    art = segment.segment(html_document(_page()))
    body = [p.text for p in art.paragraphs if p.kind == BODY]
    for text in PARAGRAPHS:
        assert text in body  # each its own paragraph, not lines of the cell's one block
    assert art.title == "Museum receives the archive of photographer Peter Lyall"


def test_the_other_cells_and_the_cells_more_news_list_are_chrome() -> None:
    art = segment.segment(html_document(_page()))
    indexed = " ".join(p.text for p in art.paragraphs if p.kind != BOILERPLATE)
    assert NOTICE not in indexed and "SECTIONS" not in indexed
    for teaser in TEASERS:
        assert teaser.split(" (")[0] not in indexed
    assert any("teaser list" in p.reason for p in art.paragraphs if "Pupils find" in p.text)


def test_a_data_table_is_no_layout() -> None:
    from lxml import etree

    table = etree.fromstring(
        "<table><row><cell>Team</cell><cell>Points</cell></row>"
        "<row><cell><p>Rovers</p></cell><cell><p>42</p></cell></row></table>"
    )
    assert not htmlpage.is_layout_table(table)
    cell = "<cell><p>" + PARAGRAPHS[0] + "</p><p>" + PARAGRAPHS[1] + "</p></cell>"
    assert htmlpage.is_layout_table(etree.fromstring(f"<table><row><cell>Menu</cell>{cell}</row></table>"))
