"""A table of figures set as text inside an article (election results, a league table) is the
article's text: trial 9's result of the vote the story was about was dropped as a "teaser list"
by the block model, while tables of the same shape around it were kept."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BODY, BOILERPLATE

from tests.helpers import FOOTER, MENU, kind_and_reason, parse_blocks

HEADLINE = "Voters reject pool levy, re-elect mayor in Alder Springs"
TEXT = (
    "ALDER SPRINGS — Voters on Tuesday turned down a levy to rebuild the town's pool and returned the "
    "mayor to office for a third term, according to unofficial results from the county clerk.",
    "The levy needed 60 percent approval to pass. It received 54.7 percent, falling short for the "
    "second time in three years, and the board will meet next week to decide what to do.",
)
TABLE = "Alder Springs Community Schools levy ($12M)\n  Yes ...................... 7,120   54.7%\n  No ....................... 5,897   45.3%"
AFTER = (
    "Superintendent Lara Voss said the district would review the result before deciding whether to put "
    "a smaller levy on the ballot in the spring, and thanked the volunteers who campaigned for it.",
)


def _dropped(
    text: str, reason: str = "teaser list; reads like site chrome: words such as 'schools' (block model)"
) -> segment.textblocks._Block:
    b = segment.textblocks._Block(text=text, lines=text.split("\n"), kind=BOILERPLATE, reason=reason, inside=True)
    return b


def test_a_table_of_figures_the_block_model_dropped_inside_the_article_is_body() -> None:
    table, teasers = _dropped(TABLE), _dropped("Pool levy fails again\nMayor wins third term\nCouncil seats: results")
    lines = _dropped("Line-ups ...\nSee more")
    blocks = [table, teasers, lines]
    segment.kept._keep_figure_tables(blocks)
    assert (table.kind, table.reason) == (BODY, segment.kept.FIGURE_TABLE_REASON)
    assert teasers.kind == lines.kind == BOILERPLATE  # no figures: not a table


def test_a_table_dropped_for_a_kind_of_chrome_stays_dropped() -> None:
    outside = segment.textblocks._Block(
        text=TABLE, lines=TABLE.split("\n"), kind=BOILERPLATE, reason="teaser list (block model)"
    )
    legal = _dropped(TABLE, reason="legal notice")
    segment.kept._keep_figure_tables([outside, legal])
    assert outside.kind == legal.kind == BOILERPLATE  # outside the article run, or a rule's kind


def test_a_table_of_figures_inside_the_article_stays_body() -> None:
    art = parse_blocks(MENU, HEADLINE, *TEXT, TABLE, *AFTER, FOOTER)
    assert kind_and_reason(art, TABLE.split("\n")[0])[0] == BODY


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Yes ...................... 7,120   54.7%", True),
        ("Danny Tran (i)     6,841   58.2%", True),
        ("Write-ins ...................  12    0.1%", True),
        ("Total\t1,234\t100%", True),
        ("Home  News  Sport", False),  # a menu's items split by spaces: no figures
        ("Posted: Nov 5, 2025  11:58 PM", False),
        ("6,841   58.2%", False),  # figures with no label
    ],
)
def test_figure_rows(line: str, row: bool) -> None:
    assert segment.kept._figure_row(line) is row
