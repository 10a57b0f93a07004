"""A text dump's <title> line taken for the headline is indexed as its headline part, as the
article's title is, without the site's name ("Wurmkiste | selbst.de" had been the title paragraph
of a new user's wild tuning page, so a search for the site's name matched every article's title
while the article's title field had no site name). Our own pages."""

from __future__ import annotations

import pytest

from tests.helpers import FOOTER, MENU, PROSE, parse_blocks


@pytest.mark.parametrize("site", [" | The Harbour Gazette", " - The Harbour Gazette", " – Gazette"])
def test_the_title_paragraph_is_the_headline_without_the_site(site: str) -> None:
    art = parse_blocks(f"Harbour bridge to close for a year{site}", MENU, *PROSE, FOOTER)
    (title,) = [p for p in art.paragraphs if p.kind == "title"]
    assert title.text == art.title == "Harbour bridge to close for a year"
