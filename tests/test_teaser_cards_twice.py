"""A list of teaser cards whose headlines a page dump prints twice each (the picture's alt text,
then the link): "repeated caption (printed twice)" had made each a caption of the article, so
the Boston Herald's "Most Popular" stories were indexed (a new user's try of a wild tuning page:
`belichick` found a brothel story's page). Three or more such headlines in a row are a list
(segment.kinds._printed_twice_run); a photo's caption printed twice in an article stays one."""

from __future__ import annotations

from indexer.models import CAPTION, Document
from indexer.segment import segment
from tests.test_segment import PROSE

CARDS = [
    "Council closes harbour bridge for a year of repairs",
    "Ferry fares to rise by a fifth from the spring timetable",
    "Coach firm wins contract for the school bus routes",
    "New cycle lane opens on the coast road after two years",
]


def _page(*middle: str) -> str:
    return "\n\n".join(["Harbour bridge to close", *PROSE, *middle, "© 2025 The Gazette"])


def test_headlines_printed_twice_in_a_row_are_a_list_not_captions() -> None:
    twice = [line for card in CARDS for line in (card, card)]
    art = segment(Document(id="a", path="a.txt", content_hash="h", text=_page("Most Popular", *twice)))
    assert not any(p.kind == CAPTION for p in art.paragraphs)
    assert not any(p.text in CARDS for p in art.paragraphs if p.kind in ("body", "heading"))


def test_a_photo_caption_printed_twice_stays_a_caption() -> None:
    caption = "Workers inspect the rusted steel beams under the harbour bridge on Tuesday morning"
    text = "\n\n".join(["Harbour bridge to close", PROSE[0], caption, caption, *PROSE[1:]])
    art = segment(Document(id="a", path="a.txt", content_hash="h", text=text))
    assert [p.text for p in art.paragraphs if p.kind == CAPTION] == [caption]
