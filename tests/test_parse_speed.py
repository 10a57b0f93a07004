"""Shortcuts of the parse path that must not change what it finds: blocks.comment_marks counts
what blocks._COMMENT_MARK finds, only skipping the regex where it cannot match."""

from __future__ import annotations

import re
import sys

import pytest

from indexer import blocks

# Own texts: each alternative of _COMMENT_MARK, in capitals too, with the characters re.I matches
# to a letter whose lower case is another, and near misses of each.
MARKED = [
    "Anna Keller says:\nGreat piece.",
    "ANNA KELLER SAYS :",
    "Anna ſays: thanks",  # long s: re.I reads it as "s"
    "Peter Brandt schreibt:\nDanke",
    "Great piece.\nReply\nAnna",
    "Great piece.\nREPLY ↓",
    "Great piece.\nLıke\n",  # dotless i
    "Great piece.\nLİKE",  # dotted capital I
    "Pingback: another blog",
    "Comments feed | Feed for comments",
    "KOMMENTARFEED",
    "Comments RSS",
    "Your email address will not be published. Required fields are marked",
    "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
    "Cancel reply",
    "Antworten abbrechen",
    "Log in to Reply",
    "Posted by Anna on Monday",
    "Geschrieben von Anna",
    "June 3, 2021 at 10:42 am",
    "3. Juni 2021 um 10.42 Uhr",
    "le 3 juin à 10h42",
    "a las 10:42",
    "Anna says:\nReply\nPosted by Ben at 9:15 pm",
]
UNMARKED = [
    "",
    "The minister said on Tuesday that the new law would cut taxes.",
    "She says the vote is close",  # no colon
    "Report: the vote is close",  # a word of a line-only alternative, not alone on its line
    "I like it at the end, at 10 or so",  # "at 10" without minutes
    "Posted on Monday",
    "Der Kanzler sagte am Dienstag, das Gesetz komme.",
    "Ein ſehr alter Text",  # long s, no mark
]


@pytest.mark.parametrize("text", MARKED + UNMARKED)
def test_comment_marks_counts_what_the_regex_finds(text: str) -> None:
    assert blocks.comment_marks(text) == len(blocks._COMMENT_MARK.findall(text))


def test_the_own_texts_mark_and_do_not() -> None:
    assert all(blocks.comment_marks(t) > 0 for t in MARKED)
    assert all(blocks.comment_marks(t) == 0 for t in UNMARKED)


def test_only_the_listed_characters_fold_to_a_letter_of_the_words_otherwise() -> None:
    # comment_marks looks for the words in the lower-cased text: sound when every character re.I
    # matches to a letter of the words lower-cases to that letter, one character for one, except
    # those _FOLDS_ELSEWHERE sends to the regex at once. Checked over every cased character.
    patterns = (blocks._MARK_WORDS, blocks._SAYS_WORDS, blocks._AT_TIME)
    letters = sorted({c for p in patterns for c in p.pattern if c.isalpha()})
    cased = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).lower() != chr(i).upper()]
    found = set()
    for letter in letters:
        rx = re.compile(re.escape(letter), re.I)
        for c in cased:
            if rx.fullmatch(c) and c.lower() != letter:
                found.add(c)
    assert found <= set(blocks._FOLDS_ELSEWHERE)
    assert all(len(c.lower()) == 1 for c in cased if c not in blocks._FOLDS_ELSEWHERE)


def test_the_gate_was_written_for_this_comment_mark_pattern() -> None:
    # comment_marks' words are _COMMENT_MARK's: a new alternative needs its word in _MARK_WORDS
    # (or _SAYS_WORDS, _AT_TIME) and its own text in MARKED above; then update the digest.
    import hashlib

    assert hashlib.sha256(blocks._COMMENT_MARK.pattern.encode()).hexdigest()[:16] == "8892454c6254c62b"
