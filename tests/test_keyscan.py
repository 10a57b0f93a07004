"""`indexer.keyscan`: one pass over a text answers, for every registered key set, whether the
text holds one of its keys, with the answers of `any(k in low for k in keys)`: keys inside other
keys and overlapping them, keys shared by sets, a set first asked after a text's answers were
kept, more sets than the scanner keeps, the empty key, scripts other than Latin."""

from __future__ import annotations

import threading

import pytest

from indexer import keyscan
from indexer.keyscan import KeyScan

NEWS = ("newsletter", "news")
LETTER = ("letter",)  # inside "newsletter": found where a pass taking the longest key alone stops
SIGN = ("sign up", "signup", "anmelden")
WIDE = ("新闻", "подпиш", "ελλη", "é")
EMPTY = ("",)
NONE = ()

TEXTS = [
    "",
    "our newsletter",
    "a letter to the editor",
    "newslette",  # a prefix of a key only
    "sign up for news",
    "jetzt anmelden",
    "подпишитесь",
    "最新新闻",
    "ελληνικά",
    "café",
    "newsletternewsletter",
    "x" * 5000 + "letter",
]


@pytest.mark.parametrize("keys", [NEWS, LETTER, SIGN, WIDE, EMPTY, NONE])
def test_answers_are_the_substring_test(keys: tuple[str, ...]) -> None:
    scan = KeyScan()
    for other in (NEWS, LETTER, SIGN, WIDE):  # the other sets registered first, each text scanned
        for text in TEXTS:
            scan.has_any(text, other)
    for text in TEXTS:
        assert scan.has_any(text, keys) == any(k in text for k in keys), (text[:30], keys)


def test_a_set_asked_after_the_text_was_scanned_gets_its_own_answer() -> None:
    scan = KeyScan()
    assert scan.has_any("a letter to the editor", NEWS) is False  # the text's answers are now kept
    assert scan.has_any("a letter to the editor", LETTER) is True  # a new set: not the kept answer
    assert scan.has_any("a letter to the editor", NEWS) is False


def test_overlapping_keys_of_two_sets_are_both_found() -> None:
    scan = KeyScan()
    first, second = ("abcd",), ("bcde",)
    assert scan.has_any("xabcdex", first) and scan.has_any("xabcdex", second)
    assert not scan.has_any("xabcx", first) and not scan.has_any("xabcx", second)


def test_more_sets_than_it_keeps_each_answered_for_its_own_keys() -> None:
    scan = KeyScan()
    for n in range(keyscan.MAX_SETS * 2 + 5):
        keys = (f"key{n}x",)
        assert scan.has_any(f"a key{n}x here", keys)
        assert not scan.has_any(f"a key{n + 1}x here", keys)
    assert len(scan._state.sets) <= keyscan.MAX_SETS


def test_more_texts_than_it_keeps_answer_the_same() -> None:
    scan = KeyScan()
    texts = [f"text {n} " + ("newsletter" if n % 3 == 0 else "letter" if n % 3 == 1 else "") for n in range(9000)]
    for text in texts + texts[:100]:
        assert scan.has_any(text, NEWS) == ("newsletter" in text)
        assert scan.has_any(text, LETTER) == ("letter" in text)
    assert len(scan._state.answers) <= keyscan.CACHE_TEXTS


def test_threads_registering_sets_at_once_get_the_right_answers() -> None:
    scan = KeyScan()
    sets = [(f"w{n}a", f"w{n}b") for n in range(40)]
    errors: list[str] = []

    def ask(offset: int) -> None:
        for i in range(len(sets)):
            keys = sets[(i + offset) % len(sets)]
            for text in ("w1a w7b", "nothing", "w39b!", "xw2ax"):
                if scan.has_any(text, keys) != any(k in text for k in keys):
                    errors.append(f"{text!r} {keys}")

    threads = [threading.Thread(target=ask, args=(k * 7,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def _find_all(low: str, key: str) -> list[int]:
    out, at = [], low.find(key)
    while at >= 0:
        out.append(at)
        at = low.find(key, at + 1)
    return out


@pytest.mark.parametrize("keys", [NEWS + LETTER, SIGN, WIDE, ("aa", "aaa", "a")])
def test_occurrences_are_the_places_find_walks_to(keys: tuple[str, ...]) -> None:
    texts = [*TEXTS, "aaaa newsletter letter aa", "jetzt anmelden: anmelden, sign up"]
    for text in texts:
        expected = {k: _find_all(text, k) for k in keys if k in text}
        assert keyscan.occurrences(text, keys) == expected, (text[:30], keys)
