"""The search library as a script uses it: synonyms, typo tolerance, fallbacks, suggestions,
snippets, context, sorting, paging and facets, on the shipped article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import indexer
from indexer.cli import main
from indexer.errors import IndexerError, QueryError
from indexer.models import Article
from indexer.search import Filters, IndexSearcher, SearchRequest
from tests.conftest import SHIPPED

PEOPLE = {"Zenz": "Adrian Zenz", "Thum": "Rian Thum", "Dolkun Isa": "Dolkun Isa", "Biden": "Joe Biden"}
PLACES = ("Tajikistan", "Kazakhstan", "Kyrgyzstan", "Xinjiang", "Prague")


def fake_tag(articles: Iterable[Article], entities: bool, workers: int = 0) -> Iterator[Article]:
    """A stand-in for the spaCy tagger (not needed to test facets): names by substring."""
    for article in articles:
        for p in article.paragraphs:
            if entities and p.indexed:
                p.people = [full for key, full in PEOPLE.items() if key in p.text]
                p.places = [place for place in PLACES if place in p.text]
                p.speakers = ["Adrian Zenz"] if "said Zenz" in p.text else []
        yield article


@pytest.fixture(scope="module")
def s(shipped_index: Path) -> Iterator[IndexSearcher]:
    with IndexSearcher(shipped_index) as searcher:
        yield searcher


@pytest.fixture(scope="module")
def tagged_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from indexer import pipeline

    index = tmp_path_factory.mktemp("tagged") / "index"
    saved = pipeline.tag
    pipeline.tag = fake_tag  # type: ignore[assignment]
    try:
        pipeline.build([str(SHIPPED)], str(index), entities=True)
    finally:
        pipeline.tag = saved  # type: ignore[assignment]
    return index


def run(s: IndexSearcher, query: str, **kw: object) -> indexer.SearchResult:
    return s.search(SearchRequest(query, **kw))  # type: ignore[arg-type]


def marked(result: indexer.SearchResult) -> set[str]:
    return {w.lower() for h in result.hits for w in re.findall(r"<em>(.*?)</em>", h.snippet)}


def texts(result: indexer.SearchResult) -> list[str]:
    return [h.text for h in result.hits]


def test_indexer_search_is_callable_even_after_its_module_is_imported(shipped_index: Path) -> None:
    import indexer.search  # noqa: F401 (binds the package attribute to the module)

    result = indexer.search("Zenz", index=shipped_index, limit=2)
    assert isinstance(result, indexer.SearchResult) and result.total == 4
    assert isinstance(result.hits[0], indexer.Hit)


@pytest.mark.parametrize(
    "variant,spelling",
    [
        ("Uighur", "Uyghur"),
        ("Sinkiang", "Xinjiang"),
        ("labour", "labor"),
        ('"forced labour"', '"forced labor"'),
        ("detained", "detention"),
    ],
)
def test_spelling_variants_find_the_same_paragraphs(s: IndexSearcher, variant: str, spelling: str) -> None:
    found = run(s, variant, limit=100)
    assert found.total > 0 and found.fallback is None
    assert sorted(texts(found)) == sorted(texts(run(s, f"{spelling} OR {variant}", limit=100)))


def test_a_variant_is_highlighted_as_the_word_the_paragraph_uses(s: IndexSearcher) -> None:
    assert marked(run(s, "Uighur camps", limit=20)) >= {"uyghur", "uyghurs", "camps"}


def test_synonyms_can_be_turned_off_and_extended(s: IndexSearcher, shipped_index: Path, tmp_path: Path) -> None:
    with IndexSearcher(shipped_index, synonyms=False) as plain:
        assert run(plain, "labour", fallback=False).total == 0
    mine = tmp_path / "syn.txt"
    mine.write_text("qelbinur, kalbinur\n", encoding="utf-8")
    assert run(s, "Kalbinur", fallback=False).total == 0
    with IndexSearcher(shipped_index, synonyms_file=mine) as extended:
        assert texts(run(extended, "Kalbinur"))[0].startswith("“We are giving the world evidence")
        assert run(extended, "Uighur").total == run(s, "Uyghur").total  # the shipped table still applies


def test_fuzzy_terms_match_real_words_and_all_their_forms(s: IndexSearcher) -> None:
    result = run(s, "uyghr~", limit=100)
    assert result.total == run(s, "Uyghur", limit=100).total
    assert marked(result) >= {"uyghur", "uyghurs"}


def test_a_typo_is_retried_fuzzily_with_a_note_and_a_suggestion(s: IndexSearcher) -> None:
    result = run(s, "uyghr camps")
    assert result.fallback == "fuzzy" and result.searched == "uyghr~1 camps"
    assert result.note == "no paragraph matches 'uyghr camps'; showing matches allowing a typo ('uyghr' as uyghur)"
    assert result.suggestion == "uyghur camps"
    assert result.total == run(s, "uyghur camps").total > 0
    strict = run(s, "uyghr camps", fallback=False)
    assert strict.total == 0 and strict.suggestion == "uyghur camps" and strict.fallback is None


def test_a_suggestion_keeps_the_query_as_typed_around_the_corrected_word(s: IndexSearcher) -> None:
    assert run(s, 'Sanctons AND "forced labor"').suggestion == 'Sanctions AND "forced labor"'
    assert run(s, "forced labor").suggestion is None  # found plenty, nothing unknown


def test_a_typed_question_ranks_by_the_words_that_matter(s: IndexSearcher) -> None:
    result = run(s, "what did Zenz say about the world's response")
    assert result.fallback == "question"
    assert result.searched == "Zenz OR world's OR response"
    # Zenz on the world's response: "abysmal and utterly shameful" or "the world is letting them down".
    assert "abysmal" in result.hits[0].text or "letting them down" in result.hits[0].text


def test_keyword_queries_keep_and(s: IndexSearcher) -> None:
    result = run(s, "Zenz response", limit=100)
    assert result.fallback is None and result.total == 1
    assert all("Zenz" in t and "response" in t for t in texts(result))


def test_plain_words_no_paragraph_holds_together_fall_back_to_any(s: IndexSearcher) -> None:
    # Four words or more (a sentence typed as asked) may be loosened, flagged; fewer never are.
    result = run(s, "boycott by retailers at Olympics", limit=100)
    assert result.fallback == "any" and result.total >= 2 and result.total_as_typed == 0
    assert result.note.startswith("no paragraph has all the words of 'boycott by retailers at Olympics'")
    assert run(s, "boycott by retailers at Olympics", fallback=False).total == 0
    short = run(s, "boycott retailers Olympics")
    assert (short.total, short.total_as_typed, short.fallback, short.hits) == (0, 0, None, [])
    assert run(s, "boycott AND retailers AND Olympics AND Nike").total == 0  # operators: never loosened


def test_or_mode_finds_paragraphs_with_any_word(s: IndexSearcher) -> None:
    either = run(s, "Nike Kyrgyzstan", mode="or", limit=100)
    assert either.total == 2 and either.fallback is None


def test_proximity_negation_prefix_and_fields(s: IndexSearcher) -> None:
    assert run(s, '"forced control"', fallback=False).total == 0
    assert texts(run(s, '"forced control"~3'))[0].startswith("Chinese authorities have been accused")
    assert all("labor" not in t for t in texts(run(s, "forced -labor", limit=100)))
    assert run(s, "forced -labor").total == run(s, "forced NOT labor").total == 3
    assert marked(run(s, "sanction*", limit=100)) == {"sanctions"}
    assert run(s, "kind:Caption").total == 4
    # Single quotes are punctuation (a pasted section title), not Whoosh's unanalysed term.
    assert run(s, "'Unprecedented' AND Level", fallback=False).total == run(s, "Unprecedented Level").total == 2
    sections = {h.section for h in run(s, "section:pushing", limit=100).hits}
    assert sections == {"Pushing For A Response"}
    with pytest.raises(QueryError, match="prefix too short in 'ab\\*'"):
        run(s, "ab*")
    with pytest.raises(QueryError, match="nothing to search for in '\"that have\"'"):
        run(s, '"that have"')


def test_snippets_cut_long_paragraphs_at_word_boundaries_and_mark_every_match(s: IndexSearcher) -> None:
    # A phrase is one match, marked as one.
    hit = run(s, "Oxus", limit=1).hits[0]  # a short paragraph: whole
    assert hit.fragment == (0, len(hit.text)) and "<em>Oxus</em>" in hit.snippet
    long_hit = run(s, '"North America" diaspora').hits[0]
    start, end = long_hit.fragment
    assert len(long_hit.text) > 300 and end - start <= 240 and start > 0
    assert start == 0 or long_hit.text[start - 1] == " "
    assert end == len(long_hit.text) or long_hit.text[end] == " "
    for a, b in long_hit.matches:
        assert long_hit.text[a:b].lower() in ("north america", "diaspora")
    assert long_hit.snippet.startswith("…") and "<em>North America</em>" in long_hit.snippet
    assert long_hit.snippet.count("<em>") == sum(1 for a, b in long_hit.matches if start <= a and b <= end)


def test_context_gives_the_neighbouring_indexed_paragraphs(s: IndexSearcher) -> None:
    hit = run(s, '"accusations of genocide"', context=1).hits[0]
    assert [p.paragraph for p in hit.before] == [hit.paragraph - 1]
    assert [p.paragraph for p in hit.after] == [hit.paragraph + 1]
    title = run(s, "kind:title", context=2).hits[0]
    assert title.before == [] and len(title.after) == 2


def test_sorting_and_paging(s: IndexSearcher) -> None:
    by_position = run(s, "Beijing", sort="position", limit=100)
    numbers = [h.paragraph for h in by_position.hits]
    assert numbers == sorted(numbers) and len(numbers) == by_position.total
    # No article has a date: by date is by relevance (it used to be by position, scores 0.0).
    by_date = run(s, "Beijing", sort="date", limit=100)
    by_score = run(s, "Beijing", limit=100)
    assert [(h.paragraph, h.score) for h in by_date.hits] == [(h.paragraph, h.score) for h in by_score.hits]
    first = run(s, "Beijing", limit=5)
    second = run(s, "Beijing", limit=5, offset=5)
    assert first.next_offset == 5 and second.offset == 5
    assert {h.paragraph for h in first.hits}.isdisjoint(h.paragraph for h in second.hits)
    last = run(s, "Beijing", limit=5, offset=by_position.total - 1)
    assert len(last.hits) == 1 and last.next_offset is None
    past = run(s, "Beijing", offset=1000)
    assert past.hits == [] and past.total == by_position.total
    with pytest.raises(QueryError, match="unknown sort 'newest': use one of score, position, date"):
        run(s, "Beijing", sort="newest")


def test_facets_count_entity_names_over_every_matching_paragraph(tagged_index: Path) -> None:
    with IndexSearcher(tagged_index) as s:
        result = run(s, "evidence", facets=True, limit=1)
        evidence = run(s, "evidence", limit=100)
        assert result.facets is not None and len(result.hits) == 1
        zenz = sum("Zenz" in t for t in texts(evidence))
        assert ("Adrian Zenz", zenz) in result.facets["people"]
        assert result.facets["people"][0] == ("Adrian Zenz", zenz)  # most frequent first
        assert set(result.facets) == {"people", "orgs", "places", "groups", "speakers"}
        filtered = run(s, "Uyghur", filters=Filters(places=["tajikistan"]), facets=True)
        assert dict(filtered.facets["places"])["Tajikistan"] == filtered.total
        assert run(s, "evidence").facets is None  # only when asked


def test_facets_of_an_index_without_entities_are_empty_lists(s: IndexSearcher) -> None:
    facets = run(s, "Zenz", facets=True).facets
    assert facets == {"people": [], "orgs": [], "places": [], "groups": [], "speakers": []}


def test_show_and_stats_through_the_api(shipped_index: Path) -> None:
    article = indexer.show("RFERL", index=shipped_index)
    assert article.id == f"source/{SHIPPED.name}" and article.title.startswith("'Utterly Shameful'")
    assert [p.kind for p in article.paragraphs].count("caption") == 4
    info = indexer.stats(index=shipped_index)
    assert info.articles == 1 and info.paragraphs == len(article.paragraphs)
    assert sum(info.kinds.values()) == info.paragraphs


def test_show_takes_article_colon_paragraph_as_the_cli_does(shipped_index: Path) -> None:
    # A trial: indexer.show("port-talks:1") said "no article 'port-talks:1'" where `indexer show
    # port-talks:1` printed the paragraph and its neighbours.
    whole = indexer.show("rferl", index=shipped_index)
    indexed = [p.paragraph for p in whole.paragraphs]
    middle = indexed[len(indexed) // 2]
    around = indexer.show(f"rferl:{middle}", index=shipped_index, context=1)
    assert [p.paragraph for p in around.paragraphs] == indexed[indexed.index(middle) - 1 : indexed.index(middle) + 2]
    assert [p.paragraph for p in indexer.show(f"RFERL#{middle}", index=shipped_index, context=0).paragraphs] == [middle]
    with pytest.raises(IndexerError, match=r"has no paragraph 999: its page has \d+ blocks"):
        indexer.show("rferl:999", index=shipped_index)


def test_a_bad_synonyms_file_fails_before_any_search(shipped_index: Path, tmp_path: Path) -> None:
    with pytest.raises(IndexerError, match="no such synonyms file"):
        indexer.search("x", index=shipped_index, synonyms_file=tmp_path / "none.txt")


def test_sort_date_puts_the_newest_article_first(tmp_path: Path) -> None:
    from indexer import pipeline

    folder = tmp_path / "a"
    folder.mkdir()
    for name in ("old.txt", "new.txt", "undated.txt"):
        (folder / name).write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    dates = {"old.txt": "2019-05-01", "new.txt": "2021-11-20", "undated.txt": ""}

    def dated(articles: Iterable[Article], entities: bool, workers: int = 0) -> Iterator[Article]:
        for article in articles:
            article.published = dates[article.id.removeprefix("a/")]
            yield article

    saved = pipeline.tag
    pipeline.tag = dated  # type: ignore[assignment]
    try:
        pipeline.build([str(folder)], str(tmp_path / "idx"), entities=False)
    finally:
        pipeline.tag = saved  # type: ignore[assignment]
    with IndexSearcher(tmp_path / "idx") as s:
        hits = run(s, "Kyrgyzstan OR Nike", sort="date", limit=10).hits
        assert [(h.article_id, h.paragraph) for h in hits] == [
            ("a/new.txt", 25),
            ("a/new.txt", 35),
            ("a/old.txt", 25),
            ("a/old.txt", 35),
            ("a/undated.txt", 25),
            ("a/undated.txt", 35),
        ]
        assert indexer.stats(index=tmp_path / "idx").published == ("2019-05-01", "2021-11-20")


# -- snippets: bounded work, the best window, phrases as one (issue 15) -------------------------


class CountingList(list):
    """A list that counts how many of its items are read (by index or by iteration)."""

    reads = 0

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        CountingList.reads += 1
        return super().__getitem__(i)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for item in super().__iter__():
            CountingList.reads += 1
            yield item


def test_best_fragment_reads_each_match_a_bounded_number_of_times() -> None:
    from indexer.search import best_fragment

    # A 2.4 MB one-paragraph page with a match every 8 characters: 300,000 matches. Rescanning
    # the later matches for each one (the old way) is 4.5e10 steps; a linear pass is instant.
    n = 300_000
    text = "sanction" * n
    matches = CountingList((i * 8, i * 8 + 7) for i in range(n))
    CountingList.reads = 0
    start, end = best_fragment(text, matches)
    assert CountingList.reads <= 4 * n
    assert 0 <= start < end <= len(text) and end - start <= 240


def test_best_fragment_prefers_the_window_with_more_of_the_query() -> None:
    from indexer.search import best_fragment

    # "sanction" four times early; "sanction" next to "beijing" once, far later: the window
    # holding both terms is where the query matches best, though it has fewer matches.
    text = (
        "sanctions sanctions sanctions sanctions "
        + "filler words here " * 40
        + "new sanctions on Beijing were announced "
        + "and more filler " * 40
    )
    spans = [(m.start(), m.end()) for m in re.finditer(r"sanctions|Beijing", text)]
    keys = ["sanction" if text[a:b] == "sanctions" else "beij" for a, b in spans]
    start, end = best_fragment(text, spans, keys=keys)
    assert "Beijing" in text[start:end] and text.index("new sanctions") >= start
    start, end = best_fragment(text, spans)  # without keys: the most matches
    assert start == 0


HIGHLIGHT_TEXTS = [
    "The sanctions were lifted; new sanctions followed. Sanctioned firms, SANCTIONS and sanctioning.",
    "It’s “forced labour”, said the court — £5m in fines for forced labor in the camps.",
    "Forced marches happened. Labor was hard. Later there was forced labor in the camps.",
    "He would appeal.The fine was U.S. policy, said H&M and AT&T in Zürich and Zurich.",
    "ALL CAPS SANCTIONS HEADLINE",
    "Zürich banks face sanctions; Jörg Brändli spoke in 北京 about sanctions.",
    "soft­hyphen sanctions, zero​width sanctions",
    "",
    "sanctions " + "x" * 300 + " sanctions",
    "A word_with_underscore and 3.5 per cent, e-mail x-ray 9/11 of the labour laws.",
    "U.S.-led sanctions: a long-term, 3.5-fold labour/forced labor rise in the U.S. camps.",
    "SANCTIONS ON U.S. FIRMS, LONG-TERM.",
    "China's camps: Beijing’s sanctions won't end, they're forced labor, the court's labour fines.",
    "O'Brien's sanctions on China's camps; rock'n'roll labor and don't-care fines.",
    "WON'T LIFT CHINA'S SANCTIONS",
    "Sanctions on 1,000 firms cost £100,000 in fines; 2004,2005 labor camps.",
]


@pytest.mark.parametrize("text", HIGHLIGHT_TEXTS)
def test_fast_highlighting_finds_what_the_word_by_word_walk_finds(s: IndexSearcher, text: str) -> None:
    # Most paragraphs take the regex fast path; every other text is walked word by word. Both
    # must give the same (start, end, key, position) for stems, real words and both at once.
    from indexer.search import HIGHLIGHT_SCAN_CHARS, Highlighter

    highlighter = Highlighter(s._schema["text"].analyzer)
    analyzed = highlighter._filter
    stems = {
        t
        for w in ("sanctions", "labor", "forced", "camps", "fine", "zurich", "appeal", "china", "won't", "court")
        for t in analyzed.terms(w, "en", 1)
    }
    for query_stems, query_words in ((stems, set()), (set(), {"zurich", "labour", "h&m"}), (stems, {"court"})):
        keys = highlighter._query_keys("en", query_stems, query_words)
        expected = Highlighter._find_each(text, keys, HIGHLIGHT_SCAN_CHARS)
        assert highlighter.find(text, query_stems, query_words) == expected, (text, query_stems, query_words)


def test_fast_highlighting_equals_the_walk_on_every_paragraph_of_the_shipped_article(s: IndexSearcher) -> None:
    from indexer.search import HIGHLIGHT_SCAN_CHARS, Highlighter
    from indexer.search.highlight import _plain_text

    highlighter = Highlighter(s._schema["text"].analyzer)
    texts = [d["text"] for d in s._searcher.documents()]
    assert sum(_plain_text(t) is not None for t in texts) > len(texts) // 2
    for text in texts:
        stems = {t for w in text.split()[::3] for t in highlighter._filter.terms(w, "en", 1)}
        keys = highlighter._query_keys("en", stems, {"uyghur"})
        assert highlighter.find(text, stems, {"uyghur"}) == Highlighter._find_each(text, keys, HIGHLIGHT_SCAN_CHARS)


def test_fast_highlighting_is_taken_by_plain_paragraphs_and_analyses_each_distinct_word_once(s: IndexSearcher) -> None:
    from indexer.search import Highlighter
    from indexer.search.highlight import _plain_text

    plain = [_plain_text(t) is not None for t in HIGHLIGHT_TEXTS]
    assert plain == [
        True,
        True,
        True,
        False,
        True,
        False,
        False,
        True,
        False,
        False,
        False,
        True,
        True,
        False,
        True,
        False,
    ]
    highlighter = Highlighter(s._schema["text"].analyzer)
    calls: list[str] = []
    terms = highlighter._filter.terms
    highlighter._filter = type(
        "Counting", (), {"terms": lambda self, w, lang, h: calls.append(w) or terms(w, lang, h)}
    )()
    text = "sanctions river " * 500 + "Sanctions."
    found = highlighter.find(text, {"sanction"}, set())
    assert [f[3] for f in found] == list(range(0, 1000, 2)) + [1000]  # positions counted between matches
    assert sorted(calls) == ["Sanctions", "river", "sanctions"]  # each distinct word analysed once
    highlighter.find(text, {"sanction"}, set())
    assert len(calls) == 3  # and remembered for the next hit of the query


def test_matches_are_looked_for_in_a_bounded_stretch_of_a_huge_paragraph(s: IndexSearcher) -> None:
    from indexer.search import HIGHLIGHT_SCAN_CHARS, Highlighter

    highlighter = Highlighter(s._schema["text"].analyzer)
    # No match in the first 1.2 MB: the scan goes on to the first match, then stops.
    text = "river " * 200_000 + "sanctions " + "sanctions river " * 100_000
    found = highlighter.find(text, {"sanction"}, set())
    first = text.index("sanctions")
    assert found[0][:3] == (first, first + 9, "sanction")
    assert all(a < first + HIGHLIGHT_SCAN_CHARS for a, _, _, _ in found)
    assert len(found) >= HIGHLIGHT_SCAN_CHARS // len("sanctions river ")  # every match within the stretch


def test_a_phrase_is_highlighted_as_one_where_it_occurs(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "phrase.txt").write_text(
        "Phrase Test\n\n"
        + "Forced marches happened. Labor was hard. " * 12
        + "Later there was forced labor in the camps. Labor laws changed. Forced to flee.\n",
        encoding="utf-8",
    )
    indexer.build([str(folder)], index=str(tmp_path / "idx"), entities=False)
    hit = indexer.search('"forced labor"', index=str(tmp_path / "idx")).hits[0]
    start, end = hit.fragment
    at = hit.text.index("forced labor")
    assert hit.matches == [(at, at + len("forced labor"))]  # the lone words are not the phrase
    assert start <= at and at + 12 <= end and "<em>forced labor</em>" in hit.snippet
    both = indexer.search('"forced labor" flee', index=str(tmp_path / "idx")).hits[0]
    assert [both.text[a:b] for a, b in both.matches] == ["forced labor", "flee"]


def test_filter_options_and_field_syntax_find_the_same_with_the_synonym_table(tagged_index: Path) -> None:
    # fake_tag tags "Xinjiang" only; "sinkiang" and "east turkestan" are its variants in the table.
    with IndexSearcher(tagged_index) as s:
        xinjiang = run(s, "place:xinjiang").total
        assert xinjiang > 0
        for value in ("xinjiang", "Sinkiang", "east turkestan"):
            assert run(s, "", filters=Filters(places=[value])).total == xinjiang, value
            assert run(s, f'place:"{value}"').total == xinjiang, value
        assert run(s, "place:sinkiang").total == xinjiang
        # Filters combine with a query as the field syntax does.
        assert run(s, "camps", filters=Filters(places=["sinkiang"])).total == run(s, "camps place:sinkiang").total > 0
    with IndexSearcher(tagged_index, synonyms=False) as s:  # the table off: both exact
        assert run(s, "", filters=Filters(places=["sinkiang"])).total == run(s, "place:sinkiang").total == 0
    result = CliRunner().invoke(main, ["search", "--place", "sinkiang", "--count", "--index", str(tagged_index)])
    assert result.stdout == f"{xinjiang}\n"


def test_a_search_by_entity_filters_alone_shows_and_marks_the_name(tagged_index: Path) -> None:
    # A filter alone lists its paragraphs in article order; each snippet is the fragment naming
    # the place, marked, as `place:xinjiang` shows it
    with IndexSearcher(tagged_index) as s:
        for value in ("xinjiang", "=Xinjiang"):
            result = run(s, "", filters=Filters(places=[value]), limit=50)
            assert result.hits and marked(result) == {"xinjiang"}, value
            assert all("<em>Xinjiang</em>" in h.snippet for h in result.hits), value
            assert [h.paragraph for h in result.hits] == sorted(h.paragraph for h in result.hits)
        # the case it mends: a paragraph naming the place after its first 240 characters
        late = [
            h for h in run(s, "", filters=Filters(places=["xinjiang"]), limit=50).hits if h.text.find("Xinjiang") > 240
        ]
        assert late and all("<em>Xinjiang</em>" in h.snippet for h in late)
        # a pattern names no one by a word: nothing marked; a spelling variant of the synonym
        # table marks what its field syntax marks
        assert marked(run(s, "", filters=Filters(places=["xinj*"]))) == set()
        assert marked(run(s, "", filters=Filters(places=["Sinkiang"]))) == marked(run(s, "place:sinkiang"))


def test_a_year_or_a_month_matches_every_date_inside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer import pipeline
    from indexer.search import date_within

    def tag_iso_dates(articles: Iterable[Article], entities: bool, workers: int = 0) -> Iterator[Article]:
        for article in articles:  # a stand-in tagger: the ISO dates written in the text
            for p in article.paragraphs:
                p.dates = re.findall(
                    r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d|\d{4}-\d\d-\d\d|\d{4}-\d\d|\d{4}|--\d\d-\d\d", p.text
                )
            yield article

    monkeypatch.setattr(pipeline, "tag", tag_iso_dates)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "dates.txt").write_text(
        "Votes Over The Years\n\n"
        + "\n\n".join(
            [
                "The first vote was held in 2019, officials said.",
                "The second vote, on 2019-11-16, was close, officials said.",
                "Talks ran 2019-12-30/2020-01-02 in the capital, officials said.",
                "A third vote came in 2020-03, officials said.",
                "Another vote is set for --11-14, officials said.",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    pipeline.build([str(folder)], str(tmp_path / "idx"), entities=True)
    with IndexSearcher(tmp_path / "idx") as s:

        def found(query: str) -> list[int]:
            return sorted(h.paragraph for h in run(s, query, limit=100).hits)

        assert found("date:2019") == [2, 3, 4]
        assert found("dates:2019-11") == [3]
        assert found("date:2020") == [4, 5]
        assert found("date:2020-01-01") == [4]
        assert found("date:2021") == []
        assert found("vote date:2019") == [2, 3]
    assert not date_within("--11-14", "2019") and date_within("2019-12-30/2020-01-02", "2019-12")


def test_sort_by_date_keeps_scores_and_orders_a_date_by_relevance(tmp_path: Path) -> None:
    from tests.helpers import PROSE

    folder = tmp_path / "news"
    folder.mkdir()
    often = "The harbour budget, the harbour bridge and the harbour tunnel were discussed, officials said."
    articles = {
        "a-new.txt": ("New Harbour Plan", "By Jane Doe | April 22, 2021", PROSE[0]),
        "b-old.txt": ("Old Harbour Plan", "By Jane Doe | January 5, 2020", PROSE[1]),
        "c-undated.txt": ("Undated Harbour Plan", "", PROSE[2]),
    }
    for name, (title, byline, prose) in articles.items():
        # the last sentence differs on each page: one on 3 of 3 pages of a folder is its template
        last = f"{often} Filed as {name}."
        (folder / name).write_text("\n\n".join(p for p in (title, byline, prose, last) if p) + "\n", encoding="utf-8")
    index = str(tmp_path / "idx")
    indexer.build([str(folder)], index=index, entities=False)
    assert [a.published for a in (indexer.show(n, index=index) for n in articles)] == ["2021-04-22", "2020-01-05", ""]
    by_date = indexer.search("harbour", index=index, sort="date", limit=100)
    by_score = indexer.search("harbour", index=index, limit=100)
    order = [(h.article_id, h.paragraph) for h in by_date.hits]
    assert [a for a, _ in order] == ["news/a-new.txt"] * 3 + ["news/b-old.txt"] * 2 + ["news/c-undated.txt"] * 2
    scores = {(h.article_id, h.paragraph): h.score for h in by_score.hits}
    assert [h.score for h in by_date.hits] == [scores[k] for k in order]  # the relevance scores, kept
    newest = [h.score for h in by_date.hits if h.article_id == "news/a-new.txt"]
    assert newest == sorted(newest, reverse=True) and newest[-1] > 0  # within a date: by relevance
    assert not by_date.note
    assert [h.article_id for h in indexer.search("published:2021", index=index, limit=100).hits] == [
        "news/a-new.txt"
    ] * 3
    # An index where no article has a date says so.
    undated = tmp_path / "undated"
    undated.mkdir()
    (undated / "c.txt").write_text(f"Undated Harbour Plan\n\n{often}\n", encoding="utf-8")
    indexer.build([str(undated)], index=str(tmp_path / "idx2"), entities=False)
    result = indexer.search("harbour", index=str(tmp_path / "idx2"), sort="date")
    assert result.note == "no article in the index has a publication date: ordered by relevance, not by date"


def test_the_python_api_gives_none_where_the_json_has_null(s: IndexSearcher) -> None:
    from indexer.render import result_to_json

    for query in ("forced labor", "uyghr camps"):
        result = run(s, query)
        doc = result_to_json(result)
        for name in ("fallback", "searched", "note", "suggestion"):
            assert (getattr(result, name) is None) == (doc[name] is None), (query, name)
    plain = run(s, "forced labor")
    assert (plain.fallback, plain.searched, plain.note, plain.suggestion) == (None, None, None, None)


def test_a_long_query_of_stop_words_is_refused_quoted_back_cut(s: IndexSearcher) -> None:
    # Refused after parsing (every word a stop word): quoted back cut, as check_query does.
    with pytest.raises(QueryError) as err:
        run(s, "the of and " * 60)
    assert str(err.value).startswith("nothing to search for in 'the of and") and "…" in str(err.value)
    assert len(str(err.value)) < 200


def test_a_search_plans_and_evaluates_its_query_once_for_hits_and_facets(
    s: IndexSearcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The hits and the facet counts share one evaluation of one plan (they planned and
    # evaluated the query once each, and the ranking planned it twice).
    from indexer import ranking

    planned: list[object] = []
    evaluated: list[object] = []
    plan_tree, evaluate = ranking.plan_tree, ranking.evaluate
    monkeypatch.setattr(ranking, "plan_tree", lambda q: planned.append(q) or plan_tree(q))
    monkeypatch.setattr(ranking, "evaluate", lambda *args: evaluated.append(args[1]) or evaluate(*args))
    result = s.search(SearchRequest("forced labor", facets=True, suggest=False))
    assert result.total > 0 and result.facets
    assert len(planned) == 1 and len(evaluated) == 1


def test_highlight_screens_find_what_their_plain_forms_find() -> None:
    # The fast path's screens are written to open with their punctuation (faster); each must
    # find something exactly where the plain pattern does.
    import random

    from indexer.search import highlight

    plain = {
        highlight.AMP_RE: re.compile(r"\w&\w", re.ASCII),
        highlight.GLUED_RE: re.compile(r"\w[A-Za-z]\.[A-Z](?:[a-z]|(?!\w))", re.ASCII),
        highlight.COMPOUND_RE: re.compile(r"(?<!\w)\w[-/]\w|[-/]\w[-/]|\w[-/]\w(?!\w)|[-/]\w+\.\w", re.ASCII),
    }
    rng = random.Random(11)
    texts = ["".join(rng.choice("aZ9_.-/ é&xY") for _ in range(rng.randint(0, 9))) for _ in range(30_000)]
    texts += HIGHLIGHT_TEXTS
    for screen, pattern in plain.items():
        assert [bool(screen.search(t)) for t in texts] == [bool(pattern.search(t)) for t in texts]


def test_highlighting_without_positions_gives_the_same_spans(s: IndexSearcher) -> None:
    from indexer.search import Highlighter

    highlighter = Highlighter(s._schema["text"].analyzer)
    stems = {t for w in ("sanctions", "labor", "forced", "camps") for t in highlighter._filter.terms(w, "en", 1)}
    for text in HIGHLIGHT_TEXTS:
        with_positions = highlighter.find(text, stems, set())
        without = highlighter.find(text, stems, set(), positions=False)
        assert [f[:3] for f in without] == [f[:3] for f in with_positions], text


def test_lucene_symbolic_operators_find_what_their_words_find(s: IndexSearcher) -> None:
    def ids(query: str) -> list[tuple[str, int]]:
        return [(h.article_id, h.paragraph) for h in s.search(SearchRequest(query, limit=100)).hits]

    assert ids("Nike || Beijing") == ids("Nike OR Beijing") != ids("Nike Beijing")
    assert ids("sanctions !Xinjiang") == ids("sanctions NOT Xinjiang") != ids("sanctions Xinjiang")


@pytest.mark.parametrize(
    ("options", "python_text", "cli_args", "cli_text"),
    [
        ({"limit": -1}, "limit and offset must be zero or more", None, None),
        ({"offset": -3}, "limit and offset must be zero or more", ["--offset", "-3"], "--offset"),
        ({"context": 21}, "context must be between 0 and 20", None, None),
    ],
)
def test_an_out_of_range_option_is_named_as_the_caller_wrote_it(
    shipped_index: Path, options: dict, python_text: str, cli_args: list | None, cli_text: str | None
) -> None:
    """From Python the error names the keyword arguments (limit=, context=), not the CLI's flags."""
    with pytest.raises(QueryError) as raised:
        indexer.search("Zenz", index=shipped_index, **options)
    assert str(raised.value) == python_text
    assert "--" not in str(raised.value)
    if cli_args:
        result = CliRunner().invoke(main, ["search", "Zenz", "--index", str(shipped_index), *cli_args])
        assert result.exit_code == 2 and cli_text in result.stderr, result.stderr
