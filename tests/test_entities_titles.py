"""A person's name when the article gives only a title and a surname (issue 12, helper `ppl`):
the fullest form the collection gives, each rule a small input of our own (never a GUM text)."""

from __future__ import annotations

import functools

import pytest

from tests.helpers import tag_texts


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    return functools.partial(tag_texts, title=True)


def test_a_surname_the_article_only_titles_is_named_with_its_office(tag) -> None:
    art = tag(
        [
            "Remarks at the harbour dinner",
            "I want to thank Senator Kowalczyk for his work on the harbour bill.",
            "Kowalczyk fought for the bill for ten years.",
        ]
    )
    assert art.paragraphs[1].people == ["Senator Kowalczyk"]
    assert art.paragraphs[2].people == ["Senator Kowalczyk"]


def test_a_two_word_office_is_kept_whole(tag) -> None:
    art = tag(
        [
            "Remarks at the harbour dinner",
            "We welcome Vice President Ostrander tonight.",
            "Ostrander has served the state for a decade.",
        ]
    )
    assert art.paragraphs[2].people == ["Vice President Ostrander"]


def test_the_full_name_wins_over_any_title(tag) -> None:
    art = tag(
        [
            "Council vote on the new bridge",
            "Councillor Maire O’Flaherty proposed the motion.",
            "Councillor O'Flaherty said the bridge was overdue.",
        ]
    )
    from indexer.entities import name_key

    assert [name_key(n) for n in art.paragraphs[2].people] == ["maire o'flaherty"]


@pytest.mark.parametrize("rank", ["Gen", "Brig", "Col", "Cllr"])
def test_a_british_rank_without_a_full_stop_is_a_title(tag, rank: str) -> None:
    # BBC writes "Gen Pervez Musharraf", "Gen Musharraf": both were names of their own
    art = tag(
        [
            "Talks in Delhi",
            f"{rank} Farhad Qureshi arrived in Delhi on Saturday for talks.",
            f"{rank} Qureshi said the talks would be frank.",
        ]
    )
    assert art.paragraphs[1].people == ["Farhad Qureshi"]
    assert art.paragraphs[2].people == ["Farhad Qureshi"]


def test_a_form_of_address_is_never_part_of_the_name(tag) -> None:
    art = tag(
        [
            "Talks on the budget",
            "Mr Brackley met the unions on Monday.",
            "Brackley said the talks had gone well.",
        ]
    )
    assert art.paragraphs[1].people == ["Brackley"]
    assert art.paragraphs[2].people == ["Brackley"]


def test_across_an_index_a_titled_surname_joins_only_a_full_name_given_with_that_title() -> None:
    # A shared surname is no evidence across articles (helper link2, BBC: "Lord Archer" shown as
    # the economist "Howard Archer"); a full name some article gives with the same title is.
    from indexer.names import build_name_table

    table = build_name_table(
        {"people": [("Senator Kowalczyk", 2), ("Kowalczyk", 3), ("Dorota Kowalczyk", 4), ("Chairman Aldous", 1)]}
    )
    assert table.canonical("people", "Senator Kowalczyk") == "Senator Kowalczyk"
    assert table.canonical("people", "Kowalczyk") == "Dorota Kowalczyk"
    assert table.canonical("people", "Chairman Aldous") == "Chairman Aldous"
    table = build_name_table(
        {"people": [("Senator Kowalczyk", 2), ("Senator Dorota Kowalczyk", 1), ("Dorota Kowalczyk", 4)]}
    )
    assert table.canonical("people", "Senator Kowalczyk") == table.canonical("people", "Dorota Kowalczyk")


def test_across_an_index_a_bare_surname_is_not_shown_as_a_titled_one() -> None:
    # BBC: the film "Coach Carter" ("Carter") was shown and found as "President Carter"
    from indexer.names import build_name_table

    table = build_name_table({"people": [("Kowalczyk", 5), ("Senator Kowalczyk", 1)]})
    assert table.canonical("people", "Kowalczyk") == "Kowalczyk"
    assert table.canonical("people", "Senator Kowalczyk") == "Senator Kowalczyk"
    assert "Kowalczyk" not in table.variants("people", "Senator Kowalczyk")
    table = build_name_table({"people": [("Carter", 2), ("President Carter", 3), ("Lord Harris", 1), ("Harris", 4)]})
    assert table.canonical("people", "Carter") == "Carter"
    assert table.canonical("people", "Harris") == "Harris"
