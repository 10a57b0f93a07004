"""Words joined by an apostrophe (analysis.apostrophe_parts). Split at the apostrophe, "won't" was
the term "won" (a search for "won" found "won't", one for "won't" ranked "won" first), "don't"
was "don" (the name Don), "can't" had no term at all (a search for it was refused as stop words
only), "they're" left the term "re", and a Ukrainian word with its apostrophe ("пам'ять",
memory) was two words. Short articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.analysis import index_words, text_analyzer, words, words_of
from tests.helpers import index_news_folder, search_json


def terms(text: str) -> list[str]:
    return [t.text for t in text_analyzer()(text, mode="query")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm won't make a profit", ["firm", "won't", "make", "profit"]),
        ("The firm won’t make a profit", ["firm", "won't", "make", "profit"]),  # typographic apostrophe
        ("Voters don't know", ["voter", "don't", "know"]),
        ("I can't say", ["can't", "say"]),
        ("It isn't over", ["isn't", "over"]),
        ("Blair's words", ["blair", "word"]),  # a possessive: the name
        ("Blair’s words", ["blair", "word"]),
        ("they're here and we've left", ["they'r", "here", "we'v", "left"]),  # contractions whole, stemmed
        ("I'll go, I'm off", ["i'll", "go", "i'm", "off"]),
        ("O'Neill said", ["oneil", "said"]),  # an Irish surname, closed up (and stemmed)
        ("O’Neill’s side", ["oneil", "side"]),
        ("l'homme", ["homm"]),  # an elided article is too short to be a term
        ("Ankara'da", ["ankara", "da"]),  # a Turkish suffix stays its own word
    ],
)
def test_apostrophe_words(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_cyrillic_apostrophe_is_part_of_the_word() -> None:
    # Ukrainian writes the apostrophe inside words: ASCII, typographic and U+02BC are one spelling.
    assert terms("пам'ять") == terms("пам’ять") == terms("памʼять") == ["памʼять"]
    assert words("з'їзд партії") == ["зʼїзд", "партії"]


def test_offsets_are_the_words_in_the_text() -> None:
    text = "Blair's aide won’t go"
    spans = [(text[s:e], w) for s, e, w in index_words(text)]
    # a possessive marks the name, a negation the whole word
    assert spans == [("Blair", "Blair"), ("aide", "aide"), ("won’t", "won't"), ("go", "go")]


def test_word_list_holds_the_words() -> None:
    # words_of has its own ASCII path: the same words as the tokenizer's.
    assert words_of("The firm won't say what Blair's aide meant") >= {"won't", "blair", "aide"}
    assert "won" not in words_of("The firm won't say")
    assert "re" not in words_of("they're here") and "they're" in words_of("they're here")
    assert "oneill" in words_of("O'Neill said") and "neill" not in words_of("O'Neill said")
    assert words_of("they’re here") == words_of("they're here")


def test_a_compound_with_an_apostrophe_splits_as_before() -> None:
    # "don't-care" is no negation word of its own: its parts, as a compound is read.
    assert words("a don't-care attitude")[1:3] == ["don", "tcare"]


ARTICLES = {
    "final.txt": """Federer won the final in straight sets

Roger Federer won the Australian Open final on Sunday, beating his rival in straight sets.

The crowd cheered as he lifted the trophy for the second time. Martin O'Neill's side watched.
""",
    "neill.txt": """Neill wins the seat

Bob Neill held the seat for the Conservatives with a larger majority than before.
""",
    "profit.txt": """Wembley firm won't make a profit this year

The company that runs the stadium says it can't cover its costs before the new season.

Its chairman said the firm isn't in danger and that they're looking for new sponsors.
""",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("apostrophes"), ARTICLES)


def found(index: Path, query: str) -> set[str]:
    answer = search_json(index, query, "--no-fallback")  # (none of the loosened retries)
    return {h["article_id"] for h in answer["hits"]}


def test_won_does_not_find_wont(index: Path) -> None:
    assert found(index, "won") == {"news/final.txt"}
    assert found(index, "won't") == {"news/profit.txt"}
    assert found(index, "won’t") == {"news/profit.txt"}


def test_a_negation_is_searchable(index: Path) -> None:
    assert found(index, "can't") == {"news/profit.txt"}  # was refused: "only stop words"
    assert found(index, '"firm isn\'t"') == {"news/profit.txt"}


def test_a_contraction_is_one_word(index: Path) -> None:
    assert found(index, "re") == set()  # "they're" held the term "re"
    assert found(index, "they're looking") == {"news/profit.txt"}
    assert found(index, "they") == set()  # "they're" is not "they"


def test_an_irish_surname_is_one_word(index: Path) -> None:
    assert found(index, "O'Neill") == found(index, "oneill") == found(index, "O’Neill") == {"news/final.txt"}
    assert found(index, "o'neill") == {"news/final.txt"}  # typed in lower case
    assert found(index, "Neill") == {"news/neill.txt"}  # another man's name
