"""HTML faults of the twelfth trial, on small pages of our own (helper divsoup): a page of <div>s
alone (an archive.today capture, a CMS template without <header> or <nav>) kept its header's
donation call, menu row and section label as body and its byline as a paragraph, and an
archive.today capture's saved address was not the article's url (K1); a recipe card's buttons,
times and nutrition facts were text (K3)."""

from __future__ import annotations

import pytest

from indexer import htmlpage, pageurl, segment
from indexer.models import BODY, BOILERPLATE, BYLINE, Article
from tests.helpers import html_document

pytest.importorskip("trafilatura")

_TEXT = [
    "The Port Ellis harbour board on Monday shelved a plan to double the size of the ferry terminal, after an "
    "outside review put its cost at nearly twice the original estimate.",
    "Board chair Ingrid Halvorsen said the board would return to the question once the province had decided "
    "how much of the bill it would cover, and that no money had been spent.",
    '"We owe it to the people who pay the fares to get this right the first time," Halvorsen told reporters '
    "after the vote, which was unanimous.",
    "The ferry service carries about two million passengers a year between Port Ellis and the islands, and its "
    "busiest sailings are regularly full on summer weekends.",
]
_HEADLINE = "Harbour board shelves ferry terminal expansion after cost review"


def _soup(toolbar: str = "", head: str = "") -> bytes:
    """A page of <div>s alone: a site's header lines, the headline, a name and a date, a section
    label, the article's paragraphs; `toolbar` and `head` go first (an archive's toolbar, links)."""
    body = "".join(f"<div>{t}</div>" for t in _TEXT)
    return (
        f"<!DOCTYPE html><html><head><title>{_HEADLINE} | Coastline Courier</title>{head}</head><body>"
        f"{toolbar}<div id='CONTENT'>"
        "<div>KEEP LOCAL REPORTING FREE · GIVE NOW</div>"
        "<div>News Business Sports Opinion Weather Obituaries Events</div>"
        f"<h1>{_HEADLINE}</h1>"
        "<div>Marta Olsen</div><div>March 3rd, 2025 at 9:15 AM</div>"
        "<div>Transport · North Shore</div>"
        f"{body}</div></body></html>"
    ).encode()


def _article(page: bytes) -> Article:
    return segment.segment(html_document(page))


def _indexed(art: Article) -> list[str]:
    return [p.text for p in art.paragraphs if p.indexed]


def test_a_div_only_page_drops_its_header_lines_and_keeps_its_text() -> None:
    art = _article(_soup())
    kinds = {p.text: p.kind for p in art.paragraphs}
    assert kinds["KEEP LOCAL REPORTING FREE · GIVE NOW"] == BOILERPLATE
    assert kinds["News Business Sports Opinion Weather Obituaries Events"] == BOILERPLATE
    assert kinds["Transport · North Shore"] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == _TEXT
    assert art.title == _HEADLINE


def test_the_name_over_the_date_line_is_the_byline_not_a_paragraph() -> None:
    art = _article(_soup())
    assert art.byline == "Marta Olsen"
    (name,) = [p for p in art.paragraphs if p.text == "Marta Olsen"]
    assert name.kind == BYLINE and not name.indexed


def test_a_short_line_over_a_headline_of_prose_above_is_left_alone() -> None:
    """Text above the headline (a page whose extractor put its <h1> late) is no header."""
    page = _soup().replace(b"<div>KEEP LOCAL", f"<div>{_TEXT[3]}</div><div>KEEP LOCAL".encode(), 1)
    art = _article(page)
    assert "News Business Sports Opinion Weather Obituaries Events" in _indexed(art)


_TOOLBAR = (
    "<div id='HEADER'><div>archive.today<br>webpage capture</div>"
    "<div>Saved from <a href='https://archive.ph/o/Xy12/https://coastlinecourier.org/news/ferry-terminal'>"
    "https://coastlinecourier.org/news/ferry-terminal</a></div>"
    "<div>history ← prior next →</div><div>Webpage Screenshot</div>"
    "<div>share download .zip report bug or abuse</div></div>"
)


def test_an_archive_today_capture_gives_the_saved_address_as_its_url() -> None:
    page = _soup(_TOOLBAR, "<link rel='canonical' href='https://archive.ph/Xy12'>")
    doc = html_document(page)
    assert doc.meta["url"] == "https://coastlinecourier.org/news/ferry-terminal"
    art = segment.segment(doc)
    assert not any("archive.today" in t or "Saved from" in t or "Screenshot" in t for t in _indexed(art))


def test_the_saved_address_may_stand_in_the_element_after_the_label() -> None:
    import lxml.html

    tree = lxml.html.fromstring(
        "<html><body><div><span>Saved from</span><span>https://example.org/a/story</span></div><p>x</p></body></html>"
    )
    assert pageurl.archived_address(tree) == "https://example.org/a/story"
    plain = lxml.html.fromstring("<html><body><p>Saved from the flood, the mill reopened.</p></body></html>")
    assert pageurl.archived_address(plain) == ""


@pytest.mark.parametrize(
    "line",
    [
        "archive.today webpage capture",
        "Saved from https://coastlinecourier.org/news/ferry-terminal",
        "history ← prior next →",
        "Webpage Screenshot",
        "share download .zip report bug or abuse",
        "All snapshots from host coastlinecourier.org",
    ],
)
def test_archive_today_toolbar_lines_are_chrome(line: str) -> None:
    ((kind, _),) = htmlpage.mark_furniture([("", line)])
    assert kind.startswith(BOILERPLATE)


def test_a_line_that_only_mentions_an_archive_stays() -> None:
    line = "The archive.today copy of the page, saved from the council's site, shows the earlier figure."
    assert htmlpage.mark_furniture([("", line)]) == [("", line)]


_RECIPE = """<!DOCTYPE html><html><head><title>Lemon barley soup | Kettle Notes</title></head><body>
<article><h1>Lemon barley soup</h1>
<p>My aunt made this soup every winter in the village above the lake, and the smell of lemon and dill still
means January to me more than snow does.</p>
<p>Jump to Recipe Print Recipe</p>
<p>The barley makes it thick enough to count as dinner, and the lemon keeps it from tasting heavy.</p>
<p>Save this recipe for later!</p>
<div class="recipe"><h2>Lemon barley soup</h2>
<p>Prep Time 15 mins Cook Time 40 mins Servings 4</p>
<p>Course: Dinner Cuisine: Greek</p>
<h3>Ingredients</h3><ul><li>150 g pearl barley</li><li>1 onion, chopped</li><li>2 lemons, juiced</li></ul>
<h3>Instructions</h3><ol><li>Soften the onion in olive oil for ten minutes.</li>
<li>Add the barley and the stock, and simmer for forty minutes until tender.</li></ol>
<p>Nutrition: Calories 310kcal | Protein 9g | Fat 8g</p>
<p>Rate this recipe</p></div></article></body></html>"""


def test_a_recipe_cards_furniture_is_dropped_and_its_recipe_kept() -> None:
    art = _article(_RECIPE.encode())
    kept = " ".join(_indexed(art))
    for chrome in ("Jump to Recipe", "Save this recipe", "Prep Time", "Course: Dinner", "Nutrition:", "Rate this"):
        assert chrome not in kept
    for text in ("150 g pearl barley", "Soften the onion", "The barley makes it thick"):
        assert text in kept
    (card,) = [p for p in art.paragraphs if p.text.startswith("Nutrition:")]
    assert card.reason == "recipe card (nutrition facts)"
