"""The query language before Whoosh: checks, rewrites, question detection, the synonym table."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import IndexerError, QueryError
from indexer.query import check_query
from indexer.synonyms import BUILTIN, load_synonyms, parse_groups


@pytest.mark.parametrize("typed,whoosh", [
    ("forced labor", "forced labor"),
    ("-labor forced", "NOT labor forced"),
    ('genocide -"forced labor" -(Kazakhstan OR Kyrgyzstan)',
     'genocide NOT "forced labor" NOT ( Kazakhstan OR Kyrgyzstan )'),
    ("+sanctions Beijing", "sanctions Beijing"),
    ("why aren't they believing us?", "why aren't they believing us"),
    ("'Utterly Shameful': Uyghurs", "'Utterly Shameful' Uyghurs"),
    ("person:zenz org:\"world uyghur congress\"", 'people:zenz orgs:"world uyghur congress"'),
    ('"forced labor"~3 uyghr~ camp*', '"forced labor"~3 uyghr~ camp*'),
    ("Xinjiang - camps", "Xinjiang camps"),
    ("U.S.-based", "U.S.-based"),
])
def test_queries_are_rewritten_into_what_whoosh_reads_as_meant(typed: str, whoosh: str) -> None:
    assert check_query(typed).whoosh == whoosh


@pytest.mark.parametrize("typed,message", [
    ("ab*", "prefix too short in 'ab*': give at least 3 letters before * or ? (short prefixes are the slowest "
            "queries)"),
    ("*", "prefix too short in '*': give at least 3 letters before * or ? (short prefixes are the slowest "
          "queries)"),
    ("title:te?t", "prefix too short in 'te?t': give at least 3 letters before * or ? (short prefixes are the "
                 "slowest queries)"),
    ("uyghur~3", "fuzzy distance too large in 'uyghur~3': use ~1 or ~2 (larger distances match almost anything "
                 "and are slow)"),
    ("colour:red", "unknown field 'colour:' in query: use one of text, title, section, kind, article, published, "
                   "dates, language, people, orgs, places, groups, speakers"),
    ('"forced labor', "unbalanced quote in query '\"forced labor': close the phrase with a second \""),
    ("forced) labor", "unbalanced parenthesis in query 'forced) labor': a ')' has no '('"),
    ("a\x00b", "query contains control characters: remove them"),
    ("x" * 10_000, "query too long: 10000 characters (limit 1000): shorten it"),
])
def test_bad_queries_are_refused_with_a_precise_message(typed: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        check_query(typed)
    assert str(info.value) == message


def test_a_question_mark_in_a_phrase_or_a_word_is_not_punctuation() -> None:
    assert check_query("wom?n").whoosh == "wom?n"  # three letters before it: a pattern
    assert check_query('"why us?"').whoosh == '"why us?"'


@pytest.mark.parametrize("typed,question", [
    ("what did Zenz say about the world's response", True),
    ("Who is Adrian Zenz", True),
    ("Uighur camps?", True),
    ("Zenz response", False),
    ("forced labor", False),
    ('what "forced labor"', True),
    ("what AND labor", False),  # operators: the user means the syntax
    ("title:what labor", False),
])
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


def test_a_user_file_adds_groups_and_its_errors_name_file_and_line(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_text("# mine\nqelbinur, kalbinur\n", encoding="utf-8")
    assert ("qelbinur", "kalbinur") in load_synonyms(mine).groups
    monkeypatch.setenv("INDEXER_SYNONYMS", str(mine))
    assert ("qelbinur", "kalbinur") in load_synonyms().groups
    bad = tmp_path / "bad.txt"
    bad.write_text("uyghur, uighur\nlonely\n", encoding="utf-8")
    with pytest.raises(IndexerError) as info:
        load_synonyms(bad)
    assert str(info.value) == (f"synonyms file {bad}, line 2: a group needs two or more variants separated by "
                               "commas")
    with pytest.raises(IndexerError) as missing:
        load_synonyms(tmp_path / "nope.txt")
    assert str(missing.value) == f"no such synonyms file: {tmp_path / 'nope.txt'}: check the path"
