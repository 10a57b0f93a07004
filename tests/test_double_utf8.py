"""A text file whose UTF-8 was decoded as Windows-1252 and saved as UTF-8 again (helper meta4,
from the last trial: "beschlieÃŸt" was indexed as written, with no warning). Repaired with
ftfy and one warning naming the file; correct text is never touched. Texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer import sources
from tests.conftest import invoke

CORRECT = {
    "de": "Der Stadtrat beschließt den Hochwasserschutz für die Elbe: „Größer, später“, sagt Jörg Weiß.",
    "fr": "Le conseil a adopté un plan « à la carte » pour l’été ; Zoë et Noël s’en réjouissent — déjà.",
    "ru": "Городской совет утвердил план защиты от наводнений на 40 миллионов евро. Ёлки!",
    "ja": "市議会は火曜日、洪水対策の計画を採択した。「大きな一歩だ」と市長は述べた。",
    "pt": "SÃO PAULO — A câmara aprovou o orçamento; Ângela Conceição votou à tarde.",
    "sym": "Prices: 5 €, 3 £, 20°C, © 2025 Ünal & Çelik™ • “quoted” ‘single’ … ½ ¼",
}


def _twice(text: str) -> str:
    """TEXT as a tool that read its UTF-8 as Windows-1252 and wrote it out again leaves it."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


@pytest.mark.parametrize("lang", sorted(CORRECT))
def test_correct_text_stays_byte_identical(lang: str) -> None:
    data = CORRECT[lang].encode("utf-8")
    assert sources.decode_text(data, "a.txt") == (CORRECT[lang], [])


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_double_encoded_text_is_repaired_with_a_warning(lang: str) -> None:
    text, warnings = sources.decode_text(_twice(CORRECT[lang]).encode("utf-8"), "a.txt")
    assert text == CORRECT[lang]
    assert len(warnings) == 1 and warnings[0].startswith("a.txt: UTF-8 text decoded twice (mojibake such as ")


def test_a_build_and_a_search_read_the_repaired_words(tmp_path: Path) -> None:
    page = tmp_path / "rat.txt"
    page.write_text(
        "Stadtrat beschlieÃŸt Hochwasserschutz\n\nDer Stadtrat hat am Dienstag ein Programm fÃ¼r neue "
        "Schutzmauern beschlossen. Das CafÃ© am Ufer bleibt offen.\n",
        encoding="utf-8",
    )
    code, _, err = invoke("build", "--index", str(tmp_path / "idx"), "--no-entities", str(page))
    assert code == 0, err
    assert (
        f"indexer: warning: {page}: UTF-8 text decoded twice (mojibake such as 'beschlieÃŸt' for 'beschließt'); "
        "repaired with ftfy" in err
    )
    code, out, _ = invoke("search", "=café", "--index", str(tmp_path / "idx"), "--count")
    assert (code, out.strip()) == (0, "1")
