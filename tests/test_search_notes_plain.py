"""A loosened search's note says what ran in plain words, true to the order of its hits: it
showed the query syntax that ran ("showing matches for 'uyghr~1 camps'", "any of 'Zenz OR
world's OR response'") and said "best first" of a question's hits, ordered answers first, and of
hits sorted by date or position. `searched` keeps the syntax, for scripts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.search import Filters, IndexSearcher, SearchRequest
from tests.conftest import invoke

QUESTION = "what did Zenz say about the world's response"


@pytest.fixture(scope="module")
def s(shipped_index: Path) -> Iterator[IndexSearcher]:
    with IndexSearcher(shipped_index) as searcher:
        yield searcher


def note(s: IndexSearcher, query: str, **kw: object) -> str:
    result = s.search(SearchRequest(query, **kw))  # type: ignore[arg-type]
    assert result.note and "~" not in result.note and " OR " not in result.note, result.note
    return result.note


def test_a_typo_note_names_the_word_and_what_it_was_read_as(s: IndexSearcher) -> None:
    said = note(s, "uyghr camps")
    assert said == "no paragraph matches 'uyghr camps'; showing matches allowing a typo ('uyghr' as uyghur)"
    assert s.search(SearchRequest("uyghr camps")).searched == "uyghr~1 camps"  # the syntax, for scripts


def test_an_any_words_note_lists_the_words_and_the_order(s: IndexSearcher) -> None:
    typed = "boycott by retailers at Olympics"
    opening = f"no paragraph has all the words of '{typed}'; showing paragraphs with any of them (boycott, retailers, Olympics)"
    assert note(s, typed) == f"{opening}, best first"
    assert note(s, typed, sort="position") == f"{opening}, in article order"
    with_typo = note(s, "boycot by retailers at Olympics")
    assert "(boycot, retailers, Olympics), allowing a typo ('boycot' as boycott), best first" in with_typo


def test_a_question_note_says_its_hits_come_best_answers_first_or_as_sorted(s: IndexSearcher) -> None:
    opening = f'"{QUESTION}" reads as a question: showing paragraphs with any of its words (Zenz, world\'s, response)'
    # Asking what someone said ranks the hits quoting them first (relax.quoted_name): on this
    # index, built without entities, nobody is tagged as quoted, so the note claims no such order.
    assert note(s, QUESTION) == f"{opening}, best answers first"
    other = "what happened to Uyghurs in Kazakhstan"
    assert note(s, other) == (
        f"{other!r} reads as a question: showing paragraphs with any of its words (happened, Uyghurs, "
        "Kazakhstan), 'happened' in no paragraph, best answers first"
    )
    assert note(s, QUESTION, sort="position") == f"{opening}, in article order"
    # the shipped article has no publication date: a date sort is by relevance, as the next note says
    assert note(s, QUESTION, sort="date") == (
        f"{opening}, best first; no article in the index has a publication date: ordered by relevance, not by date"
    )


@pytest.mark.parametrize("typed", ['who said "forced labor"', 'what about "forced labor"?'])
def test_a_question_with_a_phrase_counts_the_phrases_words(s: IndexSearcher, typed: str) -> None:
    # three tokens but four words: read as keywords, all of them in one paragraph, it found nothing
    assert note(s, typed).startswith(f"{typed!r} reads as a question: showing paragraphs with any of its words")
    assert s.search(SearchRequest(typed)).hits


class _Dated:
    def lexicon(self, field: str) -> Iterator[str]:
        return iter(["2021-11-14"])


def test_order_said_by_sort_and_reading() -> None:
    from indexer.search.relax import order_said

    dated = _Dated()
    assert order_said("question", "score", dated) == "best answers first"  # type: ignore[arg-type]
    assert order_said("any", "score", dated) == "best first"  # type: ignore[arg-type]
    assert order_said("question", "date", dated) == "newest article first"  # type: ignore[arg-type]
    assert order_said("fuzzy+any", "position", dated) == "in article order"  # type: ignore[arg-type]


def test_the_cli_prints_the_plain_note(shipped_index: Path) -> None:
    code, _, err = invoke("search", "forsed labr camps china", "--index", str(shipped_index), "-n", "1")
    assert code == 1
    assert err.splitlines()[0] == (
        "indexer: note: no paragraph has all the words of 'forsed labr camps china'; showing paragraphs with any "
        "of them (forsed, labr, camps, china), allowing typos ('forsed' as forced, 'labr' as labor), best first"
    )


def test_a_search_that_finds_nothing_names_the_word_no_paragraph_has(s: IndexSearcher) -> None:
    # "no paragraphs found" alone left the user to try each word (a new user's "Blair zzqqx").
    assert s.search(SearchRequest("Zenz zzqqx")).note == "no paragraph has the word 'zzqqx'"
    assert s.search(SearchRequest("zzqqx Zenz yyxxw")).note == "no paragraph has the words 'zzqqx', 'yyxxw'"
    both = s.search(SearchRequest("Zenz Kyrgyzstan"))  # each in some paragraph, never together
    assert both.total == 0 and both.note == "each of its words is in some paragraph, but no paragraph has them all"
    assert s.search(SearchRequest("Zenz Kyrgyzstan", Filters(kinds=["body"]))).note is None  # a filter narrowed it
    # a phrase's words are not looked up one by one: no claim that each is in some paragraph
    assert s.search(SearchRequest('Zenz "zzqqx yyxxw"')).note is None


def test_a_typo_search_that_finds_nothing_says_so(s: IndexSearcher) -> None:
    # `Podolsky~` printed "no paragraphs found" alone (a new user's try)
    assert s.search(SearchRequest("zzqqxw~")).note == "no paragraph has a word within 1 typing error of 'zzqqxw'"
    assert s.search(SearchRequest("zzqqxwvv~2")).note == "no paragraph has a word within 2 typing errors of 'zzqqxwvv'"
