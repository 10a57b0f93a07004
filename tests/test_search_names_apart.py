"""A word's stem does not find another person's name (index.phrases.NotAnotherName, from the
index's `people` words: search.variants.NamesApart). Snowball reads "Williams" as the plural of
"William" and "Harris" as "Harry": on BBC News `William` found 211 paragraphs, 151 of them
Serena, Venus or Rowan Williams's only; `hugh` found Mark Hughes; `gate` Bill Gates; `Irak`
Irakli Labadze. A paragraph that names one of them and also holds the word itself is still a hit,
and where the other word is no tagged person ("Banks raised rates") it is a hit as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import invoke
from tests.helpers import hit_count, search_json

ARTICLES = {
    "tennis.txt": "Tennis final\n\nSerena Williams beat her sister Venus Williams in the final at Wimbledon on Saturday.",
    "royal.txt": "Royal visit\n\nPrince William visited the new children's hospital in Cardiff on Monday.",
    "both.txt": "Charity match\n\nPrince William watched Serena Williams play an exhibition match in London.",
    "art.txt": "Art sale\n\nThe entertainer Rolf Harris sold a portrait of the Queen at an auction in London.",
    "army.txt": "Army service\n\nPrince Harry will join the army next year, the palace said on Friday.",
    "rates.txt": (
        "Interest rates\n\nBanks raised their interest rates on Tuesday, the central bank said in a statement.\n\n"
        "Tony Banks, the Labour MP for West Ham, said the new law would stand for years."
    ),
    "open.txt": "First round\n\nIrakli Labadze of Georgia lost to the top seed in the first round in Melbourne.",
    # a line-up names a player the tagger does not tag; the index knows Cooper as a person elsewhere
    "lineup.txt": "Derby draw\n\nMiddlesbrough 2-2 Charlton.\n\nSubs Not Used: Cooper, Knight.",
    "minister.txt": "Police pay\n\nHome Office minister Yvette Cooper said the pay deal for police officers was fair.",
    "trade.txt": "Trade talks\n\nThe two governments agreed closer cooperation on trade and customs at the summit.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names")
    (root / "news").mkdir()
    for name, text in ARTICLES.items():
        (root / "news" / name).write_text(text, encoding="utf-8")
    code, _, err = invoke("build", "--index", str(root / "idx"), str(root / "news"))  # with entities
    assert code == 0, err
    return root / "idx"


def hits(index: Path, query: str, *args: str) -> list[tuple[str, int]]:
    answer = search_json(index, query, "--limit", "50", *args)
    return sorted((h["article_id"].rsplit("/", 1)[-1], h["paragraph"]) for h in answer["hits"])


def test_the_people_are_tagged(index: Path) -> None:
    code, out, err = invoke("search", "--kind", "body", "--json", "--limit", "50", "--index", str(index))
    assert code == 0, err
    tagged = {p for h in json.loads(out)["hits"] for p in h["people"]}
    assert {"Serena Williams", "Rolf Harris", "Tony Banks", "Irakli Labadze"} <= tagged


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("William", [("both.txt", 2), ("royal.txt", 2)]),
        ("william", [("both.txt", 2), ("royal.txt", 2)]),
        ("Williams", [("both.txt", 2), ("tennis.txt", 2)]),
        ("harry", [("army.txt", 2)]),
        ("Harris", [("art.txt", 2)]),
        # the parser's path (an operator) reads words so too
        ("William OR Harry", [("army.txt", 2), ("both.txt", 2), ("royal.txt", 2)]),
        ("William AND hospital", [("royal.txt", 2)]),
    ],
)
def test_a_name_is_not_another_names_stem(index: Path, query: str, expected: list[tuple[str, int]]) -> None:
    assert hits(index, query) == expected


def test_a_word_is_not_a_persons_name_that_shares_its_stem(index: Path) -> None:
    # "Banks raised ..." is a hit (no person Banks there); Tony Banks's paragraph is not
    assert hits(index, "bank") == [("rates.txt", 2)]
    assert hit_count(index, "Irak") == 0  # not Irakli Labadze


def test_a_name_the_tagger_missed_is_still_a_name(index: Path) -> None:
    # Snowball stems "cooperation" as "cooper": a new user's `cooperation` on BBC News ranked a
    # line-up's "Subs Not Used: Cooper, Knight." first, a paragraph with no person tagged. A name
    # the index tags mostly as a person's, written capitalised inside a sentence, is that name.
    assert hits(index, "cooperation") == [("trade.txt", 2)]
    assert {("lineup.txt", 3), ("minister.txt", 2)} <= set(hits(index, "cooper"))
    # a word that starts a sentence is no name by its capital: "Banks raised ..." stays a hit
    assert ("rates.txt", 2) in hits(index, "bank")


def test_another_persons_name_is_not_highlighted(index: Path) -> None:
    # "Prince William watched Serena Williams ...": `william` marked both (a new user's try)
    hit = next(
        h for h in search_json(index, "william", "--limit", "50")["hits"] if h["article_id"].endswith("both.txt")
    )
    assert "<em>William</em>" in hit["snippet"] and "<em>Williams</em>" not in hit["snippet"]
    hit = next(
        h for h in search_json(index, "Williams", "--limit", "50")["hits"] if h["article_id"].endswith("both.txt")
    )
    assert "<em>Williams</em>" in hit["snippet"]


def test_a_name_mistyped_one_edit_away_is_the_name(index: Path) -> None:
    # "Labadzes", a word no paragraph has, stems as "Labadze" does: the name meant, not another
    # word (a new user's "blaire" found 11 of Blair's 472 paragraphs on BBC); as typed, no retry
    assert hits(index, "Labadzes", "--no-fallback") == [("open.txt", 2)]


def test_a_phrase_and_a_pattern_are_as_before(index: Path) -> None:
    assert hits(index, '"Serena Williams"') == [("both.txt", 2), ("tennis.txt", 2)]
    assert hits(index, "william*") == [("both.txt", 2), ("royal.txt", 2), ("tennis.txt", 2)]
