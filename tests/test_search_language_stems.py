"""A query word is analysed in every analysis language of the index, but a stem one language's
stemmer makes of it only matches the paragraphs of that language (queries.per_language).

Trial 17: `search fındık` (Turkish "hazelnut") ranked English "Key findings" first, since
Hungarian's stemmer cuts "findik" to "find", which is English "findings"' stem; `search kakor`
(Swedish "cakes") found Turkish "Kaya", both "ka" (Hungarian's stem of "kakor", Turkish's of
"kaya"). Four short articles written for this test, one per language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.pipeline import build
from indexer.search import Filters, IndexSearcher, SearchRequest

ARTICLES = {
    "en": """Survey of city parks published

The council has published the key findings of its survey of city parks, which asked residents how often they visit and what they would change.

Most people said they wanted more benches, cleaner paths and longer opening hours for the public toilets near the playgrounds.
""",
    "tr": """Karadeniz'de fındık hasadı erken başladı

Giresun ve Ordu'da üreticiler bu yıl fındık toplamaya iki hafta erken başladı, çünkü yaz boyunca hava çok sıcak ve kuru geçti.

Kooperatif başkanı Mehmet Kaya, fiyatların geçen yıla göre yüzde on daha yüksek olmasını beklediklerini söyledi.
""",
    "sv": """Biblioteket i Norrby får ny webbplats

Kommunen har byggt en ny webbplats för biblioteket där man kan låna om böcker och boka tid för datorer.

På lördag bakar barnen kakor i bibliotekets kök, och alla kakor säljs till förmån för skolans resa.
""",
    "hu": """Új buszjárat indul a városban

Jövő hónaptól új buszjárat köti össze a pályaudvart a kórházzal, a járatok reggel hattól este tízig közlekednek.

