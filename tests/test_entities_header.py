"""Issue 12, second round: fault kinds seen on tuning documents and on real pages, each as a
small input written here with the right value.

- a person named in full only in the article's header (byline, standfirst: not indexed) is the
  one its body calls by surname;
"""

from __future__ import annotations

import pytest

from indexer.models import Article, Paragraph


@pytest.fixture(scope="module")
def tag_kinds():
    """tag_kinds([(kind, text), ...]) -> Article, tagged as one article."""
    from indexer.entities import tag_article

    def run(paras: list[tuple[str, str]], title: str = "") -> Article:
        ps = [Paragraph(i + 1, k, t) for i, (k, t) in enumerate(paras)]
        return tag_article(Article("t", "t", "h", title=title, paragraphs=ps))

    return run


BODY = [
    ("body", "Kowalczyk has studied glaciers for twenty years."),
    ("body", "“The ice is thinning faster than we thought,” Kowalczyk said."),
]


def test_a_surname_links_to_the_full_name_that_only_the_byline_gives(tag_kinds) -> None:
    art = tag_kinds([("byline", "Interview with glaciologist Marta Kowalczyk"), *BODY])
    assert art.paragraphs[0].people == []  # the byline is evidence, not indexed
    assert [p.people for p in art.paragraphs[1:]] == [["Marta Kowalczyk"]] * 2
    assert art.paragraphs[2].speakers == ["Marta Kowalczyk"]


def test_a_title_case_header_gives_one_given_name_not_the_headline_words(tag_kinds) -> None:
    art = tag_kinds([("boilerplate", "Wikinews Interviews Glaciologist Marta Kowalczyk"), *BODY])
    assert art.paragraphs[1].people == ["Marta Kowalczyk"]


def test_two_full_names_in_the_header_leave_the_surname_as_written(tag_kinds) -> None:
    art = tag_kinds([("byline", "By Anna Kowalczyk and Marta Kowalczyk"), *BODY])
    assert art.paragraphs[1].people == ["Kowalczyk"]


def test_the_body_full_name_decides_before_the_header(tag_kinds) -> None:
    art = tag_kinds([("byline", "By Anna Kowalczyk"), ("body", "Piotr Kowalczyk, a glaciologist, spoke first."), *BODY])
    assert art.paragraphs[2].people == ["Piotr Kowalczyk"]


def test_a_name_in_a_sidebar_after_the_body_is_no_evidence(tag_kinds) -> None:
    art = tag_kinds([*BODY, ("boilerplate", "Read more: Marta Kowalczyk wins award")])
    assert art.paragraphs[0].people == ["Kowalczyk"]
