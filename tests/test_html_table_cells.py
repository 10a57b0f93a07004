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


# A table right after a text editor widget's bare text, which trafilatura hands on inside a <p> with
# HTML's own <tr> and <td> (an Elementor page, a new user's
# wild tuning page: a catalogue's 23,000 characters of cells were glued into "EignerVornameMotiv"
# and "1AKERDHALRobert", so a search for a name in it found nothing)
PAGE_TABLE_IN_P = b"""<html><head><title>Catalogue of Guido Varen</title></head><body><article>
<h1>Catalogue of Guido Varen</h1>
<p>The bookplates Guido Varen engraved between 1908 and 1931 are listed below with their owners, as the
society's archive holds them, and with the technique and the size of each print.</p>
<div class="elementor-text-editor">Catalogue Guido Varen<table><tbody><tr><td>No</td><td>Owner</td><td>Subject</td><td>Year</td></tr>
<tr><td>1</td><td>OSTERDAHL</td><td>A man felling a tree with an axe</td><td>1911</td></tr>
<tr><td>2</td><td>OSTERDAHL</td><td>Hands on the strings of a harp</td><td>1912</td></tr></tbody></table></div>
<p>The society thanks the owners' families for lending the prints for the catalogue and its photographs.</p>
</article></body></html>"""


def test_the_cells_of_a_table_after_bare_text_are_set_apart() -> None:
    article = segment.segment(html_document(PAGE_TABLE_IN_P))
    text = "\n".join(p.text for p in article.paragraphs)
    assert "No | Owner | Subject | Year" in text
    assert "1 | OSTERDAHL | A man felling a tree with an axe | 1911" in text
    assert "1OSTERDAHL" not in text and "NoOwner" not in text
