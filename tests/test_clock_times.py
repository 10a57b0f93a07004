"""A time of day as a query ("9:30") finds the paragraphs that give that time, not those with
its minutes alone as another number ("30. September"): its one-digit hour was dropped with the
text's one-letter words, at index and query time alike (a second new user's search). A number of
one digit is a word since analyzer version 13. Pages of our own."""

from __future__ import annotations

from pathlib import Path

from indexer.analysis import text_analyzer
from tests.helpers import index_news_folder, search_json

_FAIR = "Stadtfest beginnt am 30. September\n\nVon Anna Berg\n\nDas Stadtfest beginnt am 30. September mit einem Umzug durch die Altstadt, teilte die Stadt mit.\n"
_MARKET = "Markt auf dem Rathausplatz\n\nVon Anna Berg\n\nDer Markt öffnet jeden Morgen um 9:30 Uhr auf dem Rathausplatz, sagte die Stadt.\n"
_CRASH = "Zwei Unfälle auf der B27\n\nVon Anna Berg\n\nNeun Menschen wurden verletzt, 9 davon schwer, und die Straße bleibt 30 Tage gesperrt.\n"


def test_a_time_of_day_finds_that_time_only(tmp_path: Path) -> None:
    index = index_news_folder(tmp_path, {"fair.txt": _FAIR, "market.txt": _MARKET, "crash.txt": _CRASH})
    hits = search_json(index, "9:30")["hits"]
    assert [h["article_id"] for h in hits] == ["news/market.txt"]  # (its figures in a row: a phrase)
    assert {h["article_id"] for h in search_json(index, "9")["hits"]} == {"news/market.txt", "news/crash.txt"}


def test_a_one_digit_number_is_a_word() -> None:
    terms = [t.text for t in text_analyzer()("um 9:30 Uhr, a b c")]
    assert "9" in terms and "30" in terms
    assert not {"a", "b", "c"} & set(terms)  # (one-letter words stay dropped)
