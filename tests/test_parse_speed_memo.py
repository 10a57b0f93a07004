"""Shortcuts of the plain-text parse path that must not change what it finds (session 21): the
tests decided once for each distinct text (`models.text_memo`), the figure gate of the dates in
other languages (`patterns.date_other`, `textblocks._dates_in_prose`) and the verbs that gate
the links' notes (`textblocks._NOTE_KEYS`)."""

from __future__ import annotations

import re
import sys

import pytest

from indexer import blogchrome, pubdate
from indexer.models import text_memo
from indexer.segment import patterns, speakers, textblocks

# Own lines: dates in several languages and scripts, times, labels, tools, prose, near misses.
LINES = [
    "",
    "Updated 3 minutes ago",
    "vor 5 Minuten",
    "il y a 2 heures",
    "3m ago",
    "a while ago",
    "12. März 2025",
    "12 de marzo de 2025",
    "marzo 12, 2025",
    "2025. november 12.",
    "2025. gada 12. novembris",
    "12-Mar-2025",
    "١٨ نوفمبر ٢٠٢٥",
    "２０２５年１１月１８日",
    "2025年11月18日",
    "12.03.2025",
    "Published 4 June 2024",
    "By Jane Roe | 4 June 2024",
    "Born 3 April 1935; died 28 October 2026",
    "The harbour board met on 3 April 1935 and again on 28 October 2026 to vote.",
    "März",
    "November twelfth",
    "Share | Print | E-mail",
    "Teilen  Drucken  Versenden",
    "A- A A+",
    "Sign up for our newsletter",
    "Joined: March 2015",
    "JANE ROE:",
    "The council said it would meet again next week.",
    "11:48",
    "civic_fan 8 hours ago | reply | share",
]


@pytest.mark.parametrize(
    "fn",
    [
        patterns._relative_time_line,
        patterns.ui_label_line,
        pubdate.find_english_date,
        textblocks._is_meta_line,
        textblocks._tool_row,
        # (not the tests that read another language's dates, `pubdate.find_date`: they depend on
        # the page's language, `pubdate.page_language`)
        textblocks._dates_in_prose,
        speakers.speaker_label,
        blogchrome.blog_chrome,
    ],
)
def test_a_remembered_test_answers_as_the_function_does(fn: object) -> None:
    # the function under the cache (`__wrapped__`) run afresh on each line, twice through the cache
    plain = fn.__wrapped__  # type: ignore[attr-defined]
    for line in LINES:
        assert fn(line) == plain(line)  # type: ignore[operator]
        assert fn(line) == plain(line)  # type: ignore[operator]


def test_text_memo_decides_once_for_equal_arguments() -> None:
    seen: list[str] = []

    @text_memo
    def shout(text: str) -> str:
        """A test of mine, counting its calls."""
        seen.append(text)
        return text.upper()

    assert [shout("a"), shout("b"), shout("a"), shout("".join(["a"]))] == ["A", "B", "A", "A"]
    assert seen == ["a", "b"]
    assert shout.__doc__ == "A test of mine, counting its calls."


def test_the_weak_cta_and_cookie_notice_are_remembered_with_all_their_inputs() -> None:
    # the word count is part of what `_weak_cta` decides (a key of its cache with the text)
    for text in ("Read more news here today", "Our picks of the week: sign up", "Comments"):
        for words in (1, 3, 6, 7):
            found, plain = textblocks._weak_cta(text, words), textblocks._weak_cta.__wrapped__(text, words)
            assert (found and found.span()) == (plain and plain.span())
    text = "We use cookies to improve your experience. Accept cookies"
    assert textblocks._cookie_notice_text(text, text.lower())
    assert not textblocks._cookie_notice_text("The biscuit tin was empty.", "the biscuit tin was empty.")


@pytest.mark.parametrize("line", LINES)
def test_date_other_finds_what_the_pattern_finds(line: str) -> None:
    found, plain = patterns.date_other(line), patterns._DATE_OTHER.search(line)
    assert (found and found.span()) == (plain and plain.span())


def test_no_date_form_of_another_language_without_a_figure() -> None:
    # the gate's premise: each alternative of the pattern needs figures for its year
    for branch in patterns._DATE_OTHER.pattern.split("|(?<!")[1:] + [patterns._DATE_OTHER.pattern]:
        assert "\\d" in branch
    no_figure = "Zwölfter März zweitausendfünfundzwanzig, am Nachmittag"
    assert patterns.date_other(no_figure) is None
    assert not textblocks._dates_in_prose(no_figure)


# The notes of a link for screen readers, one for each language of textblocks._NOTES, in the
# three places they are cut (in brackets, after a comma, after "this link"), in capitals too.
NOTES = [
    ("Read the report (opens in a new window) today.", "Read the report today."),
    ("He said in a statement, OPENS NEW TAB, that output fell.", "He said in a statement, that output fell."),
    ("Der Bericht (öffnet sich in einem neuen Tab) ist online.", "Der Bericht ist online."),
    ("Le rapport, s'ouvre dans un nouvel onglet", "Le rapport"),
    ("El informe, se abre en una nueva ventana", "El informe"),
    ("O relatório (abre numa nova janela) saiu.", "O relatório saiu."),
    ("Il rapporto, si apre in una nuova scheda.", "Il rapporto."),
    ("Click this link opens a new tab.", "Click."),
    ("Open the new tab (no note here)", "Open the new tab (no note here)"),
]


@pytest.mark.parametrize(("text", "cut"), NOTES)
def test_link_notes_in_each_language_are_cut(text: str, cut: str) -> None:
    assert textblocks._without_link_notes(text) == cut


def _top_level(pattern: str) -> list[str]:
    """The alternatives of `pattern` outside its groups."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(pattern):
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


def test_each_note_holds_a_key_verb() -> None:
    # every alternative of _NOTES holds one of _NOTE_KEYS once lower-cased: a text without any
    # has no note
    for alternative in _top_level(textblocks._NOTES):
        assert any(k in alternative.lower() for k in textblocks._NOTE_KEYS), alternative
    # and re.I matches no character to a letter of the verbs that lower-cases to another one
    letters = sorted({c for k in textblocks._NOTE_KEYS for c in k})
    cased = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).lower() != chr(i).upper()]
    for letter in letters:
        rx = re.compile(re.escape(letter), re.I)
        assert all(c.lower() == letter for c in cased if rx.fullmatch(c))
