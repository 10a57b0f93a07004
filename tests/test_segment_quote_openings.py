"""A forum reply quoting the first post, in a thread whose post headers the rules do not know: the
quoted sentence went as a repeat, but its opening line ("glazier_jo said:") was kept as a
paragraph of the thread (a new user's XenForo page). A story's "The minister said:" over a
quotation of its own is text."""

from __future__ import annotations

import pytest

from indexer.models import BODY, INDEXED_KINDS
from indexer.segment.tail import FORUM_QUOTE_REASON
from tests.helpers import parse_blocks

_FIRST = (
    "Our skylight has started leaking at the corner after the last storm. The flashing looks fine "
    "from outside, so I think the seal between the glass and the frame has gone. Has anyone "
    "resealed one themselves?"
)
_REPLY = (
    "Check the weep holes first. On most frames they block with leaves and the water backs up "
    "inside, which looks exactly like a failed seal."
)


@pytest.mark.parametrize("opening", ["glazier_jo said:", "Anna Berg schrieb:", "kettle_rider wrote:"])
def test_a_quotes_opening_goes_with_the_quote(opening: str) -> None:
    article = parse_blocks(
        "Forums | What's new | Members",
        "Best way to seal a leaking skylight?",
        "rooftopdan\nNov 3, 2024",
        _FIRST,
        opening,
        "Our skylight has started leaking at the corner after the last storm.",
        _REPLY,
        "You must log in or register to reply here.",
    )
    kept = [p.text for p in article.paragraphs if p.kind in INDEXED_KINDS]
    assert opening not in kept
    assert [p.reason for p in article.paragraphs if p.text == opening] == [FORUM_QUOTE_REASON]
    assert _REPLY in kept and _FIRST in kept


def test_a_storys_said_over_its_own_quotation_stays() -> None:
    quotation = (
        "\u201cWe will keep the ferry running every twenty minutes while the bridge is shut, and "
        "nobody will pay more for the crossing,\u201d she told the meeting on Tuesday evening."
    )
    article = parse_blocks(
        "Home | News | Sport",
        "Harbour bridge to close for a year of repairs",
        "The harbour board voted on Tuesday to close the old swing bridge for a year of repairs, after "
        "inspectors found cracks in two of its four main girders.",
        "The board's chair, Ines Duarte, said:",
        quotation,
        "\u00a9 2024 The Harbour Gazette",
    )
    body = [p.text for p in article.paragraphs if p.kind == BODY]
    assert "The board's chair, Ines Duarte, said:" in body
    assert quotation in body
