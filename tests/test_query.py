"""The query language before Whoosh: checks, rewrites, question detection, the synonym table."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import IndexerError, QueryError
from indexer.query import check_query
from indexer.synonyms import BUILTIN, load_synonyms, parse_groups


@pytest.mark.parametrize(
    "typed,whoosh",
    [
        ("forced labor", "forced labor"),
        ("-labor forced", "NOT labor forced"),
        (
            'genocide -"forced labor" -(Kazakhstan OR Kyrgyzstan)',
            'genocide NOT "forced labor" NOT ( Kazakhstan OR Kyrgyzstan )',
        ),
        ("+sanctions Beijing", "sanctions Beijing"),
        ("why aren't they believing us?", "why aren't they believing us"),
        ("'Utterly Shameful': Uyghurs", "'Utterly Shameful' Uyghurs"),
        ('person:zenz org:"world uyghur congress"', 'people:zenz orgs:"world uyghur congress"'),
        ('"forced labor"~3 uyghr~ camp*', '"forced labor"~3 uyghr~ camp*'),
        ("Xinjiang - camps", "Xinjiang camps"),
        ("U.S.-based", "U.S.-based"),
        # Brackets without a range in them are punctuation ("toronto" holds "to": Whoosh read a range).
        ("[toronto] [Zenz] said", "toronto Zenz said"),
        ("date:[2019 TO 2021-06]", "dates:[2019 TO 2021-06]"),
        ("published:{2019-11 to *} -date:[TO 2018]", "published:{2019-11 TO} NOT dates:[TO 2018]"),
        ("date:([2019 TO 2020] OR 2022) (x)", "dates:( dates:[2019 TO 2020] OR 2022 ) ( x )"),
    ],
)
def test_queries_are_rewritten_into_what_whoosh_reads_as_meant(typed: str, whoosh: str) -> None:
    assert check_query(typed).whoosh == whoosh


@pytest.mark.parametrize(
    "typed,message",
    [
        (
            "ab*",
            "prefix too short in 'ab*': give at least 3 letters before * or ? (short prefixes are the slowest queries)",
        ),
        (
            "*",
            "'*' alone would match every paragraph: leave the query out and give a filter (filters=Filters(kinds='body')), or "
            "search words",
        ),
        (
            "*:*",
            "'*:*' alone would match every paragraph: leave the query out and give a filter (filters=Filters(kinds='body')), or "
            "search words",
        ),
        (
            "zenz (person:* OR x)",
            "'person:*' would match any value: give one, or at least 3 letters before the * (person:abc*)",
        ),
        # Ranges: Whoosh compared the words of the text as strings ([a TO c] matched most of an index).
        (
            "[a TO c]",
            "range '[a TO c]' on words: ranges are supported on dates only (date:[2019 TO 2021], "
            "published:[2021-01 TO 2021-06]); to search the words, leave out the brackets and 'TO'",
        ),
        (
            "zenz title:{a to c}",
            "range '{a to c}' on 'title:': ranges are supported on dates only (date:[2019 TO "
            "2021], published:[2021-01 TO 2021-06]); to search the words, leave out the brackets "
            "and 'TO'",
        ),
        (
            "date:[2021 TO 2019-06]",
            "empty range '[2021 TO 2019-06]': it starts (2021) after it ends (2019-06): swap them",
        ),
        (
            "published:[20* TO 2021]",
            "not a date '20*' in range '[20* TO 2021]': give a year, a month or a day as "
            "2021, 2021-04 or 2021-04-16, or * for an open end",
        ),
        (
            "date:[2019-13 TO 2021]",
            "no month 13 in '2019-13' (date:): months are 01 to 12; give a year, a month or a day as 2021, 2021-04 "
            "or 2021-04-16",
        ),
        (
            "date:[2019 TO",
            "unclosed range in query 'date:[2019 TO': write a range as date:[2019 TO 2021], "
            "published:[2021-01 TO 2021-06] (dates only)",
        ),
        (
            "title:te?t",
            "prefix too short in 'te?t': give at least 3 letters before * or ? (short prefixes are the "
            "slowest queries)",
        ),
        (
            "uyghur~3",
            "fuzzy distance too large in 'uyghur~3': use ~1 or ~2 (larger distances match almost anything "
            "and are slow)",
        ),
        (
            "colour:red",
            "unknown field 'colour:' in query: use one of text, title, section, byline, kind, article, published, "
            "lang, person, org, place, group, speaker, date, word",
        ),
        ('"forced labor', "unbalanced quote in query '\"forced labor': close the phrase with a second \""),
        ("forced) labor", "unbalanced parenthesis in query 'forced) labor': a ')' has no '('"),
        ("a\x00b", "query contains control characters: remove them"),
        ("x" * 10_000, "query too long: 10000 characters (limit 1000): shorten it"),
    ],
)
def test_bad_queries_are_refused_with_a_precise_message(typed: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        check_query(typed)
    assert str(info.value) == message


def test_a_question_mark_in_a_phrase_or_a_word_is_not_punctuation() -> None:
    assert check_query("wom?n").whoosh == "wom?n"  # three letters before it: a pattern
    assert check_query('"why us?"').whoosh == '"why us?"'


@pytest.mark.parametrize(
    "typed,question",
    [
        ("what did Zenz say about the world's response", True),
        ("Who is Adrian Zenz", True),
        ("Uighur camps?", True),
        ("Zenz response", False),
        ("forced labor", False),
        ('what "forced labor"', True),
        ("what AND labor", False),  # operators: the user means the syntax
        ("title:what labor", False),
    ],
)
def test_typed_questions_are_told_from_keyword_queries(typed: str, question: bool) -> None:
    assert check_query(typed).question is question


def test_plain_words_are_the_ones_fallbacks_may_touch() -> None:
    parsed = check_query('uyghr "forced labor" -camps title:x sanct* typo~ Beijing')
    assert [t.text for t in parsed.plain_words()] == ["uyghr", "Beijing"]


def test_synonym_groups_are_symmetric_and_found_by_analysed_form() -> None:
    table = load_synonyms(builtin=True, user_file="")
    forms = table.expansions(lambda s: s.split())
    assert forms[("uighur",)][0] == ("uighur",)
    assert ("uyghur",) in forms[("uighur",)] and ("uighur",) in forms[("uyghur",)]
    assert ("east", "turkestan") in forms[("sinkiang",)]
    assert ("labor",) in forms[("labour",)]


def test_the_shipped_table_parses_and_every_group_has_variants() -> None:
    groups = parse_groups(BUILTIN.read_text(encoding="utf-8"), str(BUILTIN))
    assert len(groups) >= 40 and all(len(g) >= 2 for g in groups)


def test_a_user_file_adds_groups_and_its_errors_name_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_text("# mine\nqelbinur, kalbinur\n", encoding="utf-8")
    assert ("qelbinur", "kalbinur") in load_synonyms(mine).groups
    monkeypatch.setenv("INDEXER_SYNONYMS", str(mine))
    assert ("qelbinur", "kalbinur") in load_synonyms().groups
    bad = tmp_path / "bad.txt"
    bad.write_text("uyghur, uighur\nlonely\n", encoding="utf-8")
    with pytest.raises(IndexerError) as info:
        load_synonyms(bad)
    assert str(info.value) == (f"synonyms file {bad}, line 2: a group needs two or more variants separated by commas")
    with pytest.raises(IndexerError) as missing:
        load_synonyms(tmp_path / "nope.txt")
    assert str(missing.value) == f"no such synonyms file: {tmp_path / 'nope.txt'}: check the path"
    # A path set in the environment, not typed: the message names the variable (it did not).
    monkeypatch.setenv("INDEXER_SYNONYMS", str(tmp_path / "gone.txt"))
    with pytest.raises(IndexerError) as unset:
        load_synonyms()
    assert str(unset.value) == (
        f"no such synonyms file: {tmp_path / 'gone.txt'} (from $INDEXER_SYNONYMS): check the path, "
        "or unset INDEXER_SYNONYMS"
    )


@pytest.mark.parametrize(
    "typed,operator,where,instead",
    [
        ("forced AND", "AND", 8, "forced"),  # dangling at the end
        ("AND forced", "AND", 1, "forced"),  # dangling at the start
        ("forced OR OR labor", "OR", 11, "forced OR labor"),  # doubled
        ("forced OR AND labor", "AND", 11, "forced OR labor"),
        ("(forced OR) labor", "OR", 9, "(forced ) labor"),  # nothing before the ")"
        ("forced NOT", "NOT", 8, "forced"),
        ("forced AND -", "AND", 8, "forced -"),  # stray punctuation is no operand
        ("forced AND AND", "AND", 12, "forced"),  # the hint drops every misplaced operator
    ],
)
def test_an_operator_with_nothing_to_join_is_refused_with_the_query_without_it(
    typed: str, operator: str, where: int, instead: str
) -> None:
    # Lucene's classic parser refuses these too; Whoosh read them as another query, silently.
    with pytest.raises(QueryError) as err:
        check_query(typed)
    assert str(err.value).startswith(f"operator '{operator}' at character {where} of {typed!r} ")
    assert f"type {instead!r}" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    "typed",
    [
        "NOT forced labor",
        "forced AND NOT labor",
        "forced OR (NOT labor)",
        "forced and",
        "and forced",
        "(forced OR labor) AND camps",
    ],
)
def test_operators_with_operands_and_lower_case_words_are_accepted(typed: str) -> None:
    check_query(typed)


@pytest.mark.parametrize(
    "typed,whoosh",
    [
        ("sanctions || boycott", "sanctions OR boycott"),
        ("sanctions && boycott", "sanctions AND boycott"),
        ("genocide !Tajikistan", "genocide NOT Tajikistan"),
        ('genocide !"forced labor" !(a OR b)', 'genocide NOT "forced labor" NOT ( a OR b )'),
        ("(a || b) && c", "( a OR b ) AND c"),
        ("C'est fini ! Bravo", "C'est fini Bravo"),  # a lone ! is punctuation (French spacing)
        ("wow! really!!", "wow really"),
    ],
)
def test_lucene_symbolic_operators_are_the_operators_they_stand_for(typed: str, whoosh: str) -> None:
    # Whoosh read `a || b` and `a !b` as a AND b: the opposite of what a Lucene user meant.
    assert check_query(typed).whoosh == whoosh


def test_a_dangling_symbolic_operator_is_refused_as_typed() -> None:
    with pytest.raises(QueryError) as err:
        check_query("forced ||")
    assert str(err.value) == "operator '||' at character 8 of 'forced ||' has nothing after it: type 'forced'"


@pytest.mark.parametrize(
    "typed,message",
    [
        ("kind:bogus", "unknown kind 'bogus' (kind: or --kind): use one of"),
        ("person:", "empty value (person: or --person): give one after it (person:zenz)"),
        ("person: zenz", "empty value (person: or --person)"),
        ('org:""', "empty value (org: or --org)"),
        # the text fields too: "title:" alone searched the word "title" (a user's trial)
        ("title:", "empty value (title:): give one after it (title:mosque)"),
        ("section:", "empty value (section:)"),
        ("text:", "empty value (text:)"),
        ("word:", "empty value (word:): give one after it (word:Uighur)"),
        ('title:""', "empty value (title:)"),
        ("date:notadate", "not a date 'notadate' (date:)"),
        ("published:2021-13", "no month 13 in '2021-13' (published:)"),
        ("date:2021-02-32", "no such day '2021-02-32' (date:)"),
        ("lang:english", "unknown language code 'english' (lang: or --lang): give an ISO 639-1 code"),
        ("lang:xx", "unknown language code 'xx' (lang: or --lang)"),
    ],
)
def test_a_field_value_that_can_never_match_is_refused(typed: str, message: str) -> None:
    """As the CLI says it: the hint's filter parameter (`{people}`) shown as its flag."""
    from indexer.cli import _flag

    with pytest.raises(QueryError) as info:
        check_query(typed)
    assert message in info.value.render(_flag)


