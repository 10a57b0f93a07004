"""A quoted phrase is its words as typed (index.phrases.ExactPhrase): a new user's try of BBC
found `"forced labour"` matching "forcing Labour to react", a phrase of the two words' stems.
The synonym table's spellings still count (`"forced labor"` finds "forced labour"), and so do a
possessive's "'s", a word's case and accents, and a hyphen inside a word ("e-mail" is "email");
other forms of a typed word do not ("boards of directors" is no `"board of directors"`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.index.phrases import ExactPhrase
from indexer.index.queries import gapped_phrase
from tests.conftest import invoke
from tests.helpers import article_ids, index_news_folder, search_json

PAGES = {
    "camps.txt": "Camps\n\nCampaigners say the forced labour of detainees goes on in the region this year.",
    "react.txt": "React\n\nTheir campaign succeeded in forcing Labour to react to the claims this week.",
    "cotton.txt": "Cotton\n\nReports of forced labor in the cotton fields were published by the group on Monday.",
    "cost.txt": "Cost\n\nThe report counted forced labour's hidden cost to the families of the workers.",
    "board.txt": "Board\n\nThe Board of Directors met on Monday to approve the accounts of the year.",
    "boards.txt": "Boards\n\nThe boards of directors of both firms met on Monday to approve the merger.",
    "scam.txt": "Scam\n\nAn e-mail scam targeted pensioners across the county last spring.",
    "scams.txt": "Scams\n\nEmail scams targeted pensioners across the county last spring.",
    "pounds.txt": "Pounds\n\nThe council will spend £1bn on new roads over the next decade.",
    "dollars.txt": "Dollars\n\nThe firm paid US$1bn for the chain of shops last year.",
    "tag.txt": "Tag\n\nThe #MeToo campaign spread to the film industry in Seoul.",
    "index.txt": "Index\n\nThe index closed 45.4 points higher on Monday after a quiet session.",
    "gain.txt": "Gain\n\nThe index gained 4 points on Tuesday in thin trading.",
    "vote.txt": "Vote\n\nThe party won 45% of the vote in the town on Sunday.",
    "rate.txt": "Rate\n\nThe rate rose to 2.45% after 45 days of talks with the unions.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_news_folder(tmp_path_factory.mktemp("exact"), PAGES)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ('"forced labour"', ["camps", "cost", "cotton"]),  # not "forcing Labour"; "labor" is a spelling
        ("forced labour", ["camps", "cost", "cotton", "react"]),  # unquoted: any form of each word
        ('"board of directors"', ["board"]),
        ("board of directors", ["board", "boards"]),
        ('"email scam"', ["scam"]),  # "e-mail" is "email"; "scams" is another form
        ('"forced labour" OR "email scams"', ["camps", "cost", "cotton", "scams"]),
    ],
)
def test_a_quoted_phrase_is_its_words_as_typed(index: Path, query: str, found: list[str]) -> None:
    assert article_ids(index, query) == [f"news/{name}.txt" for name in found]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # signs have no terms in the index: "£1bn" and "$1bn" are both the word 1bn; quoted, the
        # sign is meant (a new user's try: `"£1bn"` found "$1bn" on BBC News)
        ('"£1bn"', ["pounds"]),
        ('"$1bn"', ["dollars"]),  # "US$1bn" holds it
        ('"£1bn on new roads"', ["pounds"]),
        ('"$1bn on new roads"', []),
        ("£1bn", ["dollars", "pounds"]),  # unquoted: the word, whatever its sign
        ('"#metoo"', ["tag"]),
        ('"@metoo"', []),
        # a number typed is the whole number: "45.4" is one word of the index (a new user's try)
        ('"4 points"', ["gain"]),
        ('"45.4 points"', ["index"]),
        # ... and so is a number next to a sign: "2.45%" is no "45%"
        ('"45%"', ["vote"]),
        ('"2.45%"', ["rate"]),
    ],
)
def test_a_quoted_sign_is_as_typed(index: Path, query: str, found: list[str]) -> None:
    assert sorted(h["article_id"] for h in search_json(index, query, "--no-fallback")["hits"]) == [
        f"news/{name}.txt" for name in found
    ]


def test_a_phrase_with_a_one_letter_word_found_nowhere_says_why(index: Path) -> None:
    # unquoted, '"5 points"' is "points" alone: its 2 paragraphs are no other form of the phrase
    # (a new user's `"5 points"` on BBC was offered 422 paragraphs "in other forms")
    code, _, err = invoke("search", '"5 points"', "--index", str(index), "--no-fallback")
    assert code == 1
    assert err.splitlines()[0] == (
        "indexer: note: no paragraph has \"5 points\" as typed; one-letter words such as '5' are not "
        "indexed, so no other form of it can be searched for"
    )


def test_a_quoted_sign_not_found_says_so(index: Path) -> None:
    code, out, err = invoke("search", '"€1bn"', "--index", str(index), "--no-fallback")
    assert code == 1, out
    assert err == (
        'indexer: note: no paragraph has "€1bn" word for word (quotes match the words and signs as typed); '
        "2 have its words in other forms or with other signs: add ~1 after the closing quote to find them\n"
        "no paragraphs found\n"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("They were forcing Labour to react.", False),  # the typed words' stems, in other forms
        ("Forced LABOUR camps", True),
        ("the forced labor of", True),  # no run of the typed words' forms: a variant matched
        ("forced labour's cost", True),
        ("forced-labour camps", True),
    ],
)
def test_which_paragraphs_a_quoted_phrase_keeps(text: str, kept: bool) -> None:
    q = ExactPhrase(gapped_phrase("text", ["forc", "labour"]), "text", [("forced", "forc"), ("labour", "labour")])
    assert q.keeps(text) is kept


def test_a_quoted_phrase_found_only_in_other_forms_says_so(index: Path) -> None:
    answer = search_json(index, '"campaigns succeeded"')
    assert answer["total"] == 0
    assert answer["note"] == (
        'no paragraph has "campaigns succeeded" word for word (quotes match the words as typed); '
        "1 has its words in other forms: add ~1 after the closing quote to find them"
    )
    # no run of its words in any form: its words apart
    assert search_json(index, '"succeeded campaigns"')["note"].startswith(
        'no paragraph has "succeeded campaigns" side by side'
    )


def test_a_phrase_with_a_slop_is_its_words_in_any_form(index: Path) -> None:
    assert article_ids(index, '"campaigns succeeded"~1') == ["news/react.txt"]


@pytest.mark.parametrize(
    ("exact", "text", "kept"),
    [
        # a new user's try of BBC: '"terrorism laws"' found "anti-terror laws", '"co-operation"'
        # "co-operate", '"long-term planning"' "long-term plans"
        ([("terrorism", "terror"), ("laws", "law")], "new anti-terror laws were passed", False),
        ([("terrorism", "terror"), ("laws", "law")], "the terrorism laws were passed", True),
        ([("co", "co"), ("operation", "oper")], "they will co-operate fully", False),
        ([("co", "co"), ("operation", "oper")], "in close co-operation with", True),
        ([("long", "long"), ("term", "term"), ("planning", "plan")], "long-term plans", False),
        ([("long", "long"), ("term", "term"), ("planning", "plan")], "long-term planning", True),
    ],
)
def test_a_hyphen_inside_a_word_neither_hides_nor_makes_a_form(exact: list, text: str, kept: bool) -> None:
    child = gapped_phrase("text", [term for _, term in exact])
    assert ExactPhrase(child, "text", exact).keeps(text) is kept


def test_a_quoted_phrase_whose_words_stand_apart_says_so(index: Path) -> None:
    answer = search_json(index, '"labour react"')
    assert answer["total"] == 0
    assert (
        answer["note"]
        == 'no paragraph has "labour react" side by side; 1 has its words apart: search without the quotes'
    )


def test_a_phrase_with_a_slop_that_finds_nothing_is_no_error(index: Path) -> None:
    # the note's count of the words unquoted read "~2" as a typo distance and raised (28061c2)
    answer = search_json(index, '"react labour"~2')
    assert answer["total"] == 0
    assert answer["note"].endswith("have its words apart: search without the quotes") or answer["note"].endswith(
        "has its words apart: search without the quotes"
    )
