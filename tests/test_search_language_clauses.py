"""The clauses a search adds to the query words (the names' words ranking an entity query, the
month names ranking a "when" question) and the synonym table's variants are scoped as the query
words are (queries.per_language): a stem one language's stemmer makes only in that language's
paragraphs, the table analysed in the language of the stem it is looked up by.

Reuses the four short articles of test_search_language_stems (written for those tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.index import queries
from indexer.pipeline import build
from indexer.query import check_query
from indexer.search import Filters, IndexSearcher, SearchRequest
from indexer.search.compile import ranked_by_mentions
from indexer.search.relax import Relaxation

from tests.test_search_language_stems import ARTICLES


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("clauses")
    (root / "c").mkdir()
    for lang, text in ARTICLES.items():
        (root / "c" / f"{lang}.txt").write_text(text, encoding="utf-8")
    build([str(root / "c")], str(root / "idx"), entities=False)
    return root / "idx"


@pytest.fixture(scope="module")
def searcher(index: Path):
    with IndexSearcher(index) as s:
        s.compiler.use_languages()
        yield s


def test_the_names_words_rank_only_the_text_of_the_language_that_stemmed_them(searcher: IndexSearcher) -> None:
    compiler = searcher.compiler
    parsed = check_query('person:"Mehmet Kaya"')
    q = ranked_by_mentions(
        parsed, compiler.query(parsed, "and"), compiler.terms, compiler.language_scopes, lambda: None
    )
    text = str(q)
    # Hungarian's stems of "Mehmet" and "Kaya", "meh" and "kay": never plain terms.
    assert "(text:meh REQUIRE language:hu)" in text
    assert "(text:kay REQUIRE language:hu)" in text


def test_month_names_rank_only_the_text_of_the_language_that_stemmed_them(searcher: IndexSearcher) -> None:
    compiler = searcher.compiler
    parsed = check_query("when did the harvest start")
    words = compiler.query(check_query("harvest"), "and")
    text = str(Relaxation(parsed, compiler, searcher._reader).prefer_dates(words))
    assert "(text:januari REQUIRE language:en)" in text  # English's stem
    assert "(text:augus REQUIRE language:hu)" in text  # Hungarian's
    assert "text:march" in text  # every language leaves it whole: plain


def test_multiword_variants_group_in_an_index_of_several_languages(searcher: IndexSearcher) -> None:
    # Hungarian and Turkish stem "turkestan" otherwise; English's stems are the table's variant.
    parsed = searcher.compiler.check("east turkestan")
    assert parsed.grouped and parsed.whoosh == '("east turkestan"~1 OR (east turkestan))'


def test_the_synonym_table_is_analysed_in_the_language_of_the_stem(index: Path, tmp_path: Path) -> None:
    table = tmp_path / "syn.txt"
    table.write_text("kakor, bullar\n", encoding="utf-8")  # Swedish: cakes, buns
    with IndexSearcher(index, synonyms_file=table) as s:
        q = str(s.compiler.compile_request(SearchRequest("bullar", Filters())).query)
        # Swedish stems "bullar" as "bull": the table analysed in Swedish gives "kak" ("kakor");
        # Turkish stems it "bul", which the table analysed in English never held.
        assert "((text:bull OR text:kak) REQUIRE language:sv)" in q
        assert "((text:bul OR text:kakor) REQUIRE language:tr)" in q
        hits = s.search(SearchRequest("bullar", limit=5, fallback=False, suggest=False)).hits
        assert [h.article_id for h in hits] == ["c/sv.txt"]


def test_scoped_terms_of_one_language_are_the_plain_terms() -> None:
    scopes = {"en": ("en", "und")}
    assert queries.scoped_terms("text", {"en": ["a", "b", "a"]}, scopes) == [
        queries.term("text", "a"),
        queries.term("text", "b"),
    ]
    two = {"en": ("en",), "de": ("de",)}
    assert queries.scoped_terms("text", {"en": ["a", "b"], "de": ["a", "c"]}, two) == [
        queries.term("text", "a"),
        queries.in_languages(queries.term("text", "b"), ["en"]),
        queries.in_languages(queries.term("text", "c"), ["de"]),
    ]
