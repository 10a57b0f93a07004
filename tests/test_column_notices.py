"""An opinion column's notices in plain text and HTML (trial 31's Ukrainian column kept both):
the paper's notice that the writer's views are not its own ("Погляди автора можуть не збігатися з
позицією редакції", in 14 languages), and an author box under "About the author" in the languages
the label was missing in ("Про автора", "O autorze", "Om författaren"). A news sentence about a
ruling that does not reflect a government's position stays. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.segment.tail import _ABOUT_BOX_LABEL
from indexer.segment.textblocks import _DISCLOSURE
from tests.helpers import page_body

TITLE = "What housing associations need before the winter"
COLUMN = [
    "Next winter may be no easier than the last two. The blackouts taught many associations to buy "
    "generators, but few of them know how to run one safely in a courtyard of nine storeys.",
    "What the associations lack most is legal advice: who may decide on a shared battery, how to split "
    "the cost of fuel, and who is liable when a neighbour's freezer fails during an outage.",
    "The city could open a help desk for associations in every district before November.",
]
NOTICE = "The Opinions section publishes columns. The views of the author do not necessarily reflect the views of the editors."
BIO = (
    "Oleh Kravchuk is a heating engineer who has chaired his block's housing association since 2019 "
    "and writes a small blog about getting through the winter in a high-rise."
)


def _body(*blocks: str) -> list[str]:
    return page_body(TITLE, *blocks)


def test_the_papers_notice_under_a_column_is_chrome() -> None:
    assert _body(*COLUMN, NOTICE) == COLUMN


@pytest.mark.parametrize(
    "text",
    [
        "Рубрика «Думки» містить авторські колонки. Погляди автора можуть не збігатися з позицією редакції.",
        "Мнение автора может не совпадать с позицией редакции.",
        "Názory autora se nemusí shodovat s postojem redakce.",
        "Ce texte ne reflète pas nécessairement la position de la rédaction.",
    ],
)
def test_the_notice_in_other_languages(text: str) -> None:
    assert _DISCLOSURE.search(text)


def test_a_ruling_that_does_not_reflect_a_governments_position_is_news() -> None:
    assert not _DISCLOSURE.search("The ruling does not necessarily reflect the position of the government.")


@pytest.mark.parametrize("label", ["Про автора", "O autorze", "Om författaren", "Yazar hakkında", "About the author"])
def test_about_the_author_in_more_languages(label: str) -> None:
    assert _ABOUT_BOX_LABEL.match(label)


def test_a_bio_under_about_the_author_is_the_author_box() -> None:
    assert _body(*COLUMN, "Про автора", BIO) == COLUMN