@pytest.mark.parametrize(
    "typed", ["kind:bogus", "kind:byline", "person:", 'org:""', "lang:xx", "date:notadate", "*", "*:*"]
)
def test_a_library_query_error_names_parameters_not_command_line_flags(typed: str) -> None:
    """errors.py: a library caller reads the filter's parameter (`people`, `kinds=body`); only
    the CLI turns it into `--person`, `--kind body`."""
    with pytest.raises(QueryError) as info:
        check_query(typed)
    assert "--" not in str(info.value) and "indexer " not in str(info.value)
    if typed == "person:":
        assert (
            str(info.value) == "empty value (person: or filters=Filters(people=...)): give one after it (person:zenz)"
        )


@pytest.mark.parametrize(
    "typed",
    [
        "kind:Caption",
        "date:2021",
        "date:2021-04",
        "date:--11-14",
        "published:2021-04-16",
        "lang:DE",
        "kind:capt*",
        "lang:und",
        "person:zenz",
        "Shameful: Uyghurs",
        "Title: Uyghurs",
    ],
)
def test_good_field_values_and_a_colon_as_punctuation_pass(typed: str) -> None:
    check_query(typed)


def test_short_letter_groups_joined_by_ampersand_are_one_word() -> None:
    from indexer.analysis import text_analyzer, words

    assert words("AT&T, P&G and H&M's R&D; Nike&Adidas") == ["AT&T", "P&G", "and", "H&M", "s", "R&D", "Nike", "Adidas"]
    assert [t.text for t in text_analyzer()("H&M and AT&T")] == ["h&m", "at&t"]
    assert [t.text for t in text_analyzer()("forced & labor")] == ["forc", "labor"]


