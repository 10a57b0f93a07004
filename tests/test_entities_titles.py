"""A person's name when the article gives only a title and a surname (issue 12, helper `ppl`):
the fullest form the collection gives, each rule a small input of our own (never a GUM text)."""

from __future__ import annotations

import pytest

from indexer.models import Article, Paragraph


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    from indexer.entities import tag_article

    def run(texts: list[str]) -> Article:
        paras = [Paragraph(i + 1, "title" if i == 0 else "body", t) for i, t in enumerate(texts)]
        return tag_article(Article("t", "t", "h", paragraphs=paras))

    return run


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


def test_across_an_index_a_titled_surname_joins_the_one_full_name_that_fits() -> None:
    from indexer.names import build_name_table

    table = build_name_table(
        {"people": [("Senator Kowalczyk", 2), ("Kowalczyk", 3), ("Dorota Kowalczyk", 4), ("Chairman Aldous", 1)]}
    )
    assert table.canonical("people", "Senator Kowalczyk") == "Dorota Kowalczyk"
    assert table.canonical("people", "Kowalczyk") == "Dorota Kowalczyk"
    assert table.canonical("people", "Chairman Aldous") == "Chairman Aldous"


def test_across_an_index_a_titled_surname_is_shown_titled_and_found_by_the_surname() -> None:
    from indexer.names import build_name_table

    table = build_name_table({"people": [("Kowalczyk", 5), ("Senator Kowalczyk", 1)]})
    assert table.canonical("people", "Kowalczyk") == "Senator Kowalczyk"
    assert "Senator Kowalczyk" in table.variants("people", "kowalczyk")
    # two full names fit: neither is chosen, the titled form stays the name shown
    table = build_name_table(
        {"people": [("Senator Kowalczyk", 1), ("Kowalczyk", 2), ("Dorota Kowalczyk", 1), ("Piotr Kowalczyk", 1)]}
    )
    assert table.canonical("people", "Kowalczyk") == "Senator Kowalczyk"
