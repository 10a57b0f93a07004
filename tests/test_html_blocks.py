"""The HTML block-model screen (eval/html_blocks.py): its markup features on a page of our own."""

from __future__ import annotations

import lxml.html

from eval import html_blocks
from eval.html_blocks import MARKUP_FEATURES, Para

PROSE = [
    "The harbour bridge will close for repairs next spring, the city council decided on Tuesday evening.",
    "Engineers found that the steel supports had corroded faster than expected over the last decade.",
    "Ferries will carry commuters across the river while the work goes on, the council said.",
]
PAGE = f"""<html><body>
<div id="story"><h1>Bridge to close</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p><p>{PROSE[2]}</p></div>
<div class="related-posts"><p><a href="/a">Council votes on the new budget for the coming year</a></p></div>
</body></html>"""


def _row(rows: list[list[float]], i: int) -> dict[str, float]:
    return dict(zip(MARKUP_FEATURES, rows[i], strict=True))


def test_markup_features_tell_a_related_link_box_from_the_article() -> None:
    paras = [Para("body", t) for t in PROSE] + [Para("body", "Council votes on the new budget for the coming year")]
    rows = html_blocks.markup_features(lxml.html.fromstring(PAGE), paras)
    assert len(rows) == 4 and all(len(r) == len(MARKUP_FEATURES) for r in rows)
    article, teaser = _row(rows, 1), _row(rows, 3)
    assert article["found"] == 1.0 and article["in_main"] == 1.0 and article["link_share"] == 0.0
    assert article["prose"] == 1.0 and article["sentence_end"] == 1.0 and article["stop"] > 0.2
    assert teaser["in_main"] == 0.0 and teaser["link_share"] == 1.0 and teaser["chrome_named"] == 1.0
    assert teaser["after_prose"] == 1.0 and teaser["prose"] == 0.0


def test_a_paragraph_not_in_the_page_has_no_markup_features() -> None:
    rows = html_blocks.markup_features(
        lxml.html.fromstring(PAGE), [Para("body", PROSE[0]), Para("body", "Not there at all.")]
    )
    assert _row(rows, 1)["found"] == -1.0 and _row(rows, 1)["link_share"] == -1.0
    assert _row(rows, 0)["found"] == 1.0
