"""A form of address or a rank written without a full stop before a name ("Guests: Dr Nia
Rowlands (Bangor University), Sgt Alun Price (...)"): the name is a person, stored without
the title, so `person:"Nia Rowlands"` finds it. Own small inputs."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from tests.helpers import article_ids, index_articles, tag_texts

GUESTS = "Guests: Dr Nia Rowlands (Bangor University), Sgt Alun Price (North Wales Police)"


@pytest.fixture(scope="module")
def tag():
    """tag(["title", "paragraph", ...]) -> Article: the first text is the title, the rest body."""
    return functools.partial(tag_texts, title=True)


def test_a_name_after_dr_is_a_person_without_the_title(tag) -> None:
    art = tag(["Dark skies over the valley", GUESTS])
    assert art.paragraphs[1].people == ["Nia Rowlands", "Alun Price"]


def test_a_rank_without_a_full_stop_is_no_part_of_the_name(tag) -> None:
    art = tag(["Burglaries fall in the town", "Sgt Alun Price said burglaries had fallen by a third."])
    assert art.paragraphs[1].people == ["Alun Price"]
    assert art.paragraphs[1].speakers == ["Alun Price"]


def test_search_by_the_name_finds_the_titled_person(tmp_path: Path) -> None:
    idx = index_articles(tmp_path, {"sky.txt": f"Dark skies over the valley\n\n{GUESTS}\n"})
    assert [a.rsplit("/", 1)[-1] for a in article_ids(idx, 'person:"Nia Rowlands"')] == ["sky.txt"]
