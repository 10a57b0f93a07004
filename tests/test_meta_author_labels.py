"""The label before the names of a page's metadata author field, in one vocabulary: the
segmenter's byline words and labels and a blog template's "Posted by" of every language Blogger
speaks (`textblocks._without_meta_by`). Inputs of our own."""

from __future__ import annotations

import pytest

from indexer.segment.textblocks import _meta_authors, _without_meta_by


@pytest.mark.parametrize(
    ("field", "names"),
    [
        # Blogger's post footer words only (blogchrome's table)
        ("Eingestellt von Franz Huber", ["Franz Huber"]),
        ("Lähettänyt Matti Virtanen", ["Matti Virtanen"]),
        ("Upplagd av Karin Lund", ["Karin Lund"]),
        ("Diposting oleh Rina Wati", ["Rina Wati"]),
        ("Opublikowane przez Jan Kowalski", ["Jan Kowalski"]),
        # the segmenter's byline words and labels only
        ("Napsala Jana Dvořáková", ["Jana Dvořáková"]),
        ("Szerző: Kovács Anna", ["Kovács Anna"]),
        ("Yazar: Ayşe Demir", ["Ayşe Demir"]),
        ("Penulis: Rina Wati", ["Rina Wati"]),
        ("Scritto da Marco Bianchi", ["Marco Bianchi"]),
    ],
)
def test_a_label_of_either_vocabulary_is_cut(field: str, names: list[str]) -> None:
    assert _meta_authors(field) == names


@pytest.mark.parametrize(
    ("field", "names"),
    [
        # a Blogger word with the colon a byline label takes (before: the label was the name)
        ("Eingestellt von: Franz Huber", ["Franz Huber"]),
        ("Publikoval: Jan Novák", ["Jan Novák"]),
        ("Gönderen: Ali Veli", ["Ali Veli"]),
        # a by-phrase before a user's lower-case handle, as "Posted by" was (before: ["Written"])
        ("Written by admin", []),
        ("By admin", []),
    ],
)
def test_one_rule_for_both_vocabularies(field: str, names: list[str]) -> None:
    assert _meta_authors(field) == names


@pytest.mark.parametrize("field", ["Yazan Haddad", "Von Trier", "De Vries", "Ioana Pop", "Publikoval"])
def test_a_name_that_reads_like_a_label_stays(field: str) -> None:
    assert _without_meta_by(field) == field
