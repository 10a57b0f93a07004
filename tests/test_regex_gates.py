"""The gated patterns (`keyscan.Gated`) answer as their regexes do: their keys, read off each
pattern's parse tree (`regexkeys.necessary_keys`), are held by every match. Checked three ways:
the deriver on patterns of my own (what it may and may not take as a key); the stored keys
(data/regex_keys.json) are those the deriver gives for every gated pattern today; and strings
generated from each gated pattern's own tree (its literals in capitals, lower case and the
characters re.I folds to them) that the regex matches are never refused by the gate."""

from __future__ import annotations

import random
import re
import re._constants as C
import re._parser as P
import sys

import pytest

from indexer import keyscan, regexkeys
from indexer.keyscan import FOLDS_ELSEWHERE, Gated

regexkeys.import_gated_modules()
GATED = {name: g for g in keyscan._GATED if not (name := g.name).startswith("tests.")}


def _cased() -> list[str]:
    return [c for i in range(sys.maxunicode + 1) if (c := chr(i)).lower() != c or c.upper() != c or c.casefold() != c]


def test_every_character_folded_to_a_letter_it_does_not_lower_case_to_is_listed() -> None:
    # re.I matches `x` to `c` though x.lower() != c.lower(): one of the two is in FOLDS_ELSEWHERE
    # (a text holding it goes to the regex; a literal of it is no key letter), all of Unicode
    cased = _cased()
    for c in cased:
        rx = re.compile(re.escape(c), re.I)
        for x in cased:
            if x.lower() != c.lower() and rx.fullmatch(x):
                assert x in FOLDS_ELSEWHERE or c in FOLDS_ELSEWHERE or c.lower() in FOLDS_ELSEWHERE, (c, x)
    assert all(len(c.lower()) == 1 for c in cased if c not in FOLDS_ELSEWHERE)


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        ("foo|bar", ("bar", "foo")),
        ("(?:foo)?bar", ("bar",)),
        ("^\\d+ comments?", (" comment",)),
        ("x*", None),
        ("abc|d", None),  # a branch without a key of 2 bytes: no gate
        ("[ab]cde", ("cde",)),
        ("(?:ab|cd)efg", ("efg",)),
        ("(?=.*hello)", ("hello",)),  # a lookahead's text is in the text
        ("(?!hello)world", ("world",)),
        ("(hello)\\1", ("hello",)),
        ("(?:words?|wordings)", ("word",)),  # a key holding another: the shorter does
        ("HELLO", ("hello",)),
        ("ſtop", ("top",)),  # ſ is folded elsewhere: no key letter
        ("σχόλια", ("σχόλια",)),  # σ is, the text's ς and Σ go to the regex
        ("打印|列印", ("列印", "打印")),  # 6 bytes each
        ("(?:a|b){2,}", None),
        ("kcal|kj", ("kcal", "kj")),  # the parser's "k" then "cal|j": the run goes on into each
        ("x(?:ab|c)d", ("xab", "xc")),
        ("abc[de]", ("abcd", "abce")),
        ("ab(?:c|d*)", ("ab",)),  # an alternative opening without a literal: the run alone
    ],
)
def test_necessary_keys_of_own_patterns(pattern: str, keys: tuple[str, ...] | None) -> None:
    assert regexkeys.necessary_keys(re.compile(pattern, re.I)) == keys


def test_the_stored_keys_are_the_deriver_s_for_every_gated_pattern() -> None:
    # a pattern changed without `python -m indexer.regexkeys` fails here (and runs ungated)
    assert len(GATED) >= 30
    for name, g in GATED.items():
        assert g.keys == regexkeys.necessary_keys(g.rx), name
        assert g.keys is not None, f"{name}: no keys, gate it no more"


_POOL = " aZ09.,:-_/|•·()[]'\"…–—»«@#&%+*\n\t"
_CATEGORY = {
    C.CATEGORY_DIGIT: "7",
    C.CATEGORY_NOT_DIGIT: "x",
    C.CATEGORY_SPACE: " ",
    C.CATEGORY_NOT_SPACE: "x",
    C.CATEGORY_WORD: "w",
    C.CATEGORY_NOT_WORD: "-",
}