@pytest.mark.parametrize(
    "typed",
    [
        "forced AND " * 80 + "AND",  # an operator with nothing to join, far into the query
        "(labor " * 100,  # an unclosed parenthesis
        "labor " * 100 + '"forced',  # an unclosed quote
    ],
)
def test_a_long_refused_query_is_quoted_back_cut_around_the_fault(typed: str) -> None:
    with pytest.raises(QueryError) as err:
        check_query(typed)
    message = str(err.value)
    assert len(message) < 250, message  # the whole query was echoed, twice for an operator
    assert "…" in message


@pytest.mark.parametrize(
    "typed,words",
    [
        ("http://www.dec.org.uk", ["www.dec.org.uk"]),
        ("appeal https://news.bbc.co.uk/1/hi", ["appeal", "news.bbc.co.uk/1/hi"]),
    ],
)
def test_a_pasted_address_is_searched_not_read_as_a_field(typed: str, words: list[str]) -> None:
    # "http:" was taken for a field name and refused: unknown field 'http:'.
    parsed = check_query(typed)
    assert [(t.text, t.field) for t in parsed.tokens if t.kind == "word"] == [(w, "") for w in words]


def test_a_pasted_address_finds_the_paragraph_that_gives_it(tmp_path: Path) -> None:
    from indexer.pipeline import build
    from indexer.search import IndexSearcher, SearchRequest

    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(
        "Appeal\n\nDonations can be made at www.dec.org.uk or by phone, the committee said on Monday.\n",
        encoding="utf-8",
    )
    build([str(tmp_path / "c")], str(tmp_path / "idx"), entities=False)
    with IndexSearcher(tmp_path / "idx") as s:
        assert s.search(SearchRequest("http://www.dec.org.uk", fallback=False, suggest=False)).total == 1


