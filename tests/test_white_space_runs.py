r"""A pattern that opens with a run of white space is tried only where a run starts: `(?<!\s)`
in front of `\s+`, `(?:(?<!\s)\s+)?` in front of what `\s*` opened (a separator right after the
last match's run still matches). Tried at every place of the run, a line or a paragraph with a
run of 50,000 spaces took a minute and more, the run's square. The guarded patterns split,
search and match exactly as the bare ones did: here on random strings of the characters that
matter to each (seeded, the same strings every run)."""

from __future__ import annotations

import random
import re

import pytest

from indexer import entities, htmljsonld
from indexer.segment import speakers, textblocks

CASES = [
    ("split", textblocks._BAR_PARTS, r"\s+[|·•]\s+", "a |•·\t\n"),
    ("split", textblocks._LABEL_ROW_SPLIT, r"\s*[|•·]\s*", "a |•·\t\n"),
    ("search", speakers._PAREN_TAIL, r"\s*\(([^()]{1,80})\)\s*$", "a ()\t\n"),
    ("split", htmljsonld._LINE_BREAKS, r"\s*\n\s*", "a \t\n"),
    ("finditer", entities._RX_DASH_BREAK, r"\s+[-—–]\s+", "a -—\t\n"),
]


@pytest.mark.parametrize(("how", "guarded", "bare", "alphabet"), CASES)
def test_a_guarded_pattern_finds_what_the_bare_one_did(
    how: str, guarded: re.Pattern[str], bare: str, alphabet: str
) -> None:
    rx = re.compile(bare)
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        if how == "split":
            assert guarded.split(text) == rx.split(text), repr(text)
        elif how == "search":
            a, b = guarded.search(text), rx.search(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), repr(text)
        else:
            assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in rx.finditer(text)], repr(text)


def test_the_name_after_a_quote_and_the_dateline_match_as_before() -> None:
    # one run of white space where two in a row split it every way: the same matches
    after_quote = re.compile(entities._RX_NAME_AFTER_QUOTE.pattern.replace(r"\s*(?:,\s*)?", r"\s*,?\s*", 1))
    dateline = re.compile(entities._RX_DATELINE.pattern.replace(r"\s*(?:\([\w ]+\)\s*)?", r"\s*(?:\([\w ]+\))?\s*", 1))
    assert after_quote.pattern != entities._RX_NAME_AFTER_QUOTE.pattern
    assert dateline.pattern != entities._RX_DATELINE.pattern
    for text in ['"Yes," Anna Berg, a nurse, said', '"Yes" ,  Anna Berg , who said', "“No”Tom Baker, the coach"]:
        assert [m.span(1) for m in entities._RX_NAME_AFTER_QUOTE.finditer(text)] == [
            m.span(1) for m in after_quote.finditer(text)
        ]
    for text in [
        "LONDON - The",
        "BERLIN, 3. März 2026 — Die",
        "PARIS (AFP) - Le",
        "ROME  (Reuters)  :  The",
        "OSLO   x",
    ]:
        a, b = entities._RX_DATELINE.match(text), dateline.match(text)
        assert (a and a.group(0)) == (b and b.group(0)), text
