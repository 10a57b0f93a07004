"""A quoted word matches its accented form only, in every language of the index (trial4: in an
index holding a German article, `"Zürich"` also found an English paragraph saying "Zurich": the
German stemmer folds ü to u itself, so its reading of the quoted word was the plain one)."""

from __future__ import annotations

from pathlib import Path

import pytest

import indexer
from tests.conftest import invoke as cli

ENGLISH = (
    "Council votes on cameras\n\n"
    "The city council of Zürich voted on Wednesday to ban facial-recognition cameras in public spaces.\n\n"
    "The cantonal government of Zurich may still appeal to the federal court, officials said on Thursday.\n"
)
GERMAN = (
    "Neue Regeln für die Banken\n\n"
    "Die Finanzmarktaufsicht hat am Mittwoch in Zürich neue Regeln für die großen Banken des Landes "
    "vorgestellt, und die Banken haben sich darüber beschwert.\n\n"
    "Der Sprecher der Bankiervereinigung sagte, die Regeln seien für den Standort nicht gut, und er "
    "wolle mit der Regierung darüber sprechen.\n"
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("accents")
    (folder / "cameras.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "banken.txt").write_text(GERMAN, encoding="utf-8")
    code, _, err = cli("build", str(folder), "--index", str(folder / "idx"), "--no-entities")
    assert code == 0, err
    return folder / "idx"


def found(index: Path, query: str) -> set[tuple[str, int]]:
    result = indexer.search(query, index=index, limit=50)
    return {(Path(h.article_id).name, h.paragraph) for h in result.hits}


def test_the_index_reads_the_german_article_as_german(index: Path) -> None:
    languages = {Path(a.id).name: a.language for a in indexer.stats(index, articles=True).article_list or []}
    assert languages == {"cameras.txt": "en", "banken.txt": "de"}


def test_a_quoted_accented_word_finds_only_its_accented_form(index: Path) -> None:
    assert found(index, "Zürich") == {("cameras.txt", 2), ("cameras.txt", 3), ("banken.txt", 2)}
    assert found(index, '"Zürich"') == {("cameras.txt", 2), ("banken.txt", 2)}
    assert found(index, "=zürich") == {("cameras.txt", 2), ("banken.txt", 2)}
    assert found(index, '"council of Zürich"') == {("cameras.txt", 2)}
    assert found(index, '"in Zürich neue"') == {("banken.txt", 2)}


def test_a_quoted_plain_word_still_finds_both_forms(index: Path) -> None:
    assert found(index, '"Zurich"') == {("cameras.txt", 2), ("cameras.txt", 3), ("banken.txt", 2)}
