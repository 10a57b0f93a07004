"""A page of many short blocks (a list of 30,000 items, a table of 20,000 rows) in time linear in
its blocks: the box rules looked, for every short block, at all the blocks after it (the prose
under an "About NAME" label before asking whether the block was such a label; every block of a
heading's box to find whether it opened the box). A list of 30,000 items took 130 s to parse,
12,000 took 24 s; now about 10 s and 2 s."""

from __future__ import annotations

import pytest

from indexer import htmlpage
from indexer.models import BODY

PROSE = (
    "The minister said on Monday that the bridge would close for repairs next spring, and the "
    "council agreed with the plan after a long debate in the town hall."
)


@pytest.mark.linear
def test_a_named_box_is_looked_for_in_linear_time() -> None:
    # 200,000 short blocks after the prose, none an "About NAME" label: the search for the
    # prose under a label only runs for a label (its square: hours)
    blocks = [(BODY, PROSE)] + [("", f"item {i}") for i in range(200_000)]
    assert htmlpage._mark_named_boxes(blocks) == blocks


def test_a_named_box_after_the_article_is_still_found() -> None:
    blocks = [
        (BODY, PROSE),
        (BODY, PROSE),
        ("", "About Brightloop"),
        ("", "Brightloop helps small shops sell online and ships their parcels across Europe every day."),
    ]
    marked = htmlpage._mark_named_boxes(blocks)
    assert [kind for kind, _ in marked[:2]] == [BODY, BODY]
    assert all(kind.startswith("boilerplate") for kind, _ in marked[2:]), marked