def _variants(ch: str, icase: bool) -> list[str]:
    if not icase:
        return [ch]
    rx = re.compile(re.escape(ch), re.I)
    return [ch, ch.upper() if len(ch.upper()) == 1 else ch, ch.lower()] + [
        x for x in FOLDS_ELSEWHERE if rx.fullmatch(x)
    ]


def _class_char(items: list[tuple[object, object]], rnd: random.Random) -> str:
    chars = [chr(av) for op, av in items if op is C.LITERAL]  # type: ignore[call-overload]
    chars += [chr(rnd.randint(*av)) for op, av in items if op is C.RANGE]  # type: ignore[misc]
    chars += [_CATEGORY.get(av, "x") for op, av in items if op is C.CATEGORY]  # type: ignore[call-overload]
    if any(op is C.NEGATE for op, _ in items) or not chars:
        chars = list(_POOL)
    return rnd.choice(chars)


def _generate(items: object, rnd: random.Random, out: list[str], icase: bool = True) -> None:
    """A string the tree may match (the anchors and lookarounds left to chance); its letters in
    any case the pattern allows, and the characters re.I folds to them."""
    for op, av in items:  # type: ignore[attr-defined]
        if op is C.LITERAL:
            out.append(rnd.choice(_variants(chr(av), icase)))
        elif op in (C.NOT_LITERAL, C.ANY):
            out.append(rnd.choice(_POOL))
        elif op is C.IN:
            out.append(_class_char(av, rnd))
        elif op is C.CATEGORY:
            out.append(_CATEGORY.get(av, " "))
        elif op is C.BRANCH:
            _generate(rnd.choice(av[1]), rnd, out, icase)
        elif op is C.SUBPATTERN:
            _generate(av[3], rnd, out, icase)
        elif op is C.ATOMIC_GROUP:
            _generate(av, rnd, out, icase)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, body = av
            for _ in range(rnd.randint(lo, min(hi, lo + 2))):
                _generate(body, rnd, out, icase)


@pytest.mark.parametrize("name", sorted(GATED))
def test_a_string_the_pattern_matches_is_never_refused(name: str) -> None:
    g = GATED[name]
    tree = P.parse(g.rx.pattern, g.rx.flags)
    rnd = random.Random(name)
    matched = 0
    for _ in range(400):
        out: list[str] = []
        _generate(tree, rnd, out, bool(g.rx.flags & re.I))
        core = "".join(out)
        for text in (core, core.upper(), f"Some words {core}", f"{core}\nmore lines"):
            if g.rx.search(text):
                matched += 1
                assert g.may_match(text), (name, text)
    assert matched >= 10, name  # the generator reaches the pattern


TEXTS = [
    "",
    "Read more",
    "READ MORE »",
    "Powered by Blogger",
    "POWERED BY BLOGGER",
    "Powered by Blogſpot",
    "12 Comments",
    "Leave a Reply",
    "Σχόλια (3)",
    "ΣΧΌΛΙΑ",
    "İLGİLİ HABERLER",
    "The minister said the plan would cost more than expected.",
    "Posted by Anna on Monday\nReply",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_gated_pattern_answers_as_its_regex(text: str) -> None:
    for g in GATED.values():
        for t in (text, text.lower(), text.upper()):
            want = g.rx.search(t)
            got = g.search(t)
            assert (got and got.span()) == (want and want.span()), (g.name, t)
            assert (g.match(t) and g.match(t).span()) == (g.rx.match(t) and g.rx.match(t).span())  # type: ignore[union-attr]
            assert g.findall(t) == g.rx.findall(t)
            assert [m.span() for m in g.finditer(t)] == [m.span() for m in g.rx.finditer(t)]
            assert (g.fullmatch(t) is None) == (g.rx.fullmatch(t) is None)


def test_a_pattern_without_stored_keys_runs_on_every_text() -> None:
    g = Gated(re.compile("a pattern of no stored keys", re.I), "tests.unstored")
    assert g.keys is None
    assert g.may_match("nothing like it")
    assert g.pattern == "a pattern of no stored keys"  # its other attributes are the regex's
