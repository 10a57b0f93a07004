"""An HTML table's cells stay apart in the text: a results table's row "Priya Natarajan | Green |
15,870", not "Priya Natarajan Green 15,870", which the tagger read as one name and made the
candidate's name across the article (trial 9)."""

from __future__ import annotations

from indexer import segment
from indexer.entities import tag_article

from tests.helpers import html_document

PAGE = b"""<html><head><title>Greens take Alder Vale seat</title></head><body><article>
<h1>Greens take Alder Vale seat from Conservatives</h1>
<p>Green candidate Maya Thornbury won the by-election with 15,870 votes, a majority of 2,318 over the
Conservative candidate, Edwin Castlereagh, on a turnout of 41 percent.</p>
<table><thead><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr></thead><tbody>
<tr><td>Maya Thornbury</td><td>Green</td><td>15,870</td></tr>
<tr><td>Edwin Castlereagh</td><td>Conservative</td><td>13,552</td></tr>
<tr><td>Samuel Okafor</td><td>Labour</td><td>5,904</td></tr></tbody></table>
<p>"Tonight they voted for change," Ms Thornbury said in her victory speech after the count in the town hall.</p>
</article></body></html>"""


def test_a_tables_cells_are_set_apart_by_bars() -> None:
    article = segment.segment(html_document(PAGE))
    (table,) = [p.text for p in article.paragraphs if "15,870" in p.text and "|" in p.text]
    assert table.split("\n") == [
        "Candidate | Party | Votes",
        "Maya Thornbury | Green | 15,870",
        "Edwin Castlereagh | Conservative | 13,552",
        "Samuel Okafor | Labour | 5,904",
    ]


def test_a_name_ends_at_its_cell() -> None:
    article = tag_article(segment.segment(html_document(PAGE)))
    names = {name for p in article.paragraphs for name in (*p.people, *p.orgs, *p.places)}
    assert "Maya Thornbury" in names
    assert not any("|" in name or name.endswith((" Green", " Labour", " Conservative")) for name in names)
