"""The segmenter's cheap pre-checks give the answers of their plain definitions whatever path
they take: `_has_any` (a key as a substring of a block's lower-cased text, every set's keys found
in one pass, `indexer.keyscan`) and `_has_figure` (a digit of any script;
ASCII text by a search for 0-9). Texts in several scripts and languages, short and long. The
line tests decided once a text (`models.text_memo`) answer as their functions do; a test that
reads a date in another language depends on the page's language and is never remembered."""

from __future__ import annotations

import re

import pytest

from indexer import pubdate
from indexer.segment import furniture, textblocks
from indexer.segment import patterns as P
from indexer.segment.patterns import _has_any, _has_figure

LONG = 100  # (a length the old prefix-tree path switched at: both sides of it)

TEXTS = [
    "",
    "subscribe",
    "jetzt abonnieren und weiterlesen",
    "подпишитесь на нашу рассылку",
    "cliquez ici pour vous inscrire",
    "© 2025 alle rechte vorbehalten",
    "zaregistrujte se a čtěte dál",
    "ニュースレターに登録",
    "il sindaco ha detto che la città è pronta",
    "the minister said the plan would cost more than expected " * 3,
    "wir danken allen lesern " * 8 + "newsletter",
    "a" * (LONG - 1),
    "a" * LONG,
]
KEY_SETS = [
    P.PAYWALL_PROMPT_KEYS,
    P.SUPPORT_KEYS,
    P.OFFER_KEYS,
    P.CONSENT_NOTICE_KEYS,
    ("subscri", "sub", "newsletter"),  # a key the prefix of another
    ("©", "(c)", "a" * LONG),
    ("",),
]


@pytest.mark.parametrize("keys", KEY_SETS)
def test_has_any_is_a_substring_test(keys: tuple[str, ...]) -> None:
    for text in TEXTS:
        for low in (text, text + " " + keys[0], keys[-1] + text):
            assert _has_any(low, keys) == any(k in low for k in keys), (low[:40], keys[:3])


def test_has_any_with_a_new_tuple_of_the_same_id_is_not_confused() -> None:
    for n in range(300):  # more sets than the cache keeps: each answered for its own keys
        keys = (f"key{n}x",)
        assert _has_any(f"a key{n}x here", keys)
        assert not _has_any(f"a key{n + 1}x here", keys)


@pytest.mark.parametrize(
    ("text", "digit"),
    [
        ("no figures here", False),
        ("Seite 3 von 12", True),
        ("١٢ مارس", True),  # Arabic-Indic
        ("१२ मार्च", True),  # Devanagari
        ("১২ মার্চ", True),  # Bengali
        ("²", True),  # str.isdigit's superscript
        ("二〇二五年三月", False),  # CJK numerals are no digits to str.isdigit
        ("Ελληνικά κείμενα", False),
        ("Українська мова", False),
        ("", False),
    ],
)
def test_has_figure_is_str_isdigit_of_any_character(text: str, digit: bool) -> None:
    assert _has_figure(text) is digit
    assert _has_figure(text) == any(c.isdigit() for c in text)


# Lines of my own for the tests decided once a text (`models.text_memo`): dates in several
# languages, bylines, a forum's author line, a post's header, tools, prose, Thai, Japanese.
LINES = [
    "",
    "12. März 2025",
    "12 de marzo de 2025, 10:15",
    "12.03.2025",
    "By Jane Roe | 4 June 2024",
    "Staff reports",
    "Post by kettle_rider » Tue Nov 11, 2025 8:14 pm",
    "u/quiet_tramline · 5h",
    "Anna Berg • 3 hours ago • Edited",
    "Share | Print | E-mail",
    "The council said it would meet again next week.",
    "สภาเมืองประชุมเมื่อวันอังคารเพื่อหารือเรื่องงบประมาณของปีหน้าและโครงการใหม่",
    "市議会は火曜日に来年度の予算を審議した。",
    "Объявлено 3 марта 2025, 10:15",
]


@pytest.mark.parametrize(
    "fn",
    [
        P.date_other,
        textblocks._head_meta_line,
        textblocks.forum_post_author,
        textblocks._post_header,
        textblocks._line_words,
        textblocks._sentence_line,
        textblocks._opens_with_prose,
    ],
)
def test_a_remembered_line_test_answers_as_the_function_does(fn: object) -> None:
    plain = fn.__wrapped__  # type: ignore[attr-defined]
    for line in LINES:
        for _ in range(2):  # afresh, then from the cache
            got, want = fn(line), plain(line)  # type: ignore[operator]
            assert (got.span() if isinstance(got, re.Match) else got) == (
                want.span() if isinstance(want, re.Match) else want
            )


def test_a_blocks_profile_fields_are_remembered_as_decided() -> None:
    lines = ("kettle_rider", "Senior Member", "Joined: Mar 2016", "Posts: 1,204")
    assert furniture._field_lines(lines) == furniture._field_lines.__wrapped__(lines)
    for forum in (False, True):
        got = furniture._profile_reason(lines, False, forum)
        assert got == furniture._profile_reason.__wrapped__(lines, False, forum)
        assert got.startswith(furniture.FORUM_REASON)


def test_a_date_is_read_in_each_pages_language_not_remembered() -> None:
    # "listopad" is October in Croatian, November in Polish: a test that reads dates in other
    # languages (`_any_date`, and the line tests that ask it) depends on the page and is never
    # remembered across pages
    for lang, month in (("hr", "10"), ("pl", "11"), ("hr", "10")):
        with pubdate.page_language(lambda lang=lang: lang):
            assert P._any_date("12 listopad 2025") == f"2025-{month}-12"
    for fn in (
        P._any_date,
        textblocks._line_is_chrome,
        textblocks._tools_line,
        textblocks._dated_by,
        furniture.card_source_line,
    ):
        assert not hasattr(fn, "__wrapped__")