@pytest.mark.parametrize(
    "typed,inside,outside",
    [
        # Ends at their precision, both included: 2019-01-01 to 2020-12-31.
        (
            "date:[2019 TO 2020]",
            ["2019", "2019-01-01", "2020-12-31", "2020-06", "2018-12-30/2019-01-02"],
            ["2018", "2018-12-31", "2021-01-01", "2021", "--11-14"],
        ),
        # Braces exclude their end's period: {2019 TO 2021} is 2020 alone.
        (
            "date:{2019 TO 2021}",
            ["2020", "2020-01-01", "2020-12-31", "2019-12-31/2020-01-01"],
            ["2019", "2019-12-31", "2021-01-01", "2021"],
        ),
        # An open end; a coarser date is not inside a finer range (as date:2019-11 does not match 2019).
        ("date:[2019-11 TO *]", ["2019-11", "2019-11-01", "2030"], ["2019", "2019-10-31"]),
        ("published:[TO 2019-11-16]", ["2019-11-16", "1999", "2019-10"], ["2019-11", "2019-11-17"]),
        # A comparison is the range it means (Elasticsearch's query string, GitHub's search).
        ("published:>=2021", ["2021", "2021-01-01", "2030"], ["2020", "2020-12-31"]),
        ("date:>2022-01-01", ["2022-01-02", "2023", "2022-02"], ["2022-01-01", "2021-12-31"]),
        ("published:<2021-06", ["2021-05-31", "2020"], ["2021-06-01", "2021-06"]),
        ("published:<=2021", ["2021-12-31", "1999"], ["2022-01-01", "2022"]),
    ],
)
def test_a_date_range_holds_the_dates_inside_it(typed: str, inside: list[str], outside: list[str]) -> None:
    from indexer.query import _date_range

    (token,) = check_query(typed).tokens
    dates = _date_range(token)
    assert [d for d in inside if not dates.holds(d)] == []
    assert [d for d in outside if dates.holds(d)] == []


