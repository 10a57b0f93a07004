"""A page dump is read as a clean article file (every block after the title is text) only when
the rules flag almost nothing on it. A page in a language without our chrome words (trial 31's
Catalan club page) had its cookie notice, visitor counter and guest book kept that way, though
its menu row and breadcrumb trail say it is a page (`model._site_menu`). A table's row of figures
and a headline naming its site are no menu. Pages of our own."""

from __future__ import annotations

from indexer.segment.model import _site_menu
from indexer.segment.textblocks import split_blocks

ARTICLE = (
    "The cultural association, with the town council, is organising five nights of open-air cinema "
    "in the church square this July, with films for every age.\n\n"
    "All sessions begin at 10 pm. Entry is free and there is no need to book; bring a chair."
)


def test_a_menu_row_or_a_breadcrumb_makes_a_page() -> None:
    assert _site_menu(split_blocks("Open-air cinema 2024\n\nINICI | QUI SOM | AGENDA | FOTOS | CONTACTE\n\n" + ARTICLE))
    assert _site_menu(split_blocks("Open-air cinema 2024\n\nInici > Agenda > Cinema a la fresca\n\n" + ARTICLE))


def test_a_table_row_or_a_titles_site_name_is_no_menu() -> None:
    assert not _site_menu(split_blocks("Open-air cinema 2024 | The Gazette\n\n" + ARTICLE))
    assert not _site_menu(split_blocks("Results\n\nRovers 3 | United 1 | Town 0\n\n" + ARTICLE))
    assert not _site_menu(split_blocks("Open-air cinema 2024\n\n" + ARTICLE))
