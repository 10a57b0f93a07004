"""A person's name beside a date in a script without capitals (Arabic, Persian, Hebrew,
Devanagari) is the byline, as a Latin or Cyrillic name in the same layout is: the name tests read
a capital first (`w[0].isupper()`), which no word of those scripts has, so "محمد أحمد | DATE" was
a date line with no author. Where no capital marks a name, the line is read by its place (beside
the date in the head) and its words (`caseless_name_word`: no function word, menu word or date
cue of those languages), so a section's label beside the date stays none. Pages of our own."""

from __future__ import annotations

import pytest

from indexer.segment.textblocks import caseless_name_word
from tests.helpers import FOOTER, MENU, parse_blocks

_AR = (
    "افتتاح الجسر الجديد فوق النهر في الربيع المقبل",
    "قال المقاول إن أعمال بناء الجسر الجديد فوق النهر دخلت مرحلتها الأخيرة، وإن حركة السير ستبدأ عليه في شهر "
    "أبريل من العام المقبل بعد انتهاء الاختبارات.",
    "ويربط الجسر الذي يبلغ طوله ثمانمائة متر بين حيين من أحياء المدينة، وقد بدأ بناؤه قبل ثلاث سنوات بتكلفة "
    "كبيرة تحملتها البلدية.",
)
_EN = (
    "New footbridge over the river opens in spring",
    "Construction of the new footbridge over the river is entering its final stage, and traffic will start "
    "flowing in April next year, the contractor said.",
    "The 800-metre bridge will connect two districts of the city. Its construction began three years ago.",
)


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("محمد أحمد | 12 نوفمبر 2025", "محمد أحمد"),
        ("محمد أحمد\n12 نوفمبر 2025", "محمد أحمد"),
        ("12 نوفمبر 2025 · محمد أحمد", "محمد أحمد"),
        ("أخبار محلية | 12 نوفمبر 2025", ""),  # a section's label beside the date
    ],
)
def test_an_arabic_name_beside_a_date_is_the_byline(head: str, author: str) -> None:
    art = parse_blocks(MENU, _AR[0], head, *_AR[1:], FOOTER)
    assert (art.byline, art.published) == (author, "2025-11-12")


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("Иван Петров | 12.11.2025", "Иван Петров"),
        ("John Peterson | 12.11.2025", "John Peterson"),
        ("יוסי כהן | 12.11.2025", "יוסי כהן"),
        ("राहुल शर्मा | 12.11.2025", "राहुल शर्मा"),
        ("علی رضایی | 12.11.2025", "علی رضایی"),
        ("खेल समाचार | 12.11.2025", ""),
    ],
)
def test_a_name_of_any_script_beside_a_date(head: str, author: str) -> None:
    art = parse_blocks(MENU, _EN[0], head, *_EN[1:], FOOTER)
    assert (art.byline, art.published) == (author, "2025-11-12")


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("محمد", True),
        ("राहुल", True),
        ("शर्मा", True),
        ("أخبار", False),
        ("في", False),
        ("Ivan", False),
        ("ivan", False),
        ("2025", False),
        ("山田", False),
        ("김민수", False),
    ],
)
def test_caseless_name_word(word: str, name: bool) -> None:
    assert caseless_name_word(word) is name
