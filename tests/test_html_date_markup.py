"""An HTML page's date from its markup before one its date finder read from an element's words
(sixteenth session): htmldate, with `original_date`, takes the oldest date it sees, also in an
info box's sentence ("Seit 1. Januar 2025 gilt ..."), over the page's own stamp or a date line.
Now a date only such words give comes last: the markup's, the page's date lines and its stamp
first. Pages of our own."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from indexer.htmlpage import date_in_markup
from indexer.pipeline import parse_paths

_PAGE = (
    '<html lang="de"><head><title>Neue Tarife im Nahverkehr von Lindenau</title>{meta}</head><body><article>'
    "<h1>Neue Tarife im Nahverkehr von Lindenau</h1>"
    "<p>Der Verkehrsverbund hat am Montag neue Tarife für Busse und Bahnen in der Region vorgestellt. Die "
    "Preise steigen im Durchschnitt um vier Prozent, teilte ein Sprecher mit.</p>"
    '<div class="info-box">Seit 1. Januar 2025 gilt das Deutschlandticket auch in Lindenau.</div>'
    "<p>Für Schüler und Auszubildende soll es weiterhin vergünstigte Monatskarten geben. Die Opposition im "
    "Stadtrat kritisierte die Erhöhung als unsozial und forderte eine Überprüfung.</p>{stamp}"
    "</article></body></html>"
)


def _published(tmp_path: Path, meta: str = "", stamp: str = "") -> str:
    page = tmp_path / "page.html"
    page.write_text(_PAGE.format(meta=meta, stamp=stamp), encoding="utf-8")
    (article,) = parse_paths([str(page)], entities=False)
    return article.published


def test_the_page_s_stamp_beats_a_date_from_an_info_box(tmp_path: Path) -> None:
    assert _published(tmp_path, stamp="<p>Stand: 03.11.2025</p>") == "2025-11-03"


def test_the_markup_s_date_is_kept(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2025-11-03T08:00:00+01:00">'
    assert _published(tmp_path, meta=meta) == "2025-11-03"


def test_with_nothing_else_the_info_box_s_date_stays(tmp_path: Path) -> None:
    assert _published(tmp_path) == "2025-01-01"  # as before: no better date


@pytest.mark.parametrize(
    ("markup", "found", "stated"),
    [
        ('<meta name="date" content="2025-03-04">', "2025-03-04", True),
        ('<time datetime="2025-03-04T10:00Z">4 March</time>', "2025-03-04", True),
        ("<time>4 March 2025</time>", "2025-03-04", True),
        ('<script type="application/ld+json">{"datePublished": "2025-03-04T09:00:00Z"}</script>', "2025-03-04", True),
        ('<div class="date">30. März 2025, 13:15 Uhr</div>', "2025-03-30", True),  # a date line
        ('<div class="info-box">Seit 4. März 2025 gilt die Regel.</div>', "2025-03-04", False),
        ('<meta name="date" content="2025-03-05">', "2025-03-04", False),
    ],
)
def test_a_date_stated_by_the_markup(markup: str, found: str, stated: bool) -> None:
    tree = lxml.html.fromstring(f"<html><head></head><body>{markup}<p>x</p></body></html>")
    assert date_in_markup(tree, found) is stated
