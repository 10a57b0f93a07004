"""Issue 16: a word in the text is always found by the word typed. Each case of the issue is a
small article written for this test, searched through the library (hits, filters, facets,
highlight offsets) and `indexer entities`."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from indexer.analysis import fold_accents, name_analyzer, text_analyzer, words
from indexer.errors import QueryError
from indexer.pipeline import build
from indexer.search import Filters, IndexSearcher, SearchRequest, entity_counts

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731

ARTICLES = {
    "zurich-nfd.txt": NFD(
        "Talks in Zürich\n\nJörg Brändli, the mayor of Zürich, said the city would "
        "appeal.The fine was imposed by a court in Bern on Monday.\n"
    ),
    "jose-accented.txt": "Mourinho returns\n\nJosé Mourinho said on Friday that his players in Lisbon had "
    "trained well before the match.\n",
    "jose-plain.txt": "Mourinho leaves\n\nJose Mourinho told reporters in Lisbon that Muller would not play "
    "against Porto on Sunday.\n",
    "turkish.txt": "Weather in Turkey\n\nİstanbul had a ılık evening while the Straße in Berlin was cold "
    "and the road sign read ΟΔΟΣ ΑΘΗΝΑΣ near the port.\n",
    "board.txt": "Company news\n\nThe board of directors met on Tuesday to approve the budget for next year.\n\n"
    "Shareholders said the board and the directors disagreed about the freedom for information "
    "officers to publish their reports.\n\nWorld Uyghur Congress leaders held a meeting in Munich.\n\n"
    "Campaigners asked the world to act on freedom of information before the vote.\n",
    "acronyms.txt": "Sanctions\n\nUS sanctions on the company were announced after the WHO warned about the "
    "IT systems of the hospital.\n\nThe new sanctions will hit exporters, officials told us on "
    "Monday, and it is not clear who will pay.\n",
    "arsenal.txt": "Football\n\nArsene Wenger watched from the stands as the players trained.\n\n"
    "Arsenal won the match by two goals in the rain.\n",
    "glued.txt": "Warnings\n\nThe police said the road was always dangerous.The man who was hurt is now at home "
    "and the U.S. embassy paid 3.5 million dollars.\n",
    "cjk.txt": "北京大学的人工智能研究\n\n北京大学的研究人员发布了新的人工智能模型。\n\n"
    "警察は商標法違反の疑いで男を逮捕した。\n",
    "compounds.txt": "Remembering 9/11\n\nThe attacks of 9/11 changed the city, and an e-mail from the mayor "
    "said an x-ray of the long-term damage was due.\n\nThe letter came by mail to the "
    "conference held November 11-14 in Geneva, where delegates sent email all day.\n",
    "cantonese.txt": "天氣\n\n佢哋話今日好熱呀，我哋去飲茶啦，你食咗飯未呀？我好鍾意食點心，尤其係蝦餃同燒賣。\n",
    "retail.txt": "Shops\n\nThe retailer H&M opened a store beside the AT&T shop, and the café next door "
    "stayed shut.\n",
    "thai.txt": "น้ำท่วมเชียงใหม่\n\nผู้ว่าราชการจังหวัดเชียงใหม่กล่าวว่าเจ้าหน้าที่ได้อพยพประชาชนออกจากพื้นที่เสี่ยงแล้ว\n\n"
    "ระดับน้ำในแม่น้ำปิงสูงขึ้นอย่างรวดเร็ว\n",
    "hebrew.txt": "חדשות\n\nראש העירייה אמר כי הפגישה תתקיים בירושלים ביום שני, ומשה כהן הגיע מלונדון.\n\n"
    "התושבים של ירושלים והעיר העתיקה חיכו לתשובה.\n",
    "arabic.txt": "أخبار\n\nقال مُحَمَّد إن الاجتماع سيعقد في القاهرة يوم الاثنين المقبل لمناقشة الميزانية.\n",
    "genitive.txt": "Wahl in Italien\n\nNach Berlusconis Rede in Rom sagte die Regierung, dass die Lage "
    "ernst sei und die Wähler am Sonntag entscheiden würden.\n\nTrumps Berater und die Gäste im "
    "Haus des Bürgermeisters sprachen über die neuen Autos der Stadt und die Preise.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("analysis")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build([str(corpus)], str(root / "idx"), entities=True)
    return root / "idx"


@pytest.fixture(scope="module")
def searcher(index: Path):
    with IndexSearcher(index) as s:
        yield s


def found(searcher: IndexSearcher, query: str = "", **filters: list[str]) -> set[tuple[str, int]]:
    result = searcher.search(SearchRequest(query, Filters(**filters), limit=100, fallback=False, suggest=False))
    return {(h.article_id, h.paragraph) for h in result.hits}


def articles(searcher: IndexSearcher, query: str = "", **filters: list[str]) -> set[str]:
    return {a for a, _ in found(searcher, query, **filters)}


def highlighted(searcher: IndexSearcher, query: str) -> list[str]:
    result = searcher.search(SearchRequest(query, limit=100, fallback=False, suggest=False))
    return sorted({h.text[s:e] for h in result.hits for s, e in h.matches})


def test_decomposed_text_is_found_by_composed_words_and_filters(searcher: IndexSearcher) -> None:
    assert articles(searcher, "Zürich") == {"corpus/zurich-nfd.txt"}
    assert articles(searcher, '"Jörg Brändli"') == {"corpus/zurich-nfd.txt"}
    assert articles(searcher, "rich") == set()  # no longer "zu" + "rich"
    assert articles(searcher, "", places=["Zürich"]) == {"corpus/zurich-nfd.txt"}
    assert articles(searcher, "", people=["Jorg Brandli"]) == {"corpus/zurich-nfd.txt"}
    assert highlighted(searcher, "Zurich") == ["Zürich"]  # offsets point at the stored text


def test_accents_fold_both_ways_and_quoted_form_is_exact(searcher: IndexSearcher) -> None:
    both = {"corpus/jose-accented.txt", "corpus/jose-plain.txt"}
    assert articles(searcher, "José") == articles(searcher, "Jose") == both
    assert articles(searcher, '"José Mourinho"') == {"corpus/jose-accented.txt"}
    assert articles(searcher, '"José"') == {"corpus/jose-accented.txt"}
    assert articles(searcher, "", people=["Jose Mourinho"]) == both
    assert articles(searcher, "Müller") == {"corpus/jose-plain.txt"}
    assert highlighted(searcher, "jose") == ["Jose", "José"]


def test_case_rules_of_other_languages(searcher: IndexSearcher) -> None:
    for query in ("İstanbul", "Istanbul", "istanbul", "ılık", "ilik", "Straße", "strasse", "ΟΔΟΣ", "οδός", "Αθήνας"):
        assert articles(searcher, query) == {"corpus/turkish.txt"}, query


def test_cjk_is_found_by_any_run_of_two_or_more_characters(searcher: IndexSearcher) -> None:
    for query in ("北京", "人工智能", "商標法違反", "北京大学", "研究"):
        assert articles(searcher, query) == {"corpus/cjk.txt"}, query
    assert found(searcher, "商標法違反") == {("corpus/cjk.txt", 3)}
    assert highlighted(searcher, "人工智能") == ["人工智能"]  # the phrase of pairs, marked as one
    assert articles(searcher, "人工智慧") == set()  # a phrase of pairs, not any pair


def test_thai_is_found_by_a_word_inside_an_unspaced_run(searcher: IndexSearcher) -> None:
    # Thai writes no spaces between words: the run "น้ำท่วมเชียงใหม่" (floods in Chiang Mai)
    # was one term, so the city's name found nothing.
    assert articles(searcher, "เชียงใหม่") == {"corpus/thai.txt"}
    assert found(searcher, "ราชการ") == {("corpus/thai.txt", 2)}
    assert articles(searcher, "ผู้ว่าราชการ") == {"corpus/thai.txt"}  # two dictionary words: a phrase
    assert articles(searcher, "ราชการผู้ว่า") == set()  # the same words in another order
    assert highlighted(searcher, "เชียงใหม่") == ["เชียงใหม่"]


def test_a_thai_compound_the_text_splits_is_found_by_its_parts(searcher: IndexSearcher) -> None:
    # ICU keeps "แม่น้ำ" (river) whole when typed alone but splits it in "แม่น้ำปิง" (the Ping
    # river): the query as typed finds nothing, and is retried as the phrase of the index's words.
    assert articles(searcher, "แม่น้ำ") == set()
    result = searcher.search(SearchRequest("แม่น้ำ", limit=10, suggest=False))
    assert result.fallback == "split" and result.searched == '"แม่ น้ำ"'
    assert {(h.article_id, h.paragraph) for h in result.hits} == {("corpus/thai.txt", 3)}
    assert searcher.search(SearchRequest("แม่น้ำโขง", limit=10, suggest=False)).fallback != "split"  # no such words


def test_lao_khmer_and_myanmar_runs_are_split_into_dictionary_words() -> None:
    assert words("ສະບາຍດີປະເທດລາວ") == ["ສະບາຍດີ", "ປະເທດ", "ລາວ"]  # hello, country, Lao
    assert words("ព្រះរាជាណាចក្រកម្ពុជា") == ["ព្រះរាជាណាចក្រ", "កម្ពុជា"]  # kingdom, Cambodia
    assert words("နေပြည်တော်မြို့") == ["နေပြည်တော်", "မြို့"]  # Naypyidaw, city
    # One-letter words of these scripts are words (as one Han character is), not dropped as too short.
    assert [t.text for t in text_analyzer()("อยู่ ณ กรุงเทพฯ", mode="index")] == ["อยู่", "ณ", "กรุงเทพฯ"]


def test_arabic_with_and_without_diacritics(searcher: IndexSearcher) -> None:
    assert articles(searcher, "مُحَمَّد") == articles(searcher, "محمد") == {"corpus/arabic.txt"}


def test_a_hebrew_word_is_found_with_its_one_letter_prefix(searcher: IndexSearcher) -> None:
    # "בירושלים" (in Jerusalem) is found by "ירושלים", "מלונדון" (from London) by "לונדון"; the
    # prefixed form itself still finds only it, and a word that begins with a prefix letter
    # ("משה", Moshe) is still found as written.
    assert found(searcher, "ירושלים") == {("corpus/hebrew.txt", 2), ("corpus/hebrew.txt", 3)}
    assert found(searcher, "בירושלים") == {("corpus/hebrew.txt", 2)}
    assert articles(searcher, "לונדון") == articles(searcher, "משה") == {"corpus/hebrew.txt"}
    assert highlighted(searcher, "ירושלים") == ["בירושלים", "ירושלים"]
    text = text_analyzer()
    assert [t.text for t in text("ובירושלים ברק", mode="index")] == ["ובירושלים", "בירושלים", "ירושלים", "ברק"]
    assert [t.text for t in text("בירושלים", mode="query")] == ["בירושלים"]


def test_a_german_genitive_is_found_by_the_name(searcher: IndexSearcher) -> None:
    # German writes a name's genitive with a joined "s" its stemmer keeps after a vowel or a "p"
    # ("Berlusconis", "Trumps"; "Merkels" it stems): a search for the name found no such
    # paragraph (a new user's try). A plural of that shape is found by its singular too; a word
    # whose "s" is no ending ("Haus") is not found by the word without it.
    assert found(searcher, "berlusconi") == {("corpus/genitive.txt", 2)}
    assert highlighted(searcher, "berlusconi") == ["Berlusconis"]
    assert found(searcher, "trump") == {("corpus/genitive.txt", 3)}
    assert found(searcher, "auto") == {("corpus/genitive.txt", 3)}
    assert found(searcher, "hau") == set()
    assert found(searcher, "berlusconis") == {("corpus/genitive.txt", 2)}  # the form typed


def test_glued_sentences_are_split_but_acronyms_and_decimals_kept(searcher: IndexSearcher) -> None:
    assert articles(searcher, "appeal") == {"corpus/zurich-nfd.txt"}
    assert articles(searcher, "dangerous") == {"corpus/glued.txt"}
    assert articles(searcher, '"3.5 million"') == {"corpus/glued.txt"}
    assert articles(searcher, "U.S.") == {"corpus/glued.txt", "corpus/acronyms.txt"}  # U.S. = US (synonym table)
    assert articles(searcher, "U.S.") == articles(searcher, "US")
    assert words("appeal.The U.S. 3.5 bbc.co.uk St.Petersburg") == [
        "appeal",
        "The",
        "U.S",
        "3.5",
        "bbc.co.uk",
        "St",
        "Petersburg",
    ]


def test_a_compound_with_a_one_character_part_is_one_word(searcher: IndexSearcher) -> None:
    # Split, "e-mail" was searched as "mail" and "9/11" as "11" (which matched "November 11-14").
    assert words("an e-mail, an X-ray, 9/11, 1-0 and long-term e-mail.The") == [
        "an",
        "email",
        "an",
        "Xray",
        "9/11",
        "1-0",
        "and",
        "long",
        "term",
        "email",
        "The",
    ]
    assert (
        found(searcher, "e-mail")
        == found(searcher, "email")
        == {("corpus/compounds.txt", 2), ("corpus/compounds.txt", 3)}
    )
    assert ("corpus/compounds.txt", 2) not in found(searcher, "mail")
    assert found(searcher, "9/11") == {("corpus/compounds.txt", 1), ("corpus/compounds.txt", 2)}
    assert articles(searcher, "x-ray") == articles(searcher, "xray") == {"corpus/compounds.txt"}
    # Parts of two characters or more are words as before: "long-term" is "long" and "term".
    assert articles(searcher, "long-term") == articles(searcher, "term") == {"corpus/compounds.txt"}
    assert highlighted(searcher, "e-mail") == ["e-mail", "email"]


def test_a_language_told_apart_within_a_macrolanguage_is_filed_under_it(searcher: IndexSearcher) -> None:
    # py3langid reads this as Cantonese ("yue"): filed, filtered and stemmed as Chinese ("zh").
    assert "corpus/cantonese.txt" in articles(searcher, languages=["zh"])
    assert "yue" not in searcher.languages
    assert articles(searcher, "飲茶") == {"corpus/cantonese.txt"}


def test_stop_words_hold_their_position_in_phrases(searcher: IndexSearcher) -> None:
    assert found(searcher, '"board of directors"') == {("corpus/board.txt", 2)}
    assert found(searcher, '"freedom of information"') == {("corpus/board.txt", 5)}
    assert found(searcher, '"board and the directors"') == {("corpus/board.txt", 3)}
    assert found(searcher, '"the world"') == {("corpus/board.txt", 5)}  # not "World Uyghur Congress leaders"
    assert found(searcher, "world") == {("corpus/board.txt", 4), ("corpus/board.txt", 5)}


def test_acronyms_that_are_stop_words_are_words(searcher: IndexSearcher) -> None:
    assert found(searcher, "US sanctions") == {("corpus/acronyms.txt", 2)}
    assert found(searcher, "sanctions") == {
        ("corpus/acronyms.txt", 1),
        ("corpus/acronyms.txt", 2),
        ("corpus/acronyms.txt", 3),
    }
    assert found(searcher, "US") == {("corpus/acronyms.txt", 2), ("corpus/glued.txt", 2)}  # "U.S." by the synonym table
    assert found(searcher, "US sanctions") != found(searcher, "sanctions")
    assert found(searcher, "IT") == {("corpus/acronyms.txt", 2)}  # "it is not clear" is no IT
    assert found(searcher, '"IT systems"') == {("corpus/acronyms.txt", 2)}
    assert highlighted(searcher, "US sanctions") == ["US", "sanctions"]
    with pytest.raises(QueryError):
        searcher.search(SearchRequest("the of"))


def test_typographic_quotes_make_phrases(searcher: IndexSearcher) -> None:
    plain = found(searcher, '"board of directors"')
    for query in ("“board of directors”", "„board of directors“", "«board of directors»", "‚board of directors‘"):
        assert found(searcher, query) == plain, query
    assert found(searcher, "“directors board”") == set()  # a phrase, not AND


def test_exact_word_bypasses_stemming_and_folding(searcher: IndexSearcher) -> None:
    assert articles(searcher, "Arsene") == {"corpus/arsenal.txt"}
    assert found(searcher, "arsene") == {("corpus/arsenal.txt", 2)}  # Snowball English keeps them apart
    assert found(searcher, "=Arsenal") == {("corpus/arsenal.txt", 3)}
    assert found(searcher, "=players") == {("corpus/arsenal.txt", 2), ("corpus/jose-accented.txt", 2)}  # not "play"
    assert found(searcher, "=arsene") == found(searcher, "word:arsene") == {("corpus/arsenal.txt", 2)}
    assert found(searcher, "=arsenal") == {("corpus/arsenal.txt", 3)}
    assert highlighted(searcher, "=arsene") == ["Arsene"]
    assert articles(searcher, "=josé") == {"corpus/jose-accented.txt"}
    assert articles(searcher, "=jose") == {"corpus/jose-plain.txt"}


def test_a_character_reference_in_a_query_is_the_character_it_stands_for(searcher: IndexSearcher) -> None:
    # As in an article's text (sources.py): pasted from HTML, "H&amp;M" is H&M.
    assert found(searcher, "H&M") == {("corpus/retail.txt", 2)}
    for query in (
        "H&amp;M",
        "h&amp;m store",
        '"AT&amp;T shop"',
        "caf&eacute;",
        "caf&#233;",
        "caf&#xE9;",
        "&quot;H&amp;M opened&quot;",
    ):
        assert found(searcher, query) == {("corpus/retail.txt", 2)}, query
    assert found(searcher, "&quot;store H&amp;M&quot;") == set()  # &quot; quotes a phrase, as " does
    assert highlighted(searcher, "H&amp;M") == ["H&M"]
    assert found(searcher, "caf&unknown;") == set()  # an unknown name stays as typed
    assert (
        articles(searcher, places=["Z&uuml;rich"]) == articles(searcher, places=["Zürich"]) == {"corpus/zurich-nfd.txt"}
    )
    assert found(searcher, "store&#x7;") == {("corpus/retail.txt", 2)}  # a control character's reference is dropped


def test_facets_and_entities_see_the_same_names(index: Path, searcher: IndexSearcher) -> None:
    result = searcher.search(SearchRequest("Zurich", facets=True))
    assert ("Jörg Brändli", 1) in result.facets["people"]
    people = dict(entity_counts(index, ["people"])["people"])
    assert people.get("Jörg Brändli") == 1  # composed: one name, whatever form the file had


def test_one_chain_for_index_and_query() -> None:
    text, names = text_analyzer(), name_analyzer()
    assert [t.text for t in text("Zürich", mode="index")] == ["zurich", "zürich"]
    assert [t.text for t in text("Zürich", mode="query")] == ["zurich"]
    assert [t.text for t in text("Zürich", mode="query", quoted=True)] == ["zürich"]
    assert [t.text for t in text("THE BOARD OF DIRECTORS", mode="index")] == ["board", "director"]
    assert [(t.text, t.pos) for t in text("board of directors", positions=True, mode="index")] == [
        ("board", 0),
        ("director", 2),
    ]
    assert [t.text for t in names("Ünal O'Neil", mode="query")] == ["unal", "oneil"]  # an Irish surname: one word
    assert fold_accents("øre") == "ore" and fold_accents("πόλη") == "πολη" and fold_accents("йод") == "йод"


@pytest.mark.parametrize(
    "text",
    [
        "lone \ud800 surrogate and \udfff another",
        "\u0301\u0308 unpaired combining marks \u0301",
        "zero\u200dwidth joiner and \u200cnon-joiner",
        "right\u200fto\u200eleft marks \u202eoverride\u202c",
        "漢" * 200_000,
        "😀" * 500,
    ],
)
def test_odd_text_is_analysed_without_error(text: str) -> None:
    analyzer = text_analyzer()
    tokens = [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, positions=True, mode="index")]
    for term, start, end in tokens:
        assert 0 <= start < end <= len(text) and term


def test_odd_queries_are_searched_or_refused_with_a_message(searcher: IndexSearcher) -> None:
    for query in ("😀" * 500, "\u200d\u200f", "\u0301", "a\ud800b"):
        try:
            searcher.search(SearchRequest(query))
        except QueryError as exc:
            assert "\n" not in str(exc)


# Phrases, with and without stop words, in several scripts, alone and beside words: each is
# compiled without Whoosh's parser (compile.QueryCompiler.fast_query), to what the parser makes.
PHRASE_QUERIES = [
    '"board of directors"',
    '"freedom of information"',
    '"board and the directors"',
    '"the world"',
    '"IT systems"',
    "“board of directors”",
    '"directors board"',
    'board "freedom of information"',
    '"freedom of information" campaigners',
    '"US sanctions" officials',
    '"Jörg Brändli"',
    '"zurich mayor"',
    '"players trained" "Arsene Wenger"',
    '"人工智能"',
    '"北京大学的研究人员"',
    '"world uyghur congress" leaders',
    '"U.S. embassy"',
    '"e-mail from the mayor"',
    '"9/11 changed"',
    '"Arsenal"',
    '"jose mourinho"',
]


def _same_tree(a: object, b: object) -> bool:
    """Two Whoosh queries alike in every attribute the search reads (type, terms, positions,
    boosts, character ranges, gaps, stop-word patterns), not only in what == compares."""
    if type(a) is not type(b) or repr(a) != repr(b):
        return False
    for name in ("char_ranges", "gaps", "pattern", "boost", "slop"):  # not startchar: no search step reads it
        if getattr(a, name, None) != getattr(b, name, None):
            return False
    kids_a = list(a.children()) if hasattr(a, "children") else []
    kids_b = list(b.children()) if hasattr(b, "children") else []
    return len(kids_a) == len(kids_b) and all(_same_tree(x, y) for x, y in zip(kids_a, kids_b))


def _everything(s: IndexSearcher, query: str) -> list[tuple]:
    """All a search of `query` answers, in both modes, with and without the fallbacks."""
    out = []
    for mode in ("and", "or"):
        for fallback in (True, False):
            r = s.search(SearchRequest(query, limit=100, mode=mode, fallback=fallback))
            out.append(
                (
                    r.total,
                    r.searched,
                    r.note,
                    r.suggestion,
                    [(h.article_id, h.paragraph, h.score, h.matches, h.snippet) for h in r.hits],
                )
            )
    return out


def _built_directly_as_parsed(s: IndexSearcher, query: str) -> list[tuple]:
    """Checks that `query` compiled without the parser is the parser's query tree in both modes,
    and returns all a search of it answers (_everything)."""
    parsed = s.compiler.check(query)
    for mode in ("and", "or"):
        direct = s.compiler.fast_query(parsed, mode)
        assert direct is not None, (query, mode)
        assert _same_tree(direct, s.compiler.parse(parsed.whoosh, query, mode)), (query, mode)
    return _everything(s, query)


@pytest.mark.parametrize("query", PHRASE_QUERIES)
def test_phrases_built_directly_equal_what_the_parser_builds(
    searcher: IndexSearcher, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    searcher.compiler.use_languages()
    assert len(searcher.compiler.query_languages) > 1  # each phrase analysed in several languages
    fast = _built_directly_as_parsed(searcher, query)
    assert searcher.compiler.fast_query(searcher.compiler.check('"of the" board'), "and") is None  # the parser refuses
    monkeypatch.setattr(searcher.compiler, "fast_query", lambda parsed, mode: None)
    assert _everything(searcher, query) == fast


# Typo terms (word~, word~N), alone and beside words and phrases: compiled without the parser too.
FUZZY_QUERIES = [
    "boardd~1",
    "directers~",
    "mourinhoo~2",
    "direcotrs~1 board",
    '"board of directors" campaignrs~1',
    "zurich~1",
    "Zürch~1",
    "xyzzyq~1",
    "sanctons~1 officials",
    "arsene~1",
]


@pytest.mark.parametrize("query", FUZZY_QUERIES)
def test_typo_terms_built_directly_equal_what_the_parser_builds(
    searcher: IndexSearcher, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    searcher.compiler.use_languages()
    fast = _built_directly_as_parsed(searcher, query)
    monkeypatch.setattr(searcher.compiler, "fast_query", lambda parsed, mode: None)
    assert _everything(searcher, query) == fast
    for other in ("board~1/2", "AND~1", "u.s.~1", "-boardd~1", "text:boardd~1", "boardd~1^2"):  # the parser's
        assert searcher.compiler.fast_query(searcher.compiler.check(f"{other} board"), "and") is None, other


def test_a_thai_typo_the_dictionary_cuts_into_pieces_is_retried_and_corrected(searcher: IndexSearcher) -> None:
    # "เชียงใหม" lacks the last tone mark of "เชียงใหม่": ICU cuts it into "เชียง" + "ใหม",
    # neither an index word, and the query was no typo to retry nor to correct
    result = searcher.search(SearchRequest("เชียงใหม", limit=10))
    assert result.fallback == "fuzzy"
    assert {h.article_id for h in result.hits} == {"corpus/thai.txt"}
    assert result.suggestion == "เชียงใหม่"
    # words the index holds, typed without a space, are a phrase, never a typo
    assert searcher.search(SearchRequest("ราชการผู้ว่า", limit=10)).suggestion is None
