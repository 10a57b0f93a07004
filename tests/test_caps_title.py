"""models.caps_title: one title case for names written in capitals (entities' datelines, place
labels and transcript labels, segment's speaker labels), right where str.title() is not."""

import pytest

from indexer.models import caps_title


@pytest.mark.parametrize(
    ("caps", "name"),
    [
        ("HALIFAX", "Halifax"),
        ("SÃO TOMÉ", "São Tomé"),
        ("WINSTON-SALEM", "Winston-Salem"),
        ("ROME/BERLIN", "Rome/Berlin"),
        # an apostrophe: a possessive stays lower case, a one-letter prefix keeps its capital after
        ("ST. MARY'S", "St. Mary's"),
        ("ST. MARY’S", "St. Mary’s"),
        ("O'DONNELL", "O'Donnell"),
        ("D'ARTOIS", "D'Artois"),
        ("L'ISLE-ADAM", "L'Isle-Adam"),
        ("MCTAVISH'S", "McTavish's"),
        ("MCK", "Mck"),  # too short for the prefix: initials
        ("2ND AVENUE", "2nd Avenue"),
        # Turkish dotted capitals: no combining dot left, composed or not
        ("İNEBOLU", "İnebolu"),
        ("KİLİS", "Kilis"),
        ("KI\u0307LI\u0307S", "Kilis"),
        # a Greek word's final sigma in lower case is ς
        ("ΚΑΒΑΛΑΣ", "Καβαλα\u03c2"),
        ("", ""),
        ("  DUBLIN  ", "  Dublin  "),
    ],
)
def test_caps_title(caps: str, name: str) -> None:
    assert caps_title(caps) == name


def test_caps_title_differs_from_str_title_only_where_that_is_wrong() -> None:
    assert "ST. MARY'S".title() == "St. Mary'S"  # what caps_title mends
    assert caps_title("ST. MARY'S") == "St. Mary's"
    assert "KİLİS".title() != "Kilis"  # a combining dot after each i
    assert caps_title("KİLİS") == "Kilis"


def test_place_label_names_and_caps_title_agree() -> None:
    from indexer.entities import _place_label_names

    assert _place_label_names("ST. MARY'S") == ["St. Mary's"]
    assert _place_label_names("KİLİS") == ["Kilis"]
    assert _place_label_names("WINSTON-SALEM") == ["Winston-Salem"]
    assert _place_label_names("SMITHS   FALLS") == ["Smiths Falls"]
    assert _place_label_names("  ") == []


def test_speaker_label_in_capitals_title_cased_alike() -> None:
    from indexer.segment.speakers import _person

    assert _person(["MCTAVISH"]) == "McTavish"
    assert _person(["O'DONNELL", "KİLİS"]) == "O'Donnell Kilis"
    assert _person(["Anna", "SMITH"]) == "Anna Smith"