@pytest.mark.parametrize(
    ("typed", "as_range"),
    [
        ("date:>2022-01-01", "{2022-01-01 TO *]"),
        ("published:>=2021", "[2021 TO *]"),
        ("published:<2021-06", "[* TO 2021-06}"),
    ],
)
def test_a_comparison_on_a_date_field_is_the_range_it_means(typed: str, as_range: str) -> None:
    """A new user's first try at "since" (`date:>2022-01-01`) was refused with the range it means;
    it is read as that range now. Elsewhere ">" stays what it was: a word's punctuation."""
    (token,) = check_query(typed).tokens
    assert (token.kind, token.text) == ("range", as_range)
    (word,) = check_query("title:>2021").tokens
    assert word.kind == "word"


def test_a_language_stored_by_its_iso_639_3_code_can_be_asked_for():
    # py3langid's languages without a 639-1 code are stored by their 639-3 code (pcm, grc).
    from indexer.query import check_value, is_language_code

    assert is_language_code("pcm") and is_language_code("GRC") and is_language_code("de") and is_language_code("und")
    assert not is_language_code("deu")  # stored as "de"
    assert not is_language_code("xyz") and not is_language_code("english")
    check_value("language", "pcm", ["en", "pcm"])
    check_query("lang:pcm dividend")


def test_every_field_the_unknown_field_message_suggests_is_accepted() -> None:
    """The message names the fields as the README teaches them (person:, lang:), each of which
    the parser takes; it listed the internal plurals (people, language) before."""
    from indexer.query import TAUGHT_FIELDS

    for name in TAUGHT_FIELDS:
        value = {"published": "2021", "date": "2021", "kind": "body", "lang": "en"}.get(name, "zenz")
        assert check_query(f"{name}:{value}"), name
