"""The post titles under a blog archive gadget's opened month ("▼ July (62)") are the gadget's
list, not the post's text (a wild tuning page kept 62 titles as body, the block model reading
them as "article text among article text", some cut off with "..."). Own small input."""

from __future__ import annotations

from indexer.blogchrome import BLOG_ARCHIVE_REASON
from indexer.models import BODY
from indexer.segment import analyse_text
import pytest

from indexer.segment.articleend import _OPEN_MONTH, mark_archive_titles

TITLES = ["Summer in Kotor, part two", "The ferry to Korčula. Again.", "Markets of the south coast and what..."]


def _marked(*lines: str) -> dict[str, tuple[str, str]]:
    blocks, _ = analyse_text("\n\n".join(lines), with_features=False)
    for b in blocks:
        b.kind, b.reason = BODY, "reads as article text among article text (block model)"
    mark_archive_titles(blocks)
    return {b.text: (b.kind, b.reason) for b in blocks}


def test_the_titles_under_an_opened_archive_month_are_chrome() -> None:
    got = _marked("▼ 2011 (74)", "▼ July (3)", *TITLES, "► June (38)", "A paragraph after the gadget.")
    assert [got[t][1] for t in TITLES] == [BLOG_ARCHIVE_REASON] * 3
    assert got["A paragraph after the gadget."][0] == BODY


def test_no_more_titles_than_the_month_counts() -> None:
    got = _marked("▼ July (2)", *TITLES)
    assert [got[t][1] == BLOG_ARCHIVE_REASON for t in TITLES] == [True, True, False]


@pytest.mark.linear
def test_the_open_month_pattern_is_linear() -> None:
    run = " " * 100_000
    for text in (f"▼{run}x", f"▼ July{run}(3"):
        _OPEN_MONTH.match(text)
