"""`patterns.ui_label_line`: the same lines as the regex it replaced, in time linear in the line."""

from __future__ import annotations

import random
import re

import pytest

from indexer.segment import patterns

# the regex ui_label_line replaced: exponential on "a a a ... x" (47 ms at 60 characters)
OLD_LINE = re.compile(rf"^(?:{patterns._UI_LABEL_ANY})(?:(?:\s*[|•·/,;:]\s*|\s+)(?:{patterns._UI_LABEL_ANY}))*$", re.I)

OWN_LINES = {
    "Share | Print | E-mail": True,
    "A- A A+": True,
    "a a a a": True,  # "a a" twice: font size
    "a a a a a": True,
    "a a, a": False,  # "a" alone is no label
    "a a a a | a": False,
    "Print\n": True,  # `$` before a final newline
    "Print \n": False,
    "Print  ·  Save for later": True,
    "Print , , Save": False,  # two separators in one gap
    "  Share": False,
    "Share ": False,
    "": False,
    "5 comments": True,
    "Comments (12) Reply": True,
    "Drucken Teilen Merken": True,
    "Imprimer / Partager": True,
    "Print the menu today": False,
    "gem artikel drucken": True,  # "gem" + "artikel drucken" or "gem artikel" + "drucken"
    "print version imprimable": True,  # "print" + "version imprimable" only
    "Weather forecast": False,
}


@pytest.mark.parametrize("line", sorted(OWN_LINES))
def test_own_lines_read_as_the_old_regex_did(line: str) -> None:
    assert patterns.ui_label_line(line) is OWN_LINES[line]
    assert bool(OLD_LINE.match(line)) is OWN_LINES[line]


def _words_of_labels() -> list[str]:
    """Words the labels are made of (the runs of letters in the pattern) and a few others."""
    words = sorted({w for w in re.findall(r"[^\W\d_]{1,12}", patterns._UI_LABEL_ANY) if w not in {"s", "d", "w"}})
    return [*words, "a", "a-", "a+", "A", "5", "(3)", "12", "min", "news", "the", "x", "E-Mail", "ok"]


def test_random_lines_read_as_the_old_regex_did() -> None:
    rng = random.Random(20)
    words = _words_of_labels()
    gaps = [" ", "  ", " | ", "|", " · ", ", ", " / ", "\t", " , , ", ": "]
    for _ in range(4000):
        n = rng.randint(1, 6)
        parts = [rng.choice(words) if rng.random() < 0.8 else rng.choice(["a", "a-", "a+"]) for _ in range(n)]
        line = parts[0] + "".join(rng.choice(gaps) + p for p in parts[1:])
        line += rng.choice(["", "", "", "\n", " "])
        if rng.random() < 0.1:
            line = rng.choice([" ", "|", "x "]) + line
        assert patterns.ui_label_line(line) == bool(OLD_LINE.match(line)), line


def test_long_lines() -> None:
    # runs of words that split into labels many ways, far past UI_LABEL_MAX_CHARS: the old regex
    # took 30 ms on 60 characters of "a a ... x", 1.3 times as long for each "a" more (so
    # hours on these); ui_label_line takes under 5 ms on each of these 3,000 characters
    assert not any(patterns.ui_label_line(t) for t in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "a a, " * 600))
    assert not patterns.ui_label_line("a " * 1499 + "b") and not patterns.ui_label_line("b " + "a " * 1499 + "a")
    assert patterns.ui_label_line("a " * 1499 + "a") and patterns.ui_label_line("Share | " * 374 + "Print")


# What ui_label_line takes for granted of the labels (each a branch of _UI_LABEL_ANY): none
# starts or ends with white space or holds a separator, none is empty, none looks around, and
# none spans more than UI_LABEL_SPAN_WORDS words. Read from the parsed pattern (re's own parser).
_parser = pytest.importorskip("re._parser")
_WS = {chr(c) for c in range(0x3001) if chr(c).isspace()}
_SEP = set(patterns._UI_LABEL_SEPARATORS)


def _chars(op: object, av: object) -> set[str]:
    """Which white space and separators one parsed character item matches."""
    item = _compile_item(op, av)
    return {c for c in _WS | _SEP if item.fullmatch(c)}


def _compile_item(op: object, av: object) -> re.Pattern[str]:
    """One parsed character item compiled alone (re._compiler takes a parsed pattern)."""
    import re._compiler as compiler  # type: ignore[import-not-found]

    state = _parser.State()
    return compiler.compile(_parser.SubPattern(state, [(op, av)]), re.I | re.U)


def _shape(items: list) -> tuple[bool, set[str], set[str], set[str], float]:
    """(can be empty, first chars, last chars, all chars, most white-space runs) of a parsed
    sequence, the chars among white space and separators."""
    c = _parser
    empty, first, last, every, runs = True, set(), set(), set(), 0.0
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
            e, f, l_, a, r = False, _chars(op, av), set(), set(), 0.0
            l_ = a = f
            r = 1.0 if f & _WS else 0.0
        elif op is c.SUBPATTERN:
            e, f, l_, a, r = _shape(list(av[3]))
        elif op is c.ATOMIC_GROUP:
            e, f, l_, a, r = _shape(list(av))
        elif op is c.BRANCH:
            shapes = [_shape(list(b)) for b in av[1]]
            e = any(s[0] for s in shapes)
            f, l_, a = (set().union(*(s[k] for s in shapes)) for k in (1, 2, 3))
            r = max(s[4] for s in shapes)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            e, f, l_, a, r = _shape(list(sub))
            e = e or lo == 0
            white_only = len(sub) == 1 and sub[0][0] == c.IN and sub[0][1] == [(c.CATEGORY, c.CATEGORY_SPACE)]
            if r and not white_only:
                r = float("inf") if hi == c.MAXREPEAT else r * hi
        else:
            raise AssertionError(f"{op} in a label")  # anchors, look-arounds, back references
        if empty:
            first |= f
        last = l_ | (last if e else set())
        every |= a
        runs += r
        empty = empty and e
    return empty, first, last, every, runs


def test_the_labels_have_the_shape_ui_label_line_takes() -> None:
    for branch in patterns._top_level(patterns._UI_LABEL_ANY):
        empty, first, last, every, runs = _shape(list(_parser.parse(branch, re.I)))
        assert not empty and not first & (_WS | _SEP) and not last & _WS and not every & _SEP, branch
        assert runs + 1 <= patterns.UI_LABEL_SPAN_WORDS, branch
