"""Bylines with post-nominal letters or a job title after the names ("NAME, PhD", "NAME,
Wirtschaftsredakteurin"): the names alone; and bylines that name a user's handle alone ("By
@NAME", "By u/NAME", "By name_22"): the handle, as written, found by `byline:` in any case.
Bylines written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer import segment
from indexer.segment import textblocks
from tests.helpers import FOOTER, MENU, PROSE, article_html, article_ids, html_document, index_news_folder, parse_blocks


def names(line: str) -> str:
    return textblocks._byline_names(textblocks._Block(text=line, lines=[line]))


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        # post-nominal letters: degrees, licences, honours, with a comma or not, with full stops or not
        ("By Owen Pryce MD", "Owen Pryce"),
        ("By Ada Moss PhD", "Ada Moss"),
        ("By Iris Fenn, PhD, and Tom Ashby", "Iris Fenn, Tom Ashby"),
        ("By Iris Fenn, M.D., and Tom Ashby, CPA", "Iris Fenn, Tom Ashby"),
        ("Von Jonas Weber, Dr. med.", "Jonas Weber"),
        ("By Colin Marsh, Esq., and Ruth Tan", "Colin Marsh, Ruth Tan"),
        # a job title after the comma or before the name, in several languages
        ("Von Korrespondentin Sabine Roth", "Sabine Roth"),
        ("By Ada Moss, Health Editor, and Tom Ashby", "Ada Moss, Tom Ashby"),
        ("Von Sabine Roth, Wirtschaftsredakteurin, Jonas Weber", "Sabine Roth, Jonas Weber"),
        ("Door Sanne Wit, Misdaadverslaggever, Pieter Mol", "Sanne Wit, Pieter Mol"),
        ("Af Mette Holm, Kulturredaktør, Lars Berg, Sportsreporter", "Mette Holm, Lars Berg"),
        # as before: two names, a one-word place or agency after the names' comma
        ("By Hale, Brandt", "Hale, Brandt"),
        ("By Ada Moss, Reuters", "Ada Moss"),
        ("By Ada Moss and Tom Ashby", "Ada Moss, Tom Ashby"),
    ],
)
def test_the_names_without_letters_or_job_title(line: str, byline: str) -> None:
    assert names(line) == byline


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        ("Marta Keller, CPA", ["Marta Keller"]),
        ("Sabine Roth, Wirtschaftsredakteurin", ["Sabine Roth"]),
        ("Lucía Prieto; Corresponsal", ["Lucía Prieto"]),
        ("Ada Moss, Ph D", ["Ada Moss"]),  # the extractor's "Ph.D."
        ("Hale, Brandt", ["Hale", "Brandt"]),
        ("@TideWatcher", ["TideWatcher"]),
    ],
)
def test_an_author_field_without_letters_or_job_title(author: str, byline: list[str]) -> None:
    assert textblocks._meta_authors(author) == byline


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By @TideWatcher", "TideWatcher"),
        ("By u/Kestrel_Fox", "Kestrel_Fox"),
        ("By fenwick_22", "fenwick_22"),
        ("Von @wattenlaeufer", "wattenlaeufer"),
        ("By then", ""),  # a lower-case word is no handle without an underscore or a digit
        ("By now the river had risen", ""),
    ],
)
def test_a_handle_alone_is_the_byline(line: str, byline: str) -> None:
    assert names(line) == byline


def test_the_handle_of_a_page() -> None:
    art = parse_blocks("Night swim at the lido", MENU, "Night swim at the lido", "By fenwick_22", *PROSE, FOOTER)
    assert art.byline == "fenwick_22"
    body = '<p class="byline">By u/Kestrel_Fox</p>' + "".join(f"<p>{p}</p>" for p in PROSE)
    assert segment.segment(html_document(article_html(body, "Night swim at the lido"))).byline == "Kestrel_Fox"
    body = '<p class="byline">By Ada Moss, M.D.</p>' + "".join(f"<p>{p}</p>" for p in PROSE)
    assert segment.segment(html_document(article_html(body, "Night swim at the lido"))).byline == "Ada Moss"


ARTICLE = """Night swim at the lido

{by}

The lido stays open until ten on Fridays this summer, and the council says the water will be heated to twenty-four degrees for the late sessions.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pages = {"a.txt": ARTICLE.format(by="By @TideWatcher"), "b.txt": ARTICLE.format(by="By fenwick_22")}
    return index_news_folder(tmp_path_factory.mktemp("handles"), pages)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("byline:TideWatcher", ["news/a.txt"]),
        ("byline:tidewatcher", ["news/a.txt"]),
        ("byline:TIDEWATCHER", ["news/a.txt"]),
        ("byline:fenwick_22", ["news/b.txt"]),
        ("byline:Fenwick_22", ["news/b.txt"]),
    ],
)
def test_a_handle_byline_is_found_in_any_case(index: Path, query: str, found: list[str]) -> None:
    assert article_ids(index, query) == found
