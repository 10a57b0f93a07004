"""The segmenter's cheap pre-checks give the answers of their plain definitions whatever path
they take: `_has_any` (a key as a substring of a block's lower-cased text; a prefix-tree pattern
for short texts, a substring test a key for long ones) and `_has_figure` (a digit of any script;
ASCII text by a search for 0-9). Texts in several scripts and languages, short and long."""

from __future__ import annotations

import pytest

from indexer.segment import patterns as P
from indexer.segment.patterns import KEY_TREE_MAX_CHARS, _has_any, _has_figure

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
    "a" * (KEY_TREE_MAX_CHARS - 1),
    "a" * KEY_TREE_MAX_CHARS,
]
KEY_SETS = [
    P.PAYWALL_PROMPT_KEYS,
    P.SUPPORT_KEYS,
    P.OFFER_KEYS,
    P.CONSENT_NOTICE_KEYS,
    ("subscri", "sub", "newsletter"),  # a key the prefix of another
    ("©", "(c)", "a" * KEY_TREE_MAX_CHARS),
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
