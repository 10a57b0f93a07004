"""A stem too short to be distinctive is not used: the word is kept whole
(analysis.distinctive_stem). Snowball's Turkish stemmer cuts "fındık" (hazelnut) to "f",
Hungarian's "híd" (bridge), "hit" (faith) and "hiba" (error) all to "hi": a search for one
found the others. Short articles written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.analysis import NewsFilter, distinctive_stem
from indexer.cli import main


@pytest.mark.parametrize(
    ("word", "language", "term"),
    [
        ("fındık", "tr", "findik"),  # Snowball: "f"
        ("hídon", "hu", "hidon"),  # "hi"
        ("hiba", "hu", "hiba"),  # "hi"
        ("link", "hu", "link"),  # "li"
        ("going", "en", "going"),  # "go"
        ("fiyatlar", "tr", "fiyat"),  # a stem long enough is used
        ("findings", "en", "find"),
        ("parks", "en", "park"),
        ("kakor", "sv", "kak"),
    ],
)
def test_a_short_stem_keeps_the_word(word: str, language: str, term: str) -> None:
    f = NewsFilter()
    assert f.terms(word, language, 1) == (term,)
    assert f.terms(word, language, 0)[0] == term  # indexed as it is searched


def test_distinctive_stem() -> None:
    assert distinctive_stem("go", "go")  # the word itself
    assert not distinctive_stem("hi", "hiba")
    assert distinctive_stem("wit", "witnessing")  # 3 of 10 characters
    assert not distinctive_stem("abc", "abcdefghijklm")  # under a quarter


ARTICLES = {
    "bridge.txt": """Újra megnyílt a felújított híd a folyó felett

Két év munka után hétfőn újra megnyílt a város régi hídja, amelyen naponta több ezer autó és gyalogos kel át a folyón.

A polgármester szerint a hídon ezentúl kerékpársáv is lesz, és éjszaka új lámpák világítják meg az utat.
""",
    "fault.txt": """Hiba miatt leállt a villamosközlekedés a belvárosban

Egy műszaki hiba miatt kedden reggel két órán át nem jártak a villamosok a belvárosban, az utasok buszokra szálltak át.

A közlekedési vállalat közölte, hogy a hibát kijavították, és a járatok délre újra menetrend szerint közlekedtek.
""",
}


def test_search_of_a_word_finds_no_other_word_of_its_short_stem(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    for name, text in ARTICLES.items():
        (tmp_path / "c" / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    index = str(tmp_path / "idx")
    built = runner.invoke(main, ["build", str(tmp_path / "c"), "--index", index, "--no-entities", "-q"])
    assert built.exit_code == 0, built.output

    def found(query: str) -> set[str]:
        out = runner.invoke(main, ["search", query, "--index", index, "--json", "--no-fallback"])
        assert out.exit_code == 0, out.output
        return {h["article_id"] for h in json.loads(out.output)["hits"]}

    assert found("híd") == {"c/bridge.txt"}  # was both: "híd" and "hiba" were "hi"
    assert found("hiba") == {"c/fault.txt"}
