"""The learned HTML filter screen (eval/train_html.py): its features on a page of our own."""

from __future__ import annotations

import lxml.html

from eval import train_html
from eval.train_html import EXTRA_FEATURES, Para

PROSE = [
    "The harbour bridge will close for repairs next spring, the city council decided on Tuesday evening.",
    "Engineers found that the steel supports had corroded faster than expected over the last decade.",
    "Ferries will carry commuters across the river while the work goes on, the council said.",
]
COMMENT = "What a waste of money, they should have built a tunnel twenty years ago instead of this."
PAGE = f"""<html><head><title>Bridge to close for repairs</title></head><body>
<div id="story"><h1>Bridge to close for repairs</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p><p>{PROSE[2]}</p></div>
<div class="comments"><p>{COMMENT}</p></div>
</body></html>"""


def _paras() -> list[Para]:
    return [Para("title", "Bridge to close for repairs", "")] + [Para("body", t, "") for t in [*PROSE, COMMENT]]


def _extra(rows: list[list[float]], i: int) -> dict[str, float]:
    return dict(zip(EXTRA_FEATURES[5:], rows[i], strict=True))


def test_position_and_box_features_tell_a_comment_from_the_article() -> None:
    rows = train_html._extra_rows(lxml.html.fromstring(PAGE), _paras(), "Bridge to close for repairs")
    article, comment = _extra(rows, 2), _extra(rows, 4)
    assert article["after_headline"] == 1.0 and article["in_run"] == 1.0 and article["box_comment_below"] == 0.0
    # the comment is prose too, so the run goes on: its box names it
    assert comment["box_comment_below"] == 1.0 or comment["box_comment_above"] == 1.0
    assert comment["headline_distance"] > article["headline_distance"]


def test_the_plain_text_reading_matches_each_paragraph_to_its_block() -> None:
    where, rows, texts, keep = train_html._plain_text(_paras())
    assert where[0] == -1  # the title is not read as a block
    assert [texts[j] for j in where[1:]] == [*PROSE, COMMENT]
    assert len(rows) == len(texts) == len(keep)
