"""Two kinds of trial 31's first half, in plain text: a "more from" list whose items are each a
headline and its summary on one line after a dash or a kicker's colon ("Minnesord: Bertil
Nyström – Han var ...", a print view's "Mer från Familj"), which ended the list at its first
item; and a paper's offer of its subscription ("With a subscription you get access to all ...",
"Prvních 14 dní zdarma"). Lines of prose under such a header, and an article about subscription
prices, stay. Pages of our own."""

from __future__ import annotations

from indexer.segment.tail import _teaser_lines
from tests.helpers import page_body

TITLE = "Obituary: Ingrid Lovgren"
TEXT = [
    "Ingrid Lovgren of Stode has died at the age of 91. She leaves her children Anders and Karin and "
    "their families, and many friends in the village where she spent her whole life.",
    "For more than thirty years she worked as the district nurse, cycling between the farms in every "
    "season, and there are few families here she did not help at one time or another.",
    "She sang in the parish choir for fifty years and ran the village library on Thursday evenings.",
]
TEASERS = (
    "Obituary: Bertil Nystrom – He was the village fiddler and led the dance floor by the river for forty summers.\n"
    "She turns 100: Elsa Norberg – The secret of a long life? A walk every day and never too much worry, she says."
)


def _body(*blocks: str) -> list[str]:
    return page_body(TITLE, *blocks)


def test_teasers_a_line_each_under_a_more_from_header_are_the_list() -> None:
    assert _teaser_lines(TEASERS.split("\n"))
    assert _body(*TEXT, "More from Family", TEASERS) == TEXT


def test_lines_of_prose_are_no_teasers() -> None:
    prose = [
        "She was born in 1932, the youngest of five, and grew up on a small farm by the lake.",
        "In 1956 she married Sven, and together they built the house where she lived until last year.",
    ]
    assert not _teaser_lines(prose)


def test_a_subscription_offer_is_chrome_and_an_article_on_prices_is_not() -> None:
    offer = "With a subscription you get unlimited access to all our commentaries and the archive since 2009."
    assert _body(*TEXT, "Want to read more?", offer) == TEXT
    news = (
        "The paper said its subscribers would pay 290 crowns a month from July, and that the first 14 days "
        "of a new subscription would no longer be free of charge."
    )
    assert news in _body(*TEXT[:2], news, TEXT[2])


def test_a_japanese_papers_membership_pitch_is_an_offer() -> None:
    from indexer.segment.textblocks import _OFFER

    pitch = "プレミアム会員になると、月刊誌のバックナンバー全文、過去10年分の特集記事をすべてご覧いただけます。"
    assert _OFFER.search(pitch)
    assert not _OFFER.search("同社の会員数は前年より一割増えた。")
