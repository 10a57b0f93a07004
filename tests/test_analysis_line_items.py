"""A paragraph's items on lines of their own (a list's, a table's rows) are apart for a phrase
search and on screen: a line break that parts two items skips positions (`analysis.LINE_GAP`),
so "price Accurate" is no phrase of "Excellent suction for the price" / "Accurate lidar
mapping" (trial 14: the pros list read as one run of words), while a line that goes on with a
sentence (opening in lower case) does not; the terminal shows each line on lines of its own."""

from __future__ import annotations

from pathlib import Path

from indexer.analysis import LINE_GAP, line_breaks, text_analyzer
from indexer.render import TextRenderer
from tests.helpers import hit_count, index_news_folder


def _positions(text: str) -> list[tuple[str, int]]:
    return [(t.text, t.pos) for t in text_analyzer()(text, positions=True, mode="index") if t.text.isascii()]


def test_a_line_break_between_items_skips_positions() -> None:
    assert line_breaks("Quiet\nCheap\n\n  Small jug\ngoes on") == [5, 12]
    pos = dict(_positions("Quiet pump\nCheap parts"))
    assert pos["cheap"] - pos["pump"] == 1 + LINE_GAP
    pos = dict(_positions("Quiet pump\ncheap parts"))  # a sentence that goes on
    assert pos["cheap"] - pos["pump"] == 1


_PAGE = (
    "Kettle review: the Brewmaster 2\n\n"
    "The Brewmaster 2 boils a full litre in under three minutes and costs less than most rivals we have tested.\n\n"
    "Good points\nRapid boil for the money\nClear water gauge\nQuiet\n\n"
    "Specifications\nCapacity | 1.7 litres\nPower | 3 kW\n\n"
    "It is a sound choice for a busy kitchen, though the lid hinge felt flimsy after a month of daily use\n"
    "by the whole family.\n"
)


def test_a_phrase_does_not_span_two_items(tmp_path: Path) -> None:
    index = index_news_folder(tmp_path, {"kettle.txt": _PAGE})
    assert hit_count(index, '"Clear water gauge"') == 1
    assert hit_count(index, '"money Clear"') == 0
    assert hit_count(index, '"money Clear"~5') == 0
    assert hit_count(index, '"litres Power"') == 0
    assert hit_count(index, '"daily use by the whole family"') == 1  # a wrapped sentence goes on


def test_the_terminal_shows_a_paragraphs_lines() -> None:
    lines = TextRenderer(width=60)._wrap("Rapid boil for the money\nClear water gauge\n\nQuiet")
    assert lines == ["  Rapid boil for the money", "  Clear water gauge", "  Quiet"]
