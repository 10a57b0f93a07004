"""A valid UTF-8 text file whose characters were replaced by U+FFFD before it was saved (a dump
of a page decoded with the wrong encoding) is read with a warning saying so: a new user's
Chinese dump full of "���" was indexed with a garbage title and no word of warning. Own input."""

from __future__ import annotations

from indexer.sources import REPLACED_WARN_MIN, decode_text


def test_a_text_full_of_replacement_characters_is_said_to_be_damaged() -> None:
    text = "Die n\ufffdchsten Aufsichtsr\ufffdte und Existenzgr\ufffdnder. " * 4
    got, warnings = decode_text(text.encode("utf-8"), "dump.txt")
    assert got == text
    assert warnings == [
        "dump.txt: 12 characters of its text are U+FFFD, replaced before the file was saved (its text was "
        "decoded with the wrong encoding): those words are lost; save the page again from its source"
    ]


def test_a_stray_replacement_character_is_no_damage() -> None:
    text = "A page with one odd mark \ufffd in it. " * (REPLACED_WARN_MIN - 1)
    assert decode_text(text.encode("utf-8"), "page.txt")[1] == []
