"""The projection of GUM-style paragraph gold onto tokens that eval/train_ner.py trains on
(a paragraph and its gold written here, never a GUM text)."""

from __future__ import annotations

import pytest

from eval import train_ner

TEXT = "Anna Berg met Berg Holdings in Oslo. Berg said the Oslo Accord helped."
GOLD = {
    "people": ["Anna Berg"],
    "orgs": ["Berg Holdings"],
    "places": ["Oslo"],
    # "Berg" is a form of the person and of the company: the same stretch, two fields
    "mentions": {"Anna Berg": ["Anna Berg", "Berg"], "Berg Holdings": ["Berg Holdings", "Berg"], "Oslo": ["Oslo"]},
    "unnamed": [{"name": "Oslo Accord", "type": "orgs", "forms": ["Oslo Accord", "it"]}],
}


def test_gold_forms_are_found_longest_first_and_a_stretch_two_fields_fit_is_missing() -> None:
    spans, missing = train_ner.gold_spans(TEXT, GOLD)
    got = {TEXT[s:e]: f for s, e, f in spans}
    assert got == {"Anna Berg": "people", "Berg Holdings": "orgs", "Oslo": "places"}
    assert sorted(TEXT[s:e] for s, e in missing) == ["Berg", "Oslo Accord"]


def test_tags_keep_other_labels_and_never_teach_that_unknown_names_are_not_names() -> None:
    spacy = pytest.importorskip("spacy")
    doc = spacy.blank("en").make_doc(TEXT)
    spans, missing = train_ner.gold_spans(TEXT, GOLD)
    pred = [
        (0, 4, "PERSON"),
        (TEXT.index("said") - 5, TEXT.index("said") - 1, "PERSON"),
        (TEXT.index("Oslo"), TEXT.index("Oslo") + 4, "LOC"),
    ]
    tags = dict(zip([t.text + str(t.i) for t in doc], train_ner._tags(doc, pred, spans, missing, "O")))
    assert [tags["Anna0"], tags["Berg1"]] == ["B-PERSON", "L-PERSON"]
    assert [tags["Berg3"], tags["Holdings4"]] == ["B-ORG", "L-ORG"]
    assert tags["Oslo6"] == "U-LOC"  # a gold place keeps the original model's place label
    assert tags["Berg8"] == "-"  # person or company: left missing
    assert [tags["Oslo11"], tags["Accord12"]] == ["-", "-"]  # unnamed by GUM: missing, not O
    assert tags["met2"] == "O"