A polgármester szerint a lakók régóta kérték, hogy a kórház könnyebben elérhető legyen a város keleti részéből.
""",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("stems")
    (root / "c").mkdir()
    for lang, text in ARTICLES.items():
        (root / "c" / f"{lang}.txt").write_text(text, encoding="utf-8")
    build([str(root / "c")], str(root / "idx"), entities=False)
    with IndexSearcher(root / "idx") as s:
        assert {r.language for r in s.records.values()} == set(ARTICLES)
        yield s


def _articles(searcher: IndexSearcher, query: str, **filters: list[str]) -> list[str]:
    result = searcher.search(SearchRequest(query, Filters(**filters), limit=20, fallback=False, suggest=False))
    return [h.article_id for h in result.hits]


@pytest.mark.parametrize(
    ("query", "article"),
    [
        ("fındık", "c/tr.txt"),  # hu "find" is not English "findings"
        ("findik", "c/tr.txt"),  # typed without the dotless i
        ("kakor", "c/sv.txt"),  # hu "ka" is not Turkish "Kaya"
        ("kakor*", "c/sv.txt"),  # a pattern's words: their stems in each language, as plain words
        ("kakor^2", "c/sv.txt"),  # through Whoosh's parser
        ("text:kakor", "c/sv.txt"),
        ("=kakor", "c/sv.txt"),
        ('"alla kakor"', "c/sv.txt"),  # a phrase: each language's stems only in its own text
        ("findings", "c/en.txt"),
        ('"key findings"', "c/en.txt"),
        ("Kaya", "c/tr.txt"),
    ],
)
def test_a_stem_matches_only_text_of_the_language_that_made_it(
    searcher: IndexSearcher, query: str, article: str
) -> None:
    assert set(_articles(searcher, query)) == {article}, query


def test_each_alternative_is_limited_to_its_languages(searcher: IndexSearcher) -> None:
    compiled = searcher.compiler.compile_request(SearchRequest("kakor", Filters()))
    text = str(compiled.query)
    # English, Turkish and Hungarian leave the word whole (Hungarian's "ka" is too short to be
    # used, analysis.distinctive_stem): one alternative; Swedish's "kak" only in Swedish text.
    assert "(text:kakor REQUIRE (language:en OR language:hu OR language:tr))" in text
    assert "(text:kak REQUIRE language:sv)" in text


def test_a_word_every_language_stems_alike_is_not_limited(searcher: IndexSearcher) -> None:
    compiled = searcher.compiler.compile_request(SearchRequest("2024", Filters()))
    assert str(compiled.query) == "text:2024"


def test_one_language_asked_for_is_not_limited(searcher: IndexSearcher) -> None:
    # --lang sv: the filter keeps the other languages out; the word is Swedish's alone.
    compiled = searcher.compiler.compile_request(SearchRequest("kakor", Filters(languages=["sv"])))
    assert str(compiled.query) == "text:kak"
    assert _articles(searcher, "kakor", languages=["sv"]) == ["c/sv.txt"]
    assert _articles(searcher, "kakor", languages=["sv", "hu"]) == ["c/sv.txt"]


@pytest.mark.parametrize("query", ["fındık", "kakor", "kakor OR Kaya", '"alla kakor"', "kakor*", "findings parks"])
def test_numpy_ranking_scores_as_whoosh(searcher: IndexSearcher, query: str, monkeypatch: pytest.MonkeyPatch) -> None:
    request = SearchRequest(query, mode="or", limit=20, fallback=False, suggest=False)
    fast = [(h.article_id, h.paragraph, h.score) for h in searcher.search(request).hits]
    monkeypatch.setenv("INDEXER_WHOOSH_RANKING", "1")
    slow = [(h.article_id, h.paragraph, h.score) for h in searcher.search(request).hits]
    assert fast == slow and fast


@pytest.mark.parametrize("query", ["fındık", "kakor", '"alla kakor"', "findings Kaya"])
def test_plain_words_built_directly_equal_what_the_parser_builds(searcher: IndexSearcher, query: str) -> None:
    from indexer.query import check_query

    searcher.compiler.use_languages()
    parsed = check_query(query)
    for mode in ("and", "or"):
        direct = searcher.compiler.fast_query(parsed, mode)
        assert direct is not None
        assert direct == searcher.compiler.parse(parsed.whoosh, query, mode), (query, mode)


def test_matches_are_highlighted(searcher: IndexSearcher) -> None:
    hit = searcher.search(SearchRequest("kakor", limit=5, fallback=False, suggest=False)).hits[0]
    assert [hit.text[a:b] for a, b in hit.matches] == ["kakor", "kakor"]


def test_an_index_of_one_language_compiles_as_before(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "en.txt").write_text(ARTICLES["en"], encoding="utf-8")
    build([str(tmp_path / "c")], str(tmp_path / "idx"), entities=False)
    with IndexSearcher(tmp_path / "idx") as s:
        for query, expected in (
            ("findings", "text:find"),
            (
                '"key findings"',
                "ExactPhrase(GappedPhrase('text', ['key', 'find'], slop=1, gaps=None), [('key', 'key'), ('findings', 'find')])",
            ),
            ("findings^2", "text:find^2.0"),
        ):
            assert str(s.compiler.compile_request(SearchRequest(query, Filters())).query) == expected


def test_each_analysis_stands_for_the_languages_analysed_alike(searcher: IndexSearcher) -> None:
    # store.py: "und" text is stemmed as English, languages without a stemmer are not stemmed.
    compiler = searcher.compiler
    saved = compiler._languages, compiler._query_languages
    try:
        compiler._languages, compiler._query_languages = ["de", "en", "ja", "ko", "und"], {}
        compiler.use_languages()
        assert compiler.language_scopes == {"en": ("en", "und"), "de": ("de",), "-": ("ja", "ko")}
    finally:
        compiler._languages, compiler._query_languages = saved
        compiler.use_languages()


def test_alternatives_merge_and_one_covering_every_language_is_plain() -> None:
    from indexer.index import queries

    scopes = {"en": ("en", "und"), "de": ("de",), "-": ("ja",)}
    a, b = queries.term("text", "a"), queries.term("text", "b")
    assert queries.per_language([("en", a), ("de", a), ("-", a)], scopes) == a
    merged = queries.per_language([("en", a), ("de", b), ("-", a)], scopes)
    assert merged == queries.any_of([queries.in_languages(a, ["en", "ja", "und"]), queries.in_languages(b, ["de"])])
