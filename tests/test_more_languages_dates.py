"""Dates and bylines in languages no word table of the project has: CLDR's month names of 56 more
languages (`eval.make_months.MORE_LANGUAGES`, their wide names only) and the "by" words of a few
(Welsh "Gan", Hausa "Daga", Albanian "Nga", Icelandic "Eftir", Afrikaans "Deur"). A new user's
Welsh, Tagalog, Hausa and Icelandic pages were undated, each with its date line under the
headline; trial 62's Welsh, Somali and Belarusian comment stamps were no dates. Pages of our own."""

from __future__ import annotations

import pytest

from indexer import pubdate
from tests.helpers import parse_blocks


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Dydd Iau, 18 Ebrill 2024", "2024-04-18"),  # Welsh
        ("Hunyo 14, 2024", "2024-06-14"),  # Tagalog
        ("Laraba, 10 Yuli 2024", ""),  # Hausa "Yuli" is a given name as often: left out
        ("Fimmtudagur, 22. ágúst 2024 kl. 11:20", "2024-08-22"),  # Icelandic
        ("Jumatatu, 3 Juni 2024", "2024-06-03"),  # Swahili
        ("Oktoobar 21, 2024", "2024-10-21"),  # Somali
        ("16 снежня 2024, 19:02", "2024-12-16"),  # Belarusian
        ("2 Chwefror 2024", "2024-02-02"),  # Welsh
    ],
)
def test_month_names_of_more_languages(text: str, iso: str) -> None:
    assert pubdate.find_date(text) == iso


def test_a_given_name_is_no_month() -> None:
    assert pubdate.find_date("Mae 12 2024") == ""  # (Welsh "Mai"'s neighbour, a name: not listed)


_STORY = [
    "Mae cynghorwyr Ceredigion wedi cymeradwyo cynllun gwerth £2.8m i adfer y pier yn Aberystwyth, "
    "a fydd yn cau am chwe mis o fis Medi ymlaen tra bydd y gwaith yn digwydd.",
    "Dywedodd arweinydd y cyngor fod y pier yn rhan bwysig o economi'r dref a bod ymwelwyr yn dod "
    "yno bob haf ers dros ganrif, er gwaethaf y stormydd sydd wedi ei niweidio.",
    "Bydd y gwaith yn cynnwys trwsio'r coesau haearn a gosod llawr newydd, a bydd y caffi ar y pen "
    "yn aros ar agor drwy'r gaeaf i gerddwyr sy'n dod i weld yr adar drudwy.",
]


def test_a_welsh_byline_and_date_line_under_the_headline() -> None:
    art = parse_blocks("Cyngor yn cymeradwyo cynllun i adfer pier Aberystwyth", "Gan Rhiannon Prys-Jones",
                       "Dydd Iau, 18 Ebrill 2024", *_STORY, "© 2024 Newyddion Ceredigion")  # fmt: skip
    assert art.byline == "Rhiannon Prys-Jones"
    assert art.published == "2024-04-18"
    assert [p.text for p in art.paragraphs if p.kind == "body"] == _STORY
